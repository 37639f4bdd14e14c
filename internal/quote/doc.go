// Package quote writes strings as literals and comment-safe text for each
// target language. A text from the table reaches generated code only
// through these functions: one escaper per language, each table-tested and
// fuzzed for the round trip.
package quote
