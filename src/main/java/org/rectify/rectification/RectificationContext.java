package org.rectify.rectification;

import static org.rectify.rectification.RectificationVariables.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rectify.enterprise.CaseContextContributor;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.stereotype.Component;

/** What the upgrade tasks show read-only: the firms, the report, the hazards and the rounds so far. */
@Component
class RectificationContext implements CaseContextContributor {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final String NONE = "（暂无 None yet）";

    private final UpgradeService upgrades;
    private final HazardRegister hazards;
    private final IntermediaryRegister firms;

    RectificationContext(UpgradeService upgrades, HazardRegister hazards, IntermediaryRegister firms) {
        this.upgrades = upgrades;
        this.hazards = hazards;
        this.firms = firms;
    }

    @Override
    public Map<String, CaseStage> stagesByActivity() {
        return Map.of(
                ACTIVITY_SIGN_COMMITMENT, CaseStage.COMMITMENT,
                ACTIVITY_DIAGNOSE, CaseStage.DIAGNOSIS,
                ACTIVITY_AGREE_PLAN, CaseStage.DIAGNOSIS,
                ACTIVITY_RECTIFY, CaseStage.RECTIFICATION,
                ACTIVITY_EVALUATE, CaseStage.EVALUATION,
                ACTIVITY_ACCEPT, CaseStage.ACCEPTANCE,
                ACTIVITY_DECIDE_AFTER_ROUNDS, CaseStage.ACCEPTANCE);
    }

    @Override
    public Map<String, String> summaries(EnterpriseCase enterpriseCase, Set<String> wanted, CaseView view) {
        Map<String, String> summaries = new HashMap<>();
        if (wanted.contains(FIRMS_SUMMARY)) {
            summaries.put(FIRMS_SUMMARY, cap(firmsSummary()));
        }
        if (wanted.contains(HAZARD_SUMMARY)) {
            summaries.put(HAZARD_SUMMARY, cap(hazardSummary(enterpriseCase.getId())));
        }
        if (wanted.contains(UPGRADE_SUMMARY) || wanted.contains(REPORT_SUMMARY)) {
            UpgradeService.UpgradeRecord record = upgrades.record(enterpriseCase.getId());
            if (wanted.contains(UPGRADE_SUMMARY)) {
                summaries.put(UPGRADE_SUMMARY, cap(upgradeSummary(record, view)));
            }
            if (wanted.contains(REPORT_SUMMARY)) {
                summaries.put(REPORT_SUMMARY, cap(reportSummary(record, view)));
            }
        }
        return summaries;
    }

    @Override
    public Map<String, List<Map<String, String>>> options(EnterpriseCase enterpriseCase, Set<String> wanted) {
        Map<String, List<Map<String, String>>> options = new HashMap<>();
        if (wanted.contains(DESIGN_FIRM_OPTIONS)) {
            options.put(DESIGN_FIRM_OPTIONS, choices(Intermediary.Kind.DESIGN_FIRM));
        }
        if (wanted.contains(EVALUATION_FIRM_OPTIONS)) {
            options.put(EVALUATION_FIRM_OPTIONS, choices(Intermediary.Kind.EVALUATION_FIRM));
        }
        return options;
    }

    /** The firms of this kind that may be named today, by name, with their qualification and its validity. */
    private List<Map<String, String>> choices(Intermediary.Kind kind) {
        java.time.LocalDate day = java.time.LocalDate.now();
        return firms.ofKind(kind).stream().filter(f -> f.qualifiedOn(day))
                .map(f -> Map.of("label", f.getName() + "（" + f.getQualification() + "，有效期至 valid until "
                        + f.getCertificateExpiry() + "）", "value", String.valueOf(f.getId())))
                .toList();
    }

    /** A Camunda string variable holds 4000 characters on MySQL; the full record is in our API. */
    private static String cap(String text) {
        return text.length() <= 3990 ? text : text.substring(0, 3980) + "\n…";
    }

    private String firmsSummary() {
        java.time.LocalDate day = java.time.LocalDate.now();
        // only firms that may be named; the register API lists the rest
        List<Intermediary> all = firms.all().stream().filter(f -> f.qualifiedOn(day)).toList();
        if (all.isEmpty()) {
            return "（名录为空 The register is empty; the district office registers firms）";
        }
        return all.stream().map(f -> f.getKind().displayName() + " " + f.label())
                .collect(Collectors.joining("\n"));
    }

    private String hazardSummary(Long caseId) {
        List<Hazard> list = hazards.ofCase(caseId);
        if (list.isEmpty()) {
            return NONE;
        }
        return list.stream().map(h -> h.code() + " [" + status(h.getStatus()) + "] " + h.getArea().displayName()
                        + " / " + h.getSeverity().displayName() + " / " + h.getStandardItem() + ": " + h.getDescription())
                .collect(Collectors.joining("\n"));
    }

    private static String upgradeSummary(UpgradeService.UpgradeRecord r, CaseView view) {
        List<String> lines = new ArrayList<>();
        r.choices().forEach(c -> lines.add((c.isAtCommitment() ? "承诺书 Commitment " : "选择 Choice ")
                + WHEN.format(c.getMadeAt()) + view.by(c.getMadeBy()) + ": " + c.getChoice().displayName()
                + (c.getDesignFirmId() == null ? "" : ", 设计单位 design firm #" + c.getDesignFirmId())
                + (c.getEvaluationFirmId() == null ? "" : ", 评价机构 evaluation firm #" + c.getEvaluationFirmId())
                + (c.getNote() == null ? "" : " - " + c.getNote())));
        r.firmReports().stream().filter(FirmReport::isReturned).forEach(f -> lines.add("诊断报告退回 Diagnosis report"
                + " returned " + WHEN.format(f.getReturnedAt()) + view.by(f.getReturnedBy()) + ": " + f.getReturnReason()));
        r.plans().forEach(p -> lines.add("整改方案 Plan " + WHEN.format(p.getAgreedAt()) + view.by(p.getAgreedBy()) + ": "
                + p.getPlanText() + " | 设计单位意见 design firm: " + p.getDesignFirmInput() + " | 专家 experts ("
                + p.getExperts() + "): " + p.getExpertInput()));
        r.rounds().forEach(o -> lines.add("第" + o.getRoundNumber() + "轮整改 Round " + o.getRoundNumber()
                + ": 期限 deadline " + o.getDeadline()));
        r.evaluations().forEach(e -> lines.add("安全评价 Evaluation round " + e.getRoundNumber() + view.by(e.getEvaluatedBy())
                + ": 培训 training " + mark(e.isTrainingOk()) + " 制度 rules " + mark(e.isRulesOk()) + " 检测 testing "
                + mark(e.isTestingOk()) + " 应急救援 emergency rescue " + mark(e.isEmergencyRescueOk()) + " - " + e.getNote()));
        r.acceptances().forEach(a -> lines.add("现场验收 Acceptance round " + a.getRoundNumber() + view.by(a.getDecidedBy())
                + ": " + (a.isPassed() ? "通过 passed" : "未通过 failed") + " (" + a.getParticipants() + ") - " + a.getNote()));
        return lines.isEmpty() ? NONE : String.join("\n", lines);
    }

    private static String reportSummary(UpgradeService.UpgradeRecord r, CaseView view) {
        return reportSummary(r.reports(), view);
    }

    /** The reports uploaded so far, as the diagnosis form lists them (again after each upload). */
    static String reportSummary(List<DiagnosisReport> reports, CaseView view) {
        if (reports.isEmpty()) {
            return "（未上传 No report uploaded yet）";
        }
        return reports.stream().map(p -> p.getFileName() + " (" + Math.max(1, p.getSizeBytes() / 1024) + " KB, "
                        + WHEN.format(p.getUploadedAt()) + (view == CaseView.FULL ? ", " + p.getUploadedBy() : "") + ")")
                .collect(Collectors.joining("\n"));
    }

    private static String status(Hazard.Status status) {
        return switch (status) {
            case OPEN -> "未整改 OPEN";
            case RECTIFIED -> "已整改 RECTIFIED";
            case VERIFIED -> "已核实 VERIFIED";
            case CLOSED -> "随企业关闭销号 CLOSED";
        };
    }

    private static String mark(boolean ok) {
        return ok ? "✓" : "✗";
    }
}
