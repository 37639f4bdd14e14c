package bench_test

import (
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/bench"
	// Makes go test ./... -update accept the flag in this package.
	_ "github.com/ftpcodes/ftpcodes/internal/golden"
	"github.com/ftpcodes/ftpcodes/spec"
)

// TestSyntheticTable checks that the scaling benchmarks' tables are valid
// and hold the number of replies asked for, with commands.
func TestSyntheticTable(t *testing.T) {
	for _, n := range []int{1, 100, 300, bench.MaxThreeDigit, 900} {
		tbl, err := spec.Parse("ftpcodes.toml", bench.SyntheticTable(n))
		if err != nil {
			t.Fatalf("%d codes: %v", n, err)
		}
		if len(tbl.Replies) != n {
			t.Errorf("%d codes: the table has %d replies", n, len(tbl.Replies))
		}
		if len(tbl.Commands) != n/2 {
			t.Errorf("%d codes: the table has %d commands, want %d", n, len(tbl.Commands), n/2)
		}
		for i, c := range bench.SyntheticCodes(n) {
			if tbl.Replies[i].Code != c {
				t.Fatalf("%d codes: reply %d is %d, want %d", n, i, tbl.Replies[i].Code, c)
			}
		}
	}
}

// TestMix checks that the lookup stream is fixed and mixes known and
// unknown codes of the shipped table.
func TestMix(t *testing.T) {
	tbl, err := spec.Default()
	if err != nil {
		t.Skipf("shipped table: %v", err)
	}
	mix := bench.Mix()
	if len(mix) != bench.MixLen {
		t.Fatalf("len(Mix()) = %d", len(mix))
	}
	again := bench.Mix()
	known := 0
	for i, c := range mix {
		if again[i] != c {
			t.Fatal("Mix differs between calls")
		}
		if tbl.Reply(c) != nil {
			known++
		}
	}
	if known == 0 || known == len(mix) {
		t.Errorf("%d of %d codes in Mix are known; want a mix", known, len(mix))
	}
	t.Logf("%d of %d codes in Mix are known", known, len(mix))
	if len(bench.HTTPMix()) != bench.MixLen {
		t.Fatalf("len(HTTPMix()) = %d", len(bench.HTTPMix()))
	}
}
