package org.rectify.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A one-task process of the tests' own, for checks that need any task of a given group. */
public final class TestProcesses {

    public static final String SAFETY_CHECK = "Process_TestSafetyCheck";

    private TestProcesses() {
    }

    public static ProcessInstance startSafetyCheck(RepositoryService repositoryService, RuntimeService runtimeService) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(SAFETY_CHECK).count() == 0) {
            repositoryService.createDeployment()
                    .name("test-safety-check")
                    .addClasspathResource("bpmn/safety-check.bpmn")
                    .deploy();
        }
        return runtimeService.startProcessInstanceByKey(SAFETY_CHECK);
    }
}
