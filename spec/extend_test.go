package spec_test

import (
	"slices"
	"testing"

	"github.com/ftpcodes/ftpcodes"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestExtend lays two overlays over the shipped table: records are added,
// a record with replace = true replaces the table's, practice entries join
// the table's in code order, and Source names every file.
func TestExtend(t *testing.T) {
	site := `
[reply.559]
name = "QuotaPolicyDenied"
text = "Transfer refused by site quota policy."
description = "Our gateway refuses a transfer that its quota policy forbids."
status = "non-standard"
source = "Example Corp FTP gateway"

[command.SITEQ]
description = "Ask the gateway for the caller's remaining quota."
syntax = "SITEQ <CRLF>"
status = "non-standard"
source = "Example Corp FTP gateway"
preliminary = []
intermediate = []
success = [200]
error = [559, 500, 530]

[server.gateway]
name = "Example gateway"
version = "2.1"
repository = "example/gateway"
commit = "0123456789abcdef0123456789abcdef01234567"

[[practice.RETR]]
code = 559
evidence = [{ server = "gateway", at = "src/quota.c:42", when = "quota exceeded" }]

[[practice.RETR]]
code = 230
evidence = [{ server = "gateway", at = "src/retr.c:7", when = "a test of the order" }]
`
	more := `
[reply.559]
replace = true
name = "QuotaPolicyDenied"
text = "Quota exceeded."
description = "Our gateway refuses a transfer that its quota policy forbids."
status = "non-standard"
source = "Example Corp FTP gateway"
`
	tbl, err := spec.Extend(ftpcodes.TableName, ftpcodes.Table, []spec.Overlay{{Name: "site.toml", Src: []byte(site)}, {Name: "dir/more.toml", Src: []byte(more)}})
	if err != nil {
		t.Fatal(err)
	}
	if tbl.Source != "ftpcodes.toml+site.toml+more.toml" {
		t.Errorf("Source = %q", tbl.Source)
	}
	if r := tbl.Reply(559); r == nil || r.Text != "Quota exceeded." || r.Class.Digit != 5 || r.Group.Digit != 5 {
		t.Errorf("reply 559 = %+v", r)
	}
	if c := tbl.Command("SITEQ"); c == nil || !c.Expects(559) || !c.Expects(200) || c.Expects(550) {
		t.Errorf("command SITEQ = %+v", c)
	}
	var codes []int
	for _, o := range tbl.Command("RETR").Observed {
		codes = append(codes, o.Reply.Code)
	}
	if !slices.Contains(codes, 559) || !slices.Contains(codes, 230) || !slices.IsSorted(codes) {
		t.Errorf("RETR observed %v; want 230 and 559 among them, in order", codes)
	}
	def, err := spec.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(tbl.Replies) != len(def.Replies)+1 || len(tbl.Commands) != len(def.Commands)+1 || tbl.Reply(550).Text != def.Reply(550).Text {
		t.Errorf("the overlays changed the shipped records")
	}
}
