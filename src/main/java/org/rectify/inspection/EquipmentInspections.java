package org.rectify.inspection;

import static org.rectify.inspection.EquipmentInspectionVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rectify.deadline.WorkingDayCalendar;
import org.rectify.shared.FormValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection of one drawn unit as its process runs it: who may work its tasks, when they are due,
 * what their forms show, and what the inspectors' submissions record (checklist, hazards, visits).
 * Referenced from processes/equipment-inspection.bpmn as {@code equipmentInspections}.
 */
@Service("equipmentInspections")
@Transactional
public class EquipmentInspections {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    /** a task due on a day is due at the end of its working hours */
    private static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

    private final UnitInspectionRepository inspections;
    private final InspectionCampaignRepository campaigns;
    private final EquipmentUnitRepository units;
    private final SpecialEquipmentRepository equipment;
    private final EquipmentCheckRepository checks;
    private final InspectionHazardRepository hazards;
    private final WorkingDayCalendar calendar;

    EquipmentInspections(UnitInspectionRepository inspections, InspectionCampaignRepository campaigns,
                         EquipmentUnitRepository units, SpecialEquipmentRepository equipment,
                         EquipmentCheckRepository checks, InspectionHazardRepository hazards,
                         WorkingDayCalendar calendar) {
        this.inspections = inspections;
        this.campaigns = campaigns;
        this.units = units;
        this.equipment = equipment;
        this.checks = checks;
        this.hazards = hazards;
        this.calendar = calendar;
    }

    /** The two drawn inspectors, the candidate users of the inspection's tasks. */
    @Transactional(readOnly = true)
    public String inspectors(DelegateExecution execution) {
        UnitInspection inspection = of(execution);
        return inspection.getInspectorOne() + "," + inspection.getInspectorTwo();
    }

    /** The inspection is due by the end of the campaign's period. */
    @Transactional(readOnly = true)
    public Date inspectionDue(DelegateExecution execution) {
        InspectionCampaign campaign = campaigns.findById(of(execution).getCampaignId()).orElseThrow();
        return endOf(campaign.getEndDate());
    }

    UnitInspection of(DelegateExecution execution) {
        Object id = execution.getVariable(INSPECTION_ID);
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " has no "
                    + INSPECTION_ID);
        }
        return inspections.findById(number.longValue()).orElseThrow(() -> new IllegalStateException(
                "No inspection " + id + " for process instance " + execution.getProcessInstanceId()));
    }

    /** What the task's form shows: the unit, its equipment with overdue inspections flagged, open hazards. */
    @Transactional(readOnly = true)
    public Map<String, Object> context(DelegateTask task) {
        UnitInspection inspection = of(task.getExecution());
        EquipmentUnit unit = units.findById(inspection.getUnitId()).orElseThrow();
        List<SpecialEquipment> pieces = equipment.findByUnitIdOrderByIdAsc(unit.getId());
        LocalDate today = EquipmentRegisters.today();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(UNIT_SUMMARY, String.join("\n",
                unit.getName() + "（" + unit.getCreditCode() + "）",
                "场所 Place: " + unit.getPlaceKind().label() + "，风险 risk " + unit.getRisk().label(),
                "地址 Address: " + unit.getTownship() + " " + unit.getAddress(),
                "检查人员 Inspectors: " + inspection.getInspectorOne() + "、" + inspection.getInspectorTwo()));
        if (INSPECT_UNIT.equals(task.getTaskDefinitionKey())) {
            context.put(EQUIPMENT_SUMMARY, pieces.isEmpty() ? "名录中无在用设备 No equipment in the register"
                    : pieces.stream().map(p -> (p.inspectionOverdueOn(today) ? "⚠ " : "") + p.getRegistrationNumber()
                    + " " + p.getKind().label() + "（" + p.getCategory() + "） 下次检验 next inspection "
                    + DAY.format(p.getNextInspectionDue()) + (p.inspectionOverdueOn(today) ? " 逾期未检 overdue" : "")
                    + (p.getMaintenanceUnit() == null ? "" : "，维保 maintained by " + p.getMaintenanceUnit()))
                    .collect(Collectors.joining("\n")));
        } else {
            context.put(HAZARD_SUMMARY, hazards.findByInspectionIdOrderByIdAsc(inspection.getId()).stream()
                    .filter(h -> h.getState() == InspectionHazard.State.OPEN)
                    .map(h -> "H" + h.getId() + " " + h.getDescription() + "（限 due " + DAY.format(h.getDueOn()) + "）")
                    .collect(Collectors.joining("\n")));
        }
        return context;
    }

    /**
     * Records what the inspectors found: the unit's checklist; a line per piece checked, with a hazard
     * when a hazard line names it; a piece whose statutory inspection is late by the register's dates
     * is flagged and, unless a hazard names it already, gets an order of its own; the visits. Returns
     * the re-check's due date when anything was ordered to be rectified, else null.
     */
    Date recordInspection(DelegateTask task, String userId) {
        UnitInspection inspection = of(task.getExecution());
        InspectionCampaign campaign = campaigns.findById(inspection.getCampaignId()).orElseThrow();
        Map<String, SpecialEquipment> pieces = equipment.findByUnitIdOrderByIdAsc(inspection.getUnitId()).stream()
                .collect(Collectors.toMap(SpecialEquipment::getRegistrationNumber, Function.identity(),
                        (a, b) -> a, LinkedHashMap::new));
        LocalDate inspectedOn = notAfterToday(INSPECTED_ON, FormValues.requiredDate(INSPECTED_ON,
                task.getVariable(INSPECTED_ON)));
        Set<String> notChecked = InspectionLines.notChecked(EQUIPMENT_NOT_CHECKED, FormValues.text(EQUIPMENT_NOT_CHECKED,
                task.getVariable(EQUIPMENT_NOT_CHECKED), 20000, false)).keySet();
        notChecked.forEach(number -> piece(EQUIPMENT_NOT_CHECKED, pieces, number));
        List<HazardEntry> entries = new ArrayList<>();
        Set<String> withHazard = new HashSet<>();
        for (InspectionLines.HazardLine line : InspectionLines.hazards(HAZARD_LINES,
                FormValues.text(HAZARD_LINES, task.getVariable(HAZARD_LINES), 20000, false))) {
            SpecialEquipment piece = null;
            if (line.registrationNumber() != null) {
                piece = piece(HAZARD_LINES, pieces, line.registrationNumber());
                if (notChecked.contains(line.registrationNumber())) {
                    throw new IllegalArgumentException(HAZARD_LINES + ": " + line.registrationNumber() + " 列为未检查"
                            + " is listed under " + EQUIPMENT_NOT_CHECKED + " as not checked");
                }
                withHazard.add(line.registrationNumber());
            }
            entries.add(new HazardEntry(piece == null ? null : piece.getId(), line.description(), line.handling(),
                    line.evidence()));
        }
        // the register's dates flag a late statutory inspection; the unit is ordered to have it inspected
        pieces.values().stream().filter(p -> p.inspectionOverdueOn(inspectedOn))
                .filter(p -> !withHazard.contains(p.getRegistrationNumber()))
                .forEach(p -> entries.add(new HazardEntry(p.getId(), "未按期定期检验 Statutory inspection overdue since "
                        + DAY.format(p.getNextInspectionDue()), InspectionHazard.Handling.ORDERED, null)));
        Map<Long, EquipmentCheck.Result> checked = new LinkedHashMap<>();
        pieces.values().stream().filter(p -> !notChecked.contains(p.getRegistrationNumber()))
                .forEach(p -> checked.put(p.getId(), withHazard.contains(p.getRegistrationNumber())
                        ? EquipmentCheck.Result.HAZARD : EquipmentCheck.Result.OK));
        InspectionResult result = new InspectionResult(inspectedOn,
                FormValues.bool(RULES_IN_PLACE, task.getVariable(RULES_IN_PLACE)),
                FormValues.bool(OPERATORS_CERTIFIED, task.getVariable(OPERATORS_CERTIFIED)),
                FormValues.bool(MAINTENANCE_DONE, task.getVariable(MAINTENANCE_DONE)),
                FormValues.bool(EMERGENCY_PLAN_DRILLED, task.getVariable(EMERGENCY_PLAN_DRILLED)),
                checked, entries, visits(task, STAFF_VISITS, 1), visits(task, VEHICLE_TRIPS, 0),
                FormValues.text(INSPECTION_NOTE, task.getVariable(INSPECTION_NOTE), 2000, false));
        inspection.inspected(result, userId);
        pieces.values().stream().filter(p -> checked.containsKey(p.getId())).forEach(p -> checks.save(
                new EquipmentCheck(inspection.getId(), p.getId(), checked.get(p.getId()), p.inspectionOverdueOn(inspectedOn))));
        boolean ordered = entries.stream().anyMatch(e -> e.handling() == InspectionHazard.Handling.ORDERED);
        LocalDate due = ordered ? calendar.plusWorkingDays(inspectedOn, campaign.getRectificationDays()) : null;
        entries.forEach(entry -> hazards.save(new InspectionHazard(inspection.getId(), entry, inspectedOn, due)));
        if (ordered) {
            inspection.rectificationOrdered(due);
            return endOf(due);
        }
        inspection.finished(inspectedOn);
        return null;
    }

    private static SpecialEquipment piece(String field, Map<String, SpecialEquipment> pieces, String number) {
        SpecialEquipment piece = pieces.get(number);
        if (piece == null) {
            throw new IllegalArgumentException(field + ": " + number + " 不是本单位登记的设备 is no registered equipment"
                    + " of this unit" + (field.equals(HAZARD_LINES) ? "; write 单位 for the unit itself" : ""));
        }
        return piece;
    }

    private static LocalDate notAfterToday(String field, LocalDate day) {
        if (day.isAfter(EquipmentRegisters.today())) {
            throw new IllegalArgumentException(field + ": 日期不能晚于今天 cannot be dated after today, got " + day);
        }
        return day;
    }

    /**
     * Records a re-check: each open hazard rectified or not. Returns the new due date when any is
     * still open (it gets the campaign's time again), else null.
     */
    Date recordRecheck(DelegateTask task, String userId) {
        UnitInspection inspection = of(task.getExecution());
        InspectionCampaign campaign = campaigns.findById(inspection.getCampaignId()).orElseThrow();
        LocalDate recheckedOn = notAfterToday(RECHECKED_ON, FormValues.requiredDate(RECHECKED_ON,
                task.getVariable(RECHECKED_ON)));
        Map<Long, InspectionLines.RecheckLine> lines = InspectionLines.rechecks(RECHECK_LINES,
                FormValues.text(RECHECK_LINES, task.getVariable(RECHECK_LINES), 20000, true));
        List<InspectionHazard> open = hazards.findByInspectionIdOrderByIdAsc(inspection.getId()).stream()
                .filter(h -> h.getState() == InspectionHazard.State.OPEN).toList();
        Set<Long> openIds = open.stream().map(InspectionHazard::getId).collect(Collectors.toSet());
        for (Long id : lines.keySet()) {
            if (!openIds.contains(id)) {
                throw new IllegalArgumentException(RECHECK_LINES + ": H" + id + " 不是本单位待复查的问题 is no open"
                        + " hazard of this inspection");
            }
        }
        List<String> missing = open.stream().filter(h -> !lines.containsKey(h.getId())).map(h -> "H" + h.getId())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(RECHECK_LINES + ": 请逐条填写复查结果 give the result of " + missing);
        }
        LocalDate newDue = calendar.plusWorkingDays(recheckedOn, campaign.getRectificationDays());
        boolean allRectified = true;
        for (InspectionHazard hazard : open) {
            InspectionLines.RecheckLine line = lines.get(hazard.getId());
            if (line.rectified()) {
                hazard.rectified(recheckedOn, line.note());
            } else {
                hazard.stillOpen(newDue, line.note());
                allRectified = false;
            }
        }
        inspection.addVisits(visits(task, STAFF_VISITS, 1), visits(task, VEHICLE_TRIPS, 0));
        if (allRectified) {
            inspection.finished(recheckedOn);
            return null;
        }
        inspection.rectificationOrdered(newDue);
        return endOf(newDue);
    }

    private static int visits(DelegateTask task, String field, int least) {
        var number = FormValues.decimal(field, task.getVariable(field));
        if (number == null || number.intValue() < least || number.intValue() > 100
                || number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(field + ": 应为" + least + "到100的整数 a whole number from " + least
                    + " to 100 is required");
        }
        return number.intValue();
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(ZoneId.systemDefault()).toInstant());
    }

    /** The inspection of a process tree's root instance, for reminders and escalations. */
    @Transactional(readOnly = true)
    public java.util.Optional<UnitInspection> ofProcessInstance(String processInstanceId) {
        return inspections.findByProcessInstanceId(processInstanceId);
    }

    @Transactional(readOnly = true)
    public EquipmentUnit unit(UnitInspection inspection) {
        return units.findById(inspection.getUnitId()).orElseThrow();
    }
}
