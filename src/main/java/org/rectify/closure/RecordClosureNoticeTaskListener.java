package org.rectify.closure;

import static org.rectify.closure.ClosureVariables.CLOSURE_KIND;
import static org.rectify.closure.ClosureVariables.CLOSURE_NOTICE_TEXT;
import static org.rectify.closure.ClosureVariables.STOP_PRODUCTION_BY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.Disposition;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores 下达关闭通知 Issue the closure notice. */
@Component
class RecordClosureNoticeTaskListener implements TaskListener {

    private final ClosureService closures;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordClosureNoticeTaskListener(ClosureService closures, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.closures = closures;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> closures.issueNotice(caseProcesses.caseId(task),
                Disposition.parse(CLOSURE_KIND, task.getVariable(CLOSURE_KIND)),
                FormValues.requiredDate(STOP_PRODUCTION_BY, task.getVariable(STOP_PRODUCTION_BY)),
                FormValues.text(CLOSURE_NOTICE_TEXT, task.getVariable(CLOSURE_NOTICE_TEXT), 4000, true),
                currentUser.id(task)));
        task.removeVariable(STOP_PRODUCTION_BY);
        task.removeVariable(CLOSURE_NOTICE_TEXT);
    }
}
