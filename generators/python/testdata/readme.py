"""Run README.md's Python client against a server on loopback.

Run in the directory that holds ftpcodes.py, readme_server.py (README's
server code) and readme_client.py (README's client code), which the Go test
extracts from README.md:

    python3 readme.py

A server on 127.0.0.1, on a port the system chooses, greets the client
with "150 ok\\r226 done\\r\\n", one reply whose text holds a bare CR, and
answers its PWD with README's own send_pathname. The client, README's code
with its address replaced by the server's, must print the greeting as one
reply and then the path. Prints "ok", or what went wrong on standard error
and exits with status 1.

Then it runs README's send (readme_ftplib.py) through ftplib against a
second server, which greets it and answers its PASV with a 229, which no
known server sends to PASV, and its ABOR with a 426, which servers send
although RFC 959 does not list it: send must log one warning, for the
229, and the 426's evidence at debug level.
"""

from __future__ import annotations

import ftplib
import logging
import socket
import subprocess
import sys
import threading
from typing import List, Tuple

from readme_ftplib import send
from readme_server import send_pathname

import ftpcodes

ADDRESS = '("ftp.example.com", 21)'
PATH = '/srv/my "quoted" dir'
WANT = '150 ok\r226 done\n/srv/my "quoted" dir\n'

# Bounds, so that a broken client fails the test rather than hang it.
TIMEOUT = 60.0
MAX_COMMAND = 512


def serve(server: socket.socket, errors: List[str]) -> None:
    """Greet one client and answer its PWD."""
    try:
        conn, _ = server.accept()
        with conn:
            conn.settimeout(TIMEOUT)
            conn.sendall(b"150 ok\r226 done\r\n")
            command = b""
            while not command.endswith(b"\n") and len(command) < MAX_COMMAND:
                data = conn.recv(MAX_COMMAND)
                if not data:
                    break
                command += data
            if command != b"PWD\r\n":
                errors.append(f"the client sent {command!r}, not PWD")
                return
            send_pathname(conn, PATH)
    except OSError as err:
        errors.append(f"server: {err}")


def main() -> None:
    with open("readme_client.py", encoding="utf-8") as f:
        client = f.read()
    if client.count(ADDRESS) != 1:
        sys.exit(f"README's client does not connect to {ADDRESS} once")
    errors: List[str] = []
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(TIMEOUT)
        port = server.getsockname()[1]
        thread = threading.Thread(target=serve, args=(server, errors))
        thread.start()
        here = client.replace(ADDRESS, f'("127.0.0.1", {port})')
        run = subprocess.run(
            [sys.executable, "-B", "-W", "error", "-c", here],
            capture_output=True,
            timeout=TIMEOUT,
        )
        thread.join()
    out = run.stdout.decode("utf-8", "replace")
    if run.returncode != 0 or run.stderr:
        errors.append(f"the client exited with {run.returncode}: {run.stderr!r}")
    if out != WANT:
        errors.append(f"the client printed {out!r}, not {WANT!r}")
    check_send(errors)
    if errors:
        sys.exit("\n".join(errors))
    sys.stdout.write("ok\n")


# What the second server reads, a line each, and answers.
SCRIPT: List[Tuple[bytes, bytes]] = [
    (b"PASV\r\n", b"229 Entering Extended Passive Mode (|||5001|)\r\n"),
    (b"ABOR\r\n", b"426 Connection closed; transfer aborted.\r\n"),
]


def serve_script(server: socket.socket, errors: List[str]) -> None:
    """Greet one client and answer its commands as SCRIPT says."""
    try:
        conn, _ = server.accept()
        with conn, conn.makefile("rb") as lines:
            conn.settimeout(TIMEOUT)
            conn.sendall(b"220 ready\r\n")
            for want, reply in SCRIPT:
                got = lines.readline(MAX_COMMAND)
                if got != want:
                    errors.append(f"send sent {got!r}, not {want!r}")
                    return
                conn.sendall(reply)
    except OSError as err:
        errors.append(f"second server: {err}")


def check_send(errors: List[str]) -> None:
    """Run README's send against serve_script and check what it logs."""
    records: List[logging.LogRecord] = []

    def keep(record: logging.LogRecord) -> bool:
        records.append(record)
        return False  # kept here, not written

    log = logging.getLogger("ftpcheck")
    log.setLevel(logging.DEBUG)
    log.addFilter(keep)
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(TIMEOUT)
        thread = threading.Thread(target=serve_script, args=(server, errors))
        thread.start()
        ftp = ftplib.FTP()
        try:
            ftp.connect("127.0.0.1", server.getsockname()[1], timeout=TIMEOUT)
            replies = [send(ftp, command) for command in (ftpcodes.FTPCommand.PASV, ftpcodes.FTPCommand.ABOR)]
        except (OSError, ftplib.Error) as err:
            errors.append(f"send: {err!r}")
            replies = []
        finally:
            ftp.close()
        thread.join()
    want = [reply.decode("ascii").rstrip("\r\n") for _, reply in SCRIPT]
    if replies != want:
        errors.append(f"send returned {replies!r}, not {want!r}")
    warnings = [r.getMessage() for r in records if r.levelno == logging.WARNING]
    if len(warnings) != 1 or not warnings[0].startswith("PASV got '229 "):
        errors.append(f"send warned {warnings!r}, not once for PASV's 229")
    debug = [r.getMessage() for r in records if r.levelno == logging.DEBUG]
    if not debug or not all(m.startswith("ABOR 426 is not in RFC 959's list; ") for m in debug):
        errors.append(f"send logged {debug!r} at debug level, not the 426's evidence")


if __name__ == "__main__":
    main()
