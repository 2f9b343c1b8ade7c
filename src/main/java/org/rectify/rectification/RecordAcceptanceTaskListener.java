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

/** Stores 现场验收 Conduct on-site acceptance and routes: passed, a 限期整改 round, or rounds used up. */
@Component
class RecordAcceptanceTaskListener implements TaskListener {

    private final UpgradeService upgrades;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordAcceptanceTaskListener(UpgradeService upgrades, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.upgrades = upgrades;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        UpgradeService.AcceptanceResult result = FormValidation.check(() -> upgrades.accept(
                caseProcesses.caseId(task),
                FormValues.bool(ACCEPTANCE_PASSED, task.getVariable(ACCEPTANCE_PASSED)),
                FormValues.text(ACCEPTANCE_PARTICIPANTS, task.getVariable(ACCEPTANCE_PARTICIPANTS), 1000, true),
                HazardLines.ids(REOPEN_HAZARDS,
                        FormValues.text(REOPEN_HAZARDS, task.getVariable(REOPEN_HAZARDS), 2000, false)),
                FormValues.date(RE_RECTIFICATION_DEADLINE, task.getVariable(RE_RECTIFICATION_DEADLINE)),
                FormValues.text(ACCEPTANCE_NOTE, task.getVariable(ACCEPTANCE_NOTE), 4000, true),
                currentUser.id(task)));
        task.setVariable(ACCEPTANCE_PASSED, result.outcome() == UpgradeService.AcceptanceOutcome.PASSED);
        task.setVariable(ROUNDS_LEFT, result.outcome() == UpgradeService.AcceptanceOutcome.NEW_ROUND);
        if (result.round() != null) {
            RoundVariables.set(task, result.round());
        }
        List.of(ACCEPTANCE_PARTICIPANTS, REOPEN_HAZARDS, RE_RECTIFICATION_DEADLINE, ACCEPTANCE_NOTE)
                .forEach(task::removeVariable);
    }
}
