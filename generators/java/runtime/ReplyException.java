package io.github.ftpcodes;

import java.io.IOException;

/**
 * Reading or parsing a reply failed: the input is not an FTP reply by the
 * framing of RFC 959, section 4.2, or ends within one.
 */
public final class ReplyException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why reading a reply failed. */
    public enum Kind {
        /** The input ended within a reply or after a line without its LF. */
        TRUNCATED("the input ends within a reply"),
        /** A reply's first line does not start with a code from 100 to 999. */
        NOT_REPLY("the line does not start a reply"),
        /** A line's content is longer than {@link ReplyReader#MAX_LINE_BYTES} bytes. */
        LINE_TOO_LONG("the line is longer than " + ReplyReader.MAX_LINE_BYTES + " bytes"),
        /** A reply has more than {@link ReplyReader#MAX_REPLY_LINES} lines. */
        TOO_MANY_LINES("the reply has more than " + ReplyReader.MAX_REPLY_LINES + " lines");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /**
         * Says what went wrong.
         *
         * @return a sentence without a final stop
         */
        public String description() {
            return description;
        }
    }

    /** Why reading failed. */
    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind why reading failed
     * @param message the message
     */
    public ReplyException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /**
     * Returns why reading failed.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }
}
