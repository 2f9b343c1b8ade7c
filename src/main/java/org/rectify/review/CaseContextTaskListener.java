package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.CREDIT_CODE;
import static org.rectify.enterprise.EnterpriseCaseVariables.ENTERPRISE_NAME;
import static org.rectify.enterprise.EnterpriseCaseVariables.OPINIONS_SUMMARY;

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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives a new case task the context its form shows read-only, as task-local variables that go
 * with the task, and moves the case's stage along.
 */
@Component
class CaseContextTaskListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The texts each task keeps itself: Tasklist's list shows them (filter variables). */
    private static final Set<String> LIST_COLUMNS = Set.of(ENTERPRISE_NAME, CREDIT_CODE);
    /** The engine's suffix of a multi-instance activity's own scope. */
    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";
    /** The key of the texts computed in the current transaction. */
    private static final Object CACHE = new Object();

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
     * On create: the stage, the form's read-only context and its select options, computed once per
     * case and reader in a transaction; the six joint-review tasks share them, written once in
     * their multi-instance's scope (the review's, not the process's). On a claim
     * (assignment) only what others add while the task is open is computed again: the other
     * agencies' opinions in a joint-review form; the case file shows the rest as it is now.
     */
    @Override
    public void notify(DelegateTask task) {
        boolean created = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        TaskForm form = forms.of(task);
        Set<String> shown = created ? form.readOnlyKeys() : live(form.readOnlyKeys());
        if (!created && shown.isEmpty()) {
            return;
        }
        Long caseId = caseProcesses.caseId(task);
        CaseStage stage = stages.get(task.getTaskDefinitionKey());
        if (created && stage != null) {
            lifecycle.moveTo(caseId, stage);
        }
        CaseView view = readerOf(task);
        Map<String, String> texts = summaries(caseId, task.getTaskDefinitionKey(), shown, view, !created);
        // the tasks of a multi-instance (the six joint-review tasks) read the same texts from their
        // activity's scope, written once; Tasklist's list columns stay on each task
        boolean shareable = created && view == CaseView.FULL
                && task.getBpmnModelElementInstance().getLoopCharacteristics() != null;
        boolean writeShared = shareable && firstOfActivity(caseId, task.getTaskDefinitionKey());
        texts.forEach((key, text) -> {
            if (shareable && !LIST_COLUMNS.contains(key)) {
                if (writeShared) {
                    task.getExecution().setVariable(key, text, task.getTaskDefinitionKey() + MULTI_INSTANCE_BODY);
                }
            } else if (created || !text.equals(task.getVariable(key))) {
                task.setVariableLocal(key, text);
            }
        });
        if (created && !form.optionKeys().isEmpty()) {
            EnterpriseCase enterpriseCase = context.enterpriseCase(caseId);
            // a select's options as a JSON variable, which Tasklist's forms read as {label, value} choices
            contributors.forEach(contributor -> contributor.options(enterpriseCase, form.optionKeys())
                    .forEach((key, choices) -> task.setVariableLocal(key, SpinValues.jsonValue(json(choices)).create())));
        }
    }

    /** True for the first task of the activity in this case and transaction. */
    private static boolean firstOfActivity(Long caseId, String activity) {
        Map<List<Object>, Map<String, String>> shared = transactionCache();
        return shared.putIfAbsent(List.of(caseId, activity, "shared"), Map.of()) == null;
    }

    private static Set<String> live(Set<String> shown) {
        return shown.contains(OPINIONS_SUMMARY) ? Set.of(OPINIONS_SUMMARY) : Set.of();
    }

    /**
     * The texts of every contributor; fresh on a claim, else shared by the tasks of one activity
     * created together (a multi-instance's), which nothing can change in between.
     */
    private Map<String, String> summaries(Long caseId, String activity, Set<String> shown, CaseView view,
                                          boolean fresh) {
        Map<List<Object>, Map<String, String>> shared = fresh ? new HashMap<>() : transactionCache();
        return shared.computeIfAbsent(List.of(caseId, activity, view), key -> {
            EnterpriseCase enterpriseCase = context.enterpriseCase(caseId);
            Map<String, String> texts = new HashMap<>();
            contributors.forEach(contributor -> texts.putAll(contributor.summaries(enterpriseCase, shown, view)));
            return texts;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<List<Object>, Map<String, String>> transactionCache() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Object bound = TransactionSynchronizationManager.getResource(CACHE);
        if (bound != null) {
            return (Map<List<Object>, Map<String, String>>) bound;
        }
        Map<List<Object>, Map<String, String>> cache = new HashMap<>();
        TransactionSynchronizationManager.bindResource(CACHE, cache);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
            }
        });
        return cache;
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
