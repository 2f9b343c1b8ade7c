package org.rectify.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.closure.ClosureVariables.ACTIVITY_ISSUE_NOTICE;
import static org.rectify.closure.ClosureVariables.CLOSURE_PROCESS_ID;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.support.CaseSteps;
import org.rectify.support.ClosureForms;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A closure notice left undone: a reminder before its due date, an escalation (Process_EscalateOverdueTask)
 * after it and again on the cycle, each closing when handled or when the notice is issued.
 */
@IntegrationTest
class DeadlineReminderTest {

    @Autowired RuntimeService runtimeService;
    @Autowired org.camunda.bpm.engine.HistoryService historyService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CaseOpening opening;
    @Autowired OverdueTasks overdueTasks;
    @Autowired TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void remindsTheAgencyThenEscalatesToTheDistrictOffice() {
        // given a closure notice due in five days (application.yaml)
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        String code = opened.getEnterprise().getCreditCode();
        CaseSteps steps = new CaseSteps(taskService);
        steps.decideAndConfirm(runtimeService.createProcessInstanceQuery()
                .processInstanceId(opened.getProcessInstanceId()).singleResult(), Disposition.CLOSE,
                java.time.LocalDate.now().plusMonths(1), "safety");
        Task notice = steps.caseTask(code, ACTIVITY_ISSUE_NOTICE);
        Instant created = notice.getCreateTime().toInstant();
        assertThat(Duration.between(created, notice.getDueDate().toInstant()).toDays()).isEqualTo(5);
        assertThat(Duration.between(created, notice.getFollowUpDate().toInstant()).toDays()).isEqualTo(3);

        // when the reminder is due
        moveClock(created.plus(Duration.ofDays(3)).plusSeconds(60));
        executeDueJobs(code);

        // then the district office (the notice's candidate group) is reminded
        List<Notification> afterReminder = overdueTasks.forCase(opened.getId());
        assertThat(afterReminder).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(Notification.Kind.REMINDER);
            assertThat(n.getRecipientGroup()).isEqualTo("district-office");
            assertThat(n.getMessage()).contains("下达关闭通知").contains(opened.getEnterprise().getName());
        });
        assertThat(taskService.createTaskQuery().taskId(notice.getId()).count()).isOne();

        // when the due date passes
        moveClock(created.plus(Duration.ofDays(5)).plusSeconds(60));
        executeDueJobs(code);

        // then Process_EscalateOverdueTask is called: its task says who is late on what, and the late task goes on
        Task escalation = steps.caseTask(code, EscalationProcess.ESCALATE_TASK);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(escalation.getProcessInstanceId())
                .processDefinitionKey(EscalationProcess.PROCESS_ID).count()).isOne();
        assertThat(taskService.getIdentityLinksForTask(escalation.getId())).extracting(l -> l.getGroupId())
                .containsExactly("district-office");
        assertThat((String) taskService.getVariableLocal(escalation.getId(), EscalationProcess.OVERDUE_SUMMARY))
                .contains("下达关闭通知").contains("区化治办").contains("未认领");
        assertThat(taskService.createTaskQuery().taskId(notice.getId()).count()).isOne();
        // and Tasklist's list names its enterprise; the escalation has a due date of its own, two working days
        assertThat(taskService.getVariableLocal(escalation.getId(), "enterpriseName"))
                .isEqualTo(opened.getEnterprise().getName());
        assertThat(taskService.getVariableLocal(escalation.getId(), "creditCode")).isEqualTo(code);
        java.time.ZonedDateTime due = escalation.getDueDate().toInstant().atZone(java.time.ZoneId.systemDefault());
        assertThat(due.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        assertThat(Duration.between(escalation.getCreateTime().toInstant(), due.toInstant()).toDays()).isBetween(2L, 10L);
        // and the lateness will be escalated again three days later
        assertThat(managementService.createJobQuery().executionId(notice.getExecutionId()).timers().list())
                .extracting(job -> Duration.between(notice.getDueDate().toInstant(), job.getDuedate().toInstant()).toHours())
                .singleElement().isIn(71L, 72L);

        // when the district office handles it
        taskService.complete(escalation.getId(), Map.of(EscalationProcess.ESCALATION_OUTCOME, "URGED",
                EscalationProcess.ESCALATION_NOTE, "已电话督促 Phoned"));

        // then it is on record, and the notifications API serves both to the district office
        assertThat(overdueTasks.forCase(opened.getId()))
                .filteredOn(n -> n.getKind() == Notification.Kind.ESCALATION).singleElement()
                .satisfies(n -> {
                    assertThat(n.getHandlingNote()).isEqualTo("已电话督促 Phoned");
                    assertThat(n.getHandlingOutcome()).isEqualTo("URGED");
                });
        assertThat(steps.tasks(code, EscalationProcess.ESCALATE_TASK)).isEmpty();

        // when the notice is still not issued three days later
        moveClock(created.plus(Duration.ofDays(8)).plusSeconds(120));
        executeDueJobs(code);

        // then it is escalated again, and the second escalation closes by itself once the notice is issued
        Task second = steps.caseTask(code, EscalationProcess.ESCALATE_TASK);
        assertThat(second.getId()).isNotEqualTo(escalation.getId());
        steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(java.time.LocalDate.now().plusDays(20)));
        assertThat(steps.tasks(code, EscalationProcess.ESCALATE_TASK)).isEmpty();
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(second.getProcessInstanceId()).activityId("Event_EscalationClosed").count()).isOne();
        ClockUtil.reset();
        assertThat(Rest.as(http, "district-office1").api().get("/notifications").getBody())
                .contains("REMINDER").contains("ESCALATION");
        assertThat(Rest.as(http, "environment1").api().get("/notifications").getBody())
                .doesNotContain("\"caseId\":" + opened.getId() + ",");
    }

    private static void moveClock(Instant to) {
        ClockUtil.setCurrentTime(Date.from(to));
    }

    private void executeDueJobs(String code) {
        String closure = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(CLOSURE_PROCESS_ID).singleResult().getId();
        for (Job job : managementService.createJobQuery().processInstanceId(closure).timers().executable().list()) {
            managementService.executeJob(job.getId());
        }
    }
}
