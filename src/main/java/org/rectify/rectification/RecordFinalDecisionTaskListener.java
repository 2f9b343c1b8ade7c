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

/** Stores the district office's decision after the last failed round: closure or one more round. */
@Component
class RecordFinalDecisionTaskListener implements TaskListener {

    private final UpgradeService upgrades;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordFinalDecisionTaskListener(UpgradeService upgrades, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.upgrades = upgrades;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean close = FormValidation.check(() -> FormValues.bool(CLOSURE_ORDERED, task.getVariable(CLOSURE_ORDERED)));
        RectificationRound round = FormValidation.check(() -> upgrades.decideAfterRounds(
                caseProcesses.caseId(task), close,
                FormValues.date(EXTRA_ROUND_DEADLINE, task.getVariable(EXTRA_ROUND_DEADLINE)),
                FormValues.text(FINAL_DECISION_NOTE, task.getVariable(FINAL_DECISION_NOTE), 4000, true),
                currentUser.id(task)));
        task.setVariable(CLOSURE_ORDERED, close);
        if (round != null) {
            RoundVariables.set(task, round);
        }
        List.of(EXTRA_ROUND_DEADLINE, FINAL_DECISION_NOTE).forEach(task::removeVariable);
    }
}
