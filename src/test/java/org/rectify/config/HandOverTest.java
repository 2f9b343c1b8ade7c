package org.rectify.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.http.HttpStatus;

/**
 * A claim by someone on leave must not block a case: the assignee hands a task back or on to a
 * colleague of the same agency, and the district office reassigns any case task within its agency.
 */
@IntegrationTest
class HandOverTest {

    @Autowired TestRestTemplate http;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired CaseOpening opening;

    String task;

    @BeforeEach
    void aSafetyTaskClaimedBySafety1() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        CaseSteps steps = new CaseSteps(taskService);
        steps.decideAndConfirm(runtimeService.createProcessInstanceQuery()
                .processInstanceId(opened.getProcessInstanceId()).singleResult(),
                Disposition.CLOSE, LocalDate.now().plusMonths(1), "safety");
        steps.completeCaseTask(opened.getEnterprise().getCreditCode(), "Activity_IssueClosureNotice",
                ClosureForms.notice(LocalDate.now().plusDays(20)));
        task = steps.caseTask(opened.getEnterprise().getCreditCode(), "Activity_VerifyClosure").getId();
        assertThat(Rest.as(http, "safety1").post("/task/" + task + "/claim", "{\"userId\":\"safety1\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theAssigneeHandsTheTaskBack() {
        assertThat(Rest.as(http, "safety2").post("/task/" + task + "/unclaim", "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assignee()).isEqualTo("safety1");

        assertThat(Rest.as(http, "safety1").post("/task/" + task + "/unclaim", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignee()).isNull();
        assertThat(Rest.as(http, "safety2").post("/task/" + task + "/claim", "{\"userId\":\"safety2\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theAssigneeHandsTheTaskOnToAColleagueOfTheSameAgencyOnly() {
        var toOtherAgency = Rest.as(http, "safety1").post("/task/" + task + "/assignee", "{\"userId\":\"environment1\"}");
        assertThat(toOtherAgency.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(toOtherAgency.getBody()).contains("environment1").contains("safety");

        assertThat(Rest.as(http, "safety1").post("/task/" + task + "/assignee", "{\"userId\":\"safety2\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignee()).isEqualTo("safety2");
        // the new assignee works it; the former one can no longer
        assertThat(Rest.as(http, "safety1").post("/task/" + task + "/complete", "{}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(Rest.as(http, "safety2").get("/task/" + task).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theDistrictOfficeReassignsWithinTheAgencyAndNobodyElseDoes() {
        assertThat(Rest.as(http, "safety2").post("/task/" + task + "/assignee", "{\"userId\":\"safety2\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Rest.as(http, "environment1").post("/task/" + task + "/assignee", "{\"userId\":\"environment1\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Rest.as(http, "supervisor1").post("/task/" + task + "/assignee", "{\"userId\":\"safety2\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assignee()).isEqualTo("safety1");

        assertThat(Rest.as(http, "district-office1").post("/task/" + task + "/assignee", "{\"userId\":\"district-office1\"}")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Rest.as(http, "district-office1").post("/task/" + task + "/assignee", "{\"userId\":\"safety2\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignee()).isEqualTo("safety2");
        assertThat(Rest.as(http, "district-office1").post("/task/" + task + "/unclaim", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignee()).isNull();
    }

    private String assignee() {
        return taskService.createTaskQuery().taskId(task).singleResult().getAssignee();
    }
}
