#!/bin/sh
# Installs the FTP servers internal/ftpsession records sessions from (its
# tests start each one on loopback themselves): Debian's packages, pinned.
# Run by `make ftpservers` (and so by `make test` as root); quick when done
# already.
#
# The packages conflict (each provides ftp-server), so vsftpd is installed
# and pure-ftpd and proftpd-core are unpacked from their .deb (apt-get
# download, dpkg-deb -x) under /opt/ftpservers, with the libraries they link
# installed and a link in /usr/local/sbin: no package script of theirs runs
# and no inetd comes with them. The install starts no daemon (a policy-rc.d
# refusing every start is in place while it runs) and any that did start is
# stopped. apt's progress goes to a log, printed only on failure.
set -eu

VSFTPD_VERSION=3.0.3-13+b2
PUREFTPD_VERSION=1.0.50-2.1+b2
PROFTPD_VERSION=1.3.8+dfsg-4+deb12u5
# The libraries the unpacked servers link, from the packages' Depends.
LIBS="libsodium23 libhiredis0.14 libmemcached11 libmemcachedutil2 libpcre2-posix3"

base=/opt/ftpservers
pure=$base/pure-ftpd_$PUREFTPD_VERSION
pro=$base/proftpd-core_$PROFTPD_VERSION
summary="vsftpd $VSFTPD_VERSION, pure-ftpd $PUREFTPD_VERSION, proftpd-core $PROFTPD_VERSION"

installed() {
	for p; do
		[ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || return 1
	done
}
linked() { [ -x "$2/usr/sbin/$1" ] && [ "$(readlink "/usr/local/sbin/$1")" = "$2/usr/sbin/$1" ]; }

have=$(dpkg-query -W -f='${db:Status-Status} ${Version}' vsftpd 2>/dev/null || true)
# shellcheck disable=SC2086
if [ "$have" = "installed $VSFTPD_VERSION" ] && installed $LIBS && linked pure-ftpd "$pure" && linked proftpd "$pro"; then
	echo "ftpservers: $summary installed"
	exit 0
fi

sudo=
[ "$(id -u)" = 0 ] || sudo=sudo
log=$(mktemp)
tmp=$(mktemp -d)
chmod 777 "$tmp"
policy=/usr/sbin/policy-rc.d
cleanup() {
	rm -rf "$tmp" "$log"
	[ -z "${made_policy:-}" ] || $sudo rm -f "$policy"
}
trap cleanup EXIT
fail() {
	cat "$log" >&2
	echo "ftpservers: $*" >&2
	exit 1
}
if [ ! -e "$policy" ]; then
	made_policy=1
	printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
	$sudo chmod 755 "$policy"
fi

install() {
	# shellcheck disable=SC2086
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "vsftpd=$VSFTPD_VERSION" $LIBS
}
install >>"$log" 2>&1 || { $sudo apt-get update -q >>"$log" 2>&1 && install >>"$log" 2>&1; } || fail "apt-get install failed"
for s in vsftpd pure-ftpd proftpd; do
	if [ -x "/etc/init.d/$s" ] && "/etc/init.d/$s" status >/dev/null 2>&1; then $sudo "/etc/init.d/$s" stop >>"$log" 2>&1; fi
	if [ -d /run/systemd/system ]; then $sudo systemctl disable --now "$s" >/dev/null 2>&1 || true; fi
done

# unpack PACKAGE VERSION DIR PROGRAM: the package's files under DIR, and a
# link to its program in /usr/local/sbin.
unpack() {
	(cd "$tmp" && $sudo apt-get download -q "$1=$2") >>"$log" 2>&1 || fail "apt-get download $1=$2 failed"
	$sudo rm -rf "$3"
	$sudo mkdir -p "$3"
	$sudo dpkg-deb -x "$tmp/$1"_*.deb "$3"
	$sudo ln -sfn "$3/usr/sbin/$4" "/usr/local/sbin/$4"
}
unpack pure-ftpd "$PUREFTPD_VERSION" "$pure" pure-ftpd
unpack proftpd-core "$PROFTPD_VERSION" "$pro" proftpd

if command -v ss >/dev/null && ss -ltnpH 'sport = :21' | grep -E 'vsftpd|pure-ftpd|proftpd'; then
	fail "a server is still listening on port 21; stop it"
fi
echo "ftpservers: $summary installed"
