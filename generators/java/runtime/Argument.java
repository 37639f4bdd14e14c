package io.github.ftpcodes;

/**
 * Whether a command takes an argument, as its syntax says: RFC 959 (section
 * 5.3) writes an optional argument in square brackets.
 */
public enum Argument {
    /** The command takes no argument, as {@code PWD <CRLF>}. */
    NONE,
    /** The argument may be left out, as {@code LIST [<SP> <pathname>] <CRLF>}. */
    OPTIONAL,
    /** The command needs an argument, as {@code RETR <SP> <pathname> <CRLF>}. */
    REQUIRED
}
