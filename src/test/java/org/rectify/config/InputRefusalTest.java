package org.rectify.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What users and clients sent that once answered 500: each answers 4xx with a message that names
 * the field and says what is allowed, and writes nothing.
 */
@IntegrationTest
class InputRefusalTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    RestTasks tasks;
    Rest district;

    @BeforeEach
    void users() {
        tasks = new RestTasks(http);
        district = Rest.as(http, "district-office1").api();
    }

    @Test
    void areasSalesAndLandBeyondTheirColumnsAreRefused() throws Exception {
        long enterprises = count("enterprise");
        for (String field : List.of("siteAreaMu", "annualSales")) {
            ObjectNode enterprise = RestTasks.JSON.valueToTree(Enterprises.glueFactory());
            enterprise.put(field, 1e15);

            ResponseEntity<String> answer = district.post("/cases", RestTasks.JSON.writeValueAsString(
                    Map.of("enterprise", enterprise)));

            refused(answer, HttpStatus.BAD_REQUEST, field);
        }
        assertThat(count("enterprise")).isEqualTo(enterprises);

        JsonNode opened = tasks.openCase(Enterprises.glueFactory());
        for (String figure : List.of("1e12", "1e400")) {
            ResponseEntity<String> answer = district.put("/cases/" + opened.get("id").asLong() + "/land",
                    "{\"landReclaimedMu\": " + figure + "}");

            refused(answer, HttpStatus.BAD_REQUEST, "landReclaimedMu");
        }
        assertThat(jdbc.queryForObject("select land_reclaimed_mu from enterprise_case where id = ?",
                java.math.BigDecimal.class, opened.get("id").asLong())).isNull();
    }

    @Test
    void deadlinesBeyondWhatTheDatabaseHoldsAreRefused() throws Exception {
        JsonNode opened = tasks.openCase(Enterprises.glueFactory());
        String code = opened.get("creditCode").asText();
        review(code);
        String decide = tasks.taskId("district-office1", code, EnterpriseCaseVariables.ACTIVITY_DECIDE);

        ResponseEntity<String> decision = Rest.as(http, "district-office1").post("/task/" + decide + "/complete",
                RestTasks.variables(CaseSteps.decision(Disposition.CLOSE, LocalDate.of(2040, 1, 1), "safety")));
        ResponseEntity<String> extension = district.post("/tasks/" + decide + "/deadline-extension",
                "{\"dueDate\": \"2040-01-01\", \"reason\": \"企业申请 The enterprise asked\"}");

        refused(decision, HttpStatus.BAD_REQUEST, "dispositionDeadline");
        assertThat(decision.getBody()).contains("2037-12-31");
        refused(extension, HttpStatus.BAD_REQUEST, "dueDate");
        assertThat(jdbc.queryForObject("select count(*) from decision where case_id = ?", Integer.class,
                opened.get("id").asLong())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from deadline_extension where task_id = ?", Integer.class,
                decide)).isZero();
    }

    @Test
    void aCertificateRegisteredTwiceIsAConflict() throws Exception {
        String firm = RestTasks.JSON.writeValueAsString(Map.of("kind", "DESIGN_FIRM", "name", "重复 Twice",
                "qualification", "乙级", "certificateNumber", "DUP-" + System.nanoTime(), "certificateExpiry", "2030-01-01"));
        assertThat(district.post("/intermediaries", firm).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long firms = count("intermediary");

        refused(district.post("/intermediaries", firm), HttpStatus.CONFLICT, "certificateNumber");
        assertThat(count("intermediary")).isEqualTo(firms);
    }

    @Test
    void aCompletedTaskIsGoneAndAClaimedOneNamesItsHolder() throws Exception {
        JsonNode opened = tasks.openCase(Enterprises.glueFactory());
        String code = opened.get("creditCode").asText();
        String survey = tasks.taskId("town-econ-center1", code, EnterpriseCaseVariables.ACTIVITY_SURVEY);
        Rest first = Rest.as(http, "town-econ-center1");
        Rest second = Rest.as(http, "town-econ-center2");

        assertThat(first.post("/task/" + survey + "/claim", "{\"userId\":\"town-econ-center1\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> claimedAgain = second.post("/task/" + survey + "/claim",
                "{\"userId\":\"town-econ-center2\"}");
        ResponseEntity<String> completedByOther = second.post("/task/" + survey + "/complete",
                RestTasks.variables(CaseSteps.survey(Set.of(), true, true)));
        assertThat(first.post("/task/" + survey + "/complete", RestTasks.variables(CaseSteps.survey(Set.of(), true, true)))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> completedTwice = first.post("/task/" + survey + "/complete",
                RestTasks.variables(CaseSteps.survey(Set.of(), true, true)));

        refused(claimedAgain, HttpStatus.CONFLICT, "town-econ-center1");
        refused(completedByOther, HttpStatus.CONFLICT, "town-econ-center1");
        refused(completedTwice, HttpStatus.NOT_FOUND, "already completed");
        assertThat(jdbc.queryForObject("select count(*) from survey_finding where case_id = ?", Integer.class,
                opened.get("id").asLong())).isEqualTo(8);
    }

    @Test
    void anUnknownCaseOrAMistypedIdIsNoServerError() {
        refused(district.get("/cases/999999999"), HttpStatus.NOT_FOUND, "caseId");
        refused(district.get("/cases/abc"), HttpStatus.BAD_REQUEST, "caseId");
        refused(Rest.as(http, "safety1").post("/task/no-such-task/complete", "{}"), HttpStatus.NOT_FOUND,
                "does not exist");
    }

    private void review(String code) throws Exception {
        tasks.work("town-econ-center1", code, EnterpriseCaseVariables.ACTIVITY_SURVEY,
                CaseSteps.survey(Set.of(), true, true));
        for (String agency : List.of("safety", "environment", "market-regulation", "natural-resources",
                "development-reform", "quality")) {
            tasks.work(agency + "1", code, EnterpriseCaseVariables.ACTIVITY_JOINT_REVIEW,
                    CaseSteps.opinion(Disposition.CLOSE, "关闭 Close"));
        }
    }

    private static void refused(ResponseEntity<String> answer, HttpStatus status, String named) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getBody()).contains(named).doesNotContain("ENGINE-").doesNotContain("Exception:");
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }
}
