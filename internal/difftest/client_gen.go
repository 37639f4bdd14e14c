package difftest

import (
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/spec"
)

// The differential test of the client's half of the wire (issue 18): the
// kinds of conformance.ClientVectors, generated as Generate generates the
// others. A language opts in with CheckClient once its driver answers
// them.

// ClientKinds are the vector kinds GenerateClient writes, in the order of
// their weights in clientWeights.
var ClientKinds = []string{"command-format", "command-parse", "addr-227", "addr-227-peer", "addr-229", "addr-228", "port-format",
	"eprt-format", "lprt-format", "port-parse", "eprt-parse", "lprt-parse", "feat-parse", "feat-format", "opts-format", "opts-parse",
	"mlsx-parse", "mlsx-format"}

var clientWeights = []int{14, 14, 6, 2, 6, 4, 2, 3, 2, 5, 8, 5, 7, 4, 2, 2, 10, 4}

// GenerateClient returns n client vectors drawn from seed: the same seed
// and n give the same vectors. Every string these kinds carry is decoded
// by every driver with U+FFFD replacement, so any bytes may reach them,
// NUL and ill-formed UTF-8 included.
func GenerateClient(tbl *spec.Table, seed uint64, n int) []string {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x6a09e667f3bcc908)), tbl: tbl}
	total := 0
	for _, w := range clientWeights {
		total += w
	}
	out := make([]string, 0, n)
	for len(out) < n {
		x := g.r.IntN(total)
		for i, w := range clientWeights {
			if x < w {
				out = append(out, g.clientVector(ClientKinds[i]))
				break
			}
			x -= w
		}
	}
	return out
}

// ClientCases returns the client vectors of a run for tbl: Count cases
// from each of Seeds, or as FTPCODES_DIFF_SEED, FTPCODES_DIFF_COUNT and
// FTPCODES_DIFF_KINDS say (see Cases).
func ClientCases(t testing.TB, tbl *spec.Table) []string {
	t.Helper()
	return cases(t, tbl, ClientKinds, GenerateClient)
}

// CheckClient is Check for the client vectors (ClientCases).
func CheckClient(t *testing.T, lang string, tbl *spec.Table, run Runner) {
	t.Helper()
	check(t, lang, tbl, run, ClientCases(t, tbl), ClientKinds)
}

// CheckClientKinds is CheckClient for the vectors of the given kinds
// only, for a language whose driver answers only those so far.
func CheckClientKinds(t *testing.T, lang string, tbl *spec.Table, run Runner, kinds []string) {
	t.Helper()
	cases := slices.DeleteFunc(ClientCases(t, tbl), func(v string) bool {
		kind, _, _ := strings.Cut(v, " ")
		return !slices.Contains(kinds, kind)
	})
	check(t, lang, tbl, run, cases, kinds)
}

// clientPieces are bits of hostile text for the client kinds, besides
// pieces: line ends, NUL, ill-formed UTF-8, delimiters and numbers of
// addresses, and the separators of facts and features.
var clientPieces = []string{"\r\n", "\n", "\r", "\x00", "\xff", "\xc3", "\xed\xa0\x80", "DELE x", " ", "  ", "\t", ";", "=", ";;", "|", "||", "|||",
	",", ".", ":", "::", "(", ")", "0", "00", "255", "256", "65535", "65536", "127,0,0,1", "::1", "1.2.3.4", "ffff", "%eth0", "[", "]", "ä",
	"size=1;", "type=file;", "UNIX.mode=0644;", "modify=20010203040506;", "Perm=;", "x.a=b;"}

func (g *gen) clientPiece() string {
	if g.chance(50) {
		return g.pick(clientPieces)
	}
	return g.pick(pieces)
}

// clientStr returns a hostile string of any bytes.
func (g *gen) clientStr() string {
	var b strings.Builder
	for range g.r.IntN(6) {
		b.WriteString(g.clientPiece())
	}
	if g.chance(2) {
		b.WriteString(strings.Repeat(g.pick([]string{"x", "é", "\xff"}), 8180+g.r.IntN(20)))
	}
	return b.String()
}

// number returns a decimal number of an address, valid or not.
func (g *gen) number(max int) string {
	switch g.r.IntN(6) {
	case 0:
		return strconv.Itoa(max)
	case 1:
		return strconv.Itoa(max + 1)
	case 2:
		return strings.Repeat("0", 1+g.r.IntN(4)) + strconv.Itoa(g.r.IntN(max+1))
	case 3:
		return g.pick([]string{"", "-1", "+1", "99999999999999999999", "1e2", "０"})
	}
	return strconv.Itoa(g.r.IntN(max + 1))
}

// numbers joins n numbers of at most max with commas.
func (g *gen) numbers(n, max int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.number(max)
	}
	return strings.Join(parts, ",")
}

// addr returns the hex of an address's bytes: IPv4, IPv6, IPv4-mapped.
func (g *gen) addr() string {
	var b []byte
	switch g.r.IntN(4) {
	case 0:
		b = make([]byte, 4)
	case 1:
		b = append(make([]byte, 10), 0xff, 0xff, 0, 0, 0, 0)
	default:
		b = make([]byte, 16)
	}
	for i := range b {
		if g.chance(60) && !(len(b) == 16 && i >= 10 && i < 12 && b[i] == 0xff) {
			if g.chance(50) {
				b[i] = 0
			} else {
				b[i] = byte(g.r.IntN(256))
			}
		}
	}
	return hex.EncodeToString(b)
}

// ipv6Text returns an IPv6 address's text, valid or not.
func (g *gen) ipv6Text() string {
	groups := make([]string, 8)
	for i := range groups {
		switch g.r.IntN(5) {
		case 0, 1:
			groups[i] = "0"
		case 2:
			groups[i] = strconv.FormatInt(int64(g.r.IntN(1<<16)), 16)
		case 3:
			groups[i] = strings.ToUpper(strconv.FormatInt(int64(g.r.IntN(1<<16)), 16))
		default:
			groups[i] = fmt.Sprintf("%04x", g.r.IntN(1<<16))
		}
	}
	if g.chance(20) {
		groups = append(groups[:6], strings.ReplaceAll(g.numbers(4, 255), ",", "."))
	}
	s := strings.Join(groups, ":")
	if g.chance(50) {
		i, j := g.r.IntN(len(groups)), g.r.IntN(len(groups))
		if i > j {
			i, j = j, i
		}
		s = strings.Join(groups[:i], ":") + "::" + strings.Join(groups[j:], ":")
	}
	if g.chance(20) {
		s = g.mutate(s)
	}
	return s
}

// delimiter returns an EPRT or EPSV delimiter, valid or not.
func (g *gen) delimiter() string {
	if g.chance(80) {
		return g.pick([]string{"|", "!", "#", "1", "(", ")", ",", "~", "|"})
	}
	return g.pick([]string{" ", "\x7f", "é", "\x00", "\xff", ""})
}

// featureText returns the text of a FEAT reply, as ReadReply gives it.
func (g *gen) featureText() string {
	if g.chance(10) {
		return g.clientStr()
	}
	lines := []string{g.pick([]string{"Features:", "Extensions supported:", "", "x"})}
	for range g.r.IntN(8) {
		name := g.pick([]string{"MDTM", "mdtm", "SIZE", "REST", "MLST", "UTF8", "EPSV", "LANG", "AUTH", "x", "é", "\x00", "211"})
		line := g.pick([]string{" ", " ", " ", "", "  ", "\t"}) + name
		if g.chance(40) {
			line += g.pick([]string{" ", "\t", "  "}) + g.pick([]string{"STREAM", "size*;modify*;type*;", "TLS", "en-US*;fr", g.clientStr()})
		}
		if g.chance(10) {
			line += g.pick([]string{" ", "\t", "\r"})
		}
		if g.chance(10) {
			line = g.mutate(line)
		}
		lines = append(lines, line)
	}
	lines = append(lines, g.pick([]string{"End", "END", "end", ""}))
	return strings.Join(lines, "\n")
}

// entryLine returns an MLSx entry line, valid or not.
func (g *gen) entryLine() string {
	var b strings.Builder
	for range g.r.IntN(6) {
		name := g.pick([]string{"x.a", "OS.unix", "sizd", ""})
		if len(g.tbl.Facts) > 0 && g.chance(80) {
			name = g.tbl.Facts[g.r.IntN(len(g.tbl.Facts))].Name
			if g.chance(40) {
				name = strings.ToUpper(name)
			}
		}
		var value string
		switch g.r.IntN(5) {
		case 0:
			value = g.number(1 << 20)
		case 1:
			value = g.time()
		case 2:
			value = g.pick([]string{"file", "dir", "cdir", "pdir", "OS.unix=slink:/x", "adfr", "", "0644"})
		default:
			value = g.clientStr()
		}
		b.WriteString(name + "=" + value + ";")
	}
	line := b.String() + " " + g.pick([]string{"x", "a b", " lead", "trail ", "a;b=c", "", "é", g.clientStr()})
	if g.chance(25) {
		line = g.mutate(line)
	}
	return line
}

// clientVector returns a vector of kind.
func (g *gen) clientVector(kind string) string {
	g.long = false
	switch kind {
	case "command-format":
		vec := "command-format " + h(g.verb())
		for range g.r.IntN(4) {
			vec += " " + h(g.clientStr())
		}
		return vec
	case "command-parse":
		line := g.verb()
		for range g.r.IntN(3) {
			line += " " + g.clientStr()
		}
		return "command-parse " + h(line+g.pick([]string{"", "\r\n", "\n", "\r", "\r\r\n", "\n\n"}))
	case "addr-227", "addr-227-peer":
		text := g.pick([]string{"Entering Passive Mode (", "", "=", "x"}) + g.numbers(4+g.r.IntN(4), 255) + g.pick([]string{").", "", ")", ",1"})
		if g.chance(30) {
			text = g.mutate(text)
		}
		if kind == "addr-227" {
			return "addr-227 " + h(text)
		}
		return "addr-227-peer " + h(text) + " " + g.addr()
	case "addr-229":
		d := g.delimiter()
		text := g.pick([]string{"Entering Extended Passive Mode ", "", "x ("}) + "(" + d + d + d + g.number(65535) + d + ")"
		if g.chance(30) {
			text = g.mutate(text)
		}
		return "addr-229 " + h(text)
	case "addr-228":
		return "addr-228 " + h(g.pick([]string{"Entering Long Passive Mode (", "(", "x ("})+g.lprtArg()+g.pick([]string{")", "", "))", ") x"}))
	case "port-format", "eprt-format", "lprt-format":
		return fmt.Sprintf("%s %s %d", kind, g.addr(), g.r.IntN(65536))
	case "port-parse":
		arg := g.numbers(4+g.r.IntN(4), 255)
		if g.chance(30) {
			arg = g.mutate(arg)
		}
		return "port-parse " + h(arg)
	case "eprt-parse":
		d := g.delimiter()
		prt, addr := "1", strings.ReplaceAll(g.numbers(4, 255), ",", ".")
		if g.chance(50) {
			prt, addr = "2", g.ipv6Text()
		}
		if g.chance(10) {
			prt = g.pick([]string{"3", "01", "", "12"})
		}
		arg := d + prt + d + addr + d + g.number(65535) + d
		if g.chance(30) {
			arg = g.mutate(arg)
		}
		return "eprt-parse " + h(arg)
	case "lprt-parse":
		return "lprt-parse " + h(g.lprtArg())
	case "feat-parse":
		return "feat-parse " + h(g.featureText())
	case "feat-format":
		res := conformance.Answer(g.tbl, "feat-parse "+h(g.featureText()))
		f := strings.Fields(res)[1:]
		if len(f) == 0 || g.chance(20) {
			f = append(f, h(g.pick([]string{"X", "", "A B", "é"}))+":"+h(g.clientStr()))
		}
		return "feat-format " + strings.Join(f, " ")
	case "opts-format":
		return "opts-format " + h(g.pick([]string{"UTF8", "MLST", "HASH", "", "a b", "é"})) + " " + h(g.clientStr())
	case "opts-parse":
		return "opts-parse " + h(g.pick([]string{"UTF8", "mlst", "", " ", "é"})+g.pick([]string{" ", "", "  "})+g.clientStr())
	case "mlsx-parse":
		return "mlsx-parse " + h(g.entryLine())
	case "mlsx-format":
		res := strings.Fields(conformance.Answer(g.tbl, "mlsx-parse "+h(g.entryLine())))
		vec := "mlsx-format " + h(g.clientStr())
		if res[0] == "ok" {
			vec = "mlsx-format " + res[1]
			for _, x := range res[2:] {
				p := strings.Split(x, ":")
				vec += " " + p[0] + ":" + p[1]
			}
		}
		if g.chance(30) {
			vec += " " + h(g.pick([]string{"size", "modify", "x", "", "a=b"})) + ":" + h(g.clientStr())
		}
		return vec
	}
	panic("difftest: no client kind " + kind)
}

// lprtArg returns an LPRT argument, valid or not.
func (g *gen) lprtArg() string {
	af, hal := "4", 4
	if g.chance(50) {
		af, hal = "6", 16
	}
	if g.chance(10) {
		af = g.number(255)
	}
	if g.chance(10) {
		hal = g.r.IntN(20)
	}
	arg := af + "," + strconv.Itoa(hal) + "," + g.numbers(max(hal, 1), 255) + "," + g.pick([]string{"2", "2", "2", "1", "3"}) + "," + g.numbers(2, 255)
	if g.chance(30) {
		arg = g.mutate(arg)
	}
	return arg
}

// clientHexFields returns the fields of a client vector that hold one hex
// string each (the pairs of feat-format and mlsx-format are left whole).
func clientHexFields(f []string) []int {
	var out []int
	switch f[0] {
	case "command-format":
		for i := 1; i < len(f); i++ {
			out = append(out, i)
		}
	case "opts-format":
		out = []int{1, 2}
	case "mlsx-format", "command-parse", "addr-227", "addr-227-peer", "addr-229", "addr-228", "port-parse", "eprt-parse", "lprt-parse",
		"feat-parse", "opts-parse", "mlsx-parse":
		out = []int{1}
	}
	return out
}
