"""Unit tests of _runtime.py, run on its own by generators/python's TestRuntime.

    python3 -m unittest test_runtime

The templates here are written by hand as the generated module writes them,
with their cores, stops and after_digit as spec settles them.
"""

# pyright: reportPrivateUsage=false

from __future__ import annotations

import io
import unittest
from datetime import datetime, timedelta, timezone

from _runtime import (
    ParsedReply,
    ReplyError,
    _String,
    _Template,
    _Time,
    _Uint,
    _render,
    _scan,
    format_reply,
    is_permanent_negative,
    is_positive_completion,
    is_positive_intermediate,
    is_positive_preliminary,
    is_protected,
    is_transient_negative,
    parse_reply,
    read_reply,
)

UTC = timezone.utc

# 227 Entering Passive Mode (h1,h2,h3,h4,p1,p2). Lenient: its core is the
# part from h1 to p2, which starts with a number.
_PASV_NUMBERS = tuple(_Uint(f"n{i}", i, 255) for i in range(6))
_PASV_SEGMENTS = (
    "Entering Passive Mode (",
    _PASV_NUMBERS[0],
    ",",
    _PASV_NUMBERS[1],
    ",",
    _PASV_NUMBERS[2],
    ",",
    _PASV_NUMBERS[3],
    ",",
    _PASV_NUMBERS[4],
    ",",
    _PASV_NUMBERS[5],
    ").",
)
PASV = _Template(_PASV_SEGMENTS, _PASV_SEGMENTS[1:-1], after_digit=True)

# 257 "PATHNAME" created. Lenient: its core is the quoted path with its quotes.
_PATH = _String("pathname", 0, quoted=True)
MKD = _Template(('"', _PATH, '" created.'), ('"', _PATH, '"'))

# A template whose values stand in another order than its parameters, with a
# string whose stop is " at ", and a time: not lenient (the core ends with a
# string that is not quoted).
_WHO = _String("who", 1, stop=" at ")
_WHEN = _Time("when", 0)
SEEN = _Template(("Seen ", _WHO, " at ", _WHEN, " by ", _String("by", 2)))


class Replies(unittest.TestCase):
    def test_format_reply(self) -> None:
        self.assertEqual(format_reply(200, "Command okay."), "200 Command okay.\r\n")
        self.assertEqual(
            format_reply(211, "Features:\n MDTM\n220 x\nEnd"),
            "211-Features:\r\n MDTM\r\n 220 x\r\n211 End\r\n",
        )
        for code in (99, 1000, 0):
            with self.assertRaises(ValueError):
                format_reply(code, "x")
        with self.assertRaises(TypeError):
            format_reply(True, "x")
        for message in ("a\rb", "a\x00b"):
            with self.assertRaises(ValueError):
                format_reply(200, message)

    def test_read_reply(self) -> None:
        stream = io.BytesIO(
            b"150 ok\r226 done\r\n211-a\r\n211x\r\n 211 b\r\n211 end\r\n221\n"
        )
        self.assertEqual(
            read_reply(stream), ParsedReply(150, ("150 ok\r226 done",), "ok\r226 done")
        )
        self.assertEqual(
            read_reply(stream),
            ParsedReply(
                211, ("211-a", "211x", " 211 b", "211 end"), "a\n211x\n 211 b\nend"
            ),
        )
        self.assertEqual(read_reply(stream), ParsedReply(221, ("221",), ""))
        with self.assertRaises(EOFError):
            read_reply(stream)

    def test_read_reply_faults(self) -> None:
        cases = [
            (b"211-a\r\n", "truncated"),
            (b"200 ok", "truncated"),
            (b"\r", "truncated"),
            (b"099 no\r\n", "not-reply"),
            (b"2000 no\r\n", "not-reply"),
            (b"200 " + b"x" * 8189 + b"\r\n", "line-too-long"),
            (b"2" * 9000, "line-too-long"),
            (b"211-a\n" + b"x\n" * 999, "too-many-lines"),
        ]
        for data, kind in cases:
            with self.subTest(data=data[:20]):
                with self.assertRaises(ReplyError) as caught:
                    read_reply(io.BytesIO(data))
                self.assertEqual(caught.exception.kind, kind)
        longest = b"200 " + b"x" * 8188
        reply = read_reply(io.BytesIO(longest + b"\n"))
        self.assertEqual(reply.lines, (longest.decode(),))

    def test_read_reply_decodes(self) -> None:
        reply = read_reply(io.BytesIO(b"200 caf\xc3\xa9 \xff\r\n"))
        self.assertEqual(reply.text, "caf\u00e9 \ufffd")

    def test_read_reply_binary_only(self) -> None:
        with self.assertRaises(TypeError):
            read_reply(io.StringIO("200 ok\n"))  # type: ignore[arg-type]

    def test_parse_reply(self) -> None:
        self.assertEqual(parse_reply(["200 ok\r"]).text, "ok")
        self.assertEqual(parse_reply(["211-a", "b", "211 c"]).text, "a\nb\nc")
        for lines, kind in [
            ([], "not-reply"),
            (["200 a\nb"], "not-reply"),
            (["200 a", "200 b"], "not-reply"),
            (["211-a", "b"], "truncated"),
        ]:
            with self.subTest(lines=lines):
                with self.assertRaises(ReplyError) as caught:
                    parse_reply(lines)
                self.assertEqual(caught.exception.kind, kind)
        with self.assertRaises(TypeError):
            parse_reply("200 ok")

    def test_predicates(self) -> None:
        predicates = [
            is_positive_preliminary,
            is_positive_completion,
            is_positive_intermediate,
            is_transient_negative,
            is_permanent_negative,
            is_protected,
        ]
        for digit, predicate in zip([1, 2, 3, 4, 5, 6], predicates):
            self.assertTrue(predicate(digit * 100))
            self.assertTrue(predicate(digit * 100 + 99))
            self.assertFalse(predicate(digit * 100 - 1))
            self.assertFalse(predicate(digit * 100 + 100))


class Values(unittest.TestCase):
    def test_render(self) -> None:
        self.assertEqual(
            _render(PASV, 10, 0, 0, 1, 4, 255),
            "Entering Passive Mode (10,0,0,1,4,255).",
        )
        self.assertEqual(_render(MKD, 'a "b"'), '"a ""b""" created.')
        when = datetime(2024, 2, 29, 23, 59, 58, 120000, tzinfo=UTC)
        self.assertEqual(
            _render(SEEN, when, "me", "you"), "Seen me at 20240229235958.12 by you"
        )
        east = timezone(timedelta(hours=2))
        self.assertEqual(
            _render(SEEN, datetime(2024, 1, 1, 1, tzinfo=east), "me", "you"),
            "Seen me at 20231231230000 by you",
        )

    def test_render_refuses(self) -> None:
        when = datetime(2024, 1, 1)
        for values, error in [
            ((256, 0, 0, 0, 0, 0), ValueError),
            ((-1, 0, 0, 0, 0, 0), ValueError),
            ((True, 0, 0, 0, 0, 0), TypeError),
            (("1", 0, 0, 0, 0, 0), TypeError),
        ]:
            with self.assertRaises(error):
                _render(PASV, *values)
        for who in ["", "a at b", "a\rb", "a\nb", "a\x00b"]:
            with self.assertRaises(ValueError):
                _render(SEEN, when, who, "you")
        self.assertEqual(
            _render(SEEN, when, "me", "a at b"), "Seen me at 20240101000000 by a at b"
        )
        with self.assertRaises(TypeError):
            _render(SEEN, "2024", "me", "you")
        with self.assertRaises(ValueError):
            early = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1)))
            _render(SEEN, early, "a", "b")

    def test_scan(self) -> None:
        self.assertEqual(
            _scan(PASV, "Entering Passive Mode (10,0,0,1,4,255)."),
            [10, 0, 0, 1, 4, 255],
        )
        self.assertEqual(
            _scan(PASV, "Passive 10,0,0,1,4,255 ok"), [10, 0, 0, 1, 4, 255]
        )
        # after_digit: the core is not sought right after a digit.
        self.assertEqual(_scan(PASV, "=110,0,0,1,4,255"), [110, 0, 0, 1, 4, 255])
        self.assertIsNone(_scan(PASV, "Entering Passive Mode (256,0,0,1,4,255)."))
        self.assertEqual(_scan(MKD, '"a ""b""" created.'), ['a "b"'])
        self.assertEqual(_scan(MKD, 'MKD "a""b" done'), ['a"b'])
        self.assertIsNone(_scan(MKD, '"" created.'))
        self.assertEqual(
            _scan(SEEN, "Seen me at 20240229235958.123456789 by a at b"),
            [datetime(2024, 2, 29, 23, 59, 58, 123456, tzinfo=UTC), "me", "a at b"],
        )
        self.assertIsNone(_scan(SEEN, "Seen me at 20230229235958 by you"))
        self.assertIsNone(_scan(SEEN, "Seen me at 2023022923595 by you"))
        self.assertIsNone(_scan(SEEN, "I saw me at 20230228235958 by you"))
        self.assertEqual(
            _scan(SEEN, "Seen me at 00010101000000 by you"),
            [datetime(1, 1, 1, tzinfo=UTC), "me", "you"],
        )


if __name__ == "__main__":
    unittest.main()
