package org.rectify.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starting small campaigns, and enterprises added to a campaign after its start. */
@IntegrationTest
class RosterStartTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired Roster roster;
    @Autowired RosterImport imports;
    @Autowired CaseOpening opening;
    @Autowired DataSource dataSource;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void anEnterpriseWhoseCaseWasOpenedByHandKeepsItsOnlyCase() {
        // given one of three enterprises already has a case in the campaign
        Long campaignId = campaign();
        List<EnterpriseDetails> producers = CampaignFixtures.producers(3);
        imports.importLedger(campaignId, Ledgers.of(producers), "district-office1");
        EnterpriseCase byHand = opening.open(producers.get(1), campaignId);

        // when the campaign starts
        startAndRun(campaignId);

        // then the other two get a case and the third keeps its own
        assertThat(casesOf(campaignId)).isEqualTo(3);
        assertThat(roster.list(campaignId, 0, 10).items()).extracting(RosterEntryView::caseId).contains(byHand.getId())
                .doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void anEnterpriseAddedAfterTheStartGetsItsCaseAtOnceAlone() throws Exception {
        // given a started campaign of two
        Long campaignId = campaign();
        imports.importLedger(campaignId, Ledgers.of(CampaignFixtures.producers(2)), "district-office1");
        startAndRun(campaignId);

        // when the town office adds one at survey and one at on-site verification
        ResponseEntity<String> atSurvey = add("town-office1", campaignId, CampaignFixtures.producer(3), false);
        ResponseEntity<String> atVerification = add("town-office1", campaignId, CampaignFixtures.producer(4), true);

        // then each has its case at once, at the right activity, without a new start
        assertThat(atSurvey.getStatusCode()).as(atSurvey.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(atVerification.getStatusCode()).as(atVerification.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(waitingAt(JSON.readTree(atSurvey.getBody()))).isEqualTo(EnterpriseCaseVariables.ACTIVITY_SURVEY);
        assertThat(waitingAt(JSON.readTree(atVerification.getBody()))).isEqualTo(EnterpriseCaseVariables.ACTIVITY_VERIFY);
        assertThat(casesOf(campaignId)).isEqualTo(4);
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CampaignStartVariables.businessKey(campaignId)).count()).isZero();
        assertThat(JSON.readTree(Rest.as(http, "district-office1").api().get("/campaigns/" + campaignId + "/start")
                .getBody()).get("started").asInt()).isEqualTo(4);
    }

    @Test
    void anEnterpriseAlreadyInTheCampaignIsNotAddedTwice() {
        Long campaignId = campaign();
        EnterpriseDetails producer = CampaignFixtures.producer(1);
        imports.importLedger(campaignId, Ledgers.of(List.of(producer)), "district-office1");
        startAndRun(campaignId);

        ResponseEntity<String> twice = add("district-office1", campaignId, producer, false);

        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody()).contains("already on the roster").contains(producer.creditCode());
        assertThat(casesOf(campaignId)).isEqualTo(1);
    }

    @Test
    void beforeTheStartAnAddedEnterpriseWaitsForIt() throws Exception {
        Long campaignId = campaign();

        ResponseEntity<String> added = add("district-office1", campaignId, CampaignFixtures.producer(1), false);
        ResponseEntity<String> atVerification = add("town-office1", campaignId, CampaignFixtures.producer(2), true);

        assertThat(JSON.readTree(added.getBody()).get("status").asText()).isEqualTo("PENDING");
        assertThat(atVerification.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(atVerification.getBody()).contains("has not started");
        assertThat(casesOf(campaignId)).isZero();
        JsonNode status = JSON.readTree(Rest.as(http, "town-econ-center1").api()
                .get("/campaigns/" + campaignId + "/start").getBody());
        assertThat(status.get("state").asText()).isEqualTo("NOT_STARTED");
        assertThat(status.get("pending").asInt()).isEqualTo(1);
    }

    @Test
    void aStartCancelledInCockpitIsTakenUpByTheNextStart() {
        // given a start whose process an administrator cancelled before its batches ran
        Long campaignId = campaign();
        imports.importLedger(campaignId, Ledgers.of(CampaignFixtures.producers(3)), "district-office1");
        Rest.as(http, "district-office1").api().post("/campaigns/" + campaignId + "/start", "");
        runtimeService.deleteProcessInstance(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CampaignStartVariables.businessKey(campaignId)).singleResult().getId(),
                "cancelled in Cockpit");

        // when the district office starts again
        startAndRun(campaignId);

        // then every enterprise has its case
        assertThat(casesOf(campaignId)).isEqualTo(3);
    }

    @Test
    void anEmptyRosterCannotStartAndOnlyTheDistrictOfficeStarts() {
        Long campaignId = campaign();

        ResponseEntity<String> empty = Rest.as(http, "district-office1").api()
                .post("/campaigns/" + campaignId + "/start", "");
        ResponseEntity<String> byTown = Rest.as(http, "town-office1").api()
                .post("/campaigns/" + campaignId + "/start", "");

        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(empty.getBody()).contains("roster").contains("empty");
        assertThat(byTown.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Rest.as(http, "district-office1").api().post("/campaigns/987654321/start", "").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Long campaign() {
        return CampaignFixtures.freshCampaign(campaigns, dataSource, "启动测试 Start test").id();
    }

    private void startAndRun(Long campaignId) {
        ResponseEntity<String> started = Rest.as(http, "district-office1").api()
                .post("/campaigns/" + campaignId + "/start", "");
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        CampaignFixtures.runStartJobs(managementService, runtimeService, campaignId, () -> { });
    }

    private ResponseEntity<String> add(String userId, Long campaignId, EnterpriseDetails details,
                                       boolean atVerification) {
        try {
            return Rest.as(http, userId).api().post("/campaigns/" + campaignId + "/roster",
                    JSON.writeValueAsString(Map.of("enterprise", details, "atVerification", atVerification)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String waitingAt(JsonNode entry) {
        String instanceId = new JdbcTemplate(dataSource).queryForObject(
                "select process_instance_id from enterprise_case where id = ?", String.class,
                entry.get("caseId").asLong());
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey();
    }

    private long casesOf(Long campaignId) {
        return new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from enterprise_case where campaign_id = ?", Long.class, campaignId);
    }
}
