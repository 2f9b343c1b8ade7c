package org.rectify.inspection;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.springframework.stereotype.Component;

/** Records a re-check; what is still not rectified gets a new deadline and another re-check. */
@Component
class RecordRecheckTaskListener implements TaskListener {

    private final EquipmentInspections inspections;
    private final CurrentUser currentUser;

    RecordRecheckTaskListener(EquipmentInspections inspections, CurrentUser currentUser) {
        this.inspections = inspections;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        Date newDue = FormValidation.check(() -> inspections.recordRecheck(task, currentUser.id(task)));
        EquipmentInspectionVariables.RECHECK_FORM.forEach(task::removeVariable);
        task.getExecution().setVariable(EquipmentInspectionVariables.ALL_RECTIFIED, newDue == null);
        if (newDue != null) {
            task.getExecution().setVariable(EquipmentInspectionVariables.RECTIFICATION_DEADLINE, newDue);
        }
    }
}
