package org.rectify.enterprise;

/** Where a case stands; the process instance is the authority, this is its readable mirror. */
public enum CaseStage {
    SURVEY("调查摸底 Survey"),
    JOINT_REVIEW("联合会审 Joint review"),
    DECISION("决定处置 Decision"),
    VERIFICATION("现场核查 On-site verification"),
    PENDING("待定 Pending"),
    COMMITMENT("签订承诺书 Commitment"),
    DIAGNOSIS("设计诊断 Diagnosis"),
    RECTIFICATION("实施整改 Rectification"),
    EVALUATION("安全评价 Safety evaluation"),
    ACCEPTANCE("现场验收 On-site acceptance"),
    CLOSURE("关闭核查 Closure"),
    RELOCATION("搬迁入园 Relocation"),
    LICENCE("执照处理 Licence change"),
    CLOSED("已结案 Closed");

    private final String displayName;

    CaseStage(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
