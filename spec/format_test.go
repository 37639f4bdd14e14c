package spec_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// templates returns the shipped table's templates by meaning name.
func templates(t testing.TB) map[string]*spec.Template {
	t.Helper()
	tbl, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]*spec.Template{}
	for _, r := range tbl.Replies {
		for _, mn := range r.Meanings() {
			if mn.Template != nil {
				m[mn.Name.Camel] = mn.Template
			}
		}
	}
	return m
}

func TestParse(t *testing.T) {
	tm := templates(t)
	for _, tc := range []struct {
		name, text string
		want       string // values joined by "|"; "-" for no match
	}{
		{"EnteringPassiveMode", "Entering Passive Mode (192,168,1,2,19,137).", "192|168|1|2|19|137"},
		{"EnteringPassiveMode", "Entering Passive Mode 192,168,1,2,19,137", "192|168|1|2|19|137"},
		{"EnteringPassiveMode", "Entering Passive Mode (192,168,001,2,19,137)", "192|168|1|2|19|137"},
		{"EnteringPassiveMode", "=127,0,0,1,4,1 ok", "127|0|0|1|4|1"},
		{"EnteringPassiveMode", "Entering Passive Mode (256,0,0,1,4,1).", "-"},
		{"EnteringPassiveMode", "Entering Passive Mode (1,2,3,4,5).", "-"},
		{"EnteringPassiveMode", "Entering Passive Mode.", "-"},
		{"EnteringExtendedPassiveMode", "Entering Extended Passive Mode (|||6446|)", "6446"},
		{"EnteringExtendedPassiveMode", "Entering Extended Passive Mode (!!!6446!)", "6446"},
		{"EnteringExtendedPassiveMode", "EPSV ok (|||65536|)", "-"},
		{"PathnameCreated", `"/usr/dm" created.`, "/usr/dm"},
		{"PathnameCreated", `"/usr/dm" is current directory.`, "/usr/dm"},
		{"PathnameCreated", `"/a ""quoted"" dir" created.`, `/a "quoted" dir`},
		{"PathnameCreated", `MKD command successful: "/x"`, "/x"},
		{"PathnameCreated", `"/unterminated created.`, "-"},
		{"PathnameCreated", `"" created.`, "-"},
		{"FileSize", "1234", "1234"},
		{"FileSize", "9007199254740992", "-"},
		{"ModificationTime", "19980615100045.014", "19980615100045.014"},
		{"ModificationTime", "20010203040506", "20010203040506"},
		{"ModificationTime", "20011303040506", "-"},
		{"ModificationTime", "2001020304050", "-"},
		{"ModificationTime", "00000101000000", "-"},
		{"ModificationTime", "00010101000000", "00010101000000"},
		{"ModificationTime", "99991231235959.999", "99991231235959.999"},
		{"ModificationTime", "20230229000000", "-"},
		{"ModificationTime", "19000229000000", "-"},
		{"ModificationTime", "20000229000000", "20000229000000"},
		{"ModificationTime", "20010431000000", "-"},
		{"ModificationTime", "20010203240000", "-"},
		{"ServiceReadyInMinutes", "Service ready in 5 minutes.", "5"},
		{"ServiceReadyInMinutes", "Try again in 10 minutes", "10"},
		{"RestartMarker", "MARK 12 = 34", "12|34"},
		{"RestartMarker", "MARK 12 =34", "-"},
		{"SystemType", "UNIX system type.", "UNIX"},
		{"SystemType", "UNIX Type: L8", "-"},
		{"UniqueFileTransferStarting", "FILE: a b.txt", "a b.txt"},
	} {
		tmpl := tm[tc.name]
		if tmpl == nil {
			t.Fatalf("no template named %s", tc.name)
		}
		got := "-"
		if vs, ok := tmpl.Parse(tc.text); ok {
			got = strings.Join(vs, "|")
		}
		if got != tc.want {
			t.Errorf("%s: Parse(%q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestFormat(t *testing.T) {
	tm := templates(t)
	for _, tc := range []struct {
		name   string
		values []string
		want   string // "!" for an error
	}{
		{"EnteringPassiveMode", []string{"192", "168", "1", "2", "19", "137"}, "Entering Passive Mode (192,168,1,2,19,137)."},
		{"EnteringPassiveMode", []string{"192", "168", "1", "2", "19", "256"}, "!"},
		{"PathnameCreated", []string{`/a "b"`}, `"/a ""b""" created.`},
		{"PathnameCreated", []string{"/a\r\n200 forged"}, "!"},
		{"PathnameCreated", []string{"a\x00b"}, "!"},
		{"PathnameCreated", []string{""}, "!"},
		{"RestartMarker", []string{"a = b", "c"}, "!"},
		{"RestartMarker", []string{"a", "c = d"}, "MARK a = c = d"},
		{"ModificationTime", []string{"19980615100045.014"}, "19980615100045.014"},
		{"ModificationTime", []string{"1998061510004"}, "!"},
		{"ModificationTime", []string{"00000101000000"}, "!"},
		{"ModificationTime", []string{"00001231235959.5"}, "!"},
		{"ModificationTime", []string{"00010101000000"}, "00010101000000"},
		{"ModificationTime", []string{"99991231235959"}, "99991231235959"},
		{"ModificationTime", []string{"20230229000000"}, "!"},
		{"EnteringExtendedPassiveMode", []string{"21"}, "Entering Extended Passive Mode (|||21|)"},
		{"EnteringExtendedPassiveMode", []string{"-1"}, "!"},
	} {
		got, err := tm[tc.name].Format(tc.values)
		if err != nil {
			if !errors.Is(err, spec.ErrValue) {
				t.Errorf("%s: error %v does not wrap ErrValue", tc.name, err)
			}
			got = "!"
		}
		if got != tc.want {
			t.Errorf("%s: Format(%q) = %q (%v), want %q", tc.name, tc.values, got, err, tc.want)
		}
	}
}

// FuzzFormatParse checks that Parse undoes Format for every template of
// the shipped table, whatever the values.
func FuzzFormatParse(f *testing.F) {
	f.Add(uint8(0), "a", "b", uint64(7))
	f.Add(uint8(3), `"q""`, "x = y", uint64(1<<53))
	f.Add(uint8(9), "déjà 🚀 \u2028", "", uint64(255))
	tm := templates(f)
	var all []*spec.Template
	for _, name := range sortedNames(tm) {
		all = append(all, tm[name])
	}
	// Issue 11, point 4: year 0000, and the first and last years of the
	// range, in every template (a time parameter takes s1 or s2).
	for i := range all {
		f.Add(uint8(i), "00000101000000", "00010101000000", uint64(0))
		f.Add(uint8(i), "99991231235959.999", "x\r", uint64(1)<<53-1)
	}
	for i, s := range golden.BadTables(f) {
		f.Add(uint8(i), s, "x", uint64(i))
	}
	f.Fuzz(func(t *testing.T, which uint8, s1, s2 string, n uint64) {
		tmpl := all[int(which)%len(all)]
		values := make([]string, len(tmpl.Params))
		for i, p := range tmpl.Params {
			switch p.Type {
			case spec.TypeUint:
				values[i] = strings.TrimLeft(strings.Repeat("0", i%2)+itoa(n%(p.Max+1)), "")
			default: // a string, or a time, which Format may refuse
				values[i] = []string{s1, s2}[i%2]
			}
		}
		text, err := tmpl.Format(values)
		if err != nil {
			return
		}
		got, ok := tmpl.Parse(text)
		if !ok {
			t.Fatalf("%s: Parse(%q) failed; Format(%q)", tmpl.Raw, text, values)
		}
		for i, p := range tmpl.Params {
			want := values[i]
			if p.Type == spec.TypeUint {
				want = strings.TrimLeft(want, "0")
				if want == "" {
					want = "0"
				}
			}
			if got[i] != want {
				t.Fatalf("%s: value %d: Format(%q) = %q, Parse gives %q", tmpl.Raw, i, values, text, got)
			}
		}
	})
}

func itoa(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func sortedNames(m map[string]*spec.Template) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func TestReplyFraming(t *testing.T) {
	for _, tc := range []struct {
		code    int
		message string
		want    string
	}{
		{227, "Entering Passive Mode (1,2,3,4,5,6).", "227 Entering Passive Mode (1,2,3,4,5,6).\r\n"},
		{211, "Features:\n MDTM\n SIZE\nEnd", "211-Features:\r\n MDTM\r\n SIZE\r\n211 End\r\n"},
		{123, "First line\nSecond line\n234 A line beginning with numbers\nThe last line", "123-First line\r\nSecond line\r\n 234 A line beginning with numbers\r\n123 The last line\r\n"},
		{221, "", "221 \r\n"},
		{220, "a\r\n221 forged", "!"},
		{99, "x", "!"},
		{1000, "x", "!"},
	} {
		got, err := spec.FormatReply(tc.code, tc.message)
		if err != nil {
			got = "!"
		}
		if got != tc.want {
			t.Errorf("FormatReply(%d, %q) = %q, want %q", tc.code, tc.message, got, tc.want)
			continue
		}
		if got == "!" {
			continue
		}
		lines := strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n")
		code, text, err := spec.ParseReply(lines)
		if err != nil || code != tc.code {
			t.Errorf("ParseReply(%q) = %d, %q, %v", lines, code, text, err)
		}
	}
	for _, lines := range [][]string{{}, {"hello"}, {"220"}, {"211-a", "b"}, {"211 a", "211 b"}, {"211-a", "211 b", "c"}, {"21 x"}, {"2110 x"}, {"011 x"}} {
		code, text, err := spec.ParseReply(lines)
		if len(lines) == 1 && lines[0] == "220" {
			if err != nil || code != 220 || text != "" {
				t.Errorf("ParseReply(%q) = %d, %q, %v; want 220 with empty text", lines, code, text, err)
			}
			continue
		}
		if err == nil || !errors.Is(err, spec.ErrReply) {
			t.Errorf("ParseReply(%q) = %d, %q, %v; want an ErrReply", lines, code, text, err)
		}
	}
	code, text, err := spec.ParseReply([]string{"211-Features:\r", " 211 MDTM", "211-not the end", "211 End"})
	if err != nil || code != 211 || text != "Features:\n 211 MDTM\n211-not the end\nEnd" {
		t.Errorf("multi-line parse: %d %q %v", code, text, err)
	}
}

// FuzzReplyFraming checks that ParseReply undoes FormatReply, apart from the
// space that protects a line beginning with a digit.
func FuzzReplyFraming(f *testing.F) {
	f.Add(211, "a\n1 b\nc")
	f.Add(220, "")
	// The texts of issue 11's framing cases (points 2, 3, 5 and 6): a CR
	// before the line end, a code alone with a CR, a bare CR with a forged
	// reply after it, 5,000 four-byte characters.
	f.Add(211, "x\r")
	f.Add(211, "a\n211\r\n220 next")
	f.Add(220, "hi")
	f.Add(211, "ok\n\r")
	f.Add(150, "ok\r226 done")
	f.Add(211, strings.Repeat("🚀", 5000))
	for _, s := range golden.BadTables(f) {
		f.Add(211, s)
	}
	f.Fuzz(func(t *testing.T, code int, message string) {
		wire, err := spec.FormatReply(code, message)
		if err != nil {
			return
		}
		lines := strings.Split(strings.TrimSuffix(wire, "\r\n"), "\r\n")
		got, text, err := spec.ParseReply(lines)
		if err != nil || got != code {
			t.Fatalf("FormatReply(%d, %q) = %q; ParseReply: %d %v", code, message, wire, got, err)
		}
		want := strings.Split(message, "\n")
		for i := 1; i < len(want)-1; i++ {
			if want[i] != "" && want[i][0] >= '0' && want[i][0] <= '9' {
				want[i] = " " + want[i]
			}
		}
		if text != strings.Join(want, "\n") {
			t.Fatalf("FormatReply(%d, %q) read back as %q", code, message, text)
		}
	})
}
