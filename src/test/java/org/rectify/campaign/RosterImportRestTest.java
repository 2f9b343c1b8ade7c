package org.rectify.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.EnterpriseRepository;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The survey ledger through the REST API, with real .xlsx files built in the test. */
@IntegrationTest
class RosterImportRestTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired EnterpriseRepository enterprises;
    @Autowired DataSource dataSource;

    @Test
    void aCleanLedgerIsImported() throws Exception {
        // given
        Long campaignId = campaign();
        List<EnterpriseDetails> producers = CampaignFixtures.producers(12);

        // when
        ResponseEntity<String> imported = CampaignApi.upload(http, "district-office1", campaignId,
                Ledgers.of(producers), "台账.xlsx");

        // then
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode report = JSON.readTree(imported.getBody());
        assertThat(report.get("rows").asInt()).isEqualTo(12);
        assertThat(report.get("created").asInt()).isEqualTo(12);
        assertThat(report.get("addedToRoster").asInt()).isEqualTo(12);
        assertThat(report.get("rosterSize").asInt()).isEqualTo(12);
        JsonNode roster = JSON.readTree(Rest.as(http, "town-office1").api()
                .get("/campaigns/" + campaignId + "/roster?size=50").getBody());
        assertThat(roster.get("total").asInt()).isEqualTo(12);
        assertThat(roster.get("items").get(0).get("creditCode").asText()).isEqualTo(producers.get(0).creditCode());
        assertThat(roster.get("items").get(0).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aBadCodeInRow7AndADuplicateInRow12AreBothReportedAndNothingIsImported() throws Exception {
        // given
        Long campaignId = campaign();
        List<EnterpriseDetails> producers = CampaignFixtures.producers(12);
        byte[] ledger = Ledgers.of(producers, sheet -> {
            Ledgers.cell(sheet, 7, RosterColumn.CREDIT_CODE).setCellValue("91350100M000100Y44");
            Ledgers.cell(sheet, 12, RosterColumn.CREDIT_CODE).setCellValue(producers.get(2).creditCode());
        });

        // when
        ResponseEntity<String> refused = CampaignApi.upload(http, "district-office1", campaignId, ledger, "台账.xlsx");

        // then
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = JSON.readTree(refused.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("台账未导入 Ledger not imported");
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(7);
        assertThat(problem.get("errors").get(0).get("column").asText()).isEqualTo("A");
        assertThat(problem.get("errors").get(0).get("reason").asText()).contains("check character");
        assertThat(problem.get("errors").get(1).get("row").asInt()).isEqualTo(12);
        assertThat(problem.get("errors").get(1).get("reason").asText()).contains("Duplicate").contains("row 4");
        assertThat(rosterSize(campaignId)).isZero();
        assertThat(producers).allSatisfy(p -> assertThat(enterprises.findByCreditCode(p.creditCode())).isEmpty());
    }

    @Test
    void importingAgainUpdatesTheChangedRowAndCreatesNoDuplicate() throws Exception {
        // given
        Long campaignId = campaign();
        List<EnterpriseDetails> producers = new ArrayList<>(CampaignFixtures.producers(12));
        CampaignApi.upload(http, "district-office1", campaignId, Ledgers.of(producers), "台账.xlsx");
        producers.set(4, CampaignFixtures.renamed(producers.get(4), "更名后的化工厂 Renamed chemical works"));

        // when
        ResponseEntity<String> again = CampaignApi.upload(http, "district-office1", campaignId,
                Ledgers.of(producers), "台账（修订）.xlsx");

        // then
        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode report = JSON.readTree(again.getBody());
        assertThat(report.get("created").asInt()).isZero();
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("unchanged").asInt()).isEqualTo(11);
        assertThat(report.get("addedToRoster").asInt()).isZero();
        assertThat(report.get("alreadyOnRoster").asInt()).isEqualTo(12);
        assertThat(rosterSize(campaignId)).isEqualTo(12);
        assertThat(enterprises.findByCreditCode(producers.get(4).creditCode()).orElseThrow().getName())
                .isEqualTo("更名后的化工厂 Renamed chemical works");
    }

    @Test
    void aFileThatIsNotXlsxIsRefused() throws Exception {
        Long campaignId = campaign();
        byte[] csv = "统一社会信用代码,企业名称\n".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> refused = CampaignApi.upload(http, "district-office1", campaignId, csv, "台账.csv");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = JSON.readTree(refused.getBody()).get("errors").get(0);
        assertThat(error.get("row").isNull()).isTrue();
        assertThat(error.get("reason").asText()).contains("不是 .xlsx 文件").contains("not an Excel .xlsx workbook");
    }

    @Test
    void aFileThatIsTooBigIsRefusedWithTheReport() throws Exception {
        Long campaignId = campaign();

        ResponseEntity<String> refused = CampaignApi.upload(http, "district-office1", campaignId,
                new byte[6 * 1024 * 1024], "台账.xlsx");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(refused.getBody()).get("errors").get(0).get("reason").asText())
                .contains("文件过大").contains("at most 5120 KB");
    }

    @Test
    void theTemplateHasBilingualHeadersChineseFirst() throws Exception {
        ResponseEntity<byte[]> template = CampaignApi.download(http, "town-office1", "/api/campaigns/roster-template");

        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(template.getHeaders().getContentType()).hasToString(XLSX);
        assertThat(template.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码 Unified social credit code *");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("企业名称 Enterprise name *");
            assertThat(header.getLastCellNum()).isEqualTo((short) RosterColumn.values().length);
            assertThat(workbook.getSheetName(1)).isEqualTo("填写说明 Instructions");
        }
    }

    @Test
    void onlyTheDistrictOfficeImports() {
        Long campaignId = campaign();
        byte[] ledger = Ledgers.of(CampaignFixtures.producers(1));

        assertThat(CampaignApi.upload(http, "supervisor1", campaignId, ledger, "台账.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(CampaignApi.upload(http, "nobody", campaignId, ledger, "台账.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(CampaignApi.upload(http, "district-office1", 987654321L, ledger, "台账.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Long campaign() {
        return CampaignFixtures.freshCampaign(campaigns, dataSource, "导入测试 Import test").id();
    }

    private long rosterSize(Long campaignId) throws Exception {
        return JSON.readTree(Rest.as(http, "district-office1").api().get("/campaigns/" + campaignId + "/roster")
                .getBody()).get("total").asLong();
    }
}
