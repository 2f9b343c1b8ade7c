package org.rectify.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.rectify.enterprise.CaseProcesses;
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
    private final LateTaskSubjects subjects;

    EscalationTaskListener(OverdueTasks overdueTasks, CaseProcesses caseProcesses, LateTaskSubjects subjects) {
        this.overdueTasks = overdueTasks;
        this.caseProcesses = caseProcesses;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        // only a late task's overdue timeout calls this process; started any other way it refuses to open
        Long caseId = caseProcesses.caseIdOrNull(task);
        DeadlineSubjects.Subject subject = FormValidation.check(() -> subjects.of(task.getExecution())
                .orElseThrow(() -> new IllegalArgumentException(EscalationProcess.OVERDUE_TASK_ID + ": "
                        + EscalationProcess.PROCESS_ID + " is called by a task that is overdue, not started on its own")));
        Task overdue = FormValidation.check(() -> lateTask(task, caseId));
        task.setVariableLocal(EscalationProcess.OVERDUE_SUMMARY, overdueTasks.escalate(overdue, caseId, subject,
                task.getId()));
        task.setVariableLocal(EnterpriseCaseVariables.ENTERPRISE_NAME, subject.name());
        task.setVariableLocal(EnterpriseCaseVariables.CREDIT_CODE, subject.code());
    }

    private Task lateTask(DelegateTask task, Long caseId) {
        Object overdueTaskId = task.getVariable(EscalationProcess.OVERDUE_TASK_ID);
        if (overdueTaskId == null) {
            // the diagrams before 0.2: the escalation task names the late activity in its input overdueActivity
            return overdueTasks.openTask(task.getExecution(), (String) task.getVariable(OVERDUE_ACTIVITY));
        }
        Task overdue = task.getProcessEngineServices().getTaskService().createTaskQuery()
                .taskId(overdueTaskId.toString()).singleResult();
        String root = DeadlineSubjects.rootInstanceId(task.getExecution());
        boolean sameTree = overdue != null && (caseId != null ? caseId.equals(caseProcesses.caseId(overdue))
                : root.equals(overdue.getProcessInstanceId()));
        if (!sameTree) {
            throw new IllegalArgumentException(EscalationProcess.OVERDUE_TASK_ID + ": no open task " + overdueTaskId
                    + " of " + (caseId != null ? "case " + caseId : "process instance " + root) + " to escalate");
        }
        return overdue;
    }
}
