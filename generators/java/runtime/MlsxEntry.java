package io.github.ftpcodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An MLST or MLSD entry (RFC 3659 section 7.2): its facts, in the order of
 * the line, and the path; read by clients with {@link #parse(String)},
 * written by servers with {@link #format()}.
 */
public final class MlsxEntry {
    private final List<FactValue> facts;
    private final String path;

    /**
     * Creates the entry.
     *
     * @param facts the facts, in order
     * @param path the path
     */
    public MlsxEntry(List<FactValue> facts, String path) {
        this.facts = List.copyOf(facts);
        this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * Returns the facts.
     *
     * @return the facts, in order, repeats included, unmodifiable
     */
    public List<FactValue> facts() {
        return facts;
    }

    /**
     * Returns the path, whole: it may hold spaces and semicolons.
     *
     * @return the path, possibly empty
     */
    public String path() {
        return path;
    }

    /**
     * Returns the first fact with the name, in any ASCII case.
     *
     * @param name the name
     * @return the fact, or null when the entry has none of that name
     */
    public FactValue get(String name) {
        for (FactValue f : facts) {
            if (Features.upper(f.name()).equals(Features.upper(name))) {
                return f;
            }
        }
        return null;
    }

    /**
     * Returns the first fact of a fact the table knows.
     *
     * @param fact the fact
     * @return the fact's value, or null when the entry has none
     */
    public FactValue get(FtpFact fact) {
        return get(fact.factName());
    }

    /**
     * Reads an entry line (RFC 3659 section 7.2): a line of MLSD data without
     * its line end, or the middle line of an MLST reply without the one
     * leading space that belongs to the reply. The facts are everything
     * before the first space, each "name=value;", the path everything after
     * it, kept whole. A fact the table knows, its name in any case, takes the
     * table's name; any other keeps its name as written.
     *
     * @param line the line
     * @return the entry, or null for a line holding LF or no space, or whose
     *     facts are not each "name=value;" with a name before the first "="
     */
    public static MlsxEntry parse(String line) {
        int sp = line.indexOf(' ');
        if (sp < 0 || line.indexOf('\n') >= 0) {
            return null;
        }
        String facts = line.substring(0, sp);
        List<FactValue> out = new ArrayList<>();
        if (!facts.isEmpty()) {
            if (!facts.endsWith(";")) {
                return null;
            }
            for (String f : facts.substring(0, facts.length() - 1).split(";", -1)) {
                int eq = f.indexOf('=');
                if (eq <= 0) {
                    return null;
                }
                FtpFact known = FtpFact.fromName(f.substring(0, eq));
                String name = known != null ? known.factName() : f.substring(0, eq);
                out.add(new FactValue(name, f.substring(eq + 1)));
            }
        }
        return new MlsxEntry(out, line.substring(sp + 1));
    }

    /**
     * Writes the entry line, without its line end: each fact as
     * "name=value;", in order, then a space and the path.
     *
     * @return the line
     * @throws WireException ({@link WireException.Kind#BAD_FACT}) for a fact
     *     name that is empty or holds a character outside '!' to '~', "=" or
     *     ";", a value holding ";", a space, CR, LF or NUL, or a value of a
     *     fact the table knows that is not of its type;
     *     ({@link WireException.Kind#BAD_PATH}) for a path holding CR, LF or
     *     NUL, which could forge a line of the listing or the reply
     */
    public String format() {
        StringBuilder line = new StringBuilder();
        for (FactValue f : facts) {
            String name = f.name();
            if (name.isEmpty()
                    || !Features.vchars(name)
                    || name.indexOf('=') >= 0
                    || name.indexOf(';') >= 0) {
                throw new WireException(WireException.Kind.BAD_FACT,
                        "the fact name \"" + name
                                + "\" must be visible ASCII characters other than = and ;");
            }
            String value = f.value();
            for (char c : new char[] {';', ' ', '\r', '\n', '\0'}) {
                if (value.indexOf(c) >= 0) {
                    throw new WireException(WireException.Kind.BAD_FACT,
                            "the value of " + name + " holds a semicolon, space, CR, LF or NUL");
                }
            }
            FtpFact known = FtpFact.fromName(name);
            if (known != null && !FactValue.typed(known.type(), value)) {
                throw new WireException(WireException.Kind.BAD_FACT,
                        "the value \"" + value + "\" of " + name + " is not a " + known.type());
            }
            line.append(f);
        }
        if (path.indexOf('\r') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\0') >= 0) {
            throw new WireException(WireException.Kind.BAD_PATH, "the path holds CR, LF or NUL");
        }
        return line.append(' ').append(path).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlsxEntry
                && facts.equals(((MlsxEntry) o).facts)
                && path.equals(((MlsxEntry) o).path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(facts, path);
    }

    /** Returns the entry as a line of MLSD data, without checking it. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        for (FactValue f : facts) {
            line.append(f);
        }
        return line.append(' ').append(path).toString();
    }
}
