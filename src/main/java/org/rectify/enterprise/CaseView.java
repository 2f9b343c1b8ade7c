package org.rectify.enterprise;

/**
 * How much of a case its reader sees. Agencies and offices see the whole record; the enterprise
 * and the firms it hired see what is addressed to them: no internal opinions, no officials' user ids.
 */
public enum CaseView {
    FULL,
    EXTERNAL;

    /** " by &lt;user&gt;" for an internal reader, nothing for an external one. */
    public String by(String userId) {
        return this == FULL && userId != null ? " " + userId : "";
    }

    /** The user id itself for an internal reader, null for an external one. */
    public String who(String userId) {
        return this == FULL ? userId : null;
    }
}
