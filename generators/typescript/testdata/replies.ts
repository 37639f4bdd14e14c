// Round trips and rejections for the formatters, parsers and reply framing
// of the generated ftpcodes.ts, for any table: every formatter, reached
// through dispatch.ts (which the Go test generates for each table), is given
// hostile values (quotes, spaces, non-ASCII, leading digits, 10 000
// characters, extreme numbers and times), and its parser must read back
// exactly what it wrote, also through formatReply and parseReply; CR, LF,
// NUL, empty strings, numbers out of range, invalid Dates and values of the
// wrong type must be refused with RangeError or TypeError. The
// ReplyAssembler is given the framing cases of issue 11 (a bare CR, input
// that ends inside a reply, limits in bytes), the same however the bytes
// are split. Prints "ok", or every failure on standard error.

import * as ftp from "./ftpcodes.js";
import { entries } from "./dispatch.js";
import type { Entry, Param } from "./dispatch.js";

let failures = 0;

function check(ok: boolean, what: string): void {
  if (!ok) {
    failures++;
    if (failures <= 50) {
      console.error(`FAIL: ${what}`);
    }
  }
}

/** Returns the class of error f throws, or "none". */
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    return err instanceof Error ? err.name : typeof err;
  }
  return "none";
}

function show(v: unknown): string {
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  }
  if (typeof v === "bigint") {
    return `${v}n`;
  }
  const s = typeof v === "string" ? JSON.stringify(v) : String(v);
  return s.length > 60 ? `${s.slice(0, 60)}...` : s;
}

function utc(year: number, month: number, day: number, h: number, m: number, s: number, ms: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(h, m, s, ms);
  return d;
}

const strings = [
  "/home/user",
  `/a "quoted" dir`,
  '"',
  '""',
  '"/"',
  "a\"\"b",
  " leading and trailing spaces ",
  '257 "/fake" created.',
  "123 leading digits",
  "0",
  "déjà vu 🚀 Straße 日本語 Ελληνικά",
  "\u2028 and \u2029, zero\u200bwidth, \ufeff",
  "tab\there",
  "trailing \\",
  "${x} {{y}} {0} %s %d */ /* //",
  ") ( (|||21|) | ! ,",
  "x",
  "p".repeat(10000),
  '"'.repeat(10000),
  `${"1,".repeat(5000)}2`,
];

const times = [
  utc(2001, 2, 3, 4, 5, 6, 0),
  utc(1998, 6, 15, 10, 0, 45, 14),
  utc(2024, 2, 29, 23, 59, 59, 500),
  utc(1, 1, 1, 0, 0, 0, 0),
  utc(99, 12, 31, 23, 59, 59, 0),
  utc(9999, 12, 31, 23, 59, 59, 999),
  new Date(1),
];

function uints(max: number): number[] {
  return [0, 1, 7, 10, Math.floor(max / 2), max - 1, max].filter((n) => n <= max);
}

/** The k-th hostile value for parameter j. */
function sample(p: Param, j: number, k: number): unknown {
  switch (p.type) {
    case "uint": {
      const u = uints(p.max);
      return u[(k + j) % u.length];
    }
    case "time":
      return times[(k + j) % times.length];
  }
  return strings[(k + j) % strings.length];
}

/** A value every parameter of its type accepts. */
function plain(p: Param): unknown {
  switch (p.type) {
    case "uint":
      return 1;
    case "time":
      return times[0];
  }
  return "x";
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) {
    return a.getTime() === b.getTime();
  }
  return a === b;
}

function roundTrip(e: Entry): void {
  const rounds = Math.max(strings.length, times.length, 7) + e.params.length;
  for (let k = 0; k < rounds; k++) {
    const values = e.params.map((p, j) => sample(p, j, k));
    const what = `${e.name}(${values.map(show).join(", ")})`;
    let text: string;
    try {
      text = e.format(values);
    } catch (err) {
      // A string that holds the text following it is refused, and no other.
      const holds = values.some((v) => typeof v === "string" && e.literals.some((l) => v.includes(l)));
      check(err instanceof RangeError && holds, `${what} throws ${String(err)}`);
      continue;
    }
    const back = e.parse(text);
    check(back !== undefined && back.length === values.length && back.every((v, i) => same(v, values[i])), `${what} reads back as ${back?.map(show).join(", ")}`);
    // Through the reply line and back.
    const wire = ftp.formatReply(e.code, text);
    check(wire === `${e.code} ${text}\r\n`, `formatReply(${e.code}, ${what})`);
    const bytes = new TextEncoder().encode(wire);
    const replies: ftp.ParsedReply[] = [];
    const assembler = new ftp.ReplyAssembler((r) => replies.push(r));
    if (bytes.length - 2 <= 8192) {
      const reply = ftp.parseReply([wire.slice(0, -2)]);
      check(reply.code === e.code && reply.text === text, `parseReply of ${what}`);
      assembler.push(bytes);
      check(JSON.stringify(replies) === JSON.stringify([reply]), `ReplyAssembler of ${what}`);
    } else {
      // The longest line either takes, in bytes.
      check(thrown(() => ftp.parseReply([wire.slice(0, -2)])) === "FtpReplyError", `parseReply of ${what}`);
      check(thrown(() => assembler.push(bytes)) === "FtpReplyError", `ReplyAssembler of ${what}`);
    }
  }
}

function rejections(e: Entry): void {
  const valid = e.params.map(plain);
  check(thrown(() => e.format(valid)) === "none", `${e.name} accepts plain values`);
  for (const [j, p] of e.params.entries()) {
    const bad: [unknown, string][] = [
      [undefined, "TypeError"],
      [null, "TypeError"],
      [{}, "TypeError"],
    ];
    switch (p.type) {
      case "uint":
        bad.push([-1, "RangeError"], [1.5, "RangeError"], [NaN, "RangeError"], [Infinity, "RangeError"], [p.max + 1, "RangeError"]);
        bad.push([2 ** 53, "RangeError"], ["1", "TypeError"], [1n, "TypeError"], [new Date(0), "TypeError"]);
        break;
      case "time":
        bad.push([new Date(NaN), "RangeError"], [utc(10000, 1, 1, 0, 0, 0, 0), "RangeError"], [utc(-1, 12, 31, 23, 59, 59, 999), "RangeError"]);
        bad.push([utc(0, 12, 31, 23, 59, 59, 999), "RangeError"], [utc(0, 1, 1, 0, 0, 0, 0), "RangeError"]);
        bad.push(["20010203040506", "TypeError"], [0, "TypeError"]);
        break;
      case "string":
        bad.push(["", "RangeError"], ["a\rb", "RangeError"], ["a\nb", "RangeError"], ["a\0b", "RangeError"], ["a\r\n200 forged", "RangeError"], ["\n", "RangeError"]);
        bad.push([42, "TypeError"], [["x"], "TypeError"]);
        break;
    }
    for (const [v, want] of bad) {
      const values = valid.slice();
      values[j] = v;
      const got = thrown(() => e.format(values));
      check(got === want, `${e.name} with ${p.name} = ${show(v)} throws ${got}, want ${want}`);
    }
  }
  check(e.parse("") === undefined, `${e.name} reads values from no text`);
}

// A time-val must name a valid UTC time of the years 1 to 9999, in every
// language; its fraction is cut to milliseconds.
const timeVals: [string, string | undefined][] = [
  ["20010203040506", "2001-02-03T04:05:06.000Z"],
  ["20000229000000", "2000-02-29T00:00:00.000Z"],
  ["00000229000000", undefined],
  ["00000101000000", undefined],
  ["00010101000000", "0001-01-01T00:00:00.000Z"],
  ["00991231235959", "0099-12-31T23:59:59.000Z"],
  ["99991231235959.999", "9999-12-31T23:59:59.999Z"],
  ["20010203040506.123456", "2001-02-03T04:05:06.123Z"],
  ["20010203040506.9999", "2001-02-03T04:05:06.999Z"],
  ["20010203240000", undefined],
  ["20010203006000", undefined],
  ["20010203000060", undefined],
  ["20010230000000", undefined],
  ["20010229000000", undefined],
  ["19000229000000", undefined],
  ["20010003000000", undefined],
  ["20010200000000", undefined],
  ["20011301000000", undefined],
];

function checkTimeVals(e: Entry): void {
  const values = e.params.map(plain);
  const text = e.format(values);
  for (const [tv, want] of timeVals) {
    const back = e.parse(text.replace("20010203040506", tv));
    const got = back?.[0] instanceof Date ? back[0].toISOString() : undefined;
    check(got === want, `${e.name} reads ${tv} as ${got}, want ${want}`);
  }
}

for (const e of entries) {
  roundTrip(e);
  rejections(e);
  if (e.params.length === 1 && e.params[0]?.type === "time") {
    checkTimeVals(e);
  }
}

// Reply framing: refusals, and a message that cannot forge another reply.
for (const [code, message, want] of [
  [200, "a\rb", "RangeError"],
  [200, "a\r\n201 forged", "RangeError"],
  [200, "nul\0", "RangeError"],
  [99, "x", "RangeError"],
  [1000, "x", "RangeError"],
  [200.5, "x", "RangeError"],
  [NaN, "x", "RangeError"],
  ["200", "x", "TypeError"],
  [200, 42, "TypeError"],
] as const) {
  const got = thrown(() => (ftp.formatReply as (c: unknown, m: unknown) => string)(code, message));
  check(got === want, `formatReply(${show(code)}, ${show(message)}) throws ${got}, want ${want}`);
}
const forged = ftp.formatReply(211, "Status:\n211 forged end\n200 another\nEnd");
check(forged === "211-Status:\r\n 211 forged end\r\n 200 another\r\n211 End\r\n", `multi-line framing: ${JSON.stringify(forged)}`);
const forgedLines = forged.split("\r\n").slice(0, -1);
const forgedReply = ftp.parseReply(forgedLines);
check(forgedReply.code === 211 && forgedReply.text === "Status:\n 211 forged end\n 200 another\nEnd", "a forged line stays inside its reply");
for (const lines of [[], ["hello"], ["211-a"], ["211 a", "211 b"], ["211-a", "211 b", "c"], ["099 x"], ["2110 x"]]) {
  check(thrown(() => ftp.parseReply(lines)) === "FtpReplyError", `parseReply(${JSON.stringify(lines)}) throws FtpReplyError`);
}

// ReplyAssembler: bytes in, replies out, the same however the bytes are split.

/** The UTF-8 bytes of a string. */
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The bytes of a string of characters below 256, one byte each: any bytes, valid UTF-8 or not. */
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/**
 * Reads replies off data, pushed in chunks of size bytes, until the first
 * outcome that is no reply: each reply as "CODE:TEXT", then "eof" or the
 * kind of the FtpReplyError.
 */
function readAll(data: Uint8Array, size: number): string[] {
  const out: string[] = [];
  const assembler = new ftp.ReplyAssembler((reply) => out.push(`${reply.code}:${reply.text}`));
  try {
    for (let at = 0; at < data.length; at += size) {
      assembler.push(data.subarray(at, at + size));
    }
    assembler.end();
  } catch (err) {
    return [...out, err instanceof ftp.FtpReplyError ? err.kind : String(err)];
  }
  return [...out, "eof"];
}

const x8188 = "x".repeat(8188);
const reads: [Uint8Array, string[]][] = [
  // A line ends at LF; one CR before it is dropped, any other CR is text.
  [latin1("150 ok\r226 done\r\n"), ["150:ok\r226 done", "eof"]],
  [latin1("211 x\r\r\n"), ["211:x\r", "eof"]],
  [latin1("211-a\r\n211\r\r\n220 next\r\n"), ["truncated"]],
  [latin1("211-a\r\n211\r\n220 next\r\n"), ["211:a\n", "220:next", "eof"]],
  [latin1("200 lf alone\n201 crlf\r\n"), ["200:lf alone", "201:crlf", "eof"]],
  [latin1("\r\n"), ["not-reply"]],
  [latin1("211\r\r\n"), ["not-reply"]],
  // The end of the input: clean between replies, else truncated.
  [latin1(""), ["eof"]],
  [latin1("220 hi"), ["truncated"]],
  [latin1("211 ok\r\n\r"), ["211:ok", "truncated"]],
  [latin1("\r"), ["truncated"]],
  [latin1("211-a\r\n"), ["truncated"]],
  [latin1("211-a\r\nb\r\n211"), ["truncated"]],
  // Codes and separators.
  [latin1("221\n"), ["221:", "eof"]],
  [latin1("hello\r\n200 x\r\n"), ["not-reply"]],
  [latin1("099 x\r\n"), ["not-reply"]],
  [latin1("2110 x\r\n"), ["not-reply"]],
  [utf8("２１１ x\r\n"), ["not-reply"]],
  [latin1("999 x\r\n100 y\r\n"), ["999:x", "100:y", "eof"]],
  [latin1("211-Features:\r\n MDTM\n211-not the end\r\n212 nor this\r\n211 End\r\n"), ["211:Features:\n MDTM\n211-not the end\n212 nor this\nEnd", "eof"]],
  // Text: UTF-8, each invalid sequence replaced by U+FFFD, a BOM kept.
  [latin1("200 \xff\xfe ok\r\n"), ["200:\ufffd\ufffd ok", "eof"]],
  [latin1("200 \xed\xa0\x80|\xe2\x82|\xf0\x9f\x98\r\n"), ["200:\ufffd\ufffd\ufffd|\ufffd|\ufffd", "eof"]],
  [latin1("200 \xef\xbb\xbfx\r\n"), ["200:\ufeffx", "eof"]],
  [utf8('257 "/déjà vu 🚀" created.\r\n'), ['257:"/déjà vu 🚀" created.', "eof"]],
  // Limits in bytes: 8192 before the line end.
  [latin1(`200 ${x8188}\r\n`), [`200:${x8188}`, "eof"]],
  [latin1(`200 ${x8188}\n`), [`200:${x8188}`, "eof"]],
  [latin1(`200 ${x8188}x\n`), ["line-too-long"]],
  [latin1(`200 ${x8188}\r\r\n`), ["line-too-long"]],
  [latin1(`200 ${x8188}x`), ["truncated"]],
  [latin1(`200 ${x8188}xx`), ["line-too-long"]],
  [utf8(`200 ${"é".repeat(4094)}\r\n`), [`200:${"é".repeat(4094)}`, "eof"]],
  [utf8(`200 ${"é".repeat(4094)}x\r\n`), ["line-too-long"]],
  [utf8(`200 ${"\u{1f600}".repeat(5000)}\r\n`), ["line-too-long"]],
  [latin1(`200 ok\r\n${"x".repeat(9000)}`), ["200:ok", "line-too-long"]],
];
for (const [data, want] of reads) {
  for (const size of [Math.max(data.length, 1), 1, 3, 8193]) {
    const got = readAll(data, size);
    check(JSON.stringify(got) === JSON.stringify(want), `ReplyAssembler, ${size} bytes a push, reads ${show(Array.from(data, (b) => String.fromCharCode(b)).join(""))} as ${show(got)}, not ${show(want)}`);
  }
}

// A reply of 1000 lines is taken; at line 1000 without its end, the reply
// is refused at once.
{
  const lines = ["214-Help", ...Array.from({ length: 998 }, (_, i) => `line ${i + 2}`)];
  const got = readAll(latin1(`${[...lines, "214 End"].join("\r\n")}\r\n`), 4096);
  check(JSON.stringify(got) === JSON.stringify([`214:${["Help", ...lines.slice(1), "End"].join("\n")}`, "eof"]), "a reply of 1000 lines");
  const replies: ftp.ParsedReply[] = [];
  const a = new ftp.ReplyAssembler((reply) => replies.push(reply));
  a.push(latin1(`${lines.join("\r\n")}\r\n`));
  check(thrown(() => a.push(latin1("line 1000\r\n"))) === "FtpReplyError", "a reply of more than 1000 lines");
}

// A line is refused as soon as 8194 bytes have come without an LF, and an
// error is for good.
{
  const replies: ftp.ParsedReply[] = [];
  const a = new ftp.ReplyAssembler((reply) => replies.push(reply));
  a.push(latin1(`200 ok\r\n${"x".repeat(8192)}\r`));
  check(replies.length === 1 && a.pending, "8193 bytes without an LF are held");
  let err: unknown;
  try {
    a.push(latin1("x"));
  } catch (e) {
    err = e;
  }
  check(err instanceof ftp.FtpReplyError && err.kind === "line-too-long" && err.name === "FtpReplyError", `the 8194th byte: ${String(err)}`);
  check(err instanceof Error && !(err instanceof RangeError) && !(err instanceof SyntaxError), "FtpReplyError is its own class");
  let again: unknown;
  try {
    a.push(latin1("\r\n200 ok\r\n"));
  } catch (e) {
    again = e;
  }
  check(again === err && thrown(() => a.end()) === "FtpReplyError" && replies.length === 1, "an error is for good");
  const endless = new ftp.ReplyAssembler(() => undefined);
  check(thrown(() => endless.push(new Uint8Array(1 << 20).fill(0x78))) === "FtpReplyError", "a line of 1 MiB");
}

// Replies before an error in the same chunk are delivered first.
{
  const replies: ftp.ParsedReply[] = [];
  const a = new ftp.ReplyAssembler((reply) => replies.push(reply));
  check(thrown(() => a.push(latin1("200 a\r\n201 b\r\nhello\r\n202 c\r\n"))) === "FtpReplyError", "not a reply");
  check(replies.map((r) => r.code).join(",") === "200,201", `replies before the error: ${show(replies)}`);
}

// A callback that throws: push throws its error, and the assembler stops
// rather than lose the replies after it.
{
  const a = new ftp.ReplyAssembler((reply) => {
    if (reply.code === 200) {
      throw new TypeError("from the callback");
    }
  });
  check(thrown(() => a.push(latin1("200 a\r\n201 b\r\n"))) === "TypeError", "the callback's error");
  check(thrown(() => a.push(latin1("202 c\r\n"))) === "Error", "an assembler whose callback threw");
}

// Strings are refused: push takes bytes.
{
  const a = new ftp.ReplyAssembler(() => undefined);
  check(thrown(() => (a.push as (chunk: unknown) => void)("220 ready\r\n")) === "TypeError", "push of a string");
  check(!a.pending && thrown(() => a.end()) === "none", "a clean end");
}

// parseReply drops one CR, not two, and its errors carry their kind.
for (const [lines, kind] of [
  [["211-a"], "truncated"],
  [["211-a", "211\r\r"], "truncated"],
  [["211 a", "211 b"], "not-reply"],
] as const) {
  let got = "none";
  try {
    ftp.parseReply(lines);
  } catch (err) {
    got = err instanceof ftp.FtpReplyError ? err.kind : String(err);
  }
  check(got === kind, `parseReply(${JSON.stringify(lines)}): ${got}, not ${kind}`);
}
check(ftp.parseReply(["211 x\r\r"]).text === "x\r", "parseReply drops one CR");

if (failures > 0) {
  console.error(`${failures} checks failed`);
} else {
  console.log("ok");
}
