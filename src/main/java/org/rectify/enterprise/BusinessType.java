package org.rectify.enterprise;

public enum BusinessType {
    PRODUCER("化工生产企业 Producer"),
    DISTRIBUTOR("化工流通企业 Distributor");

    private final String displayName;

    BusinessType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
