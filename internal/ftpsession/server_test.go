package ftpsession_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ftpcodes/ftpcodes/internal/conformance"
	"github.com/ftpcodes/ftpcodes/internal/ftpsession"
)

// A server is an FTP server program the tests start on loopback. The Makefile's
// ftpservers target installs them (Debian's packages).
type server struct {
	name string // the program, as found on PATH; also the fixture's name
	// config returns the program's arguments and a description of its
	// configuration for the fixture's comment.
	config func(t *testing.T, bin string, l launch) (args []string, desc string)
	// version describes the program and its Debian package.
	version func(t *testing.T, bin string) string
}

// launch is what a server is started with.
type launch struct {
	dir            string // a private directory for its configuration and logs
	root           string // the anonymous root
	port           int    // control port on 127.0.0.1
	pasvLo, pasvHi int    // passive port range
}

var servers = []server{
	{name: "vsftpd", config: vsftpdConfig, version: vsftpdVersion},
	{name: "pure-ftpd", config: pureftpdConfig, version: pureftpdVersion},
	{name: "proftpd", config: proftpdConfig, version: proftpdVersion},
}

// vsftpd runs as a foreground listener (listen=YES, background=NO) from a
// configuration file of its own. The sandboxes that need namespaces or seccomp
// in a container (isolate, isolate_network, seccomp_sandbox) are off; the
// anonymous user is the system's ftp user (the vsftpd package creates it),
// chrooted into anon_root.
func vsftpdConfig(t *testing.T, bin string, l launch) ([]string, string) {
	empty := filepath.Join(l.dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	settings := []string{
		"listen=YES",
		"listen_ipv6=NO",
		"listen_address=127.0.0.1",
		"listen_port=" + strconv.Itoa(l.port),
		"background=NO",
		"anonymous_enable=YES",
		"anon_root=" + l.root,
		"no_anon_password=NO",
		"local_enable=NO",
		"write_enable=NO",
		"pasv_enable=YES",
		"pasv_min_port=" + strconv.Itoa(l.pasvLo),
		"pasv_max_port=" + strconv.Itoa(l.pasvHi),
		"connect_from_port_20=NO",
		"use_localtime=NO",
		"dirmessage_enable=NO",
		"xferlog_enable=NO",
		"syslog_enable=NO",
		"vsftpd_log_file=" + filepath.Join(l.dir, "vsftpd.log"),
		"secure_chroot_dir=" + empty,
		"seccomp_sandbox=NO",
		"isolate=NO",
		"isolate_network=NO",
		"tcp_wrappers=NO",
		"ssl_enable=NO",
		"max_clients=4",
		"idle_session_timeout=30",
		"data_connection_timeout=10",
	}
	conf := filepath.Join(l.dir, "vsftpd.conf")
	if err := os.WriteFile(conf, []byte(strings.Join(settings, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	desc := "vsftpd $DIR/vsftpd.conf, holding:\n" + indent(redact(settings, l))
	return []string{bin, conf}, desc
}

func vsftpdVersion(t *testing.T, bin string) string {
	// vsftpd -v prints its version on standard input.
	out, _ := exec.Command("sh", "-c", `"$0" -v 0>&1`, bin).CombinedOutput()
	v := strings.TrimPrefix(strings.TrimSpace(string(out)), "vsftpd: version ")
	if v == "" || strings.ContainsAny(v, "\n") {
		t.Fatalf("%s -v printed %q", bin, out)
	}
	return "vsftpd " + v + debianVersion(bin, "vsftpd")
}

// pure-ftpd takes its configuration as flags: bound to 127.0.0.1 only
// (-S), anonymous users only (-e), uploads refused (-i), the passive range
// (-p), no name lookups (-H), no syslog (-f none), its pid file in the test's
// directory (-g), running in the foreground (no -B). Run as root, it
// chroots anonymous users into the home directory of the system's ftp user,
// so it runs in a mount namespace of its own (unshare) where the test's
// anonymous root is bound over that directory: nothing outside the
// namespace sees it.
func pureftpdConfig(t *testing.T, bin string, l launch) ([]string, string) {
	ftp, err := user.Lookup("ftp")
	if err != nil {
		t.Fatalf("pure-ftpd serves anonymous users from the ftp user's home, and there is no ftp user (the vsftpd package creates it; make ftpservers): %v", err)
	}
	unshare := conformance.Require(t, "unshare")
	flags := []string{
		"-S", "127.0.0.1," + strconv.Itoa(l.port),
		"-e", "-i", "-H",
		"-p", fmt.Sprintf("%d:%d", l.pasvLo, l.pasvHi),
		"-f", "none",
		"-g", filepath.Join(l.dir, "pure-ftpd.pid"),
		"-c", "4", "-C", "4", "-I", "1",
	}
	args := append([]string{unshare, "--mount", "--propagation", "private", "--",
		"sh", "-c", `mount --bind "$0" "$1" && shift && exec "$@"`, l.root, ftp.HomeDir, bin}, flags...)
	desc := "pure-ftpd " + strings.Join(redact(flags, l), " ") +
		"\n  in a mount namespace where the anonymous root is bound over the ftp user's home"
	return args, desc
}

func pureftpdVersion(t *testing.T, bin string) string {
	out, _ := exec.Command(bin, "--help").CombinedOutput()
	first, _, _ := strings.Cut(string(out), "\n")
	m := regexp.MustCompile(`^pure-ftpd v(\S+)`).FindStringSubmatch(first)
	if m == nil {
		t.Fatalf("%s --help printed %q first", bin, first)
	}
	return "pure-ftpd " + m[1] + debianVersion(bin, "pure-ftpd")
}

// proftpd runs in the foreground (-n) from a configuration file of its own:
// standalone on 127.0.0.1 only, anonymous users only, chrooted into the
// anonymous root, writes refused, no PAM, no logs but its own file. The
// modules Debian builds as shared objects come from beside the binary
// (make ftpservers unpacks the package): mod_digest, for HASH, XCRC, XMD5,
// XSHA*; mod_facts (MLST, MLSD, MFMT, MFF) and mod_lang (LANG) are built in.
func proftpdConfig(t *testing.T, bin string, l launch) ([]string, string) {
	real, err := filepath.EvalSymlinks(bin)
	if err != nil {
		t.Fatal(err)
	}
	modules := filepath.Join(filepath.Dir(filepath.Dir(real)), "lib", "proftpd")
	settings := []string{
		"ServerType standalone",
		`ServerName "ftpcodes test"`,
		"DefaultAddress 127.0.0.1",
		"SocketBindTight on",
		"Port " + strconv.Itoa(l.port),
		"UseIPv6 off",
		fmt.Sprintf("PassivePorts %d %d", l.pasvLo, l.pasvHi),
		"PidFile " + filepath.Join(l.dir, "proftpd.pid"),
		"ScoreboardFile " + filepath.Join(l.dir, "proftpd.scoreboard"),
		"SystemLog " + filepath.Join(l.dir, "proftpd.log"),
		"TransferLog none",
		"WtmpLog off",
		"DelayTable none",
		"UseReverseDNS off",
		"AuthPAM off",
		"ModulePath " + modules,
		"LoadModule mod_digest.c",
		"MaxInstances 4",
		"TimeoutIdle 30",
		"User nobody",
		"Group nogroup",
		"<Anonymous " + l.root + ">",
		"  User ftp",
		"  Group nogroup",
		"  UserAlias anonymous ftp",
		"  RequireValidShell off",
		"  <Limit WRITE>",
		"    DenyAll",
		"  </Limit>",
		"</Anonymous>",
	}
	conf := filepath.Join(l.dir, "proftpd.conf")
	if err := os.WriteFile(conf, []byte(strings.Join(settings, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	shown := redact(settings, l)
	for i, s := range shown {
		switch {
		case strings.HasPrefix(s, "Port "):
			shown[i] = "Port $PORT"
		case strings.HasPrefix(s, "PassivePorts "):
			shown[i] = "PassivePorts $PASV_MIN $PASV_MAX"
		case strings.HasPrefix(s, "ModulePath "):
			shown[i] = "ModulePath $PROFTPD/usr/lib/proftpd"
		}
	}
	desc := "proftpd -n -c $DIR/proftpd.conf, holding:\n" + indent(shown)
	return []string{bin, "-n", "-c", conf}, desc
}

func proftpdVersion(t *testing.T, bin string) string {
	out, _ := exec.Command(bin, "-v").CombinedOutput()
	m := regexp.MustCompile(`ProFTPD Version (\S+)`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("%s -v printed %q", bin, out)
	}
	return "ProFTPD " + m[1] + debianVersion(bin, "proftpd-core")
}

// debianVersion names the Debian package the binary comes from: installed
// (dpkg) or unpacked by make ftpservers into a directory named after it.
func debianVersion(bin, pkg string) string {
	if real, err := filepath.EvalSymlinks(bin); err == nil {
		if m := regexp.MustCompile(`/` + regexp.QuoteMeta(pkg) + `_([^/]+)/`).FindStringSubmatch(real); m != nil {
			return fmt.Sprintf(" (Debian package %s %s, unpacked)", pkg, m[1])
		}
	}
	out, err := exec.Command("dpkg-query", "-W", "-f=${Version}", pkg).Output()
	if err != nil || len(out) == 0 {
		return ""
	}
	return fmt.Sprintf(" (Debian package %s %s)", pkg, out)
}

// redact replaces the launch's variable values (directories, ports) by
// names, so that a fixture's comment does not change between recordings.
func redact(lines []string, l launch) []string {
	r := strings.NewReplacer(
		l.root, "$ROOT", l.dir, "$DIR",
		"127.0.0.1,"+strconv.Itoa(l.port), "127.0.0.1,$PORT",
		fmt.Sprintf("%d:%d", l.pasvLo, l.pasvHi), "$PASV_MIN:$PASV_MAX",
	)
	out := make([]string, len(lines))
	for i, s := range lines {
		switch {
		case strings.HasPrefix(s, "listen_port="):
			s = "listen_port=$PORT"
		case strings.HasPrefix(s, "pasv_min_port="):
			s = "pasv_min_port=$PASV_MIN"
		case strings.HasPrefix(s, "pasv_max_port="):
			s = "pasv_max_port=$PASV_MAX"
		}
		out[i] = r.Replace(s)
	}
	return out
}

func indent(lines []string) string {
	return "  " + strings.Join(lines, "\n  ")
}

// requireRoot fails under CI and skips elsewhere unless the test runs as
// root: the servers chroot the anonymous user.
func requireRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() == 0 {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("the FTP servers chroot anonymous users and must be started as root; CI runs as root")
	}
	t.Skip("the FTP servers must be started as root; skipping (under CI=true this fails)")
}

// running is a started server.
type running struct {
	desc   string
	conn   net.Conn
	output *syncBuffer
}

// start starts srv on 127.0.0.1 with a fresh anonymous root, connects to it
// and returns the connection. The server is killed (with its process group)
// when the test ends.
func start(t *testing.T, srv server, bin string) *running {
	t.Helper()
	l := launch{dir: t.TempDir(), root: anonRoot(t), port: freePort(t)}
	l.pasvLo, l.pasvHi = freeRange(t, 4)
	args, desc := srv.config(t, bin, l)

	out := &syncBuffer{}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = l.dir
	cmd.Env = append(os.Environ(), "TZ=UTC")
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.WaitDelay = time.Second
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			t.Errorf("%s (pid %d) did not exit after SIGKILL", srv.name, cmd.Process.Pid)
		}
	})

	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(l.port))
	deadline := time.Now().Add(5 * time.Second)
	for {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			return &running{desc: desc, conn: conn, output: out}
		}
		select {
		case <-exited:
			t.Fatalf("%s exited before accepting a connection: %v\noutput:\n%s", srv.name, cmd.ProcessState, out)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s does not accept connections on %s: %v\noutput:\n%s", srv.name, addr, err, out)
		}
	}
}

// anonRoot makes the anonymous root: the file, with its fixed modification
// time, and the subdirectory, readable by the unprivileged ftp user.
func anonRoot(t *testing.T) string {
	t.Helper()
	root, err := os.MkdirTemp("", "ftpsession-root-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	file := filepath.Join(root, ftpsession.FileName)
	for _, err := range []error{
		os.Chmod(root, 0o755),
		os.WriteFile(file, []byte(ftpsession.FileContent), 0o644),
		os.Chmod(file, 0o644),
		os.Chtimes(file, ftpsession.FileTime, ftpsession.FileTime),
		os.Mkdir(filepath.Join(root, ftpsession.DirName), 0o755),
		os.Chmod(filepath.Join(root, ftpsession.DirName), 0o755),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// freeRange finds n consecutive ports on 127.0.0.1 that are free now.
func freeRange(t *testing.T, n int) (int, int) {
	t.Helper()
	for range 100 {
		lo := 20000 + rand.IntN(30000)
		var ls []net.Listener
		for p := lo; p < lo+n; p++ {
			l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
			if err != nil {
				break
			}
			ls = append(ls, l)
		}
		for _, l := range ls {
			l.Close()
		}
		if len(ls) == n {
			return lo, lo + n - 1
		}
	}
	t.Fatal("no free passive port range on 127.0.0.1")
	return 0, 0
}

// syncBuffer collects a child's output from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
