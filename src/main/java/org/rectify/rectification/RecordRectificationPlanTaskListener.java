package org.rectify.rectification;

import static org.rectify.enterprise.EnterpriseCaseVariables.CASE_ID;
import static org.rectify.rectification.RectificationVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores 确定整改方案 Agree the rectification plan and opens the first round. */
@Component
class RecordRectificationPlanTaskListener implements TaskListener {

    private final UpgradeService upgrades;
    private final CurrentUser currentUser;

    RecordRectificationPlanTaskListener(UpgradeService upgrades, CurrentUser currentUser) {
        this.upgrades = upgrades;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        RectificationRound round = FormValidation.check(() -> upgrades.agreePlan((Long) task.getVariable(CASE_ID),
                FormValues.text(PLAN_TEXT, task.getVariable(PLAN_TEXT), 4000, true),
                FormValues.text(DESIGN_FIRM_INPUT, task.getVariable(DESIGN_FIRM_INPUT), 4000, true),
                FormValues.text(EXPERT_INPUT, task.getVariable(EXPERT_INPUT), 4000, true),
                FormValues.text(EXPERTS, task.getVariable(EXPERTS), 500, true),
                currentUser.id(task)));
        RoundVariables.set(task, round);
        List.of(PLAN_TEXT, DESIGN_FIRM_INPUT, EXPERT_INPUT, EXPERTS).forEach(task::removeVariable);
    }
}
