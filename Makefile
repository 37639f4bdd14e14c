# ftpcodes: make gen regenerates out/ from the embedded table; make test runs
# every check CI runs. The npm tools (tsc, pyright) are pinned in
# package-lock.json and installed by npm ci when missing.

GO ?= go

STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: gen check test bench tools fmt lint update

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

lint:
	$(GO) vet ./...
	$(STATICCHECK) ./...

test: tools fmt check lint
	$(GO) test ./...

# Rewrite the golden files after a deliberate change; review the diff.
update:
	$(GO) test ./... -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
