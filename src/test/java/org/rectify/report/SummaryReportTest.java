package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The drafted summary of a small campaign: its tables say what the progress API says. */
@IntegrationTest
class SummaryReportTest {

    static final ObjectMapper JSON = new ObjectMapper();

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
    void theWordSummaryHasTheProgressFigures() throws Exception {
        // given a started campaign of five producers driven through a few decisions
        CampaignView campaign = ReportFixtures.freshCampaign(campaigns, dataSource, "总结测试 Summary test");
        List<EnterpriseDetails> producers = ReportFixtures.producers(5);
        ReportFixtures.start(roster, start, managementService, runtimeService, campaign.id(), producers);
        CaseSteps steps = new CaseSteps(taskService);
        steps.decideAndConfirm(instance(producers.get(0)), Disposition.COMPLIANT, null, null);
        steps.decideAndConfirm(instance(producers.get(1)), Disposition.CLOSE, LocalDate.now().plusDays(10), "safety");
        lifecycle.end(caseId(producers.get(1), campaign.id()));
        steps.decideAndConfirm(instance(producers.get(2)), Disposition.RELOCATE_TO_PARK, LocalDate.now().plusDays(400),
                "safety");

        // when the leading group downloads the summary
        ResponseEntity<byte[]> response = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity("/api/campaigns/" + campaign.id() + "/summary.docx", byte[].class);
        JsonNode progress = JSON.readTree(Rest.as(http, "supervisor1").api()
                .get("/campaigns/" + campaign.id() + "/progress").getBody());

        // then its tables carry the progress API's figures
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, List<List<String>>> tables = tables(response.getBody());
        assertThat(tables.get("处置方式")).isEqualTo(counts(progress.get("byDisposition")));
        assertThat(tables.get("整治结果")).isEqualTo(counts(progress.get("byOutcome")));
        assertThat(tables.get("处置方式")).contains(List.of("符合要求", "1"), List.of("关闭淘汰", "1"),
                List.of("搬迁入园", "1"), List.of("未决定", "2"));
        int begin = LocalDate.now().getYear();
        JsonNode closures = progress.get("targets").get("closures");
        JsonNode relocations = progress.get("targets").get("relocations");
        assertThat(tables.get("目标完成情况")).containsExactly(line("关闭", closures), line("搬迁", relocations));
        assertThat(tables.get("目标完成情况").get(0)).containsExactly("关闭", "30", "1", "1", "29");
        // and the situation and targets are those of the roster and the plan
        assertThat(tables.get("化工生产企业按营业收入")).containsExactly(List.of("500万元以上", "1", "1200", "76.9%"),
                List.of("200万元以下", "4", "360", "23.1%"));
        // the years' targets, and what each achieved: the closed case in the first year
        assertThat(tables.get("年度目标")).hasSize(4);
        assertThat(tables.get("年度目标").get(0)).containsExactly("第一年", begin + "年1月至" + begin + "年12月", "18", "1",
                "—", "0");
        assertThat(tables.get("年度目标").get(3).subList(2, 6)).containsExactly("30", "1", "2", "0");
        String text = text(response.getBody());
        assertThat(text).contains("一、基本情况", "二、目标任务", "三、主要工作和成效", "四、存在问题", "五、下一步工作",
                "化工生产企业5家", "规模以上企业1家，其余4家为规模以下企业", "【待领导小组填写】");
    }

    @Test
    void theWebSummaryIsInEnglishOnRequestAndRefusesUnknownCampaignsAndLanguages() {
        CampaignView campaign = ReportFixtures.freshCampaign(campaigns, dataSource, "总结网页 Summary page");
        Rest supervisor = Rest.as(http, "supervisor1").api();

        ResponseEntity<String> english = supervisor.get("/campaigns/" + campaign.id() + "/summary.html?lang=en");
        ResponseEntity<String> chinese = supervisor.get("/campaigns/" + campaign.id() + "/summary.html");

        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(english.getBody()).contains("1. The situation", "5. Next steps",
                "[To be written by the leading group]", "<td>Total</td>").doesNotContain("基本情况");
        assertThat(chinese.getBody()).contains("<html lang=\"zh-CN\">", "一、基本情况", "<h1>总结网页工作总结</h1>");
        assertThat(supervisor.get("/campaigns/999999/summary.html").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(supervisor.get("/campaigns/" + campaign.id() + "/summary.html?lang=fr").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Rest.as(http, "safety1").api().get("/campaigns/" + campaign.id() + "/summary.html")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aReportOverSeveralCampaignsNamesThemAndRefusesNoneOrAnUnknownOne() {
        CampaignView first = ReportFixtures.freshCampaign(campaigns, dataSource, "合并一 First of two");
        CampaignView second = ReportFixtures.freshCampaign(campaigns, dataSource, "合并二 Second of two");
        Rest supervisor = Rest.as(http, "supervisor1").api();

        ResponseEntity<String> both = supervisor.get("/reports/summary.html?lang=en&campaignId=" + first.id()
                + "&campaignId=" + second.id());
        ResponseEntity<String> none = supervisor.get("/reports/summary.html");
        ResponseEntity<String> unknown = supervisor.get("/reports/summary.html?campaignId=" + first.id()
                + "&campaignId=999999");

        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(both.getBody()).contains("<h1>新桥镇: chemical enterprise rectification, work summary of 2"
                + " campaigns</h1>", "<td>First of two</td>", "<td>Second of two</td>",
                "In all: 60 closures and 4 relocations.");
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(none.getBody()).contains("campaignId");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("999999");
    }

    /** table rows without the header, by the header's first cell (the caption) */
    static Map<String, List<List<String>>> tables(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getTables().stream().collect(Collectors.toMap(SummaryReportTest::caption,
                    t -> t.getRows().stream().skip(1).map(SummaryReportTest::cells).toList()));
        }
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> paragraphs.add(p.getText()));
            return String.join("\n", paragraphs);
        }
    }

    private static String caption(XWPFTable table) {
        String first = table.getRow(0).getCell(0).getText();
        return first.isEmpty() ? "目标完成情况" : first;
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<List<String>> counts(JsonNode counts) {
        Function<JsonNode, String> zh = c -> c.get("label").asText().split(" ", 2)[0];
        List<List<String>> rows = new ArrayList<>();
        counts.forEach(c -> rows.add(List.of(zh.apply(c), c.get("count").asText())));
        return rows;
    }

    private static List<String> line(String label, JsonNode line) {
        return List.of(label, line.get("target").asText(), line.get("decided").asText(), line.get("achieved").asText(),
                line.get("remaining").asText());
    }

    private ProcessInstance instance(EnterpriseDetails producer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(producer.creditCode())
                .processDefinitionKey("Process_EnterpriseCase").singleResult();
    }

    private Long caseId(EnterpriseDetails producer, Long campaignId) {
        return new JdbcTemplate(dataSource).queryForObject("""
                select c.id from enterprise_case c join enterprise e on e.id = c.enterprise_id
                where e.credit_code = ? and c.campaign_id = ?""", Long.class, producer.creditCode(), campaignId);
    }
}
