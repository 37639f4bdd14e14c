package io.github.ftpcodes;

import java.util.Objects;

/**
 * A command line as a server reads it with
 * {@link Commands#parseCommand(String)}: the command, or for a verb the table
 * lacks only the verb, and the argument.
 */
public final class ParsedCommand {
    private final FtpCommand command;
    private final String verb;
    private final String argument;

    ParsedCommand(FtpCommand command, String verb, String argument) {
        this.command = command;
        this.verb = verb;
        this.argument = argument;
    }

    /**
     * Returns the command: the one an alias names, for an alias.
     *
     * @return the command, or null for a verb the table lacks
     */
    public FtpCommand command() {
        return command;
    }

    /**
     * Returns the verb as written, before the first space.
     *
     * @return the verb, possibly empty
     */
    public String verb() {
        return verb;
    }

    /**
     * Returns the argument: everything after the first space, exactly.
     *
     * @return the argument, empty without one
     */
    public String argument() {
        return argument;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ParsedCommand)) {
            return false;
        }
        ParsedCommand p = (ParsedCommand) o;
        return command == p.command && verb.equals(p.verb) && argument.equals(p.argument);
    }

    @Override
    public int hashCode() {
        return Objects.hash(command, verb, argument);
    }

    /** Returns the verb and the argument, as they were written. */
    @Override
    public String toString() {
        return argument.isEmpty() ? verb : verb + " " + argument;
    }
}
