package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.CASE_ID;
import static org.rectify.enterprise.EnterpriseCaseVariables.EVENT_CLOSED_COMPLIANT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectify.enterprise.CaseStage;
import org.springframework.stereotype.Component;

/**
 * Marks the case when it reaches an end event: closed when compliant, otherwise handed over
 * to the path of its disposition.
 */
@Component
class RecordCaseEndExecutionListener implements ExecutionListener {

    private final CaseReviewService reviews;

    RecordCaseEndExecutionListener(CaseReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CaseStage stage = EVENT_CLOSED_COMPLIANT.equals(execution.getCurrentActivityId())
                ? CaseStage.CLOSED : CaseStage.HANDED_OVER;
        reviews.end((Long) execution.getVariable(CASE_ID), stage);
    }
}
