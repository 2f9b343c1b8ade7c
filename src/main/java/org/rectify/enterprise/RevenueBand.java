package org.rectify.enterprise;

/** Annual revenue bands used in the survey figures. */
public enum RevenueBand {
    ABOVE_5M("500万元以上 Above 5 M yuan"),
    FROM_2M_TO_5M("200—500万元 2 to 5 M yuan"),
    BELOW_2M("200万元以下 Below 2 M yuan");

    private final String displayName;

    RevenueBand(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
