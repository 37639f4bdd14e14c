package spec

import "testing"

func TestURL(t *testing.T) {
	for _, c := range []struct {
		ref  Ref
		want string
	}{
		{Ref{RFC: 959, Section: "4.2.2"}, "https://www.rfc-editor.org/rfc/rfc959#section-4.2.2"},
		{Ref{RFC: 959, Section: "A.1"}, "https://www.rfc-editor.org/rfc/rfc959#appendix-A.1"},
		{Ref{RFC: 775}, "https://www.rfc-editor.org/rfc/rfc775"},
		{Ref{Document: "draft-somers-ftp-mfxx-03", Section: "3.1"}, "https://datatracker.ietf.org/doc/html/draft-somers-ftp-mfxx-03#section-3.1"},
		{Ref{Source: "vsftpd"}, ""},
	} {
		if got := c.ref.URL(); got != c.want {
			t.Errorf("%+v.URL() = %q; want %q", c.ref, got, c.want)
		}
	}
	s := &Server{Repository: "jedisct1/pure-ftpd", Commit: "0123456789abcdef0123456789abcdef01234567"}
	if got, want := s.URL(), "https://github.com/jedisct1/pure-ftpd/tree/0123456789abcdef0123456789abcdef01234567"; got != want {
		t.Errorf("Server.URL() = %q; want %q", got, want)
	}
	e := &Evidence{Server: s, File: "src/ftp parser#1.c", Line: 811}
	if got, want := e.URL(), "https://github.com/jedisct1/pure-ftpd/blob/0123456789abcdef0123456789abcdef01234567/src/ftp%20parser%231.c#L811"; got != want {
		t.Errorf("Evidence.URL() = %q; want %q", got, want)
	}
}
