package bench

import "math/rand/v2"

// MixLen is the length of Mix: a power of two, so that a benchmark loop
// can index it with i&(MixLen-1).
const MixLen = 1024

// traffic is how often a client sees each reply in ordinary FTP sessions
// (log in, change directory, list, transfer, quit, with the usual errors),
// as a weight per code, followed by codes that no table defines: the
// numbers a misbehaving server or a confused caller passes, about one
// lookup in fourteen.
var traffic = []struct{ code, weight int }{
	// A session: greeting, login, PWD/CWD/TYPE, passive transfers, quit.
	{220, 30}, {331, 30}, {230, 30}, {257, 30}, {250, 40}, {200, 60},
	{227, 60}, {229, 50}, {150, 110}, {226, 110}, {213, 50}, {350, 10},
	{221, 30}, {211, 10}, {215, 10}, {214, 5}, {125, 20}, {234, 5},
	{334, 5}, {202, 5}, {212, 5}, {332, 3}, {120, 2},
	// The usual errors.
	{550, 60}, {530, 15}, {421, 15}, {425, 10}, {426, 10}, {450, 10},
	{451, 10}, {452, 5}, {500, 15}, {501, 15}, {502, 15}, {503, 10},
	{504, 5}, {532, 2}, {551, 3}, {552, 5}, {553, 10}, {522, 5},
	// Unknown: numbers outside any table, or slots no RFC fills.
	{0, 10}, {99, 5}, {199, 10}, {299, 10}, {399, 10}, {499, 15},
	{599, 15}, {999, 10}, {1000, 5}, {10099, 5},
}

// Mix returns MixLen reply codes drawn from a fixed realistic distribution
// (same seed, same stream, in every language): mostly the replies of
// ordinary sessions, weighted by how often they occur, and about one in
// fourteen a code no table defines (75 of the 1024).
func Mix() []int {
	total := 0
	for _, t := range traffic {
		total += t.weight
	}
	r := rand.New(rand.NewPCG(7, 959))
	out := make([]int, MixLen)
	for i := range out {
		n := r.IntN(total)
		for _, t := range traffic {
			if n < t.weight {
				out[i] = t.code
				break
			}
			n -= t.weight
		}
	}
	return out
}

// HTTPMix returns MixLen HTTP status codes drawn the same way as Mix: the
// stream net/http.StatusText meets in a server's access log, with the same
// share of unknown numbers as Mix, so that the switch of StatusText can be
// compared with the generated one on inputs of its own as well as on the
// FTP stream.
func HTTPMix() []int {
	web := []struct{ code, weight int }{
		{200, 400}, {204, 20}, {206, 20}, {301, 30}, {302, 40}, {304, 120},
		{307, 5}, {308, 5}, {400, 20}, {401, 25}, {403, 25}, {404, 80},
		{405, 5}, {409, 5}, {413, 5}, {429, 15}, {499, 10}, {500, 20},
		{502, 15}, {503, 15}, {504, 10},
		{0, 10}, {99, 5}, {199, 10}, {299, 10}, {399, 10}, {599, 15},
		{999, 10}, {1000, 5}, {10099, 5},
	}
	total := 0
	for _, t := range web {
		total += t.weight
	}
	r := rand.New(rand.NewPCG(7, 2616))
	out := make([]int, MixLen)
	for i := range out {
		n := r.IntN(total)
		for _, t := range web {
			if n < t.weight {
				out[i] = t.code
				break
			}
			n -= t.weight
		}
	}
	return out
}
