// Package ftpcodes holds the canonical FTP reply-code table, ftpcodes.toml,
// embedded so that cmd/ftpcodegen needs no file at hand.
//
// The table is loaded and validated by package spec; the generated reply
// tables live under out/ (the Go package is out/go/ftpcodes).
package ftpcodes

import _ "embed"

// TableName is the name generated files cite for the embedded table.
const TableName = "ftpcodes.toml"

// Table is the text of ftpcodes.toml.
//
//go:embed ftpcodes.toml
var Table []byte
