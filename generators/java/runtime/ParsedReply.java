package io.github.ftpcodes;

import java.util.Objects;

/**
 * A reply read off a connection or parsed from its lines: its code, from 100
 * to 999, and its text, the lines of a multi-line reply joined with LF.
 */
public final class ParsedReply {
    private final int code;
    private final String text;

    /**
     * Creates a reply.
     *
     * @param code the reply's code
     * @param text the reply's text
     */
    public ParsedReply(int code, String text) {
        this.code = code;
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Returns the reply's code.
     *
     * @return the code, from 100 to 999
     */
    public int code() {
        return code;
    }

    /**
     * Returns the reply's text: what follows the code and its separator on
     * the first line, the lines between as they are, and what follows the
     * code on the last line, joined with LF.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ParsedReply)) {
            return false;
        }
        ParsedReply r = (ParsedReply) o;
        return code == r.code && text.equals(r.text);
    }

    @Override
    public int hashCode() {
        return 31 * code + text.hashCode();
    }

    /** Returns the code and the text, as {@code "257 \"/\" created."}. */
    @Override
    public String toString() {
        return code + " " + text;
    }
}
