// The little of Node's API that vectors.ts and replies.ts use, declared
// here so that the programs need neither the DOM library nor @types/node.

declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
}

declare const process: { readonly argv: readonly string[] };
declare const console: { log(message: string): void; error(message: string): void };
declare class TextEncoder {
  encode(input: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { readonly fatal?: boolean; readonly ignoreBOM?: boolean });
  decode(input: Uint8Array): string;
}
