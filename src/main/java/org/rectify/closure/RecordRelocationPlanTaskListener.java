package org.rectify.closure;

import static org.rectify.closure.ClosureVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores 制定搬迁方案 Plan the relocation. */
@Component
class RecordRelocationPlanTaskListener implements TaskListener {

    private final ClosureService closures;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordRelocationPlanTaskListener(ClosureService closures, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.closures = closures;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> closures.planRelocation(caseProcesses.caseId(task),
                FormValues.text(TARGET_PARK, task.getVariable(TARGET_PARK), 200, true),
                FormValues.requiredDate(PLANNED_MOVE_DATE, task.getVariable(PLANNED_MOVE_DATE)),
                FormValues.requiredDate(PLANNED_COMPLETION_DATE, task.getVariable(PLANNED_COMPLETION_DATE)),
                FormValues.text(RELOCATION_PLAN_TEXT, task.getVariable(RELOCATION_PLAN_TEXT), 4000, true),
                currentUser.id(task)));
        List.of(TARGET_PARK, PLANNED_MOVE_DATE, PLANNED_COMPLETION_DATE, RELOCATION_PLAN_TEXT)
                .forEach(task::removeVariable);
    }
}
