// The table-independent part of the crate: the reply code type, time
// values, the typed formatters' and parsers' template engine, and the
// reply framing of RFC 959, section 4.2. It reaches the table through
// `crate::reply_text`, `crate::COMMANDS`, `crate::ANY_COMMAND_REPLIES`,
// `crate::LONGEST_VERB` and `crate::command_by_verb`.

use std::error::Error;
use std::fmt;
use std::io::{self, BufRead};

/// An FTP reply code, such as 200 or 550, shaped like the `http` crate's
/// `StatusCode`.
///
/// A `ReplyCode` holds a code from 100 to 999, which is what a reply line
/// carries whether the table knows the code or not, or a code outside that
/// range that the table names (some servers send socket error numbers, such
/// as 10054). Every reply the table names is an associated constant, as
/// `ReplyCode::COMMAND_OK`.
///
/// Its [`Display`](fmt::Display) writes the code and, if the table knows it,
/// a space and its text: `200 Command okay.`. That is for people; to write a
/// reply for the wire, use [`format_reply`].
///
/// ```
/// use ftpcodes::ReplyCode;
///
/// let code = ReplyCode::try_from(226).unwrap();
/// assert!(code.is_positive_completion());
/// assert_eq!(code.as_u32(), 226);
/// assert!(ReplyCode::try_from(99).is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReplyCode(u32);

impl ReplyCode {
    /// Returns the code `code`, if it is from 100 to 999 or the table knows
    /// it; `None` otherwise.
    pub const fn from_u32(code: u32) -> Option<ReplyCode> {
        if (100 <= code && code <= 999) || crate::reply_text(code).is_some() {
            Some(ReplyCode(code))
        } else {
            None
        }
    }

    /// Returns the code as a number.
    pub const fn as_u32(self) -> u32 {
        self.0
    }

    /// Returns the reply text the table gives the code, as
    /// `http::StatusCode::canonical_reason` does, or `None` for a code the
    /// table does not know. The same as [`reply_text`].
    pub const fn text(self) -> Option<&'static str> {
        crate::reply_text(self.0)
    }

    /// Reports whether the table knows the code.
    pub const fn is_known(self) -> bool {
        crate::reply_text(self.0).is_some()
    }

    /// Reports whether the code is a positive preliminary reply (1yz): the
    /// action is being started; expect another reply before sending the
    /// next command.
    pub const fn is_positive_preliminary(self) -> bool {
        100 <= self.0 && self.0 <= 199
    }

    /// Reports whether the code is a positive completion reply (2yz): the
    /// action has been completed successfully.
    pub const fn is_positive_completion(self) -> bool {
        200 <= self.0 && self.0 <= 299
    }

    /// Reports whether the code is a positive intermediate reply (3yz): the
    /// command has been accepted, but the server waits for another command
    /// carrying further information.
    pub const fn is_positive_intermediate(self) -> bool {
        300 <= self.0 && self.0 <= 399
    }

    /// Reports whether the code is a transient negative completion reply
    /// (4yz): the action was not taken, but the error is temporary: retry
    /// may succeed.
    pub const fn is_transient_negative(self) -> bool {
        400 <= self.0 && self.0 <= 499
    }

    /// Reports whether the code is a permanent negative completion reply
    /// (5yz): the action was not taken, and the same command sent again
    /// will fail again.
    pub const fn is_permanent_negative(self) -> bool {
        500 <= self.0 && self.0 <= 599
    }

    /// Reports whether the code is a protected reply (6yz, RFC 2228): the
    /// real reply travels integrity-protected or encrypted, and base64
    /// encoded, in the text of this one.
    pub const fn is_protected(self) -> bool {
        600 <= self.0 && self.0 <= 699
    }
}

impl fmt::Debug for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReplyCode({})", self.0)
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.text() {
            Some(text) => write!(f, "{} {}", self.0, text),
            None => write!(f, "{}", self.0),
        }
    }
}

impl From<ReplyCode> for u32 {
    fn from(code: ReplyCode) -> u32 {
        code.0
    }
}

impl PartialEq<u32> for ReplyCode {
    fn eq(&self, other: &u32) -> bool {
        self.0 == *other
    }
}

impl PartialEq<ReplyCode> for u32 {
    fn eq(&self, other: &ReplyCode) -> bool {
        *self == other.0
    }
}

impl TryFrom<u32> for ReplyCode {
    type Error = InvalidReplyCode;

    /// Accepts what [`ReplyCode::from_u32`] accepts.
    fn try_from(code: u32) -> Result<ReplyCode, InvalidReplyCode> {
        ReplyCode::from_u32(code).ok_or(InvalidReplyCode(code))
    }
}

/// The error of [`ReplyCode::try_from`]: the number is not from 100 to 999,
/// and the table does not know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidReplyCode(u32);

impl fmt::Display for InvalidReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "reply code {} is not from 100 to 999 and not in the table",
            self.0
        )
    }
}

impl Error for InvalidReplyCode {}

/// How standard a meaning of a reply code, or a command, is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Defined by RFC 959.
    Standard,
    /// Defined by a later RFC.
    Extension,
    /// Defined by an Internet-Draft, not by an RFC.
    Draft,
    /// Defined by no RFC or Internet-Draft: some servers use it; the
    /// meaning's `source` says which.
    NonStandard,
}

impl Status {
    /// Returns the status as the table spells it: `standard`, `extension`,
    /// `draft` or `non-standard`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Standard => "standard",
            Status::Extension => "extension",
            Status::Draft => "draft",
            Status::NonStandard => "non-standard",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What one source says a reply code means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meaning {
    /// The reply text the source gives.
    pub text: &'static str,
    /// What the reply means, in a sentence or two.
    pub description: &'static str,
    /// How standard this meaning is.
    pub status: Status,
    /// The number of the RFC that defines it.
    pub rfc: Option<u32>,
    /// The Internet-Draft that defines it, as `draft-somers-ftp-mfxx-03`,
    /// when no RFC does.
    pub document: Option<&'static str>,
    /// The section of that RFC or Internet-Draft, as `4.2.2`.
    pub section: Option<&'static str>,
    /// Where a meaning no document defines comes from.
    pub source: Option<&'static str>,
    /// The reply's wire form when its text carries values, with `{name}`
    /// placeholders and literal braces doubled.
    pub template: Option<&'static str>,
}

/// A reply code of the table with everything the table says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reply {
    /// The code.
    pub code: ReplyCode,
    /// The name of its constant, as `COMMAND_OK`.
    pub name: &'static str,
    /// Whether the server closes the control connection after it.
    pub closes_control: bool,
    /// Its primary meaning.
    pub meaning: Meaning,
    /// The meanings other sources give the same code.
    pub also: &'static [Meaning],
}

/// An FTP command verb, or an alias of one, such as RFC 775's `XPWD` for
/// `PWD`, as `Command::RETR`. Its [`Display`](fmt::Display) writes the
/// verb.
///
/// ```
/// use ftpcodes::{is_expected_reply, is_plausible_reply, Command};
///
/// for command in Command::all() {
///     let lower = command.verb().to_ascii_lowercase();
///     assert_eq!(Command::from_verb(&lower), Some(command));
/// }
/// assert!(Command::from_verb("RETR ").is_none());
/// if let Some(retr) = Command::from_verb("retr") {
///     assert_eq!(is_expected_reply("RETR", 226), retr.expects(226));
///     assert_eq!(is_plausible_reply("RETR", 226), retr.plausible(226));
/// }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Command {
    verb: &'static str,
    index: usize,
}

impl Command {
    /// The command whose record is `crate::COMMANDS[index]`, by `verb`.
    const fn new(verb: &'static str, index: usize) -> Command {
        Command { verb, index }
    }

    /// Finds a command by its verb or an alias. Case does not matter, as RFC
    /// 959 (section 5.3) says, but only ASCII letters fold, and nothing is
    /// trimmed: `retr` finds `Command::RETR`; ` RETR`, `RETR\r\n` and
    /// `ſtor` (a long s, which Unicode upper-cases to S) find nothing.
    pub fn from_verb(verb: &str) -> Option<Command> {
        // A string longer than the table's longest verb is no verb; one
        // that fits is upper-cased in place, without allocating.
        let mut upper = [0u8; crate::LONGEST_VERB];
        let bytes = verb.as_bytes();
        if bytes.len() > upper.len() || !verb.is_ascii() {
            return None;
        }
        for (u, b) in upper.iter_mut().zip(bytes) {
            *u = b.to_ascii_uppercase();
        }
        crate::command_by_verb(&upper[..bytes.len()])
    }

    /// Returns the verb, as `RETR`, or the alias, as `XPWD`.
    pub const fn verb(self) -> &'static str {
        self.verb
    }

    /// Returns what the table says about the command; for an alias, about
    /// the command it names.
    pub fn info(self) -> &'static CommandInfo {
        &crate::COMMANDS[self.index]
    }

    /// Returns the command an alias names, or the command itself.
    pub fn canonical(self) -> Command {
        Command {
            verb: self.info().verb,
            index: self.index,
        }
    }

    /// Reports whether the verb is an alias of another.
    pub fn is_alias(self) -> bool {
        self.verb != self.info().verb
    }

    /// Reports whether the command may receive a reply with the code: its
    /// documents list it.
    pub fn expects(self, code: u32) -> bool {
        self.info().expects(code)
    }

    /// Reports whether a real server may send a reply with the code to the
    /// command: its documents list it ([`Command::expects`]), a real server
    /// is known to send it to the command ([`CommandInfo::observed`]), or
    /// servers send it to any command ([`any_command_replies`]).
    pub fn plausible(self, code: u32) -> bool {
        self.info().plausible(code)
    }

    /// Returns every command, and every alias, in verb order.
    pub fn all() -> impl Iterator<Item = Command> {
        crate::VERBS.iter().copied()
    }
}

impl fmt::Debug for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Command({})", self.verb)
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.verb)
    }
}

/// An FTP command with the replies its documents list, grouped as RFC 959
/// (section 5.4) groups them, and those real servers send it besides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommandInfo {
    /// The verb, as `RETR`.
    pub verb: &'static str,
    /// Other verbs for it, such as RFC 775's `XPWD` for `PWD`.
    pub aliases: &'static [&'static str],
    /// What the command does.
    pub description: &'static str,
    /// Its syntax, as `RETR <SP> <pathname> <CRLF>`.
    pub syntax: &'static str,
    /// Whether it takes an argument, as its syntax says.
    pub argument: Argument,
    /// How standard it is.
    pub status: Status,
    /// The number of the RFC that defines it.
    pub rfc: Option<u32>,
    /// The Internet-Draft that defines it, as `draft-somers-ftp-mfxx-03`,
    /// when no RFC does.
    pub document: Option<&'static str>,
    /// The section of that RFC or Internet-Draft.
    pub section: Option<&'static str>,
    /// The section of the same document that lists its replies; later
    /// documents may add replies.
    pub replies_section: Option<&'static str>,
    /// Its positive preliminary replies (1yz).
    pub preliminary: &'static [ReplyCode],
    /// Its positive intermediate replies (3yz).
    pub intermediate: &'static [ReplyCode],
    /// Its positive completion replies (2yz).
    pub success: &'static [ReplyCode],
    /// Its negative replies (4yz and 5yz).
    pub error: &'static [ReplyCode],
    /// The replies real servers send it that its documents do not list, by
    /// code.
    pub observed: &'static [ObservedReply],
}

impl CommandInfo {
    /// Reports whether the command may receive a reply with the code.
    pub fn expects(&self, code: u32) -> bool {
        [
            self.preliminary,
            self.intermediate,
            self.success,
            self.error,
        ]
        .iter()
        .any(|group| group.iter().any(|c| c.0 == code))
    }

    /// Reports whether a real server may send a reply with the code to the
    /// command, as [`Command::plausible`] does.
    pub fn plausible(&self, code: u32) -> bool {
        let sent = |replies: &[ObservedReply]| replies.iter().any(|o| o.code.0 == code);
        self.expects(code) || sent(self.observed) || sent(crate::ANY_COMMAND_REPLIES)
    }
}

/// Where a real server sends a reply: the server and the release read, and
/// the file and line of its source at that release.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The server and its version, as `vsftpd 3.0.3`.
    pub server: &'static str,
    /// The file, in the server's repository, and the line that sends the
    /// reply, as `postlogin.c:453`.
    pub at: &'static str,
}

/// A reply real servers send, to a command or to any command, that the
/// documents do not list for it, with where each server sends it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObservedReply {
    /// The reply code.
    pub code: ReplyCode,
    /// Where servers send it, by server, then file and line.
    pub evidence: &'static [Evidence],
}

/// Returns the replies real servers send to any command, whatever its
/// documents list, by code: an unknown or unimplemented command, a command
/// before login, a timeout or shutdown, a line too long, a command refused
/// by configuration. Each has the places in the servers' source that send
/// it.
pub fn any_command_replies() -> &'static [ObservedReply] {
    crate::ANY_COMMAND_REPLIES
}

/// Reports whether the command may receive a reply with the code. The
/// command is found as [`Command::from_verb`] finds it, so case does not
/// matter and aliases resolve; a command the table does not know expects
/// nothing.
pub fn is_expected_reply(command: &str, code: u32) -> bool {
    Command::from_verb(command).is_some_and(|c| c.expects(code))
}

/// Reports whether a real server may send a reply with the code to the
/// command: its documents list it ([`is_expected_reply`]), a real server is
/// known to send it to the command ([`CommandInfo::observed`]), or servers
/// send it to any command ([`any_command_replies`]). The command is found as
/// [`Command::from_verb`] finds it; a command the table does not know gets
/// no plausible reply.
///
/// A client that warns on every reply [`is_expected_reply`] rejects warns on
/// ordinary traffic; one that warns on the replies `is_plausible_reply`
/// rejects warns on what no server the table's authors read sends.
pub fn is_plausible_reply(command: &str, code: u32) -> bool {
    Command::from_verb(command).is_some_and(|c| c.plausible(code))
}

/// A time value of RFC 3659 (`time-val`): a UTC date and time in the years
/// 0001 to 9999, to the nanosecond, without a time zone. It is a plain
/// civil time, so that the crate needs no dependency: its fields convert to
/// and from any date-time library's, and it converts to and from
/// [`SystemTime`](std::time::SystemTime).
///
/// Its [`Display`](fmt::Display) and [`FromStr`](std::str::FromStr) use the
/// wire form, `YYYYMMDDHHMMSS` and, when there is one, `.` and the fraction
/// of a second without trailing zeros.
///
/// ```
/// use ftpcodes::Time;
///
/// let t: Time = "19980615100045.014".parse().unwrap();
/// assert_eq!((t.year(), t.month(), t.day()), (1998, 6, 15));
/// assert_eq!(t.nanosecond(), 14_000_000);
/// assert_eq!(t.to_string(), "19980615100045.014");
/// assert!(Time::new(2001, 2, 29, 0, 0, 0, 0).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time {
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    nanosecond: u32,
}

impl Time {
    /// Returns the time, or `None` if it is not a real one in the years 1 to
    /// 9999: a calendar date, hours 0 to 23, minutes and seconds 0 to 59
    /// (no leap second), nanoseconds below 1,000,000,000.
    pub const fn new(
        year: u16,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
        nanosecond: u32,
    ) -> Option<Time> {
        if year < 1
            || year > 9999
            || month < 1
            || month > 12
            || day < 1
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 59
            || nanosecond >= 1_000_000_000
        {
            return None;
        }
        Some(Time {
            year,
            month,
            day,
            hour,
            minute,
            second,
            nanosecond,
        })
    }

    /// The year, 1 to 9999.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The hour, 0 to 23.
    pub const fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    pub const fn minute(self) -> u8 {
        self.minute
    }

    /// The second, 0 to 59.
    pub const fn second(self) -> u8 {
        self.second
    }

    /// The fraction of the second, in nanoseconds.
    pub const fn nanosecond(self) -> u32 {
        self.nanosecond
    }
}

impl From<Time> for std::time::SystemTime {
    /// The same instant, counting no leap seconds, as Unix time does.
    fn from(t: Time) -> std::time::SystemTime {
        let days = days_from_civil(t.year, t.month, t.day);
        let seconds = days * 86_400
            + i64::from(t.hour) * 3_600
            + i64::from(t.minute) * 60
            + i64::from(t.second);
        let since = std::time::Duration::new(seconds.unsigned_abs(), 0);
        let whole = if seconds >= 0 {
            std::time::UNIX_EPOCH + since
        } else {
            std::time::UNIX_EPOCH - since
        };
        whole + std::time::Duration::from_nanos(u64::from(t.nanosecond))
    }
}

impl TryFrom<std::time::SystemTime> for Time {
    type Error = ValueError;

    /// The same instant, counting no leap seconds, as Unix time does; an
    /// error outside the years 0001 to 9999.
    fn try_from(time: std::time::SystemTime) -> Result<Time, ValueError> {
        let out_of_range =
            || ValueError::new("the time is outside the years 0001 to 9999".to_owned());
        let (seconds, nanosecond) = match time.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => (
                i64::try_from(d.as_secs()).map_err(|_| out_of_range())?,
                d.subsec_nanos(),
            ),
            Err(e) => {
                let d = e.duration();
                let whole = i64::try_from(d.as_secs()).map_err(|_| out_of_range())?;
                match d.subsec_nanos() {
                    0 => (-whole, 0),
                    n => (-whole - 1, 1_000_000_000 - n),
                }
            }
        };
        let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
        let (year, month, day) = civil_from_days(days).ok_or_else(out_of_range)?;
        // rest is below 86,400: the hour, minute and second fit in a u8.
        let hms = |n: i64| u8::try_from(n).unwrap_or(u8::MAX);
        Time::new(
            year,
            month,
            day,
            hms(rest / 3_600),
            hms(rest / 60 % 60),
            hms(rest % 60),
            nanosecond,
        )
        .ok_or_else(out_of_range)
    }
}

/// The days from 1970-01-01 to a date of the proleptic Gregorian calendar
/// (Howard Hinnant's days_from_civil).
fn days_from_civil(year: u16, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date days after 1970-01-01, if its year is from 1 to 9999
/// (Howard Hinnant's civil_from_days).
fn civil_from_days(days: i64) -> Option<(u16, u8, u8)> {
    let z = days.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some((
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    ))
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}{:02}{:02}{:02}{:02}{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )?;
        if self.nanosecond == 0 {
            return Ok(());
        }
        let mut digits = 9;
        let mut fraction = self.nanosecond;
        while fraction % 10 == 0 {
            fraction /= 10;
            digits -= 1;
        }
        write!(f, ".{:0width$}", fraction, width = digits)
    }
}

impl std::str::FromStr for Time {
    type Err = ValueError;

    /// Reads a `time-val`: 14 digits, then optionally `.` and at least one
    /// digit; digits past the nanosecond are dropped.
    fn from_str(s: &str) -> Result<Time, ValueError> {
        match template::time_val(s.as_bytes(), 0) {
            Some((time, end)) if end == s.len() => Ok(time),
            _ => Err(ValueError::new(format!(
                "{s:?} is not a time-val, YYYYMMDDHHMMSS[.F], in the years 0001 to 9999"
            ))),
        }
    }
}

/// The error of a formatter, of [`format_reply`] and of reading a [`Time`]:
/// a value that cannot be written into a reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueError {
    message: String,
}

impl ValueError {
    fn new(message: String) -> ValueError {
        ValueError { message }
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad value: {}", self.message)
    }
}

impl Error for ValueError {}

/// The typed formatters and parsers share this engine: each reads its
/// template from a constant of segments. The rules are those of the table's
/// `template` key, the same in every language ftpcodegen writes. A table
/// without templates leaves it unused.
#[allow(dead_code)]
mod template {
    use super::{Time, ValueError};

    /// A run of a template: literal text or a value.
    ///
    /// A value's segment holds the parameter's name and its index among the
    /// template's parameters.
    pub(crate) enum Segment {
        Literal(&'static str),
        /// A decimal number, at most the third field.
        Uint(&'static str, usize, u64),
        /// A `time-val`.
        Time(&'static str, usize),
        /// A string between double quotes, written with each quote doubled.
        Quoted(&'static str, usize),
        /// A string that may not contain the third field (if not empty),
        /// the literal text that follows it before the end of the template.
        String(&'static str, usize, &'static str),
    }

    /// A template: its segments and the number of its parameters.
    pub(crate) struct Template {
        pub(crate) params: usize,
        pub(crate) segments: &'static [Segment],
        /// The segments from the first value to the last, with the quotes
        /// of a quoted value at either end, which a lenient parser searches
        /// the text for; empty when the template is not lenient.
        pub(crate) core: &'static [Segment],
        /// Whether the core starts with a number or a time, so that the
        /// search skips the places right after a digit: a core that starts
        /// in the middle of a number would read the number's tail.
        pub(crate) after_digit: bool,
    }

    /// A value to write.
    pub(crate) enum Value<'a> {
        Uint(u64),
        Time(Time),
        Str(&'a str),
    }

    /// A value read.
    #[derive(Clone)]
    pub(crate) enum Parsed {
        Uint(u64),
        Time(Time),
        Str(String),
    }

    /// Writes the template with the values, one per parameter.
    pub(crate) fn render(t: &Template, values: &[Value<'_>]) -> Result<String, ValueError> {
        let mut out = String::new();
        for segment in t.segments {
            let (name, value) = match segment {
                Segment::Literal(text) => {
                    out.push_str(text);
                    continue;
                }
                Segment::Uint(name, index, _)
                | Segment::Time(name, index)
                | Segment::Quoted(name, index)
                | Segment::String(name, index, _) => (name, &values[*index]),
            };
            match (segment, value) {
                (Segment::Uint(_, _, max), Value::Uint(n)) => {
                    if n > max {
                        return Err(ValueError::new(format!(
                            "{name} must be a whole number from 0 to {max}, not {n}"
                        )));
                    }
                    out.push_str(&n.to_string());
                }
                (Segment::Time(..), Value::Time(time)) => out.push_str(&time.to_string()),
                (_, Value::Str(s)) => {
                    if s.is_empty() {
                        return Err(ValueError::new(format!("{name} is empty")));
                    }
                    if s.contains(['\r', '\n', '\0']) {
                        return Err(ValueError::new(format!(
                            "{name} contains CR, LF or NUL, which would end the reply line"
                        )));
                    }
                    match segment {
                        Segment::Quoted(..) => out.push_str(&s.replace('"', "\"\"")),
                        Segment::String(_, _, stop) if !stop.is_empty() && s.contains(stop) => {
                            return Err(ValueError::new(format!(
                                "{name} contains {stop:?}, the text that follows it in the reply"
                            )));
                        }
                        _ => out.push_str(s),
                    }
                }
                _ => return Err(ValueError::new(format!("{name} has the wrong type"))),
            }
        }
        Ok(out)
    }

    /// Reads the values of a text written with the template, one per
    /// parameter, or `None` when the text does not have its shape: first
    /// the whole text against the template, then, for a lenient template,
    /// the first place in the text where its core matches.
    pub(crate) fn scan(t: &Template, text: &str) -> Option<Values> {
        let mut values = Values(vec![None; t.params]);
        if let Some(end) = matches(t.segments, text, 0, true, &mut values) {
            if end == text.len() {
                return Some(values);
            }
        }
        if t.core.is_empty() {
            return None;
        }
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            if t.after_digit && start > 0 && bytes[start - 1].is_ascii_digit() {
                continue;
            }
            let mut values = Values(vec![None; t.params]);
            if matches(t.core, text, start, false, &mut values).is_some() {
                return Some(values);
            }
        }
        None
    }

    /// The values a parser read, by parameter.
    pub(crate) struct Values(Vec<Option<Parsed>>);

    impl Values {
        pub(crate) fn uint(&self, index: usize) -> Option<u64> {
            match self.0.get(index) {
                Some(Some(Parsed::Uint(n))) => Some(*n),
                _ => None,
            }
        }

        pub(crate) fn time(&self, index: usize) -> Option<Time> {
            match self.0.get(index) {
                Some(Some(Parsed::Time(t))) => Some(*t),
                _ => None,
            }
        }

        pub(crate) fn string(&mut self, index: usize) -> Option<String> {
            match self.0.get_mut(index).and_then(Option::take) {
                Some(Parsed::Str(s)) => Some(s),
                _ => None,
            }
        }
    }

    /// Matches the segments against text from pos and returns where the
    /// match ends. With anchored, a string that the template's final
    /// literal follows ends where that literal ends the text.
    fn matches(
        segments: &[Segment],
        text: &str,
        mut pos: usize,
        anchored: bool,
        values: &mut Values,
    ) -> Option<usize> {
        let bytes = text.as_bytes();
        for (i, segment) in segments.iter().enumerate() {
            let (index, value) = match segment {
                Segment::Literal(lit) => {
                    if !bytes[pos..].starts_with(lit.as_bytes()) {
                        return None;
                    }
                    pos += lit.len();
                    continue;
                }
                Segment::Uint(_, index, max) => {
                    let end = pos
                        + bytes[pos..]
                            .iter()
                            .take_while(|b| b.is_ascii_digit())
                            .count();
                    let n: u64 = text.get(pos..end)?.parse().ok()?;
                    if n > *max {
                        return None;
                    }
                    pos = end;
                    (*index, Parsed::Uint(n))
                }
                Segment::Time(_, index) => {
                    let (time, end) = time_val(bytes, pos)?;
                    pos = end;
                    (*index, Parsed::Time(time))
                }
                Segment::Quoted(_, index) => {
                    let mut s = Vec::new();
                    let mut j = pos;
                    loop {
                        match bytes.get(j) {
                            None => return None,
                            Some(b'"') if bytes.get(j + 1) == Some(&b'"') => {
                                s.push(b'"');
                                j += 2;
                            }
                            Some(b'"') => break,
                            Some(&b) => {
                                s.push(b);
                                j += 1;
                            }
                        }
                    }
                    if s.is_empty() {
                        return None;
                    }
                    pos = j;
                    (*index, Parsed::Str(String::from_utf8(s).ok()?))
                }
                Segment::String(_, index, _) => {
                    let end = match segments.get(i + 1) {
                        None => text.len(),
                        Some(Segment::Literal(lit)) if anchored && i + 2 == segments.len() => {
                            let end = text.len().checked_sub(lit.len())?;
                            if !text.ends_with(lit) || end <= pos {
                                return None;
                            }
                            end
                        }
                        Some(Segment::Literal(lit)) => pos + text.get(pos..)?.find(lit)?,
                        Some(_) => return None,
                    };
                    if end == pos {
                        return None;
                    }
                    let s = text.get(pos..end)?.to_owned();
                    pos = end;
                    (*index, Parsed::Str(s))
                }
            };
            values.0[index] = Some(value);
        }
        Some(pos)
    }

    /// Reads a `time-val` at pos: 14 digits, then `.` and digits if a digit
    /// follows the dot, naming a real time in the years 0001 to 9999.
    pub(crate) fn time_val(bytes: &[u8], pos: usize) -> Option<(Time, usize)> {
        let digits = bytes.get(pos..pos + 14)?;
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let number = |from: usize, to: usize| {
            digits[from..to]
                .iter()
                .fold(0u16, |n, d| n * 10 + u16::from(d - b'0'))
        };
        let two = |from: usize| u8::try_from(number(from, from + 2)).unwrap_or(u8::MAX);
        let mut end = pos + 14;
        let mut nanosecond = 0u32;
        if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            end += 1;
            let mut scale = 100_000_000;
            while let Some(d) = bytes.get(end).filter(|d| d.is_ascii_digit()) {
                nanosecond += u32::from(d - b'0') * scale;
                scale /= 10;
                end += 1;
            }
        }
        let time = Time::new(
            number(0, 4),
            two(4),
            two(6),
            two(8),
            two(10),
            two(12),
            nanosecond,
        )?;
        Some((time, end))
    }
}

/// The most bytes a reply line may hold, without its line end.
pub const MAX_LINE_BYTES: usize = 8192;

/// The most lines a reply may have.
pub const MAX_REPLY_LINES: usize = 1000;

/// A reply read off a connection by [`read_reply`] or [`parse_reply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedReply {
    /// The code, from 100 to 999, whether the table knows it or not.
    pub code: ReplyCode,
    /// The text: for a single line, what follows `ddd `; for a multi-line
    /// reply, what follows `ddd-` on its first line, the lines between as
    /// they are, and what follows `ddd ` on its last line, joined with LF.
    /// Bytes that are not UTF-8 are each maximal ill-formed subsequence
    /// replaced by one U+FFFD, as [`String::from_utf8_lossy`] does.
    pub text: String,
}

/// Why [`read_reply`] or [`parse_reply`] read no reply.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplyError {
    /// The input ended within a reply or a line: a truncated reply is not a
    /// reply.
    Truncated,
    /// A first line does not start with a code from 100 to 999 followed by
    /// a space, a hyphen or the end of the line; or, for [`parse_reply`],
    /// lines follow the reply's last line, or a line holds an LF.
    NotReply,
    /// A line is longer than [`MAX_LINE_BYTES`].
    LineTooLong,
    /// A reply has more than [`MAX_REPLY_LINES`] lines.
    TooManyLines,
    /// Reading failed.
    Io(io::Error),
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::Truncated => f.write_str("the input ends within a reply"),
            ReplyError::NotReply => f.write_str(
                "not an FTP reply: a line does not start with a code from 100 to 999 and a space, \
                 a hyphen or its end",
            ),
            ReplyError::LineTooLong => {
                write!(f, "a reply line longer than {MAX_LINE_BYTES} bytes")
            }
            ReplyError::TooManyLines => write!(f, "a reply of more than {MAX_REPLY_LINES} lines"),
            ReplyError::Io(err) => write!(f, "reading a reply: {err}"),
        }
    }
}

impl Error for ReplyError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ReplyError::Io(err) => Some(err),
            _ => None,
        }
    }
}

impl From<io::Error> for ReplyError {
    fn from(err: io::Error) -> ReplyError {
        ReplyError::Io(err)
    }
}

/// Writes a reply for the wire, its lines ended with CRLF.
///
/// A message without a line feed becomes one line, as
/// `227 Entering Passive Mode (...).`. A message with line feeds becomes a
/// multi-line reply (RFC 959, section 4.2): its first line `211-First`, the
/// lines between as they are, except that one that begins with a digit
/// gets a leading space, so that no line of the message can read as a
/// reply of its own, and its last line `211 End`. The code must be from 100
/// to 999, and the message must not contain CR or NUL.
///
/// ```
/// use ftpcodes::{format_reply, ReplyCode};
///
/// let code = ReplyCode::try_from(211).unwrap();
/// let wire = format_reply(code, "Features:\n MDTM\nEnd").unwrap();
/// assert_eq!(wire, "211-Features:\r\n MDTM\r\n211 End\r\n");
/// assert!(format_reply(code, "a\r\n221 forged").is_err());
/// ```
pub fn format_reply(code: ReplyCode, message: &str) -> Result<String, ValueError> {
    if !(100..=999).contains(&code.0) {
        return Err(ValueError::new(format!(
            "reply code {} is not three digits from 100 to 999",
            code.0
        )));
    }
    if message.contains(['\r', '\0']) {
        return Err(ValueError::new(
            "the message contains CR or NUL; separate lines with LF alone".to_owned(),
        ));
    }
    let lines: Vec<&str> = message.split('\n').collect();
    let mut out = String::with_capacity(message.len() + 6 * lines.len());
    let last = lines.len() - 1;
    for (i, line) in lines.iter().enumerate() {
        if i == last {
            out.push_str(&format!("{} {line}\r\n", code.0));
        } else if i == 0 {
            out.push_str(&format!("{}-{line}\r\n", code.0));
        } else if line.starts_with(|c: char| c.is_ascii_digit()) {
            out.push_str(&format!(" {line}\r\n"));
        } else {
            out.push_str(&format!("{line}\r\n"));
        }
    }
    Ok(out)
}

/// Reads one complete reply from its lines, each the bytes of a line as
/// read off a connection up to its LF, without the LF. It gives what
/// [`read_reply`] gives for the lines, each followed by an LF, when they
/// are one reply and nothing more: one CR at the end of a line is dropped
/// and any other CR is text, and the same limits hold.
///
/// ```
/// use ftpcodes::parse_reply;
///
/// let reply = parse_reply(&["230-Welcome", "230 Logged in"]).unwrap();
/// assert_eq!((reply.code.as_u32(), reply.text.as_str()), (230, "Welcome\nLogged in"));
/// assert!(parse_reply(&["211-a"]).is_err());
/// ```
pub fn parse_reply<L: AsRef<[u8]>>(lines: &[L]) -> Result<ParsedReply, ReplyError> {
    let mut assembler = Assembler::default();
    for (i, line) in lines.iter().enumerate() {
        let line = line.as_ref();
        if line.contains(&b'\n') {
            return Err(ReplyError::NotReply);
        }
        if line.len() > MAX_LINE_BYTES + 1 {
            return Err(ReplyError::LineTooLong);
        }
        if let Some(reply) = assembler.line(drop_cr(line))? {
            if i + 1 != lines.len() {
                return Err(ReplyError::NotReply);
            }
            return Ok(reply);
        }
    }
    Err(ReplyError::Truncated)
}

/// Reads one reply off a connection, and no further than its last line.
///
/// It returns `Ok(None)` at a clean end of the input, when no byte follows
/// the last complete reply. The framing is RFC 959's, over bytes: a line
/// ends at LF, and one CR right before it is dropped; any other CR is text,
/// never a line break. A line may hold at most [`MAX_LINE_BYTES`] bytes and
/// a reply at most [`MAX_REPLY_LINES`] lines, so that a server cannot make
/// it read without bound; it holds at most about one line in memory,
/// besides the text. On an error the connection is best closed: where the
/// next reply would start is unknown.
///
/// ```
/// use ftpcodes::{read_reply, ReplyCode};
/// use std::io::BufReader;
///
/// let mut conn = BufReader::new(&b"150 ok\r226 done\r\n"[..]);
/// let reply = read_reply(&mut conn).unwrap().unwrap();
/// assert_eq!(reply.code.as_u32(), 150);
/// assert_eq!(reply.text, "ok\r226 done");
/// assert!(read_reply(&mut conn).unwrap().is_none());
/// ```
pub fn read_reply<R: BufRead + ?Sized>(reader: &mut R) -> Result<Option<ParsedReply>, ReplyError> {
    let mut assembler = Assembler::default();
    let mut line = Vec::new();
    loop {
        line.clear();
        if !read_line(reader, &mut line)? {
            if line.is_empty() && assembler.code == 0 {
                return Ok(None);
            }
            return Err(ReplyError::Truncated);
        }
        if let Some(reply) = assembler.line(drop_cr(&line))? {
            return Ok(Some(reply));
        }
    }
}

/// Reads the bytes up to the next LF into line, and consumes that LF. It
/// returns false when the input ends first, and fails as soon as more than
/// `MAX_LINE_BYTES` + 1 bytes are pending without an LF.
fn read_line<R: BufRead + ?Sized>(reader: &mut R, line: &mut Vec<u8>) -> Result<bool, ReplyError> {
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(ReplyError::Io(err)),
        };
        if available.is_empty() {
            return Ok(false);
        }
        let (taken, found) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (available.len(), false),
        };
        if line.len() + taken > MAX_LINE_BYTES + 1 {
            return Err(ReplyError::LineTooLong);
        }
        line.extend_from_slice(&available[..taken]);
        reader.consume(taken + usize::from(found));
        if found {
            return Ok(true);
        }
    }
}

/// Drops one CR at the end of a line.
fn drop_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Assembles a reply from its lines.
#[derive(Default)]
struct Assembler {
    /// The code of the multi-line reply being read; 0 before its first line.
    code: u32,
    /// Its text so far, a part per line.
    parts: Vec<String>,
}

impl Assembler {
    /// Takes the next line's content; returns the reply it completes.
    fn line(&mut self, line: &[u8]) -> Result<Option<ParsedReply>, ReplyError> {
        if line.len() > MAX_LINE_BYTES {
            return Err(ReplyError::LineTooLong);
        }
        let start = reply_start(line);
        if self.code == 0 {
            return match start {
                None => Err(ReplyError::NotReply),
                Some((code, b'-')) => {
                    self.code = code;
                    self.parts.push(decode(&line[4..]));
                    Ok(None)
                }
                Some((code, _)) => Ok(Some(ParsedReply {
                    code: ReplyCode(code),
                    text: decode(line.get(4..).unwrap_or_default()),
                })),
            };
        }
        if let Some((code, separator)) = start {
            if code == self.code && separator != b'-' {
                self.parts.push(decode(line.get(4..).unwrap_or_default()));
                return Ok(Some(ParsedReply {
                    code: ReplyCode(code),
                    text: self.parts.join("\n"),
                }));
            }
        }
        self.parts.push(decode(line));
        if self.parts.len() == MAX_REPLY_LINES {
            return Err(ReplyError::TooManyLines);
        }
        Ok(None)
    }
}

/// Reads `ddd`, `ddd ` or `ddd-` at the start of a line, the code from 100
/// to 999: the code and the separator, 0 for a line of the code alone.
fn reply_start(line: &[u8]) -> Option<(u32, u8)> {
    let separator = match line.get(3) {
        None => 0,
        Some(&b) if b == b' ' || b == b'-' => b,
        Some(_) => return None,
    };
    match line.get(..3)? {
        &[a @ b'1'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => Some((
            u32::from(a - b'0') * 100 + u32::from(b - b'0') * 10 + u32::from(c - b'0'),
            separator,
        )),
        _ => None,
    }
}

/// Decodes a line's bytes as UTF-8, each maximal ill-formed subsequence
/// replaced by one U+FFFD, as the Unicode Standard recommends.
fn decode(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
