package org.rectify.review;

import java.util.List;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.CaseLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes what the first half of a case produces: findings, opinions and decisions. */
@Service
@Transactional
public class CaseReviewService {

    private final CaseLifecycle lifecycle;
    private final SurveyFindingRepository findings;
    private final AgencyOpinionRepository opinions;
    private final DecisionRepository decisions;

    CaseReviewService(CaseLifecycle lifecycle, SurveyFindingRepository findings,
                      AgencyOpinionRepository opinions, DecisionRepository decisions) {
        this.lifecycle = lifecycle;
        this.findings = findings;
        this.opinions = opinions;
        this.decisions = decisions;
    }

    public void recordSurvey(Long caseId, List<SurveyAnswer> answers, boolean productionRunning,
                             boolean approvalsPresent, String userId) {
        EnterpriseCase enterpriseCase = enterpriseCase(caseId);
        List<SurveyFinding> existing = findings.findByCaseIdOrderById(caseId);
        for (SurveyAnswer answer : answers) {
            SurveyFinding finding = existing.stream().filter(f -> f.getDimension() == answer.dimension()).findFirst()
                    .orElseGet(() -> new SurveyFinding(caseId, answer.dimension()));
            finding.update(answer.compliant(), answer.note());
            findings.save(finding);
        }
        enterpriseCase.recordSurvey(productionRunning, approvalsPresent, userId);
    }

    public void recordSuggestion(Long caseId, Disposition suggestion) {
        EnterpriseCase enterpriseCase = enterpriseCase(caseId);
        enterpriseCase.setSuggestedDisposition(suggestion);
        enterpriseCase.setStage(CaseStage.JOINT_REVIEW);
    }

    public AgencyOpinion recordOpinion(Long caseId, String agency, Disposition proposed, String text, String userId) {
        enterpriseCase(caseId);
        return opinions.save(new AgencyOpinion(caseId, agency, proposed, text, userId));
    }

    public Decision decide(Long caseId, DispositionChoice choice, String reasoning, String userId) {
        EnterpriseCase enterpriseCase = enterpriseCase(caseId);
        Decision decision = decisions.save(new Decision(caseId, Decision.Kind.REVIEW, choice, reasoning, userId, null));
        enterpriseCase.applyDisposition(choice.disposition(), choice.deadline(), choice.supervisingAgency());
        enterpriseCase.setStage(CaseStage.VERIFICATION);
        return decision;
    }

    /**
     * The town either confirms the decision in force or amends it; an amendment is a new
     * decision that names the one it replaces, so both stay on record.
     *
     * @param amendment null when the decision is confirmed
     */
    public Decision verify(Long caseId, DispositionChoice amendment, String note, String userId) {
        EnterpriseCase enterpriseCase = enterpriseCase(caseId);
        Decision current = decisions.findFirstByCaseIdOrderByIdDesc(caseId).orElse(null);
        if (amendment == null) {
            if (current == null) {
                throw new IllegalArgumentException(
                        "verificationConfirmed: this case has no decision to confirm; enter an amended disposition");
            }
            current.confirm(userId, note);
            enterpriseCase.setStage(stageAfterVerification(current.getDisposition()));
            return current;
        }
        Decision amended = decisions.save(new Decision(caseId, Decision.Kind.VERIFICATION, amendment, note, userId,
                current == null ? null : current.getId()));
        enterpriseCase.applyDisposition(amendment.disposition(), amendment.deadline(), amendment.supervisingAgency());
        enterpriseCase.setStage(stageAfterVerification(amendment.disposition()));
        return amended;
    }

    private static CaseStage stageAfterVerification(Disposition disposition) {
        return disposition == Disposition.PENDING ? CaseStage.PENDING : CaseStage.VERIFICATION;
    }

    @Transactional(readOnly = true)
    public List<SurveyFinding> findings(Long caseId) {
        return findings.findByCaseIdOrderById(caseId);
    }

    @Transactional(readOnly = true)
    public List<AgencyOpinion> opinions(Long caseId) {
        return opinions.findByCaseIdOrderById(caseId);
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(Long caseId) {
        return decisions.findByCaseIdOrderById(caseId);
    }

    private EnterpriseCase enterpriseCase(Long caseId) {
        return lifecycle.openCase(caseId);
    }
}
