package user

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"text/template"
)

// hostileTexts are texts that break naive escapers: quotes, backslashes,
// comment closers and openers, template syntax, non-ASCII, U+2028 and
// U+2029, a bidi override, controls, invalid UTF-8.
var hostileTexts = []string{
	`Quotes " ' ` + "`" + ` """ ''' and a backslash \ \\ \n \u0041 \`,
	"comment closers */ /* --> <!-- ]] --[[ and ??/ ??=",
	"template syntax ${x} $x #{x} {{ .X }} %s {0} @x $(id) `id`",
	"non-ASCII déjà vu 日本語 🚀, separators \u2028 \u2029, bidi \u202e, zero width \u200b, NEL \u0085",
	"controls \x00 \x01 \t \n \r \v \f \x7f, invalid UTF-8 \xff \xc3",
}

// TestFuncsHostile calls every escaper of Funcs through a template
// on each hostile text: each result stays on one line (but shellquote's,
// whose single quotes hold a line break as it is), a comment cannot be
// closed early, and the literals of Go, JavaScript and JSON read back.
func TestFuncsHostile(t *testing.T) {
	for name, f := range Funcs {
		if _, ok := f.(func(string) string); !ok && name != "json" {
			continue
		}
		tmpl := template.Must(template.New(name).Funcs(Funcs).Parse("{{" + name + " .}}"))
		for _, s := range hostileTexts {
			var b strings.Builder
			if err := tmpl.Execute(&b, s); err != nil {
				t.Fatalf("%s(%q): %v", name, s, err)
			}
			got := b.String()
			if name != "shellquote" && strings.ContainsAny(got, "\n\r\u2028\u2029") {
				t.Errorf("%s(%q) = %q: a line break", name, s, got)
			}
			body := got
			switch name {
			case "ccomment":
				body = strings.TrimSuffix(strings.TrimPrefix(got, "/*"), "*/")
			case "javadoc", "jsdoc":
			default:
				body = ""
			}
			if strings.Contains(body, "*/") {
				t.Errorf("%s(%q) = %q closes the comment early", name, s, got)
			}
			valid := strings.ToValidUTF8(s, "\ufffd")
			switch name {
			case "gostring":
				if u, err := strconv.Unquote(got); err != nil || u != s {
					t.Errorf("%s(%q) = %s reads back as %q, %v", name, s, got, u, err)
				}
			case "jsstring", "json":
				var u string
				if err := json.Unmarshal([]byte(got), &u); err != nil || u != string([]rune(s)) && u != valid {
					t.Errorf("%s(%q) = %s reads back as %q, %v", name, s, got, u, err)
				}
			}
		}
	}
}
