package org.rectify.closure;

import static org.rectify.closure.ClosureVariables.LAND_NEW_USE;
import static org.rectify.closure.ClosureVariables.LAND_RECLAIMED_MU;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores 登记土地新用途 Record the land's new use (退二进三). */
@Component
class RecordLandReuseTaskListener implements TaskListener {

    private final ClosureService closures;
    private final CaseProcesses caseProcesses;
    private final CurrentUser currentUser;

    RecordLandReuseTaskListener(ClosureService closures, CaseProcesses caseProcesses, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.closures = closures;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> closures.recordLandReuse(caseProcesses.caseId(task),
                FormValues.text(LAND_NEW_USE, task.getVariable(LAND_NEW_USE), 300, true),
                FormValues.decimal(LAND_RECLAIMED_MU, task.getVariable(LAND_RECLAIMED_MU)), currentUser.id(task)));
        task.removeVariable(LAND_NEW_USE);
        task.removeVariable(LAND_RECLAIMED_MU);
    }
}
