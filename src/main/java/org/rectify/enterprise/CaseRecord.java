package org.rectify.enterprise;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a case file: something recorded on the case, in its section and on the case's
 * timeline. {@code label} and {@code text} are what a reader sees (Chinese first); {@code kind} and
 * {@code details} are for clients; {@code by} is null for a reader who may not see officials' ids;
 * {@code href} links a document's download.
 */
public record CaseRecord(Section section, Instant at, String kind, String label, String text, String by,
                         Map<String, Object> details, String href) {

    /** The sections of a case file, in the order a case runs through them. */
    public enum Section {
        OPENING("立案 Case opened"),
        SURVEY("调查摸底 Survey"),
        REVIEW("联合会审 Joint review"),
        DECISIONS("决定 Decisions"),
        COMMITMENT("承诺 Commitment"),
        DIAGNOSIS("设计诊断 Diagnosis"),
        HAZARDS("隐患 Hazards"),
        RECTIFICATION("整改 Rectification"),
        EVALUATION("安全评价 Safety evaluation"),
        ACCEPTANCE("现场验收 On-site acceptance"),
        CLOSURE("关闭 Closure"),
        LICENCE("证照 Licence"),
        RELOCATION("搬迁 Relocation"),
        LAND("土地和建筑 Land and structures"),
        DEADLINES("期限和督办 Deadlines and escalations"),
        DOCUMENTS("文档 Documents"),
        END("办结 Case ended");

        private final String displayName;

        Section(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** A decision that sets the case's disposition: its details name the disposition and its label. */
    public static Map<String, Object> decision(String decisionKind, Disposition disposition, String reason) {
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("decisionKind", decisionKind);
        details.put("disposition", disposition == null ? null : disposition.name());
        details.put("dispositionLabel", disposition == null ? null : disposition.displayName());
        details.put("reason", reason);
        return details;
    }
}
