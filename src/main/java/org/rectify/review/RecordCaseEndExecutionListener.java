package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectify.enterprise.CaseLifecycle;
import org.springframework.stereotype.Component;

/** Ends the case when its process reaches an end event, with the outcome of its disposition. */
@Component
class RecordCaseEndExecutionListener implements ExecutionListener {

    private final CaseLifecycle lifecycle;

    RecordCaseEndExecutionListener(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateExecution execution) {
        lifecycle.end((Long) execution.getVariable(CASE_ID));
    }
}
