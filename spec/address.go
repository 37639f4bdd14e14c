package spec

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
)

// This file defines the data-connection addresses as every language's
// generated code reads and writes them: the host and port of a 227 reply
// (RFC 959), the port of a 229 (RFC 2428 section 3), the long address of
// a 228 (RFC 1639 section 3), and the arguments of PORT (RFC 959 section
// 5.3.2), EPRT (RFC 2428 section 2) and LPRT (RFC 1639 section 2).
//
// Wherever an address is read or written, an IPv4-mapped IPv6 address
// (::ffff:a.b.c.d, RFC 4291 section 2.5.5.2) stands for its IPv4 address:
// it is given, and written, as that IPv4 address.

// ErrNotIPv4 is returned by FormatPortArgument for an IPv6 address, which
// PORT cannot carry (use EPRT).
var ErrNotIPv4 = errors.New("not-ipv4")

// byteNumber reads a decimal number of RFC 959 section 5.3.2's host-port
// (and RFC 1639's long-host-port): one or more ASCII digits, leading zeros
// allowed, at most 255. RFC 959 writes "any decimal integer 1 through
// 255", but 0 is accepted, as every server and client does: 10.0.0.1 and
// ports below 256 need it.
func byteNumber(s string) (byte, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
		if n > 255 {
			return 0, false
		}
	}
	return byte(n), true
}

// byteNumbers reads s, all of it, as comma-separated byteNumbers.
func byteNumbers(s string) ([]byte, bool) {
	fields := strings.Split(s, ",")
	out := make([]byte, len(fields))
	for i, f := range fields {
		n, ok := byteNumber(f)
		if !ok {
			return nil, false
		}
		out[i] = n
	}
	return out, true
}

// ParsePassiveAddress reads the address of a 227 reply's text: at the
// first place, left to right, that is not right after a digit and where
// six byteNumbers follow, separated by commas, each a maximal run of
// digits. This is what the 227 template's lenient parse finds. The host is
// the first four, the port the fifth times 256 plus the sixth.
//
// A client should usually not connect to that host but to the control
// connection's peer (PassivePeerAddress): a server behind NAT announces
// its private address.
func ParsePassiveAddress(text string) (netip.AddrPort, bool) {
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || (i > 0 && isDigit(text[i-1])) {
			continue
		}
		var n [6]byte
		j, ok := i, true
		for k := 0; k < 6 && ok; k++ {
			if k > 0 {
				if j >= len(text) || text[j] != ',' {
					ok = false
					break
				}
				j++
			}
			start := j
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			n[k], ok = byteNumber(text[start:j])
		}
		if ok {
			return netip.AddrPortFrom(netip.AddrFrom4([4]byte{n[0], n[1], n[2], n[3]}), uint16(n[4])<<8|uint16(n[5])), true
		}
	}
	return netip.AddrPort{}, false
}

// PassivePeerAddress returns where a client should open the data
// connection after a 227: the port the reply gives, at the control
// connection's peer address, not at the host the reply names. Servers
// behind NAT announce their private address in 227; RFC 2428 section 3
// makes the peer the data address for EPSV for the same reason. false
// when the text has no 227 address.
func PassivePeerAddress(text string, peer netip.Addr) (netip.AddrPort, bool) {
	ap, ok := ParsePassiveAddress(text)
	if !ok {
		return netip.AddrPort{}, false
	}
	return netip.AddrPortFrom(peer.Unmap(), ap.Port()), true
}

// ParseExtendedPassivePort reads the port of a 229 reply's text (RFC 2428
// section 3, "(<d><d><d><tcp-port><d>)"): at the first "(" followed by a
// delimiter d, any byte from 33 to 126, three times; then the port, the
// bytes up to the next d, one to five ASCII digits, at most 65535; then d
// and ")".
func ParseExtendedPassivePort(text string) (uint16, bool) {
	for i := 0; i+4 < len(text); i++ {
		d := text[i+1]
		if text[i] != '(' || d < 33 || d > 126 || text[i+2] != d || text[i+3] != d {
			continue
		}
		j := strings.IndexByte(text[i+4:], d)
		if j < 0 {
			continue
		}
		j += i + 4
		if j+1 >= len(text) || text[j+1] != ')' {
			continue
		}
		if port, ok := portNumber(text[i+4 : j]); ok {
			return port, true
		}
	}
	return 0, false
}

// portNumber reads a TCP port: one to five ASCII digits, leading zeros
// allowed, at most 65535.
func portNumber(s string) (uint16, bool) {
	if len(s) < 1 || len(s) > 5 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || n > 65535 {
		return 0, false
	}
	return uint16(n), true
}

// ParseLongPassiveAddress reads the address of a 228 reply's text (RFC
// 1639 section 3): for each "(", left to right, the bytes up to the next
// ")" are tried as an LPRT argument (ParseLprtArgument); the first that is
// one gives the address.
func ParseLongPassiveAddress(text string) (netip.AddrPort, bool) {
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		j := strings.IndexByte(text[i+1:], ')')
		if j < 0 {
			break
		}
		if ap, ok := ParseLprtArgument(text[i+1 : i+1+j]); ok {
			return ap, true
		}
	}
	return netip.AddrPort{}, false
}

// FormatPortArgument writes the argument of PORT (RFC 959 section 5.3.2):
// "h1,h2,h3,h4,p1,p2" in decimal. An IPv6 address is refused
// (ErrNotIPv4).
func FormatPortArgument(ap netip.AddrPort) (string, error) {
	a := ap.Addr().Unmap()
	if !a.Is4() {
		return "", fmt.Errorf("%w: PORT carries only IPv4 addresses, not %s; use EPRT", ErrNotIPv4, a)
	}
	b := a.As4()
	return fmt.Sprintf("%d,%d,%d,%d,%d,%d", b[0], b[1], b[2], b[3], ap.Port()>>8, ap.Port()&0xff), nil
}

// ParsePortArgument reads the argument of PORT: all of it six
// byteNumbers, separated by commas.
func ParsePortArgument(arg string) (netip.AddrPort, bool) {
	n, ok := byteNumbers(arg)
	if !ok || len(n) != 6 {
		return netip.AddrPort{}, false
	}
	return netip.AddrPortFrom(netip.AddrFrom4([4]byte(n[:4])), uint16(n[4])<<8|uint16(n[5])), true
}

// FormatEprtArgument writes the argument of EPRT (RFC 2428 section 2) with
// the delimiter "|": "|1|a.b.c.d|port|" for IPv4, "|2|text|port|" for IPv6,
// the text as FormatIPv6 writes it.
func FormatEprtArgument(ap netip.AddrPort) string {
	a := ap.Addr().Unmap()
	if a.Is4() {
		return fmt.Sprintf("|1|%s|%d|", a, ap.Port())
	}
	return fmt.Sprintf("|2|%s|%d|", FormatIPv6(a.As16()), ap.Port())
}

// ParseEprtArgument reads the argument of EPRT: a delimiter d, any byte
// from 33 to 126, then the network protocol, the address and the port,
// each followed by d, none holding d, and nothing after the last d.
// Protocol "1" takes an IPv4 address (ParseIPv4), "2" an IPv6 address
// (ParseIPv6); the port is one to five digits, at most 65535.
func ParseEprtArgument(arg string) (netip.AddrPort, bool) {
	if len(arg) < 1 || arg[0] < 33 || arg[0] > 126 {
		return netip.AddrPort{}, false
	}
	f := strings.Split(arg[1:], arg[:1])
	if len(f) != 4 || f[3] != "" {
		return netip.AddrPort{}, false
	}
	var a netip.Addr
	switch f[0] {
	case "1":
		b, ok := ParseIPv4(f[1])
		if !ok {
			return netip.AddrPort{}, false
		}
		a = netip.AddrFrom4(b)
	case "2":
		b, ok := ParseIPv6(f[1])
		if !ok {
			return netip.AddrPort{}, false
		}
		a = netip.AddrFrom16(b).Unmap()
	default:
		return netip.AddrPort{}, false
	}
	port, ok := portNumber(f[2])
	if !ok {
		return netip.AddrPort{}, false
	}
	return netip.AddrPortFrom(a, port), true
}

// FormatLprtArgument writes the argument of LPRT (RFC 1639 section 2):
// "4,4,h1,h2,h3,h4,2,p1,p2" for IPv4, "6,16,h1,...,h16,2,p1,p2" for IPv6;
// the address family is the IP version number.
func FormatLprtArgument(ap netip.AddrPort) string {
	a := ap.Addr().Unmap()
	var parts []string
	if a.Is4() {
		parts = append(parts, "4", "4")
	} else {
		parts = append(parts, "6", "16")
	}
	for _, b := range a.AsSlice() {
		parts = append(parts, strconv.Itoa(int(b)))
	}
	parts = append(parts, "2", strconv.Itoa(int(ap.Port()>>8)), strconv.Itoa(int(ap.Port()&0xff)))
	return strings.Join(parts, ",")
}

// ParseLprtArgument reads the argument of LPRT: all of it byteNumbers,
// separated by commas: the address family af, the address length hal, hal
// address bytes, the port length pal, pal port bytes. (af, hal) must be
// (4, 4) or (6, 16), and pal 2.
func ParseLprtArgument(arg string) (netip.AddrPort, bool) {
	n, ok := byteNumbers(arg)
	if !ok || len(n) < 2 {
		return netip.AddrPort{}, false
	}
	af, hal := n[0], int(n[1])
	if !(af == 4 && hal == 4 || af == 6 && hal == 16) || len(n) != 2+hal+1+2 || n[2+hal] != 2 {
		return netip.AddrPort{}, false
	}
	a, _ := netip.AddrFromSlice(n[2 : 2+hal])
	return netip.AddrPortFrom(a.Unmap(), uint16(n[3+hal])<<8|uint16(n[4+hal])), true
}

// ParseIPv4 reads a dotted-quad IPv4 address: four decimal parts separated
// by ".", each "0" or a digit 1 to 9 followed by at most two digits, at
// most 255. Leading zeros are refused: inet_aton reads them as octal.
func ParseIPv4(s string) ([4]byte, bool) {
	var out [4]byte
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return out, false
	}
	for i, p := range parts {
		if p == "" || len(p) > 3 || (len(p) > 1 && p[0] == '0') {
			return out, false
		}
		n, ok := byteNumber(p)
		if !ok {
			return out, false
		}
		out[i] = n
	}
	return out, true
}

// ParseIPv6 reads an IPv6 address in a text form of RFC 4291 section 2.2:
// groups of one to four hexadecimal digits, in either case, separated by
// ":"; "::" at most once, for one or more groups of zeros; eight groups
// without it, at most seven with it; the last two groups may be written as
// a dotted-quad IPv4 address (ParseIPv4). No zone, no brackets.
func ParseIPv6(s string) ([16]byte, bool) {
	var out [16]byte
	head, tail, compressed := strings.Cut(s, "::")
	if !compressed {
		head, tail = "", s
	} else if strings.Contains(tail, "::") {
		return out, false
	}
	hw, ok1 := ipv6Words(head, false)
	tw, ok2 := ipv6Words(tail, true)
	n := len(hw) + len(tw)
	if !ok1 || !ok2 || compressed && n > 7 || !compressed && n != 8 {
		return out, false
	}
	words := append(hw, make([]uint16, 8-n)...)
	words = append(words, tw...)
	for i, w := range words {
		out[2*i], out[2*i+1] = byte(w>>8), byte(w)
	}
	return out, true
}

// ipv6Words reads s, groups separated by single colons, as 16-bit words;
// the last group may be a dotted quad, two words, when dottedLast. The
// empty string is no words.
func ipv6Words(s string, dottedLast bool) ([]uint16, bool) {
	if s == "" {
		return nil, true
	}
	parts := strings.Split(s, ":")
	var out []uint16
	for i, p := range parts {
		if dottedLast && i == len(parts)-1 && strings.Contains(p, ".") {
			v4, ok := ParseIPv4(p)
			if !ok {
				return nil, false
			}
			return append(out, uint16(v4[0])<<8|uint16(v4[1]), uint16(v4[2])<<8|uint16(v4[3])), true
		}
		if len(p) < 1 || len(p) > 4 {
			return nil, false
		}
		v := uint16(0)
		for j := 0; j < len(p); j++ {
			c := p[j]
			switch {
			case isDigit(c):
				v = v<<4 | uint16(c-'0')
			case 'a' <= c && c <= 'f':
				v = v<<4 | uint16(c-'a'+10)
			case 'A' <= c && c <= 'F':
				v = v<<4 | uint16(c-'A'+10)
			default:
				return nil, false
			}
		}
		out = append(out, v)
	}
	return out, true
}

// FormatIPv6 writes an IPv6 address in RFC 5952 section 4's canonical
// text form: lower-case hexadecimal groups without leading zeros, the
// longest run of two or more zero groups (the first, on a tie) written
// "::", never the dotted form.
func FormatIPv6(b [16]byte) string {
	var g [8]int
	for i := range g {
		g[i] = int(b[2*i])<<8 | int(b[2*i+1])
	}
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if g[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && g[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	hex := func(gs []int) string {
		parts := make([]string, len(gs))
		for i, v := range gs {
			parts[i] = strconv.FormatInt(int64(v), 16)
		}
		return strings.Join(parts, ":")
	}
	if best < 0 {
		return hex(g[:])
	}
	return hex(g[:best]) + "::" + hex(g[best+bestLen:])
}
