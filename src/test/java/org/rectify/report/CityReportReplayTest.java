package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.Disposition;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The city report replayed through the public surface only, as two campaigns of eight months
 * (March to October) under one 45-item standard: the 21 focus enterprises (8 closed, 1 converted
 * to services, 12 upgraded in place with 8 hazards each) and the 31 similar ones (26 closed, 3
 * moved into parks, 1 converted, 1 eliminating some lines, with 12 hazards). 108 hazards in all;
 * 229.8 mu of land at the closure checks of the 34 closed (33 x 6.7 + 8.7). The mobilisation
 * meeting of 30 April and the progress meeting of 5 May, where the 21 signed the commitment letter.
 * Each case is worked over HTTP to its end; the city's report over both states the figures in
 * Chinese, in English and in Word.
 */
@IntegrationTest
@Tag("replay")
class CityReportReplayTest {

    @Autowired TestRestTemplate http;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;

    PublicSurface surface;
    CasePaths paths;
    int closed;

    @Test
    void theCitysReportStatesTheCityReportsFigures() throws Exception {
        surface = new PublicSurface(http, managementService, runtimeService);
        paths = new CasePaths(surface);
        long standard = surface.post(Workers.DISTRICT_OFFICE, "/standards", Map.of("code", "CITY-" + System.nanoTime(),
                "name", "小化工企业整治提升标准 Upgrade standard", "items", IntStream.rangeClosed(1, 45)
                        .mapToObj(n -> Map.of("number", n, "area", "总图布置", "text", "第" + n + "条要求 Item " + n))
                        .toList())).get("id").asLong();

        // given the 21 focus enterprises: 8 closed, 1 converted, 12 upgraded with 8 hazards each
        List<Disposition> focus = new ArrayList<>(Collections.nCopies(8, Disposition.CLOSE));
        focus.add(Disposition.CONVERT_TO_SERVICES);
        focus.addAll(Collections.nCopies(12, Disposition.RECTIFY_IN_PLACE));
        // and the 31 similar ones: 26 closed, 3 relocated, 1 converted, 1 eliminating lines with 12 hazards
        List<Disposition> similar = new ArrayList<>(Collections.nCopies(26, Disposition.CLOSE));
        similar.addAll(Collections.nCopies(3, Disposition.RELOCATE_TO_PARK));
        similar.add(Disposition.CONVERT_TO_SERVICES);
        similar.add(Disposition.ELIMINATE_LINES);

        // when both are replayed to their ends, the focus enterprises signing at the 5 May meeting
        long focusId = replay("市重点化工企业整治 City focus enterprises", standard, focus, 8, true);
        long similarId = replay("市同类化工企业整治 City similar enterprises", standard, similar, 12, false);

        // then the city's report over both states the report's figures
        String both = "?campaignId=" + focusId + "&campaignId=" + similarId;
        String zh = surface.html("/reports/summary.html" + both);
        String en = surface.html("/reports/summary.html" + both + "&lang=en");
        byte[] docx = surface.docx("/reports/summary.docx" + both);
        ReportArtifacts.keep("city-replay.docx", docx);
        ReportArtifacts.keep("city-replay.html", zh.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> chinese = List.of("示范市化工企业专项整治工作总结（2项行动）",
                "纳入2项整治行动的化工生产企业52家。",
                "市重点化工企业整治的21家企业中，关闭淘汰8家，纳入“退二进三”1家，完成原地整治提升12家。",
                "市同类化工企业整治的31家企业中，关闭淘汰26家，搬迁入园3家，纳入“退二进三”1家，淘汰部分落后生产线1家。",
                "制定了45条整治提升标准，明确整治要求。原地整治提升企业聘请具有化工设计资质的单位开展安全设施设计诊断，"
                        + "排查安全隐患108个，已消除108个。",
                "淘汰植绒胶生产装置8套。",
                "腾退土地229.8亩。",
                "2026年4月30日召开动员部署会，2026年5月5日召开推进会，共有22家企业签订了整治承诺书。");
        assertThat(zh).contains(chinese).contains(
                "<tr><td>市重点化工企业整治</td><td>21</td><td>9</td><td>0</td><td>96</td><td>53.6</td></tr>",
                "<tr><td>市同类化工企业整治</td><td>31</td><td>27</td><td>3</td><td>12</td><td>176.2</td></tr>",
                "<tr><td>合计</td><td>52</td><td>36</td><td>3</td><td>108</td><td>229.8</td></tr>")
                .doesNotContain("复垦", "化工流通企业", "目标任务</h2>\n<p>按照");
        assertThat(SummaryReportTest.text(docx)).contains(chinese);
        assertThat(SummaryReportTest.tables(docx).get("各整治行动")).last()
                .isEqualTo(List.of("合计", "52", "36", "3", "108", "229.8"));
        assertThat(en).contains(
                "Of the 21 enterprises of City focus enterprises, 8 closed, 1 converted to services and 12 upgraded in"
                        + " place.",
                "Of the 31 enterprises of City similar enterprises, 26 closed, 3 moved into chemical parks, 1 converted"
                        + " to services and 1 eliminated some of their lines.",
                "A 45-item upgrade standard set out what the rectification must achieve.",
                "108 hazards found, 108 eliminated.",
                "229.8 mu of land reclaimed.",
                "a mobilisation meeting on 30 April 2026 and a progress meeting on 5 May 2026. 22 enterprises signed the"
                        + " commitment letter.");
        // and the focus campaign's own summary counts its 21 letters once, though 12 signed in their task too
        assertThat(surface.html("/campaigns/" + focusId + "/summary.html")).contains("共有21家企业签订了整治承诺书");
        System.out.printf("city replay: %d tasks submitted over HTTP%n", surface.tasks());
    }

    /** A campaign of these dispositions, its ledger imported, started and every case driven to its end. */
    private long replay(String name, long standard, List<Disposition> dispositions, int hazardsEach, boolean meetings)
            throws Exception {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("name", name);
        plan.put("level", "CITY");
        plan.put("areaName", "示范市");
        plan.put("startDate", "2026-03-01");
        plan.put("endDate", "2026-10-31");
        plan.put("leadingGroup", "市化工行业整治工作领导小组 City leading group");
        plan.put("standardId", standard);
        long campaignId = surface.post(Workers.DISTRICT_OFFICE, "/campaigns", plan).get("id").asLong();
        List<Map<String, Object>> ledger = new ArrayList<>();
        for (int i = 1; i <= dispositions.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("统一社会信用代码", Enterprises.newCreditCode());
            row.put("企业名称", name.split(" ")[0] + "第" + i + "厂");
            row.put("企业类型", "化工生产企业");
            row.put("主要产品", i <= 8 ? "植绒胶" : "纸管胶");
            row.put("营业收入", "200万元以下");
            ledger.add(row);
        }
        surface.importLedger(campaignId, ledger);
        Map<String, Long> cases = surface.start(campaignId);
        List<String> codes = new ArrayList<>(cases.keySet());
        if (meetings) {
            surface.post(Workers.DISTRICT_OFFICE, "/campaigns/" + campaignId + "/meetings", Map.of("heldOn", "2026-04-30",
                    "kind", "MOBILISATION", "title", "第一次综合整治工作会议 First meeting"));
            surface.post(Workers.DISTRICT_OFFICE, "/campaigns/" + campaignId + "/meetings", Map.of("heldOn", "2026-05-05",
                    "kind", "PROGRESS", "title", "第二次安全综合整治工作推进会议 Second meeting",
                    "commitmentCreditCodes", codes));
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Disposition disposition = dispositions.get(i);
            paths.review(code, disposition, disposition);
            switch (disposition) {
                case CLOSE -> paths.close(code, ++closed == 34 ? "8.7" : "6.7");
                case CONVERT_TO_SERVICES -> paths.convert(code);
                case RELOCATE_TO_PARK -> paths.relocate(code);
                case ELIMINATE_LINES -> paths.eliminateLines(code, cases.get(code), "植绒胶生产装置, 8", hazardsEach);
                case RECTIFY_IN_PLACE -> paths.upgrade(code, cases.get(code), hazardsEach);
                default -> throw new IllegalArgumentException(disposition.name());
            }
            paths.assertEnded(cases.get(code));
        }
        return campaignId;
    }
}
