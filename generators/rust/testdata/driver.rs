// The body of the test driver for one table's generated crate, included
// once per table by main.rs inside a module where `ftpcodes` names that
// table's crate and `dispatch` its formatters and parsers (dispatch.rs,
// which rust_test.go writes for each table).
//
//     driver TABLE vectors [FILE] reads toolchain.Vectors' vectors from
//                                 FILE or standard input, one a line, and
//                                 prints one answer a line
//     driver TABLE dump NAME=CODE ...
//                                 checks every constant and lookup, prints
//                                 toolchain.Dump
//     driver TABLE kinds          prints every class and group
//     driver TABLE commands VERB=COMMAND ...
//                                 checks every command lookup, prints
//                                 toolchain.CommandDump
//
// A failed check panics, which exits with a message and status 101.

use ftpcodes::{
    all_replies, any_command_replies, format_command, format_entry, format_eprt_argument,
    format_features, format_lprt_argument, format_opts_argument, format_port_argument,
    format_reply, is_expected_reply, is_plausible_reply, lookup, parse_command, parse_entry,
    parse_eprt_argument, parse_extended_passive_port, parse_features, parse_long_passive_address,
    parse_lprt_argument, parse_opts_argument, parse_passive_address, parse_port_argument,
    parse_reply, passive_peer_address, read_reply, reply_text, Command, Entry, Fact, FactValue,
    Feature, Features, Meaning, ObservedReply, ParsedCommand, ParsedReply, ReplyClass, ReplyCode,
    ReplyError, ReplyGroup, Time, TypedValue, WireError,
};
use std::io::{BufRead, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

pub fn main(args: &[String]) {
    let out = match args.first().map(String::as_str) {
        Some("vectors") => vectors(args.get(1)),
        Some("dump") => dump(&args[1..]),
        Some("kinds") => kinds(),
        Some("commands") => commands(&args[1..]),
        _ => panic!(
            "usage: driver TABLE vectors [FILE] | dump NAME=CODE ... | kinds | commands VERB=COMMAND ..."
        ),
    };
    std::io::stdout().write_all(out.as_bytes()).unwrap();
}

// hex and unhex are plain loops over bytes: the driver is built without
// optimisation, and the differential test feeds it megabytes of hex.
fn hex(b: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    if b.is_empty() {
        return "-".to_owned();
    }
    let mut s = Vec::with_capacity(2 * b.len());
    for &c in b {
        s.push(DIGITS[usize::from(c >> 4)]);
        s.push(DIGITS[usize::from(c & 0xf)]);
    }
    String::from_utf8(s).unwrap()
}

fn unhex(s: &str) -> Vec<u8> {
    fn digit(c: u8) -> u8 {
        match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            _ => panic!("{:?} is not a lower-case hex digit", char::from(c)),
        }
    }
    if s == "-" {
        return Vec::new();
    }
    let s = s.as_bytes();
    assert!(s.len() % 2 == 0, "odd hex {:?}", String::from_utf8_lossy(s));
    let mut b = Vec::with_capacity(s.len() / 2);
    let mut i = 0;
    while i < s.len() {
        b.push(digit(s[i]) << 4 | digit(s[i + 1]));
        i += 2;
    }
    b
}

/// A uint of a format vector, in decimal as Go's strconv.ParseUint reads
/// it, if the parameter's type holds it.
pub fn uint<T: TryFrom<u64>>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    T::try_from(s.parse::<u64>().ok()?).ok()
}

/// A time of a format vector, if it is one.
pub fn time(s: &str) -> Option<Time> {
    s.parse().ok()
}

/// A parsed time to the millisecond, as the vectors print it.
pub fn millis(t: Time) -> String {
    let whole = format!(
        "{:04}{:02}{:02}{:02}{:02}{:02}",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
    let ms = format!("{:03}", t.nanosecond() / 1_000_000);
    let ms = ms.trim_end_matches('0');
    assert_eq!(t.to_string().get(..14), Some(whole.as_str()), "{t:?}");
    if ms.is_empty() {
        whole
    } else {
        format!("{whole}.{ms}")
    }
}

fn vectors(file: Option<&String>) -> String {
    let input: Box<dyn BufRead> = match file {
        Some(path) => Box::new(std::io::BufReader::new(std::fs::File::open(path).unwrap())),
        None => Box::new(std::io::stdin().lock()),
    };
    let mut out = String::new();
    for line in input.lines() {
        let line = line.unwrap();
        if line.is_empty() {
            continue;
        }
        out.push_str(&answer(&line));
        out.push('\n');
    }
    out
}

/// A vector's text: a Rust string holds only UTF-8, so bytes that are not
/// are decoded with U+FFFD, as the TypeScript driver's TextDecoder does.
fn text(s: &str) -> String {
    String::from_utf8_lossy(&unhex(s)).into_owned()
}

fn answer(vector: &str) -> String {
    let f: Vec<&str> = vector.split(' ').collect();
    match f[0] {
        "parse" => match dispatch::parse(f[1], &text(f[2])) {
            Some(Some(values)) => {
                let hexed: Vec<String> = values.iter().map(|v| hex(v.as_bytes())).collect();
                format!("ok {}", hexed.join(" "))
            }
            Some(None) => "no".to_owned(),
            None => "unknown vector".to_owned(),
        },
        "format" => {
            let args: Vec<String> = if f.len() == 3 && f[2].is_empty() {
                Vec::new()
            } else {
                f[2..].iter().map(|a| text(a)).collect()
            };
            match dispatch::format(f[1], &args) {
                Some(Some(t)) => format!("ok {}", hex(t.as_bytes())),
                Some(None) => "error".to_owned(),
                None => "unknown vector".to_owned(),
            }
        }
        "reply-format" => {
            let Ok(code) = f[1].parse::<i64>() else {
                return "unknown vector".to_owned();
            };
            let code = u32::try_from(code).ok().and_then(ReplyCode::from_u32);
            match code.map(|c| format_reply(c, &text(f[2]))) {
                Some(Ok(wire)) => format!("ok {}", hex(wire.as_bytes())),
                _ => "error".to_owned(),
            }
        }
        "reply-parse" => {
            let lines: Vec<Vec<u8>> = if f[1] == "-" {
                Vec::new()
            } else {
                f[1].split(',').map(unhex).collect()
            };
            reply_parse(&lines)
        }
        "reply-read" => {
            let bytes = unhex(f[1]);
            let mut input = &bytes[..];
            let mut res = "ok".to_owned();
            loop {
                let (o, done) = match read_reply(&mut input) {
                    Ok(Some(r)) => (
                        format!("reply:{}:{}", r.code.as_u32(), hex(r.text.as_bytes())),
                        false,
                    ),
                    Ok(None) => ("eof".to_owned(), true),
                    Err(e) => (kind(&e).to_owned(), true),
                };
                res.push(' ');
                res.push_str(&o);
                if done {
                    return res;
                }
            }
        }
        "lookup" => {
            let Ok(code) = f[1].parse::<i64>() else {
                return "unknown vector".to_owned();
            };
            let Ok(code) = u32::try_from(code) else {
                return "no".to_owned();
            };
            let (reply, text) = (lookup(code), reply_text(code));
            let Some(reply) = reply else {
                assert!(text.is_none(), "reply_text({code})");
                return "no".to_owned();
            };
            assert_eq!(text, Some(reply.meaning.text), "reply_text({code})");
            assert_eq!(reply.code.as_u32(), code);
            let class = reply
                .code
                .class()
                .map_or("-".to_owned(), |c| c.digit().to_string());
            let group = reply
                .code
                .group()
                .map_or("-".to_owned(), |g| g.digit().to_string());
            format!("ok {} {class} {group}", hex(reply.meaning.text.as_bytes()))
        }
        "expected" | "plausible" => {
            // The method and the free function that answer the question.
            let (method, function): (fn(Command, u32) -> bool, fn(&str, u32) -> bool) =
                if f[0] == "expected" {
                    (Command::expects, is_expected_reply)
                } else {
                    (Command::plausible, is_plausible_reply)
                };
            let verb = text(f[1]); // a byte that is not UTF-8 is in no verb, nor is U+FFFD
            let Ok(code) = f[2].parse::<i64>() else {
                return "unknown vector".to_owned();
            };
            let answer = match u32::try_from(code).ok() {
                Some(code) => {
                    let by_command = Command::from_verb(&verb).is_some_and(|c| method(c, code));
                    assert_eq!(by_command, function(&verb, code), "{verb:?} {code}");
                    by_command
                }
                None => false,
            };
            answer.to_string()
        }
        _ => client(&f).unwrap_or_else(|| "unknown vector".to_owned()),
    }
}

/// An address of a client vector: the hex of its 4 or 16 bytes.
fn ip(s: &str) -> Option<IpAddr> {
    let b = unhex(s);
    if let Ok(v4) = <[u8; 4]>::try_from(&b[..]) {
        return Some(IpAddr::V4(Ipv4Addr::from(v4)));
    }
    Some(IpAddr::V6(Ipv6Addr::from(
        <[u8; 16]>::try_from(&b[..]).ok()?,
    )))
}

/// An address as the client vectors print it: ADDR PORT, the address's
/// 4 or 16 bytes in hex.
fn addr(a: Option<SocketAddr>) -> String {
    let Some(a) = a else {
        return "no".to_owned();
    };
    let bytes = match a.ip() {
        IpAddr::V4(v4) => v4.octets().to_vec(),
        IpAddr::V6(v6) => v6.octets().to_vec(),
    };
    format!("ok {} {}", hex(&bytes), a.port())
}

fn wire_kind(e: WireError) -> &'static str {
    match e {
        WireError::MissingArgument => "missing-argument",
        WireError::UnexpectedArgument => "unexpected-argument",
        WireError::BadArgument => "bad-argument",
        WireError::LineTooLong => "line-too-long",
        WireError::BadCharacter => "bad-character",
        WireError::NotIpv4 => "not-ipv4",
        WireError::BadFeature => "bad-feature",
        WireError::BadFact => "bad-fact",
        WireError::BadPath => "bad-path",
        _ => panic!("{e}"),
    }
}

fn ok_or_kind(r: Result<String, WireError>) -> String {
    match r {
        Ok(s) => format!("ok {}", hex(s.as_bytes())),
        Err(e) => format!("error {}", wire_kind(e)),
    }
}

/// A NAME:VALUE pair of a client vector, decoded.
fn pair(s: &str) -> (String, String) {
    let (a, b) = s.split_once(':').unwrap_or((s, ""));
    (text(a), text(b))
}

/// The answer to a vector of the client's half of the wire, or `None` for
/// a vector of another kind.
fn client(f: &[&str]) -> Option<String> {
    Some(match (f[0], f.len()) {
        ("command-format", 2..) => {
            let Some(command) = Command::from_verb(&text(f[1])) else {
                return Some("no".to_owned());
            };
            let args: Vec<String> = f[2..].iter().map(|a| text(a)).collect();
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            ok_or_kind(format_command(command, &args))
        }
        ("command-parse", 2) => match parse_command(&text(f[1])) {
            Ok(ParsedCommand::Known { command, argument }) => {
                assert!(!command.is_alias(), "{command:?}");
                format!("command {} {}", command.verb(), hex(argument.as_bytes()))
            }
            Ok(ParsedCommand::Unknown { verb, argument }) => {
                format!(
                    "unknown {} {}",
                    hex(verb.as_bytes()),
                    hex(argument.as_bytes())
                )
            }
            Err(e) => format!("error {}", wire_kind(e)),
        },
        ("addr-227", 2) => addr(parse_passive_address(&text(f[1])).map(SocketAddr::V4)),
        ("addr-227-peer", 3) => addr(passive_peer_address(&text(f[1]), ip(f[2])?)),
        ("addr-229", 2) => match parse_extended_passive_port(&text(f[1])) {
            Some(port) => format!("ok {port}"),
            None => "no".to_owned(),
        },
        ("addr-228", 2) => addr(parse_long_passive_address(&text(f[1]))),
        ("port-format" | "eprt-format" | "lprt-format", 3) => {
            let a = SocketAddr::new(ip(f[1])?, f[2].parse().ok()?);
            match f[0] {
                "port-format" => ok_or_kind(format_port_argument(a)),
                "eprt-format" => ok_or_kind(Ok(format_eprt_argument(a))),
                _ => ok_or_kind(Ok(format_lprt_argument(a))),
            }
        }
        ("port-parse", 2) => addr(parse_port_argument(&text(f[1])).map(SocketAddr::V4)),
        ("eprt-parse", 2) => addr(parse_eprt_argument(&text(f[1]))),
        ("lprt-parse", 2) => addr(parse_lprt_argument(&text(f[1]))),
        ("feat-parse", 2) => {
            let features = parse_features(&text(f[1]));
            let mut out = "ok".to_owned();
            for ft in &features.0 {
                assert_eq!(
                    features.get(&ft.name.to_ascii_lowercase()).map(|g| &g.name),
                    Some(&ft.name)
                );
                out.push_str(&format!(
                    " {}:{}",
                    hex(ft.name.as_bytes()),
                    hex(ft.params.as_bytes())
                ));
            }
            out
        }
        ("feat-format", 2..) => {
            let list = if f.len() == 2 && f[1] == "-" {
                Vec::new()
            } else {
                f[1..]
                    .iter()
                    .map(|x| {
                        let (name, params) = pair(x);
                        Feature { name, params }
                    })
                    .collect()
            };
            ok_or_kind(format_features(&Features(list)))
        }
        ("opts-format", 3) => ok_or_kind(format_opts_argument(&text(f[1]), &text(f[2]))),
        ("opts-parse", 2) => match parse_opts_argument(&text(f[1])) {
            Some((name, options)) => {
                format!("ok {} {}", hex(name.as_bytes()), hex(options.as_bytes()))
            }
            None => "no".to_owned(),
        },
        ("mlsx-parse", 2) => {
            let Some(entry) = parse_entry(&text(f[1])) else {
                return Some("no".to_owned());
            };
            let mut out = format!("ok {}", hex(entry.path.as_bytes()));
            for fv in &entry.facts {
                let typed = match (fv.fact(), fv.typed()) {
                    (None, _) => "?".to_owned(),
                    (Some(_), None) => "bad".to_owned(),
                    (Some(_), Some(TypedValue::Uint(n))) => n.to_string(),
                    (Some(_), Some(TypedValue::Time(t))) => millis(t),
                    (Some(_), Some(TypedValue::String(_))) => "s".to_owned(),
                };
                if let Some(fact) = fv.fact() {
                    assert_eq!(fact.name(), fv.name);
                    if entry.get(&fv.name).map(|v| v == fv.value) == Some(true) {
                        assert_eq!(entry.typed(fact), fv.typed());
                    }
                }
                out.push_str(&format!(
                    " {}:{}:{typed}",
                    hex(fv.name.as_bytes()),
                    hex(fv.value.as_bytes())
                ));
            }
            out
        }
        ("mlsx-format", 2..) => {
            let facts = f[2..]
                .iter()
                .map(|x| {
                    let (name, value) = pair(x);
                    FactValue { name, value }
                })
                .collect();
            let entry = Entry {
                facts,
                path: text(f[1]),
            };
            assert!(Fact::all()
                .all(|fact| Fact::from_name(&fact.name().to_ascii_uppercase()) == Some(fact)));
            ok_or_kind(format_entry(&entry))
        }
        _ => return None,
    })
}

fn kind(e: &ReplyError) -> &'static str {
    match e {
        ReplyError::Truncated => "truncated",
        ReplyError::NotReply => "not-reply",
        ReplyError::LineTooLong => "line-too-long",
        ReplyError::TooManyLines => "too-many-lines",
        _ => panic!("{e}"),
    }
}

/// parse_reply's answer, checked against read_reply over the same lines,
/// each with an LF, which must read the same reply and then the end.
fn reply_parse(lines: &[Vec<u8>]) -> String {
    let Ok(reply) = parse_reply(lines) else {
        return "error".to_owned();
    };
    let wire: Vec<u8> = lines
        .iter()
        .flat_map(|l| l.iter().copied().chain([b'\n']))
        .collect();
    let mut input = &wire[..];
    let read: Option<ParsedReply> = read_reply(&mut input).unwrap();
    assert_eq!(read.as_ref(), Some(&reply), "read_reply of {lines:?}");
    assert!(
        read_reply(&mut input).unwrap().is_none(),
        "read_reply stops early in {lines:?}"
    );
    format!("ok {} {}", reply.code.as_u32(), hex(reply.text.as_bytes()))
}

fn opt(s: Option<&str>) -> String {
    hex(s.unwrap_or("").as_bytes())
}

fn meaning_fields(m: &Meaning) -> String {
    format!(
        "{} {} {} {} {} {} {}",
        hex(m.text.as_bytes()),
        hex(m.description.as_bytes()),
        opt(m.template),
        m.rfc.unwrap_or(0),
        opt(m.section),
        opt(m.source),
        m.status
    )
}

fn digit(d: Option<u32>) -> String {
    d.map_or("-".to_owned(), |d| d.to_string())
}

fn dump(names: &[String]) -> String {
    let mut seen = 0;
    for arg in names {
        let (name, code) = arg.split_once('=').unwrap();
        let code: u32 = code.parse().unwrap();
        let found = ReplyCode::from_name(name).unwrap_or_else(|| panic!("from_name({name})"));
        assert_eq!(found.as_u32(), code, "from_name({name})");
        seen += 1;
    }
    for name in [
        "",
        "NO_SUCH_REPLY",
        "command_ok",
        "Command_Ok",
        " COMMAND_OK",
    ] {
        assert!(ReplyCode::from_name(name).is_none(), "from_name({name:?})");
    }
    let mut out = String::new();
    let mut last = 0;
    for r in all_replies() {
        let code = r.code.as_u32();
        assert!(code > last, "all_replies is not in code order at {code}");
        last = code;
        assert_eq!(lookup(code), Some(r), "lookup({code})");
        assert_eq!(r.code.reply(), Some(r));
        assert_eq!(reply_text(code), Some(r.meaning.text));
        assert_eq!(r.code.text(), Some(r.meaning.text));
        assert!(r.code.is_known());
        assert_eq!(ReplyCode::from_u32(code), Some(r.code));
        assert_eq!(ReplyCode::try_from(code), Ok(r.code));
        assert_eq!(ReplyCode::from_name(r.name), Some(r.code));
        assert_eq!(r.code.to_string(), format!("{code} {}", r.meaning.text));
        let three = (100..=999).contains(&code);
        let predicates = [
            r.code.is_positive_preliminary(),
            r.code.is_positive_completion(),
            r.code.is_positive_intermediate(),
            r.code.is_transient_negative(),
            r.code.is_permanent_negative(),
            r.code.is_protected(),
        ];
        for (d, p) in (1..).zip(predicates) {
            assert_eq!(p, three && code / 100 == d, "predicate {d} of {code}");
        }
        out.push_str(&format!(
            "{code} {} {} {} {} {}\n",
            digit(r.code.class().map(ReplyClass::digit)),
            digit(r.code.group().map(ReplyGroup::digit)),
            meaning_fields(&r.meaning),
            u8::from(r.closes_control),
            r.also.len()
        ));
        for m in r.also {
            out.push_str(&format!("+ {}\n", meaning_fields(m)));
        }
    }
    assert!(seen >= all_replies().len());
    // Codes the table does not know.
    for code in (0..1101).chain([9999, 10000, 10054, 99999, 100000, u32::MAX]) {
        if lookup(code).is_some() {
            continue;
        }
        assert!(reply_text(code).is_none(), "reply_text({code})");
        let three = (100..=999).contains(&code);
        assert_eq!(
            ReplyCode::from_u32(code).is_some(),
            three,
            "from_u32({code})"
        );
        if let Some(c) = ReplyCode::from_u32(code) {
            assert!(!c.is_known());
            assert_eq!(c.to_string(), code.to_string());
            assert_eq!(
                c.class().map(ReplyClass::digit),
                ReplyClass::from_digit(code / 100).map(ReplyClass::digit)
            );
        }
    }
    out
}

fn kinds() -> String {
    let mut out = String::new();
    for c in ReplyClass::all() {
        assert_eq!(ReplyClass::from_digit(c.digit()), Some(*c));
        out.push_str(&format!(
            "class {} {} {} {} {}\n",
            c.digit(),
            hex(c.title().as_bytes()),
            hex(c.description().as_bytes()),
            c.rfc().unwrap_or(0),
            opt(c.section())
        ));
    }
    for g in ReplyGroup::all() {
        assert_eq!(ReplyGroup::from_digit(g.digit()), Some(*g));
        out.push_str(&format!(
            "group {} {} {} {} {}\n",
            g.digit(),
            hex(g.title().as_bytes()),
            hex(g.description().as_bytes()),
            g.rfc().unwrap_or(0),
            opt(g.section())
        ));
    }
    out
}

fn codes(rs: &[ReplyCode]) -> String {
    if rs.is_empty() {
        return "-".to_owned();
    }
    rs.iter()
        .map(|c| c.as_u32().to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Strings no verb may match: Unicode letters whose case maps to ASCII,
/// white space and line ends around a verb, NUL, and nonsense.
fn not_verbs(verbs: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = [
        "NOPE",
        "",
        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "R",
        "\0",
        "RETR\0",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for verb in verbs {
        out.extend([
            format!(" {verb}"),
            format!("{verb} "),
            format!("{verb}\r\n"),
            format!("\t{}", verb.to_lowercase()),
        ]);
        for (ascii, other) in [
            ("S", "\u{17f}"),
            ("I", "\u{131}"),
            ("ST", "\u{fb06}"),
            ("K", "\u{212a}"),
        ] {
            if verb.contains(ascii) {
                out.push(verb.replace(ascii, other));
                out.push(verb.to_lowercase().replace(&ascii.to_lowercase(), other));
            }
        }
    }
    out.retain(|s| !(s.is_ascii() && verbs.contains(&s.to_ascii_uppercase().as_str())));
    out
}

fn commands(args: &[String]) -> String {
    let pairs: Vec<(&str, &str)> = args.iter().map(|a| a.split_once('=').unwrap()).collect();
    let verbs: Vec<&str> = pairs.iter().map(|p| p.0).collect();
    let all: Vec<Command> = Command::all().collect();
    let mut sorted = verbs.clone();
    sorted.sort_unstable();
    assert_eq!(
        all.iter().map(|c| c.verb()).collect::<Vec<_>>(),
        sorted,
        "Command::all"
    );
    let test_codes: Vec<u32> = all_replies()
        .iter()
        .map(|r| r.code.as_u32())
        .chain([0, 999, 10054])
        .collect();
    let mut out = String::new();
    for (verb, command) in &pairs {
        let c = Command::from_verb(verb).unwrap_or_else(|| panic!("from_verb({verb})"));
        assert_eq!(c.verb(), *verb);
        assert_eq!(c.to_string(), *verb);
        assert_eq!(c.canonical().verb(), *command);
        assert_eq!(c.is_alias(), verb != command);
        assert_eq!(c.info().verb, *command);
        let info = c.info();
        let expected: Vec<u32> = [
            info.preliminary,
            info.intermediate,
            info.success,
            info.error,
        ]
        .iter()
        .flat_map(|g| g.iter().map(|r| r.as_u32()))
        .collect();
        for (group, classes) in [
            (info.preliminary, &[1][..]),
            (info.intermediate, &[3]),
            (info.success, &[2]),
            (info.error, &[4, 5]),
        ] {
            for r in group {
                assert!(
                    classes.contains(&(r.as_u32() / 100)),
                    "{verb}: {r:?} in its group"
                );
            }
        }
        let lower = verb.to_lowercase();
        let mixed: String = verb
            .chars()
            .enumerate()
            .map(|(i, ch)| {
                if i % 2 == 1 {
                    ch.to_ascii_lowercase()
                } else {
                    ch
                }
            })
            .collect();
        let plausible: Vec<u32> = expected
            .iter()
            .copied()
            .chain(
                info.observed
                    .iter()
                    .chain(any_command_replies())
                    .map(|o| o.code.as_u32()),
            )
            .collect();
        for spelling in [verb.to_string(), lower, mixed] {
            assert_eq!(
                Command::from_verb(&spelling),
                Some(c),
                "from_verb({spelling:?})"
            );
            for code in &test_codes {
                assert_eq!(
                    is_expected_reply(&spelling, *code),
                    expected.contains(code),
                    "is_expected_reply({spelling:?}, {code})"
                );
                assert_eq!(
                    is_plausible_reply(&spelling, *code),
                    plausible.contains(code),
                    "is_plausible_reply({spelling:?}, {code})"
                );
            }
        }
        if verb != command {
            continue;
        }
        let aliases = if info.aliases.is_empty() {
            "-".to_owned()
        } else {
            info.aliases.join(",")
        };
        out.push_str(&format!(
            "{} {} {} {} {} {} {} {} {} {} {} {}\n",
            info.verb,
            aliases,
            hex(info.description.as_bytes()).replace('-', ""),
            hex(info.syntax.as_bytes()).replace('-', ""),
            info.rfc.unwrap_or(0),
            info.section.unwrap_or(""),
            info.replies_section.unwrap_or(""),
            info.status,
            codes(info.preliminary),
            codes(info.intermediate),
            codes(info.success),
            codes(info.error)
        ));
        observed(&mut out, "+", info.observed);
    }
    observed(&mut out, "*", any_command_replies());
    for s in not_verbs(&verbs) {
        assert!(Command::from_verb(&s).is_none(), "from_verb({s:?})");
        for code in &test_codes {
            assert!(
                !is_expected_reply(&s, *code),
                "is_expected_reply({s:?}, {code})"
            );
            assert!(
                !is_plausible_reply(&s, *code),
                "is_plausible_reply({s:?}, {code})"
            );
        }
    }
    out
}

/// Writes a line for each observed reply: the mark, the code, and each
/// piece of evidence's server and place in hex.
fn observed(out: &mut String, mark: &str, replies: &[ObservedReply]) {
    for o in replies {
        out.push_str(&format!("{mark} {}", o.code.as_u32()));
        for e in o.evidence {
            out.push_str(&format!(
                " {} {}",
                hex(e.server.as_bytes()),
                hex(e.at.as_bytes())
            ));
        }
        out.push('\n');
    }
}
