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

/** Stores 签订承诺书 Sign the commitment letter and routes on the enterprise's choice. */
@Component
class RecordCommitmentTaskListener implements TaskListener {

    private final UpgradeService upgrades;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordCommitmentTaskListener(UpgradeService upgrades, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.upgrades = upgrades;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        EnterpriseChoice choice = FormValidation.check(() -> upgrades.commit(caseProcesses.caseId(task),
                FormValues.choice(ENTERPRISE_CHOICE, task.getVariable(ENTERPRISE_CHOICE), EnterpriseChoice.Choice.class),
                RoundVariables.id(DESIGN_FIRM_ID, task.getVariable(DESIGN_FIRM_ID)),
                RoundVariables.id(EVALUATION_FIRM_ID, task.getVariable(EVALUATION_FIRM_ID)),
                FormValues.text(COMMITMENT_NOTE, task.getVariable(COMMITMENT_NOTE), 4000, false),
                currentUser.id(task)));
        task.setVariable(ENTERPRISE_CHOICE, choice.getChoice().name());
        List.of(DESIGN_FIRM_ID, EVALUATION_FIRM_ID, COMMITMENT_NOTE).forEach(task::removeVariable);
    }
}
