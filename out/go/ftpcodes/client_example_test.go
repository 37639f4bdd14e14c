package ftpcodes_test

import (
	"errors"
	"fmt"
	"net/netip"

	"github.com/ftpcodes/ftpcodes/out/go/ftpcodes"
)

func ExampleFormatCommand() {
	line, err := ftpcodes.FormatCommand(ftpcodes.CommandRetr, "my file.txt")
	fmt.Printf("%q %v\n", line, err)

	// A file name cannot smuggle a second command in.
	_, err = ftpcodes.FormatCommand(ftpcodes.CommandRetr, "x\r\nDELE important.txt")
	fmt.Println(errors.Is(err, ftpcodes.ErrBadArgument), errors.Is(err, ftpcodes.ErrBadValue))

	_, err = ftpcodes.FormatCommand(ftpcodes.CommandPwd, "/")
	fmt.Println(errors.Is(err, ftpcodes.ErrUnexpectedArgument))
	// Output:
	// "RETR my file.txt\r\n" <nil>
	// true true
	// true
}

func ExampleParseCommand() {
	for _, line := range []string{"retr  two spaces.txt\r\n", "XPWD\r\n", "SLURP x\r\n"} {
		cl, err := ftpcodes.ParseCommand(line)
		fmt.Printf("%q %q %q %v\n", cl.Command, cl.Verb, cl.Argument, err)
	}
	// Output:
	// "RETR" "retr" " two spaces.txt" <nil>
	// "PWD" "XPWD" "" <nil>
	// "" "SLURP" "x" <nil>
}

func ExamplePassivePeerAddress() {
	// A server behind NAT announces its private address in 227; connect to
	// the control connection's peer, at the port the reply gives.
	text := "Entering Passive Mode (10,0,0,5,195,80)."
	announced, _ := ftpcodes.ParsePassiveAddress(text)
	peer := netip.MustParseAddr("203.0.113.7")
	data, _ := ftpcodes.PassivePeerAddress(text, peer)
	fmt.Println(announced, data)
	// Output: 10.0.0.5:50000 203.0.113.7:50000
}

func ExampleParseExtendedPassivePort() {
	port, ok := ftpcodes.ParseExtendedPassivePort("Entering Extended Passive Mode (|||6446|)")
	fmt.Println(port, ok)
	// Output: 6446 true
}

func ExampleFormatEprtArgument() {
	fmt.Println(ftpcodes.FormatEprtArgument(netip.MustParseAddrPort("132.235.1.2:6275")))
	fmt.Println(ftpcodes.FormatEprtArgument(netip.MustParseAddrPort("[1080::8:800:200C:417A]:5282")))
	ap, ok := ftpcodes.ParseEprtArgument("|2|1080::8:800:200C:417A|5282|")
	fmt.Println(ap, ok)
	// Output:
	// |1|132.235.1.2|6275|
	// |2|1080::8:800:200c:417a|5282|
	// [1080::8:800:200c:417a]:5282 true
}

func ExampleParseFeatures() {
	// The text of Pure-FTPd's FEAT reply, as ReadReply gives it (shortened).
	fs := ftpcodes.ParseFeatures("Extensions supported:\n UTF8\n EPRT\n REST STREAM\n MLST type*;size*;modify*;\nEnd")
	params, _ := fs.Params("mlst")
	fmt.Println(len(fs), fs.Has("rest"), params)
	// Output: 4 true type*;size*;modify*;
}

func ExampleParseEntry() {
	// The MLST entry of a file, as Pure-FTPd sends it.
	e, _ := ftpcodes.ParseEntry("type=file;size=21;modify=20010203040506;UNIX.mode=0644;unique=fe00g98a521; hello world.txt")
	size, _ := e.Size()
	modified, _ := e.Modify()
	mode, _ := e.UnixMode()
	fmt.Println(e.Path, size, modified, mode)
	// Output: hello world.txt 21 2001-02-03 04:05:06 +0000 UTC 0644
}
