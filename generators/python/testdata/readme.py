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
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from typing import List

from readme_server import send_pathname

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
    if errors:
        sys.exit("\n".join(errors))
    sys.stdout.write("ok\n")


if __name__ == "__main__":
    main()
