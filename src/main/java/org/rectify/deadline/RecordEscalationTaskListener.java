package org.rectify.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores what the district office did about an overdue task, and why. */
@Component
class RecordEscalationTaskListener implements TaskListener {

    private final OverdueTasks overdueTasks;
    private final CurrentUser currentUser;

    RecordEscalationTaskListener(OverdueTasks overdueTasks, CurrentUser currentUser) {
        this.overdueTasks = overdueTasks;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        // the escalation tasks of the diagrams before 0.2 have a form without the outcome
        Object chosen = task.getVariable(EscalationProcess.ESCALATION_OUTCOME);
        EscalationOutcome outcome = chosen == null && !EscalationProcess.ESCALATE_TASK.equals(task.getTaskDefinitionKey())
                ? null : FormValidation.check(() -> FormValues.choice(EscalationProcess.ESCALATION_OUTCOME, chosen,
                        EscalationOutcome.class));
        String note = FormValidation.check(() -> FormValues.text(EscalationProcess.ESCALATION_NOTE,
                task.getVariable(EscalationProcess.ESCALATION_NOTE), 4000, true));
        overdueTasks.recordHandling(task.getId(), currentUser.id(task), outcome, note);
        task.removeVariable(EscalationProcess.ESCALATION_OUTCOME);
        task.removeVariable(EscalationProcess.ESCALATION_NOTE);
    }
}
