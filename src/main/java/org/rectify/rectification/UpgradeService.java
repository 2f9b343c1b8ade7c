package org.rectify.rectification;

import static org.rectify.rectification.RectificationVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseParties;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.shared.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the upgrade path (DOMAIN.md stages 4 to 8): commitment and choice, diagnosis, plan,
 * rounds of rectification, evaluation and acceptance, and a switch to closure or relocation.
 */
@Service
@Transactional
public class UpgradeService {

    /** What an acceptance leads to. */
    public enum AcceptanceOutcome { PASSED, NEW_ROUND, ROUNDS_EXHAUSTED }

    public record AcceptanceResult(AcceptanceOutcome outcome, RectificationRound round) {
    }

    /** Everything the upgrade path recorded for one case. */
    public record UpgradeRecord(List<EnterpriseChoice> choices, List<DiagnosisReport> reports,
                                List<RectificationPlan> plans, List<RectificationRound> rounds,
                                List<SafetyEvaluation> evaluations, List<Acceptance> acceptances,
                                List<FirmReport> firmReports) {
    }

    private final CaseLifecycle lifecycle;
    private final IntermediaryRegister firms;
    private final HazardRegister hazards;
    private final DiagnosisReports reports;
    private final RectificationSettings settings;
    private final EnterpriseChoiceRepository choices;
    private final RectificationPlanRepository plans;
    private final RectificationRoundRepository rounds;
    private final SafetyEvaluationRepository evaluations;
    private final AcceptanceRepository acceptances;
    private final FirmReportRepository firmReports;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final CaseParties parties;

    UpgradeService(CaseLifecycle lifecycle, IntermediaryRegister firms, HazardRegister hazards, DiagnosisReports reports,
                   RectificationSettings settings, EnterpriseChoiceRepository choices, RectificationPlanRepository plans,
                   RectificationRoundRepository rounds, SafetyEvaluationRepository evaluations,
                   AcceptanceRepository acceptances, FirmReportRepository firmReports, RuntimeService runtimeService,
                   EngineAsSystem engine, CaseParties parties) {
        this.parties = parties;
        this.lifecycle = lifecycle;
        this.firms = firms;
        this.hazards = hazards;
        this.reports = reports;
        this.settings = settings;
        this.choices = choices;
        this.plans = plans;
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.acceptances = acceptances;
        this.firmReports = firmReports;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    /** 签订承诺书: upgrading needs the design and evaluation firms the enterprise hired, both qualified. */
    public EnterpriseChoice commit(Long caseId, EnterpriseChoice.Choice choice, Long designFirmId,
                                  Long evaluationFirmId, String note, String userId) {
        lifecycle.openCase(caseId);
        if (choice == EnterpriseChoice.Choice.UPGRADE) {
            firms.requireQualified(DESIGN_FIRM_ID, designFirmId, Intermediary.Kind.DESIGN_FIRM);
            firms.requireQualified(EVALUATION_FIRM_ID, evaluationFirmId, Intermediary.Kind.EVALUATION_FIRM);
        } else if (note == null) {
            throw new IllegalArgumentException(COMMITMENT_NOTE + ": say why the enterprise chooses to "
                    + choice.displayName());
        }
        if (choice == EnterpriseChoice.Choice.UPGRADE) {
            // the firms hired may read the case from now on (the access policy)
            parties.add(caseId, FirmGroups.groupOf(Intermediary.Kind.DESIGN_FIRM, designFirmId));
            parties.add(caseId, FirmGroups.groupOf(Intermediary.Kind.EVALUATION_FIRM, evaluationFirmId));
        }
        return choices.save(new EnterpriseChoice(caseId, choice, true,
                choice == EnterpriseChoice.Choice.UPGRADE ? designFirmId : null,
                choice == EnterpriseChoice.Choice.UPGRADE ? evaluationFirmId : null, note, userId));
    }

    /**
     * The enterprise decides to close or move while the upgrade runs: recorded, then the upgrade
     * process is told (its event sub-process ends it with the escalation the case routes on).
     */
    public EnterpriseChoice chooseLater(Long caseId, EnterpriseChoice.Choice choice, String note, String userId) {
        EnterpriseCase enterpriseCase = lifecycle.openCase(caseId);
        if (choice == null || choice == EnterpriseChoice.Choice.UPGRADE) {
            throw new IllegalArgumentException("choice: CLOSE or RELOCATE; the case is already upgrading");
        }
        EnterpriseChoice recorded = choices.save(new EnterpriseChoice(caseId, choice, false, null, null, note, userId));
        String message = choice == EnterpriseChoice.Choice.CLOSE ? MESSAGE_CHOSE_CLOSURE : MESSAGE_CHOSE_RELOCATION;
        try {
            engine.run(() -> runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(enterpriseCase.getEnterprise().getCreditCode())
                    .correlate());
        } catch (MismatchingMessageCorrelationException e) {
            throw new IllegalStateException("caseId: case " + caseId + " is not on the upgrade path, so the "
                    + "enterprise cannot switch from it now");
        }
        return recorded;
    }

    /** The case leaves the upgrade path: its disposition follows the choice (kept in enterprise_choice). */
    public void switchPath(Long caseId, Disposition disposition) {
        EnterpriseCase enterpriseCase = lifecycle.openCase(caseId);
        enterpriseCase.applyDisposition(disposition, enterpriseCase.getDeadline(), enterpriseCase.getSupervisingAgency());
    }

    /**
     * 安全设施设计诊断: the report must be on file; each issue becomes an open hazard. After a return
     * the firm uploads a revised report and may add issues (the hazards found before stay).
     */
    public List<Hazard> recordDiagnosis(Long caseId, List<HazardLines.Draft> drafts, FirmReport.TaskDates task,
                                        String userId) {
        lifecycle.openCase(caseId);
        List<DiagnosisReport> uploaded = reports.ofCase(caseId);
        if (uploaded.isEmpty()) {
            throw new IllegalArgumentException(DiagnosisReports.FIELD
                    + ": 请先上传诊断报告 upload the diagnosis report (PDF) before completing the diagnosis");
        }
        DiagnosisReport latest = uploaded.get(uploaded.size() - 1);
        FirmReport previous = firmReports.findFirstByCaseIdAndKindOrderByIdDesc(caseId, FirmReport.Kind.DIAGNOSIS)
                .orElse(null);
        boolean rework = previous != null && previous.isReturned();
        if (rework && !revisedSince(latest, previous)) {
            throw new IllegalArgumentException(DiagnosisReports.FIELD
                    + ": 请上传修改后的诊断报告 upload the revised diagnosis report (PDF); the report was returned on "
                    + LocalDate.ofInstant(previous.getReturnedAt(), ZoneId.systemDefault()) + ": "
                    + previous.getReturnReason());
        }
        if (drafts.isEmpty() && !rework) {
            throw new IllegalArgumentException(HAZARD_LINES
                    + ": enter the report's issues, one per line: area | severity | standard item | description");
        }
        Long firmId = commitment(caseId).getDesignFirmId();
        List<Hazard> found = hazards.find(caseId, drafts, firmId, userId);
        int attempt = previous == null ? 1 : previous.getRoundNumber() + 1;
        firmReports.save(new FirmReport(caseId, firmId, FirmReport.Kind.DIAGNOSIS, attempt, latest.getId(), task,
                userId));
        return found;
    }

    /** 退回诊断报告: safety sends the latest diagnosis back to the design firm, saying why; no plan, no round. */
    public FirmReport returnDiagnosis(Long caseId, String reason, String userId) {
        lifecycle.openCase(caseId);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(DIAGNOSIS_RETURN_REASON
                    + ": 请填写退回理由 say why the diagnosis report is returned to the design firm");
        }
        FirmReport latest = firmReports.findFirstByCaseIdAndKindOrderByIdDesc(caseId, FirmReport.Kind.DIAGNOSIS)
                .filter(r -> !r.isReturned())
                .orElseThrow(() -> new IllegalArgumentException(DIAGNOSIS_RETURNED
                        + ": no diagnosis of case " + caseId + " is on record to return"));
        latest.returnFor(reason, userId);
        return latest;
    }

    /** 确定整改方案, which opens round 1 with the decision's deadline (or the configured time). */
    public RectificationRound agreePlan(Long caseId, String planText, String designFirmInput, String expertInput,
                                        String experts, String userId) {
        EnterpriseCase enterpriseCase = lifecycle.openCase(caseId);
        plans.save(new RectificationPlan(caseId, planText, designFirmInput, expertInput, experts, userId));
        LocalDate deadline = enterpriseCase.getDeadline();
        if (deadline == null || !deadline.isAfter(LocalDate.now())) {
            deadline = LocalDate.now().plus(settings.getFirstRound());
        }
        return openRound(caseId, deadline, userId);
    }

    /** 实施整改: refused while any hazard stays open. */
    public void rectify(Long caseId, Map<Long, String> evidence, String userId) {
        lifecycle.openCase(caseId);
        hazards.rectify(caseId, currentRound(caseId).getRoundNumber(), evidence, userId);
    }

    /** 安全评价: a verdict per rectified hazard, and the other checks. */
    public SafetyEvaluation evaluate(Long caseId, Map<Long, HazardLines.VerdictLine> verdicts, EvaluationChecks checks,
                                     String note, FirmReport.TaskDates task, String userId) {
        lifecycle.openCase(caseId);
        int round = currentRound(caseId).getRoundNumber();
        Long firmId = commitment(caseId).getEvaluationFirmId();
        hazards.verify(caseId, round, verdicts, firmId, userId);
        firmReports.save(new FirmReport(caseId, firmId, FirmReport.Kind.EVALUATION, round, null, task, userId));
        return evaluations.save(new SafetyEvaluation(caseId, round, firmId, checks, note, userId));
    }

    /**
     * 现场验收. A pass needs every hazard verified. A failure re-opens the hazards named and opens
     * a 限期整改 round, unless the rounds allowed are used up.
     */
    public AcceptanceResult accept(Long caseId, boolean passed, String participants, List<Long> reopen,
                                   LocalDate reRectificationDeadline, String note, String userId) {
        lifecycle.openCase(caseId);
        int round = currentRound(caseId).getRoundNumber();
        if (passed) {
            List<String> notVerified = hazards.ofCase(caseId).stream()
                    .filter(h -> h.getStatus() != Hazard.Status.VERIFIED).map(Hazard::code).toList();
            if (!notVerified.isEmpty()) {
                throw new IllegalArgumentException(ACCEPTANCE_PASSED + ": cannot pass while hazards are not verified: "
                        + String.join(", ", notVerified));
            }
            if (!reopen.isEmpty()) {
                throw new IllegalArgumentException(REOPEN_HAZARDS + ": a passed acceptance re-opens no hazard");
            }
        } else {
            hazards.reopen(caseId, round, reopen, note, userId);
            if (hazards.ofCase(caseId).stream().noneMatch(h -> h.getStatus() == Hazard.Status.OPEN)) {
                throw new IllegalArgumentException(REOPEN_HAZARDS
                        + ": a failed acceptance names the hazards to rectify again (e.g. H3, H5)");
            }
            if (reRectificationDeadline != null && !reRectificationDeadline.isAfter(LocalDate.now())) {
                throw new IllegalArgumentException(RE_RECTIFICATION_DEADLINE + ": " + reRectificationDeadline
                        + " must be after today");
            }
        }
        acceptances.save(new Acceptance(caseId, round, passed, participants, note, userId));
        if (passed) {
            return new AcceptanceResult(AcceptanceOutcome.PASSED, null);
        }
        if (round >= settings.getMaxRounds()) {
            return new AcceptanceResult(AcceptanceOutcome.ROUNDS_EXHAUSTED, null);
        }
        LocalDate deadline = reRectificationDeadline != null ? reRectificationDeadline
                : LocalDate.now().plus(settings.getReRectification());
        return new AcceptanceResult(AcceptanceOutcome.NEW_ROUND, openRound(caseId, deadline, userId));
    }

    /** The district office after the last failed round: close the plant, or one more round. */
    public RectificationRound decideAfterRounds(Long caseId, boolean close, LocalDate extraDeadline, String note,
                                                String userId) {
        lifecycle.openCase(caseId);
        if (close) {
            choices.save(new EnterpriseChoice(caseId, EnterpriseChoice.Choice.CLOSE, false, null, null,
                    "区化治办决定关闭 Closure ordered by the district office: " + note, userId).orderedByOffice());
            return null;
        }
        if (extraDeadline == null || !extraDeadline.isAfter(LocalDate.now())) {
            throw new IllegalArgumentException(EXTRA_ROUND_DEADLINE + ": a date after today is required for another round");
        }
        return openRound(caseId, extraDeadline, userId);
    }

    @Transactional(readOnly = true)
    public UpgradeRecord record(Long caseId) {
        return new UpgradeRecord(choices.findByCaseIdOrderByIdAsc(caseId), reports.ofCase(caseId),
                plans.findByCaseIdOrderByIdAsc(caseId), rounds.findByCaseIdOrderByRoundNumberAsc(caseId),
                evaluations.findByCaseIdOrderByIdAsc(caseId), acceptances.findByCaseIdOrderByIdAsc(caseId),
                firmReports.findByCaseIdOrderByIdAsc(caseId));
    }

    @Transactional(readOnly = true)
    public RectificationRound currentRound(Long caseId) {
        List<RectificationRound> all = rounds.findByCaseIdOrderByRoundNumberAsc(caseId);
        if (all.isEmpty()) {
            throw new IllegalStateException("caseId: case " + caseId + " has no rectification round yet");
        }
        return all.get(all.size() - 1);
    }

    private RectificationRound openRound(Long caseId, LocalDate deadline, String userId) {
        int next = rounds.findByCaseIdOrderByRoundNumberAsc(caseId).size() + 1;
        return rounds.save(new RectificationRound(caseId, next, deadline, userId));
    }

    /** Uploaded after the return: by id, as timestamps may be cut to whole seconds (MySQL). */
    private static boolean revisedSince(DiagnosisReport latest, FirmReport returned) {
        return returned.getReportId() != null ? latest.getId() > returned.getReportId()
                : latest.getUploadedAt().isAfter(returned.getReturnedAt());
    }

    private EnterpriseChoice commitment(Long caseId) {
        return choices.findFirstByCaseIdAndAtCommitmentTrueOrderByIdDesc(caseId).orElseThrow(() ->
                new IllegalStateException("caseId: case " + caseId + " has no commitment letter"));
    }
}
