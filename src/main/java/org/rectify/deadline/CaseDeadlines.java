package org.rectify.deadline;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Due dates of case tasks, for their {@code camunda:dueDate} and their reminder and overdue
 * timers: {@code ${caseDeadlines.due(execution)}} for the task the execution is at (the element
 * templates of case tasks set them), or {@code ${caseDeadlines.due(execution, 'Activity_VerifyClosure')}}.
 * How long each task may take is configuration ({@code rectify.deadlines.*}), counted from the engine's clock so that
 * tests can move time.
 */
@Component("caseDeadlines")
@ConfigurationProperties(prefix = "rectify.deadlines")
public class CaseDeadlines {

    /** Time allowed for a task whose activity is not listed below. */
    private Allowance standard = Allowance.ofDays(10);

    /** Time allowed per activity id: a period (P30D) or working days (15WD). */
    private Map<String, Allowance> activities = Map.of();

    private final WorkingDayCalendar calendar;

    CaseDeadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** How long before the due date the reminder goes out. */
    private Period reminderBefore = Period.ofDays(2);

    /** How often an overdue task is escalated again, and how many escalations at most. */
    private Period escalationEvery = Period.ofDays(3);
    private int escalationRepeats = 3;

    /**
     * While a migration of running cases runs, the timers it creates for a task that is already open
     * follow that task's dates rather than start afresh: see {@link #followingOpenTasks}.
     */
    private static final ThreadLocal<Boolean> FOLLOWING_OPEN_TASKS = ThreadLocal.withInitial(() -> false);

    /** Runs work (moving running cases to new diagrams) with timers that keep the open tasks' dates. */
    public static <T> T followingOpenTasks(java.util.function.Supplier<T> work) {
        FOLLOWING_OPEN_TASKS.set(true);
        try {
            return work.get();
        } finally {
            FOLLOWING_OPEN_TASKS.remove();
        }
    }

    /** The due date of the task the execution is at: {@code ${caseDeadlines.due(execution)}}. */
    public Date due(DelegateExecution execution) {
        return due(execution, execution.getCurrentActivityId());
    }

    /** Its reminder (follow-up date and the reminder timer). */
    public Date reminder(DelegateExecution execution) {
        return reminder(execution, execution.getCurrentActivityId());
    }

    /** Its escalation cycle (the overdue timer). */
    public String escalationCycle(DelegateExecution execution) {
        return escalationCycle(execution, execution.getCurrentActivityId());
    }

    /** Now plus the activity's allowance. */
    public Date due(DelegateExecution execution, String activityId) {
        Task open = openTask(execution, activityId);
        return open != null ? open.getDueDate() : Date.from(dueAt(activityId).toInstant());
    }

    /** During a migration, the open task of the activity at this execution, when it has a due date. */
    private static Task openTask(DelegateExecution execution, String activityId) {
        if (!FOLLOWING_OPEN_TASKS.get() || execution == null) {
            return null;
        }
        // the timers of a multi-instance task may be resolved on its scope's execution: its tasks share their dates
        List<Task> open = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(activityId).list();
        Task task = open.stream().filter(t -> t.getExecutionId().equals(execution.getId())).findFirst()
                .orElse(open.isEmpty() ? null : open.get(0));
        return task != null && task.getDueDate() != null ? task : null;
    }

    private ZonedDateTime dueAt(String activityId) {
        return allowed(activityId).from(now(), calendar);
    }

    public Date reminder(DelegateExecution execution, String activityId) {
        Task open = openTask(execution, activityId);
        if (open != null) {
            return open.getFollowUpDate() != null ? open.getFollowUpDate() : reminderBefore(open.getDueDate());
        }
        ZonedDateTime due = dueAt(activityId);
        ZonedDateTime reminder = due.minus(reminderBefore);
        // a short deadline still gets its reminder, half-way through
        if (!reminder.isAfter(now())) {
            reminder = now().plus(Duration.between(now(), due).dividedBy(2));
        }
        return Date.from(reminder.toInstant());
    }

    /** The reminder of a task whose due date a decision set, e.g. a rectification round's deadline. */
    public Date reminderBefore(Date due) {
        ZonedDateTime dueAt = ZonedDateTime.ofInstant(due.toInstant(), ZoneId.systemDefault());
        ZonedDateTime reminder = dueAt.minus(reminderBefore);
        if (!reminder.isAfter(now()) && dueAt.isAfter(now())) {
            reminder = now().plus(Duration.between(now(), dueAt).dividedBy(2));
        }
        return Date.from(reminder.toInstant());
    }

    /**
     * The overdue timer's cycle: the first escalation at the due date, then again every
     * {@code escalationEvery}, {@code escalationRepeats} times in all (ISO-8601 repeating interval).
     */
    public String escalationCycle(DelegateExecution execution, String activityId) {
        Task open = openTask(execution, activityId);
        if (open == null) {
            return escalationCycleFrom(Date.from(dueAt(activityId).toInstant()));
        }
        if (!open.getDueDate().after(ClockUtil.getCurrentTime())) {
            // moved to a new diagram while late: once more after the interval, not at once
            Date next = Date.from(now().plus(escalationEvery).toInstant());
            return cycle(next, Math.max(1, escalationRepeats - 1));
        }
        return escalationCycleFrom(open.getDueDate());
    }

    /**
     * The same cycle for a task whose due date was set otherwise, e.g. by its round's deadline. A task
     * that opens already late (a re-check of an inspection recorded weeks after the visit) is escalated
     * a minute after it opens, then on the cycle: a cycle wholly in the past would never fire.
     */
    public String escalationCycleFrom(Date due) {
        Date soon = Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(60));
        return cycle(due.after(soon) ? due : soon, escalationRepeats);
    }

    private String cycle(Date first, int firings) {
        String start = ZonedDateTime.ofInstant(first.toInstant(), ZoneId.systemDefault())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        // Camunda counts the start as the first firing: R2 means three escalations
        return "R" + (firings - 1) + "/" + start + "/" + escalationEvery;
    }

    Allowance allowed(String activityId) {
        return activities.getOrDefault(activityId, standard);
    }

    private static ZonedDateTime now() {
        return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }

    public Allowance getStandard() { return standard; }
    public void setStandard(Allowance standard) { this.standard = standard; }
    public Map<String, Allowance> getActivities() { return activities; }
    public void setActivities(Map<String, Allowance> activities) { this.activities = activities; }
    public Period getEscalationEvery() { return escalationEvery; }
    public void setEscalationEvery(Period escalationEvery) { this.escalationEvery = escalationEvery; }
    public int getEscalationRepeats() { return escalationRepeats; }
    public void setEscalationRepeats(int escalationRepeats) { this.escalationRepeats = escalationRepeats; }
    public Period getReminderBefore() { return reminderBefore; }
    public void setReminderBefore(Period reminderBefore) { this.reminderBefore = reminderBefore; }
}
