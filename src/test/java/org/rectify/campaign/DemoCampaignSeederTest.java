package org.rectify.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.Spreadsheets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo campaign a new user finds after the run command. Tests keep it off
 * (rectify.demo-campaign=false) and run the seeder here on purpose.
 */
@IntegrationTest
class DemoCampaignSeederTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired CampaignRepository repository;
    @Autowired Campaigns campaigns;
    @Autowired UpgradeStandards standards;
    @Autowired Roster roster;
    @Autowired CampaignActivities activities;
    @Autowired CampaignStart start;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired DataSource dataSource;
    @Autowired TestRestTemplate http;

    @Test
    void theSyntheticRosterFollowsTheTownReport() {
        List<EnterpriseDetails> producers = DemoRoster.producers();

        assertThat(producers).hasSize(117).allSatisfy(p -> {
            assertThat(UnifiedSocialCreditCode.isValid(p.creditCode())).isTrue();
            assertThat(p.businessType().name()).isEqualTo("PRODUCER");
        });
        assertThat(producers).extracting(EnterpriseDetails::creditCode).doesNotHaveDuplicates();
        assertThat(producers).extracting(EnterpriseDetails::name).doesNotHaveDuplicates();
        Map<RevenueBand, Long> bands = producers.stream()
                .collect(Collectors.groupingBy(EnterpriseDetails::revenueBand, Collectors.counting()));
        assertThat(bands).containsEntry(RevenueBand.ABOVE_5M, 40L).containsEntry(RevenueBand.FROM_2M_TO_5M, 22L)
                .containsEntry(RevenueBand.BELOW_2M, 55L);
        assertThat(producers).filteredOn(EnterpriseDetails::aboveScale).hasSize(40);
        Map<String, Long> products = producers.stream()
                .collect(Collectors.groupingBy(EnterpriseDetails::products, Collectors.counting()));
        assertThat(products).containsEntry("植绒胶", 8L).containsEntry("纸管胶", 4L).containsEntry("乒乓球", 1L);
        assertThat(DemoStandard.items()).hasSize(45).extracting(StandardItem::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 45).boxed().toList());
    }

    @Test
    void theDemoCampaignsCasesWaitAtTheSurveyInTasklistAfterTheJobsRan() throws Exception {
        // given
        DemoCampaignSeeder seeder = new DemoCampaignSeeder(repository, campaigns, standards, roster, activities, start);

        // when the application starts (twice: a restart must change nothing)
        seeder.run(null);
        Long campaignId = repository.findFirstByNameOrderById(DemoCampaignSeeder.NAME).orElseThrow().getId();
        StartStatus queued = start.status(campaignId);
        seeder.run(null);

        // then the seeder only queued the start; the job executor opens the cases
        assertThat(queued.state()).isEqualTo("STARTING");
        assertThat(queued.queued()).isEqualTo(117);
        // one start instance per batch of 50: 117 enterprises are three batches
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(CampaignStartVariables.businessKey(campaignId)).count()).isEqualTo(3);
        CampaignFixtures.runStartJobs(managementService, runtimeService, campaignId, () -> { });
        seeder.run(null);

        CampaignView campaign = campaigns.get(campaignId);
        assertThat(campaign.closureTarget()).isEqualTo(30);
        assertThat(campaign.relocationTarget()).isEqualTo(2);
        assertThat(campaign.years()).extracting(CampaignView.Year::closureTarget).containsExactly(18, 12, null);
        assertThat(campaign.standard().items()).isEqualTo(45);
        assertThat(start.status(campaignId).started()).isEqualTo(117);
        assertThat(activities.meetings(campaignId)).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo("MOBILISATION"));
        assertThat(repository.findAll()).filteredOn(c -> c.getName().equals(DemoCampaignSeeder.NAME)).hasSize(1);

        // and the surveyors see the 117 survey tasks in Tasklist
        List<String> instances = new JdbcTemplate(dataSource).queryForList(
                "select process_instance_id from enterprise_case where campaign_id = ?", String.class, campaignId);
        assertThat(instances).hasSize(117);
        String count = Rest.as(http, "town-econ-center1").post("/task/count", JSON.writeValueAsString(Map.of(
                "processInstanceIdIn", instances,
                "taskDefinitionKey", EnterpriseCaseVariables.ACTIVITY_SURVEY))).getBody();
        assertThat(JSON.readTree(count).get("count").asInt()).isEqualTo(117);

        // and the leading group's ledger export lists the 117 producers at the survey, bilingual headers first
        ResponseEntity<byte[]> ledger = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity("/api/campaigns/" + campaignId + "/ledger.xlsx", byte[].class);
        assertThat(ledger.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ledger.getHeaders().getContentType().toString()).contains("spreadsheetml");
        List<List<String>> rows = Spreadsheets.rows(ledger.getBody(), 13);
        assertThat(rows.get(0)).containsExactly(
                "统一社会信用代码 Credit code", "企业名称 Name", "镇（街道） Township", "村（社区） Village",
                "企业类型 Business type", "营业收入 Revenue band", "当前阶段 Stage", "处置方式 Disposition",
                "整治期限 Deadline", "监管部门 Supervising agency", "整治结果 Outcome", "结案日期 Closed on", "");
        List<List<String>> producers = rows.subList(1, rows.size());
        assertThat(producers).hasSize(117).allSatisfy(row -> {
            assertThat(UnifiedSocialCreditCode.isValid(row.get(0))).as(row.get(0)).isTrue();
            assertThat(row.get(4)).isEqualTo("化工生产企业 Producer");
            assertThat(row.get(6)).as(row.get(1)).isEqualTo("调查摸底 Survey");
        });
        assertThat(producers).extracting(row -> row.get(0)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(DemoRoster.producers().stream()
                        .map(EnterpriseDetails::creditCode).toList());
    }
}
