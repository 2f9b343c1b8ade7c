package org.rectify.enterprise;

import static org.rectify.enterprise.EnterpriseCaseVariables.CASE_ID;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rectify.shared.EngineAsSystem;
import org.rectify.shared.FormValidation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which case a process instance belongs to, by the server's own record: the case names the root
 * instance of its Process_EnterpriseCase, and the processes that instance calls belong to it too.
 * No variable is consulted, so nothing a task submission writes can point a listener at another case.
 */
@Component("caseProcesses")
@Transactional
public class CaseProcesses {

    private final EnterpriseCaseRepository cases;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final EngineAsSystem engine;
    private final HistoryService historyService;
    private final Map<String, Long> caseByRoot = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 20_000;
        }
    };

    CaseProcesses(EnterpriseCaseRepository cases, RuntimeService runtimeService, TaskService taskService,
                  EngineAsSystem engine, HistoryService historyService) {
        this.historyService = historyService;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.engine = engine;
    }

    public Long caseId(DelegateTask task) {
        return caseId(task.getExecution());
    }

    public Long caseId(DelegateExecution execution) {
        return caseOfRootInstance(rootInstanceId(execution));
    }

    /** The enterprise's own account, which its tasks name as candidate user (BPMN expressions). */
    @Transactional(readOnly = true)
    public String enterpriseAccount(DelegateExecution execution) {
        Long caseId = caseId(execution);
        String account = cases.findWithEnterpriseById(caseId).map(c -> c.getEnterprise().getAccountUserId())
                .orElse(null);
        if (account == null) {
            throw new IllegalStateException("The enterprise of case " + caseId + " has no account");
        }
        return account;
    }

    /** The case of a task, or null when its process is not a case's (a campaign start, a test process). */
    public Long caseIdOrNull(DelegateTask task) {
        return caseOfRoot(rootInstanceId(task.getExecution())).orElse(null);
    }

    /** The case of an execution's process tree, or null when it is no case's (an equipment inspection). */
    public Long caseIdOrNull(DelegateExecution execution) {
        return caseOfRoot(rootInstanceId(execution)).orElse(null);
    }

    /** The case of a task outside a listener, e.g. one a REST client names. */
    @Transactional(readOnly = true)
    public Long caseId(Task task) {
        String root = engine.call(() -> rootInstanceId(task));
        return root == null ? null : caseOfRoot(root).orElse(null);
    }

    /**
     * The case of a process instance, running or ended, or of any instance it called (Cockpit's
     * process-instance pages); empty when the instance belongs to no case.
     */
    @Transactional(readOnly = true)
    public Optional<Long> caseOfInstance(String processInstanceId) {
        HistoricProcessInstance instance = engine.call(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult());
        if (instance == null) {
            return Optional.empty();
        }
        String root = instance.getRootProcessInstanceId() != null ? instance.getRootProcessInstanceId() : instance.getId();
        return caseOfRoot(root);
    }

    /** The case of a task (Tasklist's task pages); empty for a task of no case or no task. */
    @Transactional(readOnly = true)
    public Optional<Long> caseOfTask(String taskId) {
        HistoricTaskInstance task = engine.call(() -> historyService.createHistoricTaskInstanceQuery().taskId(taskId)
                .singleResult());
        return task == null || task.getProcessInstanceId() == null ? Optional.empty()
                : caseOfInstance(task.getProcessInstanceId());
    }

    /** The case's open tasks of one activity, in its own instance or any it called. */
    @Transactional(readOnly = true)
    public List<Task> openTasks(Long caseId, String activityId) {
        EnterpriseCase enterpriseCase = cases.findWithEnterpriseById(caseId).orElse(null);
        if (enterpriseCase == null || enterpriseCase.getProcessInstanceId() == null) {
            return List.of();
        }
        return engine.call(() -> taskService.createTaskQuery()
                .processInstanceBusinessKey(enterpriseCase.getEnterprise().getCreditCode())
                .taskDefinitionKey(activityId).listPage(0, 50).stream()
                .filter(task -> enterpriseCase.getProcessInstanceId().equals(rootInstanceId(task)))
                .toList());
    }

    /**
     * The start listener of Process_EnterpriseCase: the case that the server opened names this
     * instance from now on. Only the server starts this process (agencies may not create instances),
     * and it passes the case's id as the one start variable, which leaves the process here.
     */
    void link(DelegateExecution execution) {
        Object caseId = execution.getVariable(CASE_ID);
        execution.removeVariable(CASE_ID);
        // refusals of what the caller sent: the engine REST API answers 400, not 500
        EnterpriseCase enterpriseCase = FormValidation.check(() -> {
            if (!(caseId instanceof Number number)) {
                throw new IllegalArgumentException(CASE_ID + ": " + EnterpriseCaseVariables.PROCESS_ID
                        + " is started by opening a case (POST /api/cases), not directly");
            }
            EnterpriseCase found = cases.findById(number.longValue()).orElseThrow(() ->
                    new IllegalArgumentException(CASE_ID + ": no case " + caseId));
            if (found.getProcessInstanceId() != null) {
                throw new IllegalArgumentException(CASE_ID + ": case " + caseId + " already runs as process instance "
                        + found.getProcessInstanceId());
            }
            return found;
        });
        enterpriseCase.setProcessInstanceId(execution.getProcessInstanceId());
    }

    /**
     * The case an instance tree belongs to. An instance's case never changes once linked, so the
     * answers are kept (a bounded number): listeners ask for every task and event of a step.
     */
    private Optional<Long> caseOfRoot(String rootInstanceId) {
        synchronized (caseByRoot) {
            Long known = caseByRoot.get(rootInstanceId);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<Long> found = cases.findIdByProcessInstanceId(rootInstanceId);
        found.ifPresent(id -> {
            synchronized (caseByRoot) {
                caseByRoot.put(rootInstanceId, id);
            }
        });
        return found;
    }

    private Long caseOfRootInstance(String rootInstanceId) {
        return caseOfRoot(rootInstanceId).orElseThrow(() -> new IllegalStateException(
                "Process instance " + rootInstanceId + " belongs to no case"));
    }

    private static String rootInstanceId(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance.getProcessInstanceId();
    }

    private String rootInstanceId(Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getRootProcessInstanceId();
    }
}
