package org.rectify.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A new version whose activity kept its id but changed its kind cannot take the running instances:
 * the administrator gets a 409 naming the process and version, and the instance stays where it was.
 */
@IntegrationTest
class DiagramMigrationRefusalTest {

    static final String PROBE = "Process_MigrationProbe";

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TestRestTemplate http;

    @Test
    void anActivityThatChangedItsKindIsRefusedWithA409() {
        // given an instance waiting in a user task, and a new version where that id is a receive task
        Deployment first = deploy(Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent()
                .userTask("Activity_Probe").endEvent().done());
        ProcessInstance waiting = runtimeService.startProcessInstanceByKey(PROBE);
        Deployment second = deploy(Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent()
                .receiveTask("Activity_Probe").endEvent().done());
        try {
            // when
            ResponseEntity<String> answer = Rest.as(http, "admin").api().post("/admin/diagram-migration", "");

            // then
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(answer.getBody()).contains(PROBE).contains("version 1 cannot move to version 2");
            assertThat(repositoryService.getProcessDefinition(runtimeService.createProcessInstanceQuery()
                    .processInstanceId(waiting.getId()).singleResult().getProcessDefinitionId()).getVersion()).isOne();
        } finally {
            runtimeService.deleteProcessInstance(waiting.getId(), "test over");
            repositoryService.deleteDeployment(second.getId(), true);
            repositoryService.deleteDeployment(first.getId(), true);
        }
    }

    private Deployment deploy(BpmnModelInstance model) {
        return repositoryService.createDeployment().name("migration-probe").addModelInstance("probe.bpmn", model)
                .deploy();
    }
}
