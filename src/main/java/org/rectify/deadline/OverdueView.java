package org.rectify.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.rectify.shared.EngineAsSystem;
import org.springframework.stereotype.Service;

/** Open case tasks past or near their due date, by agency: who is late on what. */
@Service
public class OverdueView {

    /** Enough for a dashboard; the counts per agency cover every task (from the open-task register). */
    static final int MAX_LISTED = 500;

    public record LateTask(String taskId, String name, String activityId, String processInstanceId,
                           Long caseId, List<String> agencies, String assignee, Instant due) {
    }

    public record AgencyCount(long overdue, long dueSoon) {
    }

    public record Overview(Instant at, int withinDays, List<LateTask> overdue, List<LateTask> dueSoon,
                           Map<String, AgencyCount> byAgency) {
    }

    private final TaskService taskService;
    private final EngineAsSystem engine;
    private final OpenTasks openTasks;

    OverdueView(TaskService taskService, EngineAsSystem engine, OpenTasks openTasks) {
        this.taskService = taskService;
        this.engine = engine;
        this.openTasks = openTasks;
    }

    /** Overdue tasks of these campaigns' cases by agency, all of them counted (the dashboard, the summary). */
    public Map<String, Long> overdueByAgency(Collection<Long> campaignIds) {
        return openTasks.overdueByAgency(campaignIds, ClockUtil.getCurrentTime().toInstant());
    }

    /** The campaign's cases with overdue tasks of the agency, with how many each, by case id. */
    public Map<Long, Long> overdueCases(Long campaignId, String agency) {
        return openTasks.overdueCases(campaignId, agency, ClockUtil.getCurrentTime().toInstant());
    }

    public Overview overview(int withinDays) {
        if (withinDays < 0 || withinDays > 365) {
            throw new IllegalArgumentException("withinDays: between 0 and 365, got " + withinDays);
        }
        return engine.call(() -> {
            Date now = ClockUtil.getCurrentTime();
            Date soon = Date.from(now.toInstant().plusSeconds(withinDays * 86_400L));
            List<LateTask> overdue = late(taskService.createTaskQuery().dueBefore(now).orderByDueDate().asc()
                    .listPage(0, MAX_LISTED));
            List<LateTask> dueSoon = late(taskService.createTaskQuery().dueAfter(now).dueBefore(soon)
                    .orderByDueDate().asc().listPage(0, MAX_LISTED));
            Map<String, AgencyCount> byAgency = new TreeMap<>();
            openTasks.countsByAgency(now.toInstant(), soon.toInstant()).forEach((agency, c) -> byAgency.put(agency, new AgencyCount(c[0], c[1])));
            return new Overview(now.toInstant(), withinDays, overdue, dueSoon, byAgency);
        });
    }

    private List<LateTask> late(List<Task> tasks) {
        List<LateTask> late = new ArrayList<>();
        Map<String, Long> cases = openTasks.casesOf(tasks.stream().map(Task::getId).toList());
        for (Task task : tasks) {
            List<String> agencies = List.copyOf(OpenTasks.agencies(taskService.getIdentityLinksForTask(task.getId())));
            late.add(new LateTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                    task.getProcessInstanceId(), cases.get(task.getId()), agencies, task.getAssignee(),
                    task.getDueDate().toInstant()));
        }
        return late;
    }

}
