package org.rectify.enterprise;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start of Process_EnterpriseCase: the case record names its process instance (see CaseProcesses). */
@Component
class LinkCaseExecutionListener implements ExecutionListener {

    private final CaseProcesses processes;

    LinkCaseExecutionListener(CaseProcesses processes) {
        this.processes = processes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        processes.link(execution);
    }
}
