package org.rectify.rectification;

import static org.rectify.enterprise.CaseRecord.Section.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.rectify.enterprise.CaseFileContributor;
import org.rectify.enterprise.CaseRecord;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.stereotype.Component;

/**
 * The upgrade path's share of the case file: the commitment and the firms hired, the enterprise's
 * later choices and the office's order after failed rounds, reports, hazards with their history,
 * the plan, rounds, evaluations and acceptances.
 */
@Component
class RectificationCaseRecords implements CaseFileContributor {

    private final UpgradeService upgrades;
    private final HazardRegister hazards;
    private final IntermediaryRegister firms;

    RectificationCaseRecords(UpgradeService upgrades, HazardRegister hazards, IntermediaryRegister firms) {
        this.upgrades = upgrades;
        this.hazards = hazards;
        this.firms = firms;
    }

    @Override
    public List<CaseRecord> records(EnterpriseCase c, CaseView view) {
        UpgradeService.UpgradeRecord record = upgrades.record(c.getId());
        Map<Long, String> firmNames = new HashMap<>();
        List<CaseRecord> records = new ArrayList<>();
        for (EnterpriseChoice choice : record.choices()) {
            records.add(choice(c, choice, view, firmNames));
        }
        for (DiagnosisReport report : record.reports()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reportId", report.getId());
            details.put("fileName", report.getFileName());
            details.put("contentType", report.getContentType());
            details.put("sizeBytes", report.getSizeBytes());
            details.put("sha256", report.getSha256());
            records.add(new CaseRecord(DOCUMENTS, report.getUploadedAt(), "DIAGNOSIS_REPORT",
                    "设计诊断报告 Diagnosis report", report.getFileName() + " (" + kilobytes(report.getSizeBytes()) + ")",
                    view.who(report.getUploadedBy()), details,
                    "/api/cases/" + c.getId() + "/diagnosis-reports/" + report.getId()));
        }
        for (FirmReport f : record.firmReports()) {
            String what = f.getKind() == FirmReport.Kind.DIAGNOSIS ? "设计诊断 Diagnosis" : "安全评价 Evaluation";
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("firmId", f.getFirmId());
            details.put("firm", firmName(f.getFirmId(), firmNames));
            details.put("roundNumber", f.getRoundNumber());
            details.put("dueAt", f.getDueAt());
            if (f.getReturnedAt() != null) {
                details.put("reason", f.getReturnReason());
                records.add(new CaseRecord(DIAGNOSIS, f.getReturnedAt(), "FIRM_REPORT_RETURNED",
                        what + "退回 returned", firmName(f.getFirmId(), firmNames) + " - " + f.getReturnReason(),
                        view.who(f.getReturnedBy()), details, null));
            }
        }
        for (HazardRegister.HazardRecord h : hazards.query(c.getId(), null, null)) {
            hazard(h, view, records);
        }
        for (RectificationPlan plan : record.plans()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("plan", plan.getPlanText());
            details.put("designFirmInput", plan.getDesignFirmInput());
            details.put("expertInput", plan.getExpertInput());
            details.put("experts", plan.getExperts());
            records.add(new CaseRecord(RECTIFICATION, plan.getAgreedAt(), "PLAN_AGREED", "整改方案审定 Plan agreed",
                    plan.getPlanText(), view.who(plan.getAgreedBy()), details, null));
        }
        for (RectificationRound round : record.rounds()) {
            records.add(new CaseRecord(RECTIFICATION, round.getOpenedAt(), "ROUND_OPENED",
                    "第" + round.getRoundNumber() + "轮整改 Round " + round.getRoundNumber(),
                    "整改期限 due " + round.getDeadline(), view.who(round.getOpenedBy()),
                    Map.of("roundNumber", round.getRoundNumber(), "deadline", round.getDeadline()), null));
        }
        for (SafetyEvaluation e : record.evaluations()) {
            boolean ok = e.isTrainingOk() && e.isRulesOk() && e.isTestingOk() && e.isEmergencyRescueOk();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("roundNumber", e.getRoundNumber());
            details.put("firm", firmName(e.getEvaluationFirmId(), firmNames));
            details.put("trainingOk", e.isTrainingOk());
            details.put("rulesOk", e.isRulesOk());
            details.put("testingOk", e.isTestingOk());
            details.put("emergencyRescueOk", e.isEmergencyRescueOk());
            details.put("note", e.getNote());
            records.add(new CaseRecord(EVALUATION, e.getEvaluatedAt(), "EVALUATION",
                    "第" + e.getRoundNumber() + "轮安全评价 Safety evaluation, round " + e.getRoundNumber(),
                    firmName(e.getEvaluationFirmId(), firmNames) + ": " + (ok ? "各项合格 every item met" : "有不合格项 items not met")
                            + (e.getNote() == null ? "" : " - " + e.getNote()),
                    view.who(e.getEvaluatedBy()), details, null));
        }
        for (Acceptance a : record.acceptances()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("roundNumber", a.getRoundNumber());
            details.put("passed", a.isPassed());
            details.put("participants", a.getParticipants());
            details.put("note", a.getNote());
            records.add(new CaseRecord(ACCEPTANCE, a.getDecidedAt(), "ACCEPTANCE",
                    "第" + a.getRoundNumber() + "轮现场验收 On-site acceptance, round " + a.getRoundNumber(),
                    (a.isPassed() ? "验收通过 Passed" : "验收未通过 Not passed")
                            + (a.getNote() == null || a.getNote().isBlank() ? "" : " - " + a.getNote()),
                    view.who(a.getDecidedBy()), details, null));
        }
        return records;
    }

    /** The commitment letter, a later choice of the enterprise, or the office's order after the last failed round. */
    private CaseRecord choice(EnterpriseCase c, EnterpriseChoice choice, CaseView view, Map<Long, String> firmNames) {
        String decisionKind = choice.isAtCommitment() ? "COMMITMENT_CHOICE"
                : choice.isOrderedByOffice() ? "AFTER_FAILED_ROUNDS" : "ENTERPRISE_CHOICE";
        Map<String, Object> details = CaseRecord.decision(decisionKind, choice.getChoice().disposition(), choice.getNote());
        details.put("choice", choice.getChoice().name());
        details.put("choiceLabel", choice.getChoice().displayName());
        if (choice.isAtCommitment()) {
            details.put("designFirmId", choice.getDesignFirmId());
            details.put("designFirm", firmName(choice.getDesignFirmId(), firmNames));
            details.put("evaluationFirmId", choice.getEvaluationFirmId());
            details.put("evaluationFirm", firmName(choice.getEvaluationFirmId(), firmNames));
            String firmsHired = choice.getDesignFirmId() == null ? ""
                    : "；设计诊断 design: " + firmName(choice.getDesignFirmId(), firmNames)
                    + "，安全评价 evaluation: " + firmName(choice.getEvaluationFirmId(), firmNames);
            return new CaseRecord(COMMITMENT, choice.getMadeAt(), "COMMITMENT", "承诺书 Commitment letter",
                    choice.getChoice().displayName() + firmsHired, view.who(choice.getMadeBy()), details, null);
        }
        String label = choice.isOrderedByOffice() ? "多轮整改未通过后决定 Decision after the failed rounds"
                : "企业改选 The enterprise's own choice";
        return new CaseRecord(DECISIONS, choice.getMadeAt(), "DECISION", label,
                choice.getChoice().displayName() + (choice.getNote() == null || choice.getNote().isBlank() ? ""
                        : " - " + choice.getNote()), view.who(choice.getMadeBy()), details, null);
    }

    private void hazard(HazardRegister.HazardRecord record, CaseView view, List<CaseRecord> records) {
        Hazard h = record.hazard();
        List<Map<String, Object>> history = new ArrayList<>();
        for (HazardEvent e : record.history()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("kind", e.getKind().name());
            event.put("kindLabel", e.getKind().displayName());
            event.put("roundNumber", e.getRoundNumber());
            event.put("note", e.getNote());
            event.put("by", view.who(e.getRecordedBy()));
            event.put("at", e.getRecordedAt());
            history.add(event);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", h.code());
        details.put("area", h.getArea().name());
        details.put("areaLabel", h.getArea().displayName());
        details.put("severity", h.getSeverity().name());
        details.put("severityLabel", h.getSeverity().displayName());
        details.put("standardItem", h.getStandardItem());
        details.put("description", h.getDescription());
        details.put("status", h.getStatus().name());
        details.put("statusLabel", statusLabel(h.getStatus()));
        details.put("history", history);
        records.add(new CaseRecord(HAZARDS, h.getFoundAt(), "HAZARD", "隐患 Hazard " + h.code(),
                h.getSeverity().displayName() + "，" + h.getArea().displayName() + "，" + h.getStandardItem() + "：" + h.getDescription()
                        + "（" + statusLabel(h.getStatus()) + "）", view.who(h.getFoundBy()), details, null));
        for (HazardEvent e : record.history()) {
            if (e.getKind() != HazardEvent.Kind.FOUND) {
                records.add(new CaseRecord(HAZARDS, e.getRecordedAt(), "HAZARD_" + e.getKind().name(),
                        "隐患 Hazard " + h.code() + " " + e.getKind().displayName(),
                        e.getNote() == null ? e.getKind().displayName() : e.getNote(), view.who(e.getRecordedBy()),
                        Map.of("code", h.code(), "roundNumber", e.getRoundNumber()), null));
            }
        }
    }

    static String statusLabel(Hazard.Status status) {
        return switch (status) {
            case OPEN -> "待整改 Open";
            case RECTIFIED -> "已整改待核实 Rectified, to be verified";
            case VERIFIED -> "已核实销号 Verified and closed";
            case CLOSED -> "随企业关闭或搬迁销号 Closed with the plant";
        };
    }

    private String firmName(Long id, Map<Long, String> names) {
        if (id == null) {
            return null;
        }
        return names.computeIfAbsent(id, key -> {
            try {
                return firms.find(key).getName();
            } catch (NoSuchElementException removed) {
                return "#" + key;
            }
        });
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
