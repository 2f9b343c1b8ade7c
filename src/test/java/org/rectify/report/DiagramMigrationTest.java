package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.closure.ClosureVariables.ACTIVITY_ISSUE_NOTICE;
import static org.rectify.closure.ClosureVariables.ACTIVITY_PLAN_RELOCATION;
import static org.rectify.closure.ClosureVariables.ACTIVITY_VERIFY_CLOSURE;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_DECIDE;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_JOINT_REVIEW;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_SURVEY;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_VERIFY;
import static org.rectify.rectification.RectificationVariables.ACTIVITY_RECTIFY;
import static org.rectify.rectification.RectificationVariables.ACTIVITY_SIGN_COMMITMENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectify.config.ModelDeployment;
import org.rectify.deadline.EscalationProcess;
import org.rectify.enterprise.Disposition;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;

/**
 * Running cases follow a new version of the diagrams: cases opened on the diagrams of 0.1 (kept in
 * src/test/resources/diagrams-0.1, with their boundary timers and 督办 tasks drawn on every case task)
 * stand at every stage when the current diagrams are released; the administrator moves them; each
 * then runs to its end on the new diagrams, its deadlines kept.
 */
@IntegrationTest
class DiagramMigrationTest {

    static final String PREVIOUS = "diagrams-0.1/";
    /** the 督办 task the 0.1 diagrams drew beside the survey */
    static final String OLD_SURVEY_ESCALATION = "Activity_EscalateSurveyEnterprise";

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ModelDeployment modelDeployment;
    @Autowired TestRestTemplate http;

    @Test
    void openCasesAtEveryStageMoveToTheNewDiagramsAndRunToTheirEnd() throws Exception {
        // given the 0.1 diagrams are the ones deployed
        deployPrevious();
        PublicSurface surface = new PublicSurface(http, managementService, runtimeService);
        CasePaths paths = new CasePaths(surface);
        Map<String, Long> cases = new LinkedHashMap<>();
        for (String stage : List.of("survey", "late survey", "joint review", "decision", "verification",
                "closure notice", "closure check", "relocation plan", "commitment", "rectification")) {
            JsonNode opened = surface.post(Workers.DISTRICT_OFFICE, "/cases", Map.of("enterprise", Enterprises.glueFactory()));
            cases.put(stage + " " + opened.get("creditCode").asText(), opened.get("id").asLong());
        }
        // and the cases worked on them up to each stage
        for (Map.Entry<String, Long> entry : cases.entrySet()) {
            upTo(paths, surface, stageOf(entry.getKey()), codeOf(entry.getKey()), entry.getValue());
        }
        // and the late survey's 督办 open as 0.1 drew it
        String lateCode = codeOf(cases.keySet().stream().filter(k -> k.startsWith("late survey")).findFirst().orElseThrow());
        Task lateSurvey = new CaseSteps(taskService).caseTask(lateCode, ACTIVITY_SURVEY);
        for (Job timer : managementService.createJobQuery().processInstanceId(lateSurvey.getProcessInstanceId()).timers()
                .list()) {
            managementService.executeJob(timer.getId());
        }
        assertThat(new CaseSteps(taskService).tasks(lateCode, OLD_SURVEY_ESCALATION)).hasSize(1);
        Map<String, java.util.Date> dueBefore = new LinkedHashMap<>();
        taskService.createTaskQuery().list().forEach(t -> dueBefore.put(t.getId(), t.getDueDate()));

        // when the current diagrams are released and the administrator moves the running cases
        modelDeployment.run(null);
        // (other test classes' instances on earlier versions included; instances of their own test processes not)
        Map<String, Integer> latestVersion = new LinkedHashMap<>();
        repositoryService.createProcessDefinitionQuery().latestVersion().list()
                .forEach(definition -> latestVersion.put(definition.getKey(), definition.getVersion()));
        long onOlderVersions = runtimeService.createProcessInstanceQuery().list().stream().filter(instance -> {
            var definition = repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
            return definition.getVersion() < latestVersion.get(definition.getKey());
        }).count();
        assertThat(Rest.as(http, Workers.DISTRICT_OFFICE).api().post("/admin/diagram-migration", "")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode moved = RestTasks.JSON.readTree(Rest.as(http, "admin").api().post("/admin/diagram-migration", "")
                .getBody());

        // then no instance is left on an older version, and the old 督办 task was closed as unmappable
        assertThat(moved.findValuesAsText("processKey")).contains("Process_EnterpriseCase", "Process_Closure",
                "Process_Relocation", "Process_UpgradeInPlace");
        int movedInstances = 0;
        for (JsonNode version : moved) {
            movedInstances += version.get("instances").asInt();
        }
        assertThat(movedInstances).isEqualTo(onOlderVersions);
        assertThat(moved.findValues("closedActivities").toString()).contains(OLD_SURVEY_ESCALATION);
        runtimeService.createProcessInstanceQuery().list().forEach(instance -> {
            var definition = repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
            assertThat(definition.getVersion()).as(definition.getKey()).isEqualTo(latestVersion.get(definition.getKey()));
        });
        for (String key : cases.keySet()) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(codeOf(key)).list().forEach(instance ->
                    assertThat(deploymentOf(instance)).as(key).isEqualTo(latestDeployment()));
        }
        // and every open task of the cases keeps its due date, its two timeout timers at its follow-up and due dates
        for (String key : cases.keySet()) {
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(codeOf(key)).list()) {
                assertThat(task.getDueDate()).as(key).isEqualTo(dueBefore.get(task.getId()));
                // (the escalation cycle counts in whole seconds)
                List<Long> timers = managementService.createJobQuery().executionId(task.getExecutionId())
                        .timers().list().stream().map(job -> job.getDuedate().getTime() / 1000).toList();
                assertThat(timers).as(key + ": " + task.getTaskDefinitionKey()).containsExactlyInAnyOrder(
                        task.getFollowUpDate().getTime() / 1000, task.getDueDate().getTime() / 1000);
            }
        }
        // and the late survey, once past its due date, is escalated again by the new diagram
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(
                lateSurvey.getDueDate().getTime() + 60_000));
        try {
            for (Job timer : managementService.createJobQuery().executionId(lateSurvey.getExecutionId()).timers()
                    .executable().list()) {
                managementService.executeJob(timer.getId());
            }
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        assertThat(new CaseSteps(taskService).tasks(lateCode, EscalationProcess.ESCALATE_TASK)).hasSize(1);

        // when each case is worked to its end on the new diagrams
        for (Map.Entry<String, Long> entry : cases.entrySet()) {
            toTheEnd(paths, surface, stageOf(entry.getKey()), codeOf(entry.getKey()), entry.getValue());
        }

        // and a case opened after the move gets its deadline timers from the new diagrams as well
        String fresh = surface.post(Workers.DISTRICT_OFFICE, "/cases", Map.of("enterprise", Enterprises.glueFactory()))
                .get("creditCode").asText();
        Task freshSurvey = new CaseSteps(taskService).caseTask(fresh, ACTIVITY_SURVEY);
        assertThat(managementService.createJobQuery().executionId(freshSurvey.getExecutionId()).timers().count())
                .isEqualTo(2);

        // then every case has ended, with no task and no escalation left open
        for (Map.Entry<String, Long> entry : cases.entrySet()) {
            paths.assertEnded(entry.getValue());
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(codeOf(entry.getKey())).count())
                    .as(entry.getKey()).isZero();
        }
    }

    /** Works a fresh case on the 0.1 diagrams up to the stage (its open task). */
    private void upTo(CasePaths paths, PublicSurface surface, String stage, String code, long caseId) throws Exception {
        switch (stage) {
            case "survey", "late survey" -> { }
            case "joint review" -> survey(surface, code);
            case "decision" -> {
                survey(surface, code);
                reviews(surface, code, Disposition.CLOSE);
            }
            case "verification" -> {
                survey(surface, code);
                reviews(surface, code, Disposition.CLOSE);
                decide(surface, code, Disposition.CLOSE);
            }
            case "closure notice" -> paths.review(code, Disposition.CLOSE, Disposition.CLOSE);
            case "closure check" -> {
                paths.review(code, Disposition.CLOSE, Disposition.CLOSE);
                paths.notice(code);
            }
            case "relocation plan" -> paths.review(code, Disposition.RELOCATE_TO_PARK, Disposition.RELOCATE_TO_PARK);
            case "commitment" -> paths.review(code, Disposition.RECTIFY_IN_PLACE, Disposition.RECTIFY_IN_PLACE);
            case "rectification" -> {
                paths.review(code, Disposition.RECTIFY_IN_PLACE, Disposition.RECTIFY_IN_PLACE);
                paths.upToRectification(code, caseId, 2);
            }
            default -> throw new IllegalArgumentException(stage);
        }
        assertThat(openActivity(code)).as(stage).isEqualTo(switch (stage) {
            case "survey", "late survey" -> ACTIVITY_SURVEY;
            case "joint review" -> ACTIVITY_JOINT_REVIEW;
            case "decision" -> ACTIVITY_DECIDE;
            case "verification" -> ACTIVITY_VERIFY;
            case "closure notice" -> ACTIVITY_ISSUE_NOTICE;
            case "closure check" -> ACTIVITY_VERIFY_CLOSURE;
            case "relocation plan" -> ACTIVITY_PLAN_RELOCATION;
            case "commitment" -> ACTIVITY_SIGN_COMMITMENT;
            default -> ACTIVITY_RECTIFY;
        });
    }

    /** Works a case from its stage to its end, on whatever diagrams run it now. */
    private static void toTheEnd(CasePaths paths, PublicSurface surface, String stage, String code, long caseId)
            throws Exception {
        switch (stage) {
            case "survey", "late survey" -> {
                survey(surface, code);
                reviews(surface, code, Disposition.CLOSE);
                decide(surface, code, Disposition.CLOSE);
                paths.verify(code, Disposition.CLOSE, Disposition.CLOSE);
                paths.close(code, "2.5");
            }
            case "joint review" -> {
                reviews(surface, code, Disposition.CLOSE);
                decide(surface, code, Disposition.CLOSE);
                paths.verify(code, Disposition.CLOSE, Disposition.CLOSE);
                paths.close(code, null);
            }
            case "decision" -> {
                decide(surface, code, Disposition.CLOSE);
                paths.verify(code, Disposition.CLOSE, Disposition.CLOSE);
                paths.close(code, null);
            }
            case "verification" -> {
                paths.verify(code, Disposition.CLOSE, Disposition.CLOSE);
                paths.close(code, null);
            }
            case "closure notice" -> paths.close(code, "1");
            case "closure check" -> {
                paths.closureCheck(code, null, null);
                paths.licence(code, "CANCELLED");
            }
            case "relocation plan" -> paths.relocate(code);
            case "commitment" -> paths.upgrade(code, caseId, 1);
            case "rectification" -> {
                paths.rectifyAndEvaluate(code, caseId);
                surface.work(Workers.SAFETY, code, org.rectify.rectification.RectificationVariables.ACTIVITY_ACCEPT,
                        org.rectify.support.UpgradeSteps.acceptance(true, ""));
            }
            default -> throw new IllegalArgumentException(stage);
        }
    }

    private static void survey(PublicSurface surface, String code) throws Exception {
        surface.work(Workers.SURVEYOR, code, ACTIVITY_SURVEY, CaseSteps.survey(Set.of(), true, true));
    }

    private static void reviews(PublicSurface surface, String code, Disposition proposed) throws Exception {
        for (String reviewer : Workers.REVIEWERS) {
            surface.work(reviewer, code, ACTIVITY_JOINT_REVIEW, CaseSteps.opinion(proposed, "同意 Agreed"));
        }
    }

    private static void decide(PublicSurface surface, String code, Disposition decided) throws Exception {
        surface.work(Workers.DISTRICT_OFFICE, code, ACTIVITY_DECIDE, CaseSteps.decision(decided, CasePaths.DEADLINE,
                "safety"));
    }

    private String openActivity(String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).list().get(0).getTaskDefinitionKey();
    }

    private static String stageOf(String key) {
        return key.substring(0, key.lastIndexOf(' '));
    }

    private static String codeOf(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    private String deploymentOf(org.camunda.bpm.engine.runtime.ProcessInstance instance) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionId(instance.getProcessDefinitionId())
                .singleResult().getDeploymentId();
    }

    private String latestDeployment() {
        return repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list().get(0).getId();
    }

    /** Deploys the 0.1 diagrams and forms as that release deployed them: one deployment, the paths designers see. */
    private void deployPrevious() throws IOException {
        DeploymentBuilder deployment = repositoryService.createDeployment().name(ModelDeployment.DEPLOYMENT_NAME)
                .source(ModelDeployment.DEPLOYMENT_NAME);
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:" + PREVIOUS + "*/*")) {
            String url = resource.getURL().toString();
            try (InputStream in = resource.getInputStream()) {
                deployment.addInputStream(url.substring(url.indexOf(PREVIOUS) + PREVIOUS.length()), in);
            }
        }
        deployment.deploy();
    }
}
