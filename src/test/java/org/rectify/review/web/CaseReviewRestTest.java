package org.rectify.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.review.AccessDimension;
import org.rectify.review.CaseFile;
import org.rectify.review.CaseFiles;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** One case from survey to decision, worked through the REST APIs by the demo users of each group. */
@IntegrationTest
class CaseReviewRestTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final List<String> PANEL = List.of("safety", "environment", "market-regulation", "natural-resources",
            "development-reform", "quality");

    @Autowired TestRestTemplate http;
    @Autowired CaseFiles caseFiles;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

    RestTasks tasks;

    @org.junit.jupiter.api.BeforeEach
    void restTasks() {
        tasks = new RestTasks(http);
    }

    @Test
    void agenciesWorkACaseFromSurveyToDecisionThroughRest() throws Exception {
        // given the district office opens the case
        ResponseEntity<String> opened = Rest.as(http, "district-office1").api().post("/cases",
                JSON.writeValueAsString(Map.of("enterprise", Enterprises.glueFactory())));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode file = JSON.readTree(opened.getBody());
        long caseId = file.get("id").asLong();
        String instanceId = file.get("processInstanceId").asText();

        // when each group works its own task
        workTask("town-econ-center1", instanceId, EnterpriseCaseVariables.ACTIVITY_SURVEY,
                CaseSteps.survey(java.util.Set.of(AccessDimension.ENVIRONMENTAL_PROTECTION), true, false));
        for (String agency : PANEL) {
            workTask(agency + "1", instanceId, EnterpriseCaseVariables.ACTIVITY_JOINT_REVIEW,
                    CaseSteps.opinion(org.rectify.enterprise.Disposition.OBTAIN_APPROVALS, agency + " 意见：补办环评"));
        }
        workTask("district-office1", instanceId, EnterpriseCaseVariables.ACTIVITY_DECIDE,
                CaseSteps.decision(org.rectify.enterprise.Disposition.OBTAIN_APPROVALS,
                        LocalDate.now().plusMonths(3), "environment"));

        // then our tables hold the findings, the opinions and the decision
        CaseFile recorded = caseFiles.get(caseId);
        assertThat(recorded.stage()).isEqualTo("VERIFICATION");
        assertThat(recorded.suggestedDisposition()).isEqualTo("OBTAIN_APPROVALS");
        assertThat(recorded.findings()).hasSize(8)
                .filteredOn(f -> !f.compliant()).singleElement()
                .satisfies(f -> assertThat(f.note()).isEqualTo("不符合 环境保护 Environmental protection"));
        assertThat(recorded.opinions()).extracting(CaseFile.Opinion::agency).containsExactlyInAnyOrderElementsOf(PANEL);
        assertThat(recorded.opinions()).extracting(CaseFile.Opinion::givenBy)
                .containsExactlyInAnyOrderElementsOf(PANEL.stream().map(a -> a + "1").toList());
        assertThat(recorded.decisions()).singleElement().satisfies(d -> {
            assertThat(d.disposition()).isEqualTo("OBTAIN_APPROVALS");
            assertThat(d.decidedBy()).isEqualTo("district-office1");
            assertThat(d.supervisingAgency()).isEqualTo("environment");
        });
        ResponseEntity<String> read = Rest.as(http, "town-office1").api().get("/cases/" + caseId);
        assertThat(read.getBody()).contains("补办环评");
    }

    @Test
    void invalidCreditCodeIsRefusedNamingTheField() throws Exception {
        ObjectNode enterprise = JSON.valueToTree(Enterprises.glueFactory());
        enterprise.put("creditCode", "91350100M000100Y44");

        ResponseEntity<String> response = Rest.as(http, "district-office1").api().post("/cases",
                JSON.writeValueAsString(Map.of("enterprise", enterprise)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("check character").contains("91350100M000100Y44");
    }

    @Test
    void missingFieldsAreNamed() {
        ResponseEntity<String> response = Rest.as(http, "district-office1").api().post("/cases",
                "{\"enterprise\":{\"creditCode\":\"91350100M000100Y43\"}}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("enterprise.name").contains("enterprise.businessType");
    }

    @Test
    void onlyDistrictOfficeAndSurveyorsOpenCases() throws Exception {
        ResponseEntity<String> response = Rest.as(http, "environment1").api().post("/cases",
                JSON.writeValueAsString(Map.of("enterprise", Enterprises.glueFactory())));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Rest.anonymous(http).api().get("/cases/1").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownCaseIsNotFound() {
        assertThat(Rest.as(http, "town-office1").api().get("/cases/987654321").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void pastDeadlineIsRefusedWith400ThroughEngineRest() throws Exception {
        String instanceId = JSON.readTree(Rest.as(http, "district-office1").api().post("/cases",
                JSON.writeValueAsString(Map.of("enterprise", Enterprises.glueFactory()))).getBody())
                .get("processInstanceId").asText();
        workTask("town-econ-center1", instanceId, EnterpriseCaseVariables.ACTIVITY_SURVEY,
                CaseSteps.survey(java.util.Set.of(), true, true));
        for (String agency : PANEL) {
            workTask(agency + "1", instanceId, EnterpriseCaseVariables.ACTIVITY_JOINT_REVIEW,
                    CaseSteps.opinion(org.rectify.enterprise.Disposition.CLOSE, "关闭"));
        }
        String taskId = taskId("district-office1", instanceId, EnterpriseCaseVariables.ACTIVITY_DECIDE);

        ResponseEntity<String> response = Rest.as(http, "district-office1").post("/task/" + taskId + "/complete",
                variables(CaseSteps.decision(org.rectify.enterprise.Disposition.CLOSE, LocalDate.now().minusDays(3),
                        "safety")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("dispositionDeadline").contains("in the past");
    }

    private void workTask(String userId, String instanceId, String activityId, Map<String, Object> form) throws Exception {
        tasks.work(userId, businessKey(instanceId), activityId, form);
    }

    private String taskId(String userId, String instanceId, String activityId) throws Exception {
        return tasks.taskId(userId, businessKey(instanceId), activityId);
    }

    private String businessKey(String instanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey();
    }

    private static String variables(Map<String, Object> form) throws Exception {
        return RestTasks.variables(form);
    }
}
