// The table-independent code of the TypeScript module ftpcodes.ts, as real
// TypeScript: generators/typescript splices each region below into the
// module at its place (records after allReplies, values after the
// formatters and parsers when the table has any, framing at the end), and
// leaves out this header and the exports for tests at the end. The regions
// take every fact of the table from the data the templates write: a
// template's core, whether it is sought after a digit, a value's stop and
// its index among the formatter's arguments.
//
// generators/typescript's TestRuntime type-checks this file with the
// module's flags and runs runtime_test.ts against it with node.

// #region records
/**
 * Returns the first digit of a number from 100 to 999, known or not, or
 * undefined for any other number.
 */
export function classDigit(code: number): number | undefined {
  return hasDigits(code) ? Math.trunc(code / 100) : undefined;
}

/**
 * Returns the second digit of a number from 100 to 999, known or not, or
 * undefined for any other number.
 */
export function groupDigit(code: number): number | undefined {
  return hasDigits(code) ? Math.trunc(code / 10) % 10 : undefined;
}

/** Reports whether `code` is a whole number from 100 to 999. */
function hasDigits(code: number): boolean {
  return Number.isInteger(code) && code >= 100 && code <= 999;
}

/**
 * Freezes value and every object and array it holds, and returns it: the
 * records the module hands out are shared, and no caller may change them.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const field of Object.values(value)) {
      deepFreeze(field);
    }
    Object.freeze(value);
  }
  return value;
}

/**
 * The texts of the known codes, for replyText: an array indexed by code for
 * the codes of three digits, and a Map for the others.
 */
interface TextTable {
  readonly byCode: readonly (string | undefined)[];
  readonly others: ReadonlyMap<number, string>;
}

/** Returns the table of the texts of codes, each a code and its text. */
function textTable(texts: readonly (readonly [number, string])[]): TextTable {
  // Filled, not holey, so that V8 keeps the array's elements packed.
  const byCode = new Array<string | undefined>(1000).fill(undefined);
  const others = new Map<number, string>();
  for (const [code, text] of texts) {
    if (code < byCode.length) {
      byCode[code] = text;
    } else {
      others.set(code, text);
    }
  }
  return { byCode, others };
}

/** Returns the text of code in table, or undefined if it has none. */
function textOf(table: TextTable, code: number): string | undefined {
  // An index that is not a whole number from 0 to 999 reads as a missing
  // property: undefined, as it should.
  return code >= 0 && code < 1000 ? table.byCode[code] : table.others.get(code);
}
// #endregion records

// #region values
/**
 * A value of a reply text: where it is among its formatter's arguments,
 * its field in its parser's result, and its type. A string that does not
 * stand between quotes has its stop: the literal text after it that its
 * parser ends it at, which it may not contain ("" if none, or if that text
 * ends the template).
 */
type TemplateParam =
  | { readonly index: number; readonly name: string; readonly type: "uint"; readonly max: number }
  | { readonly index: number; readonly name: string; readonly type: "time" }
  | {
      readonly index: number;
      readonly name: string;
      readonly type: "string";
      readonly quoted: boolean;
      readonly stop: string;
    };

/** A part of a reply text: literal text or a value. */
type TemplateSegment = string | TemplateParam;

/**
 * The wire form of a reply text that carries values. When the whole of a
 * text does not match, a lenient template's parser searches it for its
 * core: the part from the first value to the last, with the quotes around
 * a quoted string at either end.
 */
interface TextTemplate {
  readonly segments: readonly TemplateSegment[];
  /** The segments a lenient template's parser searches for; undefined for a strict one. */
  readonly core: readonly TemplateSegment[] | undefined;
  /** Whether the core starts with a number or a time, which is not sought right after a digit. */
  readonly coreAfterDigit: boolean;
}

/** A value as a parser reads it. */
type TemplateValue = number | Date | string;

/** The years of a time-val that a Date may have here (RFC 3659, section 2.3). */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/**
 * Writes a template's text with values in declaration order, checking
 * each: a number must be a safe whole number from 0 to its maximum, a Date
 * valid and in the years 1 to 9999, and a string not empty, free of CR, LF
 * and NUL, and, unless it stands between quotes (where each quote in it is
 * doubled), free of the literal text that follows it unless that text ends
 * the template, or the parser could not tell where it ends.
 */
function render(template: TextTemplate, values: readonly unknown[]): string {
  let text = "";
  for (const segment of template.segments) {
    if (typeof segment === "string") {
      text += segment;
      continue;
    }
    const { name } = segment;
    const value = values[segment.index];
    switch (segment.type) {
      case "uint":
        if (typeof value !== "number") {
          throw new TypeError(`${name} must be a number, not ${typeof value}`);
        }
        if (!Number.isSafeInteger(value) || value < 0 || value > segment.max) {
          const range = `from 0 to ${segment.max}`;
          throw new RangeError(`${name} must be a whole number ${range}, not ${value}`);
        }
        text += String(value);
        break;
      case "time":
        if (!(value instanceof Date)) {
          throw new TypeError(`${name} must be a Date, not ${typeof value}`);
        }
        text += writeTimeVal(name, value);
        break;
      case "string": {
        if (typeof value !== "string") {
          throw new TypeError(`${name} must be a string, not ${typeof value}`);
        }
        if (value === "") {
          throw new RangeError(`${name} is empty`);
        }
        if (/[\r\n\0]/.test(value)) {
          throw new RangeError(`${name} contains CR, LF or NUL, which would end the reply line`);
        }
        if (segment.quoted) {
          text += value.replaceAll('"', '""');
          break;
        }
        if (segment.stop !== "" && value.includes(segment.stop)) {
          const stop = JSON.stringify(segment.stop);
          throw new RangeError(`${name} contains ${stop}, the text that follows it in the reply`);
        }
        text += value;
        break;
      }
    }
  }
  return text;
}

/**
 * Reads a template's values from a text: first the whole text, then, for a
 * lenient template, the first place in it where the template's core
 * matches, the part from its first value to its last (with the quotes
 * around a quoted string at either end). A core that starts with a number
 * or a time is not sought right after a digit. V is the parser's values
 * interface, which the parser's return type gives.
 */
function scan<V>(template: TextTemplate, text: string): V | undefined {
  const whole = match(template.segments, text, 0, true);
  if (whole !== undefined && whole.end === text.length) {
    return values<V>(whole.values);
  }
  const { core, coreAfterDigit } = template;
  if (core === undefined) {
    return undefined;
  }
  for (let start = 0; start < text.length; start++) {
    if (coreAfterDigit && start > 0 && isDigitAt(text, start - 1)) {
      continue;
    }
    const found = match(core, text, start, false);
    if (found !== undefined) {
      return values<V>(found.values);
    }
  }
  return undefined;
}

/**
 * Returns the values a match read, by parameter name, as the parser's
 * values interface V, whose fields are the template's parameters by the
 * same names and types.
 */
function values<V>(read: Record<string, TemplateValue>): V {
  return read as unknown as V;
}

/**
 * Matches segments against text from start and returns the values read and
 * where the match ends. With anchored, a string that the last segment
 * follows ends where that segment ends the text; otherwise, a string ends
 * at the first occurrence of the text that follows it.
 */
function match(
  segments: readonly TemplateSegment[],
  text: string,
  start: number,
  anchored: boolean,
): { values: Record<string, TemplateValue>; end: number } | undefined {
  const values: Record<string, TemplateValue> = {};
  let pos = start;
  for (const [i, segment] of segments.entries()) {
    if (typeof segment === "string") {
      if (!text.startsWith(segment, pos)) {
        return undefined;
      }
      pos += segment.length;
      continue;
    }
    let end = pos;
    switch (segment.type) {
      case "uint": {
        while (isDigitAt(text, end)) {
          end++;
        }
        // Beyond 2^53 a number is rounded, but never down to its maximum.
        const n = Number(text.slice(pos, end));
        if (end === pos || n > segment.max) {
          return undefined;
        }
        values[segment.name] = n;
        break;
      }
      case "time": {
        end = pos + 14;
        if (end > text.length) {
          return undefined;
        }
        if (text[end] === "." && isDigitAt(text, end + 1)) {
          end++;
          while (isDigitAt(text, end)) {
            end++;
          }
        }
        const time = readTimeVal(text.slice(pos, end));
        if (time === undefined) {
          return undefined;
        }
        values[segment.name] = time;
        break;
      }
      case "string": {
        const next = segments[i + 1];
        if (segment.quoted) {
          // Up to the first quote that is not doubled; each pair reads as one.
          let value = "";
          for (;;) {
            const quote = text.indexOf('"', end);
            if (quote < 0) {
              return undefined;
            }
            if (text[quote + 1] !== '"') {
              value += text.slice(end, quote);
              end = quote;
              break;
            }
            value += text.slice(end, quote + 1);
            end = quote + 2;
          }
          if (value === "") {
            return undefined;
          }
          values[segment.name] = value;
        } else if (next === undefined) {
          // Last: the rest of the text.
          end = text.length;
          if (end === pos) {
            return undefined;
          }
          values[segment.name] = text.slice(pos);
        } else if (typeof next === "string") {
          const last = anchored && i + 2 === segments.length;
          end = last ? text.length - next.length : text.indexOf(next, pos);
          if (end <= pos || !text.startsWith(next, end)) {
            return undefined;
          }
          values[segment.name] = text.slice(pos, end);
        } else {
          return undefined; // two values touch, which no valid table has
        }
        break;
      }
    }
    pos = end;
  }
  return { values, end: pos };
}

/**
 * Writes a Date as RFC 3659's time-val in UTC: YYYYMMDDHHMMSS, then "." and
 * the milliseconds without trailing zeros, if there are any.
 */
function writeTimeVal(name: string, date: Date): string {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year)) {
    throw new RangeError(`${name} is an invalid Date`);
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    const years = `${MIN_YEAR} to ${MAX_YEAR}`;
    throw new RangeError(`${name} must be in the years ${years}, not ${year}`);
  }
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  const text =
    pad(year, 4) +
    pad(date.getUTCMonth() + 1, 2) +
    pad(date.getUTCDate(), 2) +
    pad(date.getUTCHours(), 2) +
    pad(date.getUTCMinutes(), 2) +
    pad(date.getUTCSeconds(), 2);
  const ms = date.getUTCMilliseconds();
  return ms === 0 ? text : `${text}.${pad(ms, 3).replace(/0+$/, "")}`;
}

/**
 * Reads RFC 3659's time-val, YYYYMMDDHHMMSS with an optional fraction of a
 * second, as a Date, or returns undefined if it is not one or names no
 * valid UTC time (a calendar date of the years 1 to 9999, hours to 23,
 * minutes and seconds to 59). The fraction is cut to milliseconds. The
 * fields are set with setUTCFullYear, which, unlike Date.UTC, does not take
 * the years 0 to 99 for 1900 to 1999.
 */
function readTimeVal(text: string): Date | undefined {
  if (!/^\d{14}(?:\.\d+)?$/.test(text)) {
    return undefined;
  }
  const field = (from: number, to: number): number => Number(text.slice(from, to));
  const year = field(0, 4);
  const month = field(4, 6);
  const day = field(6, 8);
  const hour = field(8, 10);
  const minute = field(10, 12);
  const second = field(12, 14);
  if (
    year < MIN_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Number(text.slice(15, 18).padEnd(3, "0")));
  return date;
}

/** Returns the number of days in a month (1 to 12) of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
// #endregion values

// #region framing
/** A reply read by {@link ReplyAssembler} or {@link parseReply}. */
export interface ParsedReply {
  /** The reply code, from 100 to 999, known or not. */
  readonly code: number;
  /** The reply's lines, without their line ends. */
  readonly lines: readonly string[];
  /**
   * The reply's text: a single line's after "ddd "; for a multi-line reply,
   * the first line's after "ddd-", the lines between as they are and the
   * last line's after "ddd ", joined with LF.
   */
  readonly text: string;
}

/**
 * What is wrong with input that {@link ReplyAssembler} or {@link parseReply}
 * refuses; the readers ftpcodes generates for other languages tell the same
 * faults apart on the same input:
 *
 * - "not-reply": a line that should begin a reply does not start with a
 *   code from 100 to 999 followed by a space, a hyphen or the end of the
 *   line; or lines follow a reply's last line.
 * - "truncated": the input ends inside a reply, or after a line that has no
 *   line end.
 * - "line-too-long": a line holds more than 8192 bytes before its line end.
 * - "too-many-lines": a reply goes on past 1000 lines.
 */
export type FtpReplyErrorKind = "not-reply" | "truncated" | "line-too-long" | "too-many-lines";

/** Input that is not an FTP reply, or that ends inside one. */
export class FtpReplyError extends Error {
  override name: string = "FtpReplyError";
  /** What is wrong with the input. */
  readonly kind: FtpReplyErrorKind;

  constructor(kind: FtpReplyErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

/**
 * Returns a reply for the wire, its lines ended with CRLF (RFC 959, section
 * 4.2). A message without a line feed (LF) becomes one line, "227 Entering
 * Passive Mode (...).". A message with line feeds becomes a multi-line
 * reply: its first line "211-First", the lines between as they are, except
 * that one that begins with a digit gets a leading space, so that no line
 * of the message can read as a reply of its own, and its last line
 * "211 End".
 *
 * @param code - The reply code, a whole number from 100 to 999.
 * @param message - The text, such as a formatter's result, with lines
 * separated by LF alone.
 * @throws TypeError if code is not a number or message not a string.
 * @throws RangeError if code is not from 100 to 999, or message contains CR
 * or NUL.
 */
export function formatReply(code: number, message: string): string {
  if (typeof code !== "number" || typeof message !== "string") {
    throw new TypeError("formatReply takes a number and a string");
  }
  if (!Number.isInteger(code) || code < 100 || code > 999) {
    throw new RangeError(`reply code ${code} is not a whole number from 100 to 999`);
  }
  if (/[\r\0]/.test(message)) {
    throw new RangeError("the message contains CR or NUL; separate lines with LF alone");
  }
  const lines = message.split("\n");
  const last = lines.length - 1;
  if (last === 0) {
    return `${code} ${message}\r\n`;
  }
  return lines
    .map((line, i) => {
      if (i === 0) {
        return `${code}-${line}\r\n`;
      }
      if (i === last) {
        return `${code} ${line}\r\n`;
      }
      return isDigitAt(line, 0) ? ` ${line}\r\n` : `${line}\r\n`;
    })
    .join("");
}

/**
 * Reads one complete reply from lines already split. The lines are read as
 * a {@link ReplyAssembler} reads them off a connection, each ended with LF:
 * one CR at the end of a line is dropped and any other is text, and the
 * limits are the same, in UTF-8 bytes. To read replies off a connection,
 * use a {@link ReplyAssembler}.
 *
 * @param lines - The reply's lines, without their LF: one for a
 * single-line reply; for a multi-line reply, from its first line ("ddd-")
 * to its last ("ddd " with the same code).
 * @throws FtpReplyError if the lines are not one complete reply: there are
 * none, a line holds an LF, the first does not start with a code from 100
 * to 999 and a space, a hyphen or its end, or lines follow the reply's last
 * line (kind "not-reply"); a line is longer than 8192 bytes
 * ("line-too-long") or the reply longer than 1000 lines ("too-many-lines");
 * or a multi-line reply has no last line ("truncated").
 * @throws TypeError if a line is not a string.
 */
export function parseReply(lines: readonly string[]): ParsedReply {
  const encoder = new TextEncoder();
  const replies: ParsedReply[] = [];
  const assembler = new ReplyAssembler((reply) => replies.push(reply));
  for (const [i, line] of lines.entries()) {
    if (typeof line !== "string") {
      throw new TypeError("the lines of a reply must be strings");
    }
    if (line.includes("\n")) {
      throw new FtpReplyError("not-reply", `line ${i + 1} of the reply holds an LF`);
    }
    if (replies.length > 0) {
      const after = lines.length - i;
      throw new FtpReplyError("not-reply", `${after} lines after the last line of the reply`);
    }
    assembler.push(encoder.encode(`${line}\n`));
  }
  if (lines.length === 0) {
    throw new FtpReplyError("not-reply", "no lines: an FTP reply has at least one");
  }
  assembler.end();
  const [reply] = replies;
  if (reply === undefined) {
    throw new FtpReplyError("truncated", "the multi-line reply has no last line");
  }
  return reply;
}

/**
 * Returns the reply whose last line is the last of lines, without line
 * ends, and whose first line starts with code and a hyphen.
 */
function assemble(code: number, lines: readonly string[]): ParsedReply {
  const first = lines[0] ?? "";
  const last = lines[lines.length - 1] ?? "";
  const text = [first.slice(4), ...lines.slice(1, -1), last.slice(4)].join("\n");
  return { code, lines, text };
}

/**
 * Reads "ddd", "ddd " or "ddd-" at the start of a line, a code from 100 to
 * 999 and its separator: a space, a hyphen, or "" for a line of the code
 * alone.
 */
function replyStart(line: string): { code: number; separator: string } | undefined {
  if (!/^[1-9]\d\d(?:[ -]|$)/.test(line)) {
    return undefined;
  }
  return { code: Number(line.slice(0, 3)), separator: line.slice(3, 4) };
}

/** The error for a line that should begin a reply and does not. */
function notAReply(line: string): FtpReplyError {
  return new FtpReplyError(
    "not-reply",
    `${JSON.stringify(line.slice(0, 80))} does not start with a reply code ` +
      "from 100 to 999 and a space or hyphen",
  );
}

/** The most bytes a reply line may hold before its line end. */
const MAX_LINE_BYTES = 8192;

/** The most lines a reply may have. */
const MAX_REPLY_LINES = 1000;

/** LF and CR, as bytes. */
const LF = 0x0a;
const CR = 0x0d;

/**
 * The UTF-8 decoder of the WHATWG Encoding Standard, which every runtime
 * the module runs on has (browsers, Node.js, Deno, Bun) but the ECMAScript
 * library does not declare; declared here for this module alone, so that
 * it needs neither the DOM's types nor Node's.
 */
declare const TextDecoder: new (
  label: "utf-8",
  options: { fatal: false; ignoreBOM: true },
) => { decode(input: Uint8Array): string };

/**
 * The UTF-8 encoder of the same standard, declared for the same reason. It
 * writes U+FFFD for a lone surrogate, which UTF-8 cannot hold.
 */
declare const TextEncoder: new () => { encode(input: string): Uint8Array };

/**
 * Reads replies off a connection's bytes as they arrive: give it every
 * chunk read off the socket, in order, with {@link ReplyAssembler.push}; it
 * calls `onReply` with each reply once the reply's last line is in, and
 * {@link ReplyAssembler.end} says whether the input ended between replies.
 *
 * A line ends at LF (RFC 959, section 4.2); one CR just before the LF is
 * dropped, and any other CR is part of the line, so that a CR a server
 * echoes inside a file name cannot end a line and forge a reply. Chunks may
 * be split anywhere, even inside a UTF-8 sequence: the replies are the
 * same. Each line is decoded as UTF-8, each invalid sequence replaced by
 * U+FFFD. A line of more than 8192 bytes before its line end and a reply of
 * more than 1000 lines are refused, and no more of either is ever held, so
 * that a server cannot make it hold without bound.
 *
 * An error is for good: every later call throws it again, and the
 * connection is best closed.
 *
 * @example
 * ```ts
 * const assembler = new ReplyAssembler((reply) => console.log(reply.code, reply.text));
 * const read = (step: () => void): void => {
 *   try {
 *     step();
 *   } catch (err) {
 *     socket.destroy(err as Error); // an FtpReplyError: close the connection
 *   }
 * };
 * socket.on("data", (chunk: Uint8Array) => read(() => assembler.push(chunk)));
 * socket.on("end", () => read(() => assembler.end()));
 * ```
 */
export class ReplyAssembler {
  readonly #onReply: (reply: ParsedReply) => void;
  readonly #decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  /**
   * The bytes of a line whose LF has not come yet: at most 8192 and a CR,
   * in a buffer made when a chunk first ends inside a line (parseReply's
   * never does).
   */
  #partial: Uint8Array | undefined;
  #partialLength = 0;
  /** The lines of a multi-line reply whose last line has not come yet. */
  #lines: string[] = [];
  #code = 0;
  #failure: Error | undefined;

  /**
   * @param onReply - Called with each reply, in order, from within
   * {@link ReplyAssembler.push}; it must not call push or end itself.
   */
  constructor(onReply: (reply: ParsedReply) => void) {
    this.#onReply = onReply;
  }

  /** Whether bytes have come since the last reply: the input may not end here. */
  get pending(): boolean {
    return this.#partialLength > 0 || this.#lines.length > 0;
  }

  /**
   * Takes the next bytes read off the connection and calls `onReply` with
   * every reply they complete, in order.
   *
   * @param chunk - The bytes, a Uint8Array such as a Node.js Buffer.
   * @throws FtpReplyError, after `onReply` has had every reply before the
   * fault, if a line that should begin a reply does not start with a code
   * from 100 to 999 followed by a space, a hyphen or its end ("not-reply"),
   * a line holds more than 8192 bytes ("line-too-long"), or a reply goes on
   * past 1000 lines ("too-many-lines"); and any earlier error again.
   * @throws TypeError if chunk is not a Uint8Array, such as a string from a
   * socket with an encoding set.
   */
  push(chunk: Uint8Array): void {
    if (!(chunk instanceof Uint8Array)) {
      throw new TypeError(
        "push takes the bytes read off the connection, a Uint8Array, not a string",
      );
    }
    this.#throwFailure();
    const replies: ParsedReply[] = [];
    try {
      this.#frame(chunk, replies);
    } catch (err) {
      if (!(err instanceof FtpReplyError)) {
        throw err;
      }
      this.#failure = err;
    }
    let delivered = 0;
    try {
      for (const reply of replies) {
        delivered++;
        this.#onReply(reply);
      }
    } finally {
      if (delivered < replies.length) {
        this.#failure ??= new Error("a reply callback threw; the replies after it are lost");
      }
    }
    this.#throwFailure();
  }

  /**
   * Says that the input has ended, as a socket's "end" event does.
   *
   * @throws FtpReplyError of kind "truncated" if the input ended inside a
   * reply or after a line without its LF, even a lone CR; and any earlier
   * error again. Without an error, the input ended cleanly, between replies.
   */
  end(): void {
    this.#throwFailure();
    if (this.pending) {
      this.#failure = new FtpReplyError("truncated", "the input ends inside a reply");
      throw this.#failure;
    }
  }

  #throwFailure(): void {
    if (this.#failure !== undefined) {
      throw this.#failure;
    }
  }

  /** Splits a chunk into lines, and adds the replies they complete to replies. */
  #frame(chunk: Uint8Array, replies: ParsedReply[]): void {
    let start = 0;
    while (start < chunk.length) {
      // A line's LF comes after at most 8192 bytes and a CR, if at all.
      const room = MAX_LINE_BYTES + 2 - this.#partialLength;
      const window = chunk.subarray(start, start + room);
      const lf = window.indexOf(LF);
      if (lf < 0) {
        if (window.length === room) {
          throw lineTooLong();
        }
        this.#partial ??= new Uint8Array(MAX_LINE_BYTES + 1);
        this.#partial.set(window, this.#partialLength);
        this.#partialLength += window.length;
        return;
      }
      let line = window.subarray(0, lf);
      const partial = this.#partial;
      if (this.#partialLength > 0 && partial !== undefined) {
        partial.set(line, this.#partialLength);
        line = partial.subarray(0, this.#partialLength + lf);
        this.#partialLength = 0;
      }
      start += lf + 1;
      const reply = this.#line(line);
      if (reply !== undefined) {
        replies.push(reply);
      }
    }
  }

  /** Takes one line without its LF and returns the reply it completes, if any. */
  #line(bytes: Uint8Array): ParsedReply | undefined {
    const end = bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
    if (end > MAX_LINE_BYTES) {
      throw lineTooLong();
    }
    const line = this.#decoder.decode(bytes.subarray(0, end));
    const start = replyStart(line);
    const lines = this.#lines;
    if (lines.length === 0) {
      if (start === undefined) {
        throw notAReply(line);
      }
      if (start.separator !== "-") {
        return { code: start.code, lines: [line], text: line.slice(4) };
      }
      this.#code = start.code;
    } else if (start !== undefined && start.code === this.#code && start.separator !== "-") {
      lines.push(line);
      this.#lines = [];
      return assemble(start.code, lines);
    }
    lines.push(line);
    if (lines.length >= MAX_REPLY_LINES) {
      throw new FtpReplyError("too-many-lines", `a reply of more than ${MAX_REPLY_LINES} lines`);
    }
    return undefined;
  }
}

/** The error for a line of more than MAX_LINE_BYTES bytes. */
function lineTooLong(): FtpReplyError {
  return new FtpReplyError("line-too-long", `a reply line of more than ${MAX_LINE_BYTES} bytes`);
}

/** Reports whether text has an ASCII digit at index i. */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}
// #endregion framing

// Exports for runtime_test.ts; the module exports only what it declares so.
export { deepFreeze, hasDigits, isDigitAt, match, readTimeVal, render, scan, textOf, textTable };
export { writeTimeVal };
export type { TextTemplate };
