// Round trip of the commands in the generated ftpcodes.ts, for any table:
// prints the commands as toolchain.CommandDump does, reading everything back
// through the module's API, and reports on standard error every way the API
// disagrees with itself: case-insensitive lookup, aliases, isExpectedReply
// against the groups for every pair of command and code, and unknown verbs.
// The Go test compiles it with the generated module and compares the output
// with toolchain.CommandDump.

import * as ftp from "./ftpcodes.js";
import type { CommandInfo, FtpCommandVerb, ObservedReply } from "./ftpcodes.js";

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
export function types(verb: FtpCommandVerb, s: string): void {
  expectType<CommandInfo>(ftp.lookupCommand(verb));
  // @ts-expect-error -- an arbitrary string may be no verb
  expectType<CommandInfo>(ftp.lookupCommand(s));
  expectType<CommandInfo | undefined>(ftp.lookupCommand(s));
  expectType<boolean>(ftp.isExpectedReply(s, 200));
  // @ts-expect-error -- a lower-case verb is no key of FtpCommand
  expectType<FtpCommandVerb>("retr");
  // @ts-expect-error -- FtpCommand is read-only
  ftp.FtpCommand[verb] = verb;
  // @ts-expect-error -- a record is read-only
  ftp.lookupCommand(verb).success = [];
}

const encoder = new TextEncoder();

function hex(s: string): string {
  let out = "";
  for (const b of encoder.encode(s)) {
    out += b.toString(16).padStart(2, "0");
  }
  return out;
}

function list(items: readonly (string | number)[]): string {
  return items.length === 0 ? "-" : items.join(",");
}

/** The lines of observed replies, as toolchain.CommandDump writes them. */
function observed(mark: string, replies: readonly ObservedReply[]): string[] {
  return replies.map((r) => [mark, String(r.code), ...r.evidence.flatMap((e) => [hex(e.server), hex(e.at)])].join(" "));
}

/** Spellings of a verb that name the same command: lower case and mixed. */
function spellings(verb: string): string[] {
  const lower = verb.toLowerCase();
  let mixed = "";
  let inverse = "";
  for (let i = 0; i < verb.length; i++) {
    mixed += i % 2 === 0 ? lower.charAt(i) : verb.charAt(i);
    inverse += i % 2 === 0 ? verb.charAt(i) : lower.charAt(i);
  }
  return [verb, lower, mixed, inverse, lower.charAt(0).toUpperCase() + lower.slice(1)];
}

/**
 * Spellings of a verb with a non-ASCII character whose upper case is ASCII
 * (ſ is S, ı is I, the ligature ﬆ is ST), or whose lower or upper case
 * looks the same (the Kelvin sign K, fullwidth letters): none may find it.
 */
function lookalikes(verb: string): string[] {
  const lower = verb.toLowerCase();
  const out = [
    lower.replaceAll("s", "\u017f"),
    lower.replaceAll("i", "\u0131"),
    lower.replaceAll("st", "\ufb06"),
    lower.replaceAll("ff", "\ufb00"),
    verb.replaceAll("K", "\u212a"),
    lower.replaceAll("k", "\u212a"),
    verb.replace(/[A-Z]/, (c) => String.fromCharCode(c.charCodeAt(0) - 0x41 + 0xff21)),
    verb + "\u0307",
  ];
  return out.filter((s) => s !== lower && s !== verb);
}

const lines: string[] = [];
const all = ftp.allCommands();
check(all !== ftp.allCommands(), "allCommands returns a new array on each call");
check(Object.isFrozen(all), "allCommands returns a frozen array");
const frozen = (v: unknown): boolean =>
  Object.isFrozen(v) && Object.values(v as object).every((f) => typeof f !== "object" || f === null || frozen(f));
check(frozen(ftp.anyCommandReplies()), "anyCommandReplies and its evidence are frozen");
const codes = ftp.allReplies().map((r) => r.code);
const probeCodes: number[] = [...codes, 0, 1, 99, 100, 999, 1000, 10054, 99999, -200, 200.5, NaN, Infinity];
const knownVerbs = new Set<string>(all.flatMap((c) => [c.verb, ...c.aliases]));
const verbs = new Set<string>();
let previous = "";
for (const c of all) {
  check(previous < c.verb, `${c.verb} follows ${previous}: not in ascending order`);
  previous = c.verb;
  verbs.add(c.verb);
  check(ftp.FtpCommand[c.verb] === c.verb, `FtpCommand.${c.verb} is "${c.verb}"`);
  check(frozen(c), `the record of ${c.verb} and everything in it are frozen`);
  const expected = new Set<number>([...c.preliminary, ...c.intermediate, ...c.success, ...c.error]);
  const groups: [string, readonly number[], number[]][] = [
    ["preliminary", c.preliminary, [1]],
    ["intermediate", c.intermediate, [3]],
    ["success", c.success, [2]],
    ["error", c.error, [4, 5]],
  ];
  for (const [name, group, classes] of groups) {
    for (const code of group) {
      check(ftp.isKnownCode(code), `${c.verb} ${name}: ${code} is a known code`);
      const digit = ftp.classDigit(code);
      check(digit !== undefined && classes.includes(digit), `${c.verb} ${name}: ${code} is of class ${classes.join(" or ")}`);
    }
  }
  check(
    expected.size === c.preliminary.length + c.intermediate.length + c.success.length + c.error.length,
    `${c.verb}: no code is listed twice`,
  );
  for (const verb of [c.verb, ...c.aliases]) {
    check(ftp.FtpCommand[verb] === verb, `FtpCommand.${verb} is "${verb}"`);
    for (const spelling of spellings(verb)) {
      check(ftp.lookupCommand(spelling) === c, `lookupCommand(${JSON.stringify(spelling)}) is the record of ${c.verb}`);
      for (const code of probeCodes) {
        check(
          ftp.isExpectedReply(spelling, code) === expected.has(code),
          `isExpectedReply(${JSON.stringify(spelling)}, ${code}) is ${expected.has(code)}`,
        );
      }
    }
    for (const s of lookalikes(verb)) {
      check(ftp.lookupCommand(s) === undefined, `lookupCommand(${JSON.stringify(s)}) is undefined`);
      for (const code of expected) {
        check(!ftp.isExpectedReply(s, code), `isExpectedReply(${JSON.stringify(s)}, ${code}) is false`);
      }
    }
    for (const s of [` ${verb}`, `${verb} `, `${verb}\r\n`, `${verb} x`, `${verb}\0`, verb.slice(1), `${verb}${verb}`]) {
      if (knownVerbs.has(s)) {
        continue; // XMKD less its first letter is MKD
      }
      check(ftp.lookupCommand(s) === undefined, `lookupCommand(${JSON.stringify(s)}) is undefined`);
    }
  }
  for (const a of c.aliases) {
    check(!verbs.has(a) && !all.some((o) => o.verb === a), `alias ${a} of ${c.verb} is no command's verb`);
    verbs.add(a);
  }
  lines.push(
    [
      c.verb,
      list(c.aliases),
      hex(c.description),
      hex(c.syntax),
      String(c.rfc ?? 0),
      c.section ?? "",
      c.repliesSection ?? "",
      c.status,
      list(c.preliminary),
      list(c.intermediate),
      list(c.success),
      list(c.error),
    ].join(" "),
  );
  lines.push(...observed("+", c.observed));
}
lines.push(...observed("*", ftp.anyCommandReplies()));

// Every key of FtpCommand is a command's verb or one of its aliases.
check(Object.keys(ftp.FtpCommand).length === verbs.size, "FtpCommand has a key for every verb and alias, and no other");
for (const verb of Object.keys(ftp.FtpCommand)) {
  check(verbs.has(verb), `FtpCommand.${verb} belongs to a command`);
}

// Unknown verbs find nothing and expect no reply, without an exception,
// also names of Object.prototype and whatever a JavaScript caller passes.
const unknown = ["NOPE", "", "A".repeat(40), "toString", "constructor", "__proto__", "hasOwnProperty", "valueOf", "\u0000", "RETR RETR"];
for (const s of unknown) {
  if (knownVerbs.has(s.toUpperCase())) {
    continue;
  }
  check(ftp.lookupCommand(s) === undefined, `lookupCommand(${JSON.stringify(s)}) is undefined`);
  for (const code of probeCodes) {
    check(!ftp.isExpectedReply(s, code), `isExpectedReply(${JSON.stringify(s)}, ${code}) is false`);
  }
}
const untypedLookup = ftp.lookupCommand as (verb: unknown) => unknown;
const untypedExpected = ftp.isExpectedReply as (command: unknown, code: unknown) => unknown;
for (const v of [undefined, null, 42, {}, ["RETR"], Symbol("RETR")]) {
  let ok = false;
  try {
    ok = untypedLookup(v) === undefined && untypedExpected(v, 200) === false;
  } catch {
    ok = false;
  }
  check(ok, `lookupCommand and isExpectedReply of ${typeof v} answer undefined and false`);
}

if (failures > 0) {
  console.error(`${failures} checks failed`);
} else {
  console.log(lines.join("\n"));
}
