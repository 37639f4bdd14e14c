"""Round trips and rejections for the formatters, parsers and reply framing.

Run in the directory that holds ftpcodes.py and dispatch.py, which the Go
test generates for each table:

    python3 replies.py

Every formatter is given hostile values (quotes, spaces, non-ASCII, leading
digits, 10 000 characters, extreme numbers and times, datetimes in other
time zones), and its parser must read back exactly what it wrote, also
through format_reply, parse_reply and read_reply; CR, LF, NUL, empty
strings, numbers out of range and values of the wrong type must be refused
with ValueError or TypeError. read_reply is given the framing cases of
issue 11 (a bare CR, input that ends inside a reply, limits in bytes, an
endless line). Prints "ok", or every failure on standard error and exits
with status 1.
"""

from __future__ import annotations

import io
import sys
from datetime import date, datetime, timedelta, timezone
from typing import Callable, List, Optional, Tuple, Type, cast

import ftpcodes
from dispatch import ENTRIES, Entry, Param

failures: List[str] = []


def check(ok: bool, what: str) -> None:
    if not ok:
        failures.append(what)


def raised(f: Callable[[], object]) -> Optional[Type[BaseException]]:
    """Return the class of the exception f raises, or None."""
    try:
        f()
    except Exception as err:
        return type(err)
    return None


def show(v: object) -> str:
    s = repr(v)
    return s if len(s) <= 60 else s[:60] + "..."


UTC = timezone.utc
EAST = timezone(timedelta(hours=5, minutes=30))
WEST = timezone(timedelta(hours=-8))

STRINGS: List[str] = [
    "/home/user",
    '/a "quoted" dir',
    '"',
    '""',
    '"/"',
    'a""b',
    " leading and trailing spaces ",
    '257 "/fake" created.',
    "123 leading digits",
    "0",
    "déjà vu 🚀 Straße 日本語 Ελληνικά",
    "\u2028 and \u2029, zero\u200bwidth, \ufeff",
    "tab\there",
    "trailing \\",
    '${x} {{y}} {0} %s %d */ /* // """',
    ") ( (|||21|) | ! ,",
    "x",
    "p" * 10000,
    '"' * 10000,
    "1," * 5000 + "2",
]

TIMES: List[datetime] = [
    datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC),
    datetime(1998, 6, 15, 10, 0, 45, 14000, tzinfo=UTC),
    datetime(2024, 2, 29, 23, 59, 59, 500000, tzinfo=UTC),
    datetime(1, 1, 1, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2001, 2, 3, 4, 5, 6, 1),  # naive: taken as UTC
    datetime(2001, 1, 1, 2, 0, tzinfo=EAST),  # the day before in UTC
    datetime(2000, 2, 28, 20, 0, tzinfo=WEST),  # a leap day in UTC
]


def as_utc(d: datetime) -> datetime:
    return d.replace(tzinfo=UTC) if d.utcoffset() is None else d.astimezone(UTC)


def uints(maximum: int) -> List[int]:
    return [
        n for n in [0, 1, 7, 10, maximum // 2, maximum - 1, maximum] if n <= maximum
    ]


def sample(p: Param, j: int, k: int) -> object:
    """The k-th hostile value for parameter j."""
    if p.kind == "uint":
        u = uints(p.maximum)
        return u[(k + j) % len(u)]
    if p.kind == "time":
        return TIMES[(k + j) % len(TIMES)]
    return STRINGS[(k + j) % len(STRINGS)]


def plain(p: Param) -> object:
    """A value every parameter of its type accepts."""
    if p.kind == "uint":
        return 1
    if p.kind == "time":
        return TIMES[0]
    return "x"


def same(got: object, want: object) -> bool:
    if isinstance(want, datetime):
        return (
            isinstance(got, datetime)
            and got.tzinfo is UTC
            and got == as_utc(want)
            and type(got) is datetime
        )
    return type(got) is type(want) and got == want


def round_trip(e: Entry) -> None:
    rounds = max(len(STRINGS), len(TIMES), 7) + len(e.params)
    for k in range(rounds):
        values = [sample(p, j, k) for j, p in enumerate(e.params)]
        what = f"{e.name}({', '.join(show(v) for v in values)})"
        try:
            text = e.format(values)
        except ValueError:
            # A string that holds the text following it is refused, and no other.
            holds = any(
                isinstance(v, str) and any(lit in v for lit in e.literals)
                for v in values
            )
            check(holds, f"{what} raises ValueError")
            continue
        back = e.parse(text)
        check(
            back is not None
            and len(back) == len(values)
            and all(same(g, w) for g, w in zip(back, values)),
            f"{what} reads back as {back!r:.200}",
        )
        # Through the reply line and back.
        wire = ftpcodes.format_reply(e.code, text)
        check(wire == f"{e.code} {text}\r\n", f"format_reply({e.code}, {what})")
        stream = io.BytesIO(wire.encode("utf-8"))
        if len(stream.getbuffer()) - 2 <= 8192:
            reply = ftpcodes.parse_reply([wire[:-2]])
            check(reply.code == e.code and reply.text == text, f"parse_reply of {what}")
            got = ftpcodes.read_reply(stream)
            check(got == reply, f"read_reply of {what}")
        else:  # the longest line either takes, in bytes
            got = kind_of(lambda: ftpcodes.parse_reply([wire[:-2]]))
            check(got == "line-too-long", f"parse_reply of {what}: {got}")
            got = kind_of(lambda: ftpcodes.read_reply(stream))
            check(got == "line-too-long", f"read_reply of {what}: {got}")


def rejections(e: Entry) -> None:
    valid = [plain(p) for p in e.params]
    check(raised(lambda: e.format(valid)) is None, f"{e.name} refuses plain values")
    for j, p in enumerate(e.params):
        bad: List[Tuple[object, Type[BaseException]]] = [
            (None, TypeError),
            (object(), TypeError),
        ]
        if p.kind == "uint":
            bad += [
                (-1, ValueError),
                (p.maximum + 1, ValueError),
                (2**53, ValueError),
                (-(2**64), ValueError),
                (True, TypeError),
                (False, TypeError),
                (1.0, TypeError),
                ("1", TypeError),
                (datetime(2001, 1, 1), TypeError),
            ]
        elif p.kind == "time":
            bad += [
                (datetime(1, 1, 1, tzinfo=EAST), ValueError),
                (datetime(9999, 12, 31, 23, tzinfo=WEST), ValueError),
                ("20010203040506", TypeError),
                (date(2001, 2, 3), TypeError),
                (0, TypeError),
            ]
        else:
            bad += [
                ("", ValueError),
                ("a\rb", ValueError),
                ("a\nb", ValueError),
                ("a\x00b", ValueError),
                ("a\r\n200 forged", ValueError),
                ("\n", ValueError),
                (42, TypeError),
                (b"x", TypeError),
                (["x"], TypeError),
            ]
        for v, want in bad:
            values = list(valid)
            values[j] = v
            got = raised(lambda: e.format(values))
            check(
                got is want,
                f"{e.name} with {p.name} = {show(v)} raises {got}, want {want}",
            )
    check(e.parse("") is None, f"{e.name} reads values from no text")


# A time-val must name a valid time of the years 1 to 9999, in every
# language; its fraction is cut to microseconds. Year 0 is no time.
TIME_VALS: List[Tuple[str, Optional[datetime]]] = [
    ("20010203040506", datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC)),
    ("20000229000000", datetime(2000, 2, 29, tzinfo=UTC)),
    ("99991231235959.999999", datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
    ("20010203040506.1234569", datetime(2001, 2, 3, 4, 5, 6, 123456, tzinfo=UTC)),
    ("20010203040506.5", datetime(2001, 2, 3, 4, 5, 6, 500000, tzinfo=UTC)),
    ("00010101000000", datetime(1, 1, 1, tzinfo=UTC)),
    ("00000229000000", None),
    ("00000101000000", None),
    ("20010203240000", None),
    ("20010203006000", None),
    ("20010203000060", None),
    ("20010230000000", None),
    ("20010229000000", None),
    ("19000229000000", None),
    ("20010003000000", None),
    ("20010200000000", None),
    ("20011301000000", None),
]


def check_time_vals(e: Entry) -> None:
    text = e.format([plain(p) for p in e.params])
    for tv, want in TIME_VALS:
        back = e.parse(text.replace("20010203040506", tv))
        got = None if back is None else back[0]
        check(
            got == want and (got is None or same(got, want)),
            f"{e.name} reads {tv} as {got!r}, want {want!r}",
        )


def framing() -> None:
    refused: List[Tuple[object, object, Type[BaseException]]] = [
        (200, "a\rb", ValueError),
        (200, "a\r\n201 forged", ValueError),
        (200, "nul\x00", ValueError),
        (99, "x", ValueError),
        (1000, "x", ValueError),
        (-200, "x", ValueError),
        (200.0, "x", TypeError),
        ("200", "x", TypeError),
        (True, "x", TypeError),
        (200, 42, TypeError),
        (200, b"x", TypeError),
        (200, None, TypeError),
    ]
    format_reply = cast(Callable[[object, object], str], ftpcodes.format_reply)
    for code, message, want in refused:
        got = raised(lambda: format_reply(code, message))
        check(
            got is want,
            f"format_reply({show(code)}, {show(message)}) raises {got}, want {want}",
        )
    for reply in ftpcodes.FTPReply:
        if 100 <= reply <= 999:
            wire = ftpcodes.format_reply(reply, "x")
            check(wire == f"{reply.value} x\r\n", f"format_reply({reply!r}) = {wire!r}")
    forged = ftpcodes.format_reply(211, "Status:\n211 forged end\n200 another\nEnd")
    check(
        forged == "211-Status:\r\n 211 forged end\r\n 200 another\r\n211 End\r\n",
        f"multi-line framing: {forged!r}",
    )
    reply = ftpcodes.parse_reply(forged.split("\r\n")[:-1])
    check(
        reply.code == 211
        and reply.text == "Status:\n 211 forged end\n 200 another\nEnd",
        "a forged line stays inside its reply",
    )
    check(
        ftpcodes.format_reply(214, "a\n\nb") == "214-a\r\n\r\n214 b\r\n", "empty line"
    )
    for lines in [
        [],
        ["hello"],
        ["211-a"],
        ["211 a", "211 b"],
        ["211-a", "211 b", "c"],
        ["099 x"],
        ["2110 x"],
        ["２１１ x"],
        ["21"],
    ]:
        got = raised(lambda: ftpcodes.parse_reply(lines))
        check(
            got is ftpcodes.ReplyError,
            f"parse_reply({lines!r}) raises {got}, not ReplyError",
        )
    parse_reply = cast(Callable[[object], object], ftpcodes.parse_reply)
    got = raised(lambda: parse_reply("220 Ready"))
    check(got is TypeError, f"parse_reply of a str raises {got}, not TypeError")


def kind_of(f: Callable[[], object]) -> str:
    """Return "ok", "eof", the kind of the ReplyError f raises, or the name
    of any other exception's class."""
    try:
        f()
    except EOFError:
        return "eof"
    except ftpcodes.ReplyError as err:
        return err.kind
    except Exception as err:
        return type(err).__name__
    return "ok"


def read_all(data: bytes) -> List[str]:
    """Read replies off data until the first outcome that is no reply: each
    reply as "CODE:TEXT", then "eof" or the kind of the ReplyError."""
    stream = io.BytesIO(data)
    out: List[str] = []
    while True:
        try:
            reply = ftpcodes.read_reply(stream)
        except EOFError:
            return out + ["eof"]
        except ftpcodes.ReplyError as err:
            return out + [err.kind]
        out.append(f"{reply.code}:{reply.text}")


class Endless:
    """A stream of head, then b"x" without end, that counts what it gives."""

    def __init__(self, head: bytes) -> None:
        self.head = head
        self.given = 0

    def readline(self, size: int, /) -> bytes:
        """Return what io.BufferedReader would: size bytes, for no LF comes."""
        rest = self.head[self.given :]
        lf = rest.find(b"\n")
        n = lf + 1 if 0 <= lf < size else size
        data = (rest + b"x" * n)[:n]
        self.given += n
        return data


# The cases of issue 11 and the framing rules: bytes in, replies out.
READS: List[Tuple[bytes, List[str]]] = [
    # A line ends at LF; one CR before it is dropped, any other CR is text.
    (b"150 ok\r226 done\r\n", ["150:ok\r226 done", "eof"]),
    (b"211 x\r\r\n", ["211:x\r", "eof"]),
    (b"211-a\r\n211\r\r\n220 next\r\n", ["truncated"]),
    (b"211-a\r\n211\r\n220 next\r\n", ["211:a\n", "220:next", "eof"]),
    (b"200 lf alone\n201 crlf\r\n", ["200:lf alone", "201:crlf", "eof"]),
    (b"\r\n", ["not-reply"]),
    (b"211\r\r\n", ["not-reply"]),
    # The end of the input: clean between replies, else truncated.
    (b"", ["eof"]),
    (b"220 hi", ["truncated"]),
    (b"211 ok\r\n\r", ["211:ok", "truncated"]),
    (b"\r", ["truncated"]),
    (b"211-a\r\n", ["truncated"]),
    (b"211-a\r\nb\r\n211", ["truncated"]),
    # Codes and separators.
    (b"221\n", ["221:", "eof"]),
    (b"hello\r\n200 x\r\n", ["not-reply"]),
    (b"099 x\r\n", ["not-reply"]),
    (b"2110 x\r\n", ["not-reply"]),
    ("２１１ x\r\n".encode("utf-8"), ["not-reply"]),
    (b"999 x\r\n100 y\r\n", ["999:x", "100:y", "eof"]),
    (
        b"211-Features:\r\n MDTM\n211-not the end\r\n212 nor this\r\n211 End\r\n",
        ["211:Features:\n MDTM\n211-not the end\n212 nor this\nEnd", "eof"],
    ),
    # Text: UTF-8, each invalid sequence replaced by U+FFFD, a BOM kept.
    (b"200 \xff\xfe ok\r\n", ["200:\ufffd\ufffd ok", "eof"]),
    (
        b"200 \xed\xa0\x80|\xe2\x82|\xf0\x9f\x98\r\n",
        ["200:\ufffd\ufffd\ufffd|\ufffd|\ufffd", "eof"],
    ),
    (b"200 \xef\xbb\xbfx\r\n", ["200:\ufeffx", "eof"]),
    (
        '257 "/déjà vu 🚀" created.\r\n'.encode("utf-8"),
        ['257:"/déjà vu 🚀" created.', "eof"],
    ),
    # Limits in bytes: 8192 before the line end.
    (b"200 " + b"x" * 8188 + b"\r\n", ["200:" + "x" * 8188, "eof"]),
    (b"200 " + b"x" * 8188 + b"\n", ["200:" + "x" * 8188, "eof"]),
    (b"200 " + b"x" * 8189 + b"\n", ["line-too-long"]),
    (b"200 " + b"x" * 8188 + b"\r\r\n", ["line-too-long"]),
    (b"200 " + b"x" * 8189, ["truncated"]),
    (b"200 " + b"x" * 8190, ["line-too-long"]),
    ("200 ".encode() + "é".encode() * 4094 + b"\r\n", ["200:" + "é" * 4094, "eof"]),
    ("200 ".encode() + "é".encode() * 4094 + b"x\r\n", ["line-too-long"]),
    (("200 " + "\U0001f600" * 5000 + "\r\n").encode("utf-8"), ["line-too-long"]),
    (b"200 ok\r\n" + b"x" * 9000, ["200:ok", "line-too-long"]),
]


def reading() -> None:
    """read_reply: one reply at a time off a binary stream, bounded."""
    for data, want in READS:
        got = read_all(data)
        check(got == want, f"read_reply of {show(data)}: {show(got)}, not {show(want)}")

    # A reply of 1000 lines is taken; at line 1000 without its end, the
    # reply is refused at once, with nothing more read.
    lines = [b"214-Help\r\n"] + [b"line %d\r\n" % i for i in range(2, 1000)]
    got = read_all(b"".join(lines + [b"214 End\r\n"]))
    text = "\n".join(["Help"] + [f"line {i}" for i in range(2, 1000)] + ["End"])
    check(got == ["214:" + text, "eof"], "a reply of 1000 lines")
    lines.append(b"line 1000\r\n")
    stream = io.BytesIO(b"".join(lines + [b"214 End\r\n"]))
    got = kind_of(lambda: ftpcodes.read_reply(stream))
    check(got == "too-many-lines", f"a reply of more than 1000 lines: {got}")
    check(stream.tell() == len(b"".join(lines)), "a read past line 1000")

    # A line of 100 MB is refused after a few KiB, and never held whole.
    for head in [b"", b"200 ", b"211-a\r\n"]:
        raw = Endless(head)
        got = kind_of(lambda: ftpcodes.read_reply(raw))
        check(
            got == "line-too-long" and raw.given <= len(head) + 8194,
            f"an endless line after {head!r}: {got} after {raw.given} bytes",
        )

    # parse_reply's errors are ReplyErrors too; one CR is dropped, not two.
    for lines_, kind in [
        ([], "not-reply"),
        (["hello"], "not-reply"),
        (["211 a", "211 b"], "not-reply"),
        (["211-a", "211 b", "c"], "not-reply"),
        (["211-a"], "truncated"),
        (["211-a", "211\r\r"], "truncated"),
    ]:
        got = kind_of(lambda: ftpcodes.parse_reply(lines_))
        check(got == kind, f"parse_reply({lines_!r}): {got}, want {kind}")
    check(ftpcodes.parse_reply(["211 x\r\r"]).text == "x\r", "parse_reply drops one CR")

    # Text streams are refused: they split lines at a bare CR.
    text = io.TextIOWrapper(io.BytesIO(b"150 ok\r226 done\r\n"), encoding="utf-8")
    read_reply = cast(Callable[[object], object], ftpcodes.read_reply)
    got = kind_of(lambda: read_reply(text))
    check(got == "TypeError", f"read_reply of a text stream: {got}")


def main() -> None:
    for e in ENTRIES.values():
        round_trip(e)
        rejections(e)
        if len(e.params) == 1 and e.params[0].kind == "time":
            check_time_vals(e)
    framing()
    reading()
    if failures:
        for what in failures[:50]:
            sys.stderr.write(f"FAIL: {what}\n")
        sys.stderr.write(f"{len(failures)} checks failed\n")
        sys.exit(1)
    sys.stdout.write("ok\n")


if __name__ == "__main__":
    main()
