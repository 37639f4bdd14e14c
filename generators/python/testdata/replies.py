"""Round trips and rejections for the formatters, parsers and reply framing.

Run in the directory that holds ftpcodes.py and dispatch.py, which the Go
test generates for each table:

    python3 replies.py

Every formatter is given hostile values (quotes, spaces, non-ASCII, leading
digits, 10 000 characters, extreme numbers and times, datetimes in other
time zones), and its parser must read back exactly what it wrote, also
through format_reply, parse_reply and read_reply; CR, LF, NUL, empty
strings, numbers out of range and values of the wrong type must be refused
with ValueError or TypeError. Prints "ok", or every failure on standard
error and exits with status 1.
"""

from __future__ import annotations

import functools
import io
import sys
from datetime import date, datetime, timedelta, timezone
from typing import Callable, Iterator, List, Optional, Sequence, Tuple, Type, cast

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


def readline_of(lines: Sequence[str]) -> Callable[[], str]:
    feed: Iterator[str] = iter(lines)
    return lambda: next(feed, "")


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
        reply = ftpcodes.parse_reply([wire[:-2]])
        check(reply.code == e.code and reply.text == text, f"parse_reply of {what}")
        readline = io.StringIO(wire, newline="").readline
        if len(wire) - 2 <= 8192:
            got = ftpcodes.read_reply(readline)
            check(got == reply, f"read_reply of {what}")
        else:  # the longest line read_reply takes
            got = raised(lambda: ftpcodes.read_reply(readline))
            check(got is ValueError, f"read_reply of {what} raises {got}")


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


# A time-val must name a valid time of the years 1 to 9999; its fraction is
# cut to microseconds. Year 0, which Go reads, is beyond a datetime.
TIME_VALS: List[Tuple[str, Optional[datetime]]] = [
    ("20010203040506", datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC)),
    ("20000229000000", datetime(2000, 2, 29, tzinfo=UTC)),
    ("99991231235959.999999", datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
    ("20010203040506.1234569", datetime(2001, 2, 3, 4, 5, 6, 123456, tzinfo=UTC)),
    ("20010203040506.5", datetime(2001, 2, 3, 4, 5, 6, 500000, tzinfo=UTC)),
    ("00010101000000", datetime(1, 1, 1, tzinfo=UTC)),
    ("00000229000000", None),
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
        check(got is ValueError, f"parse_reply({lines!r}) raises {got}, not ValueError")
    parse_reply = cast(Callable[[object], object], ftpcodes.parse_reply)
    got = raised(lambda: parse_reply("220 Ready"))
    check(got is TypeError, f"parse_reply of a str raises {got}, not TypeError")


def reading() -> None:
    """read_reply: one reply at a time, with or without line ends, bounded."""
    stream = [
        "220 Service ready\r\n",
        "211-Features:\r\n",
        " MDTM\n",
        "211-not the end\r\n",
        "212 nor this\r\n",
        "211 End\r\n",
        "221\n",
        "hello\r\n",
        "200 after an error\r\n",
        "214-Help\r\n",
    ]
    f = io.StringIO("".join(stream), newline="")
    got = ftpcodes.read_reply(f.readline)
    want = ftpcodes.ParsedReply(220, ("220 Service ready",), "Service ready")
    check(got == want, f"single-line reply: {got!r}")
    got = ftpcodes.read_reply(f.readline)
    check(
        got.code == 211
        and got.text == "Features:\n MDTM\n211-not the end\n212 nor this\nEnd"
        and len(got.lines) == 5,
        f"multi-line reply: {got!r}",
    )
    check(ftpcodes.read_reply(f.readline) == (221, ("221",), ""), "a code alone")
    check(raised(lambda: ftpcodes.read_reply(f.readline)) is ValueError, "no code")
    check(ftpcodes.read_reply(f.readline).code == 200, "a reply after an error")
    check(raised(lambda: ftpcodes.read_reply(f.readline)) is EOFError, "EOF inside")
    check(raised(lambda: ftpcodes.read_reply(f.readline)) is EOFError, "EOF")

    long_line = "200 " + "x" * 8188
    got = ftpcodes.read_reply(readline_of([long_line + "\r\n"]))
    check(got.text == "x" * 8188, "a line of 8192 characters")
    got = raised(lambda: ftpcodes.read_reply(readline_of([long_line + "x\r\n"])))
    check(got is ValueError, f"a line of 8193 characters raises {got}")
    # A limited readline: the over-long line is refused before it is read whole.
    limited = io.StringIO("214-" + "y" * 100000 + "\r\n", newline="")
    got = raised(lambda: ftpcodes.read_reply(functools.partial(limited.readline, 8194)))
    check(got is ValueError and limited.tell() <= 8194 * 4, "a limited readline")

    lines = ["214-Help"] + [f"line {i}" for i in range(2, 1000)] + ["214 End"]
    got = ftpcodes.read_reply(readline_of(lines))
    check(len(got.lines) == 1000, "a reply of 1000 lines")
    lines = ["214-Help"] + [f"line {i}" for i in range(2, 1001)] + ["214 End"]
    got = raised(lambda: ftpcodes.read_reply(readline_of(lines)))
    check(got is ValueError, f"a reply of 1001 lines raises {got}")


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
