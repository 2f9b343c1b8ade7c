package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.Disposition;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.rectify.support.Spreadsheets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A campaign's cases opened by every route there is: the ledger imported and the campaign started,
 * one enterprise added to the roster afterwards, one case opened by hand (POST /api/cases) and one
 * added by the town at on-site verification. The ledger, the progress, the dashboard and the summary
 * then count the same five cases, and each is on the roster with its case.
 */
@IntegrationTest
class OneSetOfCasesTest {

    static final String SUPERVISOR = "supervisor1";

    @Autowired TestRestTemplate http;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;

    @Test
    void everyRouteOpensACaseThatEveryOutputCounts() throws Exception {
        PublicSurface surface = new PublicSurface(http, managementService, runtimeService);
        CasePaths paths = new CasePaths(surface);
        LocalDate begin = LocalDate.now().withDayOfMonth(1);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("name", "四种立案 Four ways in " + System.nanoTime());
        plan.put("level", "TOWN");
        plan.put("areaName", "东桥镇");
        plan.put("startDate", begin.toString());
        plan.put("endDate", begin.plusYears(2).minusDays(1).toString());
        long campaignId = surface.post(Workers.DISTRICT_OFFICE, "/campaigns", plan).get("id").asLong();

        // given two enterprises imported with the ledger, and the campaign started
        List<Map<String, Object>> ledger = List.of(row("东桥第1化工厂"), row("东桥第2化工厂"));
        surface.importLedger(campaignId, ledger);
        Set<Long> cases = new HashSet<>(surface.start(campaignId).values());
        // and a third added to the roster after the start, which opens its case at once
        JsonNode added = surface.post(Workers.TOWN_OFFICE, "/campaigns/" + campaignId + "/roster",
                Map.of("enterprise", Enterprises.glueFactory()));
        cases.add(added.get("caseId").asLong());
        // and a fourth opened by hand in the campaign
        var byHand = Enterprises.glueFactory();
        cases.add(surface.post(Workers.DISTRICT_OFFICE, "/cases", Map.of("enterprise", byHand, "campaignId", campaignId))
                .get("id").asLong());
        // and a fifth the town adds at on-site verification
        var atVerification = Enterprises.glueFactory();
        long fifth = surface.post(Workers.TOWN_OFFICE, "/cases/added-at-verification",
                Map.of("enterprise", atVerification, "campaignId", campaignId)).get("id").asLong();
        cases.add(fifth);
        assertThat(cases).hasSize(5);
        // and the fifth is verified: a relocation added to the list
        paths.verify(atVerification.creditCode(), null, Disposition.RELOCATE_TO_PARK);

        // then the roster lists the five, each with its case
        JsonNode roster = surface.get(Workers.DISTRICT_OFFICE, "/campaigns/" + campaignId + "/roster?size=100");
        assertThat(roster.get("total").asLong()).isEqualTo(5);
        Set<Long> listed = new HashSet<>();
        roster.get("items").forEach(e -> listed.add(e.get("caseId").asLong()));
        assertThat(listed).isEqualTo(cases);
        // and the ledger has five rows below its header
        byte[] xlsx = http.withBasicAuth(SUPERVISOR, Rest.DEMO_PASSWORD)
                .getForEntity("/api/campaigns/" + campaignId + "/ledger.xlsx", byte[].class).getBody();
        assertThat(LedgerExportTest.rows(xlsx)).hasSize(1 + 5);
        // and the progress and the dashboard count five cases
        assertThat(surface.get(Workers.DISTRICT_OFFICE, "/campaigns/" + campaignId + "/progress").get("cases").asLong())
                .isEqualTo(5);
        ResponseEntity<String> dashboard = http.withBasicAuth(SUPERVISOR, Rest.DEMO_PASSWORD)
                .getForEntity("/rectify-dashboard/api/campaigns/" + campaignId, String.class);
        assertThat(RestTasks.JSON.readTree(dashboard.getBody()).get("progress").get("cases").asLong()).isEqualTo(5);
        ResponseEntity<String> all = http.withBasicAuth(SUPERVISOR, Rest.DEMO_PASSWORD)
                .getForEntity("/rectify-dashboard/api/campaigns/" + campaignId + "/cases?dimension=all", String.class);
        assertThat(all.getHeaders().getFirst("X-Total-Count")).isEqualTo("5");
        // and the summary states five producers on the list, one added at verification and decided, four
        // not yet, and five cases open
        String summary = Rest.as(http, SUPERVISOR).api().get("/campaigns/" + campaignId + "/summary.html").getBody();
        assertThat(summary).contains("化工生产企业5家").contains("新增企业1家，需整治企业共1家：搬迁入园1家")
                .contains("另有4家尚未作出处置决定").contains("<tr><td>未结案</td><td>5</td></tr>");
        String english = Rest.as(http, SUPERVISOR).api().get("/campaigns/" + campaignId + "/summary.html?lang=en")
                .getBody();
        assertThat(english).contains("5 chemical producers");
    }

    @Test
    void aCaseCannotNameACampaignThatDoesNotExist() throws Exception {
        ResponseEntity<String> refused = Rest.as(http, Workers.DISTRICT_OFFICE).api().post("/cases",
                RestTasks.JSON.writeValueAsString(Map.of("enterprise", Enterprises.glueFactory(), "campaignId", 999_999)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("campaignId").contains("no campaign 999999");
        JsonNode found = surface().get(Workers.DISTRICT_OFFICE, "/cases?campaignId=999999");
        assertThat(found.get("total").asLong()).isZero();
    }

    private PublicSurface surface() {
        return new PublicSurface(http, managementService, runtimeService);
    }

    private static Map<String, Object> row(String name) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("统一社会信用代码", Enterprises.newCreditCode());
        row.put("企业名称", name);
        row.put("企业类型", "化工生产企业");
        row.put("镇（街道）", "东桥镇");
        row.put("营业收入", "200万元以下");
        row.put("规模以上", "否");
        return row;
    }
}
