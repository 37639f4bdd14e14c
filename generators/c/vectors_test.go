package c_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// meaning is a templated meaning with the C names the header gives it.
type meaning struct {
	code  int
	m     *spec.Meaning
	name  string // lower_snake_case: ftp_format_<name>
	camel string // the vectors' name
}

func meanings(tbl *spec.Table) []meaning {
	out := make([]meaning, len(tbl.Templated))
	for i, m := range tbl.Templated {
		out[i] = meaning{m.Code, m, m.Name.LowerSnake, m.Name.Camel}
	}
	return out
}

// hasStrings reports whether a template has a string parameter, and so
// needs a buffer to parse into.
func hasStrings(t *spec.Template) bool {
	for _, p := range t.Params {
		if p.Type == spec.TypeString {
			return true
		}
	}
	return false
}

// dispatch writes dispatch.h for tbl: parse_vector and format_vector,
// which run a vector by its meaning's name, and check_meanings, which
// runs every meaning's round trips.
func dispatch(t *testing.T, tbl *spec.Table) []byte {
	var b strings.Builder
	b.WriteString("/* Written by the Go test for the table under test. */\n")

	// parse_vector: the parser of name on text, with a buffer of exactly
	// strlen(text) + 1 bytes, which the header promises is enough, or none
	// when the template has no strings.
	b.WriteString(`
/* Runs a parse vector; returns 0 if name is no meaning's. */
static int parse_vector(const char *name, const char *text, char *buf, size_t size)
{
    (void)name;
    (void)text;
    (void)buf;
    (void)size;
`)
	for _, m := range meanings(tbl) {
		params := m.m.Template.Params
		fmt.Fprintf(&b, "    if (strcmp(name, %s) == 0) {\n", quote.CString(m.camel))
		b.WriteString("        int r;\n")
		if len(params) == 0 {
			fmt.Fprintf(&b, "        r = ftp_parse_%s(text);\n", m.name)
			b.WriteString("        if (r == 1)\n            puts(\"ok \");\n")
		} else {
			fmt.Fprintf(&b, "        struct ftp_%s_values v;\n", m.name)
			if hasStrings(m.m.Template) {
				fmt.Fprintf(&b, "        r = ftp_parse_%s(text, &v, buf, strlen(text) + 1 <= size ? strlen(text) + 1 : 0);\n", m.name)
			} else {
				fmt.Fprintf(&b, "        r = ftp_parse_%s(text, &v, NULL, 0);\n", m.name)
			}
			b.WriteString("        if (r == 1) {\n            printf(\"ok\");\n")
			for _, p := range params {
				switch p.Type {
				case spec.TypeUint:
					fmt.Fprintf(&b, "            put_uint(v.%s);\n", p.Name.LowerSnake)
				case spec.TypeTime:
					fmt.Fprintf(&b, "            put_time(&v.%s);\n", p.Name.LowerSnake)
				default:
					fmt.Fprintf(&b, "            put_hex(v.%s);\n", p.Name.LowerSnake)
				}
			}
			b.WriteString("            putchar('\\n');\n        }\n")
		}
		b.WriteString(`        if (r == 0)
            puts("no");
        else if (r != 1)
            fail("a parser returns neither 0 nor 1", name);
        return 1;
    }
`)
	}
	b.WriteString("    return 0;\n}\n")

	// format_vector: the formatter of name with the vector's values, each
	// converted to its C type first; one C cannot hold is an error.
	b.WriteString(`
/* Runs a format vector; returns 0 if name is no meaning's. */
static int format_vector(const char *name, const struct value *v, size_t n, char *buf, size_t size)
{
    (void)name;
    (void)v;
    (void)n;
    (void)buf;
    (void)size;
`)
	for _, m := range meanings(tbl) {
		params := m.m.Template.Params
		fmt.Fprintf(&b, "    if (strcmp(name, %s) == 0) {\n", quote.CString(m.camel))
		var conds, args []string
		conds = append(conds, fmt.Sprintf("n == %d", len(params)))
		for i, p := range params {
			switch p.Type {
			case spec.TypeUint:
				fmt.Fprintf(&b, "        unsigned long long a%d;\n", i)
				conds = append(conds, fmt.Sprintf("as_uint(&v[%d], &a%d)", i, i))
				args = append(args, fmt.Sprintf("a%d", i))
			case spec.TypeTime:
				fmt.Fprintf(&b, "        struct ftp_time a%d;\n", i)
				conds = append(conds, fmt.Sprintf("as_time(&v[%d], &a%d)", i, i))
				args = append(args, fmt.Sprintf("&a%d", i))
			default:
				fmt.Fprintf(&b, "        const char *a%d;\n", i)
				conds = append(conds, fmt.Sprintf("as_string(&v[%d], &a%d)", i, i))
				args = append(args, fmt.Sprintf("a%d", i))
			}
		}
		fmt.Fprintf(&b, "        if (%s)\n", strings.Join(conds, " && "))
		fmt.Fprintf(&b, "            put_formatted(ftp_format_%s(%s), buf);\n", m.name, strings.Join(append([]string{"buf", "size"}, args...), ", "))
		b.WriteString("        else\n            puts(\"error\");\n        return 1;\n    }\n")
	}
	b.WriteString("    return 0;\n}\n")

	// A round-trip function per meaning, then check_meanings calling it
	// with every case.
	for _, m := range meanings(tbl) {
		writeRoundTrip(&b, m)
	}
	b.WriteString(`
/* Runs every meaning's round trips and refusals. */
static void check_meanings(void)
{
`)
	decls, voids, _ := strings.Cut(timeDecls, "    (void)")
	b.WriteString(decls)
	fmt.Fprintf(&b, "    char *long_path = repeat(%s, %d);\n", quote.CString(longPathUnit), longLen)
	fmt.Fprintf(&b, "    char *long_plain = repeat(\"x\", %d);\n", longLen)
	b.WriteString("    (void)" + voids)
	b.WriteString("    (void)long_path;\n    (void)long_plain;\n")
	for _, m := range meanings(tbl) {
		for i, cs := range cases(t, m) {
			args := append([]string{fmt.Sprint(i), cs.want, fmt.Sprint(cs.wantLen), fmt.Sprint(cs.more)}, cs.args...)
			fmt.Fprintf(&b, "    roundtrip_%s(%s);\n", m.name, strings.Join(args, ", "))
		}
	}
	b.WriteString("    free(long_path);\n    free(long_plain);\n}\n")
	return []byte(b.String())
}

// writeRoundTrip writes roundtrip_NAME(which, want, want_len, more,
// args...): it formats args and checks the text against want, then checks
// that one byte less of buffer is refused, and parses the text back,
// checking the values against args and that the parser needs no more
// buffer than its strings and their NULs, and refuses one byte less.
// Then it parses the text with moreText after it, which must give args
// again if more is 1, other values if 2, and fail if more is 0.
func writeRoundTrip(b *strings.Builder, m meaning) {
	params := m.m.Template.Params
	decls := []string{"int which", "const char *want", "long want_len", "int more"}
	var args, checks, need []string
	for i, p := range params {
		a := fmt.Sprintf("a%d", i)
		field := "v." + p.Name.LowerSnake
		args = append(args, a)
		switch p.Type {
		case spec.TypeUint:
			decls = append(decls, "unsigned long long "+a)
			checks = append(checks, fmt.Sprintf("%s != %s", field, a))
		case spec.TypeTime:
			decls = append(decls, "const struct ftp_time *"+a)
			checks = append(checks, fmt.Sprintf("!same_time(&%s, %s)", field, a))
		default:
			decls = append(decls, "const char *"+a)
			checks = append(checks, fmt.Sprintf("strcmp(%s, %s) != 0", field, a))
			need = append(need, fmt.Sprintf("strlen(%s) + 1", a))
		}
	}
	call := func(buf, size string) string {
		return fmt.Sprintf("ftp_format_%s(%s)", m.name, strings.Join(append([]string{buf, size}, args...), ", "))
	}
	name := quote.CString(m.camel)
	fmt.Fprintf(b, "\nstatic void roundtrip_%s(%s)\n{\n", m.name, strings.Join(decls, ", "))
	b.WriteString("    static char buf[32768], scratch[32768];\n")
	if len(params) > 0 {
		fmt.Fprintf(b, "    struct ftp_%s_values v;\n", m.name)
	}
	if len(need) > 0 {
		b.WriteString("    size_t need;\n")
	}
	fmt.Fprintf(b, "    int n = %s;\n", call("buf", "sizeof buf"))
	fmt.Fprintf(b, "    if (!check_formatted(%s, which, n, buf, want, want_len))\n        return;\n", name)
	fmt.Fprintf(b, "    if (%s != -1 || scratch[0] != '\\0' || %s != n)\n", call("scratch", "CAST(size_t, n)"), call("scratch", "CAST(size_t, n) + 1"))
	fmt.Fprintf(b, "        fail(%s, \"a buffer one byte too small is not refused, or one just large enough is\");\n", name)
	if len(params) == 0 {
		fmt.Fprintf(b, "    if (ftp_parse_%s(buf) != 1)\n        fail(%s, \"its text does not parse\");\n", m.name, name)
		fmt.Fprintf(b, "    buf[n] = 'x';\n    buf[n + 1] = '\\0';\n")
		fmt.Fprintf(b, "    if (ftp_parse_%s(buf) != 0)\n        fail(%s, \"a longer text parses\");\n", m.name, name)
		fmt.Fprintf(b, "    (void)which;\n    (void)more;\n}\n")
		return
	}
	bufArgs := "scratch, need"
	if len(need) == 0 {
		bufArgs = "NULL, 0"
	} else {
		fmt.Fprintf(b, "    need = %s;\n", strings.Join(need, " + "))
	}
	fmt.Fprintf(b, "    if (ftp_parse_%s(buf, &v, %s) != 1 || %s) {\n", m.name, bufArgs, strings.Join(checks, " || "))
	fmt.Fprintf(b, "        fprintf(stderr, \"%%s case %%d: %%.60s reads back otherwise\\n\", %s, which, buf);\n        failures++;\n    }\n", name)
	if len(need) > 0 {
		fmt.Fprintf(b, "    if (ftp_parse_%s(buf, &v, scratch, need - 1) != 0)\n", m.name)
		fmt.Fprintf(b, "        fail(%s, \"a string buffer one byte too small is not refused\");\n", name)
		fmt.Fprintf(b, "    if (ftp_parse_%s(buf, &v, scratch, strlen(buf) + 1) != 1)\n", m.name)
		fmt.Fprintf(b, "        fail(%s, \"strlen(text) + 1 bytes are not enough\");\n", name)
	}
	fmt.Fprintf(b, "    strcat(buf, %s);\n", quote.CString(moreText))
	fmt.Fprintf(b, "    if (ftp_parse_%s(buf, &v, scratch, sizeof scratch) != (more != 0) || (more == 1 && (%s)))\n", m.name, strings.Join(checks, " || "))
	fmt.Fprintf(b, "        fail(%s, \"more text after its text\");\n", name)
	b.WriteString("}\n")
}

// The long values: longLen bytes of longPathUnit repeated, or of "x".
const (
	longLen      = 10000
	longPathUnit = `/dir "q" é 1 ""`
)

// hostileStrings are the string values of the round trips, as C
// expressions and their Go values; a Go value of "" with a C expression
// other than "\"\"" is NULL, which only C has.
var hostileStrings = []struct{ c, v string }{
	{quote.CString("/home/user"), "/home/user"},
	{quote.CString(`/a "quoted" dir`), `/a "quoted" dir`},
	{quote.CString(`"`), `"`},
	{quote.CString(`""`), `""`},
	{quote.CString(`"leading`), `"leading`},
	{quote.CString(`trailing"`), `trailing"`},
	{quote.CString("  spaces  and more  "), "  spaces  and more  "},
	{quote.CString("déjà vu 🚀 Straße \u2028"), "déjà vu 🚀 Straße \u2028"},
	{quote.CString("123 leading digits"), "123 leading digits"},
	{quote.CString("227 Entering Passive Mode (1,2,3,4,5,6)."), "227 Entering Passive Mode (1,2,3,4,5,6)."},
	{quote.CString(`trailing \`), `trailing \`},
	{quote.CString("a = b"), "a = b"},
	{quote.CString("(|||1|) ADAT= minutes. system type."), "(|||1|) ADAT= minutes. system type."},
	{quote.CString("%s %n ??/ */ {x} {{"), "%s %n ??/ */ {x} {{"},
	{"long_path", strings.Repeat(longPathUnit, longLen)[:longLen]},
	{"long_plain", strings.Repeat("x", longLen)},
	// Refused.
	{quote.CString("a\rb"), "a\rb"},
	{quote.CString("a\nb"), "a\nb"},
	{quote.CString("x\r\n200 forged"), "x\r\n200 forged"},
	{quote.CString(""), ""},
	{"NULL", ""},
}

// hostileTimes are the time values of the round trips: a static const
// struct ftp_time of check_meanings, and its time-val if it is valid.
var hostileTimes = []struct{ c, v string }{
	{"&t_plain", "20010203040506"},
	{"&t_leap", "20240229235959.5"},
	{"&t_first", "00000101000000"},
	{"&t_last", "99991231235959.999999999"},
	{"&t_millis", "19980615100045.014"},
	{"&t_nanos", "20000229120000.000000001"},
	{"&t_no_leap", ""},
	{"&t_century", ""},
	{"&t_month_13", ""},
	{"&t_month_0", ""},
	{"&t_day_0", ""},
	{"&t_april_31", ""},
	{"&t_hour_24", ""},
	{"&t_minute_60", ""},
	{"&t_leap_second", ""},
	{"&t_negative_nanos", ""},
	{"&t_second_of_nanos", ""},
	{"&t_year_minus_1", ""},
	{"&t_year_10000", ""},
	{"NULL", ""},
}

const timeDecls = `    static const struct ftp_time t_plain = {2001, 2, 3, 4, 5, 6, 0};
    static const struct ftp_time t_leap = {2024, 2, 29, 23, 59, 59, 500000000L};
    static const struct ftp_time t_first = {0, 1, 1, 0, 0, 0, 0};
    static const struct ftp_time t_last = {9999, 12, 31, 23, 59, 59, 999999999L};
    static const struct ftp_time t_millis = {1998, 6, 15, 10, 0, 45, 14000000L};
    static const struct ftp_time t_nanos = {2000, 2, 29, 12, 0, 0, 1};
    static const struct ftp_time t_no_leap = {2023, 2, 29, 0, 0, 0, 0};
    static const struct ftp_time t_century = {1900, 2, 29, 0, 0, 0, 0};
    static const struct ftp_time t_month_13 = {2001, 13, 1, 0, 0, 0, 0};
    static const struct ftp_time t_month_0 = {2001, 0, 1, 0, 0, 0, 0};
    static const struct ftp_time t_day_0 = {2001, 1, 0, 0, 0, 0, 0};
    static const struct ftp_time t_april_31 = {2001, 4, 31, 0, 0, 0, 0};
    static const struct ftp_time t_hour_24 = {2001, 1, 1, 24, 0, 0, 0};
    static const struct ftp_time t_minute_60 = {2001, 1, 1, 0, 60, 0, 0};
    static const struct ftp_time t_leap_second = {2016, 12, 31, 23, 59, 60, 0};
    static const struct ftp_time t_negative_nanos = {2001, 1, 1, 0, 0, 0, -1};
    static const struct ftp_time t_second_of_nanos = {2001, 1, 1, 0, 0, 0, 1000000000L};
    static const struct ftp_time t_year_minus_1 = {-1, 1, 1, 0, 0, 0, 0};
    static const struct ftp_time t_year_10000 = {10000, 1, 1, 0, 0, 0, 0};
    (void)t_plain;
    (void)t_leap;
    (void)t_first;
    (void)t_last;
    (void)t_millis;
    (void)t_nanos;
    (void)t_no_leap;
    (void)t_century;
    (void)t_month_13;
    (void)t_month_0;
    (void)t_day_0;
    (void)t_april_31;
    (void)t_hour_24;
    (void)t_minute_60;
    (void)t_leap_second;
    (void)t_negative_nanos;
    (void)t_second_of_nanos;
    (void)t_year_minus_1;
    (void)t_year_10000;
`

// moreText is what a round trip appends to a text to parse it again.
const moreText = " (and 42 more)"

// roundTripCase is one call of a meaning's round trip: the C arguments,
// and the text spec's Format gives for them (want a C literal or NULL
// when too long for one, wantLen its length), or wantLen -1 for an error;
// more is 1 if spec's Parse reads the values back from the text with
// moreText after it, 2 if it reads other values, 0 if it reads none.
type roundTripCase struct {
	args    []string
	want    string
	wantLen int
	more    int
}

// cases returns the round trips of m: a base case of plain values, then
// each parameter in turn through its hostile values, the others plain.
func cases(t *testing.T, m meaning) []roundTripCase {
	params := m.m.Template.Params
	type value struct{ c, v string } // v "" with c not "\"\"": no Go value, an error
	base := make([]value, len(params))
	options := make([][]value, len(params))
	for i, p := range params {
		switch p.Type {
		case spec.TypeUint:
			base[i] = value{fmt.Sprintf("%dULL", min(42, p.Max)), fmt.Sprint(min(42, p.Max))}
			for _, n := range []uint64{0, 1, p.Max - 1, p.Max, p.Max + 1, 1<<64 - 1} {
				options[i] = append(options[i], value{fmt.Sprintf("%dULL", n), fmt.Sprint(n)})
			}
		case spec.TypeTime:
			base[i] = value(hostileTimes[0])
			for _, h := range hostileTimes {
				options[i] = append(options[i], value(h))
			}
		default:
			base[i] = value(hostileStrings[0])
			for _, h := range hostileStrings {
				options[i] = append(options[i], value(h))
			}
		}
	}
	one := func(vals []value) roundTripCase {
		var cs roundTripCase
		texts := make([]string, len(vals))
		valid := true
		for i, v := range vals {
			cs.args = append(cs.args, v.c)
			texts[i] = v.v
			if v.v == "" && v.c != `""` {
				valid = false
			}
		}
		text, err := m.m.Template.Format(texts)
		switch {
		case !valid || err != nil:
			cs.want, cs.wantLen = "NULL", -1
		case len(text) > 4000: // C99 promises literals of 4095 characters
			cs.want, cs.wantLen = "NULL", len(text)
		default:
			cs.want, cs.wantLen = quote.CString(text), len(text)
		}
		if cs.wantLen >= 0 {
			if got, ok := m.m.Template.Parse(text + moreText); ok {
				cs.more = 2
				if slices.Equal(got, texts) {
					cs.more = 1
				}
			}
		}
		return cs
	}
	out := []roundTripCase{one(base)}
	for i := range params {
		for _, o := range options[i] {
			vals := append([]value(nil), base...)
			vals[i] = o
			out = append(out, one(vals))
		}
	}
	return out
}
