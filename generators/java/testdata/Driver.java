// The test driver for one table's generated package io.github.ftpcodes,
// compiled with it by java_test.go:
//
//     Driver vectors [PATH]
//                         reads toolchain.Vectors' vectors on standard
//                         input, or from the file PATH, one a line, and
//                         prints one answer a line
//     Driver dump         checks every lookup, prints toolchain.Dump
//     Driver commands     checks every command lookup, prints
//                         toolchain.CommandDump
//     Driver all          dump, commands and vectors on standard input, in
//                         one JVM, each output but the last ended by END
//
// A failed check throws, which exits with a message and status 1.
package io.github.ftpcodes;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public final class Driver {
    /** The line that ends the output of each but the last part of all. */
    static final String END = "-- end\n";

    private Driver() {
    }

    public static void main(String[] args) throws IOException {
        String out;
        switch (args[0]) {
            case "vectors":
                out = vectors(args.length > 1 ? new java.io.FileInputStream(args[1]) : System.in);
                break;
            case "dump":
                out = dump();
                break;
            case "commands":
                out = commands();
                break;
            case "all":
                out = dump() + END + commands() + END + vectors(System.in);
                break;
            default:
                throw new IllegalArgumentException("usage: Driver vectors | dump | commands | all");
        }
        PrintStream p = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        p.print(out);
        p.flush();
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    /** The lower-case hex digits. */
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    /** The value of a hex digit, else an IllegalArgumentException. */
    static int digit(char c) {
        int d = Character.digit(c, 16);
        if (d < 0) {
            throw new IllegalArgumentException("not a hex digit: " + c);
        }
        return d;
    }

    static String hex(byte[] b) {
        if (b.length == 0) {
            return "-";
        }
        char[] s = new char[2 * b.length];
        for (int i = 0; i < b.length; i++) {
            s[2 * i] = DIGITS[(b[i] >> 4) & 0xF];
            s[2 * i + 1] = DIGITS[b[i] & 0xF];
        }
        return new String(s);
    }

    static String hex(String s) {
        return hex(s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] unhex(String s) {
        if (s.equals("-")) {
            return new byte[0];
        }
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (digit(s.charAt(2 * i)) << 4 | digit(s.charAt(2 * i + 1)));
        }
        return b;
    }

    /** A vector's text, decoded as the reader decodes. */
    static String text(String s) {
        byte[] b = unhex(s);
        return ReplyReader.decodeText(b, 0, b.length);
    }

    /** A uint of a format vector: decimal digits that fit a long, else an IllegalArgumentException. */
    static long uint(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> '0' <= c && c <= '9')) {
            throw new IllegalArgumentException(s);
        }
        return Long.parseLong(s);
    }

    /** A time of a format vector: a time-val, else an IllegalArgumentException. */
    static Instant time(String s) {
        Instant t = ReplyTemplate.parseTime(s);
        if (t == null) {
            throw new IllegalArgumentException(s);
        }
        return t;
    }

    /** A parsed time to the millisecond, as the vectors print it. */
    static String millis(Instant t) {
        java.time.LocalDateTime d = java.time.LocalDateTime.ofInstant(t, java.time.ZoneOffset.UTC);
        String whole = String.format("%04d%02d%02d%02d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                d.getHour(), d.getMinute(), d.getSecond());
        String ms = String.format("%03d", d.getNano() / 1_000_000).replaceAll("0+$", "");
        return ms.isEmpty() ? whole : whole + "." + ms;
    }

    static String vectors(java.io.InputStream source) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isEmpty()) {
                out.append(answer(line)).append('\n');
            }
        }
        return out.toString();
    }

    static String answer(String vector) {
        String[] f = vector.split(" ", -1);
        switch (f[0]) {
            case "parse": {
                String[] values = Dispatch.parse(f[1], text(f[2]));
                if (values == null) {
                    return "no";
                }
                StringBuilder s = new StringBuilder("ok");
                for (String v : values) {
                    s.append(' ').append(hex(v));
                }
                return s.toString();
            }
            case "format": {
                List<String> args = new ArrayList<>();
                if (f.length > 3 || !f[2].isEmpty()) {
                    for (int i = 2; i < f.length; i++) {
                        args.add(text(f[i]));
                    }
                }
                try {
                    return "ok " + hex(Dispatch.format(f[1], args.toArray(new String[0])));
                } catch (IllegalArgumentException e) {
                    return "error";
                }
            }
            case "reply-format": {
                long code = Long.parseLong(f[1]);
                try {
                    if (code != (int) code) {
                        return "error";
                    }
                    return "ok " + hex(ReplyReader.formatReply((int) code, text(f[2])));
                } catch (IllegalArgumentException e) {
                    return "error";
                }
            }
            case "reply-parse": {
                List<byte[]> lines = new ArrayList<>();
                if (!f[1].equals("-")) {
                    for (String l : f[1].split(",", -1)) {
                        lines.add(unhex(l));
                    }
                }
                try {
                    ParsedReply r = ReplyReader.parseReply(lines);
                    return "ok " + r.code() + " " + hex(r.text());
                } catch (ReplyException e) {
                    return "error";
                }
            }
            case "reply-read": {
                ReplyReader r = new ReplyReader(new ByteArrayInputStream(unhex(f[1])));
                StringBuilder s = new StringBuilder("ok");
                while (true) {
                    try {
                        ParsedReply p = r.read();
                        if (p == null) {
                            return s.append(" eof").toString();
                        }
                        s.append(" reply:").append(p.code()).append(':').append(hex(p.text()));
                    } catch (ReplyException e) {
                        return s.append(' ').append(e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')).toString();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            case "lookup": {
                long code = Long.parseLong(f[1]);
                if (code != (int) code) {
                    return "no";
                }
                FtpReply r = FtpReply.resolve((int) code);
                String text = FtpCodes.replyText((int) code);
                if (r == null) {
                    check(text == null, "replyText(" + code + ")");
                    return "no";
                }
                check(r.text().equals(text), "replyText(" + code + ")");
                String cls = r.replyClass() == null ? "-" : Integer.toString(r.replyClass().digit());
                String grp = r.group() == null ? "-" : Integer.toString(r.group().digit());
                return "ok " + hex(r.text()) + " " + cls + " " + grp;
            }
            case "expected":
            case "plausible": {
                String verb = text(f[1]);
                long code = Long.parseLong(f[2]);
                if (code != (int) code) {
                    return "false";
                }
                FtpCommand c = FtpCommand.fromVerb(verb);
                boolean expected = f[0].equals("expected");
                boolean byCommand = c != null && (expected ? c.expects((int) code) : c.plausible((int) code));
                boolean byFunction = expected ? FtpCodes.isExpectedReply(verb, (int) code) : FtpCodes.isPlausibleReply(verb, (int) code);
                check(byCommand == byFunction, vector);
                return Boolean.toString(byCommand);
            }
            default:
                return client(f);
        }
    }

    /** Returns s with its ASCII letters in lower case, nothing else changed. */
    static String asciiLower(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if ('A' <= out[i] && out[i] <= 'Z') {
                out[i] = (char) (out[i] - 'A' + 'a');
            }
        }
        return new String(out);
    }

    /** The kind of a WireException, as the client vectors name it. */
    static String kind(WireException e) {
        return "error " + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An address of a client vector: the hex of its 4 or 16 bytes. */
    static java.net.InetAddress ip(String s) {
        try {
            return java.net.InetAddress.getByAddress(unhex(s));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    /** An address as the client vectors print it: ADDR PORT, or "no". */
    static String addr(java.net.InetSocketAddress a) {
        return a == null ? "no" : "ok " + hex(a.getAddress().getAddress()) + " " + a.getPort();
    }

    /** A NAME:VALUE pair of a client vector, decoded. */
    static String[] pair(String s) {
        int colon = s.indexOf(':');
        return colon < 0 ? new String[] {text(s), ""} : new String[] {text(s.substring(0, colon)), text(s.substring(colon + 1))};
    }

    /** The answer to a vector of the client's half of the wire. */
    static String client(String[] f) {
        switch (f[0]) {
            case "command-format": {
                FtpCommand c = FtpCommand.fromVerb(text(f[1]));
                if (c == null) {
                    return "no";
                }
                String[] args = new String[f.length - 2];
                for (int i = 2; i < f.length; i++) {
                    args[i - 2] = text(f[i]);
                }
                try {
                    return "ok " + hex(Commands.formatCommand(c, args));
                } catch (WireException e) {
                    return kind(e);
                }
            }
            case "command-parse":
                try {
                    ParsedCommand p = Commands.parseCommand(text(f[1]));
                    if (p.command() == null) {
                        return "unknown " + hex(p.verb()) + " " + hex(p.argument());
                    }
                    check(p.command() == FtpCommand.fromVerb(p.verb()), "parseCommand(" + f[1] + ")");
                    return "command " + p.command().verb() + " " + hex(p.argument());
                } catch (WireException e) {
                    return kind(e);
                }
            case "addr-227":
                return addr(Addresses.parsePassiveAddress(text(f[1])));
            case "addr-227-peer":
                return addr(Addresses.passivePeerAddress(text(f[1]), ip(f[2])));
            case "addr-229": {
                java.util.OptionalInt port = Addresses.parseExtendedPassivePort(text(f[1]));
                return port.isPresent() ? "ok " + port.getAsInt() : "no";
            }
            case "addr-228":
                return addr(Addresses.parseLongPassiveAddress(text(f[1])));
            case "port-format":
                try {
                    return "ok " + hex(Addresses.formatPortArgument(new java.net.InetSocketAddress(ip(f[1]), Integer.parseInt(f[2]))));
                } catch (WireException e) {
                    return kind(e);
                }
            case "eprt-format":
                return "ok " + hex(Addresses.formatEprtArgument(new java.net.InetSocketAddress(ip(f[1]), Integer.parseInt(f[2]))));
            case "lprt-format":
                return "ok " + hex(Addresses.formatLprtArgument(new java.net.InetSocketAddress(ip(f[1]), Integer.parseInt(f[2]))));
            case "port-parse":
                return addr(Addresses.parsePortArgument(text(f[1])));
            case "eprt-parse":
                return addr(Addresses.parseEprtArgument(text(f[1])));
            case "lprt-parse":
                return addr(Addresses.parseLprtArgument(text(f[1])));
            case "feat-parse": {
                Features features = Features.parse(text(f[1]));
                StringBuilder s = new StringBuilder("ok");
                for (Feature ft : features.list()) {
                    Feature found = features.get(asciiLower(ft.name()));
                    check(found != null && found.name().equals(ft.name()), "Features.get(" + ft.name() + ")");
                    s.append(' ').append(hex(ft.name())).append(':').append(hex(ft.params()));
                }
                return s.toString();
            }
            case "feat-format": {
                List<Feature> list = new ArrayList<>();
                if (f.length > 2 || !f[1].equals("-")) {
                    for (int i = 1; i < f.length; i++) {
                        String[] p = pair(f[i]);
                        list.add(new Feature(p[0], p[1]));
                    }
                }
                try {
                    return "ok " + hex(new Features(list).format());
                } catch (WireException e) {
                    return kind(e);
                }
            }
            case "opts-format":
                try {
                    return "ok " + hex(Commands.formatOptsArgument(text(f[1]), text(f[2])));
                } catch (WireException e) {
                    return kind(e);
                }
            case "opts-parse": {
                Feature o = Commands.parseOptsArgument(text(f[1]));
                return o == null ? "no" : "ok " + hex(o.name()) + " " + hex(o.params());
            }
            case "mlsx-parse": {
                MlsxEntry e = MlsxEntry.parse(text(f[1]));
                if (e == null) {
                    return "no";
                }
                StringBuilder s = new StringBuilder("ok ").append(hex(e.path()));
                for (FactValue v : e.facts()) {
                    FtpFact fact = v.fact();
                    String typed;
                    if (fact == null) {
                        typed = "?";
                    } else if (!v.typed()) {
                        typed = "bad";
                    } else if (fact.type() == FactType.UINT) {
                        typed = Long.toString(v.uint().getAsLong());
                    } else if (fact.type() == FactType.TIME) {
                        typed = millis(v.time().orElseThrow());
                    } else {
                        typed = "s";
                    }
                    if (fact != null) {
                        check(fact.factName().equals(v.name()) && e.get(fact) != null, "the name of " + fact);
                    }
                    s.append(' ').append(hex(v.name())).append(':').append(hex(v.value())).append(':').append(typed);
                }
                return s.toString();
            }
            case "mlsx-format": {
                List<FactValue> facts = new ArrayList<>();
                for (int i = 2; i < f.length; i++) {
                    String[] p = pair(f[i]);
                    facts.add(new FactValue(p[0], p[1]));
                }
                try {
                    return "ok " + hex(new MlsxEntry(facts, text(f[1])).format());
                } catch (WireException e) {
                    return kind(e);
                }
            }
            default:
                return "unknown vector";
        }
    }

    static String meaning(Meaning m) {
        return hex(m.text()) + " " + hex(m.description()) + " " + hex(m.template()) + " " + m.rfc() + " "
                + hex(m.section()) + " " + hex(m.source()) + " " + m.status();
    }

    static String dump() {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (FtpReply r : FtpReply.values()) {
            int code = r.code();
            check(code > last, "values() in code order at " + code);
            last = code;
            check(FtpReply.resolve(code) == r && FtpReply.valueOf(code) == r, "resolve(" + code + ")");
            check(r.text().equals(FtpCodes.replyText(code)), "replyText(" + code + ")");
            check(r.toString().equals(code + " " + r.text()), "toString of " + code);
            boolean three = 100 <= code && code <= 999;
            for (FtpReply.ReplyClass c : FtpReply.ReplyClass.values()) {
                check((r.replyClass() == c) == (three && code / 100 == c.digit()), "class of " + code);
            }
            out.append(code).append(' ')
                    .append(r.replyClass() == null ? "-" : Integer.toString(r.replyClass().digit())).append(' ')
                    .append(r.group() == null ? "-" : Integer.toString(r.group().digit())).append(' ')
                    .append(meaning(r.meaning())).append(' ')
                    .append(r.closesControl() ? 1 : 0).append(' ')
                    .append(r.also().size()).append('\n');
            for (Meaning m : r.also()) {
                out.append("+ ").append(meaning(m)).append('\n');
            }
        }
        for (int code = -1; code < 1101; code++) {
            if (FtpReply.resolve(code) == null) {
                check(FtpCodes.replyText(code) == null, "replyText(" + code + ")");
                try {
                    FtpReply.valueOf(code);
                    check(false, "valueOf(" + code + ")");
                } catch (IllegalArgumentException e) {
                    // expected
                }
            }
        }
        return out.toString();
    }

    static String codes(List<FtpReply> rs) {
        if (rs.isEmpty()) {
            return "-";
        }
        List<String> s = new ArrayList<>();
        for (FtpReply r : rs) {
            s.add(Integer.toString(r.code()));
        }
        return String.join(",", s);
    }

    static void observed(StringBuilder b, String mark, List<ObservedReply> os) {
        for (ObservedReply o : os) {
            b.append(mark).append(' ').append(o.code());
            for (Evidence e : o.evidence()) {
                b.append(' ').append(hex(e.server())).append(' ').append(hex(e.at()));
            }
            b.append('\n');
        }
    }

    static String commands() {
        StringBuilder out = new StringBuilder();
        for (FtpCommand c : FtpCommand.values()) {
            check(FtpCommand.fromVerb(c.verb()) == c, "fromVerb(" + c.verb() + ")");
            check(FtpCommand.fromVerb(c.verb().toLowerCase(Locale.ROOT)) == c, "fromVerb(lower " + c.verb() + ")");
            check(FtpCommand.fromVerb(" " + c.verb()) == null, "fromVerb(space " + c.verb() + ")");
            for (String a : c.aliases()) {
                check(FtpCommand.fromVerb(a) == c, "fromVerb(" + a + ")");
            }
            out.append(c.verb()).append(' ')
                    .append(c.aliases().isEmpty() ? "-" : String.join(",", c.aliases())).append(' ')
                    .append(hex(c.description())).append(' ').append(hex(c.syntax())).append(' ')
                    .append(c.rfc()).append(' ')
                    .append(c.section() == null ? "" : c.section()).append(' ')
                    .append(c.repliesSection() == null ? "" : c.repliesSection()).append(' ')
                    .append(c.status()).append(' ')
                    .append(codes(c.preliminary())).append(' ').append(codes(c.intermediate())).append(' ')
                    .append(codes(c.success())).append(' ').append(codes(c.error())).append('\n');
            observed(out, "+", c.observed());
        }
        observed(out, "*", FtpCommand.anyCommandReplies());
        return out.toString();
    }
}
