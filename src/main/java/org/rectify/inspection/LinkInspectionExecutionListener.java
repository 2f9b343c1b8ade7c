package org.rectify.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectify.shared.FormValidation;
import org.springframework.stereotype.Component;

/**
 * The start of Process_EquipmentInspection: only the server starts it, for a drawn unit whose
 * inspection has no process yet (a client starting it directly is answered 400 naming the field).
 */
@Component
class LinkInspectionExecutionListener implements ExecutionListener {

    private final UnitInspectionRepository inspections;

    LinkInspectionExecutionListener(UnitInspectionRepository inspections) {
        this.inspections = inspections;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object id = execution.getVariable(EquipmentInspectionVariables.INSPECTION_ID);
        UnitInspection inspection = FormValidation.check(() -> {
            if (!(id instanceof Number number)) {
                throw new IllegalArgumentException(EquipmentInspectionVariables.INSPECTION_ID + ": "
                        + EquipmentInspectionVariables.PROCESS_ID + " is started by starting an inspection campaign"
                        + " (POST /api/equipment-campaigns/{id}/start), not directly");
            }
            UnitInspection found = inspections.findById(number.longValue()).orElseThrow(() ->
                    new IllegalArgumentException(EquipmentInspectionVariables.INSPECTION_ID + ": no inspection " + id));
            if (found.getProcessInstanceId() != null) {
                throw new IllegalArgumentException(EquipmentInspectionVariables.INSPECTION_ID + ": inspection " + id
                        + " already runs as process instance " + found.getProcessInstanceId());
            }
            return found;
        });
        inspection.started(execution.getProcessInstanceId());
    }
}
