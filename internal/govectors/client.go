package govectors

import (
	"encoding/hex"
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"
)

// clientAnswer runs a vector of the client's half of the wire
// (conformance.ClientVectors) through the Go output, or returns "unknown
// vector". Every hex string is decoded as UTF-8 with U+FFFD replacement
// first, as the protocol says; Go strings could carry the bytes as they
// are, but every language must see the same text.
func clientAnswer(f []string) string {
	str := func(i int) string { return decode(unhex(f[i])) }
	result := func(ap netip.AddrPort, ok bool) string {
		if !ok {
			return "no"
		}
		return fmt.Sprintf("ok %s %d", hex.EncodeToString(ap.Addr().AsSlice()), ap.Port())
	}
	switch f[0] {
	case "command-format":
		var args []string
		for i := 2; i < len(f); i++ {
			args = append(args, str(i))
		}
		line, err := ftpcodes.FormatCommand(ftpcodes.Command(str(1)), args...)
		return commandResult(line, err)
	case "command-parse":
		cl, err := ftpcodes.ParseCommand(str(1))
		switch {
		case errors.Is(err, ftpcodes.ErrCommandTooLong) && errors.Is(err, ftpcodes.ErrNotCommand):
			return "error line-too-long"
		case errors.Is(err, ftpcodes.ErrBadCharacter) && errors.Is(err, ftpcodes.ErrNotCommand):
			return "error bad-character"
		case err != nil:
			return "error not wrapping a kind: " + err.Error()
		case cl.Command != "":
			return "command " + string(cl.Command) + " " + h(cl.Argument)
		}
		return "unknown " + h(cl.Verb) + " " + h(cl.Argument)
	case "addr-227":
		return result(ftpcodes.ParsePassiveAddress(str(1)))
	case "addr-227-peer":
		peer, ok := address(f[2])
		if !ok {
			return "unknown vector"
		}
		return result(ftpcodes.PassivePeerAddress(str(1), peer))
	case "addr-229":
		port, ok := ftpcodes.ParseExtendedPassivePort(str(1))
		if !ok {
			return "no"
		}
		return fmt.Sprintf("ok %d", port)
	case "addr-228":
		return result(ftpcodes.ParseLongPassiveAddress(str(1)))
	case "port-format", "eprt-format", "lprt-format":
		a, ok := address(f[1])
		port, err := strconv.ParseUint(f[2], 10, 16)
		if !ok || err != nil {
			return "unknown vector"
		}
		ap := netip.AddrPortFrom(a, uint16(port))
		switch f[0] {
		case "port-format":
			arg, err := ftpcodes.FormatPortArgument(ap)
			switch {
			case err == nil:
				return "ok " + h(arg)
			case errors.Is(err, ftpcodes.ErrNotIPv4) && errors.Is(err, ftpcodes.ErrBadValue):
				return "error not-ipv4"
			}
			return "error not wrapping ErrNotIPv4: " + err.Error()
		case "eprt-format":
			return "ok " + h(ftpcodes.FormatEprtArgument(ap))
		}
		return "ok " + h(ftpcodes.FormatLprtArgument(ap))
	case "port-parse":
		return result(ftpcodes.ParsePortArgument(str(1)))
	case "eprt-parse":
		return result(ftpcodes.ParseEprtArgument(str(1)))
	case "lprt-parse":
		return result(ftpcodes.ParseLprtArgument(str(1)))
	case "feat-parse":
		res := "ok"
		for _, ft := range ftpcodes.ParseFeatures(str(1)) {
			res += " " + h(ft.Name) + ":" + h(ft.Params)
		}
		return res
	case "feat-format":
		var fs []ftpcodes.Feature
		if len(f) > 2 || f[1] != "-" {
			for _, x := range f[1:] {
				n, p, _ := strings.Cut(x, ":")
				fs = append(fs, ftpcodes.Feature{Name: decode(unhex(n)), Params: decode(unhex(p))})
			}
		}
		wire, err := ftpcodes.FormatFeatures(fs)
		switch {
		case err == nil:
			return "ok " + h(wire)
		case errors.Is(err, ftpcodes.ErrBadFeature) && errors.Is(err, ftpcodes.ErrBadValue):
			return "error bad-feature"
		}
		return "error not wrapping ErrBadFeature: " + err.Error()
	case "opts-format":
		arg, err := ftpcodes.FormatOptsArgument(str(1), str(2))
		switch {
		case err == nil:
			return "ok " + h(arg)
		case errors.Is(err, ftpcodes.ErrBadArgument) && errors.Is(err, ftpcodes.ErrBadValue):
			return "error bad-argument"
		}
		return "error not wrapping ErrBadArgument: " + err.Error()
	case "opts-parse":
		name, options, ok := ftpcodes.ParseOptsArgument(str(1))
		if !ok {
			return "no"
		}
		return "ok " + h(name) + " " + h(options)
	case "mlsx-parse":
		e, ok := ftpcodes.ParseEntry(str(1))
		if !ok {
			return "no"
		}
		res := "ok " + h(e.Path)
		for _, fv := range e.Facts {
			res += " " + h(fv.Name) + ":" + h(fv.Value) + ":" + typed(fv)
		}
		return res
	case "mlsx-format":
		e := ftpcodes.Entry{Path: str(1)}
		for _, x := range f[2:] {
			n, v, _ := strings.Cut(x, ":")
			e.Facts = append(e.Facts, ftpcodes.FactValue{Name: decode(unhex(n)), Value: decode(unhex(v))})
		}
		line, err := ftpcodes.FormatEntry(e)
		switch {
		case err == nil:
			return "ok " + h(line)
		case errors.Is(err, ftpcodes.ErrBadFact):
			return "error bad-fact"
		case errors.Is(err, ftpcodes.ErrBadPath):
			return "error bad-path"
		}
		return "error not wrapping ErrBadFact or ErrBadPath: " + err.Error()
	}
	return "unknown vector"
}

// commandResult writes FormatCommand's result as the vectors want it.
func commandResult(line string, err error) string {
	if err == nil {
		return "ok " + h(line)
	}
	if !errors.Is(err, ftpcodes.ErrBadValue) {
		return "error not wrapping ErrBadValue: " + err.Error()
	}
	for _, k := range []struct {
		err  error
		kind string
	}{
		{ftpcodes.ErrUnknownCommand, "no"}, {ftpcodes.ErrMissingArgument, "error missing-argument"},
		{ftpcodes.ErrUnexpectedArgument, "error unexpected-argument"}, {ftpcodes.ErrBadArgument, "error bad-argument"},
		{ftpcodes.ErrCommandTooLong, "error line-too-long"},
	} {
		if errors.Is(err, k.err) {
			return k.kind
		}
	}
	return "error not wrapping a kind: " + err.Error()
}

// typed writes a fact's typed value as mlsx-parse vectors want it.
func typed(fv ftpcodes.FactValue) string {
	info, ok := fv.Known()
	if !ok {
		return "?"
	}
	switch info.Kind {
	case ftpcodes.FactKindUint:
		if n, ok := fv.Uint(); ok {
			return strconv.FormatUint(n, 10)
		}
	case ftpcodes.FactKindTime:
		if t, ok := fv.Time(); ok {
			return Millis(t)
		}
	default:
		return "s"
	}
	return "bad"
}

// address reads an address written as the hex of its bytes.
func address(s string) (netip.Addr, bool) {
	b, err := hex.DecodeString(s)
	if err != nil {
		return netip.Addr{}, false
	}
	return netip.AddrFromSlice(b)
}

// decode decodes s as UTF-8, each maximal ill-formed subsequence replaced
// by U+FFFD (the Unicode Standard, chapter 3), as the Go output decodes a
// reply's text: so "\xe2\x82" gives one U+FFFD. (The driver imports
// nothing of this module but the Go output, which keeps its decoder to
// itself.)
func decode(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if r, n := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || n > 1 {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		b.WriteRune(utf8.RuneError)
		i += subpart(s[i:])
	}
	return b.String()
}

// subpart returns the length of the maximal subpart that starts s: a lead
// byte and the continuation bytes Table 3-7 allows after it, or 1.
func subpart(s string) int {
	need, lo, hi := 0, byte(0x80), byte(0xBF)
	switch c := s[0]; {
	case 0xC2 <= c && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case 0xE1 <= c && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case 0xF1 <= c && c <= 0xF3:
		need = 3
	}
	n := 1
	for n <= need && n < len(s) && lo <= s[n] && s[n] <= hi {
		n, lo, hi = n+1, 0x80, 0xBF
	}
	return n
}
