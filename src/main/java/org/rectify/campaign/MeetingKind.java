package org.rectify.campaign;

/** The meetings the summary reports name: 4 月 30 日 mobilisation, 5 月 5 日 progress meeting, ... */
public enum MeetingKind {
    MOBILISATION("动员部署会 Mobilisation meeting"),
    PROGRESS("推进会 Progress meeting"),
    COORDINATION("协调会 Coordination meeting"),
    JOINT_REVIEW("会审会 Joint review meeting"),
    ACCEPTANCE("验收部署会 Acceptance briefing"),
    SUMMARY("总结会 Summary meeting"),
    OTHER("其他会议 Other meeting");

    private final String displayName;

    MeetingKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
