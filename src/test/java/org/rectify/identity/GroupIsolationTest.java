package org.rectify.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A task for the safety bureau belongs to it alone: other agencies neither see nor touch it. */
@IntegrationTest
class GroupIsolationTest {

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired TestRestTemplate http;

    Task safetyTask;

    @BeforeEach
    void startSafetyCheck() {
        String instanceId = TestProcesses.startSafetyCheck(repositoryService, runtimeService).getId();
        safetyTask = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void environmentUserCannotSeeClaimOrCompleteSafetyTaskThroughJavaApi() {
        // given
        identityService.setAuthentication("environment1", List.of("environment"));

        // then
        assertThat(taskService.createTaskQuery().taskId(safetyTask.getId()).listPage(0, 10)).isEmpty();
        assertThatThrownBy(() -> taskService.claim(safetyTask.getId(), "environment1"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.complete(safetyTask.getId()))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void safetyUserSeesClaimsAndCompletesThroughJavaApi() {
        // given
        identityService.setAuthentication("safety1", List.of("safety"));

        // when
        assertThat(taskService.createTaskQuery().taskId(safetyTask.getId()).listPage(0, 10)).hasSize(1);
        taskService.claim(safetyTask.getId(), "safety1");
        taskService.complete(safetyTask.getId());

        // then
        identityService.clearAuthentication();
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceId(safetyTask.getProcessInstanceId()).count()).isZero();
    }

    @Test
    void environmentUserIsRefusedThroughRest() {
        Rest environment = Rest.as(http, "environment1");
        String task = "/task/" + safetyTask.getId();

        assertThat(environment.get("/task?maxResults=10&taskId=" + safetyTask.getId()).getBody()).isEqualTo("[]");
        assertThat(environment.get(task).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        // a task one may not work is answered as if it did not exist
        assertThat(environment.post(task + "/claim", "{\"userId\":\"environment1\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(environment.post(task + "/complete", "{}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(safetyTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void safetyUserClaimsAndCompletesThroughRest() {
        Rest safety = Rest.as(http, "safety1");
        String task = "/task/" + safetyTask.getId();

        assertThat(safety.get("/task?maxResults=10&taskId=" + safetyTask.getId()).getBody()).contains(safetyTask.getId());
        assertThat(safety.post(task + "/claim", "{\"userId\":\"safety1\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> completed = safety.post(task + "/complete", "{}");

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(safetyTask.getId()).count()).isZero();
    }
}
