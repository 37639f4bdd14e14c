package io.github.ftpcodes;

import java.util.List;

/**
 * A reply real servers send, to one command or to any, that the command's
 * documents do not list, with where each server sends it.
 */
public final class ObservedReply {
    private final int code;
    private final List<Evidence> evidence;

    /**
     * Creates an observed reply.
     *
     * @param code the reply's code
     * @param evidence where servers send it
     */
    public ObservedReply(int code, List<Evidence> evidence) {
        this.code = code;
        this.evidence = List.copyOf(evidence);
    }

    /**
     * Returns the reply's code.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * Returns where servers send the reply, by server, then file and line.
     *
     * @return the evidence, unmodifiable
     */
    public List<Evidence> evidence() {
        return evidence;
    }
}
