package org.rectify.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.deadline.Notification;
import org.rectify.deadline.OverdueTasks;
import org.rectify.shared.FormValidation;
import org.rectify.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process_EquipmentInspection for one drawn unit: everything corrected on the spot; a rectification
 * ordered and met at the re-check; one missed, escalated to the bureau and given a new deadline; a
 * piece overdue for its statutory inspection flagged from the register's dates and ordered.
 */
@IntegrationTest
class EquipmentInspectionProcessTest {

    static final String INSPECTOR = InspectionFixtures.INSPECTORS.get(0);

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.FormService formService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired EquipmentRegisters registers;
    @Autowired InspectionCampaigns campaigns;
    @Autowired InspectionHazardRepository hazards;
    @Autowired EquipmentCheckRepository checks;
    @Autowired OverdueTasks overdueTasks;

    String code;
    String township;

    @BeforeEach
    void oneUnitWithALiftAndABoiler() {
        InspectionFixtures.inspectors(identityService, registers);
        code = InspectionFixtures.creditCode();
        township = "测试镇" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everythingCorrectedOnTheSpotFinishesTheInspection() {
        // given
        ProcessInstance instance = drawnAndStarted(LocalDate.now().plusMonths(6));
        Task task = inspectTask(instance);
        assertThat(task.getDueDate()).isEqualTo(endOfDay(LocalDate.now().plusMonths(2)));
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId)
                .containsExactlyInAnyOrderElementsOf(InspectionFixtures.INSPECTORS);

        // when a hazard on the lift and one of the unit's management are both corrected on the spot
        complete(task, inspection(LocalDate.now(), "", code
                + "-L | 轿厢应急照明失效 | 当场改正 | 已更换应急灯\n单位 | 应急预案未演练 | 当场改正 | 当场组织演练"));

        // then
        assertThat(instance).isEnded().hasPassed("Event_InspectionFinished").hasNotPassed("Activity_RecheckRectification");
        List<InspectionHazard> found = hazards.findByInspectionIdOrderByIdAsc(inspection().getId());
        assertThat(found).extracting(InspectionHazard::getState).containsOnly(InspectionHazard.State.CORRECTED);
        assertThat(found).extracting(InspectionHazard::getEvidence).containsExactly("已更换应急灯", "当场组织演练");
        InspectionFigures figures = campaigns.figures(inspection().getCampaignId());
        assertThat(figures.equipmentChecked()).isEqualTo(2);
        assertThat(figures.hazardsFound()).isEqualTo(2);
        assertThat(figures.correctedOnSpot()).isEqualTo(2);
        assertThat(figures.staffVisits()).isEqualTo(2);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("hazardLines").count()).as("form fields are recorded in our tables, not kept").isZero();
    }

    @Test
    void aRectificationOrderedIsRecheckedByItsDeadline() {
        // given an order on the boiler on Monday 2 November 2026: ten working days later is Monday 16 November
        ClockUtil.setCurrentTime(at(2026, 11, 2, 9));
        ProcessInstance instance = drawnAndStarted(LocalDate.now().plusMonths(6));
        complete(inspectTask(instance), inspection(LocalDate.of(2026, 11, 2), "",
                code + "-B | 安全阀超期未校验 | 限期整改"));
        assertThat(instance).isWaitingAt("Activity_RecheckRectification");
        Task recheck = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(recheck.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 11, 16)));
        InspectionHazard ordered = hazards.findByInspectionIdOrderByIdAsc(inspection().getId()).get(0);
        assertThat(ordered.getDueOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(taskService.getVariable(recheck.getId(), "hazardSummary").toString())
                .contains("H" + ordered.getId() + " 安全阀超期未校验");

        // when the re-check on its due day finds it rectified
        ClockUtil.setCurrentTime(at(2026, 11, 16, 10));
        complete(recheck, recheck(LocalDate.of(2026, 11, 16), "H" + ordered.getId() + ": 已整改 已校验"));

        // then
        assertThat(instance).isEnded().hasPassed("Event_HazardsRectified");
        InspectionHazard closed = hazards.findById(ordered.getId()).orElseThrow();
        assertThat(closed.getState()).isEqualTo(InspectionHazard.State.RECTIFIED);
        assertThat(closed.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(inspection().getState()).isEqualTo(UnitInspection.State.DONE);
    }

    @Test
    void aMissedRectificationIsEscalatedToTheBureauAndGivenANewDeadline() {
        // given an order due on 16 November 2026
        ClockUtil.setCurrentTime(at(2026, 11, 2, 9));
        ProcessInstance instance = drawnAndStarted(LocalDate.now().plusMonths(6));
        complete(inspectTask(instance), inspection(LocalDate.of(2026, 11, 2), "",
                code + "-L | 限速器未校验 | 限期整改"));
        Task recheck = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        // when the deadline passes without a re-check
        ClockUtil.setCurrentTime(Date.from(endOfDay(LocalDate.of(2026, 11, 16)).toInstant().plusSeconds(60)));
        for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).timers().executable()
                .list()) {
            managementService.executeJob(job.getId());
        }

        // then the bureau gets a 督办 Escalate overdue task naming the unit
        ProcessInstance escalation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .processDefinitionKey("Process_EscalateOverdueTask").singleResult();
        assertThat(escalation).isNotNull();
        Task escalate = taskService.createTaskQuery().processInstanceId(escalation.getId()).singleResult();
        assertThat(taskService.getIdentityLinksForTask(escalate.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("market-regulation");
        assertThat(taskService.getVariable(escalate.getId(), "overdueSummary").toString())
                .contains("单位 Unit: 测试宾馆").contains("检查人员 Inspector test-inspector1");
        assertThat(overdueTasks.forRecipient(List.of("market-regulation"), "nobody"))
                .anySatisfy(n -> {
                    assertThat(n.getKind()).isEqualTo(Notification.Kind.ESCALATION);
                    assertThat(n.getTaskId()).isEqualTo(escalate.getId());
                });

        // when the late re-check, the next morning, finds it still not rectified
        ClockUtil.setCurrentTime(at(2026, 11, 17, 9));
        complete(recheck, recheck(LocalDate.of(2026, 11, 17), "H" + hazards.findByInspectionIdOrderByIdAsc(
                inspection().getId()).get(0).getId() + ": 未整改 限速器仍未送检"));

        // then the escalation closes and a new re-check is due ten working days later (1 December)
        assertThat(escalation).isEnded();
        assertThat(instance).isWaitingAt("Activity_RecheckRectification");
        Task again = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(again.getId()).isNotEqualTo(recheck.getId());
        assertThat(again.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 12, 1)));
        assertThat(campaigns.figures(inspection().getCampaignId()).stillOpen()).isEqualTo(1);
    }

    @Test
    void equipmentOverdueForItsStatutoryInspectionIsFlaggedAndOrdered() {
        // given the boiler's statutory inspection was due yesterday
        ProcessInstance instance = drawnAndStarted(LocalDate.now().minusDays(1));
        Task task = inspectTask(instance);
        assertThat(taskService.getVariable(task.getId(), "equipmentSummary").toString())
                .contains("⚠ " + code + "-B").contains("逾期未检 overdue");
        assertThat(registers.overdueEquipment()).anySatisfy(e -> assertThat(e.registrationNumber()).isEqualTo(code + "-B"));

        // when the inspectors find nothing else
        complete(task, inspection(LocalDate.now(), "", ""));

        // then the late inspection is ordered on its own and waits for the re-check
        assertThat(instance).isWaitingAt("Activity_RecheckRectification");
        assertThat(hazards.findByInspectionIdOrderByIdAsc(inspection().getId())).singleElement().satisfies(h -> {
            assertThat(h.getHandling()).isEqualTo(InspectionHazard.Handling.ORDERED);
            assertThat(h.getDescription()).contains("未按期定期检验");
        });
        assertThat(checks.findByInspectionIdIn(List.of(inspection().getId())))
                .filteredOn(EquipmentCheck::isInspectionOverdue).hasSize(1);
        assertThat(campaigns.figures(inspection().getCampaignId()).inspectionOverdue()).isEqualTo(1);
    }

    @Test
    void aHazardOnAPieceNotOfTheUnitIsRefusedNamingTheField() {
        ProcessInstance instance = drawnAndStarted(LocalDate.now().plusMonths(6));
        Task task = inspectTask(instance);
        assertThatThrownBy(() -> complete(task, inspection(LocalDate.now(), "",
                "OTHER-1 | 安全阀失效 | 当场改正 | 已更换"))).hasMessageContaining("Invalid input")
                .hasMessageContaining("hazardLines").hasMessageContaining("OTHER-1");
        assertThatThrownBy(() -> complete(task, inspection(LocalDate.now(), "",
                code + "-L | 安全阀失效 | 当场改正"))).hasMessageContaining("hazardLines 第1行")
                .hasMessageContaining("evidence");
        assertThatThrownBy(() -> complete(task, inspection(LocalDate.now(), code + "-L: 停用 out of use",
                code + "-L | 安全阀失效 | 限期整改"))).hasMessageContaining("listed under equipmentNotChecked");
        assertThat(instance).isWaitingAt("Activity_InspectUnit");
        assertThat(hazards.findByInspectionIdOrderByIdAsc(inspection().getId())).isEmpty();
    }

    @Test
    void theProcessStartedWithoutADrawIsRefused() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("Process_EquipmentInspection",
                Map.of("inspectionId", 999_999L))).isInstanceOf(FormValidation.InvalidFormInputException.class)
                .hasMessageContaining("inspectionId: no inspection 999999");
    }

    private Long campaignId;

    private ProcessInstance drawnAndStarted(LocalDate boilerDue) {
        registers.addAll(List.of(InspectionFixtures.unit(code, township)), List.of(
                InspectionFixtures.piece(code, EquipmentKind.LIFT, code + "-L", LocalDate.now().plusMonths(6)),
                InspectionFixtures.piece(code, EquipmentKind.BOILER, code + "-B", boilerDue)));
        campaignId = campaigns.create(InspectionFixtures.plan(township, 1), "market-regulation1").id();
        campaigns.draw(campaignId, 42L, "market-regulation1");
        campaigns.start(campaignId);
        String id = campaigns.inspections(campaignId).get(0).processInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private UnitInspection inspection() {
        return campaigns.inspectionsOf(campaignId).get(0);
    }

    private Task inspectTask(ProcessInstance instance) {
        assertThat(instance).isWaitingAt("Activity_InspectUnit");
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void complete(Task task, Map<String, Object> values) {
        taskService.claim(task.getId(), INSPECTOR);
        try {
            formService.submitTaskForm(task.getId(), values);
        } catch (RuntimeException refused) {
            taskService.setAssignee(task.getId(), null);
            throw refused;
        }
    }

    private static Map<String, Object> inspection(LocalDate on, String notChecked, String hazardLines) {
        Map<String, Object> values = new HashMap<>();
        values.put("inspectedOn", on.toString());
        values.put("rulesInPlace", true);
        values.put("operatorsCertified", true);
        values.put("maintenanceDone", true);
        values.put("emergencyPlanDrilled", false);
        values.put("equipmentNotChecked", notChecked);
        values.put("hazardLines", hazardLines);
        values.put("staffVisits", 2L);
        values.put("vehicleTrips", 1L);
        return values;
    }

    private static Map<String, Object> recheck(LocalDate on, String lines) {
        return Map.of("recheckedOn", on.toString(), "recheckLines", lines, "staffVisits", 2L, "vehicleTrips", 1L);
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(18, 0)).atZone(ZoneId.systemDefault()).toInstant());
    }
}
