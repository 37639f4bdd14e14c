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
