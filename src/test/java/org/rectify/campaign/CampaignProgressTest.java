package org.rectify.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_DECIDE;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_SURVEY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.support.CaseSteps;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Progress of a small campaign driven through a few decisions, checked against its cases one by one. */
@IntegrationTest
class CampaignProgressTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    static final LocalDate CLOSE_BY = LocalDate.now().plusDays(10);
    static final LocalDate CLOSE_LATER_BY = LocalDate.now().plusDays(20);
    static final LocalDate RELOCATE_BY = LocalDate.now().plusDays(400);

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired RosterImport imports;
    @Autowired CampaignActivities activities;
    @Autowired CaseLifecycle lifecycle;
    @Autowired DataSource dataSource;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void progressFiguresMatchTheCasesOneByOne() throws Exception {
        // given a started campaign of six producers
        CampaignView campaign = CampaignFixtures.freshCampaign(campaigns, dataSource, "进展测试 Progress test");
        List<EnterpriseDetails> producers = CampaignFixtures.producers(6);
        imports.importLedger(campaign.id(), Ledgers.of(producers), "district-office1");
        Rest.as(http, "district-office1").api().post("/campaigns/" + campaign.id() + "/start", "");
        CampaignFixtures.runStartJobs(managementService, runtimeService, campaign.id(), () -> { });
        CaseSteps steps = new CaseSteps(taskService);

        // when the cases go through a few decisions
        steps.decideAndConfirm(instance(producers.get(0)), Disposition.COMPLIANT, null, null);
        steps.decideAndConfirm(instance(producers.get(1)), Disposition.CLOSE, CLOSE_BY, "safety");
        lifecycle.end(caseId(producers.get(1)));
        steps.decideAndConfirm(instance(producers.get(2)), Disposition.RELOCATE_TO_PARK, RELOCATE_BY, "safety");
        steps.surveyAndReview(instance(producers.get(3)), Set.of(), Disposition.CLOSE);
        steps.complete(instance(producers.get(3)), ACTIVITY_DECIDE,
                CaseSteps.decision(Disposition.CLOSE, CLOSE_LATER_BY, "safety"));
        steps.complete(instance(producers.get(4)), ACTIVITY_SURVEY, CaseSteps.survey(Set.of(), true, true));
        // and meetings and publicity are recorded
        activities.recordMeeting(campaign.id(), new MeetingRecord(LocalDate.now(), MeetingKind.PROGRESS,
                "推进会 Progress meeting", "镇化治办、企业负责人", 20,
                List.of(producers.get(1).creditCode(), producers.get(2).creditCode()), null), "town-office1");
        activities.recordPublicity(campaign.id(), new PublicityRecord(LocalDate.now(), 5000, 2000, 400, null), "town-office1");
        activities.recordPublicity(campaign.id(), new PublicityRecord(LocalDate.now(), 84, 1000, 200, null), "town-office1");

        // then the figures are those of the cases, one by one
        JsonNode progress = JSON.readTree(Rest.as(http, "supervisor1").api()
                .get("/campaigns/" + campaign.id() + "/progress").getBody());
        List<Map<String, Object>> rows = new JdbcTemplate(dataSource).queryForList(
                "select stage, disposition, outcome, deadline, closed_at from enterprise_case where campaign_id = ?",
                campaign.id());
        assertThat(rows).hasSize(6);
        assertThat(progress.get("cases").asInt()).isEqualTo(6);
        assertThat(counts(progress.get("byStage"))).isEqualTo(tally(rows, "stage"));
        assertThat(counts(progress.get("byDisposition"))).isEqualTo(tally(rows, "disposition"));
        assertThat(counts(progress.get("byOutcome"))).isEqualTo(tally(rows, "outcome"));

        // and they are what was done
        assertThat(counts(progress.get("byStage"))).containsEntry("SURVEY", 1L).containsEntry("JOINT_REVIEW", 1L);
        assertThat(counts(progress.get("byDisposition"))).containsEntry("COMPLIANT", 1L).containsEntry("CLOSE", 2L)
                .containsEntry("RELOCATE_TO_PARK", 1L).containsEntry(null, 2L);
        assertThat(counts(progress.get("byOutcome"))).containsEntry("COMPLIANT", 1L).containsEntry("CLOSED", 1L)
                .containsEntry(null, 4L);
        assertThat(progress.get("byDisposition").get(0).get("label").asText()).isEqualTo("符合要求 Compliant");

        JsonNode targets = progress.get("targets");
        assertLine(targets.get("closures"), 30, 2, 1, 29);
        assertLine(targets.get("relocations"), 2, 1, 0, 2);
        JsonNode years = targets.get("years");
        assertThat(years).hasSize(3);
        assertThat(years.get(0).get("closureTarget").asInt()).isEqualTo(18);
        assertThat(years.get(1).get("closureTarget").asInt()).isEqualTo(12);
        assertThat(years.get(2).get("closureTarget").isNull()).isTrue();
        for (JsonNode year : years) {
            LocalDate from = LocalDate.parse(year.get("from").asText());
            LocalDate to = LocalDate.parse(year.get("to").asText());
            assertThat(year.get("closuresDue").asLong()).as("year " + year.get("year"))
                    .isEqualTo(rows.stream().filter(r -> isOneOf(r, "disposition", "CLOSE", "ALREADY_STOPPED",
                            "CONVERT_TO_SERVICES") && within(r.get("deadline"), from, to)).count());
            assertThat(year.get("closuresAchieved").asLong()).as("year " + year.get("year"))
                    .isEqualTo(rows.stream().filter(r -> isOneOf(r, "outcome", "CLOSED", "CONVERTED")
                            && within(r.get("closed_at"), from, to)).count());
            assertThat(year.get("relocationsDue").asLong())
                    .isEqualTo(rows.stream().filter(r -> isOneOf(r, "disposition", "RELOCATE_TO_PARK")
                            && within(r.get("deadline"), from, to)).count());
        }
        assertThat(years.get(0).get("closuresAchieved").asInt()).isEqualTo(1);

        JsonNode activity = progress.get("activities");
        assertThat(activity.get("meetings").asInt()).isEqualTo(1);
        assertThat(activity.get("commitmentLetters").asInt()).isEqualTo(2);
        assertThat(activity.get("textMessages").asInt()).isEqualTo(5084);
        assertThat(activity.get("leaflets").asInt()).isEqualTo(3000);
        assertThat(activity.get("consultations").asInt()).isEqualTo(600);
        assertThat(progress.get("start").get("started").asInt()).isEqualTo(6);
    }

    private static void assertLine(JsonNode line, int target, int decided, int achieved, int remaining) {
        assertThat(line.get("target").asInt()).isEqualTo(target);
        assertThat(line.get("decided").asInt()).isEqualTo(decided);
        assertThat(line.get("achieved").asInt()).isEqualTo(achieved);
        assertThat(line.get("remaining").asInt()).isEqualTo(remaining);
    }

    private static Map<String, Long> counts(JsonNode counts) {
        Map<String, Long> map = new HashMap<>();
        StreamSupport.stream(counts.spliterator(), false).forEach(c ->
                map.put(c.get("code").isNull() ? null : c.get("code").asText(), c.get("count").asLong()));
        return map;
    }

    private static Map<String, Long> tally(List<Map<String, Object>> rows, String column) {
        Map<String, Long> map = new HashMap<>();
        for (Map<String, Object> row : rows) {
            Object value = value(row, column);
            map.merge(value == null ? null : value.toString(), 1L, Long::sum);
        }
        return map;
    }

    private static boolean isOneOf(Map<String, Object> row, String column, String... values) {
        Object value = value(row, column);
        return value != null && List.of(values).contains(value.toString());
    }

    /** JdbcTemplate's rows ignore the case of column labels (H2 upper-cases them, MySQL does not). */
    private static Object value(Map<String, Object> row, String column) {
        return row.get(column);
    }

    private static boolean within(Object value, LocalDate from, LocalDate to) {
        if (value == null) {
            return false;
        }
        LocalDate date = value instanceof Timestamp t ? t.toLocalDateTime().toLocalDate()
                : value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString().substring(0, 10));
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private ProcessInstance instance(EnterpriseDetails producer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(producer.creditCode())
                .processDefinitionKey("Process_EnterpriseCase").singleResult();
    }

    private Long caseId(EnterpriseDetails producer) {
        return new JdbcTemplate(dataSource).queryForObject("""
                select c.id from enterprise_case c join enterprise e on e.id = c.enterprise_id
                where e.credit_code = ?""", Long.class, producer.creditCode());
    }
}
