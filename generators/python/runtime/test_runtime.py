"""Unit tests of _runtime.py, run on its own by generators/python's TestRuntime.

    python3 -m unittest test_runtime

The templates here are written by hand as the generated module writes them,
with their cores, stops and after_digit as spec settles them.
"""

# pyright: reportPrivateUsage=false

from __future__ import annotations

import dataclasses
import io
import pickle
import threading
import unittest
from datetime import datetime, timedelta, timezone
from typing import Callable, List

import _runtime
from _runtime import (
    Argument,
    FactInfo,
    FactValue,
    Feature,
    FTPValueError,
    ParsedReply,
    ReplyError,
    _String,
    _Template,
    _Time,
    _Uint,
    _command_line,
    _read_entry,
    _render,
    _scan,
    _split_command,
    _typed_fact,
    _write_entry,
    format_eprt_argument,
    format_features,
    format_lprt_argument,
    format_opts_argument,
    format_port_argument,
    format_reply,
    is_permanent_negative,
    is_positive_completion,
    is_positive_intermediate,
    is_positive_preliminary,
    is_protected,
    is_transient_negative,
    parse_eprt_argument,
    parse_extended_passive_port,
    parse_features,
    parse_long_passive_address,
    parse_lprt_argument,
    parse_opts_argument,
    parse_passive_address,
    parse_port_argument,
    parse_reply,
    passive_peer_address,
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


class FirstUse(unittest.TestCase):
    """The classes defined on first use, through the module's __getattr__."""

    def test_names(self) -> None:
        names = dir(_runtime)
        for name in ["Meaning", "Evidence", "ReplyStatus", "ParsedReply", "Entry"]:
            self.assertIn(name, names)
        meaning = _runtime.Meaning("Okay.", "Done.", _runtime.ReplyStatus.STANDARD)
        self.assertEqual(meaning.__class__.__qualname__, "Meaning")
        with self.assertRaises(dataclasses.FrozenInstanceError):
            setattr(meaning, "phrase", "")
        with self.assertRaises(AttributeError):
            getattr(_runtime, "NoSuchName")

    def test_pickle(self) -> None:
        for value in [
            _runtime.Meaning("Okay.", "Done.", _runtime.ReplyStatus.DRAFT, rfc=959),
            _runtime.Evidence("vsftpd 3.0.3", "postlogin.c:453"),
            ParsedReply(200, ("200 Okay.",), "Okay."),
            Argument.REQUIRED,
        ]:
            self.assertEqual(pickle.loads(pickle.dumps(value)), value)

    def test_once(self) -> None:
        calls: List[int] = []
        start = threading.Barrier(4)

        def define() -> None:
            calls.append(1)

        once = _runtime._on_first_use("_Probe")(define)
        del _runtime._DEFINERS["_Probe"]

        def run() -> None:
            start.wait()
            once()

        threads = [threading.Thread(target=run) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        once()
        self.assertEqual(calls, [1])


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


# The facts as a table might give them: a uint, a time, a string.
FACTS = (
    FactInfo("size", "uint"),
    FactInfo("modify", "time"),
    FactInfo("UNIX.mode", "string"),
)


class ClientTest(unittest.TestCase):
    """The client's half of the wire, as CLIENT.md of issue 18 settles it."""

    def kind(self, call: Callable[[], object]) -> str:
        with self.assertRaises(FTPValueError) as caught:
            call()
        return caught.exception.kind

    def test_command_line(self) -> None:
        retr = _command_line("RETR", Argument.REQUIRED, ["a b"])
        self.assertEqual(retr, "RETR a b\r\n")
        self.assertEqual(_command_line("LIST", Argument.OPTIONAL, []), "LIST\r\n")
        def line(*args: str) -> str:
            return _command_line("STOR", Argument.REQUIRED, args)

        self.assertEqual(self.kind(lambda: line("x\r\nDELE x")), "bad-argument")
        self.assertEqual(self.kind(lambda: line("x\0")), "bad-argument")
        self.assertEqual(self.kind(lambda: line("")), "bad-argument")
        self.assertEqual(self.kind(line), "missing-argument")
        self.assertEqual(self.kind(lambda: line("é" * 4094)), "line-too-long")
        self.assertEqual(line("é" * 4093), "STOR " + "é" * 4093 + "\r\n")
        none = lambda: _command_line("PASV", Argument.NONE, ["x"])
        self.assertEqual(self.kind(none), "unexpected-argument")

    def test_split_command(self) -> None:
        self.assertEqual(_split_command("retr  a b\r\n"), ("retr", " a b"))
        self.assertEqual(_split_command("RETR \n"), ("RETR", ""))
        self.assertEqual(_split_command("NOOP"), ("NOOP", ""))
        self.assertEqual(self.kind(lambda: _split_command("A\rB\n")), "bad-character")
        self.assertEqual(self.kind(lambda: _split_command("A\r\r\n")), "bad-character")
        long = "X" * 8193
        self.assertEqual(self.kind(lambda: _split_command(long)), "line-too-long")

    def test_addresses(self) -> None:
        pasv = "Entering Passive Mode (10,0,0,1,4,001)."
        self.assertEqual(parse_passive_address(pasv), ("10.0.0.1", 1025))
        self.assertEqual(parse_passive_address("=1256,1,1,1,1,1"), None)
        # Not 256: the first six numbers of at most 255 not after a digit.
        found = parse_passive_address("a 256,1,1,1,1,1,1,1")
        self.assertEqual(found, ("1.1.1.1", 257))
        peer = passive_peer_address(pasv, "::ffff:192.0.2.1")
        self.assertEqual(peer, ("192.0.2.1", 1025))
        self.assertEqual(passive_peer_address("no", "192.0.2.1"), None)
        self.assertEqual(parse_extended_passive_port("Mode (|||6446|)"), 6446)
        self.assertEqual(parse_extended_passive_port("(((( (!!!65536!)"), None)
        self.assertEqual(parse_extended_passive_port("(1112221)"), 222)
        zeros = "0" * 5000  # more digits than int() reads
        self.assertEqual(parse_passive_address(zeros + "1,2,3,4,0,21"), ("1.2.3.4", 21))
        self.assertIsNone(parse_port_argument("9" * 5000 + ",2,3,4,0,21"))
        lpsv = "Long Passive Mode (4,4,1,2,3,4,2,0,21)"
        self.assertEqual(parse_long_passive_address(lpsv), ("1.2.3.4", 21))
        self.assertEqual(parse_long_passive_address("(1) (4,4,1,2,3,4,2,0,21"), None)

    def test_port_eprt_lprt(self) -> None:
        self.assertEqual(format_port_argument("192.0.2.1", 1025), "192,0,2,1,4,1")
        self.assertEqual(self.kind(lambda: format_port_argument("::1", 21)), "not-ipv4")
        not_host = lambda: format_port_argument("x", 1)
        self.assertEqual(self.kind(not_host), "bad-argument")
        self.assertEqual(parse_port_argument("010,0,0,1,0,21"), ("10.0.0.1", 21))
        self.assertIsNone(parse_port_argument("10,0,0,1,0,21 "))
        self.assertEqual(format_eprt_argument("::ffff:1.2.3.4", 21), "|1|1.2.3.4|21|")
        self.assertEqual(
            format_eprt_argument("2001:DB8:0:0:1:0:0:1", 21), "|2|2001:db8::1:0:0:1|21|"
        )
        one_zero = format_eprt_argument("1:0:2:3:4:5:6:7", 1)
        self.assertEqual(one_zero, "|2|1:0:2:3:4:5:6:7|1|")
        self.assertEqual(parse_eprt_argument("|2|::ffff:1.2.3.4|21|"), ("1.2.3.4", 21))
        self.assertEqual(parse_eprt_argument("!2!1::8!0!"), ("1::8", 0))
        bad_args = ("|1|01.2.3.4|2|", "|01|1.2.3.4|2|", "|2|1::2::3|2|", "|1|1.2.3.4|2")
        for bad in bad_args:
            self.assertIsNone(parse_eprt_argument(bad), bad)
        self.assertIsNone(parse_eprt_argument("|2|fe80::1%eth0|21|"))
        self.assertEqual(format_lprt_argument("1.2.3.4", 258), "4,4,1,2,3,4,2,1,2")
        six = "6,16,0,0,0,0,0,0,0,0,0,0,255,255,1,2,3,4,2,0,21"
        self.assertEqual(parse_lprt_argument(six), ("1.2.3.4", 21))
        self.assertIsNone(parse_lprt_argument("4,4,1,2,3,4,3,0,0,21"))

    def test_features(self) -> None:
        feat = parse_features("Extensions:\n mdtm\n\tMLST  size*;modify*; \n\nEnd")
        mlst = Feature("MLST", "size*;modify*;")
        self.assertEqual(list(feat), [Feature("MDTM"), mlst])
        self.assertTrue(feat.has("mlst"))
        self.assertEqual(feat.get("Mdtm"), "")
        self.assertIsNone(feat.get("SIZE"))
        self.assertEqual(list(parse_features("No features")), [])
        self.assertEqual(format_features([]), "211 \r\n")
        self.assertEqual(
            format_features([Feature("MDTM"), Feature("MLST", "size*;")]),
            "211-Extensions supported:\r\n MDTM\r\n MLST size*;\r\n211 End\r\n",
        )
        bad = lambda: format_features([Feature("UTF8", "on ")])
        self.assertEqual(self.kind(bad), "bad-feature")
        self.assertEqual(format_opts_argument("UTF8", "ON"), "UTF8 ON")
        self.assertEqual(self.kind(lambda: format_opts_argument("U 8")), "bad-argument")
        parsed = parse_opts_argument("utf8 on  x")
        self.assertEqual(parsed, ("UTF8", "on  x"))
        self.assertIsNone(parse_opts_argument(" on"))

    def test_entries(self) -> None:
        entry = _read_entry(FACTS, "SIZE=12;x=a=b;unix.mode=;  my ;file")
        self.assertIsNotNone(entry)
        if entry is not None:
            facts = [FactValue("size", "12"), FactValue("x", "a=b")]
            self.assertEqual(list(entry.facts), facts + [FactValue("UNIX.mode", "")])
            self.assertEqual(entry.path, " my ;file")
            self.assertEqual(entry.get("X"), "a=b")
        self.assertEqual(_read_entry(FACTS, " /"), ((), "/"))
        for bad in ("size=1", "size=1 x", "=1; x", "size; x", "a=1;;b=2; x", "a=; x\n"):
            self.assertIsNone(_read_entry(FACTS, bad), bad)
        huge = _read_entry(FACTS, "size=" + "0" * 5000 + "12; x")
        self.assertIsNotNone(huge)
        if huge is not None:
            self.assertEqual(_typed_fact(FACTS[0], huge.facts[0].value), 12)
        self.assertIsNone(_typed_fact(FACTS[0], "9" * 5000))
        self.assertIsNone(_typed_fact(FACTS[0], str(2**53)))
        facts = [("Size", "0012"), ("modify", "00010101000000")]
        line = _write_entry(FACTS, "a b", facts)
        self.assertEqual(line, "Size=0012;modify=00010101000000; a b")
        bad_facts = (
            [("size", "-1")],
            [("modify", "00000101000000")],
            [("x", "a b")],
            [("a=b", "1")],
            [("", "1")],
        )
        for bad_fact in bad_facts:
            write = lambda: _write_entry(FACTS, "p", bad_fact)
            self.assertEqual(self.kind(write), "bad-fact")
        self.assertEqual(self.kind(lambda: _write_entry(FACTS, "a\rb", [])), "bad-path")



if __name__ == "__main__":
    unittest.main()
