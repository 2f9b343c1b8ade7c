package org.rectify.rectification;

import static org.rectify.rectification.RectificationVariables.RECTIFICATION_EVIDENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores 实施整改 Rectify: evidence per hazard; refused while any hazard stays open. */
@Component
class RecordRectificationTaskListener implements TaskListener {

    private final UpgradeService upgrades;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordRectificationTaskListener(UpgradeService upgrades, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.upgrades = upgrades;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> upgrades.rectify(caseProcesses.caseId(task),
                HazardLines.evidence(RECTIFICATION_EVIDENCE,
                        FormValues.text(RECTIFICATION_EVIDENCE, task.getVariable(RECTIFICATION_EVIDENCE), 20000, false)),
                currentUser.id(task)));
        task.removeVariable(RECTIFICATION_EVIDENCE);
    }
}
