// Compile-time checks against the module generated from the shipped table:
// how its names, literal types and predicates narrow. It is type-checked,
// never run.

import {
  FtpCommand,
  FtpReply,
  FtpReplyError,
  ReplyAssembler,
  codeByName,
  formatEnteringPassiveMode,
  formatModificationTime,
  formatPathnameCreated,
  formatReply,
  isExpectedReply,
  isKnownCode,
  isPermanentNegative,
  isPositiveCompletion,
  isPositiveIntermediate,
  isPositivePreliminary,
  isProtected,
  isTransientNegative,
  lookupCommand,
  lookupReply,
  parseEnteringPassiveMode,
  parseModificationTime,
  parsePathnameCreated,
  parseReply,
  replyText,
} from "./ftpcodes.js";
import type {
  CommandInfo,
  FtpCommandVerb,
  FtpReplyCode,
  FtpReplyErrorKind,
  EnteringPassiveModeValues,
  FtpReplyName,
  ModificationTimeValues,
  ParsedReply,
  PathnameCreatedValues,
  PermanentNegativeCode,
  PositiveCompletionCode,
  PositiveIntermediateCode,
  PositivePreliminaryCode,
  ProtectedCode,
  ReplyInfo,
  TransientNegativeCode,
} from "./ftpcodes.js";

/** Returns value, which must have type T. */
function expectType<T>(value: T): T {
  return value;
}

export function checks(code: FtpReplyCode, n: number): void {
  // A name gives its code's literal type.
  expectType<200>(FtpReply.COMMAND_OK);
  expectType<200>(codeByName("COMMAND_OK"));
  expectType<FtpReplyName>("COMMAND_OK");
  // @ts-expect-error -- not a name
  expectType<FtpReplyName>("COMMAND_OKAY");
  expectType<ReplyInfo<200>>(lookupReply(200));
  expectType<string>(replyText(FtpReply.COMMAND_OK));
  // @ts-expect-error -- 299 is no known code
  expectType<string>(replyText(299));
  // @ts-expect-error -- 299 is no known code
  expectType<FtpReplyCode>(299);

  // Every known code is in exactly one class's union (or none, if it has
  // five digits), and each predicate narrows a known code to its class.
  if (isPositivePreliminary(code)) {
    expectType<PositivePreliminaryCode>(code);
  } else if (isPositiveCompletion(code)) {
    expectType<PositiveCompletionCode>(code);
  } else if (isPositiveIntermediate(code)) {
    expectType<PositiveIntermediateCode>(code);
  } else if (isTransientNegative(code)) {
    expectType<TransientNegativeCode>(code);
  } else if (isPermanentNegative(code)) {
    expectType<PermanentNegativeCode>(code);
  } else if (isProtected(code)) {
    expectType<ProtectedCode>(code);
  } else {
    // @ts-expect-error -- what is left are the five-digit codes, none of class 2
    expectType<PositiveCompletionCode>(code);
  }
  expectType<TransientNegativeCode>(421);

  // A predicate does not narrow an arbitrary number: it may be an unknown
  // code of that class.
  if (isTransientNegative(n)) {
    // @ts-expect-error -- n may be 499, which is no known code
    expectType<FtpReplyCode>(n);
  }
  if (isKnownCode(n) && isTransientNegative(n)) {
    expectType<TransientNegativeCode>(n);
  }

  // A verb is its own literal type; aliases are verbs too.
  expectType<"RETR">(FtpCommand.RETR);
  expectType<"XPWD">(FtpCommand.XPWD);
  expectType<FtpCommandVerb>("XPWD");
  // @ts-expect-error -- verbs are keyed in capitals
  expectType<FtpCommandVerb>("retr");
  // @ts-expect-error -- not a verb
  expectType<FtpCommandVerb>("RETRIEVE");
  // A verb of the table always has a record; any other string may not.
  expectType<CommandInfo>(lookupCommand(FtpCommand.PASV));
  expectType<CommandInfo>(lookupCommand("XPWD"));
  // @ts-expect-error -- "pasv" is no key of FtpCommand: it may be unknown
  expectType<CommandInfo>(lookupCommand("pasv"));
  expectType<CommandInfo | undefined>(lookupCommand("pasv"));
  // The groups hold known codes.
  expectType<readonly FtpReplyCode[]>(lookupCommand("PASV").success);
  expectType<readonly FtpCommandVerb[]>(lookupCommand("PWD").aliases);
  expectType<boolean>(isExpectedReply("pasv", n));

  // Formatters take typed values in declaration order.
  expectType<string>(formatPathnameCreated("/a \"b\""));
  // @ts-expect-error -- a path is a string
  formatPathnameCreated(1);
  expectType<string>(formatEnteringPassiveMode(127, 0, 0, 1, 19, 137));
  // @ts-expect-error -- six numbers
  formatEnteringPassiveMode(127, 0, 0, 1, 19);
  expectType<string>(formatModificationTime(new Date()));
  // @ts-expect-error -- a time is a Date, not its text
  formatModificationTime("20010203040506");

  // Parsers give read-only values or undefined.
  expectType<PathnameCreatedValues | undefined>(parsePathnameCreated("x"));
  const pasv = parseEnteringPassiveMode("x");
  // @ts-expect-error -- the text may not have the shape
  expectType<number>(pasv.h1);
  if (pasv !== undefined) {
    expectType<EnteringPassiveModeValues>(pasv);
    expectType<number>(pasv.p2);
    // @ts-expect-error -- values are read-only
    pasv.p2 = 0;
  }
  expectType<Date | undefined>(parseModificationTime("x")?.timeVal);
  expectType<ModificationTimeValues | undefined>(parseModificationTime("x"));

  // Reply lines.
  expectType<string>(formatReply(257, formatPathnameCreated("/")));
  const reply: ParsedReply = parseReply(["257 \"/\" created."]);
  expectType<number>(reply.code);
  expectType<readonly string[]>(reply.lines);
  // @ts-expect-error -- the lines are read-only
  reply.lines.push("x");
  const assembler = new ReplyAssembler((r) => expectType<ParsedReply>(r));
  expectType<void>(assembler.push(Uint8Array.of(0x32, 0x32, 0x30, 0x0a)));
  // @ts-expect-error -- push takes bytes, not a string
  assembler.push("220 ready\r\n");
  expectType<void>(assembler.end());
  const err = new FtpReplyError("truncated", "the input ends inside a reply");
  expectType<Error>(err);
  expectType<FtpReplyErrorKind>(err.kind);
  expectType<"not-reply" | "truncated" | "line-too-long" | "too-many-lines">(err.kind);
  // @ts-expect-error -- no such kind
  new FtpReplyError("eof", "x");
  expectType<boolean>(assembler.pending);
  // @ts-expect-error -- pending is a getter alone
  assembler.pending = false;
}
