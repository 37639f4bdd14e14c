package quote

import "testing"

func TestMarkdownText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Can't open data connection.", "Can't open data connection."},
		{`Requested file action okay, completed.`, `Requested file action okay, completed.`},
		{"a*b*_c_ `x` [l](u) <b>&amp; | ~~s~~ \\", `a\*b\*\_c\_ \` + "`x\\`" + ` \[l\](u) \<b\>\&amp; \| \~\~s\~\~ \\`},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"= setext", `\= setext`},
		{"closing #", `closing \#`},
		{"C# and F#", `C\# and F\#`},
		{"1. list", `1\. list`},
		{"12) list", `12\) list`},
		{"1.5 version", "1.5 version"},
		{"1.", `1\.`},
		{"v1. a", "v1. a"},
		{"a-b 2. c", "a-b 2. c"},
		{"line\nbreak\r", "line break "},
		{"*/ ${x} \u2028 é", `\*/ ${x}   é`},
	} {
		if got := MarkdownText(c.in); got != c.want {
			t.Errorf("MarkdownText(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestMarkdownCode(t *testing.T) {
	for _, c := range []struct{ in, want, cell string }{
		{"RETR <SP> <pathname> <CRLF>", "`RETR <SP> <pathname> <CRLF>`", "`RETR <SP> <pathname> <CRLF>`"},
		{"a`b", "``a`b``", "``a`b``"},
		{"`x``", "``` `x`` ```", "``` `x`` ```"},
		{"a|b", "`a|b`", "`a\\|b`"},
		{"  ", "`  `", "`  `"},
		{"", "`  `", "`  `"},
		{"a\nb", "`a b`", "`a b`"},
	} {
		if got := MarkdownCode(c.in); got != c.want {
			t.Errorf("MarkdownCode(%q) = %q; want %q", c.in, got, c.want)
		}
		if got := MarkdownCell(c.in); got != c.cell {
			t.Errorf("MarkdownCell(%q) = %q; want %q", c.in, got, c.cell)
		}
	}
}
