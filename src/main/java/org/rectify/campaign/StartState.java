package org.rectify.campaign;

/** The start of a campaign as the API reports it. */
public enum StartState {
    NOT_STARTED("未启动 Not started"),
    STARTING("启动中 Starting"),
    STARTED("已启动 Started");

    private final String displayName;

    StartState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
