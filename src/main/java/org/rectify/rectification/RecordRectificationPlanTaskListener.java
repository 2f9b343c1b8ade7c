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

/**
 * Stores 确定整改方案 Agree the rectification plan and opens the first round, or returns the
 * diagnosis report to the design firm (diagnosisReturned routes back to the diagnosis).
 */
@Component
class RecordRectificationPlanTaskListener implements TaskListener {

    private final UpgradeService upgrades;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordRectificationPlanTaskListener(UpgradeService upgrades, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.upgrades = upgrades;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        Long caseId = caseProcesses.caseId(task);
        boolean returned = FormValidation.check(() ->
                FormValues.bool(DIAGNOSIS_RETURNED, task.getVariable(DIAGNOSIS_RETURNED)));
        if (returned) {
            FormValidation.check(() -> upgrades.returnDiagnosis(caseId,
                    FormValues.text(DIAGNOSIS_RETURN_REASON, task.getVariable(DIAGNOSIS_RETURN_REASON), 2000, false),
                    currentUser.id(task)));
        } else {
            RectificationRound round = FormValidation.check(() -> upgrades.agreePlan(caseId,
                    FormValues.text(PLAN_TEXT, task.getVariable(PLAN_TEXT), 4000, true),
                    FormValues.text(DESIGN_FIRM_INPUT, task.getVariable(DESIGN_FIRM_INPUT), 4000, true),
                    FormValues.text(EXPERT_INPUT, task.getVariable(EXPERT_INPUT), 4000, true),
                    FormValues.text(EXPERTS, task.getVariable(EXPERTS), 500, true),
                    currentUser.id(task)));
            RoundVariables.set(task, round);
        }
        // the gateway routes on it; a REST client may leave it out
        task.setVariable(DIAGNOSIS_RETURNED, returned);
        List.of(PLAN_TEXT, DESIGN_FIRM_INPUT, EXPERT_INPUT, EXPERTS, DIAGNOSIS_RETURN_REASON)
                .forEach(task::removeVariable);
    }
}
