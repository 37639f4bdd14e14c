// Unit tests of runtime.ts as source, apart from any table: the template
// engine on templates written here, time values, freezing, the digits of
// a code and the reply framing. generators/typescript's TestRuntime
// type-checks both files with the module's flags and runs this one with
// node; it prints "ok", or every failed check on standard error.

import {
  classDigit,
  commandLine,
  formatEprtArgument,
  formatFeatures,
  formatLprtArgument,
  formatOptsArgument,
  formatPortArgument,
  FtpValueError,
  parseEprtArgument,
  parseExtendedPassivePort,
  parseFeatures,
  parseLongPassiveAddress,
  parseOptsArgument,
  parsePassiveAddress,
  parsePortArgument,
  passivePeerAddress,
  readEntry,
  splitCommand,
  writeEntry,
  deepFreeze,
  formatReply,
  FtpReplyError,
  groupDigit,
  hasDigits,
  isDigitAt,
  match,
  parseReply,
  readTimeVal,
  render,
  ReplyAssembler,
  scan,
  textOf,
  textTable,
  writeTimeVal,
} from "./runtime.js";
import type { ParsedReply, TextTemplate } from "./runtime.js";

let failures = 0;

function check(ok: boolean, what: string): void {
  if (!ok) {
    failures++;
    console.error(`FAIL: ${what}`);
  }
}

/** Returns what fn throws, as "Class: message", or "none". */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof FtpReplyError || err instanceof FtpValueError) {
      return `${err.name}:${err.kind}`;
    }
    return (err as Error).name;
  }
  return "none";
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// 227's shape: six numbers, lenient, its core starting with a number.
const pasv: TextTemplate = {
  segments: [
    "Entering Passive Mode (",
    { index: 0, name: "h1", type: "uint", max: 255 },
    ",",
    { index: 1, name: "p1", type: "uint", max: 255 },
    ").",
  ],
  core: [
    { index: 0, name: "h1", type: "uint", max: 255 },
    ",",
    { index: 1, name: "p1", type: "uint", max: 255 },
  ],
  coreAfterDigit: true,
};
check(render(pasv, [10, 21]) === "Entering Passive Mode (10,21).", "render 227");
check(thrown(() => render(pasv, [256, 0])) === "RangeError", "render refuses a number above max");
check(thrown(() => render(pasv, [1.5, 0])) === "RangeError", "render refuses a fraction");
check(thrown(() => render(pasv, ["1", 0])) === "TypeError", "render refuses a string for a uint");
check(same(scan(pasv, "Entering Passive Mode (10,21)."), { h1: 10, p1: 21 }), "scan the whole text");
check(same(scan(pasv, "Passive (10,21) now"), { h1: 10, p1: 21 }), "scan the core");
check(scan(pasv, "Passive 1310,21") === undefined, "the core is not sought after a digit");
check(same(scan(pasv, "Passive x10,21"), { h1: 10, p1: 21 }), "the core is sought after a letter");
check(scan(pasv, "Entering Passive Mode (256,1).") === undefined, "scan refuses a number above max");

// A strict template with a string value and its stop, as 110's.
const mark: TextTemplate = {
  segments: [
    "MARK ",
    { index: 0, name: "user", type: "string", quoted: false, stop: " = " },
    " = ",
    { index: 1, name: "server", type: "string", quoted: false, stop: "" },
  ],
  core: undefined,
  coreAfterDigit: false,
};
check(render(mark, ["a", "b = c"]) === "MARK a = b = c", "the last string may hold the literal");
check(thrown(() => render(mark, ["a = b", "c"])) === "RangeError", "a string may not hold its stop");
check(thrown(() => render(mark, ["", "c"])) === "RangeError", "a string may not be empty");
check(thrown(() => render(mark, ["a\r", "c"])) === "RangeError", "a string may not hold CR");
check(same(scan(mark, "MARK a = b = c"), { user: "a", server: "b = c" }), "scan up to the stop");
check(scan(mark, "x MARK a = b") === undefined, "a strict template is not sought");

// 257's shape: a quoted string, whose quotes are doubled.
const pwd: TextTemplate = {
  segments: ['"', { index: 0, name: "path", type: "string", quoted: true, stop: "" }, '" created.'],
  core: ['"', { index: 0, name: "path", type: "string", quoted: true, stop: "" }, '"'],
  coreAfterDigit: false,
};
check(render(pwd, ['a "b"']) === '"a ""b""" created.', "render doubles quotes");
check(same(scan(pwd, '"a ""b""" created.'), { path: 'a "b"' }), "scan reads doubled quotes as one");
check(same(scan(pwd, 'is "/x" now'), { path: "/x" }), "scan the quoted core");
check(same(match(pwd.segments, '"" created.', 0, true), undefined), "an empty quoted string");

// Time values: years 1 to 9999, to the millisecond.
const date = readTimeVal("19980615100045.0149");
check(date?.toISOString() === "1998-06-15T10:00:45.014Z", "readTimeVal cuts to milliseconds");
check(readTimeVal("00010101000000")?.getUTCFullYear() === 1, "year 1 is not year 1901");
for (const bad of ["00000101000000", "19980230000000", "19981315000000", "19980615240000", "1998"]) {
  check(readTimeVal(bad) === undefined, `readTimeVal(${bad}) is undefined`);
}
check(writeTimeVal("t", new Date(Date.UTC(1998, 5, 15, 10, 0, 45, 10))) === "19980615100045.01",
  "writeTimeVal drops trailing zeros");
check(writeTimeVal("t", new Date(Date.UTC(1998, 5, 15))) === "19980615000000", "no fraction");
check(thrown(() => writeTimeVal("t", new Date(NaN))) === "RangeError", "an invalid Date");
check(thrown(() => writeTimeVal("t", new Date(Date.UTC(10000, 0)))) === "RangeError", "year 10000");

// Freezing, digits.
const record = deepFreeze({ a: [1, { b: [2] }] });
check(Object.isFrozen(record) && Object.isFrozen(record.a) && Object.isFrozen(record.a[1]),
  "deepFreeze freezes every object and array in its value");
check(hasDigits(100) && hasDigits(999) && !hasDigits(99) && !hasDigits(1000) && !hasDigits(200.5),
  "hasDigits is 100..999, whole");
check(classDigit(257) === 2 && groupDigit(257) === 5 && classDigit(10068) === undefined, "digits");
check(isDigitAt("a1", 1) && !isDigitAt("a1", 0) && !isDigitAt("a1", 2), "isDigitAt");

// replyText's table.
const texts = textTable([[200, "ok"], [999, "last"], [10054, "reset"]]);
for (const [code, want] of [[200, "ok"], [999, "last"], [10054, "reset"], [201, undefined],
  [0, undefined], [-200, undefined], [200.5, undefined], [NaN, undefined], [1000, undefined]] as const) {
  check(textOf(texts, code) === want, `textOf(${code}) is ${String(want)}`);
}

// Framing.
check(formatReply(200, "ok") === "200 ok\r\n", "formatReply one line");
check(formatReply(211, "a\n1\nz") === "211-a\r\n 1\r\n211 z\r\n", "formatReply guards a digit");
check(thrown(() => formatReply(99, "x")) === "RangeError", "formatReply refuses 99");
check(thrown(() => formatReply(200, "a\rb")) === "RangeError", "formatReply refuses CR");
check(parseReply(["211-a", "b", "211 c"]).text === "a\nb\nc", "parseReply joins the lines");
check(thrown(() => parseReply(["21 x"])) === "FtpReplyError:not-reply", "not a reply");
check(thrown(() => parseReply(["211-a"])) === "FtpReplyError:truncated", "no last line");
check(thrown(() => parseReply([])) === "FtpReplyError:not-reply", "no lines");

const encoder = new TextEncoder();
const read = (chunks: string[]): string[] => {
  const out: string[] = [];
  const assembler = new ReplyAssembler((r: ParsedReply) => out.push(`${r.code}:${r.text}`));
  try {
    for (const chunk of chunks) {
      assembler.push(encoder.encode(chunk));
    }
    assembler.end();
    out.push("eof");
  } catch (err) {
    out.push(err instanceof FtpReplyError ? err.kind : String(err));
  }
  return out;
};
check(same(read(["150 ok\r226 done\r\n"]), ["150:ok\r226 done", "eof"]), "a bare CR is text");
check(same(read(["211-a\r\n", "211 b\r", "\n"]), ["211:a\nb", "eof"]), "chunks split anywhere");
check(same(read(["200 ok"]), ["truncated"]), "an unterminated line is truncated");
check(same(read(["200 ok\r\nxyz\r\n"]), ["200:ok", "not-reply"]), "a reply then not a reply");
check(same(read(["200 " + "a".repeat(8192)]), ["line-too-long"]), "a line of more than 8192 bytes");
check(same(read(["211-a\r\n" + "b\r\n".repeat(1000)]), ["too-many-lines"]), "more than 1000 lines");
check(same(read(["200 \xff\r\n"]), ["200:\u00ff", "eof"]), "a string's U+00FF is UTF-8 C3 BF");
const bad = new ReplyAssembler(() => undefined);
bad.push(new Uint8Array([0x32, 0x30, 0x30, 0x20, 0xff, 0x0a]));
check(!bad.pending, "a complete reply leaves nothing pending");
check(thrown(() => bad.push("x" as unknown as Uint8Array)) === "TypeError", "push refuses a string");

// The client's half of the wire.
check(commandLine("RETR", "required", ["a b"]) === "RETR a b\r\n", "a path with a space");
check(thrown(() => commandLine("RETR", "required", ["x\r\nDELE y"])) === "FtpValueError:bad-argument",
  "an argument that would start another command");
check(thrown(() => commandLine("RETR", "required", [])) === "FtpValueError:missing-argument", "RETR alone");
check(thrown(() => commandLine("PWD", "none", ["x"])) === "FtpValueError:unexpected-argument", "PWD x");
check(commandLine("LIST", "optional", []) === "LIST\r\n", "LIST alone");
check(thrown(() => commandLine("STOR", "required", ["ä".repeat(4095)])) === "FtpValueError:line-too-long",
  "8192 bytes are counted in UTF-8");
check(commandLine("STOR", "required", ["x".repeat(8183) + "🚀"]).length === 8183 + 9,
  "a character beyond U+FFFF is four bytes: a line of 8192");
check(thrown(() => commandLine("STOR", "required", ["x".repeat(8184) + "🚀"])) === "FtpValueError:line-too-long",
  "a character beyond U+FFFF is four bytes: a line of 8193");
check(commandLine("STOR", "required", ["x".repeat(8184) + "\ud800"]).length === 8184 + 8,
  "a lone surrogate is three bytes, as TextEncoder writes U+FFFD: a line of 8192");
check(thrown(() => splitCommand("STOR " + "x".repeat(8184) + "🚀")) === "FtpValueError:line-too-long",
  "a command line read of 8193 bytes");
check(same(splitCommand("retr  a b\r\n"), { verb: "retr", argument: " a b" }), "the argument after one space");
check(thrown(() => splitCommand("RETR a\rb")) === "FtpValueError:bad-character", "a CR inside");
check(same(parsePassiveAddress("Entering Passive Mode (10,0,0,7,4,1)"), { host: "10.0.0.7", port: 1025 }),
  "227");
check(same(parsePassiveAddress("=300,1,2,3,4,5,6"), { host: "1.2.3.4", port: 1286 }), "227 after a bad number");
check(same(passivePeerAddress("(10,0,0,7,4,1)", "::ffff:192.0.2.1"), { host: "192.0.2.1", port: 1025 }),
  "the peer, unmapped, with the 227's port");
check(parseExtendedPassivePort("Entering Extended Passive Mode (|||6446|)") === 6446, "229");
check(parseExtendedPassivePort("(|||65536|)") === undefined, "229 above 65535");
check(same(parseLongPassiveAddress("(x) (4,4,1,2,3,4,2,1,2)"), { host: "1.2.3.4", port: 258 }), "228");
check(formatPortArgument("192.0.2.1", 1025) === "192,0,2,1,4,1", "PORT");
check(thrown(() => formatPortArgument("::1", 21)) === "FtpValueError:not-ipv4", "PORT refuses IPv6");
check(same(parsePortArgument("192,0,2,1,4,1"), { host: "192.0.2.1", port: 1025 }), "PORT parsed");
check(formatEprtArgument("2001:db8:0:0:1:0:0:1", 21) === "|2|2001:db8::1:0:0:1|21|", "RFC 5952's first run");
check(formatEprtArgument("::ffff:1.2.3.4", 21) === "|1|1.2.3.4|21|", "EPRT unmaps");
check(same(parseEprtArgument("!2!::1!21!"), { host: "::1", port: 21 }), "EPRT any delimiter");
check(parseEprtArgument("|1|01.2.3.4|21|") === undefined, "no leading zeros in EPRT's IPv4");
check(formatLprtArgument("1.2.3.4", 258) === "4,4,1,2,3,4,2,1,2", "LPRT");
check(same(parseFeatures("Extensions supported:\n mlst size*;\n UTF8\nEnd"),
  [{ name: "MLST", params: "size*;" }, { name: "UTF8", params: "" }]), "FEAT parsed");
check(formatFeatures([]) === "211 \r\n", "no features");
check(formatFeatures([{ name: "UTF8", params: "" }]) === "211-Extensions supported:\r\n UTF8\r\n211 End\r\n",
  "FEAT written");
check(thrown(() => formatFeatures([{ name: "A B", params: "" }])) === "FtpValueError:bad-feature", "a space");
check(formatOptsArgument("UTF8", "ON") === "UTF8 ON" && parseOptsArgument("utf8 ON")?.name === "UTF8", "OPTS");
const sizeFact = [{ name: "size", type: "uint" }] as const;
check(same(readEntry(sizeFact, "SIZE=5;x=1=2; my file;1"),
  { facts: [{ name: "size", value: "5" }, { name: "x", value: "1=2" }], path: "my file;1" }), "an entry");
check(readEntry(sizeFact, "size=5 path") === undefined, "facts end with a semicolon");
check(writeEntry(sizeFact, { facts: [{ name: "Size", value: "5" }], path: "a b" }) === "Size=5; a b",
  "an entry written");
check(thrown(() => writeEntry(sizeFact, { facts: [{ name: "size", value: "x" }], path: "a" })) ===
  "FtpValueError:bad-fact", "a size that is no number");
check(thrown(() => writeEntry(sizeFact, { facts: [], path: "a\nb" })) === "FtpValueError:bad-path", "LF");

if (failures > 0) {
  console.error(`${failures} checks failed`);
} else {
  console.log("ok");
}
