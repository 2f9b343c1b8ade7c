package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.DECISION_REASONING;
import static org.rectify.enterprise.EnterpriseCaseVariables.DISPOSITION;
import static org.rectify.enterprise.EnterpriseCaseVariables.DISPOSITION_DEADLINE;
import static org.rectify.enterprise.EnterpriseCaseVariables.SUPERVISING_AGENCY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/** Stores the district office's decision from 决定处置 Decide the disposition. */
@Component
class RecordDecisionTaskListener implements TaskListener {

    private final CaseReviewService reviews;
    private final CurrentUser currentUser;
    private final DispositionRouting routing;
    private final CaseProcesses caseProcesses;

    RecordDecisionTaskListener(CaseReviewService reviews, CurrentUser currentUser, DispositionRouting routing,
                               CaseProcesses caseProcesses) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.routing = routing;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        Decision decision = FormValidation.check(() -> {
            DispositionChoice choice = DispositionChoice.parse(task.getVariable(DISPOSITION),
                    task.getVariable(DISPOSITION_DEADLINE), task.getVariable(SUPERVISING_AGENCY),
                    DISPOSITION, DISPOSITION_DEADLINE, SUPERVISING_AGENCY);
            String reasoning = FormValues.text(DECISION_REASONING, task.getVariable(DECISION_REASONING), 4000, true);
            return reviews.decide(caseProcesses.caseId(task), choice, reasoning, currentUser.id(task));
        });
        routing.route(task, decision);
        task.removeVariable(DISPOSITION_DEADLINE);
        task.removeVariable(SUPERVISING_AGENCY);
        task.removeVariable(DECISION_REASONING);
    }
}
