package org.rectify.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提醒经办机构 Remind the agency as the diagrams before 0.2 drew it: a service task behind a boundary
 * timer, naming the watched activity in its input {@code dueActivity}. Kept for the cases still on
 * those diagrams until they are migrated (README, "Releasing a changed diagram").
 */
@Component
class RemindAgencyDelegate implements JavaDelegate {

    static final String DUE_ACTIVITY = "dueActivity";

    private final OverdueTasks overdueTasks;

    RemindAgencyDelegate(OverdueTasks overdueTasks) {
        this.overdueTasks = overdueTasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        overdueTasks.remind(execution, (String) execution.getVariable(DUE_ACTIVITY));
    }
}
