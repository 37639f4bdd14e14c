// Package bench holds what the benchmarks share: synthetic reply tables of
// any size, for the scaling benchmarks, and the stream of reply codes that
// the lookup benchmarks of every language feed their contenders.
//
// Nothing here measures time. The benchmarks are run by `make bench`
// (internal/bench/cmd/benchproc) and never by `make test`.
package bench

import (
	"fmt"
	"strings"
)

// MaxThreeDigit is the number of distinct three-digit codes the spec
// accepts: classes 1 to 6, groups 0 to 5, any third digit.
const MaxThreeDigit = 6 * 6 * 10

// SyntheticCodes returns n distinct reply codes the spec accepts, in
// ascending order. Up to MaxThreeDigit they are three-digit codes spread
// evenly over every class and group; past it, every three-digit code and
// then five-digit non-standard codes from 10000 on, since the spec refuses
// a first digit above 6 or a second digit above 5.
func SyntheticCodes(n int) []int {
	var three []int
	for class := 1; class <= 6; class++ {
		for group := 0; group <= 5; group++ {
			for d := 0; d <= 9; d++ {
				three = append(three, class*100+group*10+d)
			}
		}
	}
	if n <= len(three) {
		out := make([]int, n)
		for i := range out {
			out[i] = three[i*len(three)/n]
		}
		return out
	}
	out := three
	for i := 0; len(out) < n; i++ {
		out = append(out, 10000+i*7)
	}
	return out
}

var words = []string{
	"File", "Data", "Transfer", "Connection", "User", "Service", "Directory",
	"Security", "Passive", "Command", "Account", "Storage", "Restart",
	"Protection", "Buffer", "Mode", "Status", "Help", "System", "Name",
}

// SyntheticTable returns a valid ftpcodes.toml of n replies, shaped like
// the shipped table: all six classes and six groups, every reply with a
// name, text, description, status, RFC and section (or a source for
// five-digit codes), one in three with a template and parameters, one in
// eight with a second meaning, one in ten with a deprecated alias, one in
// twenty closing the control connection, and n/2 commands listing up to
// seven replies each.
func SyntheticTable(n int) []byte {
	codes := SyntheticCodes(n)
	var b strings.Builder
	b.WriteString("# Synthetic table for the scaling benchmarks (internal/bench).\n\n")
	classes := []string{"PositivePreliminary", "PositiveCompletion", "PositiveIntermediate", "TransientNegative", "PermanentNegative", "Protected"}
	for i, name := range classes {
		fmt.Fprintf(&b, "[class.%d]\nname = %q\ntitle = \"%s reply\"\ndescription = \"Synthetic class %d: what a reply whose first digit is %d means.\"\nrfc = 959\nsection = \"4.2\"\n\n", i+1, name, name, i+1, i+1)
	}
	groups := []string{"Syntax", "Information", "Connections", "AuthenticationAndAccounting", "Unspecified", "FileSystem"}
	for i, name := range groups {
		fmt.Fprintf(&b, "[group.%d]\nname = %q\ntitle = %q\ndescription = \"Synthetic group %d: what a reply whose second digit is %d refers to.\"\nrfc = 959\nsection = \"4.2\"\n\n", i, name, name, i, i)
	}

	byClass := map[int][]int{}
	for i, code := range codes {
		w1, w2 := words[i%len(words)], words[(i/len(words)+i)%len(words)]
		name := fmt.Sprintf("%s%s%d", w1, w2, code)
		fmt.Fprintf(&b, "[reply.%d]\nname = %q\n", code, name)
		text := fmt.Sprintf("%s %s status %d okay; the request was handled.", w1, strings.ToLower(w2), code)
		if i%3 == 0 {
			text = fmt.Sprintf("%s %s ready (%d,p1) for \"PATHNAME\".", w1, strings.ToLower(w2), code)
		}
		fmt.Fprintf(&b, "text = %q\n", text)
		fmt.Fprintf(&b, "description = \"Synthetic reply %d: the %s %s request reached this state; a client may go on with the next command, or retry later.\"\n", code, strings.ToLower(w1), strings.ToLower(w2))
		if code < 1000 {
			byClass[code/100] = append(byClass[code/100], code)
			if code/100 == 6 || i%4 == 1 {
				b.WriteString("status = \"extension\"\nrfc = 2228\nsection = \"4.2.2\"\n")
			} else {
				b.WriteString("status = \"standard\"\nrfc = 959\nsection = \"4.2.2\"\n")
			}
		} else {
			fmt.Fprintf(&b, "status = \"non-standard\"\nsource = \"Synthetic source for code %d, standing in for a vendor's documentation.\"\n", code)
		}
		if i%3 == 0 {
			fmt.Fprintf(&b, "template = '%s %s ready ({count},{port}) for \"{pathname}\".'\n", w1, strings.ToLower(w2))
			b.WriteString("params = [\n" +
				"  { name = \"count\", type = \"uint\", description = \"How many items.\" },\n" +
				"  { name = \"port\", type = \"uint\", description = \"The port, in decimal.\" },\n" +
				"  { name = \"pathname\", type = \"string\", description = \"The path, with embedded quotes doubled.\" },\n" +
				"]\n")
		}
		if i%10 == 7 {
			fmt.Fprintf(&b, "aliases = [\"Old%s\"]\n", name)
		}
		if i%20 == 11 {
			b.WriteString("closes_control = true\n")
		}
		if i%5 == 2 {
			b.WriteString("note = \"Synthetic note: not generated into code, but parsed and checked.\"\n")
		}
		if i%8 == 5 {
			fmt.Fprintf(&b, "\n[[reply.%d.also]]\nname = \"%sUnique\"\ntext = \"FILE: pppp\"\ndescription = \"A second meaning of %d from a later document.\"\nstatus = \"extension\"\nrfc = 1123\nsection = \"4.1.2.9\"\ntemplate = \"FILE: {pathname}\"\nparams = [ { name = \"pathname\", type = \"string\", description = \"The unique file name.\" } ]\n", code, name, code)
		}
		b.WriteString("\n")
	}

	pick := func(classes []int, k, i int) string {
		var pool []int
		for _, c := range classes {
			pool = append(pool, byClass[c]...)
		}
		var out []string
		for j := 0; j < k && j < len(pool); j++ {
			out = append(out, fmt.Sprint(pool[(i*7+j*13)%len(pool)]))
		}
		// The stride may land on one code twice in a small pool.
		out = dedupe(out)
		return "[" + strings.Join(out, ", ") + "]"
	}
	for i := 0; i < n/2; i++ {
		verb := "Q" + string(rune('A'+i/676%26)) + string(rune('A'+i/26%26)) + string(rune('A'+i%26))
		fmt.Fprintf(&b, "[command.%s]\ndescription = \"Synthetic command %d.\"\nsyntax = \"%s <SP> <pathname> <CRLF>\"\nstatus = \"standard\"\nrfc = 959\nsection = \"4.1.3\"\nreplies_section = \"5.4\"\n", verb, i, verb)
		fmt.Fprintf(&b, "preliminary = %s\nintermediate = %s\nsuccess = %s\nerror = %s\n\n",
			pick([]int{1}, 1, i), pick([]int{3}, 1, i), pick([]int{2}, 2, i), pick([]int{4, 5}, 3, i))
	}
	return []byte(b.String())
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
