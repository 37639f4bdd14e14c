package difftest

import (
	"bufio"
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"
	"github.com/ftpcodes/ftpcodes/spec"
)

// The fuzz targets of the Go output, run with go test -fuzz (make fuzz);
// go test replays their seed corpora.

// parseSeeds are texts for FuzzParse's corpus, besides the ones Generate
// gives.
var parseSeeds = []string{
	"", "garbage", "Entering Passive Mode (127,0,0,1,19,137).", "Entering Passive Mode 127,0,0,1,19,137",
	"=127,0,0,1,19,137", "Entering Extended Passive Mode (!!!6446!)", "\"/a \"\"b\"\"\" created.",
	"\"/a\" is the current directory", "20010203040506", "19980615100045.0140", "12345",
	"MARK a = b = c", "UNIX Type: L8", "x system type.", "Service ready in 5 minutes.",
	"Username okay, need password.  Challenge is \"x\"\"y\"", strings.Repeat("9", 40),
	"00000101000000", "00010101000000", "99991231235959.999999", "100000101000000", "20230229000000",
}

// FuzzParse runs every parser of the Go output on any text: each must give
// spec's answer, and values one reads are written back by its formatter
// as text it reads the same.
func FuzzParse(f *testing.F) {
	tbl, err := spec.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range parseSeeds {
		f.Add(s)
	}
	for _, v := range Generate(tbl, 1, 300) {
		if kind, rest, _ := strings.Cut(v, " "); kind == "parse" {
			_, text, _ := strings.Cut(rest, " ")
			f.Add(unhex(text))
		}
	}
	var names []string
	for name := range goMeanings {
		names = append(names, name)
	}
	slices.Sort(names)
	f.Fuzz(func(t *testing.T, text string) {
		for _, name := range names {
			v := "parse " + name + " " + h(text)
			got, want := goAnswer(v), conformance.Answer(tbl, v)
			if got != want {
				t.Errorf("Parse%s(%q): Go gives %s, spec %s", name, text, got, want)
			}
			m := goMeanings[name]
			vs, ok := m.Parse(text)
			if !ok {
				continue
			}
			again, err := m.Format(vs)
			if err != nil {
				continue // a value the formatter refuses, such as a string with CR
			}
			if ws, ok := m.Parse(again); !ok || !slices.Equal(ws, vs) {
				t.Errorf("Parse%s(%q) = %q; formatted again %q, parsed %q, %v", name, text, vs, again, ws, ok)
			}
		}
	})
}

// FuzzReadReply reads replies off any bytes with the Go output's
// ReadReply: nothing panics, every reply keeps to the limits, a
// single-line reply framed again reads back the same, and, once spec
// answers reply-read vectors, the outcomes are spec's.
func FuzzReadReply(f *testing.F) {
	tbl, err := spec.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"220 x\r\n", "211-a\r\n b\r\n211 c\r\n", "211-a\n211-b\n", "\r\n", "2", "999 \r\n", "100-\n100\n",
		"257 \"/a \"\"b\"\"\" created.\r\n227 Entering Passive Mode (127,0,0,1,19,137).\r\n",
		// Issue 11's findings: CR before CR LF, a partial line at the end,
		// a bare CR.
		"211 x\r\r\n", "211-a\r\n211\r\r\n220 next\r\n", "220 hi", "211 ok\r\n\r", "150 ok\r226 done\r\n",
		"211-" + strings.Repeat("x", 8188) + "\r\n211 \r\n", "220 " + strings.Repeat("é", 4095) + "\r\n",
		"220 \xff\xc3\r\n", "220 \x00\r\n",
	} {
		f.Add([]byte(s))
	}
	for _, v := range Generate(tbl, 1, 300) {
		if kind, rest, _ := strings.Cut(v, " "); kind == "reply-read" {
			f.Add([]byte(unhex(rest)))
		}
	}
	compare := Supported(tbl, "reply-read")
	f.Fuzz(func(t *testing.T, data []byte) {
		if compare {
			v := "reply-read " + h(string(data))
			if got, want := goAnswer(v), conformance.Answer(tbl, v); got != want {
				t.Errorf("ReadReply(%q): Go gives %s, spec %s", data, got, want)
			}
		}
		r := bufio.NewReaderSize(bytes.NewReader(data), 16)
		for {
			p, err := ftpcodes.ReadReply(r)
			if err != nil {
				return
			}
			if len(p.Lines) == 0 || len(p.Lines) > 1000 || p.Code < 100 || p.Code > 999 {
				t.Fatalf("ReadReply read %+v", p)
			}
			for _, l := range p.Lines {
				if len(l) > 8192 || strings.Contains(l, "\n") {
					t.Fatalf("ReadReply read the line %q", l)
				}
			}
			// Framed again, a single line reads back the same, unless U+FFFD
			// in place of ill-formed bytes made it longer than a line may be.
			if len(p.Lines) == 1 && !strings.ContainsAny(p.Text, "\r\x00") && len(p.Text)+4 <= spec.MaxLineBytes {
				w, err := ftpcodes.FormatReply(int(p.Code), p.Text)
				if err != nil {
					t.Fatal(err)
				}
				again, err := ftpcodes.ReadReply(bufio.NewReader(strings.NewReader(w)))
				if err != nil || again.Code != p.Code || again.Text != p.Text {
					t.Fatalf("%+v framed as %q reads back as %+v, %v", p, w, again, err)
				}
			}
		}
	})
}
