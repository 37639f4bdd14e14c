package ftpcodes

// Code stands for the generated file's Code type, the one declaration of
// the table's part that runtime.go refers to. The generator never prints
// this file.
type Code int
