package org.rectify.deadline;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.identity.Agency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reminds and escalates: tells whom a task due soon or late concerns, and keeps what was sent. */
@Service
@Transactional
public class OverdueTasks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final NotificationRepository notifications;
    private final CaseLifecycle lifecycle;
    private final NotificationMailer mailer;
    private final CaseProcesses caseProcesses;
    private final TaskService taskService;
    private final LateTaskSubjects subjects;

    OverdueTasks(NotificationRepository notifications, CaseLifecycle lifecycle, NotificationMailer mailer,
                 CaseProcesses caseProcesses, TaskService taskService, LateTaskSubjects subjects) {
        this.subjects = subjects;
        this.caseProcesses = caseProcesses;
        this.taskService = taskService;
        this.mailer = mailer;
        this.notifications = notifications;
        this.lifecycle = lifecycle;
    }

    /** Tells the task's candidate groups, its candidate enterprise and its assignee that it is due soon. */
    List<Notification> remind(DelegateTask task) {
        Long caseId = caseProcesses.caseIdOrNull(task);
        return remind(caseId, subjectName(caseId, task.getExecution()), task.getId(), task.getTaskDefinitionKey(),
                task.getName(), task.getDueDate(), task.getAssignee());
    }

    /** The same for a task found by its activity (the diagrams before 0.2 remind from a service task). */
    List<Notification> remind(DelegateExecution execution, String activityId) {
        Task task = openTask(execution, activityId);
        Long caseId = caseProcesses.caseId(execution);
        return remind(caseId, enterpriseName(caseId), task.getId(), activityId, task.getName(), task.getDueDate(),
                task.getAssignee());
    }

    /** The open task of an activity in the execution's process instance. */
    Task openTask(DelegateExecution execution, String activityId) {
        return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(activityId).list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No open task " + activityId + " in process instance "
                        + execution.getProcessInstanceId()));
    }

    private List<Notification> remind(Long caseId, String subject, String taskId, String activityId, String name,
                                      java.util.Date due, String assignee) {
        String message = "提醒 Reminder: 「" + name + "」 " + subject + " 应于 is due on "
                + DAY.format(due.toInstant());
        List<IdentityLink> links = links(taskId);
        List<Notification> sent = new java.util.ArrayList<>(candidateGroups(links).stream()
                .map(group -> notifications.save(new Notification(Notification.Kind.REMINDER, group,
                        assignee, caseId, activityId, taskId, due.toInstant(), message)))
                .toList());
        // an enterprise's own tasks name its user, not a group: only that user is told (see forRecipient)
        candidateUsers(links).forEach(user -> sent.add(notifications.save(new Notification(
                Notification.Kind.REMINDER, Agency.ENTERPRISE.groupId(), user, caseId, activityId, taskId,
                due.toInstant(), message))));
        sent.forEach(mailer::send);
        return sent;
    }

    /** Whether a reminder of this task went out already. */
    @Transactional(readOnly = true)
    public boolean reminded(String taskId) {
        return notifications.existsByKindAndTaskId(Notification.Kind.REMINDER, taskId);
    }

    /**
     * Records the escalation of a late task and returns what the escalation task shows: who is late on
     * what. The case is null for a task of another module's process, whose subject then names it.
     */
    String escalate(Task task, Long caseId, DeadlineSubjects.Subject subject, String escalationTaskId) {
        List<IdentityLink> links = links(task.getId());
        List<String> names = new java.util.ArrayList<>(candidateGroups(links).stream()
                .map(g -> Agency.byGroupId(g).map(Agency::displayName).orElse(g)).toList());
        String users = caseId != null ? Agency.ENTERPRISE.displayName() : "检查人员 Inspector";
        candidateUsers(links).forEach(u -> names.add(users + " " + u));
        String who = String.join(", ", names)
                + (task.getAssignee() == null ? "（未认领 unclaimed）" : "（经办人 assignee " + task.getAssignee() + "）");
        String summary = String.join("\n",
                "逾期任务 Overdue task: " + task.getName(),
                (caseId != null ? "企业 Enterprise: " : "单位 Unit: ") + subject.name(),
                "经办机构 Agency: " + who,
                "期限 Due: " + DAY.format(task.getDueDate().toInstant()),
                "创建 Created: " + DAY.format(task.getCreateTime().toInstant()));
        mailer.send(notifications.save(new Notification(Notification.Kind.ESCALATION,
                subject.escalationGroup(), null, caseId, task.getTaskDefinitionKey(), escalationTaskId,
                task.getDueDate().toInstant(), summary)));
        return summary;
    }

    void recordHandling(String escalationTaskId, String userId, EscalationOutcome outcome, String note) {
        notifications.findFirstByKindAndTaskId(Notification.Kind.ESCALATION, escalationTaskId)
                .ifPresent(n -> n.handle(userId, outcome, note));
    }

    @Transactional(readOnly = true)
    public List<Notification> forCase(Long caseId) {
        return notifications.findByCaseIdOrderByIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public List<Notification> forRecipient(List<String> groups, String userId) {
        // membership of an umbrella group (every enterprise, every firm) is no reason to be told
        List<String> own = groups.stream().filter(g -> Agency.byGroupId(g).map(a -> !a.isUmbrella()).orElse(true))
                .toList();
        return notifications.findTop200ByRecipientGroupInOrRecipientUserOrderByIdDesc(
                own.isEmpty() ? List.of("") : own, userId);
    }

    /** The case's enterprise, or what another module's process is about. */
    private String subjectName(Long caseId, DelegateExecution execution) {
        if (caseId != null) {
            return enterpriseName(caseId);
        }
        return subjects.of(execution).map(DeadlineSubjects.Subject::name).orElse(execution.getProcessBusinessKey());
    }

    private String enterpriseName(Long caseId) {
        EnterpriseCase enterpriseCase = lifecycle.find(caseId);
        return enterpriseCase.getEnterprise().getName();
    }

    private List<IdentityLink> links(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    }

    private static List<String> candidateUsers(List<IdentityLink> links) {
        return links.stream().map(IdentityLink::getUserId).filter(java.util.Objects::nonNull).toList();
    }

    private static List<String> candidateGroups(List<IdentityLink> links) {
        return links.stream().map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    }

}
