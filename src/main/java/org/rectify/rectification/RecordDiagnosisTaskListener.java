package org.rectify.rectification;

import static org.rectify.rectification.RectificationVariables.DIAGNOSIS_RETURNED;
import static org.rectify.rectification.RectificationVariables.HAZARD_LINES;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/**
 * Stores 安全设施设计诊断 Diagnose safety facilities: needs the uploaded report; each line becomes a
 * hazard. The firm's report is recorded with its task's dates.
 */
@Component
class RecordDiagnosisTaskListener implements TaskListener {

    private final UpgradeService upgrades;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordDiagnosisTaskListener(UpgradeService upgrades, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.upgrades = upgrades;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> upgrades.recordDiagnosis(caseProcesses.caseId(task),
                HazardLines.diagnosis(HAZARD_LINES,
                        FormValues.text(HAZARD_LINES, task.getVariable(HAZARD_LINES), 20000, false)),
                FirmReport.TaskDates.of(task), currentUser.id(task)));
        task.removeVariable(HAZARD_LINES);
        // a returned diagnosis done again: the plan review starts afresh, without the old flag to prefill or route on
        task.removeVariable(DIAGNOSIS_RETURNED);
    }
}
