package typescript

import (
	"path/filepath"
	"testing"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
)

// TestPackage installs the generated folder as its users would, with npm
// into a fresh project, offline (the package has no dependencies), and
// imports it by its name: from an ES module in plain JavaScript run by
// node, and from TypeScript checked by tsc under --strict with the
// resolution of Node (node16) and of bundlers, each of which must find the
// types through package.json's exports.
func TestPackage(t *testing.T) {
	npm := conformance.Require(t, "npm")
	node := conformance.Require(t, "node")
	tsc := conformance.NodeBin(t, "tsc")
	dir := t.TempDir()
	files := conformance.Generate(t, Target, conformance.Tables(t)[0].Table)
	files["app/package.json"] = []byte(`{"name": "app", "private": true, "type": "module"}` + "\n")
	files["app/main.mjs"] = []byte(`import { FtpReply, replyText, formatPathnameCreated, parseReply } from "ftpcodes";

console.log(replyText(FtpReply.PATHNAME_CREATED));
console.log(formatPathnameCreated('a "b"'));
console.log(parseReply(["211-a", "211 b"]).text.replace("\n", "|"));
`)
	files["app/main.ts"] = []byte(`import { FtpReply, lookupReply, replyText } from "ftpcodes";
import type { FtpReplyCode, ReplyInfo } from "ftpcodes";

declare const console: { log(message: string): void };

const code: FtpReplyCode = FtpReply.PATHNAME_CREATED;
const info: ReplyInfo<typeof code> = lookupReply(code);
const text: string = replyText(code);
// @ts-expect-error -- an unknown number may have no text
const wrong: string = replyText(Number("1"));
console.log(` + "`${info.code} ${text} ${String(wrong)}`" + `);
`)
	for _, res := range []struct{ module, resolution string }{{"node16", "node16"}, {"esnext", "bundler"}} {
		files["app/tsconfig."+res.resolution+".json"] = []byte(`{
  "compilerOptions": {
    "strict": true,
    "noEmit": true,
    "target": "es2022",
    "lib": ["es2022"],
    "types": [],
    "module": "` + res.module + `",
    "moduleResolution": "` + res.resolution + `"
  },
  "files": ["main.ts"]
}
`)
	}
	conformance.WriteFiles(t, dir, files)
	app := filepath.Join(dir, "app")
	conformance.Run(t, app, npm, "install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts",
		"--loglevel=error", filepath.Join(dir, "typescript"))
	got := conformance.Run(t, app, node, "main.mjs")
	if want := "\"PATHNAME\" created.\n\"a \"\"b\"\"\" created.\na|b\n"; got != want {
		t.Errorf("main.mjs printed %q, want %q", got, want)
	}
	for _, res := range []string{"node16", "bundler"} {
		if out := conformance.Run(t, app, tsc, "-p", "tsconfig."+res+".json", "--pretty", "false"); out != "" {
			t.Errorf("tsc with moduleResolution %s:\n%s", res, out)
		}
	}
}
