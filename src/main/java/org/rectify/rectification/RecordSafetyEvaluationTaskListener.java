package org.rectify.rectification;

import static org.rectify.rectification.RectificationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores 安全评价 Evaluate safety: a verdict per rectified hazard and the other checks. */
@Component
class RecordSafetyEvaluationTaskListener implements TaskListener {

    private final UpgradeService upgrades;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordSafetyEvaluationTaskListener(UpgradeService upgrades, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.upgrades = upgrades;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> upgrades.evaluate(caseProcesses.caseId(task),
                HazardLines.verdicts(HAZARD_VERDICTS,
                        FormValues.text(HAZARD_VERDICTS, task.getVariable(HAZARD_VERDICTS), 20000, false)),
                new EvaluationChecks(FormValues.bool(TRAINING_OK, task.getVariable(TRAINING_OK)),
                        FormValues.bool(RULES_OK, task.getVariable(RULES_OK)),
                        FormValues.bool(TESTING_OK, task.getVariable(TESTING_OK)),
                        FormValues.bool(EMERGENCY_RESCUE_OK, task.getVariable(EMERGENCY_RESCUE_OK))),
                FormValues.text(EVALUATION_NOTE, task.getVariable(EVALUATION_NOTE), 4000, true),
                FirmReport.TaskDates.of(task), currentUser.id(task)));
        List.of(HAZARD_VERDICTS, TRAINING_OK, RULES_OK, TESTING_OK, EMERGENCY_RESCUE_OK, EVALUATION_NOTE)
                .forEach(task::removeVariable);
    }
}
