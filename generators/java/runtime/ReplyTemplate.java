package io.github.ftpcodes;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The wire form of a reply text that carries values, such as
 * "Entering Passive Mode ({h1},{h2},{h3},{h4},{p1},{p2}).", with the
 * formatter and the parser every language of ftpcodes shares:
 *
 * <ul>
 * <li>Formatting writes the literal text and the values in order: a uint in
 * decimal, at most its maximum; a time as RFC 3659's time-val in UTC,
 * YYYYMMDDHHMMSS with a fraction of a second only when there is one, in the
 * years 0001 to 9999; a string not empty and without CR, LF or NUL, with each
 * quote doubled when it stands between quotes, and without the literal text
 * that follows it otherwise.</li>
 * <li>Parsing first matches the whole text; if that fails and the template is
 * lenient, it searches the text, left to right, for the first place where the
 * template's core (from its first value to its last) matches.</li>
 * </ul>
 *
 * <p>The generated formatters and parsers of {@code FtpValues} use it; it is
 * public so that they can, not for other use.
 */
public final class ReplyTemplate {
    /** One segment: literal text, or a value. */
    public static final class Segment {
        private final String literal;
        private final int param;
        private final char type;
        private final long max;
        private final boolean quoted;
        private final String stop;
        private final String name;

        private Segment(
                String literal,
                int param,
                char type,
                long max,
                boolean quoted,
                String stop,
                String name) {
            this.literal = literal;
            this.param = param;
            this.type = type;
            this.max = max;
            this.quoted = quoted;
            this.stop = stop;
            this.name = name;
        }
    }

    /**
     * Returns literal text.
     *
     * @param text the text
     * @return the segment
     */
    public static Segment literal(String text) {
        return new Segment(text, -1, 'l', 0, false, "", "");
    }

    /**
     * Returns a uint value, a {@code long} from 0 to max.
     *
     * @param param the value's index among the template's values
     * @param name the value's name, for messages
     * @param max its largest value
     * @return the segment
     */
    public static Segment uint(int param, String name, long max) {
        return new Segment("", param, 'u', max, false, "", name);
    }

    /**
     * Returns a time value, an {@link Instant}.
     *
     * @param param the value's index among the template's values
     * @param name the value's name, for messages
     * @return the segment
     */
    public static Segment time(int param, String name) {
        return new Segment("", param, 't', 0, false, "", name);
    }

    /**
     * Returns a string value.
     *
     * @param param the value's index among the template's values
     * @param name the value's name, for messages
     * @param quoted whether it stands between double quotes
     * @param stop the literal text the value may not contain, or ""
     * @return the segment
     */
    public static Segment string(int param, String name, boolean quoted, String stop) {
        return new Segment("", param, 's', 0, quoted, stop, name);
    }

    private final int params;
    private final List<Segment> segments;
    private final List<Segment> core;
    private final boolean afterDigit;

    /**
     * Creates a template.
     *
     * @param params how many values it has
     * @param segments its segments
     * @param core the segments a lenient parser searches for, or null when
     *     the template is not lenient
     * @param afterDigit whether the core starts with a number or a time, so
     *     that the search skips the places right after a digit (a core that
     *     starts inside a number would read the number's tail)
     */
    public ReplyTemplate(
            int params, List<Segment> segments, List<Segment> core, boolean afterDigit) {
        this.params = params;
        this.segments = List.copyOf(segments);
        this.core = core == null ? null : List.copyOf(core);
        this.afterDigit = afterDigit;
    }

    /**
     * Writes the text with the values.
     *
     * @param values the values in declaration order: {@code Long},
     *     {@link Instant} or {@code String}
     * @return the text
     * @throws IllegalArgumentException for a value the template cannot carry
     */
    public String format(Object... values) {
        if (values.length != params) {
            throw new IllegalArgumentException(
                    values.length + " values for " + params + " parameters");
        }
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (s.param < 0) {
                b.append(s.literal);
                continue;
            }
            Object v = values[s.param];
            if (s.type == 'u') {
                long n = (Long) v;
                if (n < 0 || n > s.max) {
                    throw new IllegalArgumentException(
                            s.name + " must be a whole number from 0 to " + s.max + ", not " + n);
                }
                b.append(n);
            } else if (s.type == 't') {
                b.append(timeVal((Instant) v, s.name));
            } else {
                String str = (String) v;
                if (str.isEmpty()) {
                    throw new IllegalArgumentException(s.name + " is empty");
                }
                if (str.indexOf('\r') >= 0 || str.indexOf('\n') >= 0 || str.indexOf('\0') >= 0) {
                    throw new IllegalArgumentException(
                            s.name + " contains CR, LF or NUL, which would end the reply line");
                }
                if (s.quoted) {
                    b.append(str.replace("\"", "\"\""));
                    continue;
                }
                if (!s.stop.isEmpty() && str.contains(s.stop)) {
                    throw new IllegalArgumentException(
                            s.name + " contains the text that follows it in the reply");
                }
                b.append(str);
            }
        }
        return b.toString();
    }

    private static String timeVal(Instant t, String name) {
        LocalDateTime d = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw new IllegalArgumentException(name + " must be in the years 0001 to 9999");
        }
        String s = String.format(
                "%04d%02d%02d%02d%02d%02d",
                d.getYear(),
                d.getMonthValue(),
                d.getDayOfMonth(),
                d.getHour(),
                d.getMinute(),
                d.getSecond());
        int nanos = d.getNano();
        if (nanos == 0) {
            return s;
        }
        String f = String.format("%09d", nanos);
        int end = f.length();
        while (f.charAt(end - 1) == '0') {
            end--;
        }
        return s + "." + f.substring(0, end);
    }

    /**
     * Reads the values of a text written with the template.
     *
     * @param text the text
     * @return the values in declaration order ({@code Long}, {@link Instant}
     *     or {@code String}), or null when the text does not have the
     *     template's shape
     */
    public Object[] parse(String text) {
        Object[] m = new Object[params];
        int end = match(segments, text, 0, true, m);
        if (end == text.length()) {
            return m;
        }
        if (core == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (afterDigit && i > 0 && digit(text.charAt(i - 1))) {
                continue;
            }
            m = new Object[params];
            if (match(core, text, i, false, m) >= 0) {
                return m;
            }
        }
        return null;
    }

    /** Matches segs against text from pos into m; returns the end, or -1. */
    private static int match(
            List<Segment> segs, String text, int pos, boolean anchored, Object[] m) {
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            if (s.param < 0) {
                if (!text.startsWith(s.literal, pos)) {
                    return -1;
                }
                pos += s.literal.length();
            } else if (s.type == 'u') {
                int j = pos;
                while (j < text.length() && digit(text.charAt(j))) {
                    j++;
                }
                if (j == pos) {
                    return -1;
                }
                int k = pos;
                while (k < j - 1 && text.charAt(k) == '0') {
                    k++;
                }
                if (j - k > 19) {
                    return -1;
                }
                long n;
                try {
                    n = Long.parseLong(text.substring(k, j));
                } catch (NumberFormatException e) {
                    return -1;
                }
                if (n > s.max) {
                    return -1;
                }
                m[s.param] = n;
                pos = j;
            } else if (s.type == 't') {
                int j = pos + 14;
                if (j > text.length()) {
                    return -1;
                }
                if (j + 1 < text.length() && text.charAt(j) == '.' && digit(text.charAt(j + 1))) {
                    j++;
                    while (j < text.length() && digit(text.charAt(j))) {
                        j++;
                    }
                }
                Instant t = parseTime(text.substring(pos, j));
                if (t == null) {
                    return -1;
                }
                m[s.param] = t;
                pos = j;
            } else if (s.quoted) {
                StringBuilder b = new StringBuilder();
                int j = pos;
                for (; j < text.length(); j++) {
                    char c = text.charAt(j);
                    if (c == '"') {
                        if (j + 1 < text.length() && text.charAt(j + 1) == '"') {
                            b.append('"');
                            j++;
                            continue;
                        }
                        break;
                    }
                    b.append(c);
                }
                if (j == text.length() || b.length() == 0) {
                    return -1;
                }
                m[s.param] = b.toString();
                pos = j;
            } else if (i + 1 == segs.size()) {
                if (pos == text.length()) {
                    return -1;
                }
                m[s.param] = text.substring(pos);
                pos = text.length();
            } else {
                String lit = segs.get(i + 1).literal;
                int end;
                if (anchored && i + 2 == segs.size()) {
                    if (!text.endsWith(lit) || text.length() - lit.length() <= pos) {
                        return -1;
                    }
                    end = text.length() - lit.length();
                } else {
                    int k = text.indexOf(lit, pos);
                    if (k <= pos) {
                        return -1;
                    }
                    end = k;
                }
                m[s.param] = text.substring(pos, end);
                pos = end;
            }
        }
        return pos;
    }

    private static boolean digit(char c) {
        return '0' <= c && c <= '9';
    }

    /**
     * Reads a time-val: 14 digits, optionally "." and more digits, a valid
     * UTC time in the years 0001 to 9999, seconds 00 to 59; digits of the
     * fraction past the nanosecond are dropped.
     */
    static Instant parseTime(String v) {
        if (v.length() < 14 || v.length() == 15) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            if (i == 14 ? v.charAt(i) != '.' : !digit(v.charAt(i))) {
                return null;
            }
        }
        int year = Integer.parseInt(v.substring(0, 4));
        if (year < 1) {
            return null;
        }
        int nanos = 0;
        if (v.length() > 15) {
            String f = (v.substring(15) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(f);
        }
        try {
            return LocalDateTime.of(
                            year,
                            Integer.parseInt(v.substring(4, 6)),
                            Integer.parseInt(v.substring(6, 8)),
                            Integer.parseInt(v.substring(8, 10)),
                            Integer.parseInt(v.substring(10, 12)),
                            Integer.parseInt(v.substring(12, 14)),
                            nanos)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
