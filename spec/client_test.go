package spec

import (
	"errors"
	"net/netip"
	"slices"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes"
)

// load parses the shipped table.
func load(t *testing.T) *Table {
	t.Helper()
	tbl, err := Parse(ftpcodes.TableName, ftpcodes.Table)
	if err != nil {
		t.Fatal(err)
	}
	return tbl
}

func TestArgument(t *testing.T) {
	tbl := load(t)
	want := map[Argument][]string{
		ArgumentNone:     {"ABOR", "CCC", "CDUP", "ESTA", "ESTP", "FEAT", "LPSV", "NOOP", "PASV", "PWD", "QUIT", "REIN", "STOU", "SYST"},
		ArgumentOptional: {"AVBL", "EPSV", "HELP", "LANG", "LIST", "MLSD", "MLST", "NLST", "SSCN", "STAT"},
	}
	for _, c := range tbl.Commands {
		w := ArgumentRequired
		for a, verbs := range want {
			if slices.Contains(verbs, c.Verb) {
				w = a
			}
		}
		if c.Argument != w {
			t.Errorf("%s (%s): Argument %s, want %s", c.Verb, c.Syntax, c.Argument, w)
		}
	}
	for _, c := range []struct {
		verb, syntax string
		want         Argument
	}{
		{"MFF", `mff = "MFF" [ mff-facts ] SP pathname CRLF`, ArgumentRequired},
		{"OPTS", `opts = opts-cmd SP command-name [ SP command-options ] CRLF`, ArgumentRequired},
		{"LANG", `lang-command = "Lang" [(SP lang-tag)] CRLF`, ArgumentOptional},
		{"EPRT", `EPRT<space><d><net-prt><d><net-addr><d><tcp-port><d>`, ArgumentRequired},
		{"ESTA", `ESTA`, ArgumentNone},
		{"FEAT", `feat = "Feat" CRLF`, ArgumentNone},
	} {
		if got, ok := argumentOf(c.verb, c.syntax); !ok || got != c.want {
			t.Errorf("argumentOf(%s, %q) = %s, %v; want %s", c.verb, c.syntax, got, ok, c.want)
		}
	}
	if _, ok := argumentOf("RETR", "STOR <SP> <pathname> <CRLF>"); ok {
		t.Error("argumentOf found RETR in STOR's syntax")
	}
}

func TestFormatCommand(t *testing.T) {
	tbl := load(t)
	for _, c := range []struct {
		verb string
		args []string
		want string
		err  error
	}{
		{"RETR", []string{"a file.txt"}, "RETR a file.txt\r\n", nil},
		{"RETR", []string{"x\r\nDELE x"}, "", ErrBadArgument}, // issue 18's injection
		{"RETR", []string{"x\nDELE x"}, "", ErrBadArgument},
		{"RETR", []string{"x\x00"}, "", ErrBadArgument},
		{"RETR", []string{""}, "", ErrBadArgument},
		{"RETR", nil, "", ErrMissingArgument},
		{"PWD", []string{"/"}, "", ErrUnexpectedArgument},
		{"XPWD", nil, "PWD\r\n", nil},
		{"LIST", nil, "LIST\r\n", nil},
		{"ALLO", []string{"100", "R", "10"}, "ALLO 100 R 10\r\n", nil},
		{"EPSV", nil, "EPSV\r\n", nil},
		{"EPSV", []string{"ALL"}, "EPSV ALL\r\n", nil},
		{"RETR", []string{strings.Repeat("x", MaxLineBytes-5)}, "RETR " + strings.Repeat("x", MaxLineBytes-5) + "\r\n", nil},
		{"RETR", []string{strings.Repeat("x", MaxLineBytes-4)}, "", ErrCommandTooLong},
	} {
		got, err := FormatCommand(tbl.Command(c.verb), c.args...)
		if got != c.want || !errors.Is(err, c.err) || (c.err == nil) != (err == nil) {
			t.Errorf("FormatCommand(%s, %q) = %q, %v; want %q, %v", c.verb, c.args, got, err, c.want, c.err)
		}
	}
}

func TestParseCommand(t *testing.T) {
	tbl := load(t)
	for _, c := range []struct {
		line, verb, arg string
		known           bool
		err             error
	}{
		{"RETR a b\r\n", "RETR", "a b", true, nil},
		{"retr  lead\n", "retr", " lead", true, nil},
		{"xpwd", "xpwd", "", true, nil},
		{"RETR ", "RETR", "", true, nil},
		{"FOO bar", "FOO", "bar", false, nil},
		{"", "", "", false, nil},
		{" RETR x", "", "RETR x", false, nil},
		{"\u017ftor x", "\u017ftor", "x", false, nil},
		{"RETR a\rb", "", "", false, ErrBadCharacter},
		{"RETR a\r\r\n", "", "", false, ErrBadCharacter},
		{"RETR a\x00", "", "", false, ErrBadCharacter},
		{"RETR a\nb\n", "", "", false, ErrBadCharacter},
		{strings.Repeat("x", MaxLineBytes) + "\r\n", strings.Repeat("x", MaxLineBytes), "", false, nil},
		{strings.Repeat("x", MaxLineBytes+1), "", "", false, ErrCommandTooLong},
	} {
		p, err := tbl.ParseCommand(c.line)
		if !errors.Is(err, c.err) || (c.err == nil) != (err == nil) || p.Verb != c.verb || p.Argument != c.arg || (p.Command != nil) != c.known {
			t.Errorf("ParseCommand(%q) = %+v, %v", c.line, p, err)
		}
	}
	if p, _ := tbl.ParseCommand("xpwd"); p.Command.Verb != "PWD" {
		t.Errorf("xpwd is %s, want PWD", p.Command.Verb)
	}
}

func TestAddresses(t *testing.T) {
	ap := netip.MustParseAddrPort
	for _, c := range []struct {
		text string
		want netip.AddrPort
		ok   bool
	}{
		{"Entering Passive Mode (127,0,0,1,19,137).", ap("127.0.0.1:5001"), true},
		{"Entering Passive Mode 192,168,001,010,0,21", ap("192.168.1.10:21"), true},
		{"=1,2,3,4,5,6", ap("1.2.3.4:1286"), true},
		{"(1256,1,2,3,4,5,6)", ap("1.2.3.4:1286"), true},
		{"(256,1,2,3,4,5)", netip.AddrPort{}, false},
		{"(1,2,3,4,5)", netip.AddrPort{}, false},
	} {
		if got, ok := ParsePassiveAddress(c.text); got != c.want || ok != c.ok {
			t.Errorf("ParsePassiveAddress(%q) = %v, %v", c.text, got, ok)
		}
	}
	if got, _ := PassivePeerAddress("(10,0,0,5,4,1)", netip.MustParseAddr("::ffff:203.0.113.9")); got != ap("203.0.113.9:1025") {
		t.Errorf("PassivePeerAddress = %v", got)
	}
	for _, c := range []struct {
		text string
		want uint16
		ok   bool
	}{
		{"Entering Extended Passive Mode (|||6446|)", 6446, true}, // RFC 2428 section 3
		{"(!!!6446!)", 6446, true},
		{"x (|||x|) (###00021#)", 21, true},
		{"(|||65536|)", 0, false},
		{"(|||6446|", 0, false},
		{"(   6446 )", 0, false},
		{"(555123455)", 0, false},
		{"(1114441)", 444, true},
	} {
		if got, ok := ParseExtendedPassivePort(c.text); got != c.want || ok != c.ok {
			t.Errorf("ParseExtendedPassivePort(%q) = %v, %v", c.text, got, ok)
		}
	}
	for _, c := range []struct {
		text string
		want netip.AddrPort
		ok   bool
	}{
		{"Entering Long Passive Mode (4,4,127,0,0,1,2,19,137)", ap("127.0.0.1:5001"), true},
		{"(x) (6,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,2,0,21)", ap("[::1]:21"), true},
		{"(6,16,0,0,0,0,0,0,0,0,0,0,255,255,10,0,0,1,2,0,21)", ap("10.0.0.1:21"), true},
		{"(4,4,127,0,0,1,3,0,19,137)", netip.AddrPort{}, false},
		{"(4, 4,127,0,0,1,2,19,137)", netip.AddrPort{}, false},
	} {
		if got, ok := ParseLongPassiveAddress(c.text); got != c.want || ok != c.ok {
			t.Errorf("ParseLongPassiveAddress(%q) = %v, %v", c.text, got, ok)
		}
	}
	for _, c := range []struct {
		ap               netip.AddrPort
		port, eprt, lprt string
	}{
		{ap("132.235.1.2:6275"), "132,235,1,2,24,131", "|1|132.235.1.2|6275|", "4,4,132,235,1,2,2,24,131"}, // RFC 2428 section 2
		{ap("[1080::8:800:200C:417A]:5282"), "", "|2|1080::8:800:200c:417a|5282|", "6,16,16,128,0,0,0,0,0,0,0,8,8,0,32,12,65,122,2,20,162"},
		{ap("[::ffff:10.1.2.3]:0"), "10,1,2,3,0,0", "|1|10.1.2.3|0|", "4,4,10,1,2,3,2,0,0"},
	} {
		port, err := FormatPortArgument(c.ap)
		if port != c.port || (err != nil) != (c.port == "") || (err != nil && !errors.Is(err, ErrNotIPv4)) {
			t.Errorf("FormatPortArgument(%v) = %q, %v", c.ap, port, err)
		}
		if got := FormatEprtArgument(c.ap); got != c.eprt {
			t.Errorf("FormatEprtArgument(%v) = %q, want %q", c.ap, got, c.eprt)
		}
		if got := FormatLprtArgument(c.ap); got != c.lprt {
			t.Errorf("FormatLprtArgument(%v) = %q, want %q", c.ap, got, c.lprt)
		}
		want := netip.AddrPortFrom(c.ap.Addr().Unmap(), c.ap.Port())
		if got, ok := ParseEprtArgument(c.eprt); !ok || got != want {
			t.Errorf("ParseEprtArgument(%q) = %v, %v", c.eprt, got, ok)
		}
		if got, ok := ParseLprtArgument(c.lprt); !ok || got != want {
			t.Errorf("ParseLprtArgument(%q) = %v, %v", c.lprt, got, ok)
		}
		if got, ok := ParsePortArgument(c.port); c.port != "" && (!ok || got != want) {
			t.Errorf("ParsePortArgument(%q) = %v, %v", c.port, got, ok)
		}
	}
	for _, bad := range []string{"", "|1|1.2.3.4|21", "|1|1.2.3.4|21||", "|3|1.2.3.4|21|", "|01|1.2.3.4|21|", "|1|01.2.3.4|21|",
		"|2|fe80::1%eth0|21|", "|2|[::1]|21|", "|1|1.2.3.4|65536|", " 1 1.2.3.4 21 ", "\x7f1\x7f1.2.3.4\x7f21\x7f", "|2|1.2.3.4|21|"} {
		if got, ok := ParseEprtArgument(bad); ok {
			t.Errorf("ParseEprtArgument(%q) = %v, want none", bad, got)
		}
	}
	if got, ok := ParseEprtArgument("#2#1080::8:800:200C:417A#5282#"); !ok || got != ap("[1080::8:800:200c:417a]:5282") {
		t.Errorf("ParseEprtArgument with # = %v, %v", got, ok)
	}
}

// TestIPv6 compares ParseIPv6 and FormatIPv6 with net/netip, which
// follows RFC 4291 section 2.2 and RFC 5952 too.
func TestIPv6(t *testing.T) {
	for _, s := range []string{"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6::8",
		"1:0:0:2:0:0:0:3", "1:0:0:2:0:0:3:4", "0:0:1:0:0:1:0:0", "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4",
		"1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5::1.2.3.4", "1.2.3.4::", "1::2::3", ":::", "1:::2", ":1::", "::1:", "1:2:3:4:5:6:7:8:9",
		"1:2:3:4:5:6:7", "12345::", "g::", "ABCD:EF01::", "::01.2.3.4", "::1.2.3", "::1.2.3.4.5", "0000:0000::0001", "", ":", "1:2:3:4:5:6:7:8::",
		"::1.2.3.4:5", "1::2:3:4:5:6:7", "1:2:3:4:5:6:7::8"} {
		b, ok := ParseIPv6(s)
		a, err := netip.ParseAddr(s)
		wantOK := err == nil && a.Is6()
		if ok != wantOK || ok && b != a.As16() {
			t.Errorf("ParseIPv6(%q) = %x, %v; netip: %v, %v", s, b, ok, a, err)
			continue
		}
		if ok && !a.Is4In6() && FormatIPv6(b) != a.String() {
			t.Errorf("FormatIPv6(%q) = %q, netip %q", s, FormatIPv6(b), a.String())
		}
	}
}

func TestFeatures(t *testing.T) {
	// RFC 2389 section 3.2's example, as ReplyReader gives its text.
	text := "Extensions supported:\n MLST size*;create;modify*;perm;media-type\n SIZE\n COMPRESSION\n MDTM\nEND"
	want := []Feature{{"MLST", "size*;create;modify*;perm;media-type"}, {"SIZE", ""}, {"COMPRESSION", ""}, {"MDTM", ""}}
	got := ParseFeatures(text)
	if !slices.Equal(got, want) {
		t.Errorf("ParseFeatures = %q", got)
	}
	wire, err := FormatFeatures(want)
	if err != nil || wire != "211-Extensions supported:\r\n MLST size*;create;modify*;perm;media-type\r\n SIZE\r\n COMPRESSION\r\n MDTM\r\n211 End\r\n" {
		t.Errorf("FormatFeatures = %q, %v", wire, err)
	}
	if got := ParseFeatures("Features:\nutf8\n  rest \t STREAM  \n\n LANG\ten-US*\nEnd"); !slices.Equal(got, []Feature{{"UTF8", ""}, {"REST", "STREAM"}, {"LANG", "en-US*"}}) {
		t.Errorf("ParseFeatures lenient = %q", got)
	}
	for _, text := range []string{"No features", "", "a\nb"} {
		if got := ParseFeatures(text); len(got) != 0 {
			t.Errorf("ParseFeatures(%q) = %q", text, got)
		}
	}
	if wire, err := FormatFeatures(nil); wire != "211 \r\n" || err != nil {
		t.Errorf("FormatFeatures(nil) = %q, %v", wire, err)
	}
	for _, f := range []Feature{{"", ""}, {"A B", ""}, {"X", " p"}, {"X", "p\r\n211 End"}, {"É", ""}} {
		if _, err := FormatFeatures([]Feature{f}); !errors.Is(err, ErrBadFeature) {
			t.Errorf("FormatFeatures(%q) = %v", f, err)
		}
	}
	if a, err := FormatOptsArgument("UTF8", "ON"); a != "UTF8 ON" || err != nil {
		t.Errorf("FormatOptsArgument = %q, %v", a, err)
	}
	if n, o, ok := ParseOptsArgument("mlst size;modify;"); n != "MLST" || o != "size;modify;" || !ok {
		t.Errorf("ParseOptsArgument = %q %q %v", n, o, ok)
	}
}

func TestEntry(t *testing.T) {
	tbl := load(t)
	// RFC 3659 section 7.4's sample facts, and 7.7.4's.
	e, ok := tbl.ParseEntry("Size=4161;lang=en-US;modify=19970214165800;create=19961001124534;type=file;x.myfact=foo,bar; a; b ")
	if !ok || e.Path != "a; b " || len(e.Facts) != 6 || e.Facts[0].Name != "size" || e.Facts[5].Name != "x.myfact" || e.Facts[5].Fact != nil {
		t.Fatalf("ParseEntry = %+v, %v", e, ok)
	}
	if v, ok := e.Facts[0].Typed(); v != "4161" || !ok {
		t.Errorf("size = %q, %v", v, ok)
	}
	if line, err := tbl.FormatEntry(e); err != nil || line != "size=4161;lang=en-US;modify=19970214165800;create=19961001124534;type=file;x.myfact=foo,bar; a; b " {
		t.Errorf("FormatEntry = %q, %v", line, err)
	}
	for _, line := range []string{"", "size=1;", "size=1 x", "=1; x", "size; x", "a=1;;b=2; x", "a=1\n; x"} {
		if e, ok := tbl.ParseEntry(line); ok {
			t.Errorf("ParseEntry(%q) = %+v", line, e)
		}
	}
	if e, ok := tbl.ParseEntry(" x"); !ok || e.Path != "x" || len(e.Facts) != 0 {
		t.Errorf("ParseEntry without facts = %+v, %v", e, ok)
	}
	if e, ok := tbl.ParseEntry("type=OS.unix=symlink;UNIX.MODE=0777; "); !ok || e.Path != "" || e.Facts[0].Value != "OS.unix=symlink" || e.Facts[1].Name != "UNIX.mode" {
		t.Errorf("ParseEntry = %+v, %v", e, ok)
	}
	for _, e := range []Entry{{Path: "a\r\nb"}, {Facts: []FactValue{{Name: "size", Value: "x"}}}, {Facts: []FactValue{{Name: "a=b", Value: "1"}}},
		{Facts: []FactValue{{Name: "x", Value: "a b"}}}, {Facts: []FactValue{{Name: "Modify", Value: "20001301000000"}}}} {
		if _, err := tbl.FormatEntry(e); err == nil {
			t.Errorf("FormatEntry(%+v) did not fail", e)
		}
	}
}
