// Package c generates the C99 single header ftpcodes.h, also usable from
// C++, and its pkg-config file.
//
// The header's table-independent code is runtime/runtime.h (its
// documentation and the declarations of the types and functions that do
// not depend on the table) and runtime/runtime.c (the definitions of the
// lookups, the formatters' writer, the parsers' template matcher, the
// reply framing of RFC 959 and time values): real C that this package's
// tests compile on their own, with every warning an error, and unit-test
// against a stand-in table. ftpcodes.h.tmpl splices them in whole, and the
// parts under templates/c/ render what depends on the table.
package c

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"text/template"

	"github.com/ftpcodes/ftpcodes/generators"
	"github.com/ftpcodes/ftpcodes/internal/quote"
	"github.com/ftpcodes/ftpcodes/spec"
)

// The runtime's files.
var (
	//go:embed runtime/runtime.h
	runtimeH string
	//go:embed runtime/runtime.c
	runtimeC string
)

// Target renders templates/c/: ftpcodes.h.tmpl with the parts
// replies.tmpl, commands.tmpl, facts.tmpl and values.tmpl, and
// ftpcodes.pc.tmpl. The
// header is a single header in the stb style: declarations everywhere,
// the tables and functions defined in the one file that defines
// FTPCODES_IMPLEMENTATION (or static inline where FTPCODES_STATIC is
// defined). The names the header cannot spell (a class or group named
// None, the verb MAP, a template parameter named after a C or C++ keyword
// or a libc macro) are refused by its Check (Reserved), with the table's
// line and column. wrap (width.go) then breaks every line of the header
// wider than generators.MaxColumns.
var Target = generators.Target{
	Name:        rendered.Name,
	Description: rendered.Description,
	Ext:         rendered.Ext,
	Check:       rendered.Check,
	Generate:    generate,
}

var rendered = generators.TemplateTarget(generators.TemplateLang{
	Name:        "c",
	Description: "C99 single-header ftpcodes.h (also valid C++)",
	Dir:         "c",
	Files: []generators.TemplateFile{
		{Skeleton: "ftpcodes.h.tmpl", Path: "c/ftpcodes.h"},
		{Skeleton: "ftpcodes.pc.tmpl", Path: "c/ftpcodes.pc"},
	},
	Funcs: template.FuncMap{
		"str":                quote.CString,
		"comment":            quote.CComment,
		"runtime":            Runtime,
		"status":             statusEnumerator,
		"valueType":          valueTypeEnumerator,
		"statuses":           statuses,
		"repliesWithAliases": repliesWithAliases,
		"templated":          templated,
		"observed":           observed,
	},
	Check: check,
})

// generate renders the files and wraps the header's long lines.
func generate(t *spec.Table, opt generators.Options) ([]generators.File, error) {
	files, err := rendered.Generate(t, opt)
	if err != nil {
		return nil, err
	}
	for i, f := range files {
		if strings.HasSuffix(f.Path, ".h") {
			files[i].Data = []byte(wrap(string(f.Data)))
		}
	}
	return files, nil
}

// Runtime returns a part of the runtime as ftpcodes.h.tmpl splices it:
// "doc", runtime.h's first comment, which documents the whole header;
// "declarations", the rest of runtime.h; or "definitions", runtime.c.
// Each is without its final newline.
func Runtime(part string) (string, error) {
	doc, decls, ok := strings.Cut(runtimeH, "\n */\n\n")
	if !ok || !strings.HasPrefix(doc, "/*\n") {
		return "", fmt.Errorf("runtime/runtime.h does not open with a comment and a blank line")
	}
	switch part {
	case "doc":
		return doc + "\n */", nil
	case "declarations":
		return strings.TrimSuffix(decls, "\n"), nil
	case "definitions":
		return strings.TrimSuffix(runtimeC, "\n"), nil
	}
	return "", fmt.Errorf("the runtime has no part %q", part)
}

// statusEnumerator returns the enum ftp_reply_status enumerator for s:
// FTP_STATUS_ and its name in UPPER_SNAKE_CASE, as FTP_STATUS_NON_STANDARD.
func statusEnumerator(s spec.Status) (string, error) {
	if !slices.Contains(spec.Statuses, s) {
		return "", fmt.Errorf("no C enumerator for status %v", s)
	}
	return "FTP_STATUS_" + strings.ToUpper(strings.ReplaceAll(s.String(), "-", "_")), nil
}

// valueTypeEnumerator returns the enum ftp_value_type enumerator for a
// value's type, spec.TypeUint, TypeTime or TypeString: FTP_VALUE_UINT...
func valueTypeEnumerator(typ string) (string, error) {
	switch typ {
	case spec.TypeUint, spec.TypeTime, spec.TypeString:
		return "FTP_VALUE_" + strings.ToUpper(typ), nil
	}
	return "", fmt.Errorf("no C enumerator for the value type %q", typ)
}

// status is an enumerator of enum ftp_reply_status.
type status struct {
	Enumerator, Name, Meaning string
	Value                     int
	Last                      bool   // the last enumerator, which takes no comma
	Pad                       string // spaces that line the enumerators' comments up
}

// statuses returns the enumerators of enum ftp_reply_status, one for each
// of spec.Statuses, in its order.
func statuses() []status {
	out := make([]status, len(spec.Statuses))
	for i, s := range spec.Statuses {
		e, _ := statusEnumerator(s)
		out[i] = status{Enumerator: e, Name: s.String(), Meaning: s.Meaning(), Value: int(s), Last: i == len(spec.Statuses)-1}
	}
	text := func(st status) int { // "FTP_STATUS_DRAFT = 3,": the length before the comment
		n := len(st.Enumerator) + len(" = ") + len(fmt.Sprint(st.Value))
		if !st.Last {
			n++
		}
		return n
	}
	width := 0
	for _, st := range out {
		width = max(width, text(st))
	}
	for i, st := range out {
		out[i].Pad = strings.Repeat(" ", width-text(st))
	}
	return out
}

// repliesWithAliases returns the replies that have deprecated names, in
// order.
func repliesWithAliases(rs []*spec.Reply) []*spec.Reply {
	var out []*spec.Reply
	for _, r := range rs {
		if len(r.Aliases) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// formatted is a meaning with a template, as the header's formatter,
// parser and values struct for it need it.
type formatted struct {
	Code     int
	Meaning  *spec.Meaning
	Format   string     // the formatter's declarator, wrapped: "ftp_format_x(char *buf, ...)"
	Parse    string     // the parser's declarator, wrapped
	Params   []*param   // in declaration order
	Segments []*segment // the template, in order
	Core     []*segment // what a lenient parser searches for; nil if the template is not lenient
}

// param is a template parameter with its C spellings.
type param struct {
	*spec.Param
	Index int    // in declaration order, the parser's index of its value
	Arg   string // the formatter's argument: "unsigned long long h1"
	Field string // the values struct's member: "unsigned char h1"
	Value string // the member's value from the parser's values: "FTP_CAST_(unsigned char, v[0].number)"
	Doc   string // the member's comment: the description, and a uint's range
}

// segment is a literal run of a template or a parameter.
type segment struct {
	Kind    string // the enum ftp_segment_kind_ enumerator
	Literal string // a literal's text as a C string literal; NULL for a parameter
	Max     string // a uint's largest value as a C constant; 0 otherwise
	Param   *param // nil for a literal
	Index   int    // Param.Index, 0 for a literal
	Stop    string // spec.Segment.Stop as a C string literal; NULL when empty
}

// templated returns the C spellings of tbl.Templated, the meanings that
// have templates, in their order.
func templated(tbl *spec.Table) []*formatted {
	out := make([]*formatted, len(tbl.Templated))
	for i, m := range tbl.Templated {
		out[i] = newFormatted(m)
	}
	return out
}

func newFormatted(m *spec.Meaning) *formatted {
	f := &formatted{Code: m.Code, Meaning: m}
	byParam := map[*spec.Param]*param{}
	for _, p := range m.Template.Params {
		i := p.Index
		cp := &param{Param: p, Index: i, Doc: p.Description}
		name := p.Name.LowerSnake
		switch p.Type {
		case spec.TypeUint:
			field := "unsigned long long"
			switch {
			case p.Max <= 255:
				field = "unsigned char"
			case p.Max <= 65535:
				field = "unsigned short"
			}
			cp.Arg = "unsigned long long " + name
			cp.Field = field + " " + name
			cp.Value = fmt.Sprintf("v[%d].number", i)
			if field != "unsigned long long" {
				cp.Value = fmt.Sprintf("FTP_CAST_(%s, v[%d].number)", field, i)
			}
			cp.Doc = fmt.Sprintf("%s At most %d.", p.Description, p.Max)
		case spec.TypeTime:
			cp.Arg = "const struct ftp_time *" + name
			cp.Field = "struct ftp_time " + name
			cp.Value = fmt.Sprintf("v[%d].time", i)
		default:
			cp.Arg = "const char *" + name
			cp.Field = "const char *" + name
			cp.Value = fmt.Sprintf("v[%d].string", i)
		}
		f.Params = append(f.Params, cp)
		byParam[p] = cp
	}
	name := m.Name.LowerSnake
	args := []string{"char *buf", "size_t buf_size"}
	for _, p := range f.Params {
		args = append(args, p.Arg)
	}
	f.Format = declarator("FTPCODES_DEF int ", "ftp_format_"+name, args)
	args = []string{"const char *text"}
	if len(f.Params) > 0 {
		args = append(args, "struct ftp_"+name+"_values *out", "char *buf", "size_t size")
	}
	f.Parse = declarator("FTPCODES_DEF int ", "ftp_parse_"+name, args)
	for _, s := range m.Template.Segments {
		f.Segments = append(f.Segments, newSegment(s, byParam[s.Param]))
	}
	if m.Template.Lenient {
		for _, s := range m.Template.Core {
			f.Core = append(f.Core, newSegment(s, byParam[s.Param]))
		}
	}
	return f
}

// declarator returns name(args...) as it follows prefix on a line, with
// the arguments wrapped to keep lines within 100 columns, also with the
// semicolon of a declaration after it, each
// continuation line aligned after the opening parenthesis (or indented by
// four spaces if that is too far right).
func declarator(prefix, name string, args []string) string {
	const width = 100
	indent := strings.Repeat(" ", len(prefix)+len(name)+1)
	if len(indent) > width/2 {
		indent = "    "
	}
	var b strings.Builder
	b.WriteString(name + "(")
	col := len(prefix) + b.Len()
	for i, a := range args {
		piece, after := a, 2 // the last argument: ");" of a declaration follows
		if i+1 < len(args) {
			piece, after = a+",", 1
		}
		switch {
		case i == 0:
		case col+1+len(piece)+after > width:
			b.WriteString("\n" + indent)
			col = len(indent)
		default:
			b.WriteString(" ")
			col++
		}
		b.WriteString(piece)
		col += len(piece)
	}
	b.WriteString(")")
	return b.String()
}

// newSegment returns the header's spelling of s, whose parameter, if any,
// is p.
func newSegment(s spec.Segment, p *param) *segment {
	if s.Param == nil {
		return &segment{Kind: "FTP_SEGMENT_LITERAL_", Literal: quote.CString(s.Literal), Max: "0", Stop: "NULL"}
	}
	out := &segment{Literal: "NULL", Max: "0", Param: p, Index: p.Index, Stop: "NULL"}
	switch {
	case s.Param.Type == spec.TypeUint:
		out.Kind = "FTP_SEGMENT_UINT_"
		out.Max = fmt.Sprintf("%dULL", s.Param.Max)
	case s.Param.Type == spec.TypeTime:
		out.Kind = "FTP_SEGMENT_TIME_"
	case s.Param.Quoted:
		out.Kind = "FTP_SEGMENT_QUOTED_"
	default:
		out.Kind = "FTP_SEGMENT_STRING_"
		if s.Stop != "" {
			out.Stop = quote.CString(s.Stop)
		}
	}
	return out
}

// observedList is a list of observed replies with the prefix of the
// static arrays the header declares for it: NAME_observed and
// NAME_evidence_CODE.
type observedList struct {
	Name    string // "retr", or "any_command"
	Replies []*spec.Observed
}

// observed pairs a command's observed replies, or the replies to any
// command, with the name of their arrays.
func observed(name string, rs []*spec.Observed) observedList {
	return observedList{Name: name, Replies: rs}
}
