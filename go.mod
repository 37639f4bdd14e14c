module github.com/ftpcodes/ftpcodes

go 1.26.0

toolchain go1.26.8

require (
	github.com/BurntSushi/toml v1.6.0
	github.com/dave/jennifer v1.7.1
	golang.org/x/tools v0.52.0
)

require github.com/aymanbagabas/go-udiff v0.4.2 // indirect
