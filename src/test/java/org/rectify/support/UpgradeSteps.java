package org.rectify.support;

import static org.rectify.rectification.RectificationVariables.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.rectify.rectification.DiagnosisReports;
import org.rectify.rectification.Hazard;
import org.rectify.rectification.HazardRegister;
import org.rectify.rectification.Intermediary;
import org.rectify.rectification.IntermediaryRegister;

/** The form submissions of the upgrade-in-place tasks, and a helper that drives the path to its end. */
public final class UpgradeSteps {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final CaseSteps steps;
    private final IntermediaryRegister firms;
    private final DiagnosisReports reports;
    private final HazardRegister hazards;

    public UpgradeSteps(CaseSteps steps, IntermediaryRegister firms, DiagnosisReports reports, HazardRegister hazards) {
        this.steps = steps;
        this.firms = firms;
        this.reports = reports;
        this.hazards = hazards;
    }

    public Intermediary firm(Intermediary.Kind kind, LocalDate expiry) {
        String name = kind == Intermediary.Kind.DESIGN_FIRM ? "江苏化工设计院 Jiangsu chemical design institute"
                : "苏安安全评价有限公司 Su'an safety evaluation";
        return firms.register(new IntermediaryRegister.FirmDetails(kind, name, "化工石化医药行业乙级 Class B",
                kind.name().substring(0, 1) + System.nanoTime(), expiry), "district-office1");
    }

    public static Map<String, Object> commitment(String choice, Long designFirmId, Long evaluationFirmId) {
        Map<String, Object> form = new HashMap<>();
        form.put(ENTERPRISE_CHOICE, choice);
        // the form's selects submit the firm's register number as text
        form.put(DESIGN_FIRM_ID, designFirmId == null ? null : String.valueOf(designFirmId));
        form.put(EVALUATION_FIRM_ID, evaluationFirmId == null ? null : String.valueOf(evaluationFirmId));
        form.put(COMMITMENT_NOTE, "UPGRADE".equals(choice) ? "" : "无力改造 Cannot afford the upgrade");
        return form;
    }

    public static Map<String, Object> diagnosis() {
        return Map.of(HAZARD_LINES, String.join("\n",
                "总图布置 | 重大 | 第3条 | 甲类仓库与生产车间防火间距不足 Too close to the workshop",
                "ALARM_FACILITIES | GENERAL | 第27条 | 未设可燃气体报警仪 No combustible gas detector",
                "自动化改造 | MAJOR | 第41条 | 反应釜未设温度联锁 No temperature interlock on the reactor"));
    }

    /** A re-diagnosis after a return that adds no issue: the revised report is uploaded separately. */
    public static Map<String, Object> reworkedDiagnosis() {
        return Map.of(HAZARD_LINES, "");
    }

    /** Safety sends the diagnosis report back instead of agreeing a plan. */
    public static Map<String, Object> returnDiagnosis(String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put(DIAGNOSIS_RETURNED, true);
        form.put(DIAGNOSIS_RETURN_REASON, reason);
        return form;
    }

    public static Map<String, Object> plan() {
        return Map.of(PLAN_TEXT, "三个月内完成整改 Rectify within three months",
                DESIGN_FIRM_INPUT, "按诊断报告逐项整改 Item by item as diagnosed",
                EXPERTS, "张工, 李工", EXPERT_INPUT, "同意 Agreed");
    }

    /** Evidence for every open hazard of the case. */
    public Map<String, Object> rectification(Long caseId) {
        return Map.of(RECTIFICATION_EVIDENCE, hazards.ofCase(caseId).stream()
                .filter(h -> h.getStatus() == Hazard.Status.OPEN)
                .map(h -> h.code() + ": 已整改，见照片 Done, see photos")
                .collect(Collectors.joining("\n")));
    }

    /** A verdict for every rectified hazard; those named fail. */
    public Map<String, Object> evaluation(Long caseId, Long... failing) {
        java.util.List<Long> fail = java.util.List.of(failing);
        Map<String, Object> form = new HashMap<>();
        form.put(HAZARD_VERDICTS, hazards.ofCase(caseId).stream()
                .filter(h -> h.getStatus() == Hazard.Status.RECTIFIED)
                .map(h -> h.code() + (fail.contains(h.getId()) ? ": NOT_VERIFIED 报警仪未标定 not calibrated" : ": VERIFIED"))
                .collect(Collectors.joining("\n")));
        form.put(TRAINING_OK, true);
        form.put(RULES_OK, true);
        form.put(TESTING_OK, true);
        form.put(EMERGENCY_RESCUE_OK, true);
        form.put(EVALUATION_NOTE, "评价合格 Evaluated");
        return form;
    }

    public static Map<String, Object> acceptance(boolean passed, String reopen) {
        Map<String, Object> form = new HashMap<>();
        form.put(ACCEPTANCE_PASSED, passed);
        form.put(ACCEPTANCE_PARTICIPANTS, "安监局, 企业负责人, 设计单位, 评价机构, 专家张工");
        form.put(REOPEN_HAZARDS, reopen);
        form.put(ACCEPTANCE_NOTE, passed ? "验收通过 Accepted" : "限期整改 Rectify again by the deadline");
        return form;
    }

    /** Commitment to upgrade with two new firms: the design firm is left to diagnose. */
    public void upToDiagnosis(String code, Intermediary design, Intermediary evaluation) {
        steps.completeCaseTask(code, ACTIVITY_SIGN_COMMITMENT, commitment("UPGRADE", design.getId(), evaluation.getId()));
    }

    /** The design firm uploads a report (the first or a revised one). */
    public void uploadReport(Long caseId) {
        reports.store(caseId, "诊断报告.pdf", "application/pdf", PDF, "design-firm1",
                java.util.List.of(reports.hiredFirmGroup(caseId)));
    }

    /** Commitment to upgrade, report, diagnosis and plan: the enterprise is left to rectify. */
    public void upToRectification(String code, Long caseId) {
        upToDiagnosis(code, firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().plusYears(1)),
                firm(Intermediary.Kind.EVALUATION_FIRM, LocalDate.now().plusYears(1)));
        uploadReport(caseId);
        steps.completeCaseTask(code, ACTIVITY_DIAGNOSE, diagnosis());
        steps.completeCaseTask(code, ACTIVITY_AGREE_PLAN, plan());
    }

    /** The whole path, passing the first acceptance. */
    public void upgrade(String code, Long caseId) {
        upToRectification(code, caseId);
        steps.completeCaseTask(code, ACTIVITY_RECTIFY, rectification(caseId));
        steps.completeCaseTask(code, ACTIVITY_EVALUATE, evaluation(caseId));
        steps.completeCaseTask(code, ACTIVITY_ACCEPT, acceptance(true, ""));
    }
}
