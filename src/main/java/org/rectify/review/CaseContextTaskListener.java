package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_DECIDE;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_JOINT_REVIEW;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_SURVEY;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_VERIFY;
import static org.rectify.enterprise.EnterpriseCaseVariables.CASE_ID;
import static org.rectify.enterprise.EnterpriseCaseVariables.DECISION_SUMMARY;
import static org.rectify.enterprise.EnterpriseCaseVariables.ENTERPRISE_SUMMARY;
import static org.rectify.enterprise.EnterpriseCaseVariables.OPINIONS_SUMMARY;
import static org.rectify.enterprise.EnterpriseCaseVariables.SURVEY_SUMMARY;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.stereotype.Component;

/**
 * Gives a new case task the context its form shows read-only, as task-local variables that go
 * with the task, and moves the case's stage along.
 */
@Component
class CaseContextTaskListener implements TaskListener {

    private static final Map<String, CaseStage> STAGES = Map.of(
            ACTIVITY_SURVEY, CaseStage.SURVEY,
            ACTIVITY_JOINT_REVIEW, CaseStage.JOINT_REVIEW,
            ACTIVITY_DECIDE, CaseStage.DECISION,
            ACTIVITY_VERIFY, CaseStage.VERIFICATION);

    private final CaseContext context;
    private final CaseReviewService reviews;

    CaseContextTaskListener(CaseContext context, CaseReviewService reviews) {
        this.context = context;
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        Long caseId = (Long) task.getVariable(CASE_ID);
        CaseStage stage = STAGES.get(task.getTaskDefinitionKey());
        if (stage != null) {
            reviews.moveTo(caseId, stage);
        }
        EnterpriseCase enterpriseCase = context.enterpriseCase(caseId);
        task.setVariableLocal(ENTERPRISE_SUMMARY, context.enterpriseSummary(enterpriseCase));
        task.setVariableLocal(SURVEY_SUMMARY, context.surveySummary(enterpriseCase));
        task.setVariableLocal(OPINIONS_SUMMARY, context.opinionsSummary(enterpriseCase));
        task.setVariableLocal(DECISION_SUMMARY, context.decisionSummary(enterpriseCase));
    }
}
