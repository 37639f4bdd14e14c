// Round trip for the generated ftpcodes.ts, for any table: prints the table
// as toolchain.Dump does, reading everything back through the module's API,
// and reports on standard error every way the API disagrees with itself or
// with the codes' digits. The Go test compiles it with the generated module
// and compares the output with toolchain.Dump.

import * as ftp from "./ftpcodes.js";
import type { FtpReplyCode, ReplyInfo, ReplyMeaning } from "./ftpcodes.js";

// Node's globals, declared here so that the program needs neither the DOM
// library nor @types/node.
declare const console: { log(message: string): void; error(message: string): void };
declare class TextEncoder {
  encode(input: string): Uint8Array;
}

let failures = 0;

function check(ok: boolean, what: string): void {
  if (!ok) {
    failures++;
    if (failures <= 50) {
      console.error(`FAIL: ${what}`);
    }
  }
}

/** Returns value, which must have type T: a compile-time check. */
function expectType<T>(value: T): T {
  return value;
}

// Compile-time checks of how the functions narrow; they never run.
export function types(code: FtpReplyCode, n: number, name: string): void {
  expectType<string>(ftp.replyText(code));
  // @ts-expect-error -- an arbitrary number may have no text
  expectType<string>(ftp.replyText(n));
  expectType<string | undefined>(ftp.replyText(n));
  expectType<ReplyInfo>(ftp.lookupReply(code));
  expectType<typeof code>(ftp.lookupReply(code).code);
  // @ts-expect-error -- an arbitrary number may be unknown
  expectType<ReplyInfo>(ftp.lookupReply(n));
  expectType<FtpReplyCode | undefined>(ftp.codeByName(name));
  // @ts-expect-error -- an arbitrary number is not a known code
  expectType<FtpReplyCode>(n);
  if (ftp.isKnownCode(n)) {
    expectType<FtpReplyCode>(n);
  }
  if (ftp.isReplyName(name)) {
    expectType<FtpReplyCode>(ftp.codeByName(name));
  }
  // @ts-expect-error -- FtpReply is read-only
  ftp.FtpReply[ftp.lookupReply(code).name] = 0;
}

const encoder = new TextEncoder();

function hex(s: string | undefined): string {
  if (s === undefined || s === "") {
    return "-";
  }
  let out = "";
  for (const b of encoder.encode(s)) {
    out += b.toString(16).padStart(2, "0");
  }
  return out;
}

function meaning(m: ReplyMeaning): string {
  return [hex(m.text), hex(m.description), hex(m.template), String(m.rfc ?? 0), hex(m.section), hex(m.source)].join(" ");
}

const lines: string[] = [];
const all = ftp.allReplies();
check(all !== ftp.allReplies(), "allReplies returns a new array on each call");
check(Object.isFrozen(all), "allReplies returns a frozen array");
const frozen = (v: unknown): boolean =>
  Object.isFrozen(v) && Object.values(v as object).every((f) => typeof f !== "object" || f === null || frozen(f));
let previous = -Infinity;
for (const r of all) {
  check(r.code > previous, `${r.code} follows ${previous}: not in ascending order`);
  previous = r.code;
  check(ftp.isKnownCode(r.code), `isKnownCode(${r.code})`);
  check(frozen(r), `the record of ${r.code} and everything in it are frozen`);
  check(ftp.lookupReply(r.code) === r, `lookupReply(${r.code}) is its record`);
  check(ftp.replyText(r.code) === r.text, `replyText(${r.code})`);
  check(ftp.FtpReply[r.name] === r.code, `FtpReply.${r.name} is ${r.code}`);
  check(ftp.codeByName(r.name) === r.code, `codeByName(${r.name})`);
  for (const a of r.aliases) {
    check(ftp.FtpReply[a] === r.code && ftp.codeByName(a) === r.code, `alias ${a} of ${r.code}`);
  }
  const cls = ftp.classDigit(r.code);
  const grp = ftp.groupDigit(r.code);
  check(ftp.replyClass(r.code)?.digit === cls, `replyClass(${r.code}) is class ${cls}`);
  check(ftp.replyGroup(r.code)?.digit === grp, `replyGroup(${r.code}) is group ${grp}`);
  lines.push(
    [
      String(r.code),
      String(cls ?? "-"),
      String(grp ?? "-"),
      hex(r.text),
      hex(r.description),
      hex(r.template),
      String(r.rfc ?? 0),
      hex(r.section),
      hex(r.source),
      r.status,
      r.closesControl ? "1" : "0",
      String(r.also.length),
    ].join(" "),
  );
  for (const m of r.also) {
    lines.push(`+ ${meaning(m)} ${m.status}`);
  }
}

// Every name in FtpReply is a reply's name or one of its aliases.
const names = new Set(all.flatMap((r) => [r.name, ...r.aliases]));
check(Object.keys(ftp.FtpReply).length === names.size, "FtpReply has a key for every name and alias, and no other");
for (const name of Object.keys(ftp.FtpReply)) {
  check(names.has(name as ftp.FtpReplyName), `FtpReply.${name} belongs to a reply`);
}

// Unknown codes and names answer undefined, also names of Object.prototype.
const known = new Set<number>(all.map((r) => r.code));
const probes = [-1, 0, 1, 99, 1000, 9999, 10000, 99999, 100000, -0, 200.5, 1e21, NaN, Infinity, -Infinity];
for (let n = 0; n <= 1000; n++) {
  probes.push(n);
}
for (const n of probes) {
  if (known.has(n)) {
    continue;
  }
  check(!ftp.isKnownCode(n), `isKnownCode(${n}) is false`);
  check(ftp.lookupReply(n) === undefined, `lookupReply(${n}) is undefined`);
  check(ftp.replyText(n) === undefined, `replyText(${n}) is undefined`);
}
for (const name of ["", "toString", "constructor", "__proto__", "hasOwnProperty", "valueOf", "command_ok"]) {
  check(!ftp.isReplyName(name) && ftp.codeByName(name) === undefined, `codeByName(${JSON.stringify(name)}) is undefined`);
}
// A JavaScript caller may pass anything.
const untyped = ftp.lookupReply as (code: unknown) => unknown;
check(untyped("constructor") === undefined && untyped("toString") === undefined, "lookupReply of a prototype name");

// Class and group come from the digits of any number from 100 to 999, and
// each class's predicate agrees.
const exported: Readonly<Record<string, unknown>> = ftp;
const predicates = new Map<number, (code: number) => boolean>();
for (let d = 0; d <= 9; d++) {
  const cls = ftp.replyClass(d * 100 + 55);
  if (cls === undefined) {
    continue;
  }
  check(cls.digit === d, `class ${d} has digit ${cls.digit}`);
  const fn = exported[`is${cls.name}`];
  if (typeof fn === "function") {
    predicates.set(d, fn as (code: number) => boolean);
  } else {
    check(false, `class ${cls.name} has a predicate is${cls.name}`);
  }
}
const others = Object.keys(ftp).filter((k) => /^is[A-Z]/.test(k) && k !== "isKnownCode" && k !== "isReplyName" && k !== "isExpectedReply" && k !== "isPlausibleReply");
check(others.length === predicates.size, `one predicate per class: ${others.join(", ")}`);
for (const n of [...probes, ...known]) {
  const inRange = Number.isInteger(n) && n >= 100 && n <= 999;
  const cls = inRange ? Math.trunc(n / 100) : undefined;
  const grp = inRange ? Math.trunc(n / 10) % 10 : undefined;
  check(ftp.classDigit(n) === cls, `classDigit(${n}) is ${cls}`);
  check(ftp.groupDigit(n) === grp, `groupDigit(${n}) is ${grp}`);
  const c = ftp.replyClass(n);
  check(c === undefined ? cls === undefined || !predicates.has(cls) : c.digit === cls, `replyClass(${n})`);
  check(c === undefined || Object.isFrozen(c), `replyClass(${n}) is frozen`);
  const g = ftp.replyGroup(n);
  check(g === undefined || g.digit === grp, `replyGroup(${n})`);
  for (const [d, is] of predicates) {
    check(is(n) === (cls === d), `predicate of class ${d} for ${n}`);
  }
}

if (failures > 0) {
  console.error(`${failures} checks failed`);
} else {
  console.log(lines.join("\n"));
}
