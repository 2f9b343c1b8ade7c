package org.rectify.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.closure.ClosureVariables.ACTIVITY_ISSUE_NOTICE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
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
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The district office moves a deadline: the task, its reminder and its escalation move with it. */
@IntegrationTest
class DeadlineExtensionTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CaseOpening opening;
    @Autowired DeadlineExtensions extensions;
    @Autowired TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void extensionMovesTheDueDateAndTheTimersAndIsKept() {
        // given a closure notice due in five days
        EnterpriseCase opened = closureCase();
        Task notice = new CaseSteps(taskService).caseTask(opened.getEnterprise().getCreditCode(), ACTIVITY_ISSUE_NOTICE);
        Date oldDue = notice.getDueDate();
        LocalDate newDay = LocalDate.now().plusDays(20);

        // when
        ResponseEntity<String> response = Rest.as(http, "district-office1").api().post(
                "/tasks/" + notice.getId() + "/deadline-extension",
                "{\"dueDate\":\"" + newDay + "\",\"reason\":\"企业申请延期 The enterprise asked for more time\"}");

        // then
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        Date newDue = Date.from(newDay.atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant());
        assertThat(taskService.createTaskQuery().taskId(notice.getId()).singleResult().getDueDate()).isEqualTo(newDue);
        List<Job> timers = managementService.createJobQuery().executionId(notice.getExecutionId()).timers().list();
        // each timer keeps its distance to the due date (to the second)
        assertThat(timers).extracting(job -> job.getDuedate().toInstant().getEpochSecond() / 10)
                .containsExactlyInAnyOrder(newDue.toInstant().getEpochSecond() / 10,
                        newDue.toInstant().minus(Duration.ofDays(2)).getEpochSecond() / 10);
        assertThat(extensions.forCase(opened.getId())).singleElement().satisfies(e -> {
            assertThat(e.getOldDue()).isEqualTo(oldDue.toInstant());
            assertThat(e.getNewDue()).isEqualTo(newDue.toInstant());
            assertThat(e.getExtendedBy()).isEqualTo("district-office1");
            assertThat(e.getReason()).contains("延期");
        });

        // and nothing fires at the old date
        ClockUtil.setCurrentTime(Date.from(oldDue.toInstant().plusSeconds(3600)));
        assertThat(managementService.createJobQuery().executionId(notice.getExecutionId()).timers().executable()
                .count()).isZero();
    }

    @Test
    void extensionWithoutReasonIsRefused() {
        EnterpriseCase opened = closureCase();
        Task notice = new CaseSteps(taskService).caseTask(opened.getEnterprise().getCreditCode(), ACTIVITY_ISSUE_NOTICE);

        ResponseEntity<String> response = Rest.as(http, "district-office1").api().post(
                "/tasks/" + notice.getId() + "/deadline-extension",
                "{\"dueDate\":\"" + LocalDate.now().plusDays(20) + "\",\"reason\":\"  \"}");
        ResponseEntity<String> byAnAgency = Rest.as(http, "safety1").api().post(
                "/tasks/" + notice.getId() + "/deadline-extension",
                "{\"dueDate\":\"" + LocalDate.now().plusDays(20) + "\",\"reason\":\"please\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("reason");
        assertThat(byAnAgency.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(extensions.forCase(opened.getId())).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(notice.getId()).singleResult().getDueDate())
                .isEqualTo(notice.getDueDate());
    }

    @Test
    void overdueViewListsLateTasksByAgency() {
        EnterpriseCase opened = closureCase();
        Task notice = new CaseSteps(taskService).caseTask(opened.getEnterprise().getCreditCode(), ACTIVITY_ISSUE_NOTICE);

        ClockUtil.setCurrentTime(Date.from(notice.getDueDate().toInstant().plus(Duration.ofDays(1))));
        String body = Rest.as(http, "supervisor1").api().get("/deadlines/overdue?withinDays=2").getBody();

        assertThat(body).contains(notice.getId()).contains("\"district-office\":{\"overdue\":");
        assertThat(Rest.as(http, "safety1").api().get("/deadlines/overdue").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private EnterpriseCase closureCase() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        new CaseSteps(taskService).decideAndConfirm(runtimeService.createProcessInstanceQuery()
                .processInstanceId(opened.getProcessInstanceId()).singleResult(), Disposition.CLOSE,
                LocalDate.now().plusMonths(1), "safety");
        return opened;
    }
}
