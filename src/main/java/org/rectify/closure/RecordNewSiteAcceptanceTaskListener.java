package org.rectify.closure;

import static org.rectify.closure.ClosureVariables.NEW_SITE_ACCEPTED;
import static org.rectify.closure.ClosureVariables.NEW_SITE_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores 搬迁入园验收 Accept the new site; newSiteAccepted routes the relocation. */
@Component
class RecordNewSiteAcceptanceTaskListener implements TaskListener {

    private final ClosureService closures;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordNewSiteAcceptanceTaskListener(ClosureService closures, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.closures = closures;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        RelocationPlan plan = FormValidation.check(() -> closures.acceptNewSite(caseProcesses.caseId(task),
                FormValues.bool(NEW_SITE_ACCEPTED, task.getVariable(NEW_SITE_ACCEPTED)),
                FormValues.text(NEW_SITE_NOTE, task.getVariable(NEW_SITE_NOTE), 4000, true),
                currentUser.id(task)));
        task.setVariable(NEW_SITE_ACCEPTED, plan.getSiteAccepted());
        task.removeVariable(NEW_SITE_NOTE);
    }
}
