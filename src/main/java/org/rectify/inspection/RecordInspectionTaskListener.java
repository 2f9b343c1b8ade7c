package org.rectify.inspection;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.springframework.stereotype.Component;

/** Records the on-site inspection and routes: a re-check when anything was ordered to be rectified. */
@Component
class RecordInspectionTaskListener implements TaskListener {

    private final EquipmentInspections inspections;
    private final CurrentUser currentUser;

    RecordInspectionTaskListener(EquipmentInspections inspections, CurrentUser currentUser) {
        this.inspections = inspections;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        Date recheckDue = FormValidation.check(() -> inspections.recordInspection(task, currentUser.id(task)));
        EquipmentInspectionVariables.INSPECTION_FORM.forEach(task::removeVariable);
        task.getExecution().setVariable(EquipmentInspectionVariables.RECTIFICATION_ORDERED, recheckDue != null);
        if (recheckDue != null) {
            task.getExecution().setVariable(EquipmentInspectionVariables.RECTIFICATION_DEADLINE, recheckDue);
        }
    }
}
