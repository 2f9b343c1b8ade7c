package org.rectify.rectification;

import static org.rectify.enterprise.EnterpriseCaseVariables.CASE_ID;
import static org.rectify.rectification.RectificationVariables.RECTIFICATION_EVIDENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores 实施整改 Rectify: evidence per hazard; refused while any hazard stays open. */
@Component
class RecordRectificationTaskListener implements TaskListener {

    private final UpgradeService upgrades;
    private final CurrentUser currentUser;

    RecordRectificationTaskListener(UpgradeService upgrades, CurrentUser currentUser) {
        this.upgrades = upgrades;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> upgrades.rectify((Long) task.getVariable(CASE_ID),
                HazardLines.evidence(RECTIFICATION_EVIDENCE,
                        FormValues.text(RECTIFICATION_EVIDENCE, task.getVariable(RECTIFICATION_EVIDENCE), 20000, false)),
                currentUser.id(task)));
        task.removeVariable(RECTIFICATION_EVIDENCE);
    }
}
