package org.rectify.deadline;

import static org.rectify.enterprise.CaseRecord.Section.DEADLINES;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectify.enterprise.CaseFileContributor;
import org.rectify.enterprise.CaseRecord;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.identity.Agency;
import org.springframework.stereotype.Component;

/** The deadlines' share of the case file: open tasks with their due dates, extensions, reminders and escalations. */
@Component
class DeadlineCaseRecords implements CaseFileContributor {

    private final OpenTasks openTasks;
    private final DeadlineExtensionRepository extensions;
    private final NotificationRepository notifications;

    DeadlineCaseRecords(OpenTasks openTasks, DeadlineExtensionRepository extensions, NotificationRepository notifications) {
        this.openTasks = openTasks;
        this.extensions = extensions;
        this.notifications = notifications;
    }

    @Override
    public List<CaseRecord> records(EnterpriseCase c, CaseView view) {
        List<CaseRecord> records = new ArrayList<>();
        Instant now = Instant.now();
        for (DeadlineExtension e : extensions.findByCaseIdOrderByIdAsc(c.getId())) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("taskId", e.getTaskId());
            details.put("activityId", e.getActivityId());
            details.put("task", e.getTaskName());
            details.put("oldDue", e.getOldDue());
            details.put("newDue", e.getNewDue());
            details.put("reason", e.getReason());
            records.add(new CaseRecord(DEADLINES, e.getExtendedAt(), "DEADLINE_EXTENDED", "延期 Deadline extended",
                    e.getTaskName() + "：" + day(e.getOldDue()) + " → " + day(e.getNewDue()) + " - " + e.getReason(),
                    view.who(e.getExtendedBy()), details, null));
        }
        if (view == CaseView.FULL) {
            for (Notification n : notifications.findByCaseIdOrderByIdAsc(c.getId())) {
                boolean escalation = n.getKind() == Notification.Kind.ESCALATION;
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("notificationKind", n.getKind().name());
                details.put("recipientGroup", n.getRecipientGroup());
                details.put("recipientLabel", Agency.labelOf(n.getRecipientGroup()));
                details.put("activityId", n.getActivityId());
                details.put("taskId", n.getTaskId());
                details.put("dueAt", n.getDueAt());
                details.put("handledAt", n.getHandledAt());
                details.put("handlingNote", n.getHandlingNote());
                records.add(new CaseRecord(DEADLINES, n.getCreatedAt(), escalation ? "ESCALATION" : "REMINDER",
                        escalation ? "督办 Escalated" : "提醒 Reminder", n.getMessage()
                                + (n.getHandledAt() == null ? "" : "；已处理 handled: " + n.getHandlingNote()),
                        null, details, null));
            }
        }
        for (OpenTasks.OpenTask t : openTasks.ofCase(c.getId())) {
            boolean overdue = t.dueAt() != null && t.dueAt().isBefore(now);
            List<String> labels = t.agencies().stream().map(Agency::labelOf).toList();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("taskId", t.taskId());
            details.put("activityId", t.activityId());
            details.put("task", t.name());
            details.put("dueAt", t.dueAt());
            details.put("overdue", overdue);
            details.put("agencies", t.agencies());
            details.put("agencyLabels", labels);
            details.put("assignee", view.who(t.assignee()));
            records.add(new CaseRecord(DEADLINES, t.createdAt(), "OPEN_TASK", "待办 Open task: " + t.name(),
                    String.join("、", labels) + (t.dueAt() == null ? "" : "，到期 due " + day(t.dueAt()))
                            + (overdue ? "（已逾期 overdue）" : ""), null, details, null));
        }
        return records;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private static String day(Instant instant) {
        return instant == null ? "-" : DAY.format(instant);
    }
}
