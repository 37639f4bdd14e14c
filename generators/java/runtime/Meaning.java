package io.github.ftpcodes;

import java.util.Objects;

/** What one source says a reply code means. */
public final class Meaning {
    private final String text;
    private final String description;
    private final String template;
    private final Status status;
    private final int rfc;
    private final String section;
    private final String source;

    /**
     * Creates a meaning.
     *
     * @param text the reply text
     * @param description what the reply means
     * @param template the wire form of a text that carries values, or null
     * @param status how standard the meaning is
     * @param rfc the RFC that defines it, or 0
     * @param section the section of the defining document, or null
     * @param source where a non-standard meaning comes from, or null
     */
    public Meaning(
            String text,
            String description,
            String template,
            Status status,
            int rfc,
            String section,
            String source) {
        this.text = Objects.requireNonNull(text, "text");
        this.description = Objects.requireNonNull(description, "description");
        this.template = template;
        this.status = Objects.requireNonNull(status, "status");
        this.rfc = rfc;
        this.section = section;
        this.source = source;
    }

    /**
     * Returns the reply text.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns what the reply means.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the wire form of a text that carries values, as
     * "Entering Passive Mode ({h1},{h2},{h3},{h4},{p1},{p2}).".
     *
     * @return the template, or null when the text carries no values
     */
    public String template() {
        return template;
    }

    /**
     * Returns how standard the meaning is.
     *
     * @return the status
     */
    public Status status() {
        return status;
    }

    /**
     * Returns the RFC that defines the meaning.
     *
     * @return its number, or 0 when no RFC defines it
     */
    public int rfc() {
        return rfc;
    }

    /**
     * Returns the section of the document that defines the meaning.
     *
     * @return the section, as "4.2.2", or null
     */
    public String section() {
        return section;
    }

    /**
     * Returns where a non-standard meaning comes from.
     *
     * @return the source, or null
     */
    public String source() {
        return source;
    }
}
