package io.github.ftpcodes;

import java.util.Objects;

/** One place in a real FTP server's source that sends a reply. */
public final class Evidence {
    private final String server;
    private final String at;

    /**
     * Creates the evidence.
     *
     * @param server the server and its version, as "vsftpd 3.0.3"
     * @param at the file and line in its source, as "postlogin.c:453"
     */
    public Evidence(String server, String at) {
        this.server = Objects.requireNonNull(server, "server");
        this.at = Objects.requireNonNull(at, "at");
    }

    /**
     * Returns the server and its version.
     *
     * @return the server, as "vsftpd 3.0.3"
     */
    public String server() {
        return server;
    }

    /**
     * Returns the file and line in the server's source.
     *
     * @return the position, as "postlogin.c:453"
     */
    public String at() {
        return at;
    }

    /** Returns the server and the position, as "vsftpd 3.0.3 postlogin.c:453". */
    @Override
    public String toString() {
        return server + " " + at;
    }
}
