package io.github.ftpcodes;

/** The type of an MLSx fact's value. */
public enum FactType {
    /** One or more ASCII digits, at most 2^53 - 1, as size. */
    UINT,
    /** A time-val in the years 0001 to 9999, as modify. */
    TIME,
    /** Any text, as type or UNIX.mode. */
    STRING
}
