package org.rectify.enterprise;

/** What the joint review decides for an enterprise (DOMAIN.md). */
public enum Disposition {
    COMPLIANT("符合要求 Compliant"),
    RECTIFY_IN_PLACE("原地整治提升 Rectify in place"),
    OBTAIN_APPROVALS("补办环保/安全审批手续 Obtain approvals"),
    ADJUST_LICENCE_SCOPE("工商调整化工项目 Adjust licence scope"),
    RELOCATE_TO_PARK("搬迁入园 Relocate to a chemical park"),
    CLOSE("关闭淘汰 Close"),
    ALREADY_STOPPED("实际停产、歇业 Already stopped"),
    CONVERT_TO_SERVICES("退二进三 Convert to services"),
    ELIMINATE_LINES("淘汰部分落后生产线 Eliminate some lines"),
    PENDING("待定 Pending");

    private final String displayName;

    Disposition(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Every disposition but compliance sets work with a deadline. */
    public boolean needsDeadline() {
        return this != COMPLIANT;
    }

    public static Disposition parse(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(field + ": a disposition is required");
        }
        try {
            return valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown disposition '" + value + "'");
        }
    }
}
