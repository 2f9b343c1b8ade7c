package org.rectify.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The escalation and the case process are started by the server only: even an administrator who
 * starts one over engine REST, naming whatever late task, gets a 400 that names the field, and no
 * instance is left behind.
 */
@IntegrationTest
class EscalationStartedOnlyByACaseTest {

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;

    @Test
    void anEscalationStartedOnItsOwnIsRefused() {
        // when
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.PROCESS_ID)
                .count();
        ResponseEntity<String> answer = Rest.as(http, "admin").post("/process-definition/key/"
                + EscalationProcess.PROCESS_ID + "/start", "{\"variables\":{\"overdueTaskId\":{\"value\":\"some-task\"}}}");

        // then
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("overdueTaskId").contains("not started on its own");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.PROCESS_ID)
                .count()).isEqualTo(before);
    }

    @Test
    void aCaseProcessStartedWithoutItsCaseIsRefused() {
        // when
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("Process_EnterpriseCase").count();
        ResponseEntity<String> answer = Rest.as(http, "admin").post(
                "/process-definition/key/Process_EnterpriseCase/start", "{\"variables\":{\"caseId\":{\"value\":\"12\"}}}");

        // then
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("caseId").contains("POST /api/cases");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("Process_EnterpriseCase").count())
                .isEqualTo(before);
    }
}
