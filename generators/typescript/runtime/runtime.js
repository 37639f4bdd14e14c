// The table-independent code of the TypeScript module ftpcodes.ts, as real
// TypeScript: generators/typescript splices each region below into the
// module at its place (records after allReplies, values after the
// formatters and parsers when the table has any, framing and the client's
// half of the wire at the end), and
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
export function classDigit(code) {
    return hasDigits(code) ? Math.trunc(code / 100) : undefined;
}
/**
 * Returns the second digit of a number from 100 to 999, known or not, or
 * undefined for any other number.
 */
export function groupDigit(code) {
    return hasDigits(code) ? Math.trunc(code / 10) % 10 : undefined;
}
/** Reports whether `code` is a whole number from 100 to 999. */
function hasDigits(code) {
    return Number.isInteger(code) && code >= 100 && code <= 999;
}
/**
 * Freezes value and every object and array it holds, and returns it: the
 * records the module hands out are shared, and no caller may change them.
 */
function deepFreeze(value) {
    if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
        for (const field of Object.values(value)) {
            deepFreeze(field);
        }
        Object.freeze(value);
    }
    return value;
}
/** Returns the table of the texts of codes, each a code and its text. */
function textTable(texts) {
    // Filled, not holey, so that V8 keeps the array's elements packed.
    const byCode = new Array(1000).fill(undefined);
    const others = new Map();
    for (const [code, text] of texts) {
        if (code < byCode.length) {
            byCode[code] = text;
        }
        else {
            others.set(code, text);
        }
    }
    return { byCode, others };
}
/** Returns the text of code in table, or undefined if it has none. */
function textOf(table, code) {
    // An index that is not a whole number from 0 to 999 reads as a missing
    // property: undefined, as it should.
    return code >= 0 && code < 1000 ? table.byCode[code] : table.others.get(code);
}
/**
 * Writes a template's text with values in declaration order, checking
 * each: a number must be a safe whole number from 0 to its maximum, a Date
 * valid and in the years 1 to 9999, and a string not empty, free of CR, LF
 * and NUL, and, unless it stands between quotes (where each quote in it is
 * doubled), free of the literal text that follows it unless that text ends
 * the template, or the parser could not tell where it ends.
 */
function render(template, values) {
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
function scan(template, text) {
    const whole = match(template.segments, text, 0, true);
    if (whole !== undefined && whole.end === text.length) {
        return values(whole.values);
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
            return values(found.values);
        }
    }
    return undefined;
}
/**
 * Returns the values a match read, by parameter name, as the parser's
 * values interface V, whose fields are the template's parameters by the
 * same names and types.
 */
function values(read) {
    return read;
}
/**
 * Matches segments against text from start and returns the values read and
 * where the match ends. With anchored, a string that the last segment
 * follows ends where that segment ends the text; otherwise, a string ends
 * at the first occurrence of the text that follows it.
 */
function match(segments, text, start, anchored) {
    const values = {};
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
                }
                else if (next === undefined) {
                    // Last: the rest of the text.
                    end = text.length;
                    if (end === pos) {
                        return undefined;
                    }
                    values[segment.name] = text.slice(pos);
                }
                else if (typeof next === "string") {
                    const last = anchored && i + 2 === segments.length;
                    end = last ? text.length - next.length : text.indexOf(next, pos);
                    if (end <= pos || !text.startsWith(next, end)) {
                        return undefined;
                    }
                    values[segment.name] = text.slice(pos, end);
                }
                else {
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
function writeTimeVal(name, date) {
    const year = date.getUTCFullYear();
    if (Number.isNaN(year)) {
        throw new RangeError(`${name} is an invalid Date`);
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
        const years = `${MIN_YEAR} to ${MAX_YEAR}`;
        throw new RangeError(`${name} must be in the years ${years}, not ${year}`);
    }
    const pad = (n, width) => String(n).padStart(width, "0");
    const text = pad(year, 4) +
        pad(date.getUTCMonth() + 1, 2) +
        pad(date.getUTCDate(), 2) +
        pad(date.getUTCHours(), 2) +
        pad(date.getUTCMinutes(), 2) +
        pad(date.getUTCSeconds(), 2);
    const ms = date.getUTCMilliseconds();
    return ms === 0 ? text : `${text}.${pad(ms, 3).replace(/0+$/, "")}`;
}
/** Input that is not an FTP reply, or that ends inside one. */
export class FtpReplyError extends Error {
    name = "FtpReplyError";
    /** What is wrong with the input. */
    kind;
    constructor(kind, message) {
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
export function formatReply(code, message) {
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
export function parseReply(lines) {
    const encoder = new TextEncoder();
    const replies = [];
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
function assemble(code, lines) {
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
function replyStart(line) {
    if (!/^[1-9]\d\d(?:[ -]|$)/.test(line)) {
        return undefined;
    }
    return { code: Number(line.slice(0, 3)), separator: line.slice(3, 4) };
}
/** The error for a line that should begin a reply and does not. */
function notAReply(line) {
    return new FtpReplyError("not-reply", `${JSON.stringify(line.slice(0, 80))} does not start with a reply code ` +
        "from 100 to 999 and a space or hyphen");
}
/** The most bytes a reply line may hold before its line end. */
const MAX_LINE_BYTES = 8192;
/** The most lines a reply may have. */
const MAX_REPLY_LINES = 1000;
/** LF and CR, as bytes. */
const LF = 0x0a;
const CR = 0x0d;
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
    #onReply;
    #decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
    /**
     * The bytes of a line whose LF has not come yet: at most 8192 and a CR,
     * in a buffer made when a chunk first ends inside a line (parseReply's
     * never does).
     */
    #partial;
    #partialLength = 0;
    /** The lines of a multi-line reply whose last line has not come yet. */
    #lines = [];
    #code = 0;
    #failure;
    /**
     * @param onReply - Called with each reply, in order, from within
     * {@link ReplyAssembler.push}; it must not call push or end itself.
     */
    constructor(onReply) {
        this.#onReply = onReply;
    }
    /** Whether bytes have come since the last reply: the input may not end here. */
    get pending() {
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
    push(chunk) {
        if (!(chunk instanceof Uint8Array)) {
            throw new TypeError("push takes the bytes read off the connection, a Uint8Array, not a string");
        }
        this.#throwFailure();
        const replies = [];
        try {
            this.#frame(chunk, replies);
        }
        catch (err) {
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
        }
        finally {
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
    end() {
        this.#throwFailure();
        if (this.pending) {
            this.#failure = new FtpReplyError("truncated", "the input ends inside a reply");
            throw this.#failure;
        }
    }
    #throwFailure() {
        if (this.#failure !== undefined) {
            throw this.#failure;
        }
    }
    /** Splits a chunk into lines, and adds the replies they complete to replies. */
    #frame(chunk, replies) {
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
    #line(bytes) {
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
        }
        else if (start !== undefined && start.code === this.#code && start.separator !== "-") {
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
function lineTooLong() {
    return new FtpReplyError("line-too-long", `a reply line of more than ${MAX_LINE_BYTES} bytes`);
}
/** Reports whether text has an ASCII digit at index i. */
function isDigitAt(text, i) {
    const c = text.charCodeAt(i);
    return c >= 0x30 && c <= 0x39;
}
// #endregion framing
// #region client
/** The years of a time-val that a Date may have here (RFC 3659, section 2.3). */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
/**
 * Reads RFC 3659's time-val, YYYYMMDDHHMMSS with an optional fraction of a
 * second, as a Date, or returns undefined if it is not one or names no
 * valid UTC time (a calendar date of the years 1 to 9999, hours to 23,
 * minutes and seconds to 59). The fraction is cut to milliseconds. The
 * fields are set with setUTCFullYear, which, unlike Date.UTC, does not take
 * the years 0 to 99 for 1900 to 1999.
 */
function readTimeVal(text) {
    if (!/^\d{14}(?:\.\d+)?$/.test(text)) {
        return undefined;
    }
    const field = (from, to) => Number(text.slice(from, to));
    const year = field(0, 4);
    const month = field(4, 6);
    const day = field(6, 8);
    const hour = field(8, 10);
    const minute = field(10, 12);
    const second = field(12, 14);
    if (year < MIN_YEAR ||
        year > MAX_YEAR ||
        month < 1 ||
        month > 12 ||
        day < 1 ||
        day > daysInMonth(year, month) ||
        hour > 23 ||
        minute > 59 ||
        second > 59) {
        return undefined;
    }
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(hour, minute, second, Number(text.slice(15, 18).padEnd(3, "0")));
    return date;
}
/** Returns the number of days in a month (1 to 12) of the Gregorian calendar. */
function daysInMonth(year, month) {
    if (month === 2) {
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    }
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** A value the client's half of the wire refuses to write or to read. */
export class FtpValueError extends Error {
    name = "FtpValueError";
    /** What is wrong with the value. */
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
/**
 * The number of bytes of s in UTF-8, as TextEncoder writes it: a lone
 * surrogate as U+FFFD, three bytes.
 */
function utf8Length(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
            n += 1;
        }
        else if (c < 0x800) {
            n += 2;
        }
        else if (c >= 0xd800 && c <= 0xdbff && ((s.charCodeAt(i + 1) || 0) & 0xfc00) === 0xdc00) {
            n += 4; // a surrogate pair: a character beyond U+FFFF
            i++;
        }
        else {
            n += 3;
        }
    }
    return n;
}
/**
 * Writes a command line, its CRLF included, for a command whose verb and
 * argument rule are given: the verb, then each argument after a space.
 */
function commandLine(verb, rule, args) {
    if (args.length === 0 && rule === "required") {
        throw new FtpValueError("missing-argument", `${verb} needs an argument`);
    }
    if (args.length > 0 && rule === "none") {
        throw new FtpValueError("unexpected-argument", `${verb} takes no argument`);
    }
    let line = verb;
    for (const [i, arg] of args.entries()) {
        if (typeof arg !== "string") {
            throw new TypeError(`argument ${i + 1} of ${verb} must be a string`);
        }
        if (arg === "" || /[\r\n\0]/.test(arg)) {
            const what = `argument ${i + 1} of ${verb}`;
            throw new FtpValueError("bad-argument", `${what} is empty or holds CR, LF or NUL`);
        }
        line += ` ${arg}`;
    }
    if (utf8Length(line) > MAX_LINE_BYTES) {
        const limit = `${MAX_LINE_BYTES} bytes`;
        throw new FtpValueError("line-too-long", `the ${verb} line is more than ${limit}`);
    }
    return `${line}\r\n`;
}
/**
 * Splits a command line into its verb and argument: a final LF is dropped,
 * and one CR before it; the verb is what comes before the first space, the
 * argument everything after it (RFC 3659, section 2.2).
 */
function splitCommand(line) {
    if (typeof line !== "string") {
        throw new TypeError("parseCommand takes the line, a string");
    }
    let content = line;
    if (content.endsWith("\n")) {
        content = content.slice(0, -1);
        if (content.endsWith("\r")) {
            content = content.slice(0, -1);
        }
    }
    if (utf8Length(content) > MAX_LINE_BYTES) {
        throw new FtpValueError("line-too-long", `a command line of more than ${MAX_LINE_BYTES} bytes`);
    }
    if (/[\r\n\0]/.test(content)) {
        throw new FtpValueError("bad-character", "the command line holds CR, LF or NUL");
    }
    const space = content.indexOf(" ");
    return space < 0
        ? { verb: content, argument: "" }
        : { verb: content.slice(0, space), argument: content.slice(space + 1) };
}
/** Reads one or more ASCII digits, at most 255 (RFC 959's host-port number). */
function byteNumber(s) {
    if (!/^[0-9]+$/.test(s)) {
        return undefined;
    }
    const digits = s.replace(/^0+/, "");
    return digits.length <= 3 && Number(digits) <= 255 ? Number(digits) : undefined;
}
/** Reads s, all of it, as byte numbers separated by commas. */
function byteNumbers(s) {
    const out = [];
    for (const field of s.split(",")) {
        const n = byteNumber(field);
        if (n === undefined) {
            return undefined;
        }
        out.push(n);
    }
    return out;
}
/** Reads a TCP port: one to five ASCII digits, at most 65535. */
function portNumber(s) {
    if (!/^[0-9]{1,5}$/.test(s)) {
        return undefined;
    }
    const n = Number(s);
    return n <= 65535 ? n : undefined;
}
/** Reads a dotted-quad IPv4 address, without leading zeros (which inet_aton reads as octal). */
function parseIPv4(s) {
    const parts = s.split(".");
    if (parts.length !== 4 || !parts.every((p) => /^(?:0|[1-9][0-9]{0,2})$/.test(p))) {
        return undefined;
    }
    const bytes = parts.map(Number);
    return bytes.every((b) => b <= 255) ? bytes : undefined;
}
/**
 * Reads IPv6 text (RFC 4291, section 2.2) as 16 bytes: groups of one to
 * four hex digits, "::" at most once, the last 32 bits perhaps a dotted
 * quad; no zone, no brackets.
 */
function parseIPv6(s) {
    const at = s.indexOf("::");
    const compressed = at >= 0;
    if (compressed && s.indexOf("::", at + 1) >= 0) {
        return undefined;
    }
    const words = (part, dottedLast) => {
        if (part === "") {
            return [];
        }
        const out = [];
        const groups = part.split(":");
        for (const [i, g] of groups.entries()) {
            if (dottedLast && i === groups.length - 1 && g.includes(".")) {
                const v4 = parseIPv4(g);
                const [a = 0, b = 0, c = 0, d = 0] = v4 ?? [];
                return v4 && [...out, (a << 8) | b, (c << 8) | d];
            }
            if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) {
                return undefined;
            }
            out.push(parseInt(g, 16));
        }
        return out;
    };
    const head = words(compressed ? s.slice(0, at) : "", false);
    const tail = words(compressed ? s.slice(at + 2) : s, true);
    if (head === undefined || tail === undefined) {
        return undefined;
    }
    const n = head.length + tail.length;
    if (compressed ? n > 7 : n !== 8) {
        return undefined;
    }
    const all = [...head, ...new Array(8 - n).fill(0), ...tail];
    return all.flatMap((w) => [w >> 8, w & 0xff]);
}
/** Writes 16 bytes as IPv6 text in RFC 5952's canonical form (section 4). */
function formatIPv6(bytes) {
    const word = (i) => ((bytes[2 * i] ?? 0) << 8) | (bytes[2 * i + 1] ?? 0);
    const g = Array.from({ length: 8 }, (_, i) => word(i));
    let best = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
        if (g[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && g[j] === 0) {
            j++;
        }
        if (j - i > bestLength) {
            best = i;
            bestLength = j - i;
        }
        i = j;
    }
    const hex = (ws) => ws.map((w) => w.toString(16)).join(":");
    return best < 0 ? hex(g) : `${hex(g.slice(0, best))}::${hex(g.slice(best + bestLength))}`;
}
/** Writes an address's bytes, 4 or 16, unmapping an IPv4-mapped IPv6 address. */
function hostOf(bytes) {
    const mapped = bytes.length === 16 && bytes.slice(0, 10).every((b) => b === 0) &&
        bytes[10] === 0xff && bytes[11] === 0xff;
    const v4 = bytes.length === 4 ? bytes : mapped ? bytes.slice(12) : undefined;
    return v4 ? v4.join(".") : formatIPv6(bytes);
}
/** Reads a host, IPv4 dotted or IPv6 text, as its bytes, unmapped: 4 for IPv4, 16 for IPv6. */
function hostBytes(host) {
    if (typeof host !== "string") {
        throw new TypeError("a host must be a string");
    }
    const v4 = parseIPv4(host);
    if (v4 !== undefined) {
        return v4;
    }
    const v6 = parseIPv6(host);
    if (v6 === undefined) {
        throw new FtpValueError("bad-argument", `${JSON.stringify(host)} is no IPv4 or IPv6 address`);
    }
    const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
    return mapped ? v6.slice(12) : v6;
}
/** Checks a port for a formatter. */
function checkPort(port) {
    if (typeof port !== "number") {
        throw new TypeError("a port must be a number");
    }
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new RangeError(`port ${port} is not a whole number from 0 to 65535`);
    }
    return port;
}
/**
 * Reads the address and port of a 227 reply's text (RFC 959, section
 * 4.2.2): the first "h1,h2,h3,h4,p1,p2" in it not right after a digit, each
 * number at most 255, the port p1 × 256 + p2. undefined if there is none.
 *
 * Connect to it only when you trust the server's view of its address: a
 * server behind NAT announces its private address. Clients usually connect
 * to the control connection's peer instead, with {@link passivePeerAddress}
 * (curl, and Python's ftplib, do so by default).
 */
export function parsePassiveAddress(text) {
    const six = /([0-9]+),([0-9]+),([0-9]+),([0-9]+),([0-9]+),([0-9]+)/y;
    for (let i = 0; i < text.length; i++) {
        if (i > 0 && isDigitAt(text, i - 1)) {
            continue;
        }
        six.lastIndex = i;
        const ns = six.exec(text)?.slice(1).map((s) => byteNumber(s ?? ""));
        if (ns !== undefined && ns.every((n) => n !== undefined)) {
            const [h1, h2, h3, h4, p1 = 0, p2 = 0] = ns;
            return { host: [h1, h2, h3, h4].join("."), port: p1 * 256 + p2 };
        }
    }
    return undefined;
}
/**
 * Returns where a client should open the data connection after a 227:
 * the 227's port at the control connection's peer, not the 227's host,
 * which a server behind NAT gives as its private address (RFC 2428,
 * section 3 makes the peer the address for EPSV). undefined if the text
 * holds no address.
 *
 * @param peer - The control connection's remote address, such as
 * `socket.remoteAddress`.
 * @throws FtpValueError ("bad-argument") if peer is no IPv4 or IPv6 address.
 */
export function passivePeerAddress(text, peer) {
    const host = hostOf(hostBytes(peer));
    const found = parsePassiveAddress(text);
    return found && { host, port: found.port };
}
/**
 * Reads the port of a 229 reply's text (RFC 2428, section 3,
 * "(<d><d><d><port><d>)"), or undefined if it has none. The host is the
 * control connection's peer.
 */
export function parseExtendedPassivePort(text) {
    for (let i = 0; i + 4 < text.length; i++) {
        const d = text[i + 1] ?? "";
        const c = d.charCodeAt(0);
        if (text[i] !== "(" || c < 33 || c > 126 || text[i + 2] !== d || text[i + 3] !== d) {
            continue;
        }
        const j = text.indexOf(d, i + 4);
        if (j < 0 || text[j + 1] !== ")") {
            continue;
        }
        const port = portNumber(text.slice(i + 4, j));
        if (port !== undefined) {
            return port;
        }
    }
    return undefined;
}
/**
 * Reads the address and port of a 228 reply's text (RFC 1639, section 3):
 * the first "(...)" whose inside is an LPRT argument, or undefined.
 */
export function parseLongPassiveAddress(text) {
    for (let i = text.indexOf("("); i >= 0; i = text.indexOf("(", i + 1)) {
        const j = text.indexOf(")", i + 1);
        if (j < 0) {
            return undefined;
        }
        const found = parseLprtArgument(text.slice(i + 1, j));
        if (found !== undefined) {
            return found;
        }
    }
    return undefined;
}
/**
 * Writes the argument of PORT (RFC 959, section 5.3.2), "h1,h2,h3,h4,p1,p2".
 *
 * @throws FtpValueError ("not-ipv4") for an IPv6 address, which PORT cannot
 * carry (use EPRT); ("bad-argument") for a host that is no address.
 * @throws RangeError if port is not a whole number from 0 to 65535.
 */
export function formatPortArgument(host, port) {
    const bytes = hostBytes(host);
    checkPort(port);
    if (bytes.length !== 4) {
        throw new FtpValueError("not-ipv4", `PORT carries IPv4 alone, not ${host}; use EPRT`);
    }
    return [...bytes, port >> 8, port & 0xff].join(",");
}
/** Reads the argument of PORT, all of it "h1,h2,h3,h4,p1,p2", or returns undefined. */
export function parsePortArgument(arg) {
    const ns = byteNumbers(arg);
    if (ns === undefined || ns.length !== 6) {
        return undefined;
    }
    const [h1, h2, h3, h4, p1 = 0, p2 = 0] = ns;
    return { host: [h1, h2, h3, h4].join("."), port: p1 * 256 + p2 };
}
/**
 * Writes the argument of EPRT (RFC 2428, section 2): "|1|a.b.c.d|port|"
 * for IPv4, "|2|text|port|" for IPv6.
 *
 * @throws FtpValueError ("bad-argument") for a host that is no address.
 * @throws RangeError if port is not a whole number from 0 to 65535.
 */
export function formatEprtArgument(host, port) {
    const bytes = hostBytes(host);
    checkPort(port);
    return bytes.length === 4 ? `|1|${bytes.join(".")}|${port}|` : `|2|${formatIPv6(bytes)}|${port}|`;
}
/**
 * Reads the argument of EPRT: a delimiter, protocol 1 with an IPv4 address
 * or 2 with an IPv6 address, and the port, each followed by the delimiter;
 * undefined if it is not one.
 */
export function parseEprtArgument(arg) {
    const d = arg[0] ?? "";
    const c = d.charCodeAt(0);
    if (c < 33 || c > 126) {
        return undefined;
    }
    const [protocol, address = "", port = "", rest, ...more] = arg.slice(1).split(d);
    if (rest !== "" || more.length > 0) {
        return undefined;
    }
    const bytes = protocol === "1" ? parseIPv4(address) : protocol === "2" ? parseIPv6(address) : undefined;
    const p = portNumber(port);
    return bytes === undefined || p === undefined ? undefined : { host: hostOf(bytes), port: p };
}
/**
 * Writes the argument of LPRT (RFC 1639, section 2): "4,4,h1,...,h4,2,p1,p2"
 * for IPv4, "6,16,b1,...,b16,2,p1,p2" for IPv6.
 *
 * @throws FtpValueError ("bad-argument") for a host that is no address.
 * @throws RangeError if port is not a whole number from 0 to 65535.
 */
export function formatLprtArgument(host, port) {
    const bytes = hostBytes(host);
    checkPort(port);
    const af = bytes.length === 4 ? 4 : 6;
    return [af, bytes.length, ...bytes, 2, port >> 8, port & 0xff].join(",");
}
/** Reads the argument of LPRT, all of it, or returns undefined. */
export function parseLprtArgument(arg) {
    const ns = byteNumbers(arg);
    if (ns === undefined) {
        return undefined;
    }
    const [af, hal = 0] = ns;
    const family = (af === 4 && hal === 4) || (af === 6 && hal === 16);
    if (!family || ns.length !== 2 + hal + 3 || ns[2 + hal] !== 2) {
        return undefined;
    }
    const bytes = ns.slice(2, 2 + hal);
    return { host: hostOf(bytes), port: (ns[3 + hal] ?? 0) * 256 + (ns[4 + hal] ?? 0) };
}
/** Returns s with its ASCII letters, and nothing else, in upper case. */
function asciiUpper(s) {
    return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}
/** Whether s is one or more VCHARs (0x21 to 0x7E). */
const isVChars = (s) => /^[\x21-\x7e]+$/.test(s);
/** Whether s is empty, or TCHARs (VCHAR, space, tab) not starting or ending with space or tab. */
const isTChars = (s) => s === "" || /^[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?$/.test(s);
/**
 * Reads the features of a FEAT reply from its text, as read off the
 * connection (lines joined with LF): each line between the first and the
 * last, its name in upper case; none for a single-line reply.
 */
export function parseFeatures(text) {
    const lines = text.split("\n");
    const out = [];
    for (const raw of lines.slice(1, -1)) {
        const line = raw.replace(/^[ \t]+|[ \t]+$/g, "");
        if (line === "") {
            continue;
        }
        const cut = line.search(/[ \t]/);
        const name = cut < 0 ? line : line.slice(0, cut);
        const params = cut < 0 ? "" : line.slice(cut).replace(/^[ \t]+/, "");
        out.push({ name: asciiUpper(name), params });
    }
    return out;
}
/**
 * Writes a complete FEAT reply for the wire: "211-Extensions supported:",
 * a line for each feature, and "211 End"; with no feature, "211 \r\n".
 *
 * @throws FtpValueError ("bad-feature") for a name that is not one or more
 * visible ASCII characters, or params that are not visible ASCII, spaces and
 * tabs, or start or end with a space or tab.
 */
export function formatFeatures(features) {
    if (features.length === 0) {
        return formatReply(211, "");
    }
    const lines = ["Extensions supported:"];
    for (const { name, params } of features) {
        if (typeof name !== "string" || !isVChars(name)) {
            const quoted = JSON.stringify(name);
            throw new FtpValueError("bad-feature", `feature name ${quoted} is not visible ASCII`);
        }
        if (typeof params !== "string" || !isTChars(params)) {
            throw new FtpValueError("bad-feature", `the parameters of ${name} cannot be written`);
        }
        lines.push(params === "" ? ` ${name}` : ` ${name} ${params}`);
    }
    return formatReply(211, [...lines, "End"].join("\n"));
}
/**
 * Writes the argument of OPTS (RFC 2389, section 4): the command's name
 * alone, or with its options after a space.
 *
 * @throws FtpValueError ("bad-argument") for a name that is not visible
 * ASCII, or options that are not visible ASCII, spaces and tabs, or start
 * or end with a space or tab.
 */
export function formatOptsArgument(name, options) {
    const ok = typeof name === "string" && isVChars(name);
    if (!ok || typeof options !== "string" || !isTChars(options)) {
        throw new FtpValueError("bad-argument", "OPTS cannot carry that name and options");
    }
    return options === "" ? name : `${name} ${options}`;
}
/**
 * Reads the argument of OPTS: the command's name in upper case and its
 * options ("" if none), or undefined if the name is empty.
 */
export function parseOptsArgument(arg) {
    const space = arg.indexOf(" ");
    const name = space < 0 ? arg : arg.slice(0, space);
    const options = space < 0 ? "" : arg.slice(space + 1);
    return name === "" ? undefined : { name: asciiUpper(name), options };
}
/** Returns the fact of facts named name, in any case, or undefined. */
function factOf(facts, name) {
    const upper = asciiUpper(name);
    return facts.find((f) => asciiUpper(f.name) === upper);
}
/**
 * Reads a known fact's value as its type: a uint as a number (one or more
 * digits, at most 2^53-1), a time as a Date (a time-val, the whole value),
 * a string as it is; undefined if it is not of its type.
 */
function typedFact(fact, value) {
    switch (fact.type) {
        case "uint": {
            const n = Number(value);
            return /^[0-9]+$/.test(value) && Number.isSafeInteger(n) ? n : undefined;
        }
        case "time":
            return readTimeVal(value);
        case "string":
            return value;
    }
}
/** Reads an entry line with the facts of facts, or returns undefined. */
function readEntry(facts, line) {
    const space = line.indexOf(" ");
    if (space < 0 || line.includes("\n")) {
        return undefined;
    }
    const part = line.slice(0, space);
    const path = line.slice(space + 1);
    if (part === "") {
        return { facts: [], path };
    }
    if (!part.endsWith(";")) {
        return undefined;
    }
    const out = [];
    for (const piece of part.slice(0, -1).split(";")) {
        const eq = piece.indexOf("=");
        if (eq <= 0) {
            return undefined;
        }
        const name = piece.slice(0, eq);
        out.push({ name: factOf(facts, name)?.name ?? name, value: piece.slice(eq + 1) });
    }
    return { facts: out, path };
}
/** Writes an entry line, without its line end, with the facts of facts. */
function writeEntry(facts, entry) {
    let line = "";
    for (const { name, value } of entry.facts) {
        if (typeof name !== "string" || !isVChars(name) || /[=;]/.test(name)) {
            throw new FtpValueError("bad-fact", `fact name ${JSON.stringify(name)} cannot be written`);
        }
        if (typeof value !== "string" || /[; \r\n\0]/.test(value)) {
            throw new FtpValueError("bad-fact", `the value of ${name} holds ";", a space, CR, LF or NUL`);
        }
        const known = factOf(facts, name);
        if (known !== undefined && typedFact(known, value) === undefined) {
            throw new FtpValueError("bad-fact", `the value of ${name} is not a ${known.type}`);
        }
        line += `${name}=${value};`;
    }
    if (typeof entry.path !== "string" || /[\r\n\0]/.test(entry.path)) {
        throw new FtpValueError("bad-path", "the path holds CR, LF or NUL");
    }
    return `${line} ${entry.path}`;
}
// #endregion client
