package org.rectify.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.rectify.rectification.RectificationVariables;
import org.rectify.review.AccessDimension;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.rectify.support.UpgradeSteps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Characters beyond the Basic Multilingual Plane (CJK Extension B, common in Chinese personal and
 * place names) in every place that reaches the engine or our tables: a firm, an enterprise and its
 * account, a survey note, a report's file name. On MySQL they need utf8mb4 tables, the engine's too.
 */
@IntegrationTest
class FourByteCharactersTest {

    static final String RARE = "𠀀𪚥";

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void rareCharactersAreStoredAndShownIntactAndTheSystemKeepsWorking() throws Exception {
        Rest district = Rest.as(http, "district-office1").api();
        RestTasks tasks = new RestTasks(http);

        // a firm and its person
        ResponseEntity<String> firm = district.post("/intermediaries", RestTasks.JSON.writeValueAsString(Map.of(
                "kind", "DESIGN_FIRM", "name", RARE + "化工设计院 Design institute", "qualification", "乙级",
                "certificateNumber", "EXT-B-" + System.nanoTime(), "certificateExpiry", LocalDate.now().plusYears(2).toString())));
        assertThat(firm.getStatusCode()).as(firm.getBody()).isEqualTo(HttpStatus.CREATED);
        long firmId = RestTasks.JSON.readTree(firm.getBody()).get("id").asLong();
        assertThat(RestTasks.JSON.readTree(district.get("/intermediaries/" + firmId).getBody()).get("name").asText())
                .isEqualTo(RARE + "化工设计院 Design institute");
        User designer = identityService.newUser("designer-" + firmId);
        designer.setFirstName(RARE + "工程师");
        designer.setPassword(Rest.DEMO_PASSWORD);
        identityService.saveUser(designer);
        assertThat(district.put("/intermediaries/" + firmId + "/users/" + designer.getId(), null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // an enterprise whose name has them: its case, its account, the task's context
        EnterpriseDetails details = Enterprises.glueFactory();
        EnterpriseDetails rare = new EnterpriseDetails(details.creditCode(), RARE + "记化工厂 Rare works", "𠀀村镇",
                details.village(), details.address(), "王𪚥", details.contactPhone(), details.industryCategory(),
                details.products(), details.revenueBand(), details.aboveScale(), details.employees(), details.siteAreaMu(),
                details.businessType(), details.eiaApprovalDate(), details.safetyApprovalDate(), details.annualSales());
        JsonNode opened = tasks.openCase(rare);
        String code = opened.get("creditCode").asText();
        assertThat(opened.get("enterpriseName").asText()).isEqualTo(RARE + "记化工厂 Rare works");
        assertThat(identityService.createUserQuery().userId("ent-" + code.toLowerCase()).singleResult().getFirstName())
                .isEqualTo(RARE + "记化工厂 Rare works");

        // a survey note
        String survey = tasks.taskId("town-econ-center1", code, EnterpriseCaseVariables.ACTIVITY_SURVEY);
        assertThat(RestTasks.JSON.readTree(Rest.as(http, "town-econ-center1").get("/task/" + survey + "/variables")
                .getBody()).get("enterpriseName").get("value").asText()).isEqualTo(RARE + "记化工厂 Rare works");
        Map<String, Object> form = new java.util.HashMap<>(CaseSteps.survey(Set.of(AccessDimension.LAND), true, true));
        form.put(AccessDimension.LAND.noteVariable(), RARE + "村集体土地，无用地手续");
        tasks.work("town-econ-center1", code, EnterpriseCaseVariables.ACTIVITY_SURVEY, form);
        JsonNode file = RestTasks.JSON.readTree(district.get("/cases/" + opened.get("id").asLong()).getBody());
        assertThat(file.get("findings").findValuesAsText("note")).contains(RARE + "村集体土地，无用地手续");

        // the case goes on to the diagnosis with the firm: the report's file name
        CaseSteps steps = new CaseSteps(taskService);
        for (var review : steps.tasks(code, EnterpriseCaseVariables.ACTIVITY_JOINT_REVIEW)) {
            taskService.complete(review.getId(), CaseSteps.opinion(Disposition.RECTIFY_IN_PLACE, RARE + " 同意"));
        }
        steps.completeCaseTask(code, EnterpriseCaseVariables.ACTIVITY_DECIDE,
                CaseSteps.decision(Disposition.RECTIFY_IN_PLACE, LocalDate.now().plusMonths(3), "safety"));
        steps.completeCaseTask(code, EnterpriseCaseVariables.ACTIVITY_VERIFY, CaseSteps.confirmation());
        long evaluationFirm = RestTasks.JSON.readTree(district.post("/intermediaries", RestTasks.JSON.writeValueAsString(
                Map.of("kind", "EVALUATION_FIRM", "name", "评价 Evaluation", "qualification", "乙级",
                        "certificateNumber", "EXT-B-E-" + System.nanoTime(),
                        "certificateExpiry", LocalDate.now().plusYears(2).toString()))).getBody()).get("id").asLong();
        steps.completeCaseTask(code, RectificationVariables.ACTIVITY_SIGN_COMMITMENT,
                UpgradeSteps.commitment("UPGRADE", firmId, evaluationFirm));
        ResponseEntity<String> uploaded = upload(designer.getId(), opened.get("id").asLong(), "诊断报告" + RARE + ".pdf");
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode reports = RestTasks.JSON.readTree(district.get("/cases/" + opened.get("id").asLong()
                + "/diagnosis-reports").getBody());
        assertThat(reports.get(0).get("fileName").asText()).isEqualTo("诊断报告" + RARE + ".pdf");
        // the commitment form of the next enterprise lists the firm with its name: tasks go on being completed
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(RectificationVariables.ACTIVITY_DIAGNOSE).count()).isOne();
        JsonNode other = tasks.openCase(Enterprises.glueFactory());
        tasks.work("town-econ-center1", other.get("creditCode").asText(), EnterpriseCaseVariables.ACTIVITY_SURVEY,
                CaseSteps.survey(Set.of(), true, true));
    }

    private ResponseEntity<String> upload(String userId, long caseId, String name) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_PDF);
        body.add("report", new HttpEntity<>(new ByteArrayResource(UpgradeSteps.PDF) {
            @Override
            public String getFilename() {
                return name;
            }
        }, part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(userId, Rest.DEMO_PASSWORD).postForEntity("/api/cases/" + caseId + "/diagnosis-reports",
                new HttpEntity<>(body, headers), String.class);
    }
}
