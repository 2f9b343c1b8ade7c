package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.CASE_ID;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.enterprise.CaseContextContributor;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.stereotype.Component;

/**
 * Gives a new case task the context its form shows read-only, as task-local variables that go
 * with the task, and moves the case's stage along.
 */
@Component
class CaseContextTaskListener implements TaskListener {

    private final CaseContext context;
    private final CaseLifecycle lifecycle;
    private final List<CaseContextContributor> contributors;
    private final Map<String, CaseStage> stages = new HashMap<>();

    CaseContextTaskListener(CaseContext context, CaseLifecycle lifecycle, List<CaseContextContributor> contributors) {
        this.context = context;
        this.lifecycle = lifecycle;
        this.contributors = contributors;
        contributors.forEach(c -> stages.putAll(c.stagesByActivity()));
    }

    @Override
    public void notify(DelegateTask task) {
        Long caseId = (Long) task.getVariable(CASE_ID);
        CaseStage stage = stages.get(task.getTaskDefinitionKey());
        if (stage != null) {
            lifecycle.moveTo(caseId, stage);
        }
        EnterpriseCase enterpriseCase = context.enterpriseCase(caseId);
        for (CaseContextContributor contributor : contributors) {
            task.setVariablesLocal(contributor.summaries(enterpriseCase));
        }
    }
}
