// Package client is the table-independent Go code of the client's half of
// the wire (issue 18): commands on the wire, the addresses of the data
// connection, FEAT and OPTS, and MLSx entries. It is real Go, compiled,
// vetted and tested here as ordinary code; the Go generator splices the
// declarations of this file, client.go, into the generated package, beside
// the table-dependent part it renders (client_render.go): each command's
// Argument, the facts and the typed accessors of Entry. table.go stands in
// for that part and for the names of the rest of the package used here, so
// that this package builds; it is not spliced.
//
// Every rule here is spec's (spec/command_line.go, address.go, feat.go,
// facts.go), which the tests compare it with on conformance.ClientVectors.
package client

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// Argument says whether a command takes an argument, as its syntax shows
// (RFC 959, section 5.3: "Square brackets denote an optional argument
// field"); see [Command.Argument].
type Argument int

// The arguments a command may take.
const (
	// ArgumentNone is a command that takes no argument: "PWD <CRLF>".
	ArgumentNone Argument = iota + 1

	// ArgumentOptional is a command whose argument may be left out:
	// "LIST [<SP> <pathname>] <CRLF>".
	ArgumentOptional

	// ArgumentRequired is a command that needs an argument: "RETR <SP>
	// <pathname> <CRLF>".
	ArgumentRequired
)

// String returns "none", "optional" or "required".
func (a Argument) String() string {
	switch a {
	case ArgumentNone:
		return "none"
	case ArgumentOptional:
		return "optional"
	case ArgumentRequired:
		return "required"
	}
	return "Argument(" + strconv.Itoa(int(a)) + ")"
}

// The errors of [FormatCommand]; each error it returns wraps one of them
// and [ErrBadValue].
var (
	// ErrUnknownCommand is a verb that is no command of the table.
	ErrUnknownCommand = errors.New("ftpcodes: not a command of the table")

	// ErrMissingArgument is no argument for a command that requires one.
	ErrMissingArgument = errors.New("ftpcodes: the command needs an argument")

	// ErrUnexpectedArgument is an argument for a command that takes none.
	ErrUnexpectedArgument = errors.New("ftpcodes: the command takes no argument")

	// ErrBadArgument is an argument that is empty or holds CR, LF or NUL,
	// which would end the command line early; [FormatOptsArgument] returns
	// it too.
	ErrBadArgument = errors.New("ftpcodes: an argument is empty or holds CR, LF or NUL")

	// ErrCommandTooLong is a command line longer than 8192 bytes without
	// its CRLF; [ParseCommand] returns it too.
	ErrCommandTooLong = errors.New("ftpcodes: a command line longer than " +
		strconv.Itoa(maxCommandBytes) + " bytes")
)

// ErrNotCommand is wrapped by every error that [ParseCommand] returns, with
// [ErrCommandTooLong] or [ErrBadCharacter].
var ErrNotCommand = errors.New("ftpcodes: not a command line")

// ErrBadCharacter says that a command line holds CR, LF or NUL.
var ErrBadCharacter = errors.New("ftpcodes: a command line holds CR, LF or NUL")

// maxCommandBytes is the longest command line, without its CRLF: the limit
// of a reply line.
const maxCommandBytes = 8192

// FormatCommand writes a command line for the wire: the verb of c (its
// canonical verb, also when c is an alias or in lower case), each argument
// after one space, and CRLF. The errors, checked in this order, wrap
// [ErrBadValue] and:
//   - [ErrUnknownCommand] for a verb that is no command of the table;
//   - [ErrMissingArgument] when c requires an argument and there is none;
//   - [ErrUnexpectedArgument] when c takes none and there is one;
//   - [ErrBadArgument] for an argument that is empty or holds CR, LF or
//     NUL: a file name "x\r\nDELE y" cannot smuggle a second command in;
//   - [ErrCommandTooLong] for a line longer than 8192 bytes without CRLF.
//
// Arguments are written as they are; a pathname may hold spaces.
func FormatCommand(c Command, args ...string) (string, error) {
	info, ok := LookupCommand(string(c))
	if !ok {
		return "", fmt.Errorf("%w: %w: %q", ErrBadValue, ErrUnknownCommand, string(c))
	}
	switch a := info.Verb.Argument(); {
	case len(args) == 0 && a == ArgumentRequired:
		return "", fmt.Errorf("%w: %w: %s", ErrBadValue, ErrMissingArgument, info.Verb)
	case len(args) > 0 && a == ArgumentNone:
		return "", fmt.Errorf("%w: %w: %s", ErrBadValue, ErrUnexpectedArgument, info.Verb)
	}
	var b strings.Builder
	b.WriteString(string(info.Verb))
	for i, arg := range args {
		if arg == "" || strings.ContainsAny(arg, "\r\n\x00") {
			return "", fmt.Errorf("%w: %w: argument %d of %s",
				ErrBadValue, ErrBadArgument, i+1, info.Verb)
		}
		b.WriteString(" ")
		b.WriteString(arg)
	}
	if b.Len() > maxCommandBytes {
		return "", fmt.Errorf("%w: %w: %d bytes", ErrBadValue, ErrCommandTooLong, b.Len())
	}
	b.WriteString("\r\n")
	return b.String(), nil
}

// CommandLine is a command line as a server reads it: see [ParseCommand].
type CommandLine struct {
	Command  Command // the table's command, its canonical verb; "" for a verb the table lacks
	Verb     string  // the verb as written, before the first space
	Argument string  // everything after the first space, as written; "" without one
}

// ParseCommand reads a command line, as a server does. A final LF is
// dropped, and one CR before it. The rest must be at most 8192 bytes
// ([ErrCommandTooLong]) and hold no CR, LF or NUL ([ErrBadCharacter]);
// both errors wrap [ErrNotCommand]. The verb is what comes before the first
// space, the argument everything after it: further spaces are part of the
// argument (RFC 3659, section 2.2), so "RETR  x" names " x". The verb is
// looked up as [LookupCommand] does, an alias finding its command; a verb
// the table lacks is no error, but a CommandLine whose Command is "", to
// answer with 500. Whether the argument agrees with the command's
// [Command.Argument] is the server's to check.
func ParseCommand(line string) (CommandLine, error) {
	if l, ok := strings.CutSuffix(line, "\n"); ok {
		line = strings.TrimSuffix(l, "\r")
	}
	if len(line) > maxCommandBytes {
		return CommandLine{}, fmt.Errorf("%w: %w: %d bytes",
			ErrNotCommand, ErrCommandTooLong, len(line))
	}
	if strings.ContainsAny(line, "\r\n\x00") {
		return CommandLine{}, fmt.Errorf("%w: %w", ErrNotCommand, ErrBadCharacter)
	}
	verb, arg, _ := strings.Cut(line, " ")
	cl := CommandLine{Verb: verb, Argument: arg}
	if info, ok := LookupCommand(verb); ok {
		cl.Command = info.Verb
	}
	return cl, nil
}

// ParsePassiveAddress reads the address of a 227 reply's text (RFC 959,
// section 4.2.2): at the first place, left to right and not right after a
// digit, where six numbers follow, separated by commas, each a run of
// digits (leading zeros allowed) of at most 255: "Entering Passive Mode
// (192,168,1,2,19,137)." gives 192.168.1.2:5001, the port being the fifth
// number times 256 plus the sixth.
//
// A client should usually not connect to that address. A server behind NAT
// announces its private address, which the client cannot reach, and a
// hostile server can name a third host: connect to the control
// connection's peer instead, with the port of the reply, as
// [PassivePeerAddress] gives it, and as curl (--ftp-skip-pasv-ip) and
// Python's ftplib do by default. RFC 2428's EPSV takes that course by
// design: its 229 reply carries the port alone.
func ParsePassiveAddress(text string) (netip.AddrPort, bool) {
	for i := 0; i < len(text); i++ {
		if !isASCIIDigit(text[i]) || i > 0 && isASCIIDigit(text[i-1]) {
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
			for j < len(text) && isASCIIDigit(text[j]) {
				j++
			}
			n[k], ok = byteNumber(text[start:j])
		}
		if ok {
			port := uint16(n[4])<<8 | uint16(n[5])
			return netip.AddrPortFrom(netip.AddrFrom4([4]byte(n[:4])), port), true
		}
	}
	return netip.AddrPort{}, false
}

// PassivePeerAddress returns where to open the data connection after a
// 227 reply: the port the reply's text gives, at peer, the address of the
// control connection's peer (an IPv4-mapped address given as IPv4), not
// at the address the reply names; see [ParsePassiveAddress] for why. It
// reports false when the text holds no address.
func PassivePeerAddress(text string, peer netip.Addr) (netip.AddrPort, bool) {
	ap, ok := ParsePassiveAddress(text)
	if !ok {
		return netip.AddrPort{}, false
	}
	return netip.AddrPortFrom(peer.Unmap(), ap.Port()), true
}

// ParseExtendedPassivePort reads the port of a 229 reply's text (RFC 2428,
// section 3): "Entering Extended Passive Mode (|||6446|)" gives 6446. It
// takes the first "(" followed three times by a delimiter, any ASCII
// character from 33 to 126, then the port, the text up to the next
// delimiter, one to five digits of at most 65535, then the delimiter and
// ")". The host is the control connection's peer.
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
		if j+1 < len(text) && text[j+1] == ')' {
			if port, ok := portNumber(text[i+4 : j]); ok {
				return port, true
			}
		}
	}
	return 0, false
}

// ParseLongPassiveAddress reads the address of a 228 reply's text (RFC
// 1639, section 3): for each "(", left to right, the text up to the next
// ")" is read as an LPRT argument ([ParseLprtArgument]); the first that
// is one gives the address and port.
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

// ErrNotIPv4 says that PORT cannot carry an IPv6 address; EPRT can. It
// wraps [ErrBadValue].
var ErrNotIPv4 = wrap(ErrBadValue, "PORT carries only IPv4 addresses")

// FormatPortArgument writes the argument of PORT (RFC 959, section 5.3.2),
// "h1,h2,h3,h4,p1,p2": 127.0.0.1:5001 is "127,0,0,1,19,137". An
// IPv4-mapped IPv6 address is written as its IPv4 address; any other IPv6
// address is refused with [ErrNotIPv4].
func FormatPortArgument(ap netip.AddrPort) (string, error) {
	a := ap.Addr().Unmap()
	if !a.Is4() {
		return "", fmt.Errorf("%w: %s", ErrNotIPv4, a)
	}
	b := a.As4()
	p := ap.Port()
	return fmt.Sprintf("%d,%d,%d,%d,%d,%d", b[0], b[1], b[2], b[3], p>>8, p&0xff), nil
}

// ParsePortArgument reads the argument of PORT: six numbers of at most
// 255 separated by commas, all of it. RFC 959 allows 1 to 255; 0 is read
// too, as 10.0.0.1 and ports below 256 need it.
func ParsePortArgument(arg string) (netip.AddrPort, bool) {
	n, ok := byteNumbers(arg)
	if !ok || len(n) != 6 {
		return netip.AddrPort{}, false
	}
	port := uint16(n[4])<<8 | uint16(n[5])
	return netip.AddrPortFrom(netip.AddrFrom4([4]byte(n[:4])), port), true
}

// FormatEprtArgument writes the argument of EPRT (RFC 2428, section 2)
// with the delimiter "|": "|1|132.235.1.2|6275|" for IPv4, or an
// IPv4-mapped address, "|2|1080::8:800:200c:417a|5282|" for IPv6, written
// as RFC 5952 recommends.
func FormatEprtArgument(ap netip.AddrPort) string {
	a := ap.Addr().Unmap().WithZone("")
	family := "2"
	if a.Is4() {
		family = "1"
	}
	return "|" + family + "|" + a.String() + "|" + strconv.Itoa(int(ap.Port())) + "|"
}

// ParseEprtArgument reads the argument of EPRT: a delimiter d, any ASCII
// character from 33 to 126, then the network protocol, the address and
// the port, each followed by d and none holding it, and nothing after the
// last d. Protocol 1 takes a dotted-quad IPv4 address without leading
// zeros (which inet_aton would read as octal), 2 an IPv6 address in a form
// of RFC 4291, section 2.2, without a zone; the port is one to five digits
// of at most 65535. An IPv4-mapped address is given as IPv4.
func ParseEprtArgument(arg string) (netip.AddrPort, bool) {
	if len(arg) < 1 || arg[0] < 33 || arg[0] > 126 {
		return netip.AddrPort{}, false
	}
	f := strings.Split(arg[1:], arg[:1])
	if len(f) != 4 || f[3] != "" || strings.ContainsAny(f[1], "%[]") {
		return netip.AddrPort{}, false
	}
	a, err := netip.ParseAddr(f[1])
	port, ok := portNumber(f[2])
	if err != nil || !ok || !(f[0] == "1" && a.Is4() || f[0] == "2" && a.Is6()) {
		return netip.AddrPort{}, false
	}
	return netip.AddrPortFrom(a.Unmap(), port), true
}

// FormatLprtArgument writes the argument of LPRT (RFC 1639, section 2):
// the address family (the IP version), the address length, the address
// bytes, the port length and the port bytes, in decimal: "4,4,127,0,0,1,2,
// 19,137" for 127.0.0.1:5001, "6,16,..." for IPv6. An IPv4-mapped address
// is written as IPv4.
func FormatLprtArgument(ap netip.AddrPort) string {
	a := ap.Addr().Unmap()
	b := a.AsSlice()
	parts := []string{"4", "4"}
	if a.Is6() {
		parts = []string{"6", "16"}
	}
	for _, x := range b {
		parts = append(parts, strconv.Itoa(int(x)))
	}
	port := ap.Port()
	parts = append(parts, "2", strconv.Itoa(int(port>>8)), strconv.Itoa(int(port&0xff)))
	return strings.Join(parts, ",")
}

// ParseLprtArgument reads the argument of LPRT: numbers of at most 255,
// separated by commas, all of it: address family 4 with length 4 or 6
// with length 16, the address bytes, port length 2 and the two port
// bytes. An IPv4-mapped address is given as IPv4.
func ParseLprtArgument(arg string) (netip.AddrPort, bool) {
	n, ok := byteNumbers(arg)
	if !ok || len(n) < 2 {
		return netip.AddrPort{}, false
	}
	af, hal := n[0], int(n[1])
	if !(af == 4 && hal == 4 || af == 6 && hal == 16) || len(n) != hal+5 || n[hal+2] != 2 {
		return netip.AddrPort{}, false
	}
	a, _ := netip.AddrFromSlice(n[2 : 2+hal])
	return netip.AddrPortFrom(a.Unmap(), uint16(n[hal+3])<<8|uint16(n[hal+4])), true
}

// byteNumber reads one or more ASCII digits, leading zeros allowed, of at
// most 255.
func byteNumber(s string) (byte, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return 0, false
		}
		if n = n*10 + int(s[i]-'0'); n > 255 {
			return 0, false
		}
	}
	return byte(n), true
}

// byteNumbers reads s, all of it, as byteNumbers separated by commas.
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

// portNumber reads one to five ASCII digits of at most 65535.
func portNumber(s string) (uint16, bool) {
	if len(s) < 1 || len(s) > 5 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return uint16(n), n <= 65535
}

// isASCIIDigit reports whether c is an ASCII digit.
func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// Feature is a line of a FEAT reply (RFC 2389, section 3.2): its label,
// its ASCII letters in upper case, and its parameters as written.
type Feature struct {
	Name   string // "MLST", "REST", "UTF8"
	Params string // "size*;modify*;type*;", "STREAM"; "" when there are none
}

// Features are the features of a FEAT reply, in the order of the reply.
type Features []Feature

// Params returns the parameters of the first feature named name, in any
// case, and whether there is one.
func (fs Features) Params(name string) (string, bool) {
	for _, f := range fs {
		if equalFoldASCII(f.Name, name) {
			return f.Params, true
		}
	}
	return "", false
}

// Has reports whether a feature is named name, in any case.
func (fs Features) Has(name string) bool {
	_, ok := fs.Params(name)
	return ok
}

// ParseFeatures reads the features of a FEAT reply from its text, as
// [ReadReply] gives it. A reply of one line (RFC 2389's no-features) has
// none. Otherwise the first and the last line are the reply's own
// ("Extensions supported:", "End"); each line between is trimmed of spaces
// and tabs, skipped when nothing is left, and split at its first space or
// tab into the label, its ASCII letters put in upper case, and the
// parameters, kept as written. RFC 2389 starts each feature line with one
// space; a line without it is read all the same.
func ParseFeatures(text string) Features {
	lines := strings.Split(text, "\n")
	if len(lines) < 3 {
		return nil
	}
	var out Features
	for _, l := range lines[1 : len(lines)-1] {
		l = strings.Trim(l, " \t")
		if l == "" {
			continue
		}
		label, params := l, ""
		if i := strings.IndexAny(l, " \t"); i >= 0 {
			label, params = l[:i], strings.TrimLeft(l[i:], " \t")
		}
		out = append(out, Feature{Name: upperASCII(label), Params: params})
	}
	return out
}

// ErrBadFeature says that [FormatFeatures] cannot write a feature so that
// it reads back the same. It wraps [ErrBadValue].
var ErrBadFeature = wrap(ErrBadValue, "a feature must be a label of visible ASCII and "+
	"parameters of visible ASCII, spaces and tabs, not at either end")

// FormatFeatures writes a FEAT reply for the wire: "211 \r\n" when there is
// no feature, else "211-Extensions supported:", a line for each feature,
// one space, its name and, after another space, its parameters, and "211
// End". A name must be one or more visible ASCII characters, parameters
// visible ASCII, spaces and tabs, neither starting nor ending with a space
// or tab ([ErrBadFeature]).
func FormatFeatures(fs []Feature) (string, error) {
	if len(fs) == 0 {
		return "211 \r\n", nil
	}
	var b strings.Builder
	b.WriteString("211-Extensions supported:\r\n")
	for _, f := range fs {
		if f.Name == "" || !visibleASCII(f.Name) || !parameters(f.Params) {
			return "", fmt.Errorf("%w: %q %q", ErrBadFeature, f.Name, f.Params)
		}
		b.WriteString(" " + f.Name)
		if f.Params != "" {
			b.WriteString(" " + f.Params)
		}
		b.WriteString("\r\n")
	}
	b.WriteString("211 End\r\n")
	return b.String(), nil
}

// FormatOptsArgument writes the argument of OPTS (RFC 2389, section 4):
// the command name, then, when options is not empty, a space and the
// options; pass it to [FormatCommand] with [CommandOpts]. The name must be
// visible ASCII, the options visible ASCII, spaces and tabs, neither
// starting nor ending with a space or tab; else the error wraps
// [ErrBadArgument] and [ErrBadValue].
func FormatOptsArgument(name, options string) (string, error) {
	if name == "" || !visibleASCII(name) || !parameters(options) {
		return "", fmt.Errorf("%w: %w: OPTS %q %q",
			ErrBadValue, ErrBadArgument, name, options)
	}
	if options == "" {
		return name, nil
	}
	return name + " " + options, nil
}

// ParseOptsArgument reads the argument of OPTS: the command name, before
// the first space, its ASCII letters put in upper case, and the options
// after it, as written. It reports false when the name is empty.
func ParseOptsArgument(arg string) (name, options string, ok bool) {
	name, options, _ = strings.Cut(arg, " ")
	if name == "" {
		return "", "", false
	}
	return upperASCII(name), options, true
}

// visibleASCII reports whether s is all VCHAR, 0x21 to 0x7E.
func visibleASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// parameters reports whether s is empty, or TCHAR (VCHAR, space, tab) that
// neither starts nor ends with a space or tab.
func parameters(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < 0x20 || s[i] > 0x7e) && s[i] != '\t' {
			return false
		}
	}
	return strings.Trim(s, " \t") == s
}

// equalFoldASCII reports whether a and b are equal with their ASCII
// letters in either case, as feature and fact names compare (RFC 2389,
// section 3.2; RFC 3659, section 7.5); unlike strings.EqualFold, it does
// not fold "ſ" to "s" or the Kelvin sign to "k".
func equalFoldASCII(a, b string) bool {
	return len(a) == len(b) && upperASCII(a) == upperASCII(b)
}

// upperASCII returns s with its ASCII letters in upper case.
func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// FactKind is the type of a fact's value.
type FactKind int

// The types of facts' values.
const (
	// FactKindUint is decimal digits, at most 2^53-1, as in size.
	FactKindUint FactKind = iota + 1

	// FactKindTime is an RFC 3659 time-val, in UTC, as in modify.
	FactKindTime

	// FactKindString is text, as in type, perm and unique.
	FactKindString
)

// FactInfo is the record of a fact of the table: see [LookupFact].
type FactInfo struct {
	Name        Fact     // as servers write it: "size", "UNIX.mode"
	Kind        FactKind // the type of its value
	Description string
	Status      Status // how standard it is
	RFC         int    // the defining RFC; 0 for a non-standard fact
	Section     string // the section of that RFC; "" for a non-standard fact
}

// LookupFact returns the record of the fact named name, in any case
// (RFC 3659, section 7.5: "Size, size, SIZE, and SiZe are the same
// fact"), and whether the table has it.
func LookupFact(name string) (FactInfo, bool) {
	for _, f := range facts {
		if equalFoldASCII(string(f.Name), name) {
			return f, true
		}
	}
	return FactInfo{}, false
}

// FactValue is a fact of an entry line.
type FactValue struct {
	Name  string // the table's name of a known fact ("size" for "Size"), else as written
	Value string // as written
}

// Known returns the record of the fact, and whether the table has it.
func (f FactValue) Known() (FactInfo, bool) { return LookupFact(f.Name) }

// Uint returns the value of a known fact of kind [FactKindUint]: one or more
// digits, at most 2^53-1.
func (f FactValue) Uint() (uint64, bool) {
	info, ok := f.Known()
	if !ok || info.Kind != FactKindUint ||
		f.Value == "" || strings.Trim(f.Value, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.ParseUint(f.Value, 10, 64)
	return n, err == nil && n <= 1<<53-1
}

// Time returns the value of a known fact of kind [FactKindTime]: a time-val
// (RFC 3659, section 2.3), 14 digits of a valid UTC time in the years 0001
// to 9999, then optionally "." and digits, kept to the nanosecond.
func (f FactValue) Time() (time.Time, bool) {
	info, ok := f.Known()
	if !ok || info.Kind != FactKindTime {
		return time.Time{}, false
	}
	return parseTimeVal(f.Value)
}

// parseTimeVal reads a time-val, all of v.
func parseTimeVal(v string) (time.Time, bool) {
	if len(v) < 14 || strings.Trim(v[:14], "0123456789") != "" {
		return time.Time{}, false
	}
	t, err := time.Parse("20060102150405", v[:14])
	if err != nil || t.Year() < 1 {
		return time.Time{}, false
	}
	frac := v[14:]
	if frac == "" {
		return t, true
	}
	if frac[0] != '.' || len(frac) == 1 || strings.Trim(frac[1:], "0123456789") != "" {
		return time.Time{}, false
	}
	digits := (frac[1:] + "000000000")[:9]
	ns, _ := strconv.Atoi(digits)
	return t.Add(time.Duration(ns)), true
}

// Entry is an entry line of MLST or MLSD (RFC 3659, section 7.2): its
// facts, in the order of the line, and the pathname. The typed accessors,
// such as Size and Modify, read the first fact of their name.
type Entry struct {
	Facts []FactValue
	Path  string
}

// Get returns the value of the entry's first fact named name, in any case.
func (e Entry) Get(name string) (string, bool) {
	f, ok := e.fact(name)
	return f.Value, ok
}

// fact returns the entry's first fact named name, in any case.
func (e Entry) fact(name string) (FactValue, bool) {
	for _, f := range e.Facts {
		if equalFoldASCII(f.Name, name) {
			return f, true
		}
	}
	return FactValue{}, false
}

// ParseEntry reads an entry line: one line of MLSD data without its line
// end, or the middle line of an MLST reply without the one space that
// starts it (RFC 3659, section 7.2). The facts are what comes before the
// first space, each "name=value;"; the path is everything after that
// space, kept whole, spaces and semicolons included (it may be empty, as
// section 7.3.1 allows for MLST). It reports false for a line that holds
// an LF or no space, or whose facts are not each a name, "=", a value and
// ";". A fact the table has takes the table's name; any other keeps its
// name and value as written.
func ParseEntry(line string) (Entry, bool) {
	list, path, ok := strings.Cut(line, " ")
	if !ok || strings.Contains(line, "\n") {
		return Entry{}, false
	}
	e := Entry{Path: path}
	if list == "" {
		return e, true
	}
	body, ok := strings.CutSuffix(list, ";")
	if !ok {
		return Entry{}, false
	}
	for _, f := range strings.Split(body, ";") {
		name, value, ok := strings.Cut(f, "=")
		if !ok || name == "" {
			return Entry{}, false
		}
		if info, ok := LookupFact(name); ok {
			name = string(info.Name)
		}
		e.Facts = append(e.Facts, FactValue{Name: name, Value: value})
	}
	return e, true
}

// The errors of [FormatEntry]; both wrap [ErrBadValue].
var (
	// ErrBadFact is a fact that cannot be written: a name that is not
	// visible ASCII or holds = or ;, a value that holds ;, a space, CR, LF
	// or NUL, or a value not of its fact's kind.
	ErrBadFact = wrap(ErrBadValue, "a fact name must be visible ASCII but = and ;, "+
		"a value hold no ;, space, CR, LF or NUL and be of its fact's kind")

	// ErrBadPath is a path that holds CR, LF or NUL, which could forge a
	// line of the listing or of the reply.
	ErrBadPath = wrap(ErrBadValue, "a path must not hold CR, LF or NUL")
)

// FormatEntry writes an entry line, without its line end: each fact as
// "name=value;", then a space and the path. It refuses ([ErrBadFact]) a
// fact name that is empty or holds anything but visible ASCII other than
// "=" and ";", a value that holds ";", a space, CR, LF or NUL, and a value
// of a known fact not of its type; and ([ErrBadPath]) a path holding CR,
// LF or NUL, which could forge a line of the listing or the reply.
func FormatEntry(e Entry) (string, error) {
	var b strings.Builder
	for _, f := range e.Facts {
		if f.Name == "" || !visibleASCII(f.Name) ||
			strings.ContainsAny(f.Name, "=;") ||
			strings.ContainsAny(f.Value, "; \r\n\x00") {
			return "", fmt.Errorf("%w: %q=%q", ErrBadFact, f.Name, f.Value)
		}
		if info, ok := f.Known(); ok {
			var typed bool
			switch info.Kind {
			case FactKindUint:
				_, typed = f.Uint()
			case FactKindTime:
				_, typed = f.Time()
			default:
				typed = true
			}
			if !typed {
				return "", fmt.Errorf("%w: %s=%q", ErrBadFact, f.Name, f.Value)
			}
		}
		b.WriteString(f.Name + "=" + f.Value + ";")
	}
	if strings.ContainsAny(e.Path, "\r\n\x00") {
		return "", fmt.Errorf("%w: %q", ErrBadPath, e.Path)
	}
	return b.String() + " " + e.Path, nil
}
