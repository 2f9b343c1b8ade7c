package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger of the demo campaign a new user finds after the run command: seeded (tests keep the
 * seeder off, so it is created here as the application would), started, and exported with its 117
 * producers waiting at the survey.
 */
@IntegrationTest
class DemoLedgerTest {

    @Autowired ApplicationContext context;
    @Autowired Campaigns campaigns;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TestRestTemplate http;
    @Autowired DataSource dataSource;

    @Test
    void theDemoCampaignsLedgerListsThe117ProducersAtTheSurvey() throws Exception {
        // given the demo campaign seeded as at start-up (the seeder is package-private in campaign)
        Class<?> seederType = Class.forName("org.rectify.campaign.DemoCampaignSeeder");
        java.lang.reflect.Field nameField = seederType.getDeclaredField("NAME");
        nameField.setAccessible(true);
        String name = (String) nameField.get(null);
        boolean seededBefore = campaigns.list().stream().anyMatch(c -> c.name().equals(name));
        ApplicationRunner seeder = (ApplicationRunner) context.getAutowireCapableBeanFactory().createBean(seederType);
        seeder.run(null);
        CampaignView campaign = campaigns.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        try {
            exportAndCheck(campaign);
        } finally {
            if (!seededBefore) {
                // DemoCampaignSeederTest, if it runs later in this JVM, must find no demo campaign yet
                new JdbcTemplate(dataSource).update("update campaign set name = ? where id = ?",
                        "演示台账导出 Demo ledger export (DemoLedgerTest)", campaign.id());
            }
        }
    }

    private void exportAndCheck(CampaignView campaign) throws Exception {
        // and started: the queued start's jobs run as the executor would
        String starting = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-" + campaign.id()).list().stream()
                .map(p -> p.getId()).findFirst().orElse(null);
        if (starting != null) {
            List<Job> jobs;
            while (!(jobs = managementService.createJobQuery().processInstanceId(starting).executable().list())
                    .isEmpty()) {
                jobs.forEach(job -> managementService.executeJob(job.getId()));
            }
        }

        // when a supervisor exports its ledger
        ResponseEntity<byte[]> response = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity("/api/campaigns/" + campaign.id() + "/ledger.xlsx", byte[].class);

        // then: the bilingual headers and 117 producers, each with a valid credit code, at the survey
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).contains("spreadsheetml");
        List<List<String>> rows = LedgerExportTest.rows(response.getBody());
        assertThat(rows.get(0)).isEqualTo(LedgerExport.HEADERS).containsExactly(
                "统一社会信用代码 Credit code", "企业名称 Name", "镇（街道） Township", "村（社区） Village",
                "企业类型 Business type", "营业收入 Revenue band", "当前阶段 Stage", "处置方式 Disposition",
                "整治期限 Deadline", "监管部门 Supervising agency", "整治结果 Outcome", "结案日期 Closed on");
        List<List<String>> producers = rows.subList(1, rows.size());
        assertThat(producers).hasSize(117).allSatisfy(row -> {
            assertThat(UnifiedSocialCreditCode.isValid(row.get(0))).as(row.get(0)).isTrue();
            assertThat(row.get(4)).isEqualTo("化工生产企业 Producer");
            assertThat(row.get(6)).as(row.get(1)).isEqualTo("调查摸底 Survey");
        });
        assertThat(producers).extracting(row -> row.get(0)).doesNotHaveDuplicates();
    }
}
