package org.rectify.deadline;

/** What the district office did about an overdue task (the 督办 form's choice). */
public enum EscalationOutcome {
    URGED("督促办理 Urged the agency"),
    EXTENDED("延长期限 Extended the deadline"),
    REASSIGNED("改派 Reassigned the task"),
    REFERRED_UPWARD("上报领导小组 Referred to the leading group");

    private final String label;

    EscalationOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
