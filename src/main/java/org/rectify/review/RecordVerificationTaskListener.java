package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.AMENDED_DEADLINE;
import static org.rectify.enterprise.EnterpriseCaseVariables.AMENDED_DISPOSITION;
import static org.rectify.enterprise.EnterpriseCaseVariables.AMENDED_SUPERVISING_AGENCY;
import static org.rectify.enterprise.EnterpriseCaseVariables.VERIFICATION_CONFIRMED;
import static org.rectify.enterprise.EnterpriseCaseVariables.VERIFICATION_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores the town's confirmation or amendment from 现场核查 Verify on site. */
@Component
class RecordVerificationTaskListener implements TaskListener {

    private final CaseReviewService reviews;
    private final CurrentUser currentUser;
    private final DispositionRouting routing;
    private final CaseProcesses caseProcesses;

    RecordVerificationTaskListener(CaseReviewService reviews, CurrentUser currentUser, DispositionRouting routing,
                                   CaseProcesses caseProcesses) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.routing = routing;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        Decision inForce = FormValidation.check(() -> {
            boolean confirmed = FormValues.bool(VERIFICATION_CONFIRMED, task.getVariable(VERIFICATION_CONFIRMED));
            String note = FormValues.text(VERIFICATION_NOTE, task.getVariable(VERIFICATION_NOTE), 4000, true);
            DispositionChoice amendment = confirmed ? null : DispositionChoice.parse(
                    task.getVariable(AMENDED_DISPOSITION), task.getVariable(AMENDED_DEADLINE),
                    task.getVariable(AMENDED_SUPERVISING_AGENCY),
                    AMENDED_DISPOSITION, AMENDED_DEADLINE, AMENDED_SUPERVISING_AGENCY);
            return reviews.verify(caseProcesses.caseId(task), amendment, note, currentUser.id(task));
        });
        routing.route(task, inForce);
        for (String formOnly : new String[] {VERIFICATION_CONFIRMED, AMENDED_DISPOSITION, AMENDED_DEADLINE,
                AMENDED_SUPERVISING_AGENCY, VERIFICATION_NOTE}) {
            task.removeVariable(formOnly);
        }
    }
}
