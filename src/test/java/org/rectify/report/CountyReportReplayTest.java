package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The county bureau's special-equipment check replayed through the public surface only: a register of
 * 82 crowded places with 451 pieces of equipment imported as an .xlsx, four inspectors registered, the
 * random draw of all 82 with two inspectors each, every inspection submitted over HTTP by one of its
 * drawn inspectors with its form's own fields (12 hazards found, all 12 corrected on the spot; 96
 * staff-visits and 24 vehicle-trips), the publicity of the year (5,084 text messages; on 15 March a
 * big screen, 2 banners and 100 copies of the law; in the safety month 2 publicity vehicles, 14
 * banners, 16 boards, 3,000 leaflets and 600 people advised), the results approved and published.
 * The drafted report states the seed report's figures.
 */
@IntegrationTest
@Tag("replay")
class CountyReportReplayTest {

    static final String BUREAU = "market-regulation1";
    static final String APPROVER = "market-regulation2";
    static final List<String> INSPECTORS = List.of("county-inspector1", "county-inspector2", "county-inspector3",
            "county-inspector4");
    static final List<String> TOWNSHIPS = List.of("一条山镇", "芦阳镇", "上沙沃镇", "喜泉镇", "草窝滩镇", "红水镇");
    static final List<String> PLACES = List.of("宾馆", "饭店", "医院", "学校", "幼儿园", "大型商场", "超市", "旅游景点");
    static final List<String> KINDS = List.of("电梯", "锅炉", "压力容器", "气瓶", "压力管道", "起重机械", "客运索道",
            "大型游乐设施", "场（厂）内专用机动车辆");

    @Autowired TestRestTemplate http;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;

    @Test
    void theReportStatesTheCountysFigures() throws Exception {
        PublicSurface surface = new PublicSurface(http, managementService, runtimeService);
        LocalDate today = LocalDate.now();

        // given four inspectors of the bureau, created in Admin's way and registered with their certificates
        for (int i = 0; i < INSPECTORS.size(); i++) {
            createMarketRegulationUser(INSPECTORS.get(i));
            surface.post(BUREAU, "/equipment/inspectors", Map.of("userId", INSPECTORS.get(i),
                    "certificateNumber", "TS-REPLAY-" + (i + 1), "township", "县局 County bureau"));
        }
        // and the county's register: 82 units in six townships, 41 with six pieces and 41 with five
        JsonNode imported = surface.importFile(BUREAU, "/equipment/register/import", register(today), "名录.xlsx");
        assertThat(imported.get("units").asInt()).isEqualTo(82);
        assertThat(imported.get("equipment").asInt()).isEqualTo(451);

        // when the bureau plans the check and draws all 82 of the six townships, with a public seed
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("name", "特种设备安全大检查");
        plan.put("areaName", "景泰县");
        plan.put("scope", "人员密集场所的特种设备");
        plan.put("startDate", today.minusDays(30).toString());
        plan.put("endDate", today.plusDays(60).toString());
        plan.put("targetUnits", 82);
        plan.put("townships", TOWNSHIPS);
        long campaignId = surface.post(BUREAU, "/equipment-campaigns", plan).get("id").asLong();
        JsonNode drawn = surface.post(BUREAU, "/equipment-campaigns/" + campaignId + "/draw", Map.of("seed", 20190315));
        assertThat(drawn.get("unitsDrawn").asInt()).isEqualTo(82);
        assertThat(surface.get(BUREAU, "/equipment-campaigns/" + campaignId + "/draw/audit").get("matches").asBoolean())
                .isTrue();
        surface.post(BUREAU, "/equipment-campaigns/" + campaignId + "/start", Map.of());

        // and each unit's inspection is submitted by its first drawn inspector: hazards at the first twelve,
        // each corrected on the spot; two staff on the first fourteen visits, a vehicle on the first 24
        JsonNode inspections = surface.get(BUREAU, "/equipment-campaigns/" + campaignId + "/inspections");
        assertThat(inspections).hasSize(82);
        long listed = 0;
        for (JsonNode inspection : inspections) {
            int position = inspection.get("drawPosition").asInt();
            String inspector = inspection.get("inspectorOne").asText();
            String code = inspection.get("creditCode").asText();
            String equipment = surface.formVariables(inspector, code, "Activity_InspectUnit")
                    .get("equipmentSummary").get("value").asText();
            listed += equipment.lines().count();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("inspectedOn", today.minusDays(position % 20).toString());
            values.put("rulesInPlace", true);
            values.put("operatorsCertified", position != 5);
            values.put("maintenanceDone", true);
            values.put("emergencyPlanDrilled", position % 10 != 0);
            values.put("staffVisits", position <= 14 ? 2 : 1);
            values.put("vehicleTrips", position <= 24 ? 1 : 0);
            if (position <= 12) {
                String number = equipment.lines().findFirst().orElseThrow().split(" ")[0];
                values.put("hazardLines", number + " | 安全阀超期未校验 | 当场改正 | 已更换经校验合格的安全阀");
            }
            surface.work(inspector, code, "Activity_InspectUnit", values);
        }
        assertThat(listed).as("the forms listed every piece of the register").isEqualTo(451);

        // and the publicity of the year
        String publicity = "/equipment-campaigns/" + campaignId + "/publicity";
        surface.post(BUREAU, publicity, publicity(today.minusDays(25), "短信平台 Text messages", 5084, 0, 0, 0, 0, 0, 0, 0));
        surface.post(BUREAU, publicity, publicity(today.minusDays(20), "3·15 宣传活动", 0, 1, 2, 0, 0, 0, 100, 0));
        surface.post(BUREAU, publicity, publicity(today.minusDays(10), "安全生产月", 0, 0, 14, 16, 2, 3000, 0, 600));

        // then the figures are counted from the records
        JsonNode figures = surface.get(BUREAU, "/equipment-campaigns/" + campaignId + "/figures");
        assertThat(figures.get("unitsInspected").asInt()).isEqualTo(82);
        assertThat(figures.get("equipmentChecked").asInt()).isEqualTo(451);
        assertThat(figures.get("hazardsFound").asInt()).isEqualTo(12);
        assertThat(figures.get("correctedOnSpot").asInt()).isEqualTo(12);
        assertThat(figures.get("stillOpen").asInt()).isZero();
        assertThat(figures.get("staffVisits").asInt()).isEqualTo(96);
        assertThat(figures.get("vehicleTrips").asInt()).isEqualTo(24);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("Process_EquipmentInspection")
                .variableValueEquals("inspectionId", inspections.get(0).get("id").asLong()).count())
                .as("an inspection with everything corrected on the spot ends").isZero();

        // and the report states them, in Word, as the seed report does
        byte[] docx = surface.docx("/equipment-campaigns/" + campaignId + "/report.docx");
        ReportArtifacts.keep("county-replay.docx", docx);
        String text;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            text = extractor.getText();
        }
        assertThat(text).contains("景泰县特种设备安全大检查工作总结", "随机抽取82家单位", "检查82家，特种设备451台",
                "检查问题或隐患12条，责令当场改正12条", "共出动执法人员96人（次），车辆24台（次）", "短信5,084条",
                "悬挂横幅16条", "摆放宣传展板16个", "发放宣传资料3,000份", "单行本100本", "接待咨询群众600人（次）",
                "应急预案修订并演练的74家");
        String english = surface.html("/equipment-campaigns/" + campaignId + "/report.html?lang=en");
        assertThat(english).contains("82 units inspected with 451 pieces of equipment",
                "12 problems or hazards found, 12 corrected on the spot", "96 staff-visits and 24 vehicle-trips",
                "5,084 text messages", "3,000 leaflets");

        // and once another member of the bureau approved, anyone reads the results
        assertThat(http.getForEntity("/public/equipment-inspections/" + campaignId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        surface.post(BUREAU, "/equipment-campaigns/" + campaignId + "/publication", Map.of());
        surface.post(APPROVER, "/equipment-campaigns/" + campaignId + "/publication/approval", Map.of());
        ResponseEntity<String> published = http.getForEntity("/public/equipment-inspections/" + campaignId, String.class);
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(published.getBody()).contains("共检查 units 82 家").contains("安全阀超期未校验");
        assertThat(published.getBody().split("<tr>")).hasSize(1 + 1 + 82);
    }

    private void createMarketRegulationUser(String userId) {
        Rest admin = Rest.as(http, "admin");
        if (admin.get("/user/" + userId + "/profile").getStatusCode() == HttpStatus.OK) {
            return;
        }
        ResponseEntity<String> created = admin.post("/user/create", "{\"profile\":{\"id\":\"" + userId
                + "\",\"firstName\":\"检查员\",\"lastName\":\"" + userId + "\",\"email\":\"" + userId
                + "@rectify.example\"},\"credentials\":{\"password\":\"" + Rest.DEMO_PASSWORD + "\"}}");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin.put("/group/market-regulation/members/" + userId, "{}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static Map<String, Object> publicity(LocalDate day, String occasion, int messages, int screens, int banners,
                                                 int boards, int vehicles, int leaflets, int booklets, int advised) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("recordedOn", day.toString());
        entry.put("occasion", occasion);
        entry.put("textMessages", messages);
        entry.put("bigScreens", screens);
        entry.put("banners", banners);
        entry.put("displayBoards", boards);
        entry.put("publicityVehicles", vehicles);
        entry.put("leaflets", leaflets);
        entry.put("booklets", booklets);
        entry.put("consultations", advised);
        return entry;
    }

    /** The downloaded template with 82 units and 451 pieces filled in. */
    private byte[] register(LocalDate today) throws Exception {
        byte[] template = http.withBasicAuth(BUREAU, Rest.DEMO_PASSWORD)
                .getForObject("/api/equipment/register-template", byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = book.getSheetAt(0);
            Sheet pieces = book.getSheetAt(1);
            int pieceRow = 1;
            for (int u = 1; u <= 82; u++) {
                String first17 = "91620423MA3" + String.format("%06d", u);
                String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
                String township = TOWNSHIPS.get(u % TOWNSHIPS.size());
                fill(units.createRow(u), List.of(township + PLACES.get(u % PLACES.size()) + u + "号", code,
                        PLACES.get(u % PLACES.size()), u % 3 == 0 ? "高" : "中", township + "人民路" + u + "号", township,
                        "联系人" + u, "1390943" + String.format("%04d", u)));
                for (int p = 0; p < (u <= 41 ? 6 : 5); p++) {
                    fill(pieces.createRow(pieceRow++), List.of(code, KINDS.get((u + p) % KINDS.size()), "在用",
                            String.format("JT%03d%02d", u, p), today.minusMonths(6).toString(),
                            today.plusMonths(6).toString(), "白银市某维保有限公司"));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Row row, List<String> cells) {
        List<String> values = new ArrayList<>(cells);
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}
