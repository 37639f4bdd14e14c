/**
 * Returns the first digit of a number from 100 to 999, known or not, or
 * undefined for any other number.
 */
export declare function classDigit(code: number): number | undefined;
/**
 * Returns the second digit of a number from 100 to 999, known or not, or
 * undefined for any other number.
 */
export declare function groupDigit(code: number): number | undefined;
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
export declare class FtpReplyError extends Error {
    name: string;
    /** What is wrong with the input. */
    readonly kind: FtpReplyErrorKind;
    constructor(kind: FtpReplyErrorKind, message: string);
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
export declare function formatReply(code: number, message: string): string;
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
export declare function parseReply(lines: readonly string[]): ParsedReply;
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
export declare class ReplyAssembler {
    #private;
    /**
     * @param onReply - Called with each reply, in order, from within
     * {@link ReplyAssembler.push}; it must not call push or end itself.
     */
    constructor(onReply: (reply: ParsedReply) => void);
    /** Whether bytes have come since the last reply: the input may not end here. */
    get pending(): boolean;
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
    push(chunk: Uint8Array): void;
    /**
     * Says that the input has ended, as a socket's "end" event does.
     *
     * @throws FtpReplyError of kind "truncated" if the input ended inside a
     * reply or after a line without its LF, even a lone CR; and any earlier
     * error again. Without an error, the input ended cleanly, between replies.
     */
    end(): void;
}
/**
 * What a command takes after its verb (RFC 959, section 5.3): nothing, an
 * optional argument (the syntax puts it in square brackets), or a required
 * one.
 */
export type CommandArgument = "none" | "optional" | "required";
/**
 * What is wrong with a value that a function of the client's half of the
 * wire refuses to write, or with a command line a server reads:
 *
 * - "unknown-command": formatCommand's verb is no command's.
 * - "missing-argument", "unexpected-argument": a command that needs an
 *   argument has none, or one that takes none has one.
 * - "bad-argument": an argument that is empty or holds CR, LF or NUL, which
 *   could end the command line and start another; an OPTS name or options
 *   that OPTS cannot carry; a host that is no IPv4 or IPv6 address.
 * - "line-too-long": a command line of more than 8192 bytes.
 * - "bad-character": a command line that holds CR, LF or NUL.
 * - "not-ipv4": an IPv6 address for PORT, which carries IPv4 alone.
 * - "bad-feature": a FEAT feature that FEAT's reply cannot carry.
 * - "bad-fact", "bad-path": an MLSx fact or path that an entry line cannot
 *   carry.
 */
export type FtpValueErrorKind = "unknown-command" | "missing-argument" | "unexpected-argument" | "bad-argument" | "line-too-long" | "bad-character" | "not-ipv4" | "bad-feature" | "bad-fact" | "bad-path";
/** A value the client's half of the wire refuses to write or to read. */
export declare class FtpValueError extends Error {
    name: string;
    /** What is wrong with the value. */
    readonly kind: FtpValueErrorKind;
    constructor(kind: FtpValueErrorKind, message: string);
}
/** A command line as a server reads it with parseCommand. */
export interface ParsedCommand {
    /** The command's verb as the table writes it, or undefined for a verb it lacks. */
    readonly command: string | undefined;
    /** The verb as written, before the first space. */
    readonly verb: string;
    /** Everything after the first space, exactly; "" without one. */
    readonly argument: string;
}
/** An address and a port of a data connection, from or for a reply or a command. */
export interface HostPort {
    /**
     * The address: IPv4 dotted ("192.0.2.7"), or IPv6 in RFC 5952's form
     * ("2001:db8::7"); an IPv4-mapped IPv6 address is given as IPv4.
     */
    readonly host: string;
    /** The TCP port, from 0 to 65535. */
    readonly port: number;
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
export declare function parsePassiveAddress(text: string): HostPort | undefined;
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
export declare function passivePeerAddress(text: string, peer: string): HostPort | undefined;
/**
 * Reads the port of a 229 reply's text (RFC 2428, section 3,
 * "(<d><d><d><port><d>)"), or undefined if it has none. The host is the
 * control connection's peer.
 */
export declare function parseExtendedPassivePort(text: string): number | undefined;
/**
 * Reads the address and port of a 228 reply's text (RFC 1639, section 3):
 * the first "(...)" whose inside is an LPRT argument, or undefined.
 */
export declare function parseLongPassiveAddress(text: string): HostPort | undefined;
/**
 * Writes the argument of PORT (RFC 959, section 5.3.2), "h1,h2,h3,h4,p1,p2".
 *
 * @throws FtpValueError ("not-ipv4") for an IPv6 address, which PORT cannot
 * carry (use EPRT); ("bad-argument") for a host that is no address.
 * @throws RangeError if port is not a whole number from 0 to 65535.
 */
export declare function formatPortArgument(host: string, port: number): string;
/** Reads the argument of PORT, all of it "h1,h2,h3,h4,p1,p2", or returns undefined. */
export declare function parsePortArgument(arg: string): HostPort | undefined;
/**
 * Writes the argument of EPRT (RFC 2428, section 2): "|1|a.b.c.d|port|"
 * for IPv4, "|2|text|port|" for IPv6.
 *
 * @throws FtpValueError ("bad-argument") for a host that is no address.
 * @throws RangeError if port is not a whole number from 0 to 65535.
 */
export declare function formatEprtArgument(host: string, port: number): string;
/**
 * Reads the argument of EPRT: a delimiter, protocol 1 with an IPv4 address
 * or 2 with an IPv6 address, and the port, each followed by the delimiter;
 * undefined if it is not one.
 */
export declare function parseEprtArgument(arg: string): HostPort | undefined;
/**
 * Writes the argument of LPRT (RFC 1639, section 2): "4,4,h1,...,h4,2,p1,p2"
 * for IPv4, "6,16,b1,...,b16,2,p1,p2" for IPv6.
 *
 * @throws FtpValueError ("bad-argument") for a host that is no address.
 * @throws RangeError if port is not a whole number from 0 to 65535.
 */
export declare function formatLprtArgument(host: string, port: number): string;
/** Reads the argument of LPRT, all of it, or returns undefined. */
export declare function parseLprtArgument(arg: string): HostPort | undefined;
/** A feature of a FEAT reply (RFC 2389, section 3.2). */
export interface Feature {
    /** The feature's name, its ASCII letters in upper case: "MLST", "REST". */
    readonly name: string;
    /** What follows the name, as written: "size*;modify*;", "STREAM"; "" if nothing. */
    readonly params: string;
}
/**
 * Reads the features of a FEAT reply from its text, as read off the
 * connection (lines joined with LF): each line between the first and the
 * last, its name in upper case; none for a single-line reply.
 */
export declare function parseFeatures(text: string): Feature[];
/**
 * Writes a complete FEAT reply for the wire: "211-Extensions supported:",
 * a line for each feature, and "211 End"; with no feature, "211 \r\n".
 *
 * @throws FtpValueError ("bad-feature") for a name that is not one or more
 * visible ASCII characters, or params that are not visible ASCII, spaces and
 * tabs, or start or end with a space or tab.
 */
export declare function formatFeatures(features: readonly Feature[]): string;
/**
 * Writes the argument of OPTS (RFC 2389, section 4): the command's name
 * alone, or with its options after a space.
 *
 * @throws FtpValueError ("bad-argument") for a name that is not visible
 * ASCII, or options that are not visible ASCII, spaces and tabs, or start
 * or end with a space or tab.
 */
export declare function formatOptsArgument(name: string, options: string): string;
/**
 * Reads the argument of OPTS: the command's name in upper case and its
 * options ("" if none), or undefined if the name is empty.
 */
export declare function parseOptsArgument(arg: string): OptsArgument | undefined;
/** The argument of OPTS: a command's name and its options. */
export interface OptsArgument {
    /** The command's name, its ASCII letters in upper case. */
    readonly name: string;
    /** Everything after the name's space; "" if none. */
    readonly options: string;
}
/** The type of an MLSx fact's value. */
export type FactType = "uint" | "time" | "string";
/** An MLSx fact the table knows (RFC 3659, section 7). */
export interface FactInfo {
    /** The name as the table writes it: "size", "media-type", "UNIX.mode". */
    readonly name: string;
    readonly type: FactType;
}
/** A fact of an entry line, by name, with its value as written. */
export interface FactValue {
    /** A known fact's name as the table writes it, any other's as written. */
    readonly name: string;
    readonly value: string;
}
/** An MLST or MLSD entry: its facts, in order, and its path, whole. */
export interface Entry {
    readonly facts: readonly FactValue[];
    readonly path: string;
}
