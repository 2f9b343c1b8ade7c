package org.rectify.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.Spreadsheets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 一公开: the results of a campaign appear for anyone only once another member of the bureau approved
 * them, and name units and findings, never a person: no inspector, no contact, no phone number.
 */
@IntegrationTest
class PublishedResultsTest {

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.FormService formService;
    @Autowired EquipmentRegisters registers;
    @Autowired InspectionCampaigns campaigns;

    @Test
    void theResultsArePublishedOnlyAfterApprovalAndHoldNoPersonalData() throws Exception {
        // given a campaign of two units, inspected, one hazard corrected on the spot
        InspectionFixtures.inspectors(identityService, registers);
        String township = "公示镇" + UUID.randomUUID().toString().substring(0, 6);
        String first = InspectionFixtures.creditCode();
        String second = InspectionFixtures.creditCode();
        registers.addAll(List.of(InspectionFixtures.unit(first, township), InspectionFixtures.unit(second, township)),
                List.of(InspectionFixtures.piece(first, EquipmentKind.LIFT, first + "-L", LocalDate.now().plusMonths(3)),
                        InspectionFixtures.piece(second, EquipmentKind.BOILER, second + "-B", LocalDate.now().plusMonths(3))));
        long campaignId = campaigns.create(InspectionFixtures.plan(township, 2), "market-regulation1").id();
        campaigns.draw(campaignId, 7L, "market-regulation1");
        campaigns.start(campaignId);
        for (var inspection : campaigns.inspections(campaignId)) {
            Task task = taskService.createTaskQuery().processInstanceId(inspection.processInstanceId()).singleResult();
            String number = inspection.creditCode().equals(first) ? first + "-L" : second + "-B";
            boolean hazard = inspection.creditCode().equals(first);
            Map<String, Object> values = new HashMap<>();
            values.put("inspectedOn", LocalDate.now().toString());
            values.put("hazardLines", hazard ? number + " | 层门联锁失效 | 当场改正 | 已修复" : "");
            values.put("staffVisits", 2L);
            values.put("vehicleTrips", 1L);
            taskService.claim(task.getId(), inspection.inspectorOne());
            formService.submitTaskForm(task.getId(), values);
        }
        String page = "/public/equipment-inspections/" + campaignId;
        Rest bureau = Rest.as(http, "market-regulation1").api();
        Rest approver = Rest.as(http, "market-regulation2").api();

        // then nothing is public before the approval, not even after the request, and not by the requester
        assertThat(http.getForEntity(page, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(approver.post("/equipment-campaigns/" + campaignId + "/publication/approval", "{}").getStatusCode())
                .as("approval without a request").isEqualTo(HttpStatus.CONFLICT);
        assertThat(bureau.post("/equipment-campaigns/" + campaignId + "/publication", "{}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity(page, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(page + "/results.xlsx", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> ownApproval = bureau.post("/equipment-campaigns/" + campaignId + "/publication/approval",
                "{}");
        assertThat(ownApproval.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ownApproval.getBody()).contains("another member of the bureau");
        assertThat(Rest.as(http, "safety1").api().post("/equipment-campaigns/" + campaignId + "/publication/approval",
                "{}").getStatusCode()).as("only the bureau approves").isEqualTo(HttpStatus.FORBIDDEN);

        // when another member of the bureau approves
        assertThat(approver.post("/equipment-campaigns/" + campaignId + "/publication/approval", "{}").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // then anyone, without login, reads the list as a page and as a workbook
        ResponseEntity<String> html = http.getForEntity(page, String.class);
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.getBody()).contains("测试宾馆 " + first.substring(12), "测试宾馆 " + second.substring(12),
                "层门联锁失效", "当场改正", "未发现问题 No problem found");
        byte[] xlsx = http.getForEntity(page + "/results.xlsx", byte[].class).getBody();
        List<List<String>> rows = Spreadsheets.rows(xlsx, 7);
        assertThat(rows).hasSize(3);
        String workbook = rows.toString();
        assertThat(workbook).contains("层门联锁失效");
        // and neither names a person: the units' contacts and phones, the inspectors and their certificates
        for (String personal : List.of("张经理", "13909430001", "test-inspector1", "test-inspector2", "TS-test-inspector",
                "market-regulation1", "market-regulation2", "检查员")) {
            assertThat(html.getBody()).as("the page").doesNotContain(personal);
            assertThat(workbook).as("the workbook").doesNotContain(personal);
        }
    }
}
