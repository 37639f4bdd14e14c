// A stand-in for the generated FtpFact, for compiling runtime/ on its own
// (java_test.go's TestRuntime): the members the runtime uses.
package io.github.ftpcodes;

/** Facts. */
public enum FtpFact {
    /** The size. */
    SIZE("size", FactType.UINT);

    private final String factName;
    private final FactType type;

    FtpFact(String factName, FactType type) {
        this.factName = factName;
        this.type = type;
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String factName() {
        return factName;
    }

    /**
     * Returns the type.
     *
     * @return the type
     */
    public FactType type() {
        return type;
    }

    /**
     * Finds a fact.
     *
     * @param name the name
     * @return the fact, or null
     */
    public static FtpFact fromName(String name) {
        return "size".equalsIgnoreCase(name) ? SIZE : null;
    }
}
