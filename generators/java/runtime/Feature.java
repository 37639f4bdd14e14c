package io.github.ftpcodes;

import java.util.Objects;

/**
 * One line of a FEAT reply (RFC 2389 section 3.2): a feature's name and its
 * parameters; also an OPTS argument's command name and options
 * ({@link Commands#parseOptsArgument(String)}).
 */
public final class Feature {
    private final String name;
    private final String params;

    /**
     * Creates the feature.
     *
     * @param name the name, as "MLST"
     * @param params the parameters, as "size*;modify*;", empty for none
     */
    public Feature(String name, String params) {
        this.name = Objects.requireNonNull(name, "name");
        this.params = Objects.requireNonNull(params, "params");
    }

    /**
     * Returns the name: {@link Features#parse(String)} gives it in upper case.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the parameters, as written.
     *
     * @return the parameters, empty when there are none
     */
    public String params() {
        return params;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Feature
                && name.equals(((Feature) o).name)
                && params.equals(((Feature) o).params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, params);
    }

    /** Returns the feature as a FEAT reply's line writes it, without the leading space. */
    @Override
    public String toString() {
        return params.isEmpty() ? name : name + " " + params;
    }
}
