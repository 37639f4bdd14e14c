package io.github.ftpcodes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A fact of an MLST or MLSD entry (RFC 3659 section 7), as written. */
public final class FactValue {
    /**
     * The largest uint fact value: 2^53 - 1, which every language ftpcodegen writes holds exactly.
     */
    static final long MAX_UINT = (1L << 53) - 1;

    private final String name;
    private final String value;

    /**
     * Creates the fact.
     *
     * @param name the name, as "size" or "UNIX.mode"
     * @param value the value, as written
     */
    public FactValue(String name, String value) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the name: {@link MlsxEntry#parse(String)} gives the table's for
     * a fact the table knows, in any case, and any other as written.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the value, as written.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * Returns the table's fact of this name.
     *
     * @return the fact, or null for a fact the table does not know
     */
    public FtpFact fact() {
        return FtpFact.fromName(name);
    }

    /**
     * Reads the value of a uint fact, as size: one or more ASCII digits, at
     * most 2^53 - 1.
     *
     * @return the number, or empty for a fact of another type or a value
     *     that is not one
     */
    public OptionalLong uint() {
        FtpFact f = fact();
        return f != null && f.type() == FactType.UINT ? uint(value) : OptionalLong.empty();
    }

    /**
     * Reads the value of a time fact, as modify: a time-val, all of the
     * value, in the years 0001 to 9999.
     *
     * @return the time, or empty for a fact of another type or a value that
     *     is not one
     */
    public Optional<Instant> time() {
        FtpFact f = fact();
        return f != null && f.type() == FactType.TIME
                ? Optional.ofNullable(ReplyTemplate.parseTime(value))
                : Optional.empty();
    }

    /**
     * Reports whether the value reads as its fact's type; always true for a
     * string fact.
     *
     * @return false for a fact the table does not know, or a value not of
     *     its fact's type
     */
    public boolean typed() {
        FtpFact f = fact();
        return f != null && typed(f.type(), value);
    }

    static boolean typed(FactType type, String value) {
        switch (type) {
            case UINT:
                return uint(value).isPresent();
            case TIME:
                return ReplyTemplate.parseTime(value) != null;
            default:
                return true;
        }
    }

    private static OptionalLong uint(String v) {
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
            n = n * 10 + c - '0';
            if (n > MAX_UINT) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactValue
                && name.equals(((FactValue) o).name)
                && value.equals(((FactValue) o).value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }

    /** Returns the fact as an entry writes it, as "size=42;". */
    @Override
    public String toString() {
        return name + "=" + value + ";";
    }
}
