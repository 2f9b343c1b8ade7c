package org.rectify.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.identity.Agency;
import org.rectify.shared.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register of the cases' open user tasks (table open_task), kept from the engine's task
 * events in the engine's own transaction: created, due date changed (a deadline extension saves
 * the task), completed or deleted. Overdue work per campaign and agency is then one GROUP BY over our tables, whatever the
 * number of cases, and every node of a cluster sees the same register.
 */
@Component
public class OpenTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpenTasks.class);
    private static final int PAGE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskService taskService;
    private final EngineAsSystem engine;
    private final CaseProcesses caseProcesses;

    OpenTasks(NamedParameterJdbcTemplate jdbc, TaskService taskService, EngineAsSystem engine,
              CaseProcesses caseProcesses) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.engine = engine;
        this.caseProcesses = caseProcesses;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> register(task.getId(), caseProcesses.caseIdOrNull(task),
                    task.getTaskDefinitionKey(), task.getDueDate(), task.getCreateTime(), agencies(task.getCandidates()));
            case TaskListener.EVENTNAME_UPDATE -> jdbc.update(
                    "UPDATE open_task SET due_at = :due WHERE task_id = :id",
                    new MapSqlParameterSource("id", task.getId()).addValue("due", timestamp(task.getDueDate())));
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> forget(task.getId());
            default -> {
            }
        }
    }

    /** The case of each registered task, by task id; tasks that are no case's are left out. */
    public Map<String, Long> casesOf(Collection<String> taskIds) {
        Map<String, Long> cases = new LinkedHashMap<>();
        if (!taskIds.isEmpty()) {
            jdbc.query("SELECT task_id, case_id FROM open_task WHERE task_id IN (:ids)",
                    new MapSqlParameterSource("ids", taskIds), rs -> {
                        cases.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return cases;
    }

    /** The open tasks of one case (with those of its called processes): name, due date, the agencies it waits for. */
    public List<OpenTask> ofCase(Long caseId) {
        Map<String, List<String>> agencies = new LinkedHashMap<>();
        jdbc.query("SELECT t.task_id, a.agency FROM open_task t LEFT JOIN open_task_agency a ON a.task_id = t.task_id"
                        + " WHERE t.case_id = :caseId ORDER BY t.created_at, t.task_id",
                new MapSqlParameterSource("caseId", caseId), rs -> {
                    List<String> of = agencies.computeIfAbsent(rs.getString(1), id -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        of.add(rs.getString(2));
                    }
                });
        if (agencies.isEmpty()) {
            return List.of();
        }
        Map<String, Task> tasks = new LinkedHashMap<>();
        engine.call(() -> taskService.createTaskQuery().taskIdIn(agencies.keySet().toArray(String[]::new)).list())
                .forEach(t -> tasks.put(t.getId(), t));
        return agencies.entrySet().stream().filter(e -> tasks.containsKey(e.getKey())).map(e -> {
            Task t = tasks.get(e.getKey());
            return new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                    t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                    t.getDueDate() == null ? null : t.getDueDate().toInstant(), e.getValue());
        }).toList();
    }

    /** An open task of a case as the case file shows it. */
    public record OpenTask(String taskId, String activityId, String name, String assignee, Instant createdAt,
                           Instant dueAt, List<String> agencies) {
    }

    /** Overdue tasks (due before now) of these campaigns' cases, by agency. */
    public Map<String, Long> overdueByAgency(Collection<Long> campaignIds, Instant now) {
        Map<String, Long> counts = new TreeMap<>();
        if (campaignIds.isEmpty()) {
            return counts;
        }
        jdbc.query("""
                SELECT a.agency, COUNT(*) FROM open_task t
                JOIN open_task_agency a ON a.task_id = t.task_id
                JOIN enterprise_case c ON c.id = t.case_id
                WHERE c.campaign_id IN (:campaigns) AND t.due_at < :now
                GROUP BY a.agency""",
                new MapSqlParameterSource("campaigns", campaignIds).addValue("now", Timestamp.from(now)),
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The campaign's cases with an overdue task of the agency, each with how many, by case id. */
    public Map<Long, Long> overdueCases(Long campaignId, String agency, Instant now) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                SELECT t.case_id, COUNT(*) FROM open_task t
                JOIN open_task_agency a ON a.task_id = t.task_id
                JOIN enterprise_case c ON c.id = t.case_id
                WHERE c.campaign_id = :campaign AND a.agency = :agency AND t.due_at < :now
                GROUP BY t.case_id ORDER BY t.case_id""",
                new MapSqlParameterSource("campaign", campaignId).addValue("agency", agency)
                        .addValue("now", Timestamp.from(now)),
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** Over all cases, by agency: {overdue (due before now), due soon (from now, before soon)}. */
    public Map<String, long[]> countsByAgency(Instant now, Instant soon) {
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.query("""
                SELECT a.agency,
                       SUM(CASE WHEN t.due_at < :now THEN 1 ELSE 0 END),
                       SUM(CASE WHEN t.due_at >= :now AND t.due_at < :soon THEN 1 ELSE 0 END)
                FROM open_task t JOIN open_task_agency a ON a.task_id = t.task_id
                WHERE t.due_at < :soon
                GROUP BY a.agency""",
                new MapSqlParameterSource("now", Timestamp.from(now)).addValue("soon", Timestamp.from(soon)),
                rs -> {
                    counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return counts;
    }

    /**
     * After an upgrade from a version without the register, its tasks are entered once at start-up
     * (the register is empty while the engine has tasks). A task another node entered meanwhile is
     * skipped.
     */
    @Override
    public void run(ApplicationArguments args) {
        Long registered = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM open_task", Long.class);
        if (registered == null || registered > 0) {
            return;
        }
        int entered = engine.call(() -> {
            int count = 0;
            for (int first = 0; ; first += PAGE) {
                List<Task> page = taskService.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
                for (Task task : page) {
                    Long caseId = caseProcesses.caseId(task);
                    if (caseId != null) {
                        try {
                            register(task.getId(), caseId, task.getTaskDefinitionKey(), task.getDueDate(),
                                    task.getCreateTime(), agencies(taskService.getIdentityLinksForTask(task.getId())));
                            count++;
                        } catch (DuplicateKeyException alreadyThere) {
                            // entered by its own event on this or another node
                        }
                    }
                }
                if (page.size() < PAGE) {
                    return count;
                }
            }
        });
        if (entered > 0) {
            log.info("Open-task register: {} open case tasks entered from the engine", entered);
        }
    }

    private void register(String taskId, Long caseId, String activityId, Date due, Date created,
                          Collection<String> agencies) {
        if (caseId == null) {
            return;
        }
        jdbc.update("""
                INSERT INTO open_task (task_id, case_id, activity_id, due_at, created_at)
                VALUES (:id, :caseId, :activity, :due, :created)""",
                new MapSqlParameterSource("id", taskId).addValue("caseId", caseId).addValue("activity", activityId)
                        .addValue("due", timestamp(due)).addValue("created", timestamp(created)));
        for (String agency : agencies) {
            jdbc.update("INSERT INTO open_task_agency (task_id, agency) VALUES (:id, :agency)",
                    new MapSqlParameterSource("id", taskId).addValue("agency", agency));
        }
    }

    private void forget(String taskId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", taskId);
        jdbc.update("DELETE FROM open_task_agency WHERE task_id = :id", id);
        jdbc.update("DELETE FROM open_task WHERE task_id = :id", id);
    }

    /**
     * The agencies a task waits for: its candidate groups, a firm's own group counted as its kind
     * (design-firm-12 as design-firm); a candidate user is an enterprise's own account.
     */
    static Collection<String> agencies(Collection<? extends IdentityLink> links) {
        TreeSet<String> agencies = new TreeSet<>();
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                agencies.add(Agency.ofGroup(link.getGroupId()).map(Agency::groupId).orElse(link.getGroupId()));
            } else if (link.getUserId() != null) {
                agencies.add(Agency.ENTERPRISE.groupId());
            }
        }
        return agencies;
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
