//! The runtime's own tests: the framing rules of issue 11, the template
//! engine and time values. The generated code's agreement with spec is
//! proven by generators/rust's tests, over the shared vectors.

use super::*;
use std::io::{BufReader, Read};
use std::net::{IpAddr, SocketAddr, SocketAddrV4};

/// Reads replies off bytes until the first outcome that is not a reply, as
/// the shared vectors' reply-read kind writes them.
fn outcomes(bytes: &[u8]) -> Vec<String> {
    // A reader that hands out one byte at a time finds the same replies.
    let mut single = BufReader::with_capacity(1, bytes);
    let mut whole = bytes;
    let mut out = Vec::new();
    loop {
        let a = read_reply(&mut whole);
        let b = read_reply(&mut single);
        let (a, b) = (describe(a), describe(b));
        assert_eq!(a, b, "one byte at a time, {bytes:?}");
        let done = !a.starts_with("reply:");
        out.push(a);
        if done {
            return out;
        }
    }
}

fn describe(r: Result<Option<ParsedReply>, ReplyError>) -> String {
    match r {
        Ok(Some(reply)) => format!("reply:{}:{}", reply.code.as_u32(), reply.text),
        Ok(None) => "eof".to_owned(),
        Err(ReplyError::Truncated) => "truncated".to_owned(),
        Err(ReplyError::NotReply) => "not-reply".to_owned(),
        Err(ReplyError::LineTooLong) => "line-too-long".to_owned(),
        Err(ReplyError::TooManyLines) => "too-many-lines".to_owned(),
        Err(ReplyError::Io(err)) => format!("io: {err}"),
    }
}

#[test]
fn framing() {
    let cases: &[(&[u8], &[&str])] = &[
        (b"", &["eof"]),
        (b"220 hi\r\n", &["reply:220:hi", "eof"]),
        (b"211 x\r\r\n", &["reply:211:x\r", "eof"]),
        (b"150 ok\r226 done\r\n", &["reply:150:ok\r226 done", "eof"]),
        (
            b"211-a\r\n211\r\r\n220 next\r\n",
            &["truncated"], // "211\r" is a line between, and the reply never ends
        ),
        (b"220 hi", &["truncated"]),
        (b"211 ok\r\n\r", &["reply:211:ok", "truncated"]),
        (b"\r", &["truncated"]),
        (b"211-a\r\n", &["truncated"]),
        (b"211-a\nb\n211\n", &["reply:211:a\nb\n", "eof"]),
        (
            b"211-a\n211-b\n212 c\n211 d\n",
            &["reply:211:a\n211-b\n212 c\nd", "eof"],
        ),
        (b"099 x\n", &["not-reply"]),
        (b"2110 x\n", &["not-reply"]),
        (b"21 x\n", &["not-reply"]),
        (b"\n", &["not-reply"]),
        (b"220\n", &["reply:220:", "eof"]),
        (
            b"220 \xe2\x82 \xff\n",
            &["reply:220:\u{fffd} \u{fffd}", "eof"],
        ),
        (b"220 a\x00b\n", &["reply:220:a\u{0}b", "eof"]),
    ];
    for (bytes, want) in cases {
        assert_eq!(outcomes(bytes), *want, "{bytes:?}");
    }
}

#[test]
fn limits() {
    let line = |n: usize, end: &[u8]| {
        let mut l = b"220 ".to_vec();
        l.resize(n, b'x');
        l.extend_from_slice(end);
        l
    };
    assert_eq!(outcomes(&line(8192, b"\n"))[1], "eof");
    assert_eq!(outcomes(&line(8192, b"\r\n"))[1], "eof");
    assert_eq!(outcomes(&line(8193, b"\n")), ["line-too-long"]);
    assert_eq!(outcomes(&line(8193, b"")), ["truncated"]);
    assert_eq!(outcomes(&line(8194, b"")), ["line-too-long"]);
    // 5,000 emoji are 20,000 bytes.
    let emoji = format!("220 {}\n", "\u{1f680}".repeat(5000));
    assert_eq!(outcomes(emoji.as_bytes()), ["line-too-long"]);

    let reply = |lines: usize, last: &str| {
        let mut r = "211-first\n".to_owned();
        for _ in 2..lines {
            r.push_str("middle\n");
        }
        r + last
    };
    assert_eq!(outcomes(reply(1000, "211 end\n").as_bytes())[1], "eof");
    assert_eq!(
        outcomes(reply(1000, "more\n").as_bytes()),
        ["too-many-lines"]
    );
    // Reported without reading further: the 1000th line ends nothing.
    assert_eq!(outcomes(reply(1000, "more").as_bytes()), ["truncated"]);
    assert_eq!(outcomes(reply(1001, "").as_bytes()), ["too-many-lines"]);
}

#[test]
fn reads_no_further_than_the_reply() {
    let mut input: &[u8] = b"230-a\r\n230 b\r\nrest";
    let reply = read_reply(&mut input).unwrap().unwrap();
    assert_eq!(reply.text, "a\nb");
    let mut rest = String::new();
    input.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "rest");
}

#[test]
fn parse_lines() {
    let ok = |lines: &[&str]| parse_reply(lines).map(|r| (r.code.as_u32(), r.text));
    assert_eq!(ok(&["220 hi\r"]).unwrap(), (220, "hi".to_owned()));
    assert_eq!(ok(&["211 x\r\r"]).unwrap(), (211, "x\r".to_owned()));
    assert_eq!(ok(&["220"]).unwrap(), (220, String::new()));
    assert!(matches!(ok(&[]), Err(ReplyError::Truncated)));
    assert!(matches!(ok(&["211-a", "b"]), Err(ReplyError::Truncated)));
    assert!(matches!(ok(&["211 a", "211 b"]), Err(ReplyError::NotReply)));
    assert!(matches!(ok(&["211 a\nb"]), Err(ReplyError::NotReply)));
    assert!(matches!(ok(&["hello"]), Err(ReplyError::NotReply)));
    let long = format!("220 {}", "x".repeat(8189));
    assert!(matches!(ok(&[&long]), Err(ReplyError::LineTooLong)));
}

#[test]
fn format() {
    let code = ReplyCode::try_from(214).unwrap();
    assert_eq!(
        format_reply(code, "a\n\n1 b\nc").unwrap(),
        "214-a\r\n\r\n 1 b\r\n214 c\r\n"
    );
    assert_eq!(format_reply(code, "").unwrap(), "214 \r\n");
    assert!(format_reply(code, "nul\0").is_err());
    assert!(format_reply(ReplyCode::CONNECTION_RESET_BY_PEER, "x").is_err());
}

#[test]
fn codes() {
    assert_eq!(ReplyCode::try_from(99), Err(InvalidReplyCode(99)));
    assert_eq!(ReplyCode::try_from(1000u32), Err(InvalidReplyCode(1000)));
    assert_eq!(
        ReplyCode::try_from(10054),
        Ok(ReplyCode::CONNECTION_RESET_BY_PEER)
    );
    assert_eq!(ReplyCode::COMMAND_OK.to_string(), "200 Command okay.");
    assert_eq!(ReplyCode::try_from(299).unwrap().to_string(), "299");
    assert!(ReplyCode::COMMAND_OK == 200);
    assert!(!ReplyCode::CONNECTION_RESET_BY_PEER.is_positive_completion());
}

#[test]
fn commands() {
    for verb in ["RETR", "retr", "rEtR", "XRET", "xret"] {
        assert_eq!(Command::from_verb(verb).unwrap().canonical(), Command::RETR);
        assert!(is_expected_reply(verb, 226) && is_expected_reply(verb, 150));
        assert!(!is_expected_reply(verb, 200));
    }
    assert!(Command::XRET.is_alias() && !Command::RETR.is_alias());
    // A verb longer than four letters, with digits, folds as a short one.
    for verb in ["XSHA256", "xsha256", "xShA256"] {
        assert_eq!(Command::from_verb(verb), Some(Command::XSHA256), "{verb}");
    }
    for verb in [
        "",
        " RETR",
        "RETR ",
        "RETR\r\n",
        "RE\0TR",
        "\u{17f}TOR",
        "RETRR",
        "r\u{e9}tr",
        "XSHA",
        "XSHA25",
        "XSHA2560",
        "X\u{17f}HA256",
        "XSHA256 ",
        "XSHA256\0",
        "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    ] {
        assert!(Command::from_verb(verb).is_none(), "{verb:?}");
        assert!(!is_expected_reply(verb, 226));
        assert!(!is_plausible_reply(verb, 500));
    }
    assert_eq!(Command::all().count(), 5);
}

#[test]
fn plausible() {
    // Expected, observed for the command, a reply to any command, none.
    for (code, expected, plausible) in [
        (226, true, true),
        (503, false, true),
        (500, false, true),
        (200, false, false),
        (10054, false, false),
    ] {
        for verb in ["RETR", "xret"] {
            assert_eq!(is_expected_reply(verb, code), expected, "{verb} {code}");
            assert_eq!(is_plausible_reply(verb, code), plausible, "{verb} {code}");
            let command = Command::from_verb(verb).unwrap();
            assert_eq!(command.plausible(code), plausible, "{verb} {code}");
        }
    }
    // A command no server is known to answer gets the replies to any command.
    assert!(is_plausible_reply("XSHA256", 500));
    assert!(!is_plausible_reply("XSHA256", 503));
    assert_eq!(Command::RETR.info().observed[0].evidence.len(), 2);
    assert_eq!(any_command_replies().len(), 1);
    assert_eq!(any_command_replies()[0].code.as_u32(), 500);
}

#[test]
fn times() {
    let t = |s: &str| s.parse::<Time>().ok().map(|t| t.to_string());
    assert_eq!(t("20010203040506"), Some("20010203040506".to_owned()));
    assert_eq!(t("20240229235959.5"), Some("20240229235959.5".to_owned()));
    assert_eq!(t("20240229235959.500"), Some("20240229235959.5".to_owned()));
    assert_eq!(t("20240229235959.0"), Some("20240229235959".to_owned()));
    assert_eq!(
        t("19980615100045.0140000009999"),
        Some("19980615100045.014000000".trim_end_matches('0').to_owned())
    );
    for bad in [
        "00000101000000",
        "20011303040506",
        "2001020304050",
        "20010203040560",
        "20230229000000",
        "20010203040506.",
        "20010203040506x",
        "+0010203040506",
    ] {
        assert_eq!(t(bad), None, "{bad}");
    }
    assert_eq!(t("00010101000000"), Some("00010101000000".to_owned()));
    assert_eq!(t("99991231235959"), Some("99991231235959".to_owned()));
    assert!(Time::new(10000, 1, 1, 0, 0, 0, 0).is_none());
    assert!(Time::new(2000, 1, 1, 0, 0, 0, 1_000_000_000).is_none());
}

#[test]
fn templates() {
    use template::{render, scan, Value};
    let time: Time = "19980615100045.014".parse().unwrap();
    let text = render(
        &TEST_TEMPLATE,
        &[
            Value::Uint(7),
            Value::Time(time),
            Value::Str("a \"b\""),
            Value::Str("s"),
            Value::Str("rest;"),
        ],
    )
    .unwrap();
    assert_eq!(text, "N=7 T=19980615100045.014 \"a \"\"b\"\"\" S=s;rest;");
    let mut values = scan(&TEST_TEMPLATE, &text).unwrap();
    assert_eq!(values.uint(0), Some(7));
    assert_eq!(values.time(1), Some(time));
    assert_eq!(values.string(2).as_deref(), Some("a \"b\""));
    assert_eq!(values.string(3).as_deref(), Some("s"));
    assert_eq!(values.string(4).as_deref(), Some("rest;"));
    assert_eq!(values.uint(2), None);

    let bad = |n: u64, q: &str, s: &str| {
        render(
            &TEST_TEMPLATE,
            &[
                Value::Uint(n),
                Value::Time(time),
                Value::Str(q),
                Value::Str(s),
                Value::Str("x"),
            ],
        )
        .is_err()
    };
    assert!(bad(256, "q", "s"));
    assert!(bad(1, "", "s"));
    assert!(bad(1, "a\r\n221 forged", "s"));
    assert!(bad(1, "q", "a;b"));
    assert!(!bad(255, "q", "s"));
    for text in [
        "",
        "N=256 T=19980615100045 \"q\" S=s;r",
        "N=1 T=19980615100045 \"\" S=s;r",
        "N=1 T=19980615100045 \"q\" S=;r",
        "N=1 T=19980615100045 \"q\" S=s;",
        "N=1 T=00000615100045 \"q\" S=s;r",
    ] {
        assert!(scan(&TEST_TEMPLATE, text).is_none(), "{text}");
    }
}

#[test]
fn system_times() {
    use std::time::{Duration, SystemTime, UNIX_EPOCH};
    let at = |s: &str| SystemTime::from(s.parse::<Time>().unwrap());
    assert_eq!(at("19700101000000"), UNIX_EPOCH);
    assert_eq!(
        at("20010909014640.5"),
        UNIX_EPOCH + Duration::new(1_000_000_000, 500_000_000)
    );
    assert_eq!(
        at("19691231235959.25"),
        UNIX_EPOCH - Duration::from_millis(750)
    );
    for s in [
        "00010101000000",
        "19000228235959.999999999",
        "19700101000000",
        "20000229120000.000000001",
        "20240229235959.5",
        "99991231235959.999999999",
    ] {
        let t: Time = s.parse().unwrap();
        assert_eq!(Time::try_from(SystemTime::from(t)), Ok(t), "{s}");
    }
    let after = SystemTime::from("99991231235959.999999999".parse::<Time>().unwrap());
    assert!(Time::try_from(after + Duration::from_nanos(1)).is_err());
    let before = SystemTime::from("00010101000000".parse::<Time>().unwrap());
    assert!(Time::try_from(before - Duration::from_nanos(1)).is_err());
}

#[test]
fn command_lines() {
    assert_eq!(
        format_command(Command::XRET, &["a b"]),
        Ok("RETR a b\r\n".to_owned())
    );
    assert_eq!(format_command(Command::PWD, &[]), Ok("PWD\r\n".to_owned()));
    // The order of the checks: the argument count first, then each argument.
    assert_eq!(
        format_command(Command::RETR, &[]),
        Err(WireError::MissingArgument)
    );
    assert_eq!(
        format_command(Command::PWD, &["\r\n"]),
        Err(WireError::UnexpectedArgument)
    );
    for injected in ["x\r\nDELE y", "x\nDELE y", "x\rDELE y", "x\0", ""] {
        assert_eq!(
            format_command(Command::RETR, &[injected]),
            Err(WireError::BadArgument)
        );
    }
    let long = "a".repeat(MAX_LINE_BYTES - 5);
    assert!(format_command(Command::RETR, &[&long]).is_ok());
    assert_eq!(
        format_command(Command::RETR, &[&(long + "a")]),
        Err(WireError::LineTooLong)
    );

    let known = |command, argument: &str| {
        Ok(ParsedCommand::Known {
            command,
            argument: argument.to_owned(),
        })
    };
    assert_eq!(parse_command("xret  a b\r\n"), known(Command::RETR, " a b"));
    assert_eq!(parse_command("RETR\n"), known(Command::RETR, ""));
    assert_eq!(parse_command("RETR "), known(Command::RETR, ""));
    assert_eq!(
        parse_command(" RETR x"),
        Ok(ParsedCommand::Unknown {
            verb: String::new(),
            argument: "RETR x".to_owned()
        })
    );
    assert_eq!(parse_command("RETR x\r\r\n"), Err(WireError::BadCharacter));
    assert_eq!(parse_command("RETR \0"), Err(WireError::BadCharacter));
    let long = "a".repeat(MAX_LINE_BYTES + 1);
    assert_eq!(parse_command(&long), Err(WireError::LineTooLong));
}

#[test]
fn addresses() {
    let v4 = |s: &str| s.parse::<SocketAddrV4>().ok();
    let any = |s: &str| s.parse::<SocketAddr>().ok();
    assert_eq!(parse_passive_address("(1,2,3,4,5,6)"), v4("1.2.3.4:1286"));
    // A number right after a digit is no start; a number past 255 is none.
    assert_eq!(
        parse_passive_address("1256,1,2,3,4,5,6"),
        v4("1.2.3.4:1286")
    );
    assert_eq!(parse_passive_address("(256,1,2,3,4,5)"), None);
    assert_eq!(parse_passive_address("(001,2,3,4,0,21)"), v4("1.2.3.4:21"));
    assert_eq!(parse_passive_address("(1,2,3,4,5)"), None);
    let peer = IpAddr::V6("::ffff:203.0.113.7".parse().unwrap());
    assert_eq!(
        passive_peer_address("(10,0,0,1,0,21)", peer),
        any("203.0.113.7:21")
    );

    assert_eq!(parse_extended_passive_port("(|||6446|)"), Some(6446));
    assert_eq!(parse_extended_passive_port("(!!!0!) (|||65536|)"), Some(0));
    assert_eq!(parse_extended_passive_port("(111211)"), None);
    assert_eq!(parse_extended_passive_port("(|||6446|"), None);

    let text = "(6,16,0,0,0,0,0,0,0,0,0,0,255,255,10,0,0,1,2,0,21)";
    assert_eq!(parse_long_passive_address(text), any("10.0.0.1:21"));
    assert_eq!(
        parse_long_passive_address("(x) (4,4,1,2,3,4,2,0,1)"),
        any("1.2.3.4:1")
    );

    let mapped = any("[::ffff:1.2.3.4]:1286").unwrap();
    assert_eq!(format_port_argument(mapped).as_deref(), Ok("1,2,3,4,5,6"));
    assert_eq!(
        format_port_argument(any("[::1]:21").unwrap()),
        Err(WireError::NotIpv4)
    );
    assert_eq!(parse_port_argument("1,2,3,4,5,6"), v4("1.2.3.4:1286"));
    assert_eq!(parse_port_argument("1,2,3,4,5,6,"), None);

    for (addr, text) in [
        ("[2001:db8:0:0:1:0:0:1]:1", "|2|2001:db8::1:0:0:1|1|"),
        ("[::]:1", "|2|::|1|"),
        ("[1:0:1:0:1:0:1:0]:1", "|2|1:0:1:0:1:0:1:0|1|"),
        ("[::1.2.3.4]:1", "|2|::102:304|1|"),
        ("[::ffff:1.2.3.4]:1", "|1|1.2.3.4|1|"),
    ] {
        assert_eq!(format_eprt_argument(any(addr).unwrap()), text);
        assert_eq!(
            parse_eprt_argument(text),
            any(addr).map(|a| { SocketAddr::new(unmap(a.ip()), a.port()) })
        );
    }
    assert_eq!(
        parse_eprt_argument("!2!::FFFF:1.2.3.4!21!"),
        any("1.2.3.4:21")
    );
    for bad in [
        "|1|01.2.3.4|1|",
        "|2|1::2::3|1|",
        "|2|:1::|1|",
        "|1|1.2.3.4|1|x",
        "|3|x|1|",
        "|1|1.2.3.4|65536|",
    ] {
        assert_eq!(parse_eprt_argument(bad), None, "{bad}");
    }

    assert_eq!(
        format_lprt_argument(any("1.2.3.4:258").unwrap()),
        "4,4,1,2,3,4,2,1,2"
    );
    assert_eq!(parse_lprt_argument("4,4,1,2,3,4,2,1,2"), any("1.2.3.4:258"));
    assert_eq!(parse_lprt_argument("4,4,1,2,3,4,3,1,2,3"), None);
    assert_eq!(parse_lprt_argument("4,16,1,2,3,4,2,1,2"), None);
}

#[test]
fn features() {
    let features = parse_features("Features:\n mdtm\n\tMLST  size*;modify*; \n \nEnd");
    let feature = |name: &str, params: &str| Feature {
        name: name.to_owned(),
        params: params.to_owned(),
    };
    assert_eq!(
        features.0,
        [feature("MDTM", ""), feature("MLST", "size*;modify*;")]
    );
    assert!(features.has("Mlst") && !features.has("UTF8"));
    assert_eq!(parse_features("No features"), Features::default());
    assert_eq!(
        format_features(&Features::default()).as_deref(),
        Ok("211 \r\n")
    );
    let wire = "211-Extensions supported:\r\n MDTM\r\n MLST size*;modify*;\r\n211 End\r\n";
    assert_eq!(format_features(&features).as_deref(), Ok(wire));
    for bad in [
        feature("", ""),
        feature("A B", ""),
        feature("A", " b"),
        feature("A", "b\r\n"),
    ] {
        let features = Features(vec![bad]);
        assert_eq!(format_features(&features), Err(WireError::BadFeature));
    }
    assert_eq!(
        format_opts_argument("MLST", "size;type;").as_deref(),
        Ok("MLST size;type;")
    );
    assert_eq!(
        format_opts_argument("MLST", " x"),
        Err(WireError::BadArgument)
    );
    let parsed = parse_opts_argument("utf8  on");
    assert_eq!(parsed, Some(("UTF8".to_owned(), " on".to_owned())));
    assert_eq!(parse_opts_argument(" on"), None);
}

#[test]
fn entries() {
    let entry =
        parse_entry("SIZE=0042;Modify=20200102030405.5;unix.MODE=0644;x=a=b; a;b c").unwrap();
    assert_eq!(entry.path, "a;b c");
    let names: Vec<&str> = entry.facts.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["size", "modify", "UNIX.mode", "x"]);
    assert_eq!(entry.typed(Fact::SIZE), Some(TypedValue::Uint(42)));
    let modify = Time::new(2020, 1, 2, 3, 4, 5, 500_000_000).unwrap();
    assert_eq!(entry.typed(Fact::MODIFY), Some(TypedValue::Time(modify)));
    assert_eq!(entry.facts[3].value, "a=b");
    assert_eq!(entry.facts[3].typed(), None);
    assert_eq!(parse_entry(" ").map(|e| e.facts.len()), Some(0));
    for bad in [
        "size=1",
        "size=1;",
        "size=1 x",
        "=1; x",
        "size; x",
        "size=1;; x",
        "a=b; x\ny",
    ] {
        assert_eq!(parse_entry(bad), None, "{bad:?}");
    }
    let size = |value: &str| FactValue {
        name: "Size".to_owned(),
        value: value.to_owned(),
    };
    let entry = Entry {
        facts: vec![size("1")],
        path: "a b".to_owned(),
    };
    assert_eq!(format_entry(&entry).as_deref(), Ok("Size=1; a b"));
    for value in ["x", "", "9007199254740992", "1 "] {
        let entry = Entry {
            facts: vec![size(value)],
            path: String::new(),
        };
        assert_eq!(format_entry(&entry), Err(WireError::BadFact), "{value:?}");
    }
    let entry = Entry {
        facts: vec![],
        path: "x\r\n226 forged".to_owned(),
    };
    assert_eq!(format_entry(&entry), Err(WireError::BadPath));
}
