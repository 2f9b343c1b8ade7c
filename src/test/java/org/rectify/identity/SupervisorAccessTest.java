package org.rectify.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The leading group watches every case in Cockpit and can change none. */
@IntegrationTest
class SupervisorAccessTest {

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired AuthorizationService authorizationService;
    @Autowired TestRestTemplate http;

    @Test
    void supervisorOpensCockpitButNotTasklistOrAdmin() {
        List<String> groups = List.of("supervisor");

        assertThat(authorizationService.isUserAuthorized("supervisor1", groups, Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(authorizationService.isUserAuthorized("supervisor1", groups, Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isFalse();
        assertThat(authorizationService.isUserAuthorized("supervisor1", groups, Permissions.ACCESS,
                Resources.APPLICATION, "admin")).isFalse();
    }

    @Test
    void supervisorReadsInstancesAndTasksButChangesNothing() {
        ProcessInstance instance = TestProcesses.startSafetyCheck(repositoryService, runtimeService);
        Rest supervisor = Rest.as(http, "supervisor1");

        assertThat(supervisor.get("/process-instance/" + instance.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(supervisor.get("/task?maxResults=10&processInstanceId=" + instance.getId()).getBody()).contains("Activity_CheckSafety");
        assertThat(supervisor.get("/history/process-instance?maxResults=10&processInstanceId=" + instance.getId()).getBody())
                .contains(instance.getId());

        assertThat(supervisor.delete("/process-instance/" + instance.getId()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(supervisor.put("/process-instance/" + instance.getId() + "/variables/flag",
                "{\"value\":true,\"type\":\"Boolean\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        assertThat(supervisor.post("/task/" + taskId + "/complete", "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
    }
}
