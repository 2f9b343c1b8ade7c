package org.rectify.inspection;

/** Names of Process_EquipmentInspection (processes/equipment-inspection.bpmn) and of its forms' fields. */
public final class EquipmentInspectionVariables {

    public static final String PROCESS_ID = "Process_EquipmentInspection";
    public static final String INSPECT_UNIT = "Activity_InspectUnit";
    public static final String RECHECK_RECTIFICATION = "Activity_RecheckRectification";

    /** the drawn unit's inspection (unit_inspection.id): the one start variable, set by the server */
    public static final String INSPECTION_ID = "inspectionId";
    /** routing: a hazard was ordered to be rectified by a deadline */
    public static final String RECTIFICATION_ORDERED = "rectificationOrdered";
    /** the due date of the re-check */
    public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
    /** routing: the re-check found every ordered hazard rectified */
    public static final String ALL_RECTIFIED = "allRectified";

    // read-only context of the forms, task-local
    public static final String UNIT_SUMMARY = "unitSummary";
    public static final String EQUIPMENT_SUMMARY = "equipmentSummary";
    public static final String HAZARD_SUMMARY = "hazardSummary";

    // Form_InspectUnit
    public static final String RULES_IN_PLACE = "rulesInPlace";
    public static final String OPERATORS_CERTIFIED = "operatorsCertified";
    public static final String MAINTENANCE_DONE = "maintenanceDone";
    public static final String EMERGENCY_PLAN_DRILLED = "emergencyPlanDrilled";
    /** every piece of the unit is checked but those listed here, one registration number per line */
    public static final String EQUIPMENT_NOT_CHECKED = "equipmentNotChecked";
    public static final String HAZARD_LINES = "hazardLines";
    public static final String INSPECTED_ON = "inspectedOn";
    public static final String STAFF_VISITS = "staffVisits";
    public static final String VEHICLE_TRIPS = "vehicleTrips";
    public static final String INSPECTION_NOTE = "inspectionNote";

    // Form_RecheckRectification
    public static final String RECHECK_LINES = "recheckLines";
    public static final String RECHECKED_ON = "recheckedOn";
    public static final String RECHECK_NOTE = "recheckNote";

    /** what the forms submit: recorded in our tables, then removed from the process */
    static final java.util.List<String> INSPECTION_FORM = java.util.List.of(RULES_IN_PLACE, OPERATORS_CERTIFIED,
            MAINTENANCE_DONE, EMERGENCY_PLAN_DRILLED, EQUIPMENT_NOT_CHECKED, HAZARD_LINES, INSPECTED_ON, STAFF_VISITS,
            VEHICLE_TRIPS, INSPECTION_NOTE);
    static final java.util.List<String> RECHECK_FORM = java.util.List.of(RECHECK_LINES, RECHECKED_ON, STAFF_VISITS,
            VEHICLE_TRIPS, RECHECK_NOTE);

    private EquipmentInspectionVariables() {
    }
}
