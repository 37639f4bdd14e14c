"""The table-independent code of the generated ftpcodes.py, as real source.

generators/python splices this file into the module it generates: the lines
after the marker "# ftpcodegen: replies" after the module's imports, those
after "# ftpcodegen: client" (the client's half of the wire: command lines,
addresses, FEAT, OPTS, MLSx entries) after the commands, and those after
"# ftpcodegen: values" before the formatters and parsers, only when the table
has templates. What is above the first marker (this docstring and the
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
import threading
from datetime import datetime, timezone
from typing import (
    TYPE_CHECKING,
    Callable,
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

# The classes that cost the most to define, enum's members and the methods
# that dataclass and NamedTuple write and compile, are defined on first use:
# a function binds them as globals of the module, run once, when a program
# first names one of them (PEP 562's module __getattr__) or first calls a
# function of the module that needs them, which calls it. To type checkers
# they are classes like any other.

_DEFINERS: Dict[str, Callable[[], None]] = {}
"""The function that defines each name defined on first use."""

_DEFINING = threading.RLock()


def _on_first_use(*names: str) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """Make a function that defines names run at most once, on first use."""

    def register(define: Callable[[], None]) -> Callable[[], None]:
        done: List[bool] = []

        def once() -> None:
            if not done:
                with _DEFINING:  # another thread may be defining them
                    if not done:
                        define()
                        done.append(True)

        for name in names:
            _DEFINERS[name] = once
        return once

    return register


if not TYPE_CHECKING:  # type checkers see every definition where it is written

    def __getattr__(name: str) -> object:
        """Return a name defined on first use, defining it (PEP 562)."""
        define = _DEFINERS.get(name)
        if define is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        define()
        return globals()[name]

    def __dir__() -> List[str]:
        """List the module's names, those not defined yet too."""
        return sorted({*globals(), *_DEFINERS})


@_on_first_use("ReplyStatus")
def _define_reply_status() -> None:
    """Define ReplyStatus, on first use: enum's members cost more than a dict's."""
    global ReplyStatus

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


@_on_first_use("Meaning")
def _define_meaning() -> None:
    """Define Meaning, which only the replies' records need."""
    global Meaning
    from dataclasses import dataclass  # imports inspect: paid on first use too

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
        """The Internet-Draft that defines it, as "draft-somers-ftp-mfxx-03",
        or None."""
        section: Optional[str] = None
        """The section of that RFC or Internet-Draft, as "4.2.2", or None."""
        source: Optional[str] = None
        """Where a meaning no RFC or Internet-Draft defines comes from, or None."""
        template: Optional[str] = None
        """The reply's wire form, or None when the text carries no values.

        Values are written as ``{name}`` placeholders and literal braces are
        doubled, as :meth:`str.format` reads them.
        """


@_on_first_use("Evidence")
def _define_evidence() -> None:
    """Define Evidence, on first use: NamedTuple compiles its methods."""
    global Evidence

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

if TYPE_CHECKING:  # names only annotations use, which Python does not evaluate
    _ReplyErrorKind = Literal[
        "not-reply", "truncated", "line-too-long", "too-many-lines"
    ]
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


@_on_first_use("ParsedReply")
def _define_parsed_reply() -> None:
    """Define ParsedReply, on first use: NamedTuple compiles its methods."""
    global ParsedReply

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
    _define_parsed_reply()
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


# ftpcodegen: client


@_on_first_use("Argument")
def _define_argument() -> None:
    """Define Argument, on first use: enum's members cost more than a dict's."""
    global Argument

    class Argument(enum.Enum):
        """What a command takes after its verb (RFC 959, section 5.3).

        Square brackets in a command's syntax denote an optional argument.
        """

        NONE = "none"
        """The command takes no argument, as PASV and QUIT."""
        OPTIONAL = "optional"
        """The command takes an argument or none, as LIST."""
        REQUIRED = "required"
        """The command needs an argument, as RETR."""


if TYPE_CHECKING:  # a name only annotations use
    _ValueErrorKind = Literal[
        "unknown-command",
        "missing-argument",
        "unexpected-argument",
        "bad-argument",
        "line-too-long",
        "bad-character",
        "not-ipv4",
        "bad-feature",
        "bad-fact",
        "bad-path",
    ]
    """The faults :class:`FTPValueError` reports; see :attr:`FTPValueError.kind`."""


class FTPValueError(ValueError):
    """A value the client's half of the wire refuses to write or to read.

    Its :attr:`kind` says which fault it is; the code ftpcodes generates for
    other languages tells the same faults apart for the same values.
    """

    kind: _ValueErrorKind
    """What is wrong with the value.

    - ``"unknown-command"``: format_command's verb is no command's.
    - ``"missing-argument"``, ``"unexpected-argument"``: a command that needs
      an argument has none, or one that takes none has one.
    - ``"bad-argument"``: an argument that is empty or holds CR, LF or NUL,
      which could end the command line and start another; an OPTS name or
      options that OPTS cannot carry; a host that is no IP address.
    - ``"line-too-long"``: a command line of more than 8192 bytes.
    - ``"bad-character"``: a command line that holds CR, LF or NUL.
    - ``"not-ipv4"``: an IPv6 address for PORT, which carries IPv4 alone.
    - ``"bad-feature"``: a FEAT feature that FEAT's reply cannot carry.
    - ``"bad-fact"``, ``"bad-path"``: an MLSx fact or path that an entry
      line cannot carry.
    """

    def __init__(self, kind: _ValueErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _utf8_length(s: str) -> int:
    """Return the number of bytes of s in UTF-8."""
    return len(s.encode("utf-8", "surrogatepass"))


def _has_line_break(s: str) -> bool:
    """Return whether s holds CR, LF or NUL."""
    return "\r" in s or "\n" in s or "\0" in s


def _command_line(verb: str, argument: Argument, args: Sequence[str]) -> str:
    """Return a command line, its CRLF included: the verb, each argument after
    a space; checked against the command's argument rule."""
    if not args and argument is Argument.REQUIRED:
        raise FTPValueError("missing-argument", f"{verb} needs an argument")
    if args and argument is Argument.NONE:
        raise FTPValueError("unexpected-argument", f"{verb} takes no argument")
    line = verb
    for i, arg in enumerate(args, 1):
        _checked_str(f"argument {i} of {verb}", arg)
        if arg == "" or _has_line_break(arg):
            what = f"argument {i} of {verb} is empty"
            raise FTPValueError("bad-argument", f"{what} or holds CR, LF or NUL")
        line += " " + arg
    if _utf8_length(line) > _MAX_LINE_BYTES:
        raise FTPValueError(
            "line-too-long", f"the {verb} line is more than {_MAX_LINE_BYTES} bytes"
        )
    return line + "\r\n"


def _split_command(line: str) -> Tuple[str, str]:
    """Split a command line into its verb and argument.

    A final LF is dropped, and one CR before it; the verb is what comes
    before the first space, the argument everything after it, further
    spaces included (RFC 3659, section 2.2).
    """
    content = _checked_str("the command line", line)
    if content.endswith("\n"):
        content = content[:-1]
        if content.endswith("\r"):
            content = content[:-1]
    if _utf8_length(content) > _MAX_LINE_BYTES:
        raise FTPValueError(
            "line-too-long", f"a command line of more than {_MAX_LINE_BYTES} bytes"
        )
    if _has_line_break(content):
        raise FTPValueError("bad-character", "the command line holds CR, LF or NUL")
    verb, _, argument = content.partition(" ")
    return verb, argument


def _ascii_upper(s: str) -> str:
    """Return s with its ASCII letters, and nothing else, in upper case."""
    return "".join(c.upper() if "a" <= c <= "z" else c for c in s)


def _is_digits(s: str) -> bool:
    """Return whether s is one or more ASCII digits."""
    return s != "" and all("0" <= c <= "9" for c in s)


def _byte_number(s: str) -> Optional[int]:
    """Read one or more ASCII digits, at most 255 (RFC 959's host-port number)."""
    if not _is_digits(s):
        return None
    digits = s.lstrip("0") or "0"
    # Leading zeros are stripped first: int() refuses more than 4300 digits.
    return int(digits) if len(digits) <= 3 and int(digits) <= 255 else None


def _byte_numbers(s: str) -> Optional[List[int]]:
    """Read s, all of it, as byte numbers separated by commas."""
    out: List[int] = []
    for field in s.split(","):
        n = _byte_number(field)
        if n is None:
            return None
        out.append(n)
    return out


def _port_number(s: str) -> Optional[int]:
    """Read a TCP port: one to five ASCII digits, at most 65535."""
    if not _is_digits(s) or len(s) > 5 or int(s) > 65535:
        return None
    return int(s)


def _parse_ipv4(s: str) -> Optional[List[int]]:
    """Read a dotted-quad IPv4 address as its 4 bytes.

    Leading zeros are refused: inet_aton reads "010" as octal.
    """
    parts = s.split(".")
    if len(parts) != 4:
        return None
    out: List[int] = []
    for p in parts:
        if not _is_digits(p) or len(p) > 3 or (len(p) > 1 and p[0] == "0"):
            return None
        if int(p) > 255:
            return None
        out.append(int(p))
    return out


def _ipv6_words(part: str, dotted_last: bool) -> Optional[List[int]]:
    """Read groups of hex digits separated by ":" as 16-bit words; the last
    may be a dotted quad when dotted_last."""
    if part == "":
        return []
    out: List[int] = []
    groups = part.split(":")
    for i, g in enumerate(groups):
        if dotted_last and i == len(groups) - 1 and "." in g:
            v4 = _parse_ipv4(g)
            if v4 is None:
                return None
            return out + [v4[0] << 8 | v4[1], v4[2] << 8 | v4[3]]
        hex_digits = "0123456789abcdefABCDEF"
        if not 1 <= len(g) <= 4 or any(c not in hex_digits for c in g):
            return None
        out.append(int(g, 16))
    return out


def _parse_ipv6(s: str) -> Optional[List[int]]:
    """Read IPv6 text (RFC 4291, section 2.2) as its 16 bytes.

    Groups of one to four hex digits, "::" at most once, the last 32 bits
    perhaps a dotted quad; no zone, no brackets.
    """
    head_text, compressed, tail_text = s.partition("::")
    if "::" in tail_text:
        return None
    head = _ipv6_words(head_text, False) if compressed else []
    tail = _ipv6_words(tail_text if compressed else s, True)
    if head is None or tail is None:
        return None
    n = len(head) + len(tail)
    if n > 7 if compressed else n != 8:
        return None
    words = head + [0] * (8 - n) + tail
    return [b for w in words for b in (w >> 8, w & 0xFF)]


def _format_ipv6(data: Sequence[int]) -> str:
    """Write 16 bytes as IPv6 text in RFC 5952's canonical form (section 4)."""
    words = [data[2 * i] << 8 | data[2 * i + 1] for i in range(8)]
    best, best_length = -1, 1
    i = 0
    while i < 8:
        j = i
        while j < 8 and words[j] == 0:
            j += 1
        if j - i > best_length:
            best, best_length = i, j - i
        i = max(j, i + 1)

    def text(ws: Sequence[int]) -> str:
        return ":".join(format(w, "x") for w in ws)

    if best < 0:
        return text(words)
    return text(words[:best]) + "::" + text(words[best + best_length :])


def _is_mapped(data: Sequence[int]) -> bool:
    """Return whether 16 bytes are an IPv4-mapped IPv6 address (RFC 4291)."""
    return list(data[:12]) == [0] * 10 + [0xFF, 0xFF]


def _host_of(data: Sequence[int]) -> str:
    """Write an address's 4 or 16 bytes, an IPv4-mapped IPv6 address as IPv4."""
    if len(data) == 16 and _is_mapped(data):
        data = data[12:]
    if len(data) == 4:
        return ".".join(str(b) for b in data)
    return _format_ipv6(data)


def _host_bytes(host: str) -> List[int]:
    """Read a host, IPv4 dotted or IPv6 text, as its bytes, unmapped."""
    _checked_str("the host", host)
    v4 = _parse_ipv4(host)
    if v4 is not None:
        return v4
    v6 = _parse_ipv6(host)
    if v6 is None:
        raise FTPValueError("bad-argument", f"{host!r} is no IPv4 or IPv6 address")
    return v6[12:] if _is_mapped(v6) else v6


def _checked_port(port: int) -> int:
    """Return a port for a formatter, checked to be from 0 to 65535."""
    if isinstance(port, bool):
        raise TypeError("the port must be an int, not bool")
    number = operator.index(port)
    if not 0 <= number <= 65535:
        raise ValueError(f"port {number} is not from 0 to 65535")
    return number


def _host_port(data: Sequence[int], port_high: int, port_low: int) -> Tuple[str, int]:
    """Return an address's text and a port from its two bytes."""
    return _host_of(data), port_high * 256 + port_low


def parse_passive_address(text: str) -> Optional[Tuple[str, int]]:
    """Read the address and port of a 227 reply's text, as ftplib.parse227.

    RFC 959 (sections 4.2.2 and 5.3.2): the first "h1,h2,h3,h4,p1,p2" in the
    text not right after a digit, each number at most 255, the port
    p1 * 256 + p2. Returns ``(host, port)``, or None if there is none.

    Connect to it only when you trust the server's view of its address: a
    server behind NAT announces its private address. Clients usually connect
    to the control connection's peer instead, with
    :func:`passive_peer_address` (curl does, and ftplib with its default
    ``trust_server_pasv_ipv4_address = False``).
    """
    _checked_str("the text", text)
    for i in range(len(text)):
        if i > 0 and _is_digit(text[i - 1]):
            continue
        numbers: List[int] = []
        pos = i
        while len(numbers) < 6:
            if numbers:
                if not text.startswith(",", pos):
                    break
                pos += 1
            end = _digits_end(text, pos)
            n = _byte_number(text[pos:end])
            if n is None:
                break
            numbers.append(n)
            pos = end
        if len(numbers) == 6:
            return _host_port(numbers[:4], numbers[4], numbers[5])
    return None


def passive_peer_address(text: str, peer: str) -> Optional[Tuple[str, int]]:
    """Return where to open the data connection after a 227 reply.

    The 227's port at the control connection's peer, not the 227's host,
    which a server behind NAT gives as its private address: RFC 2428
    (section 3) makes the peer the address for EPSV, and curl and ftplib do
    the same for PASV by default. peer is the control connection's remote
    address, such as ``sock.getpeername()[0]``; an IPv4-mapped IPv6 address
    is given as IPv4. None if the text holds no address.

    Raises :exc:`FTPValueError` (``"bad-argument"``) if peer is no IPv4 or
    IPv6 address.
    """
    host = _host_of(_host_bytes(peer))
    found = parse_passive_address(text)
    return None if found is None else (host, found[1])


def parse_extended_passive_port(text: str) -> Optional[int]:
    """Read the port of a 229 reply's text, or return None if it has none.

    RFC 2428 (section 3): "(<d><d><d><port><d>)", d a visible ASCII
    character. The host is the control connection's peer.
    """
    _checked_str("the text", text)
    for i in range(len(text) - 4):
        d = text[i + 1]
        if text[i] != "(" or not "!" <= d <= "~" or text[i + 2 : i + 4] != d + d:
            continue
        j = text.find(d, i + 4)
        if j < 0 or not text.startswith(")", j + 1):
            continue
        port = _port_number(text[i + 4 : j])
        if port is not None:
            return port
    return None


def parse_long_passive_address(text: str) -> Optional[Tuple[str, int]]:
    """Read the address and port of a 228 reply's text (RFC 1639, section 3).

    The first "(...)" whose inside is an LPRT argument gives
    ``(host, port)``; None if there is none.
    """
    _checked_str("the text", text)
    i = text.find("(")
    while i >= 0:
        j = text.find(")", i + 1)
        if j < 0:
            return None
        found = parse_lprt_argument(text[i + 1 : j])
        if found is not None:
            return found
        i = text.find("(", i + 1)
    return None


def format_port_argument(host: str, port: int) -> str:
    """Return the argument of PORT (RFC 959, section 5.3.2), "h1,h2,h3,h4,p1,p2".

    Raises :exc:`FTPValueError`: ``"not-ipv4"`` for an IPv6 address, which
    PORT cannot carry (use EPRT), ``"bad-argument"`` for a host that is no
    address; :exc:`ValueError` for a port outside 0 to 65535.
    """
    data = _host_bytes(host)
    number = _checked_port(port)
    if len(data) != 4:
        raise FTPValueError("not-ipv4", f"PORT carries IPv4 alone, not {host}")
    return ",".join(str(b) for b in data + [number >> 8, number & 0xFF])


def parse_port_argument(arg: str) -> Optional[Tuple[str, int]]:
    """Read the argument of PORT, all of it "h1,h2,h3,h4,p1,p2", or return None."""
    numbers = _byte_numbers(_checked_str("the argument", arg))
    if numbers is None or len(numbers) != 6:
        return None
    return _host_port(numbers[:4], numbers[4], numbers[5])


def format_eprt_argument(host: str, port: int) -> str:
    """Return the argument of EPRT (RFC 2428, section 2).

    "|1|a.b.c.d|port|" for IPv4 (an IPv4-mapped IPv6 address included),
    "|2|text|port|" for IPv6, in RFC 5952's canonical form. Raises
    :exc:`FTPValueError` (``"bad-argument"``) for a host that is no address,
    :exc:`ValueError` for a port outside 0 to 65535.
    """
    data = _host_bytes(host)
    number = _checked_port(port)
    protocol = 1 if len(data) == 4 else 2
    return f"|{protocol}|{_host_of(data)}|{number}|"


def parse_eprt_argument(arg: str) -> Optional[Tuple[str, int]]:
    """Read the argument of EPRT, or return None if it is not one.

    A delimiter, protocol 1 with an IPv4 address or 2 with an IPv6 address,
    and the port, each followed by the delimiter.
    """
    _checked_str("the argument", arg)
    if arg == "" or not "!" <= arg[0] <= "~":
        return None
    fields = arg[1:].split(arg[0])
    if len(fields) != 4 or fields[3] != "":
        return None
    protocol, address, port_text, _ = fields
    data = None
    if protocol == "1":
        data = _parse_ipv4(address)
    elif protocol == "2":
        data = _parse_ipv6(address)
    port = _port_number(port_text)
    if data is None or port is None:
        return None
    return _host_of(data), port


def format_lprt_argument(host: str, port: int) -> str:
    """Return the argument of LPRT (RFC 1639, section 2).

    "4,4,h1,...,h4,2,p1,p2" for IPv4, "6,16,b1,...,b16,2,p1,p2" for IPv6.
    Raises :exc:`FTPValueError` (``"bad-argument"``) for a host that is no
    address, :exc:`ValueError` for a port outside 0 to 65535.
    """
    data = _host_bytes(host)
    number = _checked_port(port)
    family = 4 if len(data) == 4 else 6
    fields = [family, len(data)] + data + [2, number >> 8, number & 0xFF]
    return ",".join(str(b) for b in fields)


def parse_lprt_argument(arg: str) -> Optional[Tuple[str, int]]:
    """Read the argument of LPRT, all of it, or return None."""
    numbers = _byte_numbers(_checked_str("the argument", arg))
    if numbers is None or len(numbers) < 2:
        return None
    family, length = numbers[0], numbers[1]
    if (family, length) not in ((4, 4), (6, 16)):
        return None
    if len(numbers) != length + 5 or numbers[2 + length] != 2:
        return None
    return _host_port(numbers[2 : 2 + length], numbers[3 + length], numbers[4 + length])


@_on_first_use("Feature", "Features")
def _define_features() -> None:
    """Define Feature and Features, on first use."""
    global Feature, Features

    class Feature(NamedTuple):
        """A feature of a FEAT reply (RFC 2389, section 3.2)."""

        name: str
        """The feature's name, its ASCII letters in upper case: "MLST", "REST"."""
        params: str = ""
        """What follows the name, as written: "size*;modify*;"; "" if nothing."""


    class Features(Tuple[Feature, ...]):
        """The features of a FEAT reply, in order, with lookups by name."""

        __slots__ = ()

        def has(self, name: str) -> bool:
            """Return whether a feature has the name, in any case."""
            return self.get(name) is not None

        def get(self, name: str) -> Optional[str]:
            """Return the params of the first feature with the name, in any case.

            None if there is none.
            """
            upper = _ascii_upper(name)
            for feature in self:
                if _ascii_upper(feature.name) == upper:
                    return feature.params
            return None


def _is_vchars(s: str) -> bool:
    """Return whether s is one or more VCHARs (0x21 to 0x7E)."""
    return s != "" and all("!" <= c <= "~" for c in s)


def _is_tchars(s: str) -> bool:
    """Return whether s is empty, or TCHARs (VCHAR, space, tab) that neither
    start nor end with a space or a tab."""
    if s == "":
        return True
    inner = all(" " <= c <= "~" or c == "\t" for c in s)
    return inner and s[0] not in " \t" and s[-1] not in " \t"


def parse_features(text: str) -> Features:
    """Read the features of a FEAT reply from its text, as read_reply reads it.

    Each line between the first and the last is a feature, its name in
    upper case (RFC 2389, section 3.2); a single-line reply has none.
    """
    _define_features()
    out: List[Feature] = []
    for raw in _checked_str("the text", text).split("\n")[1:-1]:
        line = raw.strip(" \t")
        if line == "":
            continue
        cut = min((i for i in (line.find(" "), line.find("\t")) if i >= 0), default=-1)
        if cut < 0:
            out.append(Feature(_ascii_upper(line)))
        else:
            out.append(Feature(_ascii_upper(line[:cut]), line[cut:].lstrip(" \t")))
    return Features(out)


def format_features(features: Sequence[Feature]) -> str:
    """Return a complete FEAT reply for the wire (RFC 2389, section 3.2).

    "211-Extensions supported:", a line for each feature, and "211 End";
    "211 \\r\\n" with no feature. Raises :exc:`FTPValueError`
    (``"bad-feature"``) for a name that is not one or more visible ASCII
    characters, or params that are not visible ASCII, spaces and tabs, or
    start or end with a space or a tab.
    """
    if not features:
        return format_reply(211, "")
    lines = ["Extensions supported:"]
    for name, params in features:
        if not _is_vchars(_checked_str("a feature's name", name)):
            what = f"feature name {name!r}"
            raise FTPValueError("bad-feature", f"{what} is not visible ASCII")
        if not _is_tchars(_checked_str("a feature's params", params)):
            what = f"the params of {name}"
            raise FTPValueError("bad-feature", f"{what} cannot be written")
        lines.append(f" {name} {params}" if params else f" {name}")
    return format_reply(211, "\n".join(lines + ["End"]))


@_on_first_use("OptsArgument")
def _define_opts_argument() -> None:
    """Define OptsArgument, on first use: NamedTuple compiles its methods."""
    global OptsArgument

    class OptsArgument(NamedTuple):
        """The argument of OPTS (RFC 2389, section 4): a command and its options."""

        name: str
        """The command's name, its ASCII letters in upper case."""
        options: str
        """Everything after the name's space; "" if none."""


def format_opts_argument(name: str, options: str = "") -> str:
    """Return the argument of OPTS: the command's name, and its options after
    a space unless they are empty.

    Raises :exc:`FTPValueError` (``"bad-argument"``) for a name that is not
    visible ASCII, or options that are not visible ASCII, spaces and tabs,
    or start or end with a space or a tab.
    """
    _checked_str("the name", name)
    if not _is_vchars(name) or not _is_tchars(_checked_str("the options", options)):
        raise FTPValueError("bad-argument", "OPTS cannot carry that name and options")
    return f"{name} {options}" if options else name


def parse_opts_argument(arg: str) -> Optional[OptsArgument]:
    """Read the argument of OPTS, or return None if the name is empty."""
    name, _, options = _checked_str("the argument", arg).partition(" ")
    _define_opts_argument()
    return OptsArgument(_ascii_upper(name), options) if name else None


if TYPE_CHECKING:  # a name only annotations use
    _FactType = Literal["uint", "time", "string"]
    """The types of MLSx facts' values."""


@_on_first_use("FactInfo", "FactValue", "Entry")
def _define_facts() -> None:
    """Define the NamedTuples of MLSx facts and entries, on first use."""
    global FactInfo, FactValue, Entry

    class FactInfo(NamedTuple):
        """An MLSx fact the table knows (RFC 3659, section 7)."""

        name: str
        """The name as the table writes it: "size", "media-type", "UNIX.mode"."""
        type: _FactType
        """The type of its value: "uint", "time" (a time-val) or "string"."""


    class FactValue(NamedTuple):
        """A fact of an entry line, with its value as written."""

        name: str
        """A known fact's name as the table writes it, any other's as written."""
        value: str


    class Entry(NamedTuple):
        """An MLST or MLSD entry (RFC 3659, section 7): its facts and its path."""

        facts: Tuple[FactValue, ...]
        """The facts, in order, duplicates kept."""
        path: str
        """The path, whole, spaces and semicolons included."""

        def get(self, name: str) -> Optional[str]:
            """Return the value of the first fact with the name, in any case.

            None if the entry has no such fact.
            """
            upper = _ascii_upper(name)
            for fact in self.facts:
                if _ascii_upper(fact.name) == upper:
                    return fact.value
            return None


def _fact_of(facts: Sequence[FactInfo], name: str) -> Optional[FactInfo]:
    """Return the fact of facts with the name, in any case, or None."""
    upper = _ascii_upper(name)
    return next((f for f in facts if _ascii_upper(f.name) == upper), None)


_MAX_UINT = (1 << 53) - 1
"""The largest uint fact value read: 2^53-1, the largest exact in a double."""


def _typed_fact(fact: FactInfo, value: str) -> Union[int, datetime, str, None]:
    """Read a known fact's value as its type, or return None if it is not.

    A uint as an int (one or more digits, at most 2^53-1), a time as an
    aware datetime in UTC (a time-val, the whole value), a string as it is.
    """
    if fact.type == "uint":
        if not _is_digits(value):
            return None
        digits = value.lstrip("0") or "0"
        return int(digits) if len(digits) <= 16 and int(digits) <= _MAX_UINT else None
    if fact.type == "time":
        end = _time_val_end(value, 0)
        return _read_time_val(value) if end > 0 and end == len(value) else None
    return value


def _read_entry(facts: Sequence[FactInfo], line: str) -> Optional[Entry]:
    """Read an entry line with the known facts, or return None."""
    _define_facts()
    part, space, path = _checked_str("the line", line).partition(" ")
    if not space or "\n" in line:
        return None
    if part == "":
        return Entry((), path)
    if not part.endswith(";"):
        return None
    out: List[FactValue] = []
    for piece in part[:-1].split(";"):
        name, _, value = piece.partition("=")
        if name == "" or "=" not in piece:
            return None
        known = _fact_of(facts, name)
        out.append(FactValue(name if known is None else known.name, value))
    return Entry(tuple(out), path)


def _write_entry(
    facts: Sequence[FactInfo], path: str, values: Sequence[Tuple[str, str]]
) -> str:
    """Write an entry line, without its line end, with the known facts."""
    line = ""
    for name, value in values:
        _checked_str("a fact's name", name)
        if not _is_vchars(name) or "=" in name or ";" in name:
            raise FTPValueError("bad-fact", f"fact name {name!r} cannot be written")
        if ";" in _checked_str("a fact's value", value) or " " in value:
            raise FTPValueError("bad-fact", f"the value of {name} holds ';' or a space")
        if _has_line_break(value):
            raise FTPValueError("bad-fact", f"the value of {name} holds CR, LF or NUL")
        known = _fact_of(facts, name)
        if known is not None and _typed_fact(known, value) is None:
            what = f"the value of {name}"
            raise FTPValueError("bad-fact", f"{what} is not a {known.type}")
        line += f"{name}={value};"
    if _has_line_break(_checked_str("the path", path)):
        raise FTPValueError("bad-path", "the path holds CR, LF or NUL")
    return f"{line} {path}"


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


if TYPE_CHECKING:  # names only annotations use
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


# ftpcodegen: end
# Not copied: the names that only the generated code and the tests use.
_FOR_THE_MODULE = (
    _define_reply_status,
    _define_argument,
    _define_meaning,
    _define_evidence,
    _Kind,
    _Reply,
    _render,
    _scan,
    _command_line,
    _split_command,
    _read_entry,
    _write_entry,
)
