package org.rectify.deadline;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Due dates of case tasks, for their {@code camunda:dueDate} and their reminder and overdue
 * timers: {@code ${caseDeadlines.due(execution, 'Activity_VerifyClosure')}}. How long each task
 * may take is configuration ({@code rectify.deadlines.*}), counted from the engine's clock so that
 * tests can move time.
 */
@Component("caseDeadlines")
@ConfigurationProperties(prefix = "rectify.deadlines")
public class CaseDeadlines {

    /** Time allowed for a task whose activity is not listed below. */
    private Period standard = Period.ofDays(10);

    /** Time allowed per activity id. */
    private Map<String, Period> activities = Map.of();

    /** How long before the due date the reminder goes out. */
    private Period reminderBefore = Period.ofDays(2);

    public Date due(DelegateExecution execution, String activityId) {
        return Date.from(now().plus(allowed(activityId)).toInstant());
    }

    public Date reminder(DelegateExecution execution, String activityId) {
        Period allowed = allowed(activityId);
        ZonedDateTime due = now().plus(allowed);
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

    Period allowed(String activityId) {
        return activities.getOrDefault(activityId, standard);
    }

    private static ZonedDateTime now() {
        return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }

    public Period getStandard() { return standard; }
    public void setStandard(Period standard) { this.standard = standard; }
    public Map<String, Period> getActivities() { return activities; }
    public void setActivities(Map<String, Period> activities) { this.activities = activities; }
    public Period getReminderBefore() { return reminderBefore; }
    public void setReminderBefore(Period reminderBefore) { this.reminderBefore = reminderBefore; }
}
