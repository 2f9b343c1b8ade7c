package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.CASE_ID;
import static org.rectify.enterprise.EnterpriseCaseVariables.HAND_OVER_PREFIX;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectify.enterprise.CaseLifecycle;
import org.springframework.stereotype.Component;

/**
 * Marks the case when it reaches an end event: a hand-over event passes it to a later stage,
 * any other end event ends it with the outcome of its disposition.
 */
@Component
class RecordCaseEndExecutionListener implements ExecutionListener {

    private final CaseLifecycle lifecycle;

    RecordCaseEndExecutionListener(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(CASE_ID);
        if (execution.getCurrentActivityId().startsWith(HAND_OVER_PREFIX)) {
            lifecycle.handOver(caseId);
        } else {
            lifecycle.end(caseId);
        }
    }
}
