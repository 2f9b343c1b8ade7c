package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.APPROVALS_PRESENT;
import static org.rectify.enterprise.EnterpriseCaseVariables.PRODUCTION_RUNNING;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/**
 * Stores the eight findings of 调查摸底 Survey the enterprise. The compliance flags stay as
 * variables for the DMN table; the notes move to our tables and leave the process.
 */
@Component
class RecordSurveyTaskListener implements TaskListener {

    private final CaseReviewService reviews;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordSurveyTaskListener(CaseReviewService reviews, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValidation.check(() -> {
            List<SurveyAnswer> answers = new ArrayList<>();
            List<String> unexplained = new ArrayList<>();
            for (AccessDimension dimension : AccessDimension.values()) {
                boolean compliant = FormValues.bool(dimension.compliantVariable(),
                        task.getVariable(dimension.compliantVariable()));
                String note = FormValues.text(dimension.noteVariable(), task.getVariable(dimension.noteVariable()),
                        2000, false);
                if (!compliant && note == null) {
                    unexplained.add(dimension.displayName() + " (" + dimension.noteVariable() + ")");
                }
                answers.add(new SurveyAnswer(dimension, compliant, note));
                task.setVariable(dimension.compliantVariable(), compliant);
            }
            if (!unexplained.isEmpty()) {
                throw new IllegalArgumentException("不符合的项须填写情况说明 A note is required for each requirement "
                        + "not met: " + String.join(", ", unexplained));
            }
            boolean running = FormValues.bool(PRODUCTION_RUNNING, task.getVariable(PRODUCTION_RUNNING));
            boolean approvals = FormValues.bool(APPROVALS_PRESENT, task.getVariable(APPROVALS_PRESENT));
            task.setVariable(PRODUCTION_RUNNING, running);
            task.setVariable(APPROVALS_PRESENT, approvals);
            reviews.recordSurvey(caseProcesses.caseId(task), answers, running, approvals, currentUser.id(task));
        });
        for (AccessDimension dimension : AccessDimension.values()) {
            task.removeVariable(dimension.noteVariable());
        }
    }
}
