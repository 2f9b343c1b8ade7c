package org.rectify.rectification;

import static org.rectify.enterprise.EnterpriseCaseVariables.DISPOSITION;
import static org.rectify.rectification.RectificationVariables.EVENT_SWITCHED_TO_RELOCATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.Disposition;
import org.springframework.stereotype.Component;

/**
 * On the case's boundary events of 原地整治提升 Upgrade in place: the case leaves the upgrade path
 * for closure or relocation, and its disposition (variable and record) follows.
 */
@Component
class RecordPathSwitchExecutionListener implements ExecutionListener {

    private final UpgradeService upgrades;
    private final CaseProcesses caseProcesses;

    RecordPathSwitchExecutionListener(UpgradeService upgrades, CaseProcesses caseProcesses) {
        this.upgrades = upgrades;
        this.caseProcesses = caseProcesses;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Disposition disposition = EVENT_SWITCHED_TO_RELOCATION.equals(execution.getCurrentActivityId())
                ? Disposition.RELOCATE_TO_PARK : Disposition.CLOSE;
        upgrades.switchPath(caseProcesses.caseId(execution), disposition);
        execution.setVariable(DISPOSITION, disposition.name());
    }
}
