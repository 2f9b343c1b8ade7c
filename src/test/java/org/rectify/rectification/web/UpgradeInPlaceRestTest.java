package org.rectify.rectification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.enterprise.EnterpriseCaseVariables.*;
import static org.rectify.rectification.RectificationVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCaseRepository;
import org.rectify.rectification.DiagnosisReports;
import org.rectify.rectification.HazardRegister;
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

/** One enterprise upgraded in place by the demo users and its own user, through REST, ending in the hazard register. */
@IntegrationTest
class UpgradeInPlaceRestTest {

    static final List<String> PANEL = List.of("safety", "environment", "market-regulation", "natural-resources",
            "development-reform", "quality");

    @Autowired TestRestTemplate http;
    @Autowired EnterpriseCaseRepository cases;
    @Autowired DiagnosisReports reports;
    @Autowired HazardRegister hazards;
    @Autowired IdentityService identityService;

    int staff;

    RestTasks tasks;

    @BeforeEach
    void restTasks() {
        tasks = new RestTasks(http);
    }

    @Test
    void anEnterpriseIsUpgradedInPlaceAndEveryHazardKeepsItsHistory() throws Exception {
        // given two qualified firms and one expired, registered by the district office
        long design = firm("DESIGN_FIRM", LocalDate.now().plusYears(2));
        long evaluation = firm("EVALUATION_FIRM", LocalDate.now().plusYears(2));
        long expired = firm("DESIGN_FIRM", LocalDate.now().minusMonths(1));
        // and their people, linked to them by the district office
        String designer = firmUser(design);
        String evaluator1 = firmUser(evaluation);
        String evaluator2 = firmUser(evaluation);
        assertThat(Rest.as(http, "safety1").api().post("/intermediaries", RestTasks.JSON.writeValueAsString(Map.of(
                "kind", "DESIGN_FIRM", "name", "x", "qualification", "x", "certificateNumber", "x",
                "certificateExpiry", "2030-01-01"))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode opened = tasks.openCase(Enterprises.glueFactory());
        String code = opened.get("creditCode").asText();
        long caseId = opened.get("id").asLong();
        String enterprise = "ent-" + code.toLowerCase();
        review(code);

        // the enterprise's own user signs; the demo user of the group does not see the task
        assertThat(Rest.as(http, "enterprise1").get("/task?maxResults=10&processInstanceBusinessKey=" + code).getBody()).isEqualTo("[]");
        ResponseEntity<String> withExpired = complete(enterprise, code, ACTIVITY_SIGN_COMMITMENT,
                UpgradeSteps.commitment("UPGRADE", expired, evaluation));
        assertThat(withExpired.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withExpired.getBody()).contains(DESIGN_FIRM_ID).contains("expired");
        tasks.work(enterprise, code, ACTIVITY_SIGN_COMMITMENT, UpgradeSteps.commitment("UPGRADE", design, evaluation));

        // another design firm neither sees the task nor uploads to the case
        assertThat(Rest.as(http, "design-firm1").get("/task?maxResults=10&processInstanceBusinessKey=" + code)
                .getBody()).isEqualTo("[]");
        assertThat(upload("design-firm1", caseId, "诊断报告.pdf", UpgradeSteps.PDF).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // the design firm's report: a non-PDF and an oversized file are refused and nothing is stored
        ResponseEntity<String> notPdf = upload(designer, caseId, "report.pdf", "这不是PDF".getBytes());
        assertThat(notPdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notPdf.getBody()).contains("only PDF files are accepted");
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(UpgradeSteps.PDF, 0, big, 0, UpgradeSteps.PDF.length);
        ResponseEntity<String> tooBig = upload(designer, caseId, "report.pdf", big);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody()).contains("at most");
        assertThat(reports.ofCase(caseId)).isEmpty();
        assertThat(upload(designer, caseId, "诊断报告.pdf", UpgradeSteps.PDF).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        tasks.work(designer, code, ACTIVITY_DIAGNOSE, UpgradeSteps.diagnosis());
        // the diagnosis is done: no more uploads
        assertThat(upload(designer, caseId, "补充.pdf", UpgradeSteps.PDF).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        tasks.work("safety1", code, ACTIVITY_AGREE_PLAN, UpgradeSteps.plan());

        // rectifying with a hazard still open is refused with the hazards named
        long first = hazards.ofCase(caseId).get(0).getId();
        ResponseEntity<String> partial = complete(enterprise, code, ACTIVITY_RECTIFY,
                Map.of(RECTIFICATION_EVIDENCE, "H" + first + ": 已整改 Done"));
        assertThat(partial.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(partial.getBody()).contains("hazards still open").contains("H" + (first + 1));

        UpgradeSteps forms = new UpgradeSteps(null, null, reports, hazards);
        tasks.work(enterprise, code, ACTIVITY_RECTIFY, forms.rectification(caseId));
        tasks.work(evaluator1, code, ACTIVITY_EVALUATE, forms.evaluation(caseId, first));
        tasks.work("safety1", code, ACTIVITY_ACCEPT, UpgradeSteps.acceptance(false, ""));
        tasks.work(enterprise, code, ACTIVITY_RECTIFY, forms.rectification(caseId));
        tasks.work(evaluator2, code, ACTIVITY_EVALUATE, forms.evaluation(caseId));
        tasks.work("safety2", code, ACTIVITY_ACCEPT, UpgradeSteps.acceptance(true, ""));

        // then
        assertThat(cases.findById(caseId).orElseThrow().getOutcome()).isEqualTo(CaseOutcome.UPGRADED);
        JsonNode register = RestTasks.JSON.readTree(Rest.as(http, "supervisor1").api()
                .get("/hazards?caseId=" + caseId).getBody());
        assertThat(register).hasSize(3);
        assertThat(register).allSatisfy(h -> assertThat(h.get("status").asText()).isEqualTo("VERIFIED"));
        JsonNode reworked = register.get(0);
        assertThat(reworked.get("history").findValuesAsText("kind"))
                .containsExactly("FOUND", "RECTIFIED", "NOT_VERIFIED", "RECTIFIED", "VERIFIED");
        assertThat(reworked.get("history").findValuesAsText("recordedBy"))
                .containsExactly(designer, enterprise, evaluator1, enterprise, evaluator2);
        assertThat(RestTasks.JSON.readTree(Rest.as(http, "safety1").api()
                .get("/hazards?firm=" + evaluation + "&area=ALARM_FACILITIES").getBody())).hasSize(1);
        // the enterprise sees its own hazards only, without the officials' user ids
        JsonNode own = RestTasks.JSON.readTree(Rest.as(http, enterprise).api().get("/hazards").getBody());
        assertThat(own).hasSize(3).allSatisfy(h -> assertThat(h.get("caseId").asLong()).isEqualTo(caseId));
        assertThat(own.get(0).get("history").findValuesAsText("recordedBy")).containsOnly("null");
    }

    @Test
    void theEnterpriseSwitchesToClosureWhileRectifying() throws Exception {
        long design = firm("DESIGN_FIRM", LocalDate.now().plusYears(2));
        long evaluation = firm("EVALUATION_FIRM", LocalDate.now().plusYears(2));
        JsonNode opened = tasks.openCase(Enterprises.glueFactory());
        String code = opened.get("creditCode").asText();
        long caseId = opened.get("id").asLong();
        String enterprise = "ent-" + code.toLowerCase();
        review(code);
        tasks.work(enterprise, code, ACTIVITY_SIGN_COMMITMENT, UpgradeSteps.commitment("UPGRADE", design, evaluation));

        String choice = "{\"choice\":\"CLOSE\",\"note\":\"改造投入过大 Too costly\"}";
        assertThat(Rest.as(http, "safety1").api().post("/cases/" + caseId + "/enterprise-choice", choice)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> chosen = Rest.as(http, enterprise).api()
                .post("/cases/" + caseId + "/enterprise-choice", choice);

        assertThat(chosen.getStatusCode()).as(chosen.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(cases.findById(caseId).orElseThrow().getDisposition()).isEqualTo(Disposition.CLOSE);
        tasks.taskId("district-office1", code, "Activity_IssueClosureNotice");
    }

    /** A new user whom the district office links to the firm. */
    private String firmUser(long firmId) {
        String userId = "staff-" + firmId + "-" + (++staff);
        User user = identityService.newUser(userId);
        user.setPassword(Rest.DEMO_PASSWORD);
        identityService.saveUser(user);
        ResponseEntity<String> linked = Rest.as(http, "district-office1").api()
                .put("/intermediaries/" + firmId + "/users/" + userId, null);
        assertThat(linked.getStatusCode()).as(linked.getBody()).isEqualTo(HttpStatus.OK);
        return userId;
    }

    private long firm(String kind, LocalDate expiry) throws Exception {
        ResponseEntity<String> created = Rest.as(http, "district-office1").api().post("/intermediaries",
                RestTasks.JSON.writeValueAsString(Map.of("kind", kind, "name", "中化设计 " + kind,
                        "qualification", "化工石化医药行业乙级", "certificateNumber", "C" + System.nanoTime(),
                        "certificateExpiry", expiry.toString())));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return RestTasks.JSON.readTree(created.getBody()).get("id").asLong();
    }

    private ResponseEntity<String> complete(String userId, String code, String activityId, Map<String, Object> form)
            throws Exception {
        String taskId = tasks.taskId(userId, code, activityId);
        return Rest.as(http, userId).post("/task/" + taskId + "/complete", RestTasks.variables(form));
    }

    private ResponseEntity<String> upload(String userId, long caseId, String name, byte[] content) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_PDF);
        body.add("report", new HttpEntity<>(new ByteArrayResource(content) {
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

    private void review(String code) throws Exception {
        tasks.work("town-econ-center1", code, ACTIVITY_SURVEY, CaseSteps.survey(Set.of(), true, true));
        for (String agency : PANEL) {
            tasks.work(agency + "1", code, ACTIVITY_JOINT_REVIEW,
                    CaseSteps.opinion(Disposition.RECTIFY_IN_PLACE, agency + " 同意"));
        }
        tasks.work("district-office1", code, ACTIVITY_DECIDE,
                CaseSteps.decision(Disposition.RECTIFY_IN_PLACE, LocalDate.now().plusMonths(3), "safety"));
        tasks.work("town-office1", code, ACTIVITY_VERIFY, CaseSteps.confirmation());
    }
}
