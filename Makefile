# ftpcodes: make gen regenerates out/ from the embedded table; make test runs
# every check CI runs. The npm tools (tsc, pyright) are pinned in
# package-lock.json and installed by npm ci when missing.

GO ?= go

.PHONY: gen check test bench tools fmt update

gen:
	$(GO) run ./cmd/ftpcodegen -output out

check:
	$(GO) run ./cmd/ftpcodegen -output out -check

tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

fmt:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi

test: tools fmt check
	$(GO) vet ./...
	$(GO) test ./...

# Rewrite the golden files after a deliberate change; review the diff.
update:
	$(GO) test ./... -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
