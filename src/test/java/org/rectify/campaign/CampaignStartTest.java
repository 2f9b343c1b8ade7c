package org.rectify.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A campaign of 1,000 enterprises, started through the API: the batches run as jobs (here one
 * by one, as the job executor would), progress is visible between them, and a second start
 * opens no second case. The MySQL suite runs it on a real server.
 */
@IntegrationTest
class CampaignStartTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int ENTERPRISES = 1_000;
    static final Logger log = LoggerFactory.getLogger(CampaignStartTest.class);

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired DataSource dataSource;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void aCampaignOf1000EnterprisesOpensExactly1000CasesInBatchesAndReportsProgress() throws Exception {
        // given a roster of 1,000 from the ledger
        long began = System.nanoTime();
        Long campaignId = CampaignFixtures.freshCampaign(campaigns, dataSource, "千家企业 1,000 enterprises").id();
        ResponseEntity<String> imported = CampaignApi.upload(http, "district-office1", campaignId,
                Ledgers.of(CampaignFixtures.producers(ENTERPRISES)), "台账.xlsx");
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        long importedAt = System.nanoTime();

        // when the district office starts the campaign
        ResponseEntity<String> started = start(campaignId);

        // then it is accepted, queued in batches, and a second start while it runs is refused
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode accepted = JSON.readTree(started.getBody());
        assertThat(accepted.get("state").asText()).isEqualTo("STARTING");
        assertThat(accepted.get("queued").asInt()).isEqualTo(ENTERPRISES);
        assertThat(accepted.get("started").asInt()).isZero();
        ResponseEntity<String> again = start(campaignId);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("启动进行中").contains("0 of 1000");

        // and the batches open the cases, progress visible between them
        List<Integer> progress = new ArrayList<>();
        int jobs = CampaignFixtures.runStartJobs(managementService, runtimeService, campaignId,
                () -> progress.add(status(campaignId).get("started").asInt()));
        long startedAt = System.nanoTime();

        assertThat(jobs).isEqualTo(ENTERPRISES / 50);
        assertThat(progress).hasSize(jobs).isSorted().doesNotHaveDuplicates().endsWith(ENTERPRISES);
        assertThat(progress.get(0)).isEqualTo(50);
        JsonNode done = status(campaignId);
        assertThat(done.get("state").asText()).isEqualTo("STARTED");
        assertThat(done.get("message").asText()).contains("1000 of 1000");
        assertCases(campaignId);

        // and starting again opens nothing
        ResponseEntity<String> noop = start(campaignId);
        assertThat(noop.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(noop.getBody()).contains("Nothing to start");
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CampaignStartVariables.businessKey(campaignId)).count()).isZero();
        assertCases(campaignId);

        log.info("1,000 enterprises: import {} ms, start {} ms ({} jobs)", (importedAt - began) / 1_000_000,
                (startedAt - importedAt) / 1_000_000, jobs);
    }

    private void assertCases(Long campaignId) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from enterprise_case where campaign_id = ?", Long.class,
                campaignId)).isEqualTo(ENTERPRISES);
        assertThat(jdbc.queryForObject("select count(distinct enterprise_id) from enterprise_case where campaign_id = ?",
                Long.class, campaignId)).isEqualTo(ENTERPRISES);
        assertThat(jdbc.queryForObject("""
                select count(*) from campaign_roster_entry r join enterprise_case c on c.id = r.case_id
                where r.campaign_id = ? and r.status = 'STARTED' and c.enterprise_id = r.enterprise_id
                  and c.process_instance_id is not null""", Long.class, campaignId)).isEqualTo(ENTERPRISES);
        assertThat(taskService.createTaskQuery().processDefinitionKey(EnterpriseCaseVariables.PROCESS_ID)
                .taskDefinitionKey(EnterpriseCaseVariables.ACTIVITY_SURVEY)
                .processInstanceId(jdbc.queryForObject("select process_instance_id from enterprise_case where id ="
                        + " (select max(id) from enterprise_case where campaign_id = ?)", String.class, campaignId))
                .count()).isOne();
    }

    private ResponseEntity<String> start(Long campaignId) {
        return Rest.as(http, "district-office1").api().post("/campaigns/" + campaignId + "/start", "");
    }

    private JsonNode status(Long campaignId) {
        try {
            return JSON.readTree(Rest.as(http, "supervisor1").api().get("/campaigns/" + campaignId + "/start").getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
