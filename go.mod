module github.com/ftpcodes/ftpcodes

go 1.26.8

require github.com/BurntSushi/toml v1.6.0

require golang.org/x/tools v0.52.0
