package org.rectify.enterprise;

/** How a case ended. */
public enum CaseOutcome {
    COMPLIANT("符合要求 Compliant"),
    UPGRADED("原地整治提升完成 Upgraded in place"),
    CLOSED("已关闭 Closed"),
    RELOCATED("已搬迁入园 Relocated to a park"),
    CONVERTED("已退二进三 Converted to services"),
    LICENCE_AMENDED("已变更经营范围 Licence scope amended");

    private final String displayName;

    CaseOutcome(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The outcome of a case whose disposition's path has run to its end. */
    public static CaseOutcome of(Disposition disposition) {
        return switch (disposition) {
            case COMPLIANT -> COMPLIANT;
            case CLOSE, ALREADY_STOPPED -> CLOSED;
            case RELOCATE_TO_PARK -> RELOCATED;
            case CONVERT_TO_SERVICES -> CONVERTED;
            case ADJUST_LICENCE_SCOPE -> LICENCE_AMENDED;
            case RECTIFY_IN_PLACE, OBTAIN_APPROVALS, ELIMINATE_LINES -> UPGRADED;
            case PENDING -> throw new IllegalStateException("a pending case has no outcome yet");
        };
    }
}
