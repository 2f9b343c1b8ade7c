package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The town report replayed through the public surface only: its ledger of 117 producers (40 / 22
 * / 55 by revenue, 48.8亿元 of sales, 49% of the town's; 18% of its 650 producers) and 49
 * distributors imported as an .xlsx; the joint review finding 34 with problems and on-site
 * verification amending 2 and putting 5 more on the list, 39 in all: 6 to rectify, 16 licence-scope
 * changes, 10 already stopped, 6 without approvals, 1 to relocate; every case worked over HTTP as
 * the demo users, with its form's own fields, to its end. Targets: 30 closures and 2 relocations,
 * 18 and 12 in the first two years. The summary states the report's figures in Chinese, in English
 * and in Word.
 */
@IntegrationTest
@Tag("replay")
class TownReportReplayTest {

    @Autowired TestRestTemplate http;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;

    @Test
    void theSummaryStatesTheTownReportsFigures() throws Exception {
        PublicSurface surface = new PublicSurface(http, managementService, runtimeService);
        CasePaths paths = new CasePaths(surface);

        // given the town's campaign over three years from the first of the month nine months ago
        LocalDate begin = LocalDate.now().withDayOfMonth(1).minusMonths(9);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("name", "新桥镇化工企业专项整治 Xinqiao chemical rectification");
        plan.put("level", "TOWN");
        plan.put("areaName", "新桥镇");
        plan.put("startDate", begin.toString());
        plan.put("endDate", begin.plusYears(3).minusDays(1).toString());
        plan.put("leadingGroup", "新桥镇化工企业专项整治工作领导小组 Xinqiao leading group");
        plan.put("closureTarget", 30);
        plan.put("relocationTarget", 2);
        plan.put("yearTargets", List.of(Map.of("year", 1, "closures", 18), Map.of("year", 2, "closures", 12)));
        plan.put("areaIndustrySales", 996000);
        plan.put("areaProducers", 650);
        long campaignId = surface.post(Workers.DISTRICT_OFFICE, "/campaigns", plan).get("id").asLong();
        // and its ledger: 117 producers, 49 distributors
        List<Map<String, Object>> ledger = new ArrayList<>();
        for (int i = 1; i <= 117; i++) {
            String band = i <= 40 ? "500万元以上" : i <= 62 ? "200—500万元" : "200万元以下";
            ledger.add(row("新桥第" + i + "化工厂", "化工生产企业", band, i <= 40, i <= 40 ? 11870 : i <= 62 ? 350 : 100));
        }
        for (int i = 1; i <= 49; i++) {
            ledger.add(row("新桥第" + i + "化工经营部", "化工流通企业", "200—500万元", i <= 5, 300));
        }
        assertThat(surface.importLedger(campaignId, ledger).get("created").asInt()).isEqualTo(166);
        Map<String, Long> cases = surface.start(campaignId);
        assertThat(cases).hasSize(166);
        List<String> codes = new ArrayList<>(cases.keySet());

        // when the review finds 34 (6 rectify, 16 licence scope, 8 stopped, 2 approvals, 2 pending) and
        // verification amends the 2 pending to stopped and puts 4 (approvals) and 1 (relocation) on the list
        List<Disposition> reviewed = new ArrayList<>();
        reviewed.addAll(Collections.nCopies(6, Disposition.RECTIFY_IN_PLACE));
        reviewed.addAll(Collections.nCopies(16, Disposition.ADJUST_LICENCE_SCOPE));
        reviewed.addAll(Collections.nCopies(8, Disposition.ALREADY_STOPPED));
        reviewed.addAll(Collections.nCopies(2, Disposition.OBTAIN_APPROVALS));
        reviewed.addAll(Collections.nCopies(2, Disposition.PENDING));
        List<Disposition> verified = new ArrayList<>(reviewed.subList(0, 32));
        verified.addAll(Collections.nCopies(2, Disposition.ALREADY_STOPPED));
        verified.addAll(Collections.nCopies(4, Disposition.OBTAIN_APPROVALS));
        verified.add(Disposition.RELOCATE_TO_PARK);
        for (int i = 0; i < codes.size(); i++) {
            Disposition decided = i < reviewed.size() ? reviewed.get(i) : Disposition.COMPLIANT;
            Disposition after = i < verified.size() ? verified.get(i) : Disposition.COMPLIANT;
            String code = codes.get(i);
            paths.review(code, decided, after);
            // and every case is driven to its end
            switch (after) {
                case RECTIFY_IN_PLACE, OBTAIN_APPROVALS -> paths.upgrade(code, cases.get(code), 1);
                case ADJUST_LICENCE_SCOPE -> paths.adjustLicence(code);
                case ALREADY_STOPPED -> paths.close(code, null);
                case RELOCATE_TO_PARK -> paths.relocate(code);
                default -> { }
            }
            paths.assertEnded(cases.get(code));
        }

        // then the summary states the report's figures
        String zh = surface.html("/campaigns/" + campaignId + "/summary.html");
        String en = surface.html("/campaigns/" + campaignId + "/summary.html?lang=en");
        byte[] docx = surface.docx("/campaigns/" + campaignId + "/summary.docx");
        ReportArtifacts.keep("town-replay.docx", docx);
        ReportArtifacts.keep("town-replay.html", zh.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String word = SummaryReportTest.text(docx);
        LocalDate yearOneEnd = begin.plusYears(1).minusDays(1);
        LocalDate yearTwoEnd = begin.plusYears(2).minusDays(1);
        String yearOne = zhMonth(begin) + "至" + zhMonth(yearOneEnd);
        String yearTwo = zhMonth(begin.plusYears(1)) + "至" + zhMonth(yearTwoEnd);
        List<String> chinese = List.of(
                "化工生产企业117家，占新桥镇生产企业的18%，化工流通企业49家。",
                "营业收入500万元以上40家，200—500万元22家，200万元以下55家；规模以上企业40家，其余77家为规模以下企业。",
                "化工生产企业实现销售48.8亿元，占新桥镇工业销售额的49%。",
                "三年整治期间（" + zhMonth(begin) + "至" + zhMonth(begin.plusYears(3).minusDays(1))
                        + "）须关闭化工生产企业30家、搬迁2家。其中第一年（" + yearOne + "）关闭18家，第二年（" + yearTwo
                        + "）关闭12家。",
                "共审查化工生产企业117家、化工流通企业49家，发现存在问题的企业34家，",
                "经现场核查，调整整治意见2家、增列5家，需整治企业共39家：原地整治提升6家；补办环保/安全审批手续6家；"
                        + "工商调整化工项目16家；搬迁入园1家；实际停产、歇业10家。",
                "截至目前，关闭淘汰10家，搬迁入园1家，完成原地整治提升12家，变更经营范围16家。",
                "对照目标，关闭目标30家，已完成10家（33.3%），尚余20家；搬迁目标2家，已完成1家（50%），尚余1家；第一年（"
                        + yearOne + "）关闭目标18家，已完成10家。");
        assertThat(zh).contains(chinese).doesNotContain("规模以下126家", "新增0家", "第1年", " – ")
                .doesNotContainPattern("\\d\\.\\d{3,}[亿万]元");
        assertThat(word).contains(chinese);
        assertThat(en).contains(
                "The survey found 117 chemical producers (18% of the producers in 新桥镇) and 49 chemical distributors",
                "Of the producers, by revenue, 40 above 5 M yuan, 22 from 2 to 5 M yuan and 55 below 2 M yuan; 40 are"
                        + " above designated size and the other 77 below.",
                "Sales of the producers came to 4.88 bn yuan, 49% of the industrial sales of 新桥镇.",
                "30 closures of chemical producers and 2 relocations. Of these, 18 closures in the first year ("
                        + enMonth(begin) + " to " + enMonth(yearOneEnd) + "); 12 closures in the second year ("
                        + enMonth(begin.plusYears(1)) + " to " + enMonth(yearTwoEnd) + ").",
                "reviewed 117 chemical producers and 49 chemical distributors together and found 34 enterprises with"
                        + " problems",
                "On-site verification amended the opinion on 2 and put 5 more on it; 39 enterprises are to be dealt"
                        + " with (rectify in place 6; obtain approvals 6; adjust licence scope 16; relocate to a chemical"
                        + " park 1; already stopped 10).",
                "10 closed, 1 moved into chemical parks, 12 upgraded in place and 16 had chemical items removed from"
                        + " their licence",
                "10 of 30 closures achieved (33.3%), 20 to go",
                "the first year (" + enMonth(begin) + " to " + enMonth(yearOneEnd) + "): 10 of 18 closures")
                .doesNotContain("found problems at");
        System.out.printf("town replay: %d tasks submitted over HTTP%n", surface.tasks());
    }

    private static Map<String, Object> row(String name, String type, String band, boolean aboveScale, int sales) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("统一社会信用代码", Enterprises.newCreditCode());
        row.put("企业名称", name);
        row.put("企业类型", type);
        row.put("镇（街道）", "新桥镇");
        row.put("村（社区）", "东村");
        row.put("法定代表人", "王建国");
        row.put("主要产品", "植绒胶");
        row.put("营业收入", band);
        row.put("规模以上", aboveScale ? "是" : "否");
        row.put("年销售额（万元）", sales);
        return row;
    }

    private static String zhMonth(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月";
    }

    private static String enMonth(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }
}
