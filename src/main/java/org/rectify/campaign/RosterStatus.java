package org.rectify.campaign;

/** Where an enterprise on the roster stands with respect to its case. */
public enum RosterStatus {
    PENDING("待立案 Not started"),
    QUEUED("排队立案 Queued for start"),
    STARTED("已立案 Case opened");

    private final String displayName;

    RosterStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
