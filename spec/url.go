package spec

import (
	"strconv"
	"strings"
)

// URL returns the address of the cited document, at the cited section
// when there is one: "https://www.rfc-editor.org/rfc/rfc959#section-4.2.2"
// for an RFC (a lettered section, as "A.1", is an appendix:
// "#appendix-A.1"), "https://datatracker.ietf.org/doc/html/
// draft-somers-ftp-mfxx-03#section-3.1" for an Internet-Draft; "" when
// the reference cites neither.
func (r Ref) URL() string {
	var u string
	switch {
	case r.RFC != 0:
		u = "https://www.rfc-editor.org/rfc/rfc" + strconv.Itoa(r.RFC)
	case r.Document != "":
		u = "https://datatracker.ietf.org/doc/html/" + r.Document
	default:
		return ""
	}
	switch {
	case r.Section == "":
		return u
	case r.Section[0] >= 'A' && r.Section[0] <= 'Z':
		return u + "#appendix-" + r.Section
	}
	return u + "#section-" + r.Section
}

// URL returns the address of the source the server's entry cites: its
// repository's tree at the commit read.
func (s *Server) URL() string {
	return "https://github.com/" + s.Repository + "/tree/" + s.Commit
}

// URL returns the address of the evidence's line in the server's
// repository at the commit read.
func (e *Evidence) URL() string {
	return "https://github.com/" + e.Server.Repository + "/blob/" + e.Server.Commit + "/" + escapePath(e.File) + "#L" + strconv.Itoa(e.Line)
}

// escapePath escapes each element of a slash-separated path for a URL:
// every byte but the unreserved ones (RFC 3986 section 2.3).
func escapePath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '/' || c == '-' || c == '.' || c == '_' || c == '~' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			b.WriteByte(c)
		} else {
			b.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
		}
	}
	return b.String()
}
