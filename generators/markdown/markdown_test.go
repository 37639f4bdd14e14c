package markdown_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/ftpcodes/ftpcodes/generators/markdown"
	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

const page = "docs/README.md"

var (
	anchor = regexp.MustCompile(`<a id="([^"]+)"></a>`)
	link   = regexp.MustCompile(`(?:^|[^\\])\[((?:[^\]\\]|\\.)*)\]\(([^)\s]*)\)`) // not after a backslash, which escapes it

	// The address formats a link may have: a section of an RFC or of an
	// Internet-Draft, an RFC as a whole, a line in a server's repository
	// or its tree at a commit, or an anchor of the page.
	rfcSection   = regexp.MustCompile(`^RFC ([1-9][0-9]*), section ([0-9A-Z]+(?:\.[0-9A-Z]+)*)$`)
	draftSection = regexp.MustCompile(`^(draft-[a-z0-9-]+-[0-9]{2}), section ([0-9]+(?:\.[0-9]+)*)$`)
	rfcWhole     = regexp.MustCompile(`^RFC ([1-9][0-9]*)$`)
	githubLine   = regexp.MustCompile(`^https://github\.com/[A-Za-z0-9-]+/[A-Za-z0-9._-]+/blob/[0-9a-f]{40}/[^#]+#L[1-9][0-9]*$`)
	githubTree   = regexp.MustCompile(`^https://github\.com/[A-Za-z0-9-]+/[A-Za-z0-9._-]+/tree/[0-9a-f]{40}$`)
)

// TestPage checks the page of every table (the shipped one and every
// golden/gen case): every code and every command has its anchor and its
// heading, with the code's text; every link to a document points to the
// section its text cites, in the address format of rfc-editor.org or
// datatracker.ietf.org; every link inside the page has its anchor; and
// every reference the table makes is linked.
func TestPage(t *testing.T) {
	for _, n := range conformance.Tables(t) {
		t.Run(n.Name, func(t *testing.T) {
			md := string(conformance.Generate(t, markdown.Target, n.Table)[page])
			checkPage(t, n.Table, md)
		})
	}
}

func checkPage(t *testing.T, tbl *spec.Table, md string) {
	ids := map[string]bool{}
	for _, m := range anchor.FindAllStringSubmatch(md, -1) {
		if ids[m[1]] {
			t.Errorf("anchor %q twice", m[1])
		}
		ids[m[1]] = true
	}
	for _, r := range tbl.Replies {
		want := fmt.Sprintf("<a id=\"%d\"></a>\n\n### %d %s\n", r.Code, r.Code, quote.MarkdownText(r.Text))
		if !strings.Contains(md, want) {
			t.Errorf("reply %d: no section starting %q", r.Code, want)
		}
		if !strings.Contains(md, fmt.Sprintf("| [%d](#%d) | %s |", r.Code, r.Code, quote.MarkdownText(r.Text))) {
			t.Errorf("reply %d: not in the summary table", r.Code)
		}
	}
	for _, c := range tbl.Commands {
		want := fmt.Sprintf("<a id=%q></a>\n\n### %s\n", c.Verb, c.Verb)
		if !strings.Contains(md, want) {
			t.Errorf("command %s: no section starting %q", c.Verb, want)
			continue
		}
		// The command's section lists every expected reply, with the
		// list that cites it.
		sec := section(md, want)
		for _, l := range c.Lists {
			for _, r := range l.Replies() {
				if !strings.Contains(sec, fmt.Sprintf("| [%d](#%d) | %s | %s |", r.Code, r.Code, quote.MarkdownText(r.Text), citeText(l.Ref))) {
					t.Errorf("command %s: reply %d not listed with %s", c.Verb, r.Code, l.Ref)
				}
			}
		}
		for _, o := range c.Observed {
			if !strings.Contains(sec, fmt.Sprintf("| [%d](#%d) |", o.Reply.Code, o.Reply.Code)) {
				t.Errorf("command %s: observed reply %d not listed", c.Verb, o.Reply.Code)
			}
			for _, e := range o.Evidence {
				if !strings.Contains(sec, "("+e.URL()+")") {
					t.Errorf("command %s: reply %d: no link to %s", c.Verb, o.Reply.Code, e)
				}
			}
		}
	}
	for _, c := range tbl.Classes {
		if !strings.Contains(md, fmt.Sprintf("| <a id=\"class-%d\"></a>%dyz | %s |", c.Digit, c.Digit, quote.MarkdownText(c.Title))) {
			t.Errorf("class %d not explained", c.Digit)
		}
	}
	for _, g := range tbl.Groups {
		if !strings.Contains(md, fmt.Sprintf("| <a id=\"group-%d\"></a>x%dz | %s |", g.Digit, g.Digit, quote.MarkdownText(g.Title))) {
			t.Errorf("group %d not explained", g.Digit)
		}
	}

	urls := map[string]bool{}
	for _, m := range link.FindAllStringSubmatch(md, -1) {
		text, url := m[1], m[2]
		urls[url] = true
		switch {
		case strings.HasPrefix(url, "#"):
			if !ids[url[1:]] {
				t.Errorf("link %q: no anchor %s", m[0], url)
			}
		case rfcSection.MatchString(text):
			s := rfcSection.FindStringSubmatch(text)
			kind := "section"
			if s[2][0] >= 'A' {
				kind = "appendix"
			}
			if want := "https://www.rfc-editor.org/rfc/rfc" + s[1] + "#" + kind + "-" + s[2]; url != want {
				t.Errorf("link %q: want %s", m[0], want)
			}
		case draftSection.MatchString(text):
			s := draftSection.FindStringSubmatch(text)
			if want := "https://datatracker.ietf.org/doc/html/" + s[1] + "#section-" + s[2]; url != want {
				t.Errorf("link %q: want %s", m[0], want)
			}
		case rfcWhole.MatchString(text):
			if want := "https://www.rfc-editor.org/rfc/rfc" + rfcWhole.FindStringSubmatch(text)[1]; url != want {
				t.Errorf("link %q: want %s", m[0], want)
			}
		case githubLine.MatchString(url), githubTree.MatchString(url):
		default:
			t.Errorf("link %q: not a known address format", m[0])
		}
	}
	// Every reference the table makes is linked.
	refs := []spec.Ref{}
	for _, c := range tbl.Classes {
		refs = append(refs, c.Ref)
	}
	for _, g := range tbl.Groups {
		refs = append(refs, g.Ref)
	}
	for _, r := range tbl.Replies {
		for _, m := range r.Meanings() {
			refs = append(refs, m.Ref)
		}
	}
	for _, c := range tbl.Commands {
		refs = append(refs, c.Ref, c.RepliesRef, c.AliasesRef)
	}
	for _, r := range refs {
		if r.Cites() && !urls[r.URL()] {
			t.Errorf("%s is not linked (%s)", r, r.URL())
		}
	}
}

// section returns md from start to the next section's anchor.
func section(md, start string) string {
	i := strings.Index(md, start)
	rest := md[i+len(start):]
	if j := strings.Index(rest, "\n<a id="); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// citeText is how the page links a list's reference.
func citeText(r spec.Ref) string {
	return "[" + quote.MarkdownText(r.String()) + "](" + r.URL() + ")"
}
