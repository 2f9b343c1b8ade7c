package org.rectify.config;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.rectify.deadline.CaseDeadlines;
import org.rectify.deadline.OverdueTasks;
import org.rectify.shared.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running cases from older versions of the diagrams to the latest, with Camunda's migration
 * API: activities map to the activities of the same id (every case task keeps its id), timers and
 * variables stay. What the latest version no longer has cannot be mapped: such an activity that is
 * active (the 督办 user task each case task carried before 0.2) is closed first and said so; the
 * lateness it stood for is escalated again by the new diagram if the task is still late. Timers
 * that the new version declares on an open task follow the task's own due and follow-up dates.
 * Each version moves in slices of {@value #SLICE} instances, one transaction each. A task that is
 * late when it moves is escalated again one interval later, not at once.
 */
@Service
public class DiagramMigration {

    static final int SLICE = 200;
    /** the job type of a timeout task listener's timer */
    static final String TIMEOUT_TIMER = "timer-task-listener";

    private static final Logger log = LoggerFactory.getLogger(DiagramMigration.class);

    /** What moved for one older version of a process. */
    public record Moved(String processKey, int fromVersion, int toVersion, int instances, List<String> closedActivities) {
    }

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final OverdueTasks overdueTasks;
    private final EngineAsSystem engine;
    private final TransactionTemplate transaction;

    DiagramMigration(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
                     ManagementService managementService, OverdueTasks overdueTasks, EngineAsSystem engine,
                     PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.overdueTasks = overdueTasks;
        this.engine = engine;
    }

    /** Moves every running instance of an older version to the latest version of its process. */
    public List<Moved> migrateRunningInstances() {
        return engine.call(() -> {
            List<Moved> moved = new ArrayList<>();
            for (ProcessDefinition latest : repositoryService.createProcessDefinitionQuery().latestVersion()
                    .orderByProcessDefinitionKey().asc().list()) {
                BpmnModelInstance target = repositoryService.getBpmnModelInstance(latest.getId());
                for (ProcessDefinition older : repositoryService.createProcessDefinitionQuery()
                        .processDefinitionKey(latest.getKey()).orderByProcessDefinitionVersion().asc().list()) {
                    if (older.getVersion() < latest.getVersion()) {
                        migrate(older, latest, target).ifPresent(moved::add);
                    }
                }
            }
            return moved;
        });
    }

    private java.util.Optional<Moved> migrate(ProcessDefinition older, ProcessDefinition latest, BpmnModelInstance target) {
        List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId()).list().stream()
                .map(ProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            return java.util.Optional.empty();
        }
        MigrationPlan plan;
        try {
            plan = runtimeService.createMigrationPlan(older.getId(), latest.getId()).mapEqualActivities()
                    .updateEventTriggers().build();
        } catch (MigrationPlanValidationException e) {
            throw refused(older, latest, e);
        }
        Set<String> closed = new TreeSet<>();
        for (String id : ids) {
            closeUnmappable(id, target, closed);
        }
        Set<String> timeoutTimers = managementService.createJobDefinitionQuery().processDefinitionId(older.getId())
                .list().stream().filter(definition -> TIMEOUT_TIMER.equals(definition.getJobType()))
                .map(JobDefinition::getId).collect(java.util.stream.Collectors.toSet());
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            transaction.executeWithoutResult(status -> {
                // the engine's migration of timeout-listener timers edits the target definition it has cached
                // (7.24: a shallow copy in ActivityInstanceJobHandler), which then creates no such timers
                // until a restart; dropped first, the new version declares them afresh, on the tasks' dates
                for (String id : slice) {
                    managementService.createJobQuery().processInstanceId(id).timers().list().stream()
                            .filter(job -> timeoutTimers.contains(job.getJobDefinitionId()))
                            .forEach(job -> managementService.deleteJob(job.getId()));
                }
                try {
                    CaseDeadlines.followingOpenTasks(() -> {
                        runtimeService.newMigration(plan).processInstanceIds(slice).skipCustomListeners().execute();
                        return null;
                    });
                } catch (MigratingProcessInstanceValidationException e) {
                    throw refused(older, latest, e);
                }
                slice.forEach(this::dropRemindersAlreadySent);
            });
        }
        log.info("Migrated {} instances of {} from version {} to {}; closed where not in the new version: {}",
                ids.size(), older.getKey(), older.getVersion(), latest.getVersion(), closed);
        return java.util.Optional.of(new Moved(older.getKey(), older.getVersion(), latest.getVersion(), ids.size(),
                List.copyOf(closed)));
    }

    /**
     * The engine cannot map this version to the latest (an activity kept its id but changed its kind,
     * say): nothing of this slice moves, versions moved before stay moved, and the answer (409) says
     * which process and version and what the engine found.
     */
    private static IllegalStateException refused(ProcessDefinition older, ProcessDefinition latest,
                                                 org.camunda.bpm.engine.ProcessEngineException e) {
        return new IllegalStateException(older.getKey() + ": version " + older.getVersion() + " cannot move to version "
                + latest.getVersion() + " by activity ids; map the changed activities in a migration of their own"
                + " (README, \"Releasing a changed diagram\"): " + e.getMessage());
    }

    /** Cancels the active activities of the instance that the target version does not have. */
    private void closeUnmappable(String processInstanceId, BpmnModelInstance target, Set<String> closed) {
        List<ActivityInstance> unmappable = new ArrayList<>();
        collectUnmappable(runtimeService.getActivityInstance(processInstanceId), target, unmappable);
        for (ActivityInstance instance : unmappable) {
            runtimeService.createProcessInstanceModification(processInstanceId).cancelActivityInstance(instance.getId())
                    .execute(true, true);
            closed.add(instance.getActivityId());
        }
    }

    private static void collectUnmappable(ActivityInstance instance, BpmnModelInstance target, List<ActivityInstance> found) {
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            String id = child.getActivityId().replace("#multiInstanceBody", "");
            if (target.getModelElementById(id) == null) {
                found.add(child);
            } else {
                collectUnmappable(child, target, found);
            }
        }
    }

    /** A reminder the old version sent already is not sent again by the new version's timer. */
    private void dropRemindersAlreadySent(String processInstanceId) {
        Date now = ClockUtil.getCurrentTime();
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
            Date followUp = task.getFollowUpDate();
            if (followUp == null || followUp.after(now) || !overdueTasks.reminded(task.getId())) {
                continue;
            }
            for (Job timer : managementService.createJobQuery().executionId(task.getExecutionId()).timers().list()) {
                if (followUp.equals(timer.getDuedate())) {
                    managementService.deleteJob(timer.getId());
                }
            }
        }
    }
}
