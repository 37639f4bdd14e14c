package io.github.ftpcodes;

/** How standard a meaning or a command is. */
public enum Status {
    /** Defined by RFC 959. */
    STANDARD("standard"),
    /** Defined by a later RFC. */
    EXTENSION("extension"),
    /** Defined by an Internet-Draft, not by an RFC. */
    DRAFT("draft"),
    /** Defined by no RFC or Internet-Draft. */
    NON_STANDARD("non-standard");

    private final String spelling;

    Status(String spelling) {
        this.spelling = spelling;
    }

    /**
     * Returns the status as the table spells it: "standard", "extension", "draft" or
     * "non-standard".
     */
    @Override
    public String toString() {
        return spelling;
    }
}
