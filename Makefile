# ftpcodes: make gen regenerates out/ from the embedded table; make test runs
# every check CI runs. make tools is the one step that downloads: the npm
# tools (tsc, pyright, ajv and ajv-formats, esbuild, pinned in
# package-lock.json), staticcheck and benchstat (pinned below), and as root
# pkg-config, Lua and the FTP servers.

GO ?= go

# No go command here builds with -trimpath: the README's recipes, which the
# tests follow in new modules (cmd/ftpcodegen), run go tool, which takes no
# build flags, and a -trimpath build beside it has a fresh machine compile
# the standard library twice.

STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2
BENCHSTAT ?= $(GO) run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da

# Debian's lua5.4, which runs the README's Lua template (make tools, as root).
LUA_VERSION = 5.4.4-3+deb12u1

.PHONY: gen check test bench tools fmt lint update ftpservers

gen:
	$(GO) run ./cmd/ftpcodegen -output out -v

check:
	$(GO) run ./cmd/ftpcodegen -output out -check

# make tools downloads and installs every tool make test uses, quietly: one
# line per tool. What a step prints goes to .cache/tools/<step>.log, shown
# only when the step fails.
TOOLS_LOG = .cache/tools

# $(call quietly,STEP,COMMAND) runs COMMAND with its output in the step's log.
quietly = mkdir -p $(TOOLS_LOG); if ! { $(2); } >$(TOOLS_LOG)/$(1).log 2>&1; then \
	cat $(TOOLS_LOG)/$(1).log >&2; echo "tools: $(1) failed; its output is above and in $(TOOLS_LOG)/$(1).log" >&2; exit 1; fi

tools: node_modules/.installed
	@for p in typescript pyright ajv ajv-formats esbuild; do \
	  echo "tools: $$p $$(node -p "require('./node_modules/$$p/package.json').version") (npm ci, package-lock.json)"; \
	done
	@$(call quietly,staticcheck,$(STATICCHECK) -version); \
	echo "tools: $$(head -n 1 $(TOOLS_LOG)/staticcheck.log) (go run)"
	@$(call quietly,benchstat,$(BENCHSTAT) /dev/null); \
	echo "tools: benchstat $(lastword $(subst @, ,$(BENCHSTAT))) (go run)"
	@if ! command -v pkg-config >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  $(call quietly,pkg-config,DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends pkgconf || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends pkgconf; }); \
	fi; \
	if command -v pkg-config >/dev/null; then echo "tools: pkg-config $$(pkg-config --version)"; \
	else echo "tools: pkg-config is missing (not root: install it; the C package test skips without it)"; fi
	@if [ "$$(dpkg-query -W -f='$${Version}' lua5.4 2>/dev/null)" != "$(LUA_VERSION)" ] && [ "$$(id -u)" = 0 ]; then \
	  $(call quietly,lua,DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends lua5.4=$(LUA_VERSION) || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends lua5.4=$(LUA_VERSION); }); \
	fi; \
	if command -v lua5.4 >/dev/null; then echo "tools: $$(lua5.4 -v 2>&1 | cut -d' ' -f1-2) (Debian lua5.4 $$(dpkg-query -W -f='$${Version}' lua5.4 2>/dev/null))"; \
	else echo "tools: lua5.4 is missing (not root: install it; the README's Lua template test skips without it)"; fi
ifeq ($(shell id -u),0)
	@$(call quietly,ftpservers,$(MAKE) --no-print-directory ftpservers); \
	echo "tools: $$(tail -n 1 $(TOOLS_LOG)/ftpservers.log)"
endif

node_modules/.installed: package.json package-lock.json
	@$(call quietly,npm,npm ci --no-audit --no-fund)
	@touch $@

fmt:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi

lint:
	$(GO) vet ./...
	$(STATICCHECK) ./...

# As root (CI runs as root), make tools also installs the FTP servers that
# internal/ftpsession's live tests record from; elsewhere those tests skip,
# unless CI=true, where they fail. The C package builds every table under
# eight standards and two sanitizers: past go test's 10-minute default on a
# loaded machine, hence the longer bound.
# go test's own vet pass is off: lint has just run go vet ./..., every
# analyzer over the same packages and their tests.
test: tools fmt check lint
	$(GO) test -vet=off -timeout 30m ./...

# The differential test (internal/difftest) with COUNT cases from SEED, in
# place of the fixed seeds make test runs: every language's output against
# spec. A disagreement prints the smallest input found that shows it.
# KINDS=parse,format keeps those kinds of vectors only.
SEED ?= 1
COUNT ?= 100000
KINDS ?=
.PHONY: fuzz-diff
fuzz-diff: tools
	FTPCODES_DIFF_SEED=$(SEED) FTPCODES_DIFF_COUNT=$(COUNT) FTPCODES_DIFF_KINDS=$(KINDS) \
	  $(GO) test -count=1 -run '^TestDiff$$' \
	  ./internal/difftest ./generators/c ./generators/python ./generators/typescript ./generators/rust ./generators/java

# Rewrite the golden files after a deliberate change; review the diff.
update:
	$(GO) test ./... -update

# Run every fuzz target of the module for FUZZTIME each, one after the
# other, and fail if any fails (its crashing input is then kept under the
# package's testdata/fuzz/; turn a bad table into a golden/spec case). The
# targets are found by go test -list, so a new Fuzz function anywhere is
# included. Never part of make test, which replays the seed corpora only.
FUZZTIME ?= 30s

.PHONY: fuzz
fuzz:
	@list=$$($(GO) test -list '^Fuzz' ./...) || { echo "$$list"; exit 1; }; \
	targets=$$(echo "$$list" | awk '/^Fuzz/ { names[n++] = $$1; next } \
	  /^ok / { for (i = 0; i < n; i++) print $$2 ":" names[i]; n = 0 }'); \
	if [ -z "$$targets" ]; then echo "fuzz: no fuzz targets found" >&2; exit 1; fi; \
	failed=; n=0; \
	for t in $$targets; do \
	  pkg=$${t%%:*}; name=$${t#*:}; n=$$((n + 1)); \
	  echo "== $$pkg $$name ($(FUZZTIME))"; \
	  $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) $$pkg || failed="$$failed $$pkg.$$name"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: failed:$$failed" >&2; exit 1; fi; \
	echo "fuzz: $$n targets ran $(FUZZTIME) each without a failure"

# Benchmarks (BENCHMARKS.md): every ratio of issue 17 side by side in one run
# (generation against an empty Go program and stringer, Python import against
# http, C compile time against <stdio.h>, lookups in Go, Python, TypeScript, C,
# Rust and Java against each language's own tables, sizes), each printed with
# its goal and a verdict, and written into BENCHMARKS.md's "Latest run". A few
# minutes; never part of make test. BENCHFLAGS go to
# internal/bench/cmd/benchproc, e.g. BENCHFLAGS='-only lang -keep bench-out'.
bench: tools
	BENCHSTAT='$(BENCHSTAT)' $(GO) run ./internal/bench/cmd/benchproc -write BENCHMARKS.md $(BENCHFLAGS)

# Only the go test benchmarks, 6 runs each, compared by benchstat within the
# run: each lookup against the generated function (vs base), each scaling
# table against 100 codes. BENCHOUT keeps the raw results for later benchstat
# comparisons (e.g. make bench-go BENCHOUT=old.txt, change, again to new.txt,
# then benchstat old.txt new.txt). A few minutes.
.PHONY: bench-go
bench-go:
	@out=$${BENCHOUT:-$$(mktemp)}; set -e; \
	$(GO) test -run '^$$' -bench . -benchmem -count 6 -p 1 ./spec ./generators/all ./out/go/ftpcodes >"$$out"; \
	echo '== Lookups: generated Go against net/http.StatusText, inline arithmetic and maps'; \
	$(BENCHSTAT) -filter '.name:(Text OR Class) .unit:sec/op' -table .name -col '/impl@(ftpcodes.Text ftpcodes.Code.Class http.StatusText inline map)' "$$out"; \
	echo '== Scaling: synthetic tables against 100 codes'; \
	$(BENCHSTAT) -filter '.name:(ParseScaling OR Scaling OR GenerateScaling) .unit:(sec/op OR sec/code)' -table .name -col /codes "$$out"; \
	echo '== Generation from the shipped table'; \
	$(BENCHSTAT) -filter '.name:(Parse OR Generate OR Pipeline OR PipelineWrite)' "shipped=$$out"; \
	if [ -z "$$BENCHOUT" ]; then rm -f "$$out"; fi

# The FTP servers internal/ftpsession records sessions from: vsftpd,
# pure-ftpd and ProFTPD, Debian's packages, pinned (versions and how they are
# installed: internal/ftpsession/ftpservers.sh). Quick when done already.
ftpservers:
	@sh internal/ftpsession/ftpservers.sh
