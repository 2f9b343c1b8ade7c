package org.rectify.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 提醒经办机构 Remind the agency: the reminder timeout of a case task (and of an escalation)
 * tells its candidate groups, its candidate enterprise and its assignee that it is due soon.
 */
@Component
class RemindAgencyTaskListener implements TaskListener {

    private final OverdueTasks overdueTasks;

    RemindAgencyTaskListener(OverdueTasks overdueTasks) {
        this.overdueTasks = overdueTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        overdueTasks.remind(task);
    }
}
