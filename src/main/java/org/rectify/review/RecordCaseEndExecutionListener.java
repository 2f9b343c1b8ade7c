package org.rectify.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseProcesses;
import org.springframework.stereotype.Component;

/** Ends the case when its process reaches an end event, with the outcome of its disposition. */
@Component
class RecordCaseEndExecutionListener implements ExecutionListener {

    private final CaseLifecycle lifecycle;
    private final CaseProcesses caseProcesses;

    RecordCaseEndExecutionListener(CaseLifecycle lifecycle, CaseProcesses caseProcesses) {
        this.lifecycle = lifecycle;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateExecution execution) {
        lifecycle.end(caseProcesses.caseId(execution));
    }
}
