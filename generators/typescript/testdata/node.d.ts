// The little of Node's API that the test programs use, declared here so
// that they need neither the DOM library nor @types/node.

declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
}

declare module "node:net" {
  export interface Socket {
    on(event: "data", listener: (chunk: Uint8Array) => void): this;
    on(event: "end", listener: () => void): this;
    on(event: "error", listener: (err: Error) => void): this;
    write(data: string | Uint8Array): boolean;
    end(): this;
    destroy(error?: Error): this;
  }
  export interface Server {
    listen(port: number, host: string, listener: () => void): this;
    address(): { readonly port: number };
    close(): this;
  }
  export function connect(port: number, host: string): Socket;
  export function createServer(listener: (socket: Socket) => void): Server;
}

declare const process: {
  readonly argv: readonly string[];
  readonly env: { [name: string]: string | undefined };
  exit(code: number): never;
};
declare const console: {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(message: string): void;
};
declare function setTimeout(callback: () => void, ms: number): { unref(): void };
declare class TextEncoder {
  encode(input: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: "utf-8", options?: { ignoreBOM?: boolean; fatal?: boolean });
  decode(input: Uint8Array): string;
}
