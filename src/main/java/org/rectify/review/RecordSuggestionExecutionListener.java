package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.SUGGESTED_DISPOSITION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.Disposition;
import org.springframework.stereotype.Component;

/** Keeps the DMN table's suggestion on the case, where reviewers and reports read it. */
@Component
class RecordSuggestionExecutionListener implements ExecutionListener {

    private final CaseReviewService reviews;
    private final CaseProcesses caseProcesses;

    RecordSuggestionExecutionListener(CaseReviewService reviews, CaseProcesses caseProcesses) {
        this.reviews = reviews;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Disposition suggestion = Disposition.parse(SUGGESTED_DISPOSITION, execution.getVariable(SUGGESTED_DISPOSITION));
        reviews.recordSuggestion(caseProcesses.caseId(execution), suggestion);
    }
}
