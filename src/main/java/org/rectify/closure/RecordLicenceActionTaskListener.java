package org.rectify.closure;

import static org.rectify.closure.ClosureVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.closure.LicenceAction.Action;
import org.rectify.closure.LicenceAction.PermitFate;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores 注销或变更营业执照 Cancel or amend the business licence. */
@Component
class RecordLicenceActionTaskListener implements TaskListener {

    private final ClosureService closures;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordLicenceActionTaskListener(ClosureService closures, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.closures = closures;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> closures.recordLicenceAction(caseProcesses.caseId(task),
                FormValues.choice(LICENCE_ACTION, task.getVariable(LICENCE_ACTION), Action.class),
                FormValues.text(LICENCE_NUMBER, task.getVariable(LICENCE_NUMBER), 50, true),
                FormValues.requiredDate(LICENCE_ACTION_DATE, task.getVariable(LICENCE_ACTION_DATE)),
                FormValues.choice(SAFETY_LICENCE, task.getVariable(SAFETY_LICENCE), PermitFate.class),
                FormValues.choice(DISCHARGE_PERMIT, task.getVariable(DISCHARGE_PERMIT), PermitFate.class),
                FormValues.text(LICENCE_NOTE, task.getVariable(LICENCE_NOTE), 2000, false),
                currentUser.id(task)));
        List.of(LICENCE_ACTION, LICENCE_NUMBER, LICENCE_ACTION_DATE, SAFETY_LICENCE, DISCHARGE_PERMIT, LICENCE_NOTE)
                .forEach(task::removeVariable);
    }
}
