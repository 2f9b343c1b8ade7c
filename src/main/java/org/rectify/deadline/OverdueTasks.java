package org.rectify.deadline;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.identity.Agency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reminds and escalates: finds the task a timer watches and tells whom it concerns. */
@Service
@Transactional
public class OverdueTasks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final NotificationRepository notifications;
    private final CaseLifecycle lifecycle;
    private final NotificationMailer mailer;
    private final CaseProcesses caseProcesses;

    OverdueTasks(NotificationRepository notifications, CaseLifecycle lifecycle, NotificationMailer mailer,
                 CaseProcesses caseProcesses) {
        this.caseProcesses = caseProcesses;
        this.mailer = mailer;
        this.notifications = notifications;
        this.lifecycle = lifecycle;
    }

    /** The open task of an activity in the execution's process instance. */
    Task watchedTask(DelegateExecution execution, String activityId) {
        TaskService taskService = execution.getProcessEngineServices().getTaskService();
        return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(activityId).list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No open task " + activityId + " in process instance "
                        + execution.getProcessInstanceId()));
    }

    List<Notification> remind(DelegateExecution execution, String activityId) {
        Task task = watchedTask(execution, activityId);
        Long caseId = caseProcesses.caseId(execution);
        String message = "提醒 Reminder: 「" + task.getName() + "」 " + enterpriseName(caseId) + " 应于 is due on "
                + DAY.format(task.getDueDate().toInstant());
        List<Notification> sent = new java.util.ArrayList<>(candidateGroups(execution, task).stream()
                .map(group -> notifications.save(new Notification(Notification.Kind.REMINDER, group,
                        task.getAssignee(), caseId, activityId, task.getId(), task.getDueDate().toInstant(), message)))
                .toList());
        // an enterprise's own tasks name its user, not a group: only that user is told (see forRecipient)
        candidateUsers(execution, task).forEach(user -> sent.add(notifications.save(new Notification(
                Notification.Kind.REMINDER, Agency.ENTERPRISE.groupId(), user, caseId, activityId, task.getId(),
                task.getDueDate().toInstant(), message))));
        sent.forEach(mailer::send);
        return sent;
    }

    /** Records the escalation and returns what the escalation task shows: who is late on what. */
    String escalate(DelegateExecution execution, String activityId, String escalationTaskId) {
        Task task = watchedTask(execution, activityId);
        Long caseId = caseProcesses.caseId(execution);
        List<String> groups = candidateGroups(execution, task);
        List<String> names = new java.util.ArrayList<>(groups.stream()
                .map(g -> Agency.byGroupId(g).map(Agency::displayName).orElse(g)).toList());
        candidateUsers(execution, task).forEach(u -> names.add(Agency.ENTERPRISE.displayName() + " " + u));
        String who = String.join(", ", names)
                + (task.getAssignee() == null ? "（未认领 unclaimed）" : "（经办人 assignee " + task.getAssignee() + "）");
        String summary = String.join("\n",
                "逾期任务 Overdue task: " + task.getName(),
                "企业 Enterprise: " + enterpriseName(caseId),
                "经办机构 Agency: " + who,
                "期限 Due: " + DAY.format(task.getDueDate().toInstant()),
                "创建 Created: " + DAY.format(task.getCreateTime().toInstant()));
        mailer.send(notifications.save(new Notification(Notification.Kind.ESCALATION,
                Agency.DISTRICT_OFFICE.groupId(), null, caseId, activityId, escalationTaskId,
                task.getDueDate().toInstant(), summary)));
        return summary;
    }

    void recordHandling(String escalationTaskId, String userId, String note) {
        notifications.findFirstByKindAndTaskId(Notification.Kind.ESCALATION, escalationTaskId)
                .ifPresent(n -> n.handle(userId, note));
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

    private String enterpriseName(Long caseId) {
        EnterpriseCase enterpriseCase = lifecycle.find(caseId);
        return enterpriseCase.getEnterprise().getName();
    }

    private static List<String> candidateUsers(DelegateExecution execution, Task task) {
        return execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).toList();
    }

    private static List<String> candidateGroups(DelegateExecution execution, Task task) {
        return execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

}
