package org.rectify.rectification;

/** The five areas a safety-facility design diagnosis covers (DOMAIN.md stage 5). */
public enum HazardArea {
    GENERAL_LAYOUT("总图布置 General layout"),
    EQUIPMENT_LAYOUT("设备布置 Equipment layout"),
    PROCESS_PIPING("工艺管道 Process piping"),
    ALARM_FACILITIES("报警设施 Alarm facilities"),
    AUTOMATION("自动化改造 Automation");

    private final String displayName;

    HazardArea(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
