package org.rectify.campaign;

/** The government level that runs a campaign and whose area it covers. */
public enum CampaignLevel {
    TOWN("镇（街道） Town"),
    DISTRICT("区 District"),
    COUNTY("县 County"),
    CITY("市 City");

    private final String displayName;

    CampaignLevel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
