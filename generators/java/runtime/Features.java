package io.github.ftpcodes;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of a FEAT reply (RFC 2389 section 3.2), in the order of its
 * lines, repeats included: read by clients with {@link #parse(String)},
 * written by servers with {@link #format()}.
 */
public final class Features {
    /**
     * The first line of the FEAT reply {@link #format()} writes, RFC 2389's
     * own example.
     */
    public static final String TEXT = "Extensions supported:";

    private final List<Feature> list;

    /**
     * Creates the features.
     *
     * @param list the features, in order
     */
    public Features(List<Feature> list) {
        this.list = List.copyOf(list);
    }

    /**
     * Returns the features.
     *
     * @return the features, in order, unmodifiable
     */
    public List<Feature> list() {
        return list;
    }

    /**
     * Returns the first feature with the name, in any ASCII case.
     *
     * @param name the name
     * @return the feature, or null when the server does not have it
     */
    public Feature get(String name) {
        for (Feature f : list) {
            if (upper(f.name()).equals(upper(name))) {
                return f;
            }
        }
        return null;
    }

    /**
     * Reports whether the server has the feature.
     *
     * @param name the name, in any ASCII case
     * @return true if it has
     */
    public boolean has(String name) {
        return get(name) != null;
    }

    /**
     * Reads the features of a FEAT reply from its text, as
     * {@link ReplyReader} gives it (its lines joined with LF); it never
     * fails. A single line (RFC 2389's reply of a server without features)
     * has none. Otherwise the first and the last line are the reply's own
     * ("Extensions supported:", "End"); each line between is stripped of
     * spaces and tabs at either end, skipped when nothing is left, and split
     * at its first space or tab: the name, its ASCII letters in upper case
     * (RFC 2389: names are case independent), and the parameters after the
     * spaces or tabs that follow it, as written.
     *
     * @param text the reply's text
     * @return the features
     */
    public static Features parse(String text) {
        String[] lines = text.split("\n", -1);
        List<Feature> out = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String l = trim(lines[i]);
            if (l.isEmpty()) {
                continue;
            }
            int end = 0;
            while (end < l.length() && !blank(l.charAt(end))) {
                end++;
            }
            int params = end;
            while (params < l.length() && blank(l.charAt(params))) {
                params++;
            }
            out.add(new Feature(upper(l.substring(0, end)), l.substring(params)));
        }
        return new Features(out);
    }

    /**
     * Writes the complete FEAT reply for the wire: with no feature the single
     * line "211 \r\n" (RFC 2389's reply without features), otherwise
     * "211-Extensions supported:", each feature on a line of its own after
     * one space, its parameters after another, and "211 End".
     *
     * @return the reply, its lines ended with CRLF
     * @throws WireException ({@link WireException.Kind#BAD_FEATURE}) for a
     *     name that is empty or holds a character outside '!' to '~', or
     *     parameters other than visible ASCII characters, spaces and tabs, or
     *     starting or ending with a space or tab: {@link #parse(String)}
     *     would not read them back
     */
    public String format() {
        if (list.isEmpty()) {
            return ReplyReader.formatReply(211, "");
        }
        StringBuilder text = new StringBuilder(TEXT);
        for (Feature f : list) {
            if (f.name().isEmpty() || !vchars(f.name()) || !tchars(f.params())) {
                throw new WireException(
                        WireException.Kind.BAD_FEATURE,
                        "the feature \"" + f + "\": the name must be visible ASCII characters, "
                                + "the parameters also spaces and tabs inside");
            }
            text.append("\n ").append(f);
        }
        return ReplyReader.formatReply(211, text.append("\nEnd").toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Features && list.equals(((Features) o).list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    /** Returns the features as a list, as "[MDTM, MLST size*;modify*;]". */
    @Override
    public String toString() {
        return list.toString();
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    private static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && blank(s.charAt(from))) {
            from++;
        }
        while (to > from && blank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Reports whether every character of s is a visible ASCII one, '!' to '~'. */
    static boolean vchars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x21 || s.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports whether s is empty, or visible ASCII characters, spaces and
     * tabs that neither start nor end with a space or tab.
     */
    static boolean tchars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!blank(c) && (c < 0x21 || c > 0x7E)) {
                return false;
            }
        }
        return trim(s).equals(s);
    }

    /** Returns s with its ASCII letters in upper case, nothing else changed. */
    static String upper(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if ('a' <= out[i] && out[i] <= 'z') {
                out[i] = (char) (out[i] - 'a' + 'A');
            }
        }
        return new String(out);
    }
}
