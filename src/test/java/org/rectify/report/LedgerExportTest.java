package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.CampaignStart;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Roster;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.support.CaseSteps;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.Spreadsheets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger of a started campaign: one row per enterprise with its case as the tables hold it. */
@IntegrationTest
class LedgerExportTest {

    static final LocalDate CLOSE_BY = LocalDate.now().plusDays(30);

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired Roster roster;
    @Autowired CampaignStart start;
    @Autowired CaseLifecycle lifecycle;
    @Autowired DataSource dataSource;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void theLedgerHasOneRowPerEnterpriseWithItsCase() throws Exception {
        // given a started campaign of four producers, one decided for closure and closed
        CampaignView campaign = ReportFixtures.freshCampaign(campaigns, dataSource, "台账导出 Ledger export");
        List<EnterpriseDetails> producers = ReportFixtures.producers(4);
        ReportFixtures.start(roster, start, managementService, runtimeService, campaign.id(), producers);
        new CaseSteps(taskService).decideAndConfirm(instance(producers.get(0)), Disposition.CLOSE, CLOSE_BY, "safety");
        lifecycle.end(new JdbcTemplate(dataSource).queryForObject("""
                select c.id from enterprise_case c join enterprise e on e.id = c.enterprise_id
                where e.credit_code = ? and c.campaign_id = ?""", Long.class, producers.get(0).creditCode(),
                campaign.id()));

        // when a supervisor exports the ledger
        ResponseEntity<byte[]> response = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity("/api/campaigns/" + campaign.id() + "/ledger.xlsx", byte[].class);

        // then it has the bilingual headers and one row per enterprise in roster order
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).contains("spreadsheetml");
        List<List<String>> rows = rows(response.getBody());
        assertThat(rows.get(0)).isEqualTo(LedgerExport.HEADERS);
        assertThat(rows.get(0).get(0)).isEqualTo("统一社会信用代码 Credit code");
        assertThat(rows).hasSize(5);
        for (int i = 0; i < producers.size(); i++) {
            EnterpriseDetails producer = producers.get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row.subList(0, 6)).containsExactly(producer.creditCode(), producer.name(), "新桥镇", "村" + (i + 1),
                    "化工生产企业 Producer", producer.revenueBand().displayName());
        }
        // and the closed case shows its decision, deadline, agency (by name, not its id), outcome and date
        assertThat(rows.get(1).subList(6, 12)).containsExactly("已结案 Closed", "关闭淘汰 Close", CLOSE_BY.toString(),
                "安监 Safety supervision", "已关闭 Closed", LocalDate.now().toString());
        // and the others wait at the survey, nothing decided yet
        assertThat(rows.get(2).subList(6, 12)).containsExactly("调查摸底 Survey", "", "", "", "", "");
    }

    @Test
    void anUnknownCampaignIsNotFoundAndAnEnterpriseMayNotRead() {
        assertThat(http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity("/api/campaigns/999999/ledger.xlsx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("safety1", Rest.DEMO_PASSWORD)
                .getForEntity("/api/campaigns/999999/ledger.xlsx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ProcessInstance instance(EnterpriseDetails producer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(producer.creditCode())
                .processDefinitionKey("Process_EnterpriseCase").singleResult();
    }

    static List<List<String>> rows(byte[] xlsx) throws Exception {
        return Spreadsheets.rows(xlsx, LedgerExport.HEADERS.size());
    }
}
