package org.rectify.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives a new 督办 Escalate overdue task the summary of who is late on what. */
@Component
class EscalationTaskListener implements TaskListener {

    static final String OVERDUE_ACTIVITY = "overdueActivity";
    static final String OVERDUE_SUMMARY = "overdueSummary";

    private final OverdueTasks overdueTasks;

    EscalationTaskListener(OverdueTasks overdueTasks) {
        this.overdueTasks = overdueTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        String summary = overdueTasks.escalate(task.getExecution(), (String) task.getVariable(OVERDUE_ACTIVITY),
                task.getId());
        task.setVariableLocal(OVERDUE_SUMMARY, summary);
    }
}
