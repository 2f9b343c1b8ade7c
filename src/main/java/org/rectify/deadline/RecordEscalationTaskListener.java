package org.rectify.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores what the district office did about an overdue task. */
@Component
class RecordEscalationTaskListener implements TaskListener {

    static final String ESCALATION_NOTE = "escalationNote";

    private final OverdueTasks overdueTasks;
    private final CurrentUser currentUser;

    RecordEscalationTaskListener(OverdueTasks overdueTasks, CurrentUser currentUser) {
        this.overdueTasks = overdueTasks;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = FormValidation.check(() ->
                FormValues.text(ESCALATION_NOTE, task.getVariable(ESCALATION_NOTE), 4000, true));
        overdueTasks.recordHandling(task.getId(), currentUser.id(task), note);
        task.removeVariable(ESCALATION_NOTE);
    }
}
