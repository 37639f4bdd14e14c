//! The runtime of the generated `ftpcodes` crate, on its own: `runtime.rs`,
//! which ftpcodegen splices into every generated `lib.rs`, with a stand-in
//! for the table: the few items of the generated code that `runtime.rs`
//! uses, for a table of three replies and one command.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

include!("../runtime.rs");

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
}

/// Returns the text of a reply code the stand-in table knows.
pub const fn reply_text(code: u32) -> Option<&'static str> {
    match code {
        200 => Some("Command okay."),
        226 => Some("Closing data connection."),
        10054 => Some("Connection reset by peer."),
        _ => None,
    }
}

static COMMANDS: [CommandInfo; 1] = [CommandInfo {
    verb: "RETR",
    aliases: &["XRET"],
    description: "Retrieve a file.",
    syntax: "RETR <SP> <pathname> <CRLF>",
    status: Status::Standard,
    rfc: Some(959),
    section: Some("4.1.3"),
    replies_section: Some("5.4"),
    preliminary: &[ReplyCode(150)],
    intermediate: &[],
    success: &[ReplyCode::CLOSING_DATA_CONNECTION],
    error: &[ReplyCode(550)],
}];

static VERBS: [Command; 2] = [Command::RETR, Command::XRET];

fn command_by_verb(upper: &[u8]) -> Option<Command> {
    match upper {
        b"RETR" => Some(Command::RETR),
        b"XRET" => Some(Command::XRET),
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
};

#[cfg(test)]
mod tests;
