package io.github.ftpcodes;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The data-connection addresses: the host and port of a 227 reply (RFC 959),
 * the port of a 229 (RFC 2428 section 3), the address of a 228 (RFC 1639
 * section 3), and the arguments of PORT (RFC 959 section 5.3.2), EPRT (RFC
 * 2428 section 2) and LPRT (RFC 1639 section 2).
 *
 * <p>Wherever an address is read or written, an IPv4-mapped IPv6 address
 * ({@code ::ffff:a.b.c.d}, RFC 4291 section 2.5.5.2) stands for its IPv4
 * address, as {@link InetAddress} has it.
 *
 * <p>After a 227, a client should usually not connect to the host the reply
 * names: a server behind NAT announces its private address.
 * {@link #passivePeerAddress(String, InetAddress)} takes the port with the
 * control connection's peer instead, as curl and Python's ftplib do by
 * default.
 */
public final class Addresses {
    private Addresses() {
    }

    /**
     * Reads the address of a 227 reply's text,
     * "Entering Passive Mode (h1,h2,h3,h4,p1,p2).": at the first place that
     * is not right after a digit and where six numbers from 0 to 255 follow,
     * separated by commas. The port is p1 &times; 256 + p2.
     *
     * @param text the reply's text
     * @return the address, or null when the text has none
     */
    public static InetSocketAddress parsePassiveAddress(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!digit(text.charAt(i)) || (i > 0 && digit(text.charAt(i - 1)))) {
                continue;
            }
            int[] n = new int[6];
            int j = i;
            boolean ok = true;
            for (int k = 0; k < 6 && ok; k++) {
                if (k > 0) {
                    if (j >= text.length() || text.charAt(j) != ',') {
                        ok = false;
                        break;
                    }
                    j++;
                }
                int start = j;
                while (j < text.length() && digit(text.charAt(j))) {
                    j++;
                }
                n[k] = byteNumber(text.substring(start, j));
                ok = n[k] >= 0;
            }
            if (ok) {
                byte[] host = {(byte) n[0], (byte) n[1], (byte) n[2], (byte) n[3]};
                return socket(host, n[4] << 8 | n[5]);
            }
        }
        return null;
    }

    /**
     * Returns where a client should open the data connection after a 227: the
     * port the reply gives, at the control connection's peer address, not at
     * the host the reply names. Servers behind NAT announce their private
     * address in 227; RFC 2428 (section 3) makes the peer the data address
     * for EPSV for the same reason, and curl ({@code --ftp-skip-pasv-ip}) and
     * Python's ftplib ({@code trust_server_pasv_ipv4_address = False}) do
     * this by default.
     *
     * @param text the reply's text
     * @param peer the control connection's peer, as
     *     {@code socket.getInetAddress()}
     * @return the address, or null when the text has no 227 address
     */
    public static InetSocketAddress passivePeerAddress(String text, InetAddress peer) {
        InetSocketAddress announced = parsePassiveAddress(text);
        if (announced == null) {
            return null;
        }
        return socket(unmapped(peer), announced.getPort());
    }

    /**
     * Reads the port of a 229 reply's text (RFC 2428 section 3),
     * "Entering Extended Passive Mode (|||6446|)": at the first "(" followed
     * three times by a delimiter (any character from '!' to '~'), then one to
     * five digits up to the next delimiter, at most 65535, then ")". The host
     * is the control connection's peer.
     *
     * @param text the reply's text
     * @return the port, or empty when the text has none
     */
    public static OptionalInt parseExtendedPassivePort(String text) {
        for (int i = 0; i + 4 < text.length(); i++) {
            char d = text.charAt(i + 1);
            if (text.charAt(i) != '('
                    || d < 33
                    || d > 126
                    || text.charAt(i + 2) != d
                    || text.charAt(i + 3) != d) {
                continue;
            }
            int j = text.indexOf(d, i + 4);
            if (j < 0 || j + 1 >= text.length() || text.charAt(j + 1) != ')') {
                continue;
            }
            int port = portNumber(text.substring(i + 4, j));
            if (port >= 0) {
                return OptionalInt.of(port);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Reads the address of a 228 reply's text (RFC 1639 section 3): for each
     * "(", left to right, what lies between it and the next ")" read as an
     * LPRT argument ({@link #parseLprtArgument(String)}); the first that is
     * one gives the address.
     *
     * @param text the reply's text
     * @return the address, or null when the text has none
     */
    public static InetSocketAddress parseLongPassiveAddress(String text) {
        for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
            int j = text.indexOf(')', i + 1);
            if (j < 0) {
                return null;
            }
            InetSocketAddress a = parseLprtArgument(text.substring(i + 1, j));
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /**
     * Writes the argument of PORT (RFC 959 section 5.3.2),
     * "h1,h2,h3,h4,p1,p2", in decimal.
     *
     * @param address the address: IPv4, or IPv4-mapped IPv6
     * @return the argument
     * @throws WireException ({@link WireException.Kind#NOT_IPV4}) for an IPv6
     *     address, which PORT cannot carry: use EPRT
     * @throws IllegalArgumentException for an unresolved address
     */
    public static String formatPortArgument(InetSocketAddress address) {
        byte[] b = unmapped(resolved(address)).getAddress();
        if (b.length != 4) {
            throw new WireException(WireException.Kind.NOT_IPV4,
                    "PORT carries only IPv4 addresses, not "
                            + address.getAddress().getHostAddress()
                            + "; use EPRT");
        }
        int port = address.getPort();
        return (b[0] & 0xFF) + "," + (b[1] & 0xFF) + "," + (b[2] & 0xFF) + "," + (b[3] & 0xFF)
                + "," + (port >> 8) + "," + (port & 0xFF);
    }

    /**
     * Reads the argument of PORT: all of it six numbers from 0 to 255,
     * separated by commas.
     *
     * @param argument the argument
     * @return the address, or null when it is not one
     */
    public static InetSocketAddress parsePortArgument(String argument) {
        int[] n = byteNumbers(argument);
        if (n == null || n.length != 6) {
            return null;
        }
        return socket(
                new byte[] {(byte) n[0], (byte) n[1], (byte) n[2], (byte) n[3]}, n[4] << 8 | n[5]);
    }

    /**
     * Writes the argument of EPRT (RFC 2428 section 2) with the delimiter
     * "|": "|1|a.b.c.d|port|" for IPv4 (an IPv4-mapped IPv6 address
     * included), "|2|text|port|" for IPv6, the text in RFC 5952's canonical
     * form (section 4).
     *
     * @param address the address
     * @return the argument
     * @throws IllegalArgumentException for an unresolved address
     */
    public static String formatEprtArgument(InetSocketAddress address) {
        InetAddress a = unmapped(resolved(address));
        if (a instanceof Inet4Address) {
            return "|1|" + a.getHostAddress() + "|" + address.getPort() + "|";
        }
        return "|2|" + ipv6Text(a.getAddress()) + "|" + address.getPort() + "|";
    }

    /**
     * Reads the argument of EPRT: a delimiter d (any character from '!' to
     * '~'), then the network protocol, the address and the port, each
     * followed by d and none holding it, and nothing after the last d.
     * Protocol "1" takes a dotted-quad IPv4 address without leading zeros,
     * "2" an IPv6 address as RFC 4291 (section 2.2) writes it; the port is
     * one to five digits, at most 65535.
     *
     * @param argument the argument
     * @return the address, or null when it is not one
     */
    public static InetSocketAddress parseEprtArgument(String argument) {
        if (argument.isEmpty() || argument.charAt(0) < 33 || argument.charAt(0) > 126) {
            return null;
        }
        List<String> f = split(argument.substring(1), argument.charAt(0));
        if (f.size() != 4 || !f.get(3).isEmpty()) {
            return null;
        }
        byte[] address;
        switch (f.get(0)) {
            case "1":
                address = parseIpv4(f.get(1));
                break;
            case "2":
                address = parseIpv6(f.get(1));
                break;
            default:
                return null;
        }
        int port = portNumber(f.get(2));
        if (address == null || port < 0) {
            return null;
        }
        return socket(address, port);
    }

    /**
     * Writes the argument of LPRT (RFC 1639 section 2),
     * "4,4,h1,...,h4,2,p1,p2" for IPv4 (an IPv4-mapped IPv6 address
     * included), "6,16,h1,...,h16,2,p1,p2" for IPv6, in decimal.
     *
     * @param address the address
     * @return the argument
     * @throws IllegalArgumentException for an unresolved address
     */
    public static String formatLprtArgument(InetSocketAddress address) {
        byte[] b = unmapped(resolved(address)).getAddress();
        StringBuilder out = new StringBuilder(b.length == 4 ? "4,4" : "6,16");
        for (byte x : b) {
            out.append(',').append(x & 0xFF);
        }
        int port = address.getPort();
        return out.append(",2,").append(port >> 8).append(',').append(port & 0xFF).toString();
    }

    /**
     * Reads the argument of LPRT: all of it numbers from 0 to 255 separated
     * by commas: the address family (4 or 6, the IP version), the address
     * length (4 or 16), the address, the port length (2) and the port.
     *
     * @param argument the argument
     * @return the address, or null when it is not one
     */
    public static InetSocketAddress parseLprtArgument(String argument) {
        int[] n = byteNumbers(argument);
        if (n == null || n.length < 2) {
            return null;
        }
        int family = n[0];
        int length = n[1];
        if (!(family == 4 && length == 4 || family == 6 && length == 16)
                || n.length != 2 + length + 3
                || n[2 + length] != 2) {
            return null;
        }
        byte[] address = new byte[length];
        for (int i = 0; i < length; i++) {
            address[i] = (byte) n[2 + i];
        }
        return socket(address, n[3 + length] << 8 | n[4 + length]);
    }

    private static boolean digit(char c) {
        return '0' <= c && c <= '9';
    }

    /**
     * Reads a number of RFC 959's host-port: one or more ASCII digits,
     * leading zeros allowed, at most 255; -1 when s is not one. RFC 959
     * writes "any decimal integer 1 through 255", but 0 is read, as every
     * server and client does: 10.0.0.1 and ports below 256 need it.
     */
    private static int byteNumber(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!digit(s.charAt(i))) {
                return -1;
            }
            n = n * 10 + s.charAt(i) - '0';
            if (n > 255) {
                return -1;
            }
        }
        return n;
    }

    /** Reads all of s as byte numbers separated by commas, or null. */
    private static int[] byteNumbers(String s) {
        List<String> fields = split(s, ',');
        int[] out = new int[fields.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byteNumber(fields.get(i));
            if (out[i] < 0) {
                return null;
            }
        }
        return out;
    }

    /** Reads a TCP port: one to five ASCII digits, at most 65535; -1 when s is not one. */
    private static int portNumber(String s) {
        if (s.isEmpty() || s.length() > 5) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!digit(s.charAt(i))) {
                return -1;
            }
        }
        int n = Integer.parseInt(s);
        return n > 65535 ? -1 : n;
    }

    /** Splits s at every c, keeping empty pieces. */
    private static List<String> split(String s, char c) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, from)) {
            out.add(s.substring(from, i));
            from = i + 1;
        }
        out.add(s.substring(from));
        return out;
    }

    /**
     * Reads a dotted-quad IPv4 address: four parts, each "0" or a digit 1 to
     * 9 followed by at most two digits, at most 255; null when s is not one.
     * Leading zeros are refused: inet_aton reads them as octal.
     */
    private static byte[] parseIpv4(String s) {
        List<String> parts = split(s, '.');
        if (parts.size() != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts.get(i);
            int n = byteNumber(p);
            if (p.length() > 3 || p.length() > 1 && p.charAt(0) == '0' || n < 0) {
                return null;
            }
            out[i] = (byte) n;
        }
        return out;
    }

    /**
     * Reads an IPv6 address as RFC 4291 (section 2.2) writes it: groups of
     * one to four hexadecimal digits in either case, separated by ":"; "::"
     * at most once, for one or more groups of zeros; eight groups without it,
     * at most seven with it; the last two groups may be a dotted quad. No
     * zone, no brackets. Null when s is not one.
     */
    private static byte[] parseIpv6(String s) {
        int cut = s.indexOf("::");
        boolean compressed = cut >= 0;
        String head = compressed ? s.substring(0, cut) : "";
        String tail = compressed ? s.substring(cut + 2) : s;
        if (tail.contains("::")) {
            return null;
        }
        List<Integer> h = groups(head, false);
        List<Integer> t = groups(tail, true);
        if (h == null || t == null) {
            return null;
        }
        int n = h.size() + t.size();
        if (compressed ? n > 7 : n != 8) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < h.size(); i++) {
            out[2 * i] = (byte) (h.get(i) >> 8);
            out[2 * i + 1] = (byte) (int) h.get(i);
        }
        for (int i = 0; i < t.size(); i++) {
            int k = 8 - t.size() + i;
            out[2 * k] = (byte) (t.get(i) >> 8);
            out[2 * k + 1] = (byte) (int) t.get(i);
        }
        return out;
    }

    /**
     * Reads groups separated by single colons as 16-bit words; the last may
     * be a dotted quad, two words, when dottedLast. The empty string is no
     * words; null when s is not groups.
     */
    private static List<Integer> groups(String s, boolean dottedLast) {
        List<Integer> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        List<String> parts = split(s, ':');
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (dottedLast && i == parts.size() - 1 && p.indexOf('.') >= 0) {
                byte[] v4 = parseIpv4(p);
                if (v4 == null) {
                    return null;
                }
                out.add((v4[0] & 0xFF) << 8 | v4[1] & 0xFF);
                out.add((v4[2] & 0xFF) << 8 | v4[3] & 0xFF);
                return out;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                int x = Character.digit(p.charAt(j), 16);
                if (x < 0 || p.charAt(j) > 'f') {
                    return null;
                }
                v = v << 4 | x;
            }
            out.add(v);
        }
        return out;
    }

    /**
     * Writes an IPv6 address in RFC 5952's canonical text form (section 4):
     * lower-case hexadecimal groups without leading zeros, the longest run of
     * two or more zero groups (the first, on a tie) written "::", never the
     * dotted form.
     */
    private static String ipv6Text(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = (b[2 * i] & 0xFF) << 8 | b[2 * i + 1] & 0xFF;
        }
        int best = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                best = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (best < 0) {
            return hex(g, 0, 8);
        }
        return hex(g, 0, best) + "::" + hex(g, best + bestLength, 8);
    }

    private static String hex(int[] g, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }

    private static InetAddress resolved(InetSocketAddress address) {
        if (address.getAddress() == null) {
            throw new IllegalArgumentException("the address " + address + " is unresolved");
        }
        return address.getAddress();
    }

    /**
     * Returns the IPv4 address an IPv4-mapped IPv6 address stands for, or
     * the address itself.
     */
    private static InetAddress unmapped(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length != 16) {
            return a;
        }
        for (int i = 0; i < 12; i++) {
            if (b[i] != (i < 10 ? 0 : (byte) 0xFF)) {
                return a;
            }
        }
        return address(new byte[] {b[12], b[13], b[14], b[15]});
    }

    /** Returns the address of 4 or 16 bytes, an IPv4-mapped one as IPv4. */
    private static InetAddress address(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address of " + b.length + " bytes", e);
        }
    }

    private static InetSocketAddress socket(byte[] address, int port) {
        return socket(address(address), port);
    }

    private static InetSocketAddress socket(InetAddress address, int port) {
        return new InetSocketAddress(address, port);
    }
}
