package org.rectify.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提醒经办机构 Remind the agency: notifies the candidate groups (and assignee) of the task due soon. */
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
