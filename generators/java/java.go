// Package java generates the Maven project ftpcodes: pom.xml and the
// package io.github.ftpcodes, shaped like Spring's HttpStatus.
//
// The project has no runtime dependencies and builds with javac --release
// 11. FtpReply is an enum of the reply codes, with code(), text(), class and
// group, predicates, resolve(int) returning null and valueOf(int)
// throwing; FtpCommand an enum of the commands with their expected,
// observed and plausible replies and whether they take an argument; FtpFact
// an enum of the MLSx facts; FtpCodes the static functions every language
// has. The table-independent classes (the reply framing of RFC 959 in
// ReplyReader, Meaning, Status, the practice layer's evidence, and the
// client's half of the wire: Commands, Addresses, Features, MlsxEntry) are
// real Java sources under runtime/, which this package's tests compile on
// their own, with stand-ins for the generated FtpCommand and FtpFact they
// use (testdata/standin), and which the generator copies into the project
// behind the generated-code header. The parts under templates/java/ render
// what depends on the table; wrap (width.go) then breaks every line wider
// than Google Java Style's 100 columns as google-java-format would, with
// every value unchanged.
//
// Names: Java spells every name of the table as a constant, in
// UPPER_SNAKE_CASE (replies, classes, groups) or as the table writes it
// (verbs, which are upper case); no Java keyword or literal is upper case,
// so no name of a table is refused for Java.
package java

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// runtime holds the project's table-independent classes.
//
//go:embed runtime/*.java
var runtime embed.FS

// Package is where the sources go.
const Package = "src/main/java/io/github/ftpcodes/"

// Target renders templates/java/ and copies runtime/.
var Target = generators.Target{
	Name:        lang.Name,
	Description: lang.Description,
	Check:       Reserved.Check,
	Generate:    generators.Checked(Reserved.Check, generate),
}

var lang = generators.TemplateLang{
	Name:        "java",
	Description: "Java Maven project io.github.ftpcodes (pom.xml, enums FtpReply and FtpCommand, reply framing)",
	Dir:         "java",
	Files: []generators.TemplateFile{
		{Skeleton: "pom.xml.tmpl", Path: "java/pom.xml"},
		{Skeleton: "FtpReply.java.tmpl", Path: "java/" + Package + "FtpReply.java"},
		{Skeleton: "FtpCommand.java.tmpl", Path: "java/" + Package + "FtpCommand.java"},
		{Skeleton: "FtpCodes.java.tmpl", Path: "java/" + Package + "FtpCodes.java"},
		{Skeleton: "FtpValues.java.tmpl", Path: "java/" + Package + "FtpValues.java"},
		{Skeleton: "FtpFact.java.tmpl", Path: "java/" + Package + "FtpFact.java"},
		{Skeleton: "FtpCodesTest.java.tmpl", Path: "java/src/test/java/io/github/ftpcodes/FtpCodesTest.java"},
	},
	Funcs: template.FuncMap{
		"str": quote.JavaString,
		"doc": quote.JavaDoc,
	},
	Model: func(t *spec.Table) (any, error) { return model(t) },
}

var rendered = generators.TemplateTarget(lang)

// generate renders the parts, then adds each runtime class behind the
// header.
func generate(t *spec.Table, opt generators.Options) ([]generators.File, error) {
	files, err := rendered.Generate(t, opt)
	if err != nil {
		return nil, err
	}
	for i, f := range files {
		if strings.HasSuffix(f.Path, ".java") {
			files[i].Data = []byte(wrap(string(f.Data)))
		}
	}
	header, err := generators.Header(t)
	if err != nil {
		return nil, fmt.Errorf("java: %w", err)
	}
	names, err := fs.Glob(runtime, "runtime/*.java")
	if err != nil {
		return nil, fmt.Errorf("java: %w", err)
	}
	for _, name := range names {
		data, err := runtime.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("java: %w", err)
		}
		out := "// " + quote.JavaDoc(header) + "\n\n" + string(data)
		files = append(files, generators.File{Path: "java/" + Package + strings.TrimPrefix(name, "runtime/"), Data: []byte(out)})
	}
	return files, nil
}
