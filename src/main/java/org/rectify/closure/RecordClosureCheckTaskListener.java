package org.rectify.closure;

import static org.rectify.closure.ClosureVariables.*;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.Disposition;
import org.rectify.shared.CurrentUser;
import org.rectify.shared.FormValidation;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Component;

/**
 * Stores 关闭核查 Verify the closure on site and routes the closure: complete, or a re-check on
 * the date the inspector set.
 */
@Component
class RecordClosureCheckTaskListener implements TaskListener {

    private static final List<String> FORM_ONLY = List.of(PRODUCTION_STOPPED, MATERIALS_DISPOSED,
            EQUIPMENT_DISMANTLED, UTILITIES_CUT, DISPOSAL_METHOD, DISPOSAL_QUANTITY, DISPOSAL_RECIPIENT,
            ELIMINATED_UNITS, LAND_RECLAIMED_MU, STRUCTURES_DEMOLISHED_SQM, CLOSURE_CHECK_NOTE);

    private final ClosureService closures;
    private final CurrentUser currentUser;
    private final CaseProcesses caseProcesses;

    RecordClosureCheckTaskListener(ClosureService closures, CurrentUser currentUser, CaseProcesses caseProcesses) {
        this.closures = closures;
        this.currentUser = currentUser;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateTask task) {
        ClosureCheck check = FormValidation.check(() -> {
            ClosureItems items = new ClosureItems(
                    FormValues.bool(PRODUCTION_STOPPED, task.getVariable(PRODUCTION_STOPPED)),
                    FormValues.bool(MATERIALS_DISPOSED, task.getVariable(MATERIALS_DISPOSED)),
                    FormValues.bool(EQUIPMENT_DISMANTLED, task.getVariable(EQUIPMENT_DISMANTLED)),
                    FormValues.bool(UTILITIES_CUT, task.getVariable(UTILITIES_CUT)),
                    FormValues.text(DISPOSAL_METHOD, task.getVariable(DISPOSAL_METHOD), 300, false),
                    FormValues.text(DISPOSAL_QUANTITY, task.getVariable(DISPOSAL_QUANTITY), 100, false),
                    FormValues.text(DISPOSAL_RECIPIENT, task.getVariable(DISPOSAL_RECIPIENT), 200, false));
            return closures.check(caseProcesses.caseId(task),
                    Disposition.parse(CLOSURE_KIND, task.getVariable(CLOSURE_KIND)), items,
                    UnitCount.parseLines(ELIMINATED_UNITS,
                            FormValues.text(ELIMINATED_UNITS, task.getVariable(ELIMINATED_UNITS), 2000, false)),
                    FormValues.decimal(LAND_RECLAIMED_MU, task.getVariable(LAND_RECLAIMED_MU)),
                    FormValues.decimal(STRUCTURES_DEMOLISHED_SQM, task.getVariable(STRUCTURES_DEMOLISHED_SQM)),
                    FormValues.date(RECHECK_DATE, task.getVariable(RECHECK_DATE)),
                    FormValues.text(CLOSURE_CHECK_NOTE, task.getVariable(CLOSURE_CHECK_NOTE), 4000, true),
                    currentUser.id(task));
        });
        task.setVariable(CLOSURE_COMPLETE, check.isComplete());
        task.setVariable(RECHECK_DATE, check.getRecheckDate() == null ? null
                : Date.from(check.getRecheckDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
        FORM_ONLY.forEach(task::removeVariable);
    }
}
