package org.rectify.inspection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.springframework.stereotype.Component;

/**
 * Gives an inspection task what its form shows, task-local, and the unit's name and credit code that
 * Tasklist's list shows for every task.
 */
@Component
class InspectionContextTaskListener implements TaskListener {

    private final EquipmentInspections inspections;

    InspectionContextTaskListener(EquipmentInspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariablesLocal(inspections.context(task));
        EquipmentUnit unit = inspections.unit(inspections.of(task.getExecution()));
        task.setVariableLocal(EnterpriseCaseVariables.ENTERPRISE_NAME, unit.getName());
        task.setVariableLocal(EnterpriseCaseVariables.CREDIT_CODE, unit.getCreditCode());
    }
}
