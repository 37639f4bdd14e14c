"""Read a generated ftpcodes.py back, for the generator's tests.

Run in the directory that holds ftpcodes.py:

    python3 roundtrip.py dump NAME=CODE ...
        Checks the module's behaviour and prints every reply in the format of
        toolchain.Dump. The arguments are every member name and alias the
        table gives, each with its code.
    python3 roundtrip.py kinds
        Prints every class and group: "class DIGIT TITLE DESCRIPTION RFC
        SECTION", strings in hex, and the same for "group".
    python3 roundtrip.py commands VERB=COMMAND ...
        Checks the commands' behaviour and prints every command in the
        format of toolchain.CommandDump. The arguments are every verb and
        alias the table gives, each with the verb of its command.

A failed check raises CheckError, which exits with a traceback.
"""

from __future__ import annotations

import dataclasses
import sys
from typing import Callable, Dict, Iterable, List, Optional, Set, Tuple, Union

import ftpcodes
from ftpcodes import (
    FTPCommand,
    FTPReply,
    Meaning,
    ObservedReply,
    ReplyClass,
    ReplyGroup,
    any_command_replies,
)


class CheckError(Exception):
    """The module does not behave as the table says."""


def check(ok: bool, what: str) -> None:
    if not ok:
        raise CheckError(what)


def hexed(s: Optional[str]) -> str:
    return s.encode("utf-8", "surrogateescape").hex() if s else "-"


def digit(kind: Union[ReplyClass, ReplyGroup, None]) -> str:
    return "-" if kind is None else str(kind.value)


def meaning_fields(m: Meaning) -> str:
    return " ".join(
        [
            hexed(m.phrase),
            hexed(m.description),
            hexed(m.template),
            str(m.rfc or 0),
            hexed(m.section),
            hexed(m.source),
            m.status.value,
        ]
    )


def dump() -> str:
    lines: List[str] = []
    for reply in FTPReply:
        closes = 1 if reply.closes_control else 0
        lines.append(
            " ".join(
                [
                    str(reply.value),
                    digit(reply.reply_class),
                    digit(reply.reply_group),
                    hexed(reply.phrase),
                    hexed(reply.description),
                    hexed(reply.template),
                    str(reply.rfc or 0),
                    hexed(reply.section),
                    hexed(reply.source),
                    reply.status.value,
                    str(closes),
                    str(len(reply.also)),
                ]
            )
        )
        lines.extend("+ " + meaning_fields(m) for m in reply.also)
    return "".join(line + "\n" for line in lines)


PREDICATES: Dict[int, Callable[[int], bool]] = {
    1: ftpcodes.is_positive_preliminary,
    2: ftpcodes.is_positive_completion,
    3: ftpcodes.is_positive_intermediate,
    4: ftpcodes.is_transient_negative,
    5: ftpcodes.is_permanent_negative,
    6: ftpcodes.is_protected,
}


def check_members(names: Dict[str, int]) -> None:
    codes = [reply.value for reply in FTPReply]
    check(codes == sorted(set(codes)), f"iteration order {codes}")
    members = {name: member.value for name, member in FTPReply.__members__.items()}
    check(members == names, f"members {members}, want {names}")
    for name, code in names.items():
        check(ftpcodes.from_name(name) == code, f"from_name({name!r})")
        check(FTPReply[name] == code, f"FTPReply[{name!r}]")
    for name in ["", "NO_SUCH_REPLY", "phrase", "name", "__class__", "command_ok"]:
        check(ftpcodes.from_name(name) is None, f"from_name({name!r}) is not None")
    for reply in FTPReply:
        # Members are ints: pyright must see that comparing them with one can
        # be true (it does not for enums whose values are tuples).
        check(reply == reply.value and reply.value == reply, f"{reply!r} == int")
        check(ftpcodes.lookup(reply.value) is reply, f"lookup({reply.value})")
        check(ftpcodes.lookup(reply) is reply, f"lookup({reply!r})")
        check(FTPReply(reply.value) is reply, f"FTPReply({reply.value})")
        check(ftpcodes.from_name(reply.name) is reply, f"from_name({reply.name!r})")
        check(
            ftpcodes.reply_text(reply.value) == reply.phrase,
            f"reply_text({reply.value})",
        )
        check(ftpcodes.is_known(reply.value), f"is_known({reply.value})")
        m = reply.meaning
        primary = (
            m.phrase,
            m.description,
            m.status,
            m.rfc,
            m.section,
            m.source,
            m.template,
        )
        fields = (
            reply.phrase,
            reply.description,
            reply.status,
            reply.rfc,
            reply.section,
            reply.source,
            reply.template,
        )
        check(primary == fields, f"{reply!r}: properties differ from its meaning")
        check(
            reply.reply_class == ftpcodes.reply_class(reply), f"{reply!r}.reply_class"
        )
        check(
            reply.reply_group == ftpcodes.reply_group(reply), f"{reply!r}.reply_group"
        )
        properties = {
            1: reply.is_positive_preliminary,
            2: reply.is_positive_completion,
            3: reply.is_positive_intermediate,
            4: reply.is_transient_negative,
            5: reply.is_permanent_negative,
            6: reply.is_protected,
        }
        for d, fn in PREDICATES.items():
            check(properties[d] == fn(reply), f"{reply!r}: predicate of class {d}")
        if 100 <= reply.value <= 999:
            check(reply.reply_class is not None, f"{reply!r} has no class")
            check(reply.reply_group is not None, f"{reply!r} has no group")
        for attr in ["phrase", "also", "closes_control", "meaning", "reply_class"]:
            try:
                setattr(reply, attr, None)
            except AttributeError:
                pass
            else:
                raise CheckError(f"{reply!r}.{attr} can be set")
        try:
            setattr(m, "phrase", "")
        except dataclasses.FrozenInstanceError:
            pass
        else:
            raise CheckError(f"{reply!r}.meaning can be changed")


def check_codes() -> None:
    known = {reply.value for reply in FTPReply}
    classes = {c.value for c in ReplyClass}
    groups = {g.value for g in ReplyGroup}
    for code in [*range(-1, 1101), 9999, 10000, 10054, 99999, 100000]:
        three = 100 <= code <= 999
        if code not in known:
            check(ftpcodes.lookup(code) is None, f"lookup({code}) is not None")
            check(ftpcodes.reply_text(code) is None, f"reply_text({code}) is not None")
            check(not ftpcodes.is_known(code), f"is_known({code})")
        for d, fn in PREDICATES.items():
            check(
                fn(code) == (three and code // 100 == d),
                f"predicate of class {d} for {code}",
            )
        c = ftpcodes.reply_class(code)
        if three and code // 100 in classes:
            check(c is not None and c == code // 100, f"reply_class({code}) = {c!r}")
        else:
            check(c is None, f"reply_class({code}) = {c!r}, want None")
        g = ftpcodes.reply_group(code)
        if three and code // 10 % 10 in groups:
            check(
                g is not None and g == code // 10 % 10, f"reply_group({code}) = {g!r}"
            )
        else:
            check(g is None, f"reply_group({code}) = {g!r}, want None")


def kinds() -> str:
    out: List[str] = []
    for word, members in [("class", list(ReplyClass)), ("group", list(ReplyGroup))]:
        for k in members:
            fields = [
                hexed(k.title),
                hexed(k.description),
                str(k.rfc),
                hexed(k.section),
            ]
            out.append(f"{word} {k.value} {' '.join(fields)}\n")
    return "".join(out)


def codes(replies: Iterable[FTPReply]) -> str:
    return ",".join(str(r.value) for r in replies) or "-"


def dump_commands() -> str:
    out: List[str] = []
    for command in FTPCommand:
        if command.canonical is not command:
            continue
        fields = [
            command.value,
            ",".join(a.value for a in command.aliases) or "-",
            command.description.encode("utf-8", "surrogateescape").hex(),
            command.syntax.encode("utf-8", "surrogateescape").hex(),
            str(command.rfc or 0),
            command.section or "",
            command.replies_section or "",
            command.status.value,
            codes(command.preliminary),
            codes(command.intermediate),
            codes(command.success),
            codes(command.error),
        ]
        out.append(" ".join(fields) + "\n")
        out.extend(observed("+", command.observed))
    out.extend(observed("*", any_command_replies()))
    return "".join(out)


def observed(mark: str, replies: Iterable[ObservedReply]) -> List[str]:
    """The lines of observed replies, as toolchain.CommandDump writes them."""
    out: List[str] = []
    for r in replies:
        fields = [mark, str(int(r.code))]
        for e in r.evidence:
            fields += [e.server.encode("utf-8").hex(), e.at.encode("utf-8").hex()]
        out.append(" ".join(fields) + "\n")
    return out


def spellings(verb: str) -> List[str]:
    """The verb in upper, lower and two mixed cases."""
    mixed = "".join(c.lower() if i % 2 else c for i, c in enumerate(verb))
    return [verb, verb.lower(), mixed, mixed.swapcase()]


# Strings no verb may match: Unicode letters whose upper case is ASCII,
# white space around a verb, and plain nonsense.
UNICODE_FOLDS: List[Tuple[str, str]] = [
    ("S", "\u017f"),  # LATIN SMALL LETTER LONG S upper-cases to S
    ("I", "\u0131"),  # LATIN SMALL LETTER DOTLESS I upper-cases to I
    ("ST", "\ufb06"),  # LATIN SMALL LIGATURE ST upper-cases to ST
    ("K", "\u212a"),  # KELVIN SIGN lower-cases to k
]


def not_verbs(verbs: List[str]) -> List[str]:
    out = ["NOPE", "", "X" * 40, "R", "\x00", "RETR\x00"]
    for verb in verbs:
        out += [" " + verb, verb + " ", verb + "\r\n", "\t" + verb.lower()]
        for ascii_, other in UNICODE_FOLDS:
            if ascii_ in verb:
                out.append(verb.replace(ascii_, other))
                out.append(verb.lower().replace(ascii_.lower(), other))
    return [s for s in out if not (s.isascii() and s.upper() in verbs)]


def check_commands(verbs: Dict[str, str]) -> None:
    names = [command.value for command in FTPCommand]
    check(names == sorted(verbs), f"iteration order {names}, want {sorted(verbs)}")
    members = {n: m.canonical.value for n, m in FTPCommand.__members__.items()}
    check(members == verbs, f"members {members}, want {verbs}")
    test_codes = sorted({reply.value for reply in FTPReply} | {0, 999, 10054})
    for command in FTPCommand:
        verb = command.value
        check(command.name == verb, f"{command!r}: name is not the verb")
        check(command == verb and verb == command, f"{command!r} == {verb!r}")
        check(str(command) == verb, f"str({command!r}) = {str(command)!r}")
        check(f"{command}" == verb, f"format({command!r}) = {command:s}")
        check(FTPCommand(verb) is command, f"FTPCommand({verb!r})")
        canonical = command.canonical
        check(canonical.canonical is canonical, f"{command!r}: canonical of canonical")
        if canonical is command:
            check(
                all(a.canonical is command for a in command.aliases),
                f"{command!r}: aliases {command.aliases} are not its own",
            )
        else:
            check(command in canonical.aliases, f"{command!r}: not among aliases")
        record = (
            command.description,
            command.syntax,
            command.status,
            command.rfc,
            command.section,
            command.replies_section,
            command.aliases,
            command.preliminary,
            command.intermediate,
            command.success,
            command.error,
        )
        canonical_record = (
            canonical.description,
            canonical.syntax,
            canonical.status,
            canonical.rfc,
            canonical.section,
            canonical.replies_section,
            canonical.aliases,
            canonical.preliminary,
            canonical.intermediate,
            canonical.success,
            canonical.error,
        )
        check(record == canonical_record, f"{command!r}: record is not its command's")
        groups: List[Tuple[Tuple[FTPReply, ...], Tuple[int, ...]]] = [
            (command.preliminary, (1,)),
            (command.intermediate, (3,)),
            (command.success, (2,)),
            (command.error, (4, 5)),
        ]
        expected: Set[int] = set()
        for group, classes in groups:
            for reply in group:
                check(type(reply) is FTPReply, f"{command!r}: {reply!r} is no FTPReply")
                check(reply.value // 100 in classes, f"{command!r}: {reply!r} in group")
                expected.add(reply.value)
        for spelling in spellings(verb):
            check(
                ftpcodes.lookup_command(spelling) is command,
                f"lookup_command({spelling!r})",
            )
            for code in test_codes:
                check(
                    ftpcodes.is_expected_reply(spelling, code) == (code in expected),
                    f"is_expected_reply({spelling!r}, {code})",
                )
        for reply in FTPReply:
            check(
                ftpcodes.is_expected_reply(command, reply) == (reply in expected),
                f"is_expected_reply({command!r}, {reply!r})",
            )
        for attr in ["description", "canonical", "aliases", "error", "status"]:
            try:
                setattr(command, attr, None)
            except AttributeError:
                pass
            else:
                raise CheckError(f"{command!r}.{attr} can be set")
    for s in not_verbs(list(verbs)):
        check(ftpcodes.lookup_command(s) is None, f"lookup_command({s!r}) is not None")
        for code in test_codes:
            check(
                not ftpcodes.is_expected_reply(s, code),
                f"is_expected_reply({s!r}, {code})",
            )


def main(args: List[str]) -> None:
    if args[:1] == ["kinds"]:
        sys.stdout.write(kinds())
        return
    if args[:1] == ["commands"]:
        verbs: Dict[str, str] = {}
        for arg in args[1:]:
            verb, _, command = arg.partition("=")
            verbs[verb] = command
        check_commands(verbs)
        sys.stdout.write(dump_commands())
        return
    check(
        args[:1] == ["dump"],
        "usage: roundtrip.py dump NAME=CODE ... | kinds | commands VERB=COMMAND ...",
    )
    names: Dict[str, int] = {}
    for arg in args[1:]:
        name, _, code = arg.partition("=")
        names[name] = int(code)
    check_members(names)
    check_codes()
    sys.stdout.write(dump())


if __name__ == "__main__":
    main(sys.argv[1:])
