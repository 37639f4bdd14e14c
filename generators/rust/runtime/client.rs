// The client's half of the wire, table-independent: command lines (RFC 959
// section 5.3), the data-connection addresses of 227, 228 and 229 and the
// arguments of PORT, EPRT and LPRT (RFC 959, RFC 1639, RFC 2428), the FEAT
// reply and the OPTS argument (RFC 2389), and MLST and MLSD entries (RFC
// 3659 section 7). It reaches the table through `crate::COMMANDS` (each
// command's `argument`), `crate::FACTS` and `crate::fact_by_name`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4};

/// Whether a command takes an argument, as its syntax says: RFC 959
/// (section 5.3) writes an optional argument in square brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Argument {
    /// The command takes no argument, as `PWD <CRLF>`.
    None,
    /// The argument may be left out, as `LIST [<SP> <pathname>] <CRLF>`.
    Optional,
    /// The command needs an argument, as `RETR <SP> <pathname> <CRLF>`.
    Required,
}

/// Why a line or an argument of the client's half of the wire cannot be
/// written or read: the error of [`format_command`], [`parse_command`],
/// [`format_port_argument`], [`format_features`], [`format_opts_argument`]
/// and [`format_entry`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WireError {
    /// The command needs an argument and has none.
    MissingArgument,
    /// The command takes no argument and has one.
    UnexpectedArgument,
    /// An argument is empty or holds CR, LF or NUL, which would end the
    /// line and start another command; or an OPTS argument's name or
    /// options are not what RFC 2389 allows.
    BadArgument,
    /// A command line is longer than [`MAX_LINE_BYTES`] without its line
    /// end.
    LineTooLong,
    /// A command line holds CR, LF or NUL.
    BadCharacter,
    /// An IPv6 address for PORT, which carries only IPv4 ones: use EPRT.
    NotIpv4,
    /// A feature that a FEAT reply cannot carry: a name that is empty or
    /// holds a byte outside `!` to `~`, or parameters that hold a control
    /// character or start or end with a space or tab.
    BadFeature,
    /// A fact that an entry cannot carry: a name that is empty or holds a
    /// byte outside `!` to `~`, `=` or `;`; a value holding `;`, a space,
    /// CR, LF or NUL; or a known fact's value not of its type.
    BadFact,
    /// A path holding CR, LF or NUL, which could forge a line of a listing.
    BadPath,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WireError::MissingArgument => "the command needs an argument",
            WireError::UnexpectedArgument => "the command takes no argument",
            WireError::BadArgument => "an argument is empty or holds CR, LF or NUL",
            WireError::LineTooLong => "a command line longer than 8192 bytes",
            WireError::BadCharacter => "a command line holds CR, LF or NUL",
            WireError::NotIpv4 => "PORT carries only IPv4 addresses; use EPRT",
            WireError::BadFeature => "a feature a FEAT reply cannot carry",
            WireError::BadFact => "a fact an MLSx entry cannot carry",
            WireError::BadPath => "a path holds CR, LF or NUL",
        })
    }
}

impl Error for WireError {}

/// Writes a command line for the wire: the command's verb (the verb of the
/// command an alias names), each argument after one space, and CRLF.
///
/// It refuses, in this order: no argument for a command that needs one
/// ([`WireError::MissingArgument`]); an argument for a command that takes
/// none ([`WireError::UnexpectedArgument`]); an argument that is empty or
/// holds CR, LF or NUL ([`WireError::BadArgument`]: RFC 959's `<char>` is
/// any ASCII character but CR and LF, and a NUL cuts a C server's string
/// short), which keeps a file name from injecting a second command; a line
/// longer than [`MAX_LINE_BYTES`] ([`WireError::LineTooLong`]). An argument
/// may hold spaces, as a path may.
///
/// ```
/// use ftpcodes::{format_command, Command, WireError};
///
/// assert_eq!(format_command(Command::RETR, &["a b.txt"]).unwrap(), "RETR a b.txt\r\n");
/// let injected = format_command(Command::RETR, &["x\r\nDELE y"]);
/// assert_eq!(injected, Err(WireError::BadArgument));
/// ```
pub fn format_command(command: Command, arguments: &[&str]) -> Result<String, WireError> {
    let info = command.info();
    match (arguments.is_empty(), info.argument) {
        (true, Argument::Required) => return Err(WireError::MissingArgument),
        (false, Argument::None) => return Err(WireError::UnexpectedArgument),
        _ => {}
    }
    let mut line = String::from(info.verb);
    for argument in arguments {
        if argument.is_empty() || argument.contains(['\r', '\n', '\0']) {
            return Err(WireError::BadArgument);
        }
        line.push(' ');
        line.push_str(argument);
    }
    if line.len() > MAX_LINE_BYTES {
        return Err(WireError::LineTooLong);
    }
    line.push_str("\r\n");
    Ok(line)
}

/// A command line as a server reads it with [`parse_command`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParsedCommand {
    /// A command of the table: the command (the one an alias names) and
    /// its argument, everything after the first space, `""` without one.
    Known {
        /// The command.
        command: Command,
        /// The argument, exactly as written.
        argument: String,
    },
    /// A verb the table lacks, as written, possibly empty, and its
    /// argument.
    Unknown {
        /// The verb, as written.
        verb: String,
        /// The argument, exactly as written.
        argument: String,
    },
}

/// Reads a command line, for servers.
///
/// A final LF is dropped, and one CR before it. The rest is refused when it
/// is longer than [`MAX_LINE_BYTES`] ([`WireError::LineTooLong`]) or holds
/// CR, LF or NUL ([`WireError::BadCharacter`]). The verb is what comes
/// before the first space, the argument everything after it, further spaces
/// included (RFC 3659 section 2.2: "Any additional spaces form part of the
/// pathname"). The verb is found as [`Command::from_verb`] finds it; a verb
/// the table lacks is [`ParsedCommand::Unknown`], not an error. Whether the
/// argument agrees with the command's [`Argument`] is the server's to check.
///
/// ```
/// use ftpcodes::{parse_command, Command, ParsedCommand};
///
/// let parsed = parse_command("retr  two spaces\r\n").unwrap();
/// let argument = " two spaces".to_owned();
/// assert_eq!(parsed, ParsedCommand::Known { command: Command::RETR, argument });
/// ```
pub fn parse_command(line: &str) -> Result<ParsedCommand, WireError> {
    let mut line = line;
    if let Some(l) = line.strip_suffix('\n') {
        line = l.strip_suffix('\r').unwrap_or(l);
    }
    if line.len() > MAX_LINE_BYTES {
        return Err(WireError::LineTooLong);
    }
    if line.contains(['\r', '\n', '\0']) {
        return Err(WireError::BadCharacter);
    }
    let (verb, argument) = line.split_once(' ').unwrap_or((line, ""));
    let argument = argument.to_owned();
    Ok(match Command::from_verb(verb) {
        Some(command) => ParsedCommand::Known {
            command: command.canonical(),
            argument,
        },
        None => ParsedCommand::Unknown {
            verb: verb.to_owned(),
            argument,
        },
    })
}

/// Reads a number of RFC 959's host-port: one or more ASCII digits,
/// leading zeros allowed, at most 255. RFC 959 writes "any decimal integer
/// 1 through 255", but 0 is read, as every server and client does: 10.0.0.1
/// and ports below 256 need it.
fn byte_number(s: &[u8]) -> Option<u8> {
    if s.is_empty() {
        return None;
    }
    let mut n = 0u32;
    for &c in s {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(c - b'0');
        if n > 255 {
            return None;
        }
    }
    u8::try_from(n).ok()
}

/// Reads all of s as byte numbers separated by commas.
fn byte_numbers(s: &str) -> Option<Vec<u8>> {
    s.as_bytes()
        .split(|&c| c == b',')
        .map(byte_number)
        .collect()
}

/// Reads a TCP port: one to five ASCII digits, leading zeros allowed, at
/// most 65535.
fn port_number(s: &str) -> Option<u16> {
    if s.is_empty() || s.len() > 5 || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn port(high: u8, low: u8) -> u16 {
    u16::from(high) << 8 | u16::from(low)
}

/// An address with an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, RFC 4291
/// section 2.5.5.2) given as its IPv4 address.
fn unmap(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

/// Reads the address of a 227 reply's text (RFC 959 section 4.2.2):
/// `Entering Passive Mode (h1,h2,h3,h4,p1,p2).`, found at the first place
/// that is not right after a digit and where six numbers from 0 to 255
/// follow, separated by commas; the port is p1 × 256 + p2. `None` when the
/// text has none.
///
/// A client should usually not connect to this host: a server behind NAT
/// announces its private address. [`passive_peer_address`] takes the port
/// with the control connection's peer instead, as curl and Python's ftplib
/// do by default.
///
/// ```
/// use ftpcodes::parse_passive_address;
/// use std::net::{Ipv4Addr, SocketAddrV4};
///
/// let addr = parse_passive_address("Entering Passive Mode (192,168,1,2,4,1).");
/// assert_eq!(addr, Some(SocketAddrV4::new(Ipv4Addr::new(192, 168, 1, 2), 1025)));
/// ```
pub fn parse_passive_address(text: &str) -> Option<SocketAddrV4> {
    let bytes = text.as_bytes();
    'start: for i in 0..bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            continue;
        }
        let mut n = [0u8; 6];
        let mut j = i;
        for (k, number) in n.iter_mut().enumerate() {
            if k > 0 {
                if bytes.get(j) != Some(&b',') {
                    continue 'start;
                }
                j += 1;
            }
            let start = j;
            while bytes.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            match byte_number(&bytes[start..j]) {
                Some(b) => *number = b,
                None => continue 'start,
            }
        }
        let ip = Ipv4Addr::new(n[0], n[1], n[2], n[3]);
        return Some(SocketAddrV4::new(ip, port(n[4], n[5])));
    }
    None
}

/// Returns where a client should open the data connection after a 227: the
/// port the reply gives, at the control connection's peer address, not at
/// the host the reply names. Servers behind NAT announce their private
/// address in 227; RFC 2428 (section 3) makes the peer the data address for
/// EPSV for the same reason, and curl (`--ftp-skip-pasv-ip`) and Python's
/// ftplib (`trust_server_pasv_ipv4_address = False`) do this by default.
/// `None` when the text has no 227 address.
///
/// ```
/// use ftpcodes::passive_peer_address;
/// use std::net::{IpAddr, Ipv4Addr, SocketAddr};
///
/// let peer = IpAddr::V4(Ipv4Addr::new(203, 0, 113, 7));
/// let data = passive_peer_address("Entering Passive Mode (10,0,0,5,195,80).", peer);
/// assert_eq!(data, Some(SocketAddr::new(peer, 50000)));
/// ```
pub fn passive_peer_address(text: &str, peer: IpAddr) -> Option<SocketAddr> {
    let announced = parse_passive_address(text)?;
    Some(SocketAddr::new(unmap(peer), announced.port()))
}

/// Reads the port of a 229 reply's text (RFC 2428 section 3):
/// `Entering Extended Passive Mode (|||6446|)`, at the first `(` followed
/// three times by a delimiter (any character from `!` to `~`), then one to
/// five digits up to the next delimiter, at most 65535, then `)`. The host
/// is the control connection's peer. `None` when the text has none.
///
/// ```
/// use ftpcodes::parse_extended_passive_port;
///
/// assert_eq!(
///     parse_extended_passive_port("Entering Extended Passive Mode (|||6446|)"),
///     Some(6446)
/// );
/// ```
pub fn parse_extended_passive_port(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    for i in 0..bytes.len().saturating_sub(4) {
        let d = bytes[i + 1];
        if bytes[i] != b'(' || !(33..=126).contains(&d) || bytes[i + 2] != d || bytes[i + 3] != d {
            continue;
        }
        let Some(j) = bytes[i + 4..].iter().position(|&c| c == d) else {
            continue;
        };
        let j = j + i + 4;
        if bytes.get(j + 1) != Some(&b')') {
            continue;
        }
        if let Some(port) = text.get(i + 4..j).and_then(port_number) {
            return Some(port);
        }
    }
    None
}

/// Reads the address of a 228 reply's text (RFC 1639 section 3): for each
/// `(`, left to right, what lies between it and the next `)` read as an
/// LPRT argument ([`parse_lprt_argument`]); the first that is one gives
/// the address.
///
/// ```
/// use ftpcodes::parse_long_passive_address;
///
/// let text = "Entering Long Passive Mode (4,4,127,0,0,1,2,4,1)";
/// assert_eq!(parse_long_passive_address(text), Some("127.0.0.1:1025".parse().unwrap()));
/// ```
pub fn parse_long_passive_address(text: &str) -> Option<SocketAddr> {
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        rest = &rest[open + 1..];
        let close = rest.find(')')?;
        if let Some(addr) = parse_lprt_argument(&rest[..close]) {
            return Some(addr);
        }
    }
    None
}

/// Writes the argument of PORT (RFC 959 section 5.3.2): `h1,h2,h3,h4,p1,p2`
/// in decimal. An IPv4-mapped IPv6 address is written as its IPv4 address;
/// any other IPv6 address is refused ([`WireError::NotIpv4`]): use EPRT.
///
/// ```
/// use ftpcodes::format_port_argument;
///
/// let arg = format_port_argument("192.168.1.2:1025".parse().unwrap()).unwrap();
/// assert_eq!(arg, "192,168,1,2,4,1");
/// ```
pub fn format_port_argument(addr: SocketAddr) -> Result<String, WireError> {
    let IpAddr::V4(ip) = unmap(addr.ip()) else {
        return Err(WireError::NotIpv4);
    };
    let [a, b, c, d] = ip.octets();
    let [high, low] = addr.port().to_be_bytes();
    Ok(format!("{a},{b},{c},{d},{high},{low}"))
}

/// Reads the argument of PORT: all of it six numbers from 0 to 255,
/// separated by commas. `None` when it is not one.
pub fn parse_port_argument(argument: &str) -> Option<SocketAddrV4> {
    match byte_numbers(argument)?[..] {
        [a, b, c, d, high, low] => Some(SocketAddrV4::new(
            Ipv4Addr::new(a, b, c, d),
            port(high, low),
        )),
        _ => None,
    }
}

/// Writes the argument of EPRT (RFC 2428 section 2) with the delimiter `|`:
/// `|1|a.b.c.d|port|` for IPv4 (an IPv4-mapped IPv6 address included),
/// `|2|text|port|` for IPv6, the text in RFC 5952's canonical form.
///
/// ```
/// use ftpcodes::format_eprt_argument;
///
/// assert_eq!(format_eprt_argument("[2001:db8::1]:6446".parse().unwrap()), "|2|2001:db8::1|6446|");
/// ```
pub fn format_eprt_argument(addr: SocketAddr) -> String {
    match unmap(addr.ip()) {
        IpAddr::V4(ip) => format!("|1|{ip}|{}|", addr.port()),
        IpAddr::V6(ip) => format!("|2|{}|{}|", ipv6_text(ip), addr.port()),
    }
}

/// Reads the argument of EPRT: a delimiter d (any character from `!` to
/// `~`), then the network protocol, the address and the port, each followed
/// by d and none holding it, and nothing after the last d. Protocol `1`
/// takes a dotted-quad IPv4 address without leading zeros, `2` an IPv6
/// address as RFC 4291 (section 2.2) writes it; the port is one to five
/// digits, at most 65535. `None` when it is not one.
pub fn parse_eprt_argument(argument: &str) -> Option<SocketAddr> {
    let d = *argument.as_bytes().first()?;
    if !(33..=126).contains(&d) {
        return None;
    }
    let fields: Vec<&str> = argument[1..].split(char::from(d)).collect();
    let [protocol, address, port, ""] = fields[..] else {
        return None;
    };
    let ip = match protocol {
        "1" => IpAddr::V4(parse_ipv4(address)?),
        "2" => unmap(IpAddr::V6(parse_ipv6(address)?)),
        _ => return None,
    };
    Some(SocketAddr::new(ip, port_number(port)?))
}

/// Writes the argument of LPRT (RFC 1639 section 2): `4,4,h1,...,h4,2,p1,p2`
/// for IPv4 (an IPv4-mapped IPv6 address included), `6,16,h1,...,h16,2,p1,p2`
/// for IPv6, in decimal.
///
/// ```
/// use ftpcodes::format_lprt_argument;
///
/// assert_eq!(format_lprt_argument("127.0.0.1:1025".parse().unwrap()), "4,4,127,0,0,1,2,4,1");
/// ```
pub fn format_lprt_argument(addr: SocketAddr) -> String {
    let mut fields: Vec<String> = match unmap(addr.ip()) {
        IpAddr::V4(ip) => ["4", "4"]
            .into_iter()
            .map(String::from)
            .chain(ip.octets().iter().map(u8::to_string))
            .collect(),
        IpAddr::V6(ip) => ["6", "16"]
            .into_iter()
            .map(String::from)
            .chain(ip.octets().iter().map(u8::to_string))
            .collect(),
    };
    let [high, low] = addr.port().to_be_bytes();
    fields.extend(["2".to_owned(), high.to_string(), low.to_string()]);
    fields.join(",")
}

/// Reads the argument of LPRT: all of it numbers from 0 to 255 separated by
/// commas: the address family (4 or 6, the IP version), the address length
/// (4 or 16), the address, the port length (2) and the port. `None` when it
/// is not one.
pub fn parse_lprt_argument(argument: &str) -> Option<SocketAddr> {
    let n = byte_numbers(argument)?;
    let (family, length) = (*n.first()?, usize::from(*n.get(1)?));
    if !matches!((family, length), (4, 4) | (6, 16)) || n.len() != 2 + length + 3 {
        return None;
    }
    let (address, tail) = n[2..].split_at(length);
    let &[2, high, low] = tail else {
        return None;
    };
    let ip = match <[u8; 4]>::try_from(address) {
        Ok(v4) => IpAddr::V4(Ipv4Addr::from(v4)),
        Err(_) => unmap(IpAddr::V6(Ipv6Addr::from(
            <[u8; 16]>::try_from(address).ok()?,
        ))),
    };
    Some(SocketAddr::new(ip, port(high, low)))
}

/// Reads a dotted-quad IPv4 address: four parts, each `0` or a digit 1 to
/// 9 followed by at most two digits, at most 255. Leading zeros are
/// refused: `inet_aton` reads them as octal.
fn parse_ipv4(s: &str) -> Option<Ipv4Addr> {
    let parts: Vec<&str> = s.split('.').collect();
    let [a, b, c, d] = parts[..] else {
        return None;
    };
    let part = |p: &str| {
        if p.len() > 3 || (p.len() > 1 && p.starts_with('0')) {
            return None;
        }
        byte_number(p.as_bytes())
    };
    Some(Ipv4Addr::new(part(a)?, part(b)?, part(c)?, part(d)?))
}

/// Reads an IPv6 address as RFC 4291 (section 2.2) writes it: groups of one
/// to four hexadecimal digits in either case, separated by `:`; `::` at
/// most once, for one or more groups of zeros; eight groups without it, at
/// most seven with it; the last two groups may be a dotted quad. No zone,
/// no brackets.
fn parse_ipv6(s: &str) -> Option<Ipv6Addr> {
    let (head, tail, compressed) = match s.split_once("::") {
        Some((head, tail)) if !tail.contains("::") => (head, tail, true),
        Some(_) => return None,
        None => ("", s, false),
    };
    let head = ipv6_groups(head, false)?;
    let tail = ipv6_groups(tail, true)?;
    let n = head.len() + tail.len();
    if (compressed && n > 7) || (!compressed && n != 8) {
        return None;
    }
    let mut groups = [0u16; 8];
    groups[..head.len()].copy_from_slice(&head);
    groups[8 - tail.len()..].copy_from_slice(&tail);
    Some(Ipv6Addr::from(groups))
}

/// Reads groups separated by single colons as 16-bit words; the last may be
/// a dotted quad, two words, when dotted_last. The empty string is no
/// words.
fn ipv6_groups(s: &str, dotted_last: bool) -> Option<Vec<u16>> {
    if s.is_empty() {
        return Some(Vec::new());
    }
    let parts: Vec<&str> = s.split(':').collect();
    let mut out = Vec::with_capacity(8);
    for (i, p) in parts.iter().enumerate() {
        if dotted_last && i == parts.len() - 1 && p.contains('.') {
            let [a, b, c, d] = parse_ipv4(p)?.octets();
            out.extend([u16::from_be_bytes([a, b]), u16::from_be_bytes([c, d])]);
            return Some(out);
        }
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        out.push(u16::from_str_radix(p, 16).ok()?);
    }
    Some(out)
}

/// Writes an IPv6 address in RFC 5952's canonical text form (section 4):
/// lower-case hexadecimal groups without leading zeros, the longest run of
/// two or more zero groups (the first, on a tie) written `::`, never the
/// dotted form.
fn ipv6_text(ip: Ipv6Addr) -> String {
    let groups = ip.segments();
    let (mut best, mut best_len) = (0, 1);
    let mut i = 0;
    while i < 8 {
        if groups[i] != 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < 8 && groups[i] == 0 {
            i += 1;
        }
        if i - start > best_len {
            (best, best_len) = (start, i - start);
        }
    }
    let hex = |gs: &[u16]| {
        let parts: Vec<String> = gs.iter().map(|g| format!("{g:x}")).collect();
        parts.join(":")
    };
    if best_len < 2 {
        return hex(&groups);
    }
    format!(
        "{}::{}",
        hex(&groups[..best]),
        hex(&groups[best + best_len..])
    )
}

/// One line of a FEAT reply (RFC 2389 section 3.2): a feature's name and
/// its parameters.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Feature {
    /// The name, as `MLST`: [`parse_features`] gives it in upper case.
    pub name: String,
    /// The parameters as written, as `size*;modify*;type*;`; empty when
    /// there are none.
    pub params: String,
}

/// The features of a FEAT reply, in the order of its lines.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Features(pub Vec<Feature>);

impl Features {
    /// Returns the first feature with the name, in any case.
    pub fn get(&self, name: &str) -> Option<&Feature> {
        self.0.iter().find(|f| f.name.eq_ignore_ascii_case(name))
    }

    /// Reports whether the server has the feature, named in any case.
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

/// Reads the features of a FEAT reply from its text, as [`read_reply`]
/// gives it (its lines joined with LF); it never fails.
///
/// A single line (RFC 2389's reply of a server without features) has none.
/// Otherwise the first and the last line are the reply's own
/// (`Extensions supported:`, `End`); each line between is stripped of
/// spaces and tabs at either end, skipped when nothing is left, and split
/// at its first space or tab: the name, its ASCII letters in upper case
/// (RFC 2389: names are case independent), and the parameters after the
/// spaces or tabs that follow it, as written. Repeats are kept.
///
/// ```
/// use ftpcodes::parse_features;
///
/// let features = parse_features("Extensions supported:\n MLST size*;modify*;\n UTF8\nEnd");
/// assert!(features.has("utf8"));
/// assert_eq!(features.get("MLST").unwrap().params, "size*;modify*;");
/// ```
pub fn parse_features(text: &str) -> Features {
    let lines: Vec<&str> = text.split('\n').collect();
    if lines.len() < 3 {
        return Features::default();
    }
    let features = lines[1..lines.len() - 1]
        .iter()
        .map(|l| l.trim_matches(is_blank))
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (name, params) = l.split_once(is_blank).unwrap_or((l, ""));
            Feature {
                name: name.to_ascii_uppercase(),
                params: params.trim_start_matches(is_blank).to_owned(),
            }
        })
        .collect();
    Features(features)
}

/// The first line of the FEAT reply [`format_features`] writes, RFC 2389's
/// own example.
pub const FEATURES_TEXT: &str = "Extensions supported:";

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn is_vchar(c: u8) -> bool {
    (0x21..=0x7E).contains(&c)
}

/// Reports whether s is empty, or visible ASCII characters, spaces and tabs
/// that neither start nor end with a space or tab.
fn is_tchars(s: &str) -> bool {
    s.bytes().all(|c| is_vchar(c) || c == b' ' || c == b'\t') && s.trim_matches(is_blank) == s
}

/// Writes a complete FEAT reply for the wire: with no feature the single
/// line `211 \r\n` (RFC 2389's reply without features), otherwise
/// `211-Extensions supported:`, each feature on a line of its own after one
/// space, its parameters after another, and `211 End`. A name must be one
/// or more visible ASCII characters, parameters visible ASCII characters,
/// spaces and tabs, neither starting nor ending with a space or tab
/// ([`WireError::BadFeature`]), or [`parse_features`] would not read them
/// back.
///
/// ```
/// use ftpcodes::{format_features, Feature, Features};
///
/// let utf8 = Feature { name: "UTF8".to_owned(), params: String::new() };
/// let wire = format_features(&Features(vec![utf8])).unwrap();
/// assert_eq!(wire, "211-Extensions supported:\r\n UTF8\r\n211 End\r\n");
/// ```
pub fn format_features(features: &Features) -> Result<String, WireError> {
    let mut text = String::new();
    if !features.0.is_empty() {
        text.push_str(FEATURES_TEXT);
        for f in &features.0 {
            if f.name.is_empty() || !f.name.bytes().all(is_vchar) || !is_tchars(&f.params) {
                return Err(WireError::BadFeature);
            }
            text.push_str("\n ");
            text.push_str(&f.name);
            if !f.params.is_empty() {
                text.push(' ');
                text.push_str(&f.params);
            }
        }
        text.push_str("\nEnd");
    }
    format_reply(ReplyCode(211), &text).map_err(|_| WireError::BadFeature)
}

/// Writes the argument of OPTS (RFC 2389 section 4): the command name
/// alone, or the name, a space and the options. The name must be one or
/// more visible ASCII characters, the options visible ASCII characters,
/// spaces and tabs, neither starting nor ending with a space or tab
/// ([`WireError::BadArgument`]). Pass it to [`format_command`].
///
/// ```
/// use ftpcodes::{format_command, format_opts_argument, Command};
///
/// let argument = format_opts_argument("UTF8", "ON").unwrap();
/// assert_eq!(format_command(Command::OPTS, &[&argument]).unwrap(), "OPTS UTF8 ON\r\n");
/// ```
pub fn format_opts_argument(name: &str, options: &str) -> Result<String, WireError> {
    if name.is_empty() || !name.bytes().all(is_vchar) || !is_tchars(options) {
        return Err(WireError::BadArgument);
    }
    if options.is_empty() {
        return Ok(name.to_owned());
    }
    Ok(format!("{name} {options}"))
}

/// Reads the argument of OPTS: the command name, up to the first space, in
/// upper case (ASCII letters), and the options, everything after that space
/// (empty without one). `None` when the name is empty.
pub fn parse_opts_argument(argument: &str) -> Option<(String, String)> {
    let (name, options) = argument.split_once(' ').unwrap_or((argument, ""));
    if name.is_empty() {
        return None;
    }
    Some((name.to_ascii_uppercase(), options.to_owned()))
}

/// The type of a fact's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactType {
    /// One or more ASCII digits, at most 2^53 - 1, as `size`.
    Uint,
    /// A `time-val` in the years 0001 to 9999, as `modify`.
    Time,
    /// Any text, as `type` or `UNIX.mode`.
    String,
}

/// A fact of MLST and MLSD entries (RFC 3659 section 7) that the table
/// knows; each is an associated constant, as `Fact::SIZE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fact(usize);

impl Fact {
    /// Finds a fact by its name, in any case (RFC 3659 section 7.1: fact
    /// names are case-insensitive).
    pub fn from_name(name: &str) -> Option<Fact> {
        crate::FACTS
            .iter()
            .position(|f| f.name.eq_ignore_ascii_case(name))
            .map(Fact)
    }

    /// Returns what the table says about the fact.
    pub fn info(self) -> &'static FactInfo {
        &crate::FACTS[self.0]
    }

    /// Returns the fact's name as the table writes it, as `media-type`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Returns every fact of the table, the standard ones first.
    pub fn all() -> impl Iterator<Item = Fact> {
        (0..crate::FACTS.len()).map(Fact)
    }
}

/// What the table says about a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactInfo {
    /// The name, as servers write it: `size`, `media-type`, `UNIX.mode`.
    pub name: &'static str,
    /// The type of its value.
    pub value_type: FactType,
    /// What it says.
    pub description: &'static str,
    /// How standard it is.
    pub status: Status,
    /// The number of the RFC that defines it.
    pub rfc: Option<u32>,
    /// The section of that RFC.
    pub section: Option<&'static str>,
    /// The servers that send a non-standard fact, with the file and line of
    /// their source that does.
    pub evidence: &'static [Evidence],
}

/// A fact of an entry, as written.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FactValue {
    /// The name: the table's for a fact the table knows, in any case, else
    /// as written.
    pub name: String,
    /// The value, as written.
    pub value: String,
}

/// A fact's value read as its type by [`FactValue::typed`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedValue<'a> {
    /// A `uint` fact's value.
    Uint(u64),
    /// A `time` fact's value.
    Time(Time),
    /// A `string` fact's value.
    String(&'a str),
}

/// The largest `uint` fact value: 2^53 - 1, the largest integer every
/// language ftpcodegen writes holds exactly.
const MAX_FACT_UINT: u64 = (1 << 53) - 1;

impl FactValue {
    /// Returns the table's fact of this name, if it knows it.
    pub fn fact(&self) -> Option<Fact> {
        Fact::from_name(&self.name)
    }

    /// Reads the value as its fact's type: a `uint` is one or more ASCII
    /// digits, at most 2^53 - 1; a `time` a `time-val`, all of the value; a
    /// `string` the value. `None` for a fact the table lacks, or a value
    /// not of its type.
    pub fn typed(&self) -> Option<TypedValue<'_>> {
        typed(self.fact()?.info().value_type, &self.value)
    }
}

fn typed(value_type: FactType, value: &str) -> Option<TypedValue<'_>> {
    match value_type {
        FactType::Uint => {
            if value.is_empty() || !value.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let n: u64 = value.parse().ok()?;
            (n <= MAX_FACT_UINT).then_some(TypedValue::Uint(n))
        }
        FactType::Time => match template::time_val(value.as_bytes(), 0) {
            Some((time, end)) if end == value.len() => Some(TypedValue::Time(time)),
            _ => None,
        },
        FactType::String => Some(TypedValue::String(value)),
    }
}

/// An MLST or MLSD entry (RFC 3659 section 7.2): its facts, in the order
/// of the line, and the path.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The facts, in order, repeats included.
    pub facts: Vec<FactValue>,
    /// The path, whole: it may hold spaces and semicolons.
    pub path: String,
}

impl Entry {
    /// Returns the value of the first fact with the name, in any case.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.facts
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
            .map(|f| f.value.as_str())
    }

    /// Returns the first value of a fact the table knows, read as its type;
    /// `None` when the entry lacks it or its value is not of its type.
    pub fn typed(&self, fact: Fact) -> Option<TypedValue<'_>> {
        typed(fact.info().value_type, self.get(fact.name())?)
    }
}

/// Reads an entry line (RFC 3659 section 7.2): a line of MLSD data without
/// its line end, or the middle line of an MLST reply without the one
/// leading space that belongs to the reply.
///
/// The facts are everything before the first space, each `name=value;`,
/// the path everything after it, kept whole. A fact the table knows, its
/// name in any case, takes the table's name; any other keeps its name as
/// written. `None` for a line holding LF or no space, or whose facts are
/// not each `name=value;` with a name before the first `=`.
///
/// ```
/// use ftpcodes::{parse_entry, Fact, TypedValue};
///
/// let entry = parse_entry("Size=42;Type=file;x.own=me; my file;1.txt").unwrap();
/// assert_eq!(entry.path, "my file;1.txt");
/// assert_eq!(entry.facts[0].name, "size");
/// assert_eq!(entry.typed(Fact::SIZE), Some(TypedValue::Uint(42)));
/// assert_eq!(entry.get("X.OWN"), Some("me"));
/// ```
pub fn parse_entry(line: &str) -> Option<Entry> {
    let (facts, path) = line.split_once(' ')?;
    if line.contains('\n') {
        return None;
    }
    let mut entry = Entry {
        facts: Vec::new(),
        path: path.to_owned(),
    };
    if facts.is_empty() {
        return Some(entry);
    }
    for fact in facts.strip_suffix(';')?.split(';') {
        let (name, value) = fact.split_once('=')?;
        if name.is_empty() {
            return None;
        }
        let name = Fact::from_name(name).map_or(name, |fact| fact.name());
        entry.facts.push(FactValue {
            name: name.to_owned(),
            value: value.to_owned(),
        });
    }
    Some(entry)
}

/// Writes an entry line, without its line end: each fact as `name=value;`,
/// in order, then a space and the path.
///
/// It refuses ([`WireError::BadFact`]) a fact name that is empty or holds a
/// byte outside `!` to `~`, `=` or `;`; a value holding `;`, a space, CR,
/// LF or NUL; and a value of a fact the table knows that is not of its
/// type; and ([`WireError::BadPath`]) a path holding CR, LF or NUL, which
/// could forge a line of the listing or the reply.
///
/// ```
/// use ftpcodes::{format_entry, Entry, FactValue, WireError};
///
/// let size = FactValue { name: "size".to_owned(), value: "42".to_owned() };
/// let entry = Entry { facts: vec![size], path: "a b".to_owned() };
/// assert_eq!(format_entry(&entry).unwrap(), "size=42; a b");
/// let forged = Entry { facts: vec![], path: "x\r\n226 done".to_owned() };
/// assert_eq!(format_entry(&forged), Err(WireError::BadPath));
/// ```
pub fn format_entry(entry: &Entry) -> Result<String, WireError> {
    let mut line = String::new();
    for f in &entry.facts {
        if f.name.is_empty()
            || !f
                .name
                .bytes()
                .all(|c| is_vchar(c) && c != b'=' && c != b';')
        {
            return Err(WireError::BadFact);
        }
        if f.value.contains([';', ' ', '\r', '\n', '\0']) {
            return Err(WireError::BadFact);
        }
        if let Some(fact) = Fact::from_name(&f.name) {
            if typed(fact.info().value_type, &f.value).is_none() {
                return Err(WireError::BadFact);
            }
        }
        line.push_str(&f.name);
        line.push('=');
        line.push_str(&f.value);
        line.push(';');
    }
    if entry.path.contains(['\r', '\n', '\0']) {
        return Err(WireError::BadPath);
    }
    line.push(' ');
    line.push_str(&entry.path);
    Ok(line)
}
