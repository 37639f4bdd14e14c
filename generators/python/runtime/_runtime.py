"""The table-independent code of the generated ftpcodes.py, as real source.

generators/python splices this file into the module it generates: the lines
after the marker "# ftpcodegen: replies" after the module's imports, and those
after "# ftpcodegen: values" before the formatters and parsers, only when the
table has templates. What is above the first marker (this docstring and the
imports) and below "# ftpcodegen: end" is not copied: the module writes its
own imports, and uses the private names listed at the end. The table's names
and data, such as each template's segments, core and stops, come from the
generated code; nothing here recomputes them.

pyright checks this file in strict mode and test_runtime.py tests it, each on
its own, as generators/python's TestRuntime runs them.
"""

from __future__ import annotations

import enum
import io
import operator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import (
    Dict,
    List,
    Literal,
    NamedTuple,
    Optional,
    Protocol,
    Sequence,
    Tuple,
    Union,
)

# ftpcodegen: replies


class ReplyStatus(enum.Enum):
    """How standard a meaning of a reply code, or a command, is."""

    STANDARD = "standard"
    """Defined by RFC 959."""
    EXTENSION = "extension"
    """Defined by a later RFC."""
    DRAFT = "draft"
    """Defined by an Internet-Draft, not by an RFC."""
    NON_STANDARD = "non-standard"
    """Defined by no RFC or Internet-Draft; ``source`` says where from."""


@dataclass(frozen=True)
class Meaning:
    """What one source says a reply code means."""

    phrase: str
    """The reply text the source gives."""
    description: str
    """What the reply means, in a sentence or two."""
    status: ReplyStatus
    """How standard this meaning is."""
    rfc: Optional[int] = None
    """The number of the RFC that defines it, or None."""
    document: Optional[str] = None
    """The Internet-Draft that defines it, as "draft-somers-ftp-mfxx-03", or None."""
    section: Optional[str] = None
    """The section of that RFC or Internet-Draft, as "4.2.2", or None."""
    source: Optional[str] = None
    """Where a meaning no RFC or Internet-Draft defines comes from, or None."""
    template: Optional[str] = None
    """The reply's wire form, or None when the text carries no values.

    Values are written as ``{name}`` placeholders and literal braces are
    doubled, as :meth:`str.format` reads them.
    """


class Evidence(NamedTuple):
    """Where a real server sends a reply."""

    server: str
    """The server and the release read, as "vsftpd 3.0.3"."""
    at: str
    """The file in the server's repository and the line, as "postlogin.c:453"."""


class _Kind:
    """The data of a class or group."""

    __slots__ = ("title", "description", "rfc", "section")

    def __init__(self, title: str, description: str, rfc: int, section: str) -> None:
        self.title = title
        self.description = description
        self.rfc = rfc
        self.section = section


class _Reply:
    """A reply's meanings, the primary one first, and its closes_control."""

    __slots__ = ("meaning", "also", "closes_control")

    def __init__(
        self, meaning: Meaning, *also: Meaning, closes_control: bool = False
    ) -> None:
        self.meaning = meaning
        self.also = also
        self.closes_control = closes_control


def is_positive_preliminary(code: int) -> bool:
    """Return whether code is a positive preliminary reply (1yz).

    The action is being started; expect another reply before sending the
    next command.
    """
    return 100 <= code <= 199


def is_positive_completion(code: int) -> bool:
    """Return whether code is a positive completion reply (2yz).

    The action has been completed successfully.
    """
    return 200 <= code <= 299


def is_positive_intermediate(code: int) -> bool:
    """Return whether code is a positive intermediate reply (3yz).

    The command has been accepted, but the server waits for another command
    carrying further information.
    """
    return 300 <= code <= 399


def is_transient_negative(code: int) -> bool:
    """Return whether code is a transient negative completion reply (4yz).

    The action was not taken, but the error is temporary: retry may
    succeed.
    """
    return 400 <= code <= 499


def is_permanent_negative(code: int) -> bool:
    """Return whether code is a permanent negative completion reply (5yz).

    The action was not taken, and the same command sent again will fail
    again.
    """
    return 500 <= code <= 599


def is_protected(code: int) -> bool:
    """Return whether code is a protected reply (6yz, RFC 2228).

    The real reply travels integrity-protected or encrypted, and base64
    encoded, in the text of this one; decode it to read it.
    """
    return 600 <= code <= 699


_MAX_LINE_BYTES = 8192
"""The most bytes a reply line may hold before its line end."""

_MAX_REPLY_LINES = 1000
"""The most lines :func:`read_reply` takes for one reply."""

_ReplyErrorKind = Literal["not-reply", "truncated", "line-too-long", "too-many-lines"]
"""The faults :class:`ReplyError` reports; see :attr:`ReplyError.kind`."""


class _LineReader(Protocol):
    """A binary stream read a line at a time, such as ``sock.makefile("rb")``."""

    def readline(self, size: int, /) -> bytes:
        """Return the next line with its LF, at most size bytes; b"" at the end."""
        ...


class ReplyError(ValueError):
    """Input that is not an FTP reply, or that ends inside one.

    Raised by :func:`read_reply` and :func:`parse_reply`. Its :attr:`kind`
    says which fault it is; the readers ftpcodes generates for other
    languages tell the same faults apart on the same input.
    """

    kind: _ReplyErrorKind
    """What is wrong with the input.

    - ``"not-reply"``: a line that should begin a reply does not start with
      a code from 100 to 999 followed by a space, a hyphen or the end of
      the line; or lines follow a reply's last line.
    - ``"truncated"``: the input ends inside a reply, or after a line that
      has no line end.
    - ``"line-too-long"``: a line holds more than 8192 bytes before its
      line end.
    - ``"too-many-lines"``: a reply goes on past 1000 lines.
    """

    def __init__(self, kind: _ReplyErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class ParsedReply(NamedTuple):
    """A reply read by :func:`read_reply` or :func:`parse_reply`."""

    code: int
    """The reply code, from 100 to 999, whether the table knows it or not."""
    lines: Tuple[str, ...]
    """The reply's lines, without their line ends."""
    text: str
    """The reply's text: its lines without their codes, joined with LF.

    For a single line that is the text after "ddd "; for a multi-line reply,
    the first line's text after "ddd-", the lines between as they are, and
    the last line's text after "ddd ".
    """


def format_reply(code: int, message: str) -> str:
    """Return a reply for the wire, its lines ended with CRLF.

    A message without a line feed (LF) becomes one line, as
    "227 Entering Passive Mode (...).". A message with line feeds becomes a
    multi-line reply (RFC 959, section 4.2): its first line "211-First", the
    lines between as they are, except that one that begins with a digit
    gets a leading space, so that no line of the message can read as a
    reply of its own, and its last line "211 End".

    Encode it as UTF-8 to send it: ``conn.sendall(wire.encode("utf-8"))``.

    Args:
        code: The reply code, an int from 100 to 999, such as a
            :class:`FTPReply`.
        message: The text, such as a formatter's result, with its lines
            separated by LF alone.

    Raises:
        TypeError: The code is not an int, or the message not a str.
        ValueError: The code is not from 100 to 999, or the message
            contains CR or NUL.
    """
    number = _reply_code(code)
    message = _checked_str("the message", message)
    if "\r" in message or "\x00" in message:
        raise ValueError(
            "the message contains CR or NUL; separate lines with LF alone"
        )
    lines = message.split("\n")
    if len(lines) == 1:
        return f"{number} {message}\r\n"
    out = [f"{number}-{lines[0]}\r\n"]
    for line in lines[1:-1]:
        out.append(f" {line}\r\n" if _is_digit(line[:1]) else f"{line}\r\n")
    out.append(f"{number} {lines[-1]}\r\n")
    return "".join(out)


def read_reply(stream: _LineReader) -> ParsedReply:
    """Read one reply off a connection, as bytes, a line at a time.

    A line ends at LF (RFC 959, section 4.2); one CR just before the LF is
    dropped, and any other CR is part of the line, so that a CR a server
    echoes inside a file name cannot end a line and forge a reply. Each
    line is read with ``stream.readline`` limited to the longest line a
    reply may have, 8192 bytes, and its CRLF, so that no more is ever read
    before a line that is too long is refused; it is decoded as UTF-8, each
    invalid sequence replaced by U+FFFD. A reply of more than 1000 lines is
    refused. Nothing past the reply's last line is read: call it again, on
    the same stream, for the next reply.

    A line of the code alone, such as "221", is a reply with empty text.

    Args:
        stream: A blocking binary stream of the connection's input, such
            as ``sock.makefile("rb")``: make one per connection and keep
            it, for it holds what it has read ahead.

    Raises:
        EOFError: The input ended before the first byte of a reply: the
            server closed the connection between replies.
        ReplyError: The input is not a reply (kind ``"not-reply"``), has a
            line longer than 8192 bytes (``"line-too-long"``) or a reply
            longer than 1000 lines (``"too-many-lines"``), or ends inside
            the reply (``"truncated"``). The connection is then best
            closed.
        TypeError: The stream reads str, not bytes.
    """
    lines: List[str] = []
    code = 0
    while True:
        data = _checked_bytes(stream.readline(_MAX_LINE_BYTES + 2))
        if not data.endswith(b"\n"):
            if len(data) > _MAX_LINE_BYTES + 1:
                raise _line_too_long()
            if data or lines:
                raise ReplyError("truncated", "the input ends inside a reply")
            raise EOFError("the input ends: no more replies")
        end = len(data) - 2 if data.endswith(b"\r\n") else len(data) - 1
        if end > _MAX_LINE_BYTES:
            raise _line_too_long()
        line = data[:end].decode("utf-8", "replace")
        start = _reply_start(line)
        if not lines:
            if start is None:
                raise _not_a_reply(line)
            code, separator = start
            if separator != "-":
                return ParsedReply(code, (line,), line[4:])
        elif start is not None and start[0] == code and start[1] != "-":
            lines.append(line)
            text = "\n".join([lines[0][4:], *lines[1:-1], line[4:]])
            return ParsedReply(code, tuple(lines), text)
        lines.append(line)
        if len(lines) >= _MAX_REPLY_LINES:
            raise ReplyError(
                "too-many-lines", f"a reply of more than {_MAX_REPLY_LINES} lines"
            )


def parse_reply(lines: Sequence[str]) -> ParsedReply:
    """Read one complete reply from lines already split.

    The lines are read as :func:`read_reply` reads them off a connection,
    each ended with LF: one CR at the end of a line is dropped and any
    other is text, and the limits are the same, in UTF-8 bytes. To read a
    reply off a connection, use :func:`read_reply`.

    Args:
        lines: The reply's lines, without their LF: one for a single-line
            reply; for a multi-line reply, from its first line ("ddd-") to
            its last ("ddd " with the same code). A str decoded with
            ``errors="surrogateescape"`` is read as the bytes it came from.

    Raises:
        ReplyError: The lines are not one complete reply: there are none,
            a line holds an LF, the first does not start with a code from
            100 to 999 and a space, a hyphen or its end, or lines follow
            the reply's last line (kind ``"not-reply"``); a line is longer
            than 8192 bytes (``"line-too-long"``) or the reply longer than
            1000 lines (``"too-many-lines"``); or a multi-line reply has no
            last line (``"truncated"``).
        TypeError: The lines are a str, not a sequence of them, or a line
            is not a str.
        UnicodeEncodeError: A line holds a surrogate that
            ``errors="surrogateescape"`` did not write.
    """
    if isinstance(lines, str):
        raise TypeError("parse_reply takes a sequence of lines, not a str")
    wire: List[bytes] = []
    for line in lines:
        if "\n" in _checked_str("a reply line", line):
            raise ReplyError("not-reply", f"{line[:80]!r} holds an LF")
        wire.append(line.encode("utf-8", "surrogateescape") + b"\n")
    if not wire:
        raise ReplyError("not-reply", "no lines: an FTP reply has at least one")
    stream = io.BytesIO(b"".join(wire))
    reply = read_reply(stream)
    after = stream.read().count(b"\n")
    if after:
        raise ReplyError(
            "not-reply", f"{after} lines after the last line of the reply"
        )
    return reply


def _reply_code(code: int) -> int:
    """Return a reply code as a plain int, checked to be from 100 to 999."""
    if isinstance(code, bool):
        raise TypeError("the reply code must be an int, not bool")
    number = operator.index(code)
    if not 100 <= number <= 999:
        raise ValueError(f"reply code {number} is not from 100 to 999")
    return number


def _checked_str(name: str, value: object) -> str:
    """Return value if it is a str; raise TypeError otherwise."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def _checked_bytes(data: object) -> bytes:
    """Return what a stream's readline returned if it is bytes; else raise."""
    if not isinstance(data, bytes):
        raise TypeError(
            "read_reply reads a binary stream, such as sock.makefile('rb'), "
            + f"not one that reads {type(data).__name__}"
        )
    return data


def _is_digit(c: str) -> bool:
    """Return whether c is one ASCII digit."""
    return len(c) == 1 and "0" <= c <= "9"


def _reply_start(line: str) -> Optional[Tuple[int, str]]:
    """Read "ddd", "ddd " or "ddd-" at the start of a line.

    Returns the code, from 100 to 999, and what follows it: " ", "-", or ""
    for a line of the code alone; or None.
    """
    code, separator = line[:3], line[3:4]
    if (
        len(code) < 3
        or code[0] == "0"
        or not all(_is_digit(c) for c in code)
        or separator not in ("", " ", "-")
    ):
        return None
    return int(code), separator


def _not_a_reply(line: str) -> ReplyError:
    """Return the error for a line that should begin a reply and does not."""
    return ReplyError(
        "not-reply",
        f"{line[:80]!r} does not start with a reply code from 100 to 999"
        + " and a space or hyphen",
    )


def _line_too_long() -> ReplyError:
    """Return the error for a line of more than _MAX_LINE_BYTES bytes."""
    return ReplyError(
        "line-too-long", f"a reply line of more than {_MAX_LINE_BYTES} bytes"
    )


# ftpcodegen: values


class _Uint:
    """A whole number in a reply text, in ASCII decimal digits."""

    __slots__ = ("name", "index", "maximum")

    def __init__(self, name: str, index: int, maximum: int) -> None:
        self.name = name
        """The formatter's parameter and the parser's field."""
        self.index = index
        """The value's place among the formatter's arguments and the fields."""
        self.maximum = maximum
        """The largest value allowed."""


class _Time:
    """A time in a reply text: RFC 3659's time-val, YYYYMMDDHHMMSS[.F] in UTC."""

    __slots__ = ("name", "index")

    def __init__(self, name: str, index: int) -> None:
        self.name = name
        self.index = index


class _String:
    """Text in a reply text: at least one character, and no CR, LF or NUL.

    A quoted string stands between double quotes, and each of its own is
    doubled. A string that is not quoted and that literal text follows,
    where that text does not end the template, may not hold that text, its
    stop: a parser ends the string where it first meets it.
    """

    __slots__ = ("name", "index", "quoted", "stop")

    def __init__(
        self, name: str, index: int, *, quoted: bool = False, stop: str = ""
    ) -> None:
        self.name = name
        self.index = index
        self.quoted = quoted
        self.stop = stop


_Segment = Union[str, _Uint, _Time, _String]
"""Literal text or a value in a reply text."""

_Value = Union[int, datetime, str]
"""A value as a parser reads it."""


class _Template:
    """The wire form of a reply text that carries values.

    When the whole of a text does not match, a lenient template's parser
    searches it for its core: the segments from the first value to the
    last, with the quotes around a quoted string at either end. A core that
    starts with a number or a time is not sought right after a digit
    (after_digit), or it would read the tail of a longer number.
    """

    __slots__ = ("segments", "core", "after_digit")

    def __init__(
        self,
        segments: Tuple[_Segment, ...],
        core: Tuple[_Segment, ...] = (),
        *,
        after_digit: bool = False,
    ) -> None:
        self.segments = segments
        self.core = core
        """Empty when the template is not lenient."""
        self.after_digit = after_digit


def _render(template: _Template, *values: object) -> str:
    """Write a template's text with values, one per parameter in order.

    A number must be an int, not a bool, from 0 to its maximum; a time a
    datetime in the years 1 to 9999 in UTC; and a string a str that is not
    empty, holds no CR, LF or NUL, and, unless it stands between quotes
    (where each quote in it is doubled), does not hold its stop, or the
    parser could not tell where the string ends.
    """
    parts: List[str] = []
    for segment in template.segments:
        if isinstance(segment, str):
            parts.append(segment)
        elif isinstance(segment, _Uint):
            parts.append(_write_uint(segment, values[segment.index]))
        elif isinstance(segment, _Time):
            parts.append(_write_time_val(segment, values[segment.index]))
        else:
            parts.append(_write_string(segment, values[segment.index]))
    return "".join(parts)


def _write_uint(segment: _Uint, value: object) -> str:
    """Write a whole number in decimal."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{segment.name} must be an int, not {type(value).__name__}")
    if not 0 <= value <= segment.maximum:
        raise ValueError(
            f"{segment.name} must be a whole number from 0 to {segment.maximum}"
            + f", not {int(value)}"
        )
    return str(int(value))


def _write_time_val(segment: _Time, value: object) -> str:
    """Write a datetime as RFC 3659's time-val, in UTC to the microsecond.

    A naive datetime is taken as UTC. The fraction of a second is written
    only when there is one, without trailing zeros.
    """
    if not isinstance(value, datetime):
        raise TypeError(
            f"{segment.name} must be a datetime, not {type(value).__name__}"
        )
    if value.utcoffset() is not None:
        try:
            value = value.astimezone(timezone.utc)
        except OverflowError:
            raise ValueError(
                f"{segment.name} is outside the years 1 to 9999 in UTC"
            ) from None
    date = f"{value.year:04d}{value.month:02d}{value.day:02d}"
    time = f"{value.hour:02d}{value.minute:02d}{value.second:02d}"
    if not value.microsecond:
        return date + time
    return date + time + f".{value.microsecond:06d}".rstrip("0")


def _write_string(segment: _String, value: object) -> str:
    """Write a string, with its quotes doubled if it stands between quotes."""
    if not isinstance(value, str):
        raise TypeError(f"{segment.name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{segment.name} is empty")
    if "\r" in value or "\n" in value or "\x00" in value:
        raise ValueError(
            f"{segment.name} contains CR, LF or NUL, which would end the reply line"
        )
    if segment.quoted:
        return value.replace('"', '""')
    if segment.stop and segment.stop in value:
        raise ValueError(
            f"{segment.name} contains {segment.stop!r}"
            + ", the text that follows it in the reply"
        )
    return value


def _scan(template: _Template, text: str) -> Optional[List[_Value]]:
    """Read a template's values from a text, in order, or return None.

    First the whole text must match. Then, for a lenient template, the
    first place in the text where the template's core matches is read.
    """
    found = _match(template.segments, text, 0, True)
    if found is not None and found[1] == len(text):
        return found[0]
    if not template.core:
        return None
    for start in range(len(text)):
        if template.after_digit and start > 0 and _is_digit(text[start - 1]):
            continue
        found = _match(template.core, text, start, False)
        if found is not None:
            return found[0]
    return None


def _match(
    segments: Sequence[_Segment], text: str, pos: int, anchored: bool
) -> Optional[Tuple[List[_Value], int]]:
    """Match segments against text from pos; return the values and the end.

    A string that is not quoted ends at the first occurrence of the literal
    text that follows it, or, last, at the end of the text. With anchored,
    one that the last segment follows ends where that segment ends the
    text.
    """
    values: Dict[int, _Value] = {}
    last = len(segments) - 1
    for i, segment in enumerate(segments):
        if isinstance(segment, str):
            if not text.startswith(segment, pos):
                return None
            pos += len(segment)
            continue
        if isinstance(segment, _Uint):
            end = _digits_end(text, pos)
            # No maximum has more than 16 digits: 2**53 - 1 is the largest.
            digits = text[pos:end].lstrip("0") or "0"
            if end == pos or len(digits) > 16 or int(digits) > segment.maximum:
                return None
            values[segment.index] = int(digits)
        elif isinstance(segment, _Time):
            end = _time_val_end(text, pos)
            time_val = None if end == pos else _read_time_val(text[pos:end])
            if time_val is None:
                return None
            values[segment.index] = time_val
        elif segment.quoted:
            end = _quoted_end(text, pos)
            if end == pos or end == len(text):
                return None
            values[segment.index] = text[pos:end].replace('""', '"')
        elif i == last:
            end = len(text)
            if end == pos:
                return None
            values[segment.index] = text[pos:]
        else:
            follows = segments[i + 1]
            if not isinstance(follows, str):
                return None  # two values touch, which no valid table has
            if anchored and i + 1 == last:
                end = len(text) - len(follows)
                if end <= pos or not text.endswith(follows):
                    return None
            else:
                end = text.find(follows, pos)
                if end <= pos:
                    return None
            values[segment.index] = text[pos:end]
        pos = end
    return [values[i] for i in range(len(values))], pos


def _digits_end(text: str, pos: int) -> int:
    """Return where the run of ASCII digits that starts at pos ends."""
    end = pos
    while end < len(text) and "0" <= text[end] <= "9":
        end += 1
    return end


def _time_val_end(text: str, pos: int) -> int:
    """Return where a time-val's digits that start at pos end, or pos.

    A time-val is 14 digits, and a fraction of a second: a dot and at least
    one digit, when there is one.
    """
    end = pos + 14
    if _digits_end(text, pos) < end:
        return pos
    if text.startswith(".", end) and _digits_end(text, end + 1) > end + 1:
        return _digits_end(text, end + 1)
    return end


def _quoted_end(text: str, pos: int) -> int:
    """Return where the first double quote from pos that is not doubled is.

    The end of the text when there is none.
    """
    end = pos
    while True:
        end = text.find('"', end)
        if end < 0:
            return len(text)
        if not text.startswith('""', end):
            return end
        end += 2


def _read_time_val(text: str) -> Optional[datetime]:
    """Read RFC 3659's time-val as an aware datetime in UTC, or return None.

    None means that it names no valid time: a calendar date of the years 1
    to 9999, hours to 23, minutes and seconds to 59. The fraction of a
    second is cut to microseconds.
    """
    try:
        return datetime(
            int(text[0:4]),
            int(text[4:6]),
            int(text[6:8]),
            int(text[8:10]),
            int(text[10:12]),
            int(text[12:14]),
            int(text[15:21].ljust(6, "0")),
            tzinfo=timezone.utc,
        )
    except ValueError:
        return None


# ftpcodegen: end
# Not copied: the names that only the generated code and the tests use.
_FOR_THE_MODULE = (_Kind, _Reply, _render, _scan)
