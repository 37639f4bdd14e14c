package io.github.ftpcodes;

/**
 * A command line, an address or a listing entry that cannot be written or
 * read: the error of the client's half of the wire ({@link Commands},
 * {@link Addresses}, {@link Features}, {@link MlsxEntry}).
 */
public final class WireException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
        /** The command needs an argument and has none. */
        MISSING_ARGUMENT,
        /** The command takes no argument and has one. */
        UNEXPECTED_ARGUMENT,
        /**
         * An argument is empty or holds CR, LF or NUL, which would end the
         * line and start another command; or an OPTS argument's name or
         * options are not what RFC 2389 allows.
         */
        BAD_ARGUMENT,
        /**
         * A command line is longer than {@link ReplyReader#MAX_LINE_BYTES} bytes without its line
         * end.
         */
        LINE_TOO_LONG,
        /** A command line holds CR, LF or NUL. */
        BAD_CHARACTER,
        /** An IPv6 address for PORT, which carries only IPv4 ones: use EPRT. */
        NOT_IPV4,
        /**
         * A feature a FEAT reply cannot carry: a name that is empty or holds
         * a character outside '!' to '~', or parameters that hold a control
         * character or start or end with a space or tab.
         */
        BAD_FEATURE,
        /**
         * A fact an entry cannot carry: a name that is empty or holds a
         * character outside '!' to '~', '=' or ';'; a value holding ';', a
         * space, CR, LF or NUL; or a known fact's value not of its type.
         */
        BAD_FACT,
        /** A path holding CR, LF or NUL, which could forge a line of a listing. */
        BAD_PATH
    }

    /** What is wrong. */
    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind what is wrong
     * @param message the message
     */
    public WireException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /**
     * Returns what is wrong.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }
}
