package io.github.ftpcodes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads FTP replies off a byte stream by the framing of RFC 959, section
 * 4.2, as every language of ftpcodes reads them:
 *
 * <ol>
 * <li>A line ends at LF. Its content is the bytes before that LF, with
 * exactly one CR dropped if the byte before the LF is CR. Any other CR, bare
 * or a second one, is data, never a line break.</li>
 * <li>Limits are counted in bytes: a line's content is at most
 * {@link #MAX_LINE_BYTES} bytes, a reply has at most {@link #MAX_REPLY_LINES}
 * lines. Reading fails with {@link ReplyException.Kind#LINE_TOO_LONG} as soon
 * as more than {@code MAX_LINE_BYTES + 1} bytes are pending without an LF, or
 * when a complete line's content is longer than {@code MAX_LINE_BYTES}; and
 * with {@link ReplyException.Kind#TOO_MANY_LINES} as soon as a reply's
 * {@code MAX_REPLY_LINES}-th line has been read and does not end it.</li>
 * <li>A reply's first line starts with a code from 100 to 999 followed by the
 * end of the line, a space or a hyphen; else it is
 * {@link ReplyException.Kind#NOT_REPLY}. "ddd-" starts a multi-line reply,
 * which ends at the first later line that is the same code alone or the same
 * code and a space.</li>
 * <li>The end of the input with no byte since the last complete reply is a
 * clean end ({@link #read()} returns null); anywhere else it is
 * {@link ReplyException.Kind#TRUNCATED}.</li>
 * <li>The text is decoded as UTF-8, each maximal ill-formed subsequence
 * replaced by one U+FFFD ({@link #decodeText(byte[], int, int)}).</li>
 * </ol>
 *
 * <p>Reading stops at the first error: every later call throws it again. The
 * reader holds at most one line in memory besides the reply's text, and reads
 * one byte at a time, so give it a {@link java.io.BufferedInputStream}.
 */
public final class ReplyReader {
    /** The most bytes a line's content may have. */
    public static final int MAX_LINE_BYTES = 8192;

    /** The most lines a reply may have. */
    public static final int MAX_REPLY_LINES = 1000;

    private final InputStream in;
    private final byte[] line = new byte[MAX_LINE_BYTES + 1];
    private int length;
    private int code;
    private final List<String> parts = new ArrayList<>();
    private ReplyException.Kind failed;

    /**
     * Creates a reader of the stream.
     *
     * @param in the stream, best buffered
     */
    public ReplyReader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /**
     * Reads the next reply.
     *
     * @return the reply, or null at a clean end of the input
     * @throws ReplyException if the input is not a reply or ends within one
     * @throws IOException if the stream fails
     */
    public ParsedReply read() throws IOException {
        if (failed != null) {
            throw error(failed);
        }
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (code != 0 || length > 0) {
                    throw fail(ReplyException.Kind.TRUNCATED);
                }
                return null;
            }
            ParsedReply r = accept((byte) c);
            if (r != null) {
                return r;
            }
        }
    }

    /** Takes one byte; returns a reply it completes, or null. */
    private ParsedReply accept(byte c) throws ReplyException {
        if (c != '\n') {
            if (length == line.length) {
                throw fail(ReplyException.Kind.LINE_TOO_LONG);
            }
            line[length++] = c;
            return null;
        }
        int n = length;
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        length = 0;
        if (n > MAX_LINE_BYTES) {
            throw fail(ReplyException.Kind.LINE_TOO_LONG);
        }
        int start = replyCode(line, n);
        char sep = start > 0 && n > 3 ? (char) line[3] : 0;
        if (code == 0) {
            if (start == 0) {
                throw fail(ReplyException.Kind.NOT_REPLY);
            }
            if (sep == '-') {
                code = start;
                parts.add(decodeText(line, 4, n));
                return null;
            }
            return new ParsedReply(start, decodeText(line, Math.min(4, n), n));
        }
        if (start == code && sep != '-') {
            parts.add(decodeText(line, Math.min(4, n), n));
            ParsedReply r = new ParsedReply(code, String.join("\n", parts));
            code = 0;
            parts.clear();
            return r;
        }
        parts.add(decodeText(line, 0, n));
        if (parts.size() == MAX_REPLY_LINES) {
            throw fail(ReplyException.Kind.TOO_MANY_LINES);
        }
        return null;
    }

    private ReplyException fail(ReplyException.Kind kind) {
        failed = kind;
        parts.clear();
        length = 0;
        return error(kind);
    }

    private static ReplyException error(ReplyException.Kind kind) {
        return new ReplyException(kind, "not an FTP reply: " + kind.description());
    }

    /**
     * Returns the code a line of n bytes starts with, as "ddd", "ddd " or
     * "ddd-" from 100 to 999, or 0.
     */
    private static int replyCode(byte[] b, int n) {
        if (n < 3 || !digit(b[0]) || !digit(b[1]) || !digit(b[2]) || b[0] == '0') {
            return 0;
        }
        if (n > 3 && b[3] != ' ' && b[3] != '-') {
            return 0;
        }
        return (b[0] - '0') * 100 + (b[1] - '0') * 10 + (b[2] - '0');
    }

    private static boolean digit(byte c) {
        return '0' <= c && c <= '9';
    }

    /**
     * Writes a reply for the wire. A message without LF becomes one line,
     * "227 Entering Passive Mode (...).\r\n"; a message with LFs becomes a
     * multi-line reply: "211-First", the lines between as they are, except
     * that one beginning with a digit gets a leading space, and "211 End".
     *
     * @param code the code, from 100 to 999
     * @param message the text, without CR or NUL
     * @return the reply, every line ending in CRLF
     * @throws IllegalArgumentException for a code outside 100 to 999 or a
     *     message with CR or NUL
     */
    public static String formatReply(int code, String message) {
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException(
                    "reply code " + code + " is not three digits from 100 to 999");
        }
        if (message.indexOf('\r') >= 0 || message.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(
                    "the message contains CR or NUL; separate lines with LF alone");
        }
        String[] lines = message.split("\n", -1);
        StringBuilder b = new StringBuilder(message.length() + 8 * lines.length);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (lines.length == 1) {
                b.append(code).append(' ').append(l);
            } else if (i == 0) {
                b.append(code).append('-').append(l);
            } else if (i == lines.length - 1) {
                b.append(code).append(' ').append(l);
            } else if (!l.isEmpty() && '0' <= l.charAt(0) && l.charAt(0) <= '9') {
                b.append(' ').append(l);
            } else {
                b.append(l);
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    /**
     * Reads one complete reply from its lines, each the bytes of a line as
     * read off a connection without its LF, exactly as a reader reads the
     * lines each followed by an LF, when they are one reply and nothing more.
     *
     * @param lines the lines
     * @return the reply
     * @throws ReplyException if the lines are not one reply: no lines, a line
     *     with an LF, lines after the reply's last, a multi-line reply without
     *     its last line, or any error of {@link #read()}
     */
    public static ParsedReply parseReply(List<byte[]> lines) throws ReplyException {
        if (lines.isEmpty()) {
            throw new ReplyException(ReplyException.Kind.NOT_REPLY, "not an FTP reply: no lines");
        }
        ReplyReader r = new ReplyReader(InputStream.nullInputStream());
        for (int i = 0; i < lines.size(); i++) {
            byte[] l = lines.get(i);
            ParsedReply p = null;
            for (byte c : l) {
                if (c == '\n') {
                    throw new ReplyException(
                            ReplyException.Kind.NOT_REPLY,
                            "not an FTP reply: line " + (i + 1) + " contains an LF");
                }
                p = r.accept(c);
            }
            p = r.accept((byte) '\n');
            if (p != null) {
                if (i != lines.size() - 1) {
                    throw new ReplyException(
                            ReplyException.Kind.NOT_REPLY,
                            "not an FTP reply: lines after the last line of the reply");
                }
                return p;
            }
        }
        throw new ReplyException(
                ReplyException.Kind.TRUNCATED,
                "not an FTP reply: the multi-line reply has no last line");
    }

    /**
     * Decodes bytes as UTF-8, replacing each maximal subpart of an ill-formed
     * subsequence with one U+FFFD, as the Unicode Standard recommends
     * (chapter 3, "U+FFFD Substitution of Maximal Subparts"), WHATWG's
     * TextDecoder and Python's errors="replace" do.
     *
     * @param b the bytes
     * @param from the first byte
     * @param to the end, exclusive
     * @return the text
     */
    public static String decodeText(byte[] b, int from, int to) {
        StringBuilder s = null;
        int copied = from;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (0xC2 <= c && c <= 0xDF) {
                need = 1;
            } else if (c == 0xE0) {
                need = 2;
                lo = 0xA0;
            } else if (c == 0xED) {
                need = 2;
                hi = 0x9F;
            } else if (0xE1 <= c && c <= 0xEF) {
                need = 2;
            } else if (c == 0xF0) {
                need = 3;
                lo = 0x90;
            } else if (c == 0xF4) {
                need = 3;
                hi = 0x8F;
            } else if (0xF1 <= c && c <= 0xF3) {
                need = 3;
            } else {
                need = 0;
            }
            int n = 1;
            while (n <= need && i + n < to) {
                int d = b[i + n] & 0xFF;
                if (d < lo || d > hi) {
                    break;
                }
                lo = 0x80;
                hi = 0xBF;
                n++;
            }
            if (need > 0 && n == need + 1) {
                i += n;
                continue;
            }
            if (s == null) {
                s = new StringBuilder(to - from);
            }
            s.append(new String(b, copied, i - copied, StandardCharsets.UTF_8)).append('\uFFFD');
            i += n;
            copied = i;
        }
        if (s == null) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        return s.append(new String(b, copied, to - copied, StandardCharsets.UTF_8)).toString();
    }
}
