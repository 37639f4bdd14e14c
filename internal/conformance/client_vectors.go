package conformance

import (
	"encoding/hex"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// The vectors of the client's half of the wire (issue 18): commands,
// data-connection addresses, FEAT, OPTS and MLSx entries. Strings in hex
// ("-" for empty) are decoded by every driver as UTF-8, each ill-formed
// subsequence replaced by U+FFFD (spec.DecodeText), before the call.
// ADDR is the hex of an address's 4 or 16 bytes, PORT a decimal number:
//
//	command-format VERB [A1 A2 ...]  -> "ok LINE", "error KIND" or "no" (no such command)
//	command-parse LINE               -> "command VERB ARG", "unknown VERB ARG" or "error KIND"
//	addr-227 TEXT                    -> "ok ADDR PORT" or "no"
//	addr-227-peer TEXT ADDR          -> "ok ADDR PORT" or "no"
//	addr-229 TEXT                    -> "ok PORT" or "no"
//	addr-228 TEXT                    -> "ok ADDR PORT" or "no"
//	port-format ADDR PORT            -> "ok ARG" or "error not-ipv4"
//	eprt-format ADDR PORT            -> "ok ARG"
//	lprt-format ADDR PORT            -> "ok ARG"
//	port-parse ARG, eprt-parse ARG, lprt-parse ARG -> "ok ADDR PORT" or "no"
//	feat-parse TEXT                  -> "ok NAME:PARAMS ..." ("ok" alone: none)
//	feat-format - | NAME:PARAMS ...  -> "ok WIRE" or "error bad-feature"
//	opts-format NAME OPTIONS         -> "ok ARG" or "error bad-argument"
//	opts-parse ARG                   -> "ok NAME OPTIONS" or "no"
//	mlsx-parse LINE                  -> "ok PATH NAME:VALUE:T ..." or "no"
//	mlsx-format PATH [NAME:VALUE ...] -> "ok LINE", "error bad-fact" or "error bad-path"
//
// command-format's VERB is looked up as expected's is; the line is the
// whole command line, CRLF included; KIND is missing-argument,
// unexpected-argument, bad-argument or line-too-long. command-parse's
// KIND is line-too-long or bad-character; VERB of a known command is its
// canonical verb in plain text. mlsx-parse's T is, for a known fact of
// type uint, its value in decimal; of type time, the time-val to the
// millisecond; of type string, "s"; "bad" for a known fact's value not of
// its type; "?" for a fact the table lacks.

// ClientVectors returns the vectors of the client's half of the wire for
// tbl, of the kinds above, and spec's results for them (Answer), as
// Vectors does for the other kinds. They cover the commands of the table
// with hostile arguments and lines (injection, NUL, the line limit in
// bytes, ill-formed UTF-8), the examples of the RFCs, the replies,
// commands and MLSD listings recorded from real servers under
// golden/transcripts, and hostile addresses, FEAT replies and entries.
func ClientVectors(tbl *spec.Table) (input, want string) {
	var in, out strings.Builder
	clientVectors(tbl, func(vec string) {
		in.WriteString(vec + "\n")
		out.WriteString(Answer(tbl, vec) + "\n")
	})
	return in.String(), out.String()
}

// WriteClientVectors writes the client vectors for tbl to
// dir/client-vectors.txt and returns its path and the expected output.
func WriteClientVectors(t *testing.T, dir string, tbl *spec.Table) (path, want string) {
	t.Helper()
	in, want := ClientVectors(tbl)
	path = filepath.Join(dir, "client-vectors.txt")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, want
}

// CheckClientVectors compares a language's results for the client
// vectors with spec's, naming the first vector that differs.
func CheckClientVectors(t *testing.T, lang, name string, tbl *spec.Table, got string) {
	t.Helper()
	in, want := ClientVectors(tbl)
	checkVectors(t, lang, name, in, want, got)
}

// ClientVectorsOf is ClientVectors limited to the vectors of the given
// kinds, for a language whose driver answers only those so far.
func ClientVectorsOf(tbl *spec.Table, kinds []string) (input, want string) {
	var in, out strings.Builder
	clientVectors(tbl, func(vec string) {
		if kind, _, _ := strings.Cut(vec, " "); slices.Contains(kinds, kind) {
			in.WriteString(vec + "\n")
			out.WriteString(Answer(tbl, vec) + "\n")
		}
	})
	return in.String(), out.String()
}

// CheckAnswers compares a language's results got for the vectors in with
// the expected want, as ClientVectorsOf returns them, naming the first
// vector that differs: for a test that computes the answers once and
// checks several builds against them.
func CheckAnswers(t *testing.T, lang, name, in, want, got string) {
	t.Helper()
	checkVectors(t, lang, name, in, want, got)
}

// clientVectors adds the vectors of the client's half of the wire.
func clientVectors(tbl *spec.Table, add func(vec string)) {
	rec := recordedSessions()
	// Commands.
	long := func(n int) string { return strings.Repeat("x", n) }
	args := [][]string{nil, {"x"}, {"a b"}, {"x\r\nDELE x"}, {"x\nDELE x"}, {"x\rDELE x"}, {"x\x00"}, {""}, {"a", "b"}, {"déjà vu"}, {"\xff\xfe"}, {" lead", "trail "}}
	// The line limit at its boundary: for the first command of each
	// argument kind, as the limit depends on nothing else (each is a
	// line of 8 KB, so not for every command).
	limited := map[spec.Argument]bool{}
	for _, c := range tbl.Commands {
		for _, verb := range append([]string{c.Verb, strings.ToLower(c.Verb)}, c.Aliases...) {
			for _, a := range args {
				add("command-format " + h(verb) + fieldsOf(a))
			}
		}
		if limited[c.Argument] {
			continue
		}
		limited[c.Argument] = true
		fit := spec.MaxLineBytes - len(c.Verb) - 1
		for _, a := range [][]string{{long(fit)}, {long(fit + 1)}, {long(fit-3) + "é"}, {long(fit-2) + "é"}, {long(fit-3) + "\xff"}, {long(fit-2) + "\xff"},
			{long(fit-4) + "🚀"}, {long(fit-3) + "🚀"}, {"🚀", long(fit - 5)}, {"🚀", long(fit - 4)}} {
			add("command-format " + h(c.Verb) + fieldsOf(a))
		}
	}
	for _, v := range LookupVerbs {
		add("command-format " + h(v))
		add("command-format " + h(v) + " " + h("x"))
	}
	var lines []string
	for _, c := range tbl.Commands {
		lines = append(lines, c.Verb, c.Verb+" x", strings.ToLower(c.Verb)+" a b\r\n", c.Verb+"  two\n")
		for _, a := range c.Aliases {
			lines = append(lines, a+" /x")
		}
	}
	for _, v := range LookupVerbs {
		lines = append(lines, v, v+" arg")
	}
	lines = append(lines, "", " ", "\r\n", "\n", "\r", "RETR x\r", "RETR x\r\r\n", "RETR a\rb", "RETR a\nb", "RETR a\nb\n", "RETR a\x00b",
		"RETR x\n\n", " RETR x", "RETR\tx", "RETR x ", "NOSUCH x", "RETR \xff\xfe", "r\xc3\xa9tr x",
		"RETR "+long(spec.MaxLineBytes-5), "RETR "+long(spec.MaxLineBytes-4), "RETR "+long(spec.MaxLineBytes-5)+"\r\n",
		"RETR "+long(spec.MaxLineBytes-4)+"\r\n", "RETR "+long(spec.MaxLineBytes-7)+"é", "RETR "+long(spec.MaxLineBytes-6)+"é",
		"RETR "+long(spec.MaxLineBytes-7)+"\xff", "RETR "+long(spec.MaxLineBytes-8)+"\xff", "RETR "+long(spec.MaxLineBytes-9)+"🚀",
		"RETR "+long(spec.MaxLineBytes-8)+"🚀", "RETR "+long(spec.MaxLineBytes-9)+"🚀\r\n", long(spec.MaxLineBytes+100))
	for _, l := range append(lines, rec.commands...) {
		add("command-parse " + h(l))
	}

	// Addresses in replies.
	texts227 := append([]string{"Entering Passive Mode (127,0,0,1,19,137).", "Entering Passive Mode 192,168,001,010,0,21",
		"Entering Passive Mode (256,1,1,1,1,1).", "(1256,1,2,3,4,5,6)", "(1,2,3,4,5)", "1,2,3,4,5,6,7", "a1,2,3,4,5,6", "(0,0,0,0,0,0)",
		"(255,255,255,255,255,255)", "(1,2,3,4,5,256)", "(1,2,3,4,5,0255)", "(1, 2,3,4,5,6) (7,8,9,10,11,12)", "(00000000000000000001,2,3,4,5,6)",
		"(1,2,3,4,5,99999999999999999999999)", "", "227", "(１,2,3,4,5,6)", "1,2,3,4,5,", ",1,2,3,4,5,6,", "(" + longZeros + "10,0,0,1,4,1)",
		"(10,0,0,1,4," + longZeros + "256)"}, rec.texts[227]...)
	for _, t := range texts227 {
		add("addr-227 " + h(t))
	}
	for _, t := range texts227[:4] {
		for _, peer := range []string{"7f000001", "cb007109", "00000000000000000000ffff0a000001", "20010db8000000000000000000000001"} {
			add("addr-227-peer " + h(t) + " " + peer)
		}
	}
	texts229 := []string{"Entering Extended Passive Mode (|||6446|)", "(!!!6446!)", "x (|||x|) (###00021#)", "(|||65536|)", "(|||65535|)",
		"(|||0|)", "(|||6446|", "(   6446 )", "(555123455)", "(1114441)", "(|||123456|)", "(||||)", "(|||6446|) trailing", "(|||6446!)",
		"(!||6446|)", "((((6446()", "(\x7f\x7f\x7f21\x7f)", "(ééé21é)", "(|||+21|)", "(|||-21|)", "(|||２１|)", "", "229", "(|1|2|3|)",
		"Entering Extended Passive Mode (|2|::1|21|)"}
	for d := byte(33); d <= 126; d++ {
		texts229 = append(texts229, fmt.Sprintf("(%c%c%c2121%c)", d, d, d, d))
	}
	for _, t := range append(texts229, rec.texts[229]...) {
		add("addr-229 " + h(t))
	}
	texts228 := []string{"Entering Long Passive Mode (4,4,127,0,0,1,2,19,137)", "(x) (6,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,2,0,21)",
		"(6,16,0,0,0,0,0,0,0,0,0,0,255,255,10,0,0,1,2,0,21)", "(4,4,127,0,0,1,3,0,19,137)", "(4, 4,127,0,0,1,2,19,137)", "(4,16,127,0,0,1,2,19,137)",
		"(6,4,127,0,0,1,2,19,137)", "(4,4,127,0,0,1,2,19,137,1)", "(4,4,127,0,0,1,2,19)", "(4,4,127,0,0,1,2,19,137", "(5,4,127,0,0,1,2,19,137)",
		"((4,4,127,0,0,1,2,19,137))", "(4,4,256,0,0,1,2,19,137)", "(4,4,127,0,0,1,2,19,0137)", "", "()", "(4,4,1,2,3,4,2,0,0)",
		"(4,4,127,0,0,1,2,19," + longZeros + "137)"}
	for _, t := range append(texts228, rec.texts[228]...) {
		add("addr-228 " + h(t))
	}

	// Address arguments.
	addrs := []string{"0.0.0.0", "127.0.0.1", "255.255.255.255", "132.235.1.2", "::", "::1", "1080::8:800:200c:417a", "::ffff:1.2.3.4",
		"::1.2.3.4", "fe80::1", "2001:db8:0:0:1:0:0:1", "2001:0:0:1:0:0:0:1", "1:0:0:0:0:0:0:0", "0:0:0:0:0:0:0:1:", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
		"1:2:3:4:5:6:7:8", "0:1:0:1:0:1:0:1", "1:0:1:0:0:1:0:0", "::ffff:0:0", "64:ff9b::1.2.3.4"}
	var args3 []string
	for _, a := range addrs {
		ip, err := netip.ParseAddr(strings.TrimSuffix(a, ":"))
		if err != nil {
			continue
		}
		for _, port := range []int{0, 1, 21, 255, 256, 6446, 65535} {
			for _, kind := range []string{"port", "eprt", "lprt"} {
				vec := fmt.Sprintf("%s-format %s %d", kind, hex.EncodeToString(ip.AsSlice()), port)
				add(vec)
				if res := Answer(tbl, vec); strings.HasPrefix(res, "ok ") {
					args3 = append(args3, kind+" "+Unhex(res[3:]))
				}
			}
		}
	}
	portArgs := []string{"1,2,3,4,5,6", "001,002,003,004,005,006", "1,2,3,4,5", "1,2,3,4,5,6,7", "1,2,3,4,5,256", " 1,2,3,4,5,6", "1,2,3,4,5,6 ",
		"1,2,3,4,5,", "", "-1,2,3,4,5,6", "1.2.3.4.5.6", "1,2,3,4,5,6\r\n", "１,2,3,4,5,6", longZeros + "1,2,3,4,5,6"}
	eprtArgs := []string{"|1|132.235.1.2|6275|", "|2|1080::8:800:200C:417A|5282|", "#2#1080::8:800:200C:417A#5282#", "", "|1|1.2.3.4|21",
		"|1|1.2.3.4|21||", "|3|1.2.3.4|21|", "|01|1.2.3.4|21|", "|1|01.2.3.4|21|", "|2|fe80::1%eth0|21|", "|2|[::1]|21|", "|1|1.2.3.4|65536|",
		" 1 1.2.3.4 21 ", "\x7f1\x7f1.2.3.4\x7f21\x7f", "|2|1.2.3.4|21|", "|1|::1|21|", "|1|1.2.3.4|021|", "|1|1.2.3.4||", "|1|1.2.3|21|",
		"|1|1.2.3.4.|21|", "|1|1.2.3.256|21|", "|2|::ffff:1.2.3.4|21|", "|2|::ffff:01.2.3.4|21|", "é1é1.2.3.4é21é", "11111.2.3.41211",
		"|1|1.2.3.4|21|\r\n", "|1|1.2.3.4|+21|", "|1| 1.2.3.4|21|"}
	for _, s := range ipv6Texts {
		eprtArgs = append(eprtArgs, "|2|"+s+"|21|")
	}
	lprtArgs := []string{"4,4,132,235,1,2,2,24,131", "6,16,16,128,0,0,0,0,0,0,0,8,8,0,32,12,65,122,2,20,162", "4,4,1,2,3,4,2,0", "4,4,1,2,3,4,2,0,0,0",
		"4,4,1,2,3,4,1,0", "4,16,1,2,3,4,2,0,0", "6,4,1,2,3,4,2,0,0", "", "4", "4,4", "4,4,1,2,3,4,2,0,256", "4,4,1,2,3,4,2,0,0,", " 4,4,1,2,3,4,2,0,0",
		"6,16,0,0,0,0,0,0,0,0,0,0,255,255,1,2,3,4,2,0,21", "04,004,1,2,3,4,002,0,21", "4,4,1,2,3,4,2,0," + longZeros + "21"}
	for _, a := range args3 {
		kind, arg, _ := strings.Cut(a, " ")
		add(kind + "-parse " + h(arg))
	}
	for _, a := range append(portArgs, rec.args["PORT"]...) {
		add("port-parse " + h(a))
	}
	for _, a := range append(eprtArgs, rec.args["EPRT"]...) {
		add("eprt-parse " + h(a))
	}
	for _, a := range append(lprtArgs, rec.args["LPRT"]...) {
		add("lprt-parse " + h(a))
	}

	// FEAT and OPTS.
	feats := append([]string{
		"Extensions supported:\n MLST size*;create;modify*;perm;media-type\n SIZE\n COMPRESSION\n MDTM\nEND", // RFC 2389 section 3.2
		"Features:\nutf8\n  rest \t STREAM  \n\n LANG\ten-US*\nEnd", "No features", "", "a\nb", "a\n\nb", "a\n \t \nb", "a\n x\n", "\n x\n",
		"a\n mdtm\n MDTM\n Mdtm x\nb", "a\n é ü\nb", "a\n x\ry z\r\nb", "a\n \x00\nb", "a\n 211 End\nb", "a\n\tTAB\tp\nb",
	}, rec.feats...)
	for _, t := range feats {
		add("feat-parse " + h(t))
		res := Answer(tbl, "feat-parse "+h(t))
		if f := strings.Fields(res)[1:]; len(f) > 0 {
			add("feat-format " + strings.Join(f, " "))
		}
	}
	add("feat-format -")
	for _, f := range [][2]string{{"", ""}, {"A B", ""}, {"X", " p"}, {"X", "p "}, {"X", "p\r\n211 End"}, {"É", ""}, {"X", "é"}, {"X", "a\tb"},
		{"X", "\tp"}, {"MLST", "size*;modify*;"}, {"X\x00", ""}, {"X", "p\x00"}, {"~", "~"}, {"X", "a  b"}} {
		add("feat-format " + h(f[0]) + ":" + h(f[1]))
		add("feat-format " + h("SIZE") + ":- " + h(f[0]) + ":" + h(f[1]))
	}
	for _, o := range [][2]string{{"UTF8", "ON"}, {"MLST", "size;modify;"}, {"", "x"}, {"A B", "x"}, {"X", " y"}, {"X", "y "}, {"X", "y\r\nDELE x"},
		{"X", ""}, {"É", ""}, {"x", "a  b"}, {"X", "a\tb"}, {"X", "é"}, {"HASH", "SHA-256"}} {
		add("opts-format " + h(o[0]) + " " + h(o[1]))
	}
	for _, a := range []string{"UTF8 ON", "utf8 on", "mlst size;modify;", "MLST", "", " x", "X  y", "É x", "HASH\tSHA-1", "x "} {
		add("opts-parse " + h(a))
	}

	// MLSx entries.
	entries := append([]string{
		"Size=4161;lang=en-US;modify=19970214165800;create=19961001124534;type=file;x.myfact=foo,bar; a; b ", // RFC 3659 section 7.4
		"Type=file;Size=1024990;Perm=r; /tmp/cap60.pl198.tar.gz",                                             // 7.7.1
		"Type=dir;Modify=19981107085215;Perm=el; /tmp",                                                       // 7.7.2
		"Type=file;Size=25730;Modify=19940728095854;Perm=; capmux.tar.z", "Type=OS.unix=slink:/foobar;Perm=;Unique=keVO1+4G4; foobar",
		"Type=file;Perm=r;Unique=keVO1+IH4;  leading space", "Type=dir;Perm=el;Unique=keVO1+ZF4 test", // 7.7.3, 7.7.4
		"", " ", "  ", " x", "size=1;", "size=1 x", "=1; x", "size; x", "a=1;;b=2; x", "a=1\n; x", "a=1\r; x", "a=1; x\r", "a=1; x\x00",
		"size=; x", "size=x; x", "size=00012; x", "size=" + longZeros + "12; x", "size=9007199254740991; x", "size=9007199254740992; x", "size=99999999999999999999999; x",
		"modify=20010203040506; x", "modify=20010203040506.123456; x", "modify=20010203040506.; x", "modify=00001231235959; x",
		"modify=99991231235959.999; x", "modify=20230229000000; x", "modify=2001020304050; x", "MODIFY=20010203040506 ; x",
		"CREATE=20010203040506;UNIX.MODE=0644;unix.owner=0;UNIX.group=0;UNIX.uid=1;UNIX.gid=2;UNIX.ownername=a_b;UNIX.groupname=c; x",
		"type=file;type=dir; x", "é=ü; ☃", "ſize=1;charſet=x;\u212Aind=2; x", "a==b; x", "a=b=c;d=; x", "size=1;\xff=\xfe; \xff", "x.=1; x", "a=1;b=2 ; x",
	}, rec.entries...)
	for _, l := range entries {
		add("mlsx-parse " + h(l))
		res := Answer(tbl, "mlsx-parse "+h(l))
		if f := strings.Fields(res); f[0] == "ok" {
			out := []string{f[1]}
			for _, x := range f[2:] {
				p := strings.Split(x, ":")
				out = append(out, p[0]+":"+p[1])
			}
			add("mlsx-format " + strings.Join(out, " "))
		}
	}
	for _, e := range [][]string{{"a\r\nb"}, {"a\nb"}, {"a\rb"}, {"a\x00b"}, {""}, {"x", "size", "x"}, {"x", "a=b", "1"}, {"x", "a;b", "1"}, {"x", "", "1"},
		{"x", "x", "a b"}, {"x", "x", "a;b"}, {"x", "x", "a\r\n"}, {"x", "Modify", "20001301000000"}, {"x", "SIZE", "9007199254740992"},
		{"x", "size", ""}, {"x", "x", ""}, {"x", "é", "1"}, {"x", "x", "é"}, {"x", "a b", "1"}, {"x", "size", "1", "modify", "20010203040506.5"},
		{" lead", "perm", "r"}, {"x", "charset", "a\x00"}} {
		vec := "mlsx-format " + h(e[0])
		for i := 1; i+1 < len(e); i += 2 {
			vec += " " + h(e[i]) + ":" + h(e[i+1])
		}
		add(vec)
	}
}

// ipv6Texts are IPv6 texts, valid and not, that the EPRT vectors wrap.
var ipv6Texts = []string{"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6::8",
	"1:0:0:2:0:0:0:3", "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5::1.2.3.4", "1.2.3.4::",
	"1::2::3", ":::", "1:::2", ":1::", "::1:", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "g::", "ABCD:EF01::", "::01.2.3.4", "::1.2.3",
	"::1.2.3.4.5", "0000:0000::0001", ":", "1:2:3:4:5:6:7:8::", "::1.2.3.4:5", "1::2:3:4:5:6:7", "1:2:3:4:5:6:7::8", "fe80::1%1", "::%", "１::"}

// fieldsOf writes strings as vector fields, each after a space.
func fieldsOf(vs []string) string {
	var b strings.Builder
	for _, v := range vs {
		b.WriteString(" " + h(v))
	}
	return b.String()
}

// clientAnswer is Answer for the vector kinds of clientVectors; ok is
// false for a vector of another kind.
func clientAnswer(tbl *spec.Table, f []string) (res string, ok bool) {
	bad := "unknown vector"
	str := func(s string) (string, bool) {
		v, ok := unh(s)
		return spec.DecodeText([]byte(v)), ok
	}
	addrPort := func(a, p string) (netip.AddrPort, bool) {
		b, err := hex.DecodeString(a)
		ip, ok := netip.AddrFromSlice(b)
		port, perr := strconv.ParseUint(p, 10, 16)
		return netip.AddrPortFrom(ip, uint16(port)), err == nil && ok && perr == nil
	}
	result := func(ap netip.AddrPort, ok bool) string {
		if !ok {
			return "no"
		}
		return fmt.Sprintf("ok %s %d", hex.EncodeToString(ap.Addr().AsSlice()), ap.Port())
	}
	switch {
	case len(f) >= 2 && f[0] == "command-format":
		verb, ok := str(f[1])
		if !ok {
			return bad, true
		}
		var args []string
		for _, a := range f[2:] {
			s, ok := str(a)
			if !ok {
				return bad, true
			}
			args = append(args, s)
		}
		c := tbl.LookupCommand(verb)
		if c == nil {
			return "no", true
		}
		line, err := spec.FormatCommand(c, args...)
		if err != nil {
			return "error " + kindOf(err), true
		}
		return "ok " + h(line), true
	case len(f) == 2 && f[0] == "command-parse":
		line, ok := str(f[1])
		if !ok {
			return bad, true
		}
		p, err := tbl.ParseCommand(line)
		switch {
		case err != nil:
			return "error " + kindOf(err), true
		case p.Command != nil:
			return "command " + p.Command.Verb + " " + h(p.Argument), true
		}
		return "unknown " + h(p.Verb) + " " + h(p.Argument), true
	case len(f) == 2 && f[0] == "addr-227":
		text, ok := str(f[1])
		if !ok {
			return bad, true
		}
		return result(spec.ParsePassiveAddress(text)), true
	case len(f) == 3 && f[0] == "addr-227-peer":
		text, ok := str(f[1])
		peer, ok2 := addrPort(f[2], "0")
		if !ok || !ok2 {
			return bad, true
		}
		return result(spec.PassivePeerAddress(text, peer.Addr())), true
	case len(f) == 2 && f[0] == "addr-229":
		text, ok := str(f[1])
		if !ok {
			return bad, true
		}
		port, ok := spec.ParseExtendedPassivePort(text)
		if !ok {
			return "no", true
		}
		return fmt.Sprintf("ok %d", port), true
	case len(f) == 2 && f[0] == "addr-228":
		text, ok := str(f[1])
		if !ok {
			return bad, true
		}
		return result(spec.ParseLongPassiveAddress(text)), true
	case len(f) == 3 && (f[0] == "port-format" || f[0] == "eprt-format" || f[0] == "lprt-format"):
		ap, ok := addrPort(f[1], f[2])
		if !ok {
			return bad, true
		}
		switch f[0] {
		case "port-format":
			arg, err := spec.FormatPortArgument(ap)
			if err != nil {
				return "error " + kindOf(err), true
			}
			return "ok " + h(arg), true
		case "eprt-format":
			return "ok " + h(spec.FormatEprtArgument(ap)), true
		}
		return "ok " + h(spec.FormatLprtArgument(ap)), true
	case len(f) == 2 && (f[0] == "port-parse" || f[0] == "eprt-parse" || f[0] == "lprt-parse"):
		arg, ok := str(f[1])
		if !ok {
			return bad, true
		}
		switch f[0] {
		case "port-parse":
			return result(spec.ParsePortArgument(arg)), true
		case "eprt-parse":
			return result(spec.ParseEprtArgument(arg)), true
		}
		return result(spec.ParseLprtArgument(arg)), true
	case len(f) == 2 && f[0] == "feat-parse":
		text, ok := str(f[1])
		if !ok {
			return bad, true
		}
		res := "ok"
		for _, ft := range spec.ParseFeatures(text) {
			res += " " + h(ft.Name) + ":" + h(ft.Params)
		}
		return res, true
	case len(f) >= 2 && f[0] == "feat-format":
		var fs []spec.Feature
		if len(f) > 2 || f[1] != "-" {
			for _, x := range f[1:] {
				n, p, _ := strings.Cut(x, ":")
				name, ok1 := str(n)
				params, ok2 := str(p)
				if !ok1 || !ok2 {
					return bad, true
				}
				fs = append(fs, spec.Feature{Name: name, Params: params})
			}
		}
		wire, err := spec.FormatFeatures(fs)
		if err != nil {
			return "error " + kindOf(err), true
		}
		return "ok " + h(wire), true
	case len(f) == 3 && f[0] == "opts-format":
		name, ok1 := str(f[1])
		options, ok2 := str(f[2])
		if !ok1 || !ok2 {
			return bad, true
		}
		arg, err := spec.FormatOptsArgument(name, options)
		if err != nil {
			return "error " + kindOf(err), true
		}
		return "ok " + h(arg), true
	case len(f) == 2 && f[0] == "opts-parse":
		arg, ok := str(f[1])
		if !ok {
			return bad, true
		}
		name, options, ok := spec.ParseOptsArgument(arg)
		if !ok {
			return "no", true
		}
		return "ok " + h(name) + " " + h(options), true
	case len(f) == 2 && f[0] == "mlsx-parse":
		line, ok := str(f[1])
		if !ok {
			return bad, true
		}
		e, ok := tbl.ParseEntry(line)
		if !ok {
			return "no", true
		}
		res := "ok " + h(e.Path)
		for _, fv := range e.Facts {
			res += " " + h(fv.Name) + ":" + h(fv.Value) + ":" + typedResult(fv)
		}
		return res, true
	case len(f) >= 2 && f[0] == "mlsx-format":
		path, ok := str(f[1])
		if !ok {
			return bad, true
		}
		e := spec.Entry{Path: path}
		for _, x := range f[2:] {
			n, v, _ := strings.Cut(x, ":")
			name, ok1 := str(n)
			value, ok2 := str(v)
			if !ok1 || !ok2 {
				return bad, true
			}
			e.Facts = append(e.Facts, spec.FactValue{Name: name, Value: value})
		}
		line, err := tbl.FormatEntry(e)
		if err != nil {
			return "error " + kindOf(err), true
		}
		return "ok " + h(line), true
	}
	return "", false
}

// typedResult writes a fact's typed value as mlsx-parse vectors do.
func typedResult(fv spec.FactValue) string {
	if fv.Fact == nil {
		return "?"
	}
	v, ok := fv.Typed()
	switch {
	case !ok:
		return "bad"
	case fv.Fact.Type == spec.TypeTime:
		return millis(v)
	case fv.Fact.Type == spec.TypeUint:
		return v
	}
	return "s"
}

// kindOf names the kind of an error of spec's client functions, as the
// vectors write it.
func kindOf(err error) string {
	for _, k := range []error{spec.ErrMissingArgument, spec.ErrUnexpectedArgument, spec.ErrBadArgument, spec.ErrCommandTooLong,
		spec.ErrBadCharacter, spec.ErrNotIPv4, spec.ErrBadFeature, spec.ErrBadFact, spec.ErrBadPath} {
		if errors.Is(err, k) {
			return k.Error()
		}
	}
	return "unknown-error: " + err.Error()
}

// recorded holds what the sessions recorded from real servers
// (golden/transcripts/*.txtar) give the client vectors: the commands
// sent, the texts of the replies by code, the texts of FEAT replies, the
// arguments of PORT, EPRT and LPRT, and the MLSx entry lines (of MLST
// replies, and of the MLSD listings in each file's "mlsd" section).
type recorded struct {
	commands []string
	texts    map[int][]string
	feats    []string
	args     map[string][]string
	entries  []string
}

func recordedSessions() recorded {
	rec := recorded{texts: map[int][]string{}, args: map[string][]string{}}
	paths, _ := filepath.Glob(filepath.Join(golden.Dir(), "transcripts", "*.txtar"))
	sort.Strings(paths)
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			continue
		}
		for _, f := range ar.Files {
			switch {
			case f.Name == "transcript":
				rec.transcript(string(f.Data))
			case strings.HasPrefix(f.Name, "mlsd"):
				for _, l := range strings.Split(strings.TrimSuffix(string(f.Data), "\n"), "\n") {
					rec.entries = append(rec.entries, strings.TrimSuffix(l, "\r"))
				}
			}
		}
	}
	return rec
}

// transcript reads one transcript: "C: " commands and "S: " reply lines.
func (rec *recorded) transcript(data string) {
	var cmd string
	var reply []byte
	flush := func() {
		for _, o := range spec.ReadReplies(reply) {
			if o.Kind != spec.OutcomeReply {
				break
			}
			rec.texts[o.Code] = append(rec.texts[o.Code], o.Text)
			verb, _, _ := strings.Cut(strings.ToUpper(cmd), " ")
			switch {
			case verb == "FEAT" && o.Code == 211:
				rec.feats = append(rec.feats, o.Text)
			case verb == "MLST" && o.Code == 250:
				lines := strings.Split(o.Text, "\n")
				for _, l := range lines[1 : len(lines)-1] {
					if e, ok := strings.CutPrefix(l, " "); ok {
						rec.entries = append(rec.entries, e)
					}
				}
			}
		}
		reply = nil
	}
	for _, line := range strings.Split(data, "\n") {
		switch {
		case strings.HasPrefix(line, "C: "):
			flush()
			cmd = line[3:]
			rec.commands = append(rec.commands, cmd)
			if verb, arg, ok := strings.Cut(cmd, " "); ok {
				switch v := strings.ToUpper(verb); v {
				case "PORT", "EPRT", "LPRT":
					rec.args[v] = append(rec.args[v], arg)
				}
			}
		case strings.HasPrefix(line, "S: "):
			reply = append(reply, line[3:]+"\r\n"...)
		}
	}
	flush()
}
