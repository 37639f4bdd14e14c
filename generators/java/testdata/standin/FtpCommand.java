// A stand-in for the generated FtpCommand, for compiling runtime/ on its
// own (java_test.go's TestRuntime): the members the runtime uses.
package io.github.ftpcodes;

/** Commands. */
public enum FtpCommand {
    /** Retrieve a file. */
    RETR("RETR", "RETR <SP> <pathname> <CRLF>", Argument.REQUIRED);

    private final String verb;
    private final String syntax;
    private final Argument argument;

    FtpCommand(String verb, String syntax, Argument argument) {
        this.verb = verb;
        this.syntax = syntax;
        this.argument = argument;
    }

    /**
     * Returns the verb.
     *
     * @return the verb
     */
    public String verb() {
        return verb;
    }

    /**
     * Returns the syntax.
     *
     * @return the syntax
     */
    public String syntax() {
        return syntax;
    }

    /**
     * Returns whether the command takes an argument.
     *
     * @return the argument
     */
    public Argument argument() {
        return argument;
    }

    /**
     * Finds a command.
     *
     * @param verb the verb
     * @return the command, or null
     */
    public static FtpCommand fromVerb(String verb) {
        return "RETR".equals(verb) ? RETR : null;
    }
}
