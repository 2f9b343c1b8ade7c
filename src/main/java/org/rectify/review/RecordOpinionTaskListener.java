package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.OPINION_DISPOSITION;
import static org.rectify.enterprise.EnterpriseCaseVariables.OPINION_TEXT;
import static org.rectify.enterprise.EnterpriseCaseVariables.REVIEWING_AGENCY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.Disposition;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores one agency's opinion from 联合会审 Conduct joint review. */
@Component
class RecordOpinionTaskListener implements TaskListener {

    private final CaseReviewService reviews;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordOpinionTaskListener(CaseReviewService reviews, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> {
            Disposition proposed = Disposition.parse(OPINION_DISPOSITION, task.getVariable(OPINION_DISPOSITION));
            String text = FormValues.text(OPINION_TEXT, task.getVariable(OPINION_TEXT), 4000, true);
            reviews.recordOpinion(caseProcesses.caseId(task), (String) task.getVariable(REVIEWING_AGENCY),
                    proposed, text, currentUser.id(task));
        });
        task.removeVariable(OPINION_DISPOSITION);
        task.removeVariable(OPINION_TEXT);
    }
}
