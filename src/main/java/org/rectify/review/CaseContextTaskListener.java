package org.rectify.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.spin.plugin.variable.SpinValues;
import org.rectify.enterprise.CaseContextContributor;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.identity.Agency;
import org.rectify.shared.TaskForm;
import org.rectify.shared.TaskForms;
import org.springframework.stereotype.Component;

/**
 * Gives a new case task the context its form shows read-only, as task-local variables that go
 * with the task, and moves the case's stage along.
 */
@Component
class CaseContextTaskListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseContext context;
    private final CaseLifecycle lifecycle;
    private final List<CaseContextContributor> contributors;
    private final Map<String, CaseStage> stages = new HashMap<>();
    private final CaseProcesses caseProcesses;
    private final TaskForms forms;

    CaseContextTaskListener(CaseContext context, CaseLifecycle lifecycle, List<CaseContextContributor> contributors,
                            CaseProcesses caseProcesses, TaskForms forms) {
        this.forms = forms;
        this.context = context;
        this.lifecycle = lifecycle;
        this.contributors = contributors;
        this.caseProcesses = caseProcesses;
        contributors.forEach(c -> stages.putAll(c.stagesByActivity()));
    }

    /**
     * The stage, the form's read-only context and, on create, its select options. On a claim
     * (assignment) the context is computed again, as others may have added to the case meanwhile
     * (the other agencies' opinions), but only the texts that changed are written.
     */
    @Override
    public void notify(DelegateTask task) {
        boolean created = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        Long caseId = caseProcesses.caseId(task);
        CaseStage stage = stages.get(task.getTaskDefinitionKey());
        if (stage != null) {
            lifecycle.moveTo(caseId, stage);
        }
        EnterpriseCase enterpriseCase = context.enterpriseCase(caseId);
        TaskForm form = forms.of(task);
        Set<String> shown = form.readOnlyKeys();
        CaseView view = readerOf(task);
        Set<String> optionKeys = created ? form.optionKeys() : Set.of();
        for (CaseContextContributor contributor : contributors) {
            contributor.summaries(enterpriseCase, shown, view).forEach((key, text) -> {
                if (created || !text.equals(task.getVariableLocal(key))) {
                    task.setVariableLocal(key, text);
                }
            });
            // a select's options as a JSON variable, which Tasklist's forms read as {label, value} choices
            contributor.options(enterpriseCase, optionKeys).forEach((key, choices) -> task.setVariableLocal(key,
                    SpinValues.jsonValue(json(choices)).create()));
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("options not writable as JSON", e);
        }
    }

    /** An agency's task carries the whole record; the enterprise's and a firm's only their share. */
    static CaseView readerOf(DelegateTask task) {
        boolean agency = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .anyMatch(group -> group != null && Agency.byGroupId(group).filter(a -> !a.isUmbrella()).isPresent());
        return agency ? CaseView.FULL : CaseView.EXTERNAL;
    }
}
