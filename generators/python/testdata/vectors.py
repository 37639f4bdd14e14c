"""Run the vectors of conformance.Vectors and ClientVectors through ftpcodes.py.

Run in the directory that holds ftpcodes.py and dispatch.py:

    python3 vectors.py VECTORS

reads the file VECTORS, one vector a line, and prints one result a line in
the format the Go test compares with toolchain.Vectors. The formatters and
parsers are reached through dispatch.py, which the Go test generates for
each table. A reply that parse_reply reads must keep its lines, decoded;
a parsed time must be aware and in UTC. Any disagreement is reported on
standard error, and the vector's result is "inconsistent".
"""

from __future__ import annotations

import io
import ipaddress
import re
import sys
from datetime import datetime, timedelta, timezone
from typing import List, Optional, Tuple

import ftpcodes
from dispatch import ENTRIES, Entry


class CheckError(Exception):
    """The module does not behave as the vectors say."""


def unhex(h: str) -> str:
    return "" if h == "-" else bytes.fromhex(h).decode("utf-8", "surrogateescape")


def hexed(s: str) -> str:
    return s.encode("utf-8", "surrogateescape").hex() or "-"


TIME_VAL = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})")


def to_datetime(v: str) -> Optional[datetime]:
    """Return the aware datetime a time-val names, or None if it names none."""
    m = TIME_VAL.match(v)
    whole, dot, fraction = v[:14], v[14:15], v[15:]
    if m is None or whole != m.group() or dot not in ("", ".") or len(fraction) > 6:
        return None
    if dot and not (fraction.isascii() and fraction.isdigit()):
        return None
    y, mo, d, h, mi, s = (int(f) for f in m.groups())
    try:
        us = int(fraction.ljust(6, "0") or "0")
        return datetime(y, mo, d, h, mi, s, us, tzinfo=timezone.utc)
    except ValueError:
        return None


def from_datetime(d: datetime) -> str:
    """Write a datetime as a time-val to the millisecond, as the vectors do."""
    if d.utcoffset() != timedelta(0):
        raise CheckError(f"{d!r} is not in UTC")
    s = f"{d.year:04d}{d.month:02d}{d.day:02d}{d.hour:02d}{d.minute:02d}{d.second:02d}"
    ms = d.microsecond // 1000
    return s if ms == 0 else s + f".{ms:03d}".rstrip("0")


def format_vector(e: Entry, args: List[str]) -> str:
    values: List[object] = []
    for p, arg in zip(e.params, args):
        v = unhex(arg)
        if p.kind == "uint":
            values.append(int(v))
        elif p.kind == "time":
            d = to_datetime(v)
            if d is None:
                return "error"  # a datetime cannot hold what is no time
            values.append(d)
        else:
            values.append(v)
    try:
        return "ok " + hexed(e.format(values))
    except ValueError:
        return "error"


def show(v: object) -> str:
    if isinstance(v, datetime):
        return from_datetime(v)
    if isinstance(v, bool) or not isinstance(v, (int, str)):
        raise CheckError(f"a parser returned {v!r}")
    return str(v)


def parse_vector(e: Entry, text: str) -> str:
    values = e.parse(text)
    if values is None:
        return "no"
    return "ok " + " ".join(hexed(show(v)) for v in values)


def reply_format(code: int, message: str) -> str:
    try:
        return "ok " + hexed(ftpcodes.format_reply(code, message))
    except ValueError:
        return "error"


def reply_parse(lines: List[str]) -> str:
    try:
        reply = ftpcodes.parse_reply(lines)
    except ftpcodes.ReplyError:
        return "error"
    raw = [line.encode("utf-8", "surrogateescape") for line in lines]
    clean = tuple(
        (r[:-1] if r.endswith(b"\r") else r).decode("utf-8", "replace") for r in raw
    )
    if reply.lines != clean:
        raise CheckError(f"parse_reply({lines!r}).lines = {reply.lines!r}")
    return f"ok {reply.code} {hexed(reply.text)}"


def lookup(code: int) -> str:
    reply, text = ftpcodes.lookup(code), ftpcodes.reply_text(code)
    if reply is None or text is None:
        if reply is not None or text is not None or ftpcodes.is_known(code):
            raise CheckError(f"lookup({code}) = {reply!r}, reply_text {text!r}")
        return "no"
    if reply != code or reply.phrase != text or not ftpcodes.is_known(code):
        raise CheckError(f"lookup({code}) = {reply!r}, reply_text {text!r}")
    cls, group = ftpcodes.reply_class(code), ftpcodes.reply_group(code)
    return " ".join([
        "ok",
        hexed(text),
        "-" if cls is None else str(cls.value),
        "-" if group is None else str(group.value),
    ])


def read_outcomes(stream: io.BytesIO) -> List[str]:
    """Read replies until the first outcome that is no reply."""
    out: List[str] = []
    while True:
        try:
            reply = ftpcodes.read_reply(stream)
        except EOFError:
            return out + ["eof"]
        except ftpcodes.ReplyError as err:
            return out + [err.kind]
        out.append(f"reply:{reply.code}:{hexed(reply.text)}")


def reply_read(data: bytes) -> str:
    return "ok " + " ".join(read_outcomes(io.BytesIO(data)))


def text(h: str) -> str:
    """Decode a client vector's hex string, as spec does: U+FFFD replaces
    each maximal ill-formed subsequence."""
    return "" if h == "-" else bytes.fromhex(h).decode("utf-8", "replace")


def host_of(h: str) -> str:
    """Write an address given as the hex of its 4 or 16 bytes as text."""
    return str(ipaddress.ip_address(bytes.fromhex(h)))


def host_port(found: Optional[Tuple[str, int]]) -> str:
    if found is None:
        return "no"
    host, port = found
    return f"ok {ipaddress.ip_address(host).packed.hex()} {port}"


def failed(e: ftpcodes.FTPValueError) -> str:
    return f"error {e.kind}"


def typed(fact: ftpcodes.FactValue) -> str:
    info = ftpcodes.lookup_fact(fact.name)
    if info is None:
        return "?"
    value = ftpcodes.fact_value(fact)
    if value is None:
        return "bad"
    if info.type == "string":
        return "s"
    return from_datetime(value) if isinstance(value, datetime) else str(value)


def pairs(fields: List[str]) -> List[Tuple[str, str]]:
    out: List[Tuple[str, str]] = []
    for f in fields:
        name, _, value = f.partition(":")
        out.append((text(name), text(value)))
    return out


def client(kind: str, args: List[str]) -> Optional[str]:
    """Answer a vector of the client's half of the wire, or return None for
    another kind."""
    try:
        if kind == "command-format":
            if ftpcodes.lookup_command(text(args[0])) is None:
                return "no"
            line = ftpcodes.format_command(text(args[0]), *map(text, args[1:]))
            return "ok " + hexed(line)
        if kind == "command-parse":
            parsed = ftpcodes.parse_command(text(args[0]))
            if parsed.command is None:
                return f"unknown {hexed(parsed.verb)} {hexed(parsed.argument)}"
            return f"command {parsed.command.canonical.value} {hexed(parsed.argument)}"
        if kind in ("port-format", "eprt-format", "lprt-format"):
            write = {
                "port-format": ftpcodes.format_port_argument,
                "eprt-format": ftpcodes.format_eprt_argument,
                "lprt-format": ftpcodes.format_lprt_argument,
            }[kind]
            return "ok " + hexed(write(host_of(args[0]), int(args[1])))
        if kind == "feat-format":
            given = [] if args == ["-"] else pairs(args)
            features = [ftpcodes.Feature(n, p) for n, p in given]
            return "ok " + hexed(ftpcodes.format_features(features))
        if kind == "opts-format":
            opts = ftpcodes.format_opts_argument(text(args[0]), text(args[1]))
            return "ok " + hexed(opts)
        if kind == "mlsx-format":
            return "ok " + hexed(ftpcodes.format_entry(text(args[0]), pairs(args[1:])))
    except ftpcodes.FTPValueError as e:
        return failed(e)
    if kind == "addr-227":
        return host_port(ftpcodes.parse_passive_address(text(args[0])))
    if kind == "addr-227-peer":
        found = ftpcodes.passive_peer_address(text(args[0]), host_of(args[1]))
        return host_port(found)
    if kind == "addr-229":
        port = ftpcodes.parse_extended_passive_port(text(args[0]))
        return "no" if port is None else f"ok {port}"
    if kind == "addr-228":
        return host_port(ftpcodes.parse_long_passive_address(text(args[0])))
    if kind in ("port-parse", "eprt-parse", "lprt-parse"):
        read = {
            "port-parse": ftpcodes.parse_port_argument,
            "eprt-parse": ftpcodes.parse_eprt_argument,
            "lprt-parse": ftpcodes.parse_lprt_argument,
        }[kind]
        return host_port(read(text(args[0])))
    if kind == "feat-parse":
        features = ftpcodes.parse_features(text(args[0]))
        return " ".join(["ok"] + [f"{hexed(n)}:{hexed(p)}" for n, p in features])
    if kind == "opts-parse":
        opts = ftpcodes.parse_opts_argument(text(args[0]))
        return "no" if opts is None else f"ok {hexed(opts.name)} {hexed(opts.options)}"
    if kind == "mlsx-parse":
        entry = ftpcodes.parse_entry(text(args[0]))
        if entry is None:
            return "no"
        facts = [f"{hexed(f.name)}:{hexed(f.value)}:{typed(f)}" for f in entry.facts]
        return " ".join(["ok", hexed(entry.path)] + facts)
    return None



def run(vector: str) -> str:
    kind, *args = vector.split(" ")
    answer = client(kind, args)
    if answer is not None:
        return answer
    if kind in ("format", "parse"):
        e = ENTRIES[args[0]]
        if kind == "format":
            return format_vector(e, args[1:])
        return parse_vector(e, unhex(args[1]))
    if kind == "reply-format":
        return reply_format(int(args[0]), unhex(args[1]))
    if kind == "reply-read":
        return reply_read(b"" if args[0] == "-" else bytes.fromhex(args[0]))
    if kind == "reply-parse":
        return reply_parse(
            [] if args[0] == "-" else [unhex(a) for a in args[0].split(",")]
        )
    if kind == "lookup":
        return lookup(int(args[0]))
    if kind == "expected":
        expected = ftpcodes.is_expected_reply(unhex(args[0]), int(args[1]))
        return "true" if expected else "false"
    if kind == "plausible":
        plausible = ftpcodes.is_plausible_reply(unhex(args[0]), int(args[1]))
        return "true" if plausible else "false"
    raise CheckError(f"unknown vector {vector!r}")


def checked(vector: str) -> str:
    """Run a vector; a disagreement within the module is reported on
    standard error and gives the result "inconsistent", so that one does
    not hide the results of the vectors after it."""
    try:
        return run(vector)
    except CheckError as e:
        sys.stderr.write(f"{vector[:200]}: {e}\n")
        return "inconsistent"


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        vectors = [line for line in f.read().split("\n") if line]
    sys.stdout.write("".join(checked(v) + "\n" for v in vectors))


if __name__ == "__main__":
    main(sys.argv[1])
