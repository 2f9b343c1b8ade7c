package org.rectify.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.Enterprise;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.shared.FormValidation;
import org.springframework.stereotype.Component;

/**
 * Gives a new 督办 Escalate overdue task the summary of who is late on what, and the enterprise's
 * name and credit code that Tasklist's list shows for every case task. The late task is the one
 * the server named when it called the escalation; the case is that of the calling instance.
 */
@Component
class EscalationTaskListener implements TaskListener {

    static final String OVERDUE_ACTIVITY = "overdueActivity";

    private final OverdueTasks overdueTasks;
    private final CaseProcesses caseProcesses;
    private final CaseLifecycle lifecycle;

    EscalationTaskListener(OverdueTasks overdueTasks, CaseProcesses caseProcesses, CaseLifecycle lifecycle) {
        this.overdueTasks = overdueTasks;
        this.caseProcesses = caseProcesses;
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        // only a case's overdue timeout calls this process; started any other way it refuses to open
        Long caseId = caseProcesses.caseIdOrNull(task);
        Task overdue = FormValidation.check(() -> lateTask(task, caseId));
        task.setVariableLocal(EscalationProcess.OVERDUE_SUMMARY, overdueTasks.escalate(overdue, caseId, task.getId()));
        Enterprise enterprise = lifecycle.find(caseId).getEnterprise();
        task.setVariableLocal(EnterpriseCaseVariables.ENTERPRISE_NAME, enterprise.getName());
        task.setVariableLocal(EnterpriseCaseVariables.CREDIT_CODE, enterprise.getCreditCode());
    }

    private Task lateTask(DelegateTask task, Long caseId) {
        if (caseId == null) {
            throw new IllegalArgumentException(EscalationProcess.OVERDUE_TASK_ID + ": " + EscalationProcess.PROCESS_ID
                    + " is called by a case task that is overdue, not started on its own");
        }
        Object overdueTaskId = task.getVariable(EscalationProcess.OVERDUE_TASK_ID);
        if (overdueTaskId == null) {
            // the diagrams before 0.2: the escalation task names the late activity in its input overdueActivity
            return overdueTasks.openTask(task.getExecution(), (String) task.getVariable(OVERDUE_ACTIVITY));
        }
        Task overdue = task.getProcessEngineServices().getTaskService().createTaskQuery()
                .taskId(overdueTaskId.toString()).singleResult();
        if (overdue == null || !caseId.equals(caseProcesses.caseId(overdue))) {
            throw new IllegalArgumentException(EscalationProcess.OVERDUE_TASK_ID + ": no open task " + overdueTaskId
                    + " of case " + caseId + " to escalate");
        }
        return overdue;
    }
}
