package org.rectify.deadline;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A case task's overdue timeout, on each firing of the escalation cycle, calls Process_EscalateOverdueTask
 * through its process's event subprocess; when the task is completed its open escalations close.
 */
@Component
class EscalateOverdueTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
        if (EVENTNAME_TIMEOUT.equals(task.getEventName())) {
            runtime.createMessageCorrelation(EscalationProcess.MESSAGE_TASK_OVERDUE)
                    .processInstanceId(task.getProcessInstanceId())
                    .setVariableLocal(EscalationProcess.OVERDUE_TASK_ID, task.getId())
                    .correlateWithResult();
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            runtime.createMessageCorrelation(EscalationProcess.MESSAGE_OVERDUE_TASK_DONE)
                    .processInstanceVariableEquals(EscalationProcess.OVERDUE_TASK_ID, task.getId())
                    .correlateAll();
        }
    }
}
