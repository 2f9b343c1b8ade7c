package org.rectify.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * A task submission carries the fields of the task's own form, with the form's types, and nothing
 * else: whatever it adds is refused with 400 naming the field, and no case's records change.
 */
@IntegrationTest
class TaskSubmissionTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    RestTasks tasks;
    JsonNode caseA;
    JsonNode caseB;
    String surveyOfA;

    @BeforeEach
    void twoCasesAtTheirSurvey() throws Exception {
        tasks = new RestTasks(http);
        caseA = tasks.openCase(Enterprises.glueFactory());
        caseB = tasks.openCase(Enterprises.glueFactory());
        surveyOfA = tasks.taskId("town-econ-center1", caseA.get("creditCode").asText(),
                EnterpriseCaseVariables.ACTIVITY_SURVEY);
    }

    @Test
    void anotherCasesIdInASubmissionIsRefusedAndNeitherCaseChanges() throws Exception {
        Map<String, Object> form = new java.util.HashMap<>(CaseSteps.survey(Set.of(), true, true));
        form.put("caseId", caseB.get("id").asLong());

        ResponseEntity<String> answer = submit(form);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("caseId").contains("not a field of this task's form");
        assertUntouched();
    }

    @Test
    void routingVariablesAndUnknownNamesAreRefused() throws Exception {
        for (String name : List.of("disposition", "suggestedDisposition", "decisionDeadline", "reviewingAgency",
                "anything")) {
            Map<String, Object> form = new java.util.HashMap<>(CaseSteps.survey(Set.of(), true, true));
            form.put(name, "CLOSE");

            ResponseEntity<String> answer = submit(form);

            assertThat(answer.getStatusCode()).as(name).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(name).contains(name + ": ");
        }
        assertUntouched();
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedNamingTheField() throws Exception {
        Map<String, String> wrong = Map.of(
                "productionRunning", "{\"value\":\"yes\"}",
                "safetyProductionNote", "{\"value\":42,\"type\":\"Integer\"}",
                "landNote", "{\"value\":\"" + "长".repeat(2001) + "\"}",
                "approvalsPresent", "{\"value\":\"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0\",\"type\":\"Object\","
                        + "\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
                        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");
        wrong.forEach((field, variable) -> {
            ResponseEntity<String> answer = Rest.as(http, "town-econ-center1").post("/task/" + surveyOfA + "/submit-form",
                    "{\"variables\":{\"" + field + "\":" + variable + "}}");

            assertThat(answer.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(field).contains(field + ": ").doesNotContain("ENGINE-");
        });
        assertUntouched();
    }

    @Test
    void theFormsOwnFieldsStillGoThrough() throws Exception {
        ResponseEntity<String> answer = submit(CaseSteps.survey(Set.of(), true, true));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(findings(caseA)).isEqualTo(8);
        assertThat(findings(caseB)).isZero();
    }

    private ResponseEntity<String> submit(Map<String, Object> form) throws Exception {
        return Rest.as(http, "town-econ-center1").post("/task/" + surveyOfA + "/submit-form", RestTasks.variables(form));
    }

    private void assertUntouched() throws Exception {
        assertThat(findings(caseA)).isZero();
        assertThat(findings(caseB)).isZero();
        assertThat(jdbc.queryForList("select stage from enterprise_case where id in (?, ?)", String.class,
                caseA.get("id").asLong(), caseB.get("id").asLong())).containsOnly("SURVEY");
        assertThat(tasks.taskIdCount("town-econ-center1", caseA.get("creditCode").asText(),
                EnterpriseCaseVariables.ACTIVITY_SURVEY)).isOne();
    }

    private int findings(JsonNode enterpriseCase) {
        Integer count = jdbc.queryForObject("select count(*) from survey_finding where case_id = ?", Integer.class,
                enterpriseCase.get("id").asLong());
        return count == null ? 0 : count;
    }
}
