// Runs the vectors of toolchain.Vectors through the generated ftpcodes.ts:
// reads the file named by its argument, one vector a line, and prints one
// result a line in the format the Go test compares with toolchain.Vectors.
// The formatters and parsers are reached through dispatch.ts, which the Go
// test generates for each table. A reply that parseReply reads must keep
// its lines; lines that are not UTF-8, which no string holds, are read as
// bytes. reply-read vectors are read at once and again split in other
// ways, which must agree. Any disagreement is reported on standard error.

import { readFileSync } from "node:fs";
import * as ftp from "./ftpcodes.js";
import { entries } from "./dispatch.js";
import type { Entry } from "./dispatch.js";

const encoder = new TextEncoder();
// A BOM is text, as it is to spec: the decoders must not strip it.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const strictDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });

/** Returns s as UTF-8 in lower-case hex, "-" for the empty string. */
function hex(s: string): string {
  return s === "" ? "-" : hexBytes(encoder.encode(s));
}

/** Every byte in lower-case hex, by value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

/** Reads a string written by hex. */
function unhex(h: string): string {
  return decoder.decode(unhexBytes(h));
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * Returns the Date a time-val names, or undefined if it names none. The
 * Date is built from the fields and must give them back, which a month 13,
 * a 30 February or a second 60 does not.
 */
function toDate(v: string): Date | undefined {
  const m = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:\.(\d+))?$/.exec(v);
  if (m === null) {
    return undefined;
  }
  const f = (i: number): number => Number(m[i] ?? "");
  const d = new Date(0);
  d.setUTCFullYear(f(1), f(2) - 1, f(3));
  d.setUTCHours(f(4), f(5), f(6), Number(((m[7] ?? "") + "000").slice(0, 3)));
  const back = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return back.every((n, i) => n === f(i + 1)) ? d : undefined;
}

/** Writes a Date as a time-val to the millisecond, as the vectors do. */
function fromDate(d: Date): string {
  const s = [pad(d.getUTCFullYear(), 4), ...[d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].map((n) => pad(n, 2))].join("");
  const ms = d.getUTCMilliseconds();
  return ms === 0 ? s : `${s}.${pad(ms, 3).replace(/0+$/, "")}`;
}

/** Returns what a formatter or formatReply returned, or "error" for what it threw. */
function attempt(f: () => string): string {
  try {
    return `ok ${hex(f())}`;
  } catch (err) {
    if (err instanceof RangeError || err instanceof TypeError) {
      return "error";
    }
    throw err;
  }
}

function format(e: Entry, args: readonly string[]): string {
  const values: unknown[] = [];
  for (const [i, p] of e.params.entries()) {
    const v = unhex(args[i] ?? "-");
    if (p.type === "uint") {
      values.push(Number(v));
    } else if (p.type === "time") {
      const d = toDate(v);
      if (d === undefined) {
        return "error"; // a Date cannot hold what is no time
      }
      values.push(d);
    } else {
      values.push(v);
    }
  }
  return attempt(() => e.format(values));
}

function parse(e: Entry, text: string): string {
  const values = e.parse(text);
  if (values === undefined) {
    return "no";
  }
  const out = values.map((v) => hex(v instanceof Date ? fromDate(v) : String(v)));
  return `ok ${out.join(" ")}`;
}

function replyParse(lines: string[]): string {
  let reply: ftp.ParsedReply;
  try {
    reply = ftp.parseReply(lines);
  } catch (err) {
    if (err instanceof ftp.FtpReplyError) {
      return "error";
    }
    throw err;
  }
  const clean = lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  if (JSON.stringify(reply.lines) !== JSON.stringify(clean)) {
    console.error(`parseReply(${JSON.stringify(lines)}).lines = ${JSON.stringify(reply.lines)}`);
  }
  return `ok ${reply.code} ${hex(reply.text)}`;
}

/** Reports whether bytes are well-formed UTF-8. */
function isUTF8(bytes: Uint8Array): boolean {
  try {
    strictDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads lines that are not all UTF-8 as parseReply reads strings: a string
 * cannot hold them, so they go to a ReplyAssembler, the API for bytes, each
 * with an LF. They are a reply if it ends with the last line, and reading
 * them gives nothing else.
 */
function replyParseBytes(lines: Uint8Array[]): string {
  const replies: ftp.ParsedReply[] = [];
  const assembler = new ftp.ReplyAssembler((r) => replies.push(r));
  try {
    for (const line of lines) {
      if (line.includes(0x0a) || replies.length > 0) {
        return "error";
      }
      assembler.push(Uint8Array.of(...line, 0x0a));
    }
    assembler.end();
  } catch (err) {
    if (err instanceof ftp.FtpReplyError) {
      return "error";
    }
    throw err;
  }
  const [reply] = replies;
  return reply === undefined ? "error" : `ok ${reply.code} ${hex(reply.text)}`;
}

/** Looks a code up, and checks that every way to ask agrees. */
function lookup(code: number): string {
  const info = ftp.lookupReply(code);
  const text = ftp.replyText(code);
  if (info?.text !== text || ftp.isKnownCode(code) !== (info !== undefined)) {
    console.error(`lookupReply(${code}) = ${JSON.stringify(info)}, replyText ${JSON.stringify(text)}`);
  }
  if (info === undefined) {
    return "no";
  }
  const digit = (d: number | undefined): string => (d === undefined ? "-" : String(d));
  return `ok ${hex(info.text)} ${digit(ftp.replyClass(code)?.digit)} ${digit(ftp.replyGroup(code)?.digit)}`;
}

/**
 * Reads replies off data, given to a ReplyAssembler in chunks of the sizes
 * size gives, until the first outcome that is no reply: each reply as its
 * code and text, each other outcome as its kind.
 */
function readOutcomes(data: Uint8Array, size: (i: number) => number): (string | ftp.ParsedReply)[] {
  const out: (string | ftp.ParsedReply)[] = [];
  const assembler = new ftp.ReplyAssembler((reply) => out.push(reply));
  try {
    for (let i = 0, at = 0; at < data.length; i++) {
      const n = size(i);
      assembler.push(data.subarray(at, at + n));
      at += n;
    }
    assembler.end();
  } catch (err) {
    if (err instanceof ftp.FtpReplyError) {
      return [...out, err.kind];
    }
    throw err;
  }
  return [...out, "eof"];
}

/** Reads data at once, and again split in other ways, which must agree. */
function replyRead(data: Uint8Array): string {
  const outcome = (o: string | ftp.ParsedReply): string =>
    typeof o === "string" ? o : `reply:${o.code}:${hex(o.text)}`;
  const same = (a: (string | ftp.ParsedReply)[], b: (string | ftp.ParsedReply)[]): boolean =>
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return typeof x === "string" || typeof y === "string" ? x === y : x.code === y?.code && x.text === y.text;
    });
  const whole = readOutcomes(data, () => data.length);
  const splits: [string, (i: number) => number][] = [
    ["a byte at a time", () => 1],
    ["in chunks of 1 to 7 bytes", (i) => 1 + (i % 7)],
    ["in chunks of 8193 bytes", () => 8193],
    ["in chunks of 8194 bytes", () => 8194],
  ];
  for (const [how, size] of splits) {
    const got = readOutcomes(data, size);
    if (!same(got, whole)) {
      const [w, g] = [whole, got].map((os) => os.map(outcome).join(" "));
      console.error(`ReplyAssembler reads ${hexBytes(data).slice(0, 80)} as ${w} at once, ${g} ${how}`);
    }
  }
  return `ok ${whole.map(outcome).join(" ")}`;
}

/** Returns bytes in lower-case hex. */
function hexBytes(bytes: Uint8Array): string {
  const out: string[] = [];
  for (const b of bytes) {
    out.push(HEX[b] ?? "");
  }
  return out.join("");
}

/** Reads bytes written in hex, "-" for none. */
function unhexBytes(h: string): Uint8Array {
  const bytes = new Uint8Array(h === "-" ? 0 : h.length / 2);
  // A hex digit's value from its character code: 0-9 are 0x30-0x39, a-f 0x61-0x66.
  const digit = (c: number): number => (c <= 0x39 ? c - 0x30 : c - 0x57);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = (digit(h.charCodeAt(2 * i)) << 4) | digit(h.charCodeAt(2 * i + 1));
  }
  return bytes;
}

function run(vector: string): string {
  const [kind = "", ...args] = vector.split(" ");
  switch (kind) {
    case "format":
    case "parse": {
      const e = entries.find((x) => x.name === args[0]);
      if (e === undefined) {
        throw new Error(`no formatter or parser for ${args[0]}`);
      }
      return kind === "format" ? format(e, args.slice(1)) : parse(e, unhex(args[1] ?? "-"));
    }
    case "reply-format":
      return attempt(() => ftp.formatReply(Number(args[0]), unhex(args[1] ?? "-")));
    case "reply-read":
      return replyRead(unhexBytes(args[0] ?? "-"));
    case "reply-parse": {
      const lines = args[0] === "-" ? [] : (args[0] ?? "").split(",").map(unhexBytes);
      return lines.every(isUTF8) ? replyParse(lines.map((l) => decoder.decode(l))) : replyParseBytes(lines);
    }
    case "lookup":
      return lookup(Number(args[0]));
    case "expected":
      return String(ftp.isExpectedReply(unhex(args[0] ?? "-"), Number(args[1])));
    case "plausible":
      return String(ftp.isPlausibleReply(unhex(args[0] ?? "-"), Number(args[1])));
  }
  return client(kind, args);
}

/** The kind of an FtpValueError, or the error again. */
function valueError(err: unknown, no?: ftp.FtpValueErrorKind): string {
  if (!(err instanceof ftp.FtpValueError)) {
    throw err;
  }
  return err.kind === no ? "no" : `error ${err.kind}`;
}

/** Writes an address and a port as the vectors do: the hex of the address's bytes, and the port. */
function hostPort(hp: ftp.HostPort | undefined): string {
  return hp === undefined ? "no" : `ok ${addressHex(hp.host)} ${hp.port}`;
}

/** Returns the hex of the bytes of an address, IPv4 dotted or IPv6 text. */
function addressHex(host: string): string {
  if (!host.includes(":")) {
    return hexBytes(Uint8Array.from(host.split(".").map(Number)));
  }
  const [head = "", tail] = host.split("::");
  const words = (s: string): number[] => (s === "" ? [] : s.split(":").map((w) => parseInt(w, 16)));
  const h = words(head);
  const t = tail === undefined ? [] : words(tail);
  const all = [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
  return hexBytes(Uint8Array.from(all.flatMap((w) => [w >> 8, w & 0xff])));
}

/** Writes an address given as the hex of its bytes as text the module reads: dotted, or eight groups. */
function addressText(h: string): string {
  const bytes = unhexBytes(h);
  if (bytes.length === 4) {
    return Array.from(bytes).join(".");
  }
  const words: string[] = [];
  for (let i = 0; i < bytes.length; i += 2) {
    words.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  }
  return words.join(":");
}

/** Answers a vector of the client's half of the wire. */
function client(kind: string, args: string[]): string {
  const str = (i: number): string => unhex(args[i] ?? "-");
  try {
    switch (kind) {
      case "command-format":
        return `ok ${hex(ftp.formatCommand(str(0), ...args.slice(1).map((a) => unhex(a))))}`;
      case "command-parse": {
        const c = ftp.parseCommand(str(0));
        return c.command === undefined
          ? `unknown ${hex(c.verb)} ${hex(c.argument)}`
          : `command ${c.command} ${hex(c.argument)}`;
      }
      case "addr-227":
        return hostPort(ftp.parsePassiveAddress(str(0)));
      case "addr-227-peer":
        return hostPort(ftp.passivePeerAddress(str(0), addressText(args[1] ?? "")));
      case "addr-229": {
        const port = ftp.parseExtendedPassivePort(str(0));
        return port === undefined ? "no" : `ok ${port}`;
      }
      case "addr-228":
        return hostPort(ftp.parseLongPassiveAddress(str(0)));
      case "port-format":
        return `ok ${hex(ftp.formatPortArgument(addressText(args[0] ?? ""), Number(args[1])))}`;
      case "eprt-format":
        return `ok ${hex(ftp.formatEprtArgument(addressText(args[0] ?? ""), Number(args[1])))}`;
      case "lprt-format":
        return `ok ${hex(ftp.formatLprtArgument(addressText(args[0] ?? ""), Number(args[1])))}`;
      case "port-parse":
        return hostPort(ftp.parsePortArgument(str(0)));
      case "eprt-parse":
        return hostPort(ftp.parseEprtArgument(str(0)));
      case "lprt-parse":
        return hostPort(ftp.parseLprtArgument(str(0)));
      case "feat-parse":
        return ["ok", ...ftp.parseFeatures(str(0)).map((f) => `${hex(f.name)}:${hex(f.params)}`)].join(" ");
      case "feat-format": {
        const features = args.length === 1 && args[0] === "-" ? [] : args.map((a) => {
          const [name = "-", params = "-"] = a.split(":");
          return { name: unhex(name), params: unhex(params) };
        });
        return `ok ${hex(ftp.formatFeatures(features))}`;
      }
      case "opts-format":
        return `ok ${hex(ftp.formatOptsArgument(str(0), str(1)))}`;
      case "opts-parse": {
        const o = ftp.parseOptsArgument(str(0));
        return o === undefined ? "no" : `ok ${hex(o.name)} ${hex(o.options)}`;
      }
      case "mlsx-parse": {
        const e = ftp.parseEntry(str(0));
        if (e === undefined) {
          return "no";
        }
        const facts = e.facts.map((f) => `${hex(f.name)}:${hex(f.value)}:${typed(f)}`);
        return ["ok", hex(e.path), ...facts].join(" ");
      }
      case "mlsx-format": {
        const facts = args.slice(1).map((a) => {
          const [name = "-", value = "-"] = a.split(":");
          return { name: unhex(name), value: unhex(value) };
        });
        return `ok ${hex(ftp.formatEntry({ facts, path: str(0) }))}`;
      }
    }
  } catch (err) {
    return valueError(err, "unknown-command");
  }
  throw new Error(`unknown vector ${kind}`);
}

/** Writes a fact's typed value as mlsx-parse vectors do. */
function typed(f: ftp.FactValue): string {
  const info = ftp.lookupFact(f.name);
  if (info === undefined) {
    return "?";
  }
  const v = ftp.factValue(f);
  if (v === undefined) {
    return "bad";
  }
  return v instanceof Date ? fromDate(v) : info.type === "uint" ? String(v) : "s";
}

// Each file named by an argument in turn, the second and later after a
// line "=== client" (the client's vectors, conformance.ClientVectors).
for (const [i, path] of process.argv.slice(2).entries()) {
  if (i > 0) {
    console.log("=== client");
  }
  const results = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map(run);
  console.log(results.join("\n"));
}
