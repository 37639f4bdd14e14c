package io.github.ftpcodes;

import java.nio.charset.StandardCharsets;

/**
 * Command lines on the wire (RFC 959 section 5.3): written by clients so
 * that no argument can inject a second command, read by servers. The
 * arguments of OPTS (RFC 2389 section 4) are here too.
 */
public final class Commands {
    private Commands() {
    }

    /**
     * Writes a command line for the wire: the command's verb (the verb of the
     * command an alias names), each argument after one space, and CRLF. An
     * argument may hold spaces, as a path may.
     *
     * <p>It refuses, in this order: no argument for a command that needs one
     * ({@link WireException.Kind#MISSING_ARGUMENT}); an argument for a
     * command that takes none ({@link WireException.Kind#UNEXPECTED_ARGUMENT});
     * an argument that is empty or holds CR, LF or NUL
     * ({@link WireException.Kind#BAD_ARGUMENT}: RFC 959's {@code <char>} is
     * any ASCII character but CR and LF, and a NUL cuts a C server's string
     * short), which keeps a file name from injecting a second command; a line
     * longer than {@link ReplyReader#MAX_LINE_BYTES} bytes
     * ({@link WireException.Kind#LINE_TOO_LONG}).
     *
     * @param command the command
     * @param arguments its arguments
     * @return the line, CRLF included
     * @throws WireException for a line that cannot be written
     */
    public static String formatCommand(FtpCommand command, String... arguments) {
        if (arguments.length == 0 && command.argument() == Argument.REQUIRED) {
            throw new WireException(WireException.Kind.MISSING_ARGUMENT,
                    command.verb() + " needs an argument (" + command.syntax() + ")");
        }
        if (arguments.length > 0 && command.argument() == Argument.NONE) {
            throw new WireException(WireException.Kind.UNEXPECTED_ARGUMENT,
                    command.verb() + " takes no argument (" + command.syntax() + ")");
        }
        StringBuilder line = new StringBuilder(command.verb());
        for (int i = 0; i < arguments.length; i++) {
            String a = arguments[i];
            if (a.isEmpty() || holdsLineBreak(a)) {
                throw new WireException(WireException.Kind.BAD_ARGUMENT,
                        "argument " + (i + 1) + " of " + command.verb()
                                + " is empty or holds CR, LF or NUL");
            }
            line.append(' ').append(a);
        }
        int length = line.toString().getBytes(StandardCharsets.UTF_8).length;
        if (length > ReplyReader.MAX_LINE_BYTES) {
            throw new WireException(
                    WireException.Kind.LINE_TOO_LONG,
                    "the " + command.verb() + " line is " + length + " bytes, more than "
                            + ReplyReader.MAX_LINE_BYTES);
        }
        return line.append("\r\n").toString();
    }

    /**
     * Reads a command line, for servers. A final LF is dropped, and one CR
     * before it. The rest is refused when it is longer than
     * {@link ReplyReader#MAX_LINE_BYTES} bytes
     * ({@link WireException.Kind#LINE_TOO_LONG}) or holds CR, LF or NUL
     * ({@link WireException.Kind#BAD_CHARACTER}). The verb is what comes
     * before the first space, the argument everything after it, further
     * spaces included (RFC 3659 section 2.2: "Any additional spaces form part
     * of the pathname"). The verb is found as
     * {@link FtpCommand#fromVerb(String)} finds it; a verb the table lacks is
     * no error. Whether the argument agrees with the command's
     * {@link Argument} is the server's to check.
     *
     * @param line the line, with or without its line end
     * @return the command line
     * @throws WireException for a line too long or holding CR, LF or NUL
     */
    public static ParsedCommand parseCommand(String line) {
        if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
        }
        int length = line.getBytes(StandardCharsets.UTF_8).length;
        if (length > ReplyReader.MAX_LINE_BYTES) {
            throw new WireException(WireException.Kind.LINE_TOO_LONG,
                    "a command line of " + length + " bytes, more than "
                            + ReplyReader.MAX_LINE_BYTES);
        }
        if (holdsLineBreak(line)) {
            throw new WireException(
                    WireException.Kind.BAD_CHARACTER, "the command line holds CR, LF or NUL");
        }
        int sp = line.indexOf(' ');
        String verb = sp < 0 ? line : line.substring(0, sp);
        String argument = sp < 0 ? "" : line.substring(sp + 1);
        return new ParsedCommand(FtpCommand.fromVerb(verb), verb, argument);
    }

    private static boolean holdsLineBreak(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\0') >= 0;
    }

    /**
     * Writes the argument of OPTS (RFC 2389 section 4): the command name
     * alone, or the name, a space and the options. Pass it to
     * {@link #formatCommand(FtpCommand, String...)}.
     *
     * @param name the command name: one or more visible ASCII characters
     * @param options the options: visible ASCII characters, spaces and tabs,
     *     not starting or ending with a space or tab; empty for none
     * @return the argument
     * @throws WireException ({@link WireException.Kind#BAD_ARGUMENT}) for a
     *     name or options RFC 2389 does not allow
     */
    public static String formatOptsArgument(String name, String options) {
        if (name.isEmpty() || !Features.vchars(name) || !Features.tchars(options)) {
            throw new WireException(
                    WireException.Kind.BAD_ARGUMENT,
                    "OPTS " + name + " " + options + ": the name must be visible ASCII characters, "
                            + "the options also spaces and tabs inside");
        }
        return options.isEmpty() ? name : name + " " + options;
    }

    /**
     * Reads the argument of OPTS: the command name, up to the first space,
     * its ASCII letters in upper case, and the options, everything after
     * that space.
     *
     * @param argument the argument
     * @return the name and the options (empty without them), or null when
     *     the name is empty
     */
    public static Feature parseOptsArgument(String argument) {
        int sp = argument.indexOf(' ');
        String name = sp < 0 ? argument : argument.substring(0, sp);
        if (name.isEmpty()) {
            return null;
        }
        return new Feature(Features.upper(name), sp < 0 ? "" : argument.substring(sp + 1));
    }
}
