//! The runtime of the generated `ftpcodes` crate, on its own: `runtime.rs`,
//! which ftpcodegen splices into every generated `lib.rs`, with a stand-in
//! for the table: the few items of the generated code that `runtime.rs`
//! uses, for a table of three replies and two commands, one of them with a
//! verb longer than RFC 959's four letters, and what real servers send them
//! and any command.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

include!("../runtime.rs");
include!("../client.rs");

impl ReplyCode {
    /// Command okay.
    pub const COMMAND_OK: ReplyCode = ReplyCode(200);
    /// Closing data connection.
    pub const CLOSING_DATA_CONNECTION: ReplyCode = ReplyCode(226);
    /// Connection reset by peer.
    pub const CONNECTION_RESET_BY_PEER: ReplyCode = ReplyCode(10054);
}

impl Command {
    /// Retrieve a file.
    pub const RETR: Command = Command::new("RETR", 0);
    /// An alias of RETR, for the tests.
    pub const XRET: Command = Command::new("XRET", 0);
    /// Ask for the SHA-256 digest of a file.
    pub const XSHA256: Command = Command::new("XSHA256", 1);
    /// Select options for a command.
    pub const OPTS: Command = Command::new("OPTS", 2);
    /// Print the working directory.
    pub const PWD: Command = Command::new("PWD", 3);
}

impl Fact {
    /// The size of the file.
    pub const SIZE: Fact = Fact(0);
    /// When the file was last modified.
    pub const MODIFY: Fact = Fact(1);
    /// The type of the entry.
    pub const TYPE: Fact = Fact(2);
    /// The Unix permission bits.
    pub const UNIX_MODE: Fact = Fact(3);
}

static FACTS: [FactInfo; 4] = [
    FactInfo {
        name: "size",
        value_type: FactType::Uint,
        description: "The size of the file in octets; approximate, and for non-directory types.",
        status: Status::Extension,
        rfc: Some(3659),
        section: Some("7.5.7"),
        evidence: &[],
    },
    FactInfo {
        name: "modify",
        value_type: FactType::Time,
        description: "The time the file was last modified, in UTC.",
        status: Status::Extension,
        rfc: Some(3659),
        section: Some("7.5.3"),
        evidence: &[],
    },
    FactInfo {
        name: "type",
        value_type: FactType::String,
        description: "The type of the entry: file, cdir, pdir, dir, or OS.name=type.",
        status: Status::Extension,
        rfc: Some(3659),
        section: Some("7.5.1"),
        evidence: &[],
    },
    FactInfo {
        name: "UNIX.mode",
        value_type: FactType::String,
        description: "The Unix permission bits of the entry, in octal.",
        status: Status::NonStandard,
        rfc: None,
        section: None,
        evidence: &[Evidence {
            server: "ProFTPD 1.3.8",
            at: "modules/mod_facts.c:372",
        }],
    },
];

/// Returns the text of a reply code the stand-in table knows.
pub const fn reply_text(code: u32) -> Option<&'static str> {
    match code {
        200 => Some("Command okay."),
        226 => Some("Closing data connection."),
        10054 => Some("Connection reset by peer."),
        _ => None,
    }
}

static COMMANDS: [CommandInfo; 4] = [
    CommandInfo {
        verb: "RETR",
        aliases: &["XRET"],
        description: "Retrieve a file.",
        syntax: "RETR <SP> <pathname> <CRLF>",
        argument: Argument::Required,
        status: Status::Standard,
        rfc: Some(959),
        document: None,
        section: Some("4.1.3"),
        replies_section: Some("5.4"),
        preliminary: &[ReplyCode(150)],
        intermediate: &[],
        success: &[ReplyCode::CLOSING_DATA_CONNECTION],
        error: &[ReplyCode(550)],
        observed: &[ObservedReply {
            code: ReplyCode(503),
            evidence: &[
                Evidence {
                    server: "Apache MINA FtpServer 1.2.0",
                    at: "core/src/main/java/org/apache/ftpserver/command/impl/RETR.java:137",
                },
                Evidence {
                    server: "Pure-FTPd 1.0.54",
                    at: "src/ftpd.c:3301",
                },
            ],
        }],
    },
    CommandInfo {
        verb: "XSHA256",
        aliases: &[],
        description: "Ask for the SHA-256 digest of a file, or of a range of it.",
        syntax: "XSHA256 <path> [<start> <end>]",
        argument: Argument::Required,
        status: Status::NonStandard,
        rfc: None,
        document: None,
        section: None,
        replies_section: None,
        preliminary: &[],
        intermediate: &[],
        success: &[],
        error: &[],
        observed: &[],
    },
    CommandInfo {
        verb: "OPTS",
        aliases: &[],
        description: "Select options for a feature.",
        syntax: "opts = opts-cmd SP command-name [ SP command-options ] CRLF",
        argument: Argument::Required,
        status: Status::Extension,
        rfc: Some(2389),
        document: None,
        section: Some("4"),
        replies_section: Some("4"),
        preliminary: &[],
        intermediate: &[],
        success: &[ReplyCode::COMMAND_OK],
        error: &[],
        observed: &[],
    },
    CommandInfo {
        verb: "PWD",
        aliases: &[],
        description: "Print the working directory.",
        syntax: "PWD <CRLF>",
        argument: Argument::None,
        status: Status::Standard,
        rfc: Some(959),
        document: None,
        section: Some("4.1.3"),
        replies_section: Some("5.4"),
        preliminary: &[],
        intermediate: &[],
        success: &[],
        error: &[],
        observed: &[],
    },
];

/// Replies to any command.
static ANY_COMMAND_REPLIES: &[ObservedReply] = &[ObservedReply {
    code: ReplyCode(500),
    evidence: &[Evidence {
        server: "FileZilla Server 1.9.4",
        at: "src/filezilla/ftp/commander.cpp:429",
    }],
}];

/// The length of the longest verb or alias.
const LONGEST_VERB: usize = 7;

static VERBS: [Command; 5] = [
    Command::OPTS,
    Command::PWD,
    Command::RETR,
    Command::XRET,
    Command::XSHA256,
];

fn command_by_verb(upper: &[u8]) -> Option<Command> {
    match upper {
        b"OPTS" => Some(Command::OPTS),
        b"PWD" => Some(Command::PWD),
        b"RETR" => Some(Command::RETR),
        b"XRET" => Some(Command::XRET),
        b"XSHA256" => Some(Command::XSHA256),
        _ => None,
    }
}

/// A template of every kind of segment, for the tests.
#[cfg(test)]
static TEST_TEMPLATE: template::Template = template::Template {
    params: 5,
    segments: &[
        template::Segment::Literal("N="),
        template::Segment::Uint("n", 0, 255),
        template::Segment::Literal(" T="),
        template::Segment::Time("t", 1),
        template::Segment::Literal(" \""),
        template::Segment::Quoted("q", 2),
        template::Segment::Literal("\" S="),
        template::Segment::String("s", 3, ";"),
        template::Segment::Literal(";"),
        template::Segment::String("rest", 4, ""),
    ],
    core: &[],
    after_digit: false,
};

#[cfg(test)]
mod tests;
