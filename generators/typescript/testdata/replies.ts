// Round trips and rejections for the formatters, parsers and reply framing
// of the generated ftpcodes.ts, for any table: every formatter, reached
// through dispatch.ts (which the Go test generates for each table), is given
// hostile values (quotes, spaces, non-ASCII, leading digits, 10 000
// characters, extreme numbers and times), and its parser must read back
// exactly what it wrote, also through formatReply and parseReply; CR, LF,
// NUL, empty strings, numbers out of range, invalid Dates and values of the
// wrong type must be refused with RangeError or TypeError. Prints "ok", or
// every failure on standard error.

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
  utc(0, 1, 1, 0, 0, 0, 0),
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
    const reply = ftp.parseReply([wire.slice(0, -2)]);
    check(reply.code === e.code && reply.text === text, `parseReply of ${what}`);
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

// A time-val must name a valid UTC time; its fraction is cut to milliseconds.
const timeVals: [string, string | undefined][] = [
  ["20010203040506", "2001-02-03T04:05:06.000Z"],
  ["20000229000000", "2000-02-29T00:00:00.000Z"],
  ["00000229000000", "0000-02-29T00:00:00.000Z"],
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
  check(thrown(() => ftp.parseReply(lines)) === "SyntaxError", `parseReply(${JSON.stringify(lines)}) throws SyntaxError`);
}

// ReplyAssembler: one reply at a time, with or without line ends, bounded.
{
  const a = new ftp.ReplyAssembler();
  const single = a.push("220 Service ready\r\n");
  check(single?.code === 220 && single.text === "Service ready" && single.lines.length === 1 && !a.pending, "a single-line reply");
  const multi = ["211-Features:\r\n", " MDTM\n", "211-not the end\r\n", "212 nor this\r\n", "211 End\r\n"];
  for (const [i, line] of multi.entries()) {
    const got = a.push(line);
    if (i < multi.length - 1) {
      check(got === undefined && a.pending, `multi-line reply ends early at line ${i + 1}`);
    } else {
      check(got?.code === 211 && got.text === "Features:\n MDTM\n211-not the end\n212 nor this\nEnd" && got.lines.length === 5 && !a.pending, `multi-line reply: ${JSON.stringify(got)}`);
    }
  }
  check(thrown(() => a.push("hello")) === "SyntaxError" && !a.pending, "a line that starts no reply");
  check(a.push("221")?.text === "", "a code alone");
  a.push("214-Help");
  check(thrown(() => a.push("x".repeat(8193))) === "RangeError" && !a.pending, "a line over 8192 characters");
  check(a.push(`200 ${"x".repeat(8188)}`)?.code === 200, "a line of 8192 characters");
  a.push("214-Help");
  for (let i = 2; i < 1000; i++) {
    a.push(`line ${i}`);
  }
  const long = a.push("214 End");
  check(long?.lines.length === 1000, "a reply of 1000 lines");
  a.push("214-Help");
  let err = "none";
  for (let i = 2; i <= 1000 && err === "none"; i++) {
    err = thrown(() => a.push(`line ${i}`));
  }
  check(err === "RangeError" && !a.pending, "a reply of more than 1000 lines");
  check(a.push("200 OK")?.code === 200, "the assembler works on after an error");
}

if (failures > 0) {
  console.error(`${failures} checks failed`);
} else {
  console.log("ok");
}
