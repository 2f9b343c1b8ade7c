package org.rectify.closure;

/** Ids of Process_Closure, Process_LicenceChange and Process_Relocation that Java names; form keys. */
public final class ClosureVariables {

    public static final String CLOSURE_PROCESS_ID = "Process_Closure";
    public static final String LICENCE_PROCESS_ID = "Process_LicenceChange";
    public static final String RELOCATION_PROCESS_ID = "Process_Relocation";

    public static final String CLOSURE_KIND = "closureKind";

    // Form_IssueClosureNotice
    public static final String STOP_PRODUCTION_BY = "stopProductionBy";
    public static final String CLOSURE_NOTICE_TEXT = "closureNoticeText";

    // Form_VerifyClosure; closureComplete and recheckDate route the re-check loop
    public static final String PRODUCTION_STOPPED = "productionStopped";
    public static final String MATERIALS_DISPOSED = "materialsDisposed";
    public static final String EQUIPMENT_DISMANTLED = "equipmentDismantled";
    public static final String UTILITIES_CUT = "utilitiesCut";
    public static final String DISPOSAL_METHOD = "disposalMethod";
    public static final String DISPOSAL_QUANTITY = "disposalQuantity";
    public static final String DISPOSAL_RECIPIENT = "disposalRecipient";
    public static final String ELIMINATED_UNITS = "eliminatedUnits";
    public static final String LAND_RECLAIMED_MU = "landReclaimedMu";
    public static final String STRUCTURES_DEMOLISHED_SQM = "structuresDemolishedSqm";
    public static final String RECHECK_DATE = "recheckDate";
    public static final String CLOSURE_CHECK_NOTE = "closureCheckNote";
    public static final String CLOSURE_COMPLETE = "closureComplete";

    // Form_ChangeLicence
    public static final String LICENCE_ACTION_PROPOSED = "licenceActionProposed";
    public static final String LICENCE_ACTION = "licenceAction";
    public static final String LICENCE_NUMBER = "licenceNumber";
    public static final String LICENCE_ACTION_DATE = "licenceActionDate";
    public static final String SAFETY_LICENCE = "safetyLicence";
    public static final String DISCHARGE_PERMIT = "dischargePermit";
    public static final String LICENCE_NOTE = "licenceNote";

    // Form_PlanRelocation and Form_AcceptNewSite; newSiteAccepted routes
    public static final String TARGET_PARK = "targetPark";
    public static final String PLANNED_MOVE_DATE = "plannedMoveDate";
    public static final String PLANNED_COMPLETION_DATE = "plannedCompletionDate";
    public static final String RELOCATION_PLAN_TEXT = "relocationPlanText";
    public static final String NEW_SITE_ACCEPTED = "newSiteAccepted";
    public static final String NEW_SITE_NOTE = "newSiteNote";

    // Form_RecordLandReuse
    public static final String LAND_NEW_USE = "landNewUse";

    // read-only context
    public static final String CLOSURE_SUMMARY = "closureSummary";
    public static final String RELOCATION_SUMMARY = "relocationSummary";

    // activities
    public static final String ACTIVITY_ISSUE_NOTICE = "Activity_IssueClosureNotice";
    public static final String ACTIVITY_VERIFY_CLOSURE = "Activity_VerifyClosure";
    public static final String ACTIVITY_CHANGE_LICENCE = "Activity_ChangeLicence";
    public static final String ACTIVITY_PLAN_RELOCATION = "Activity_PlanRelocation";
    public static final String ACTIVITY_ACCEPT_NEW_SITE = "Activity_AcceptNewSite";
    public static final String ACTIVITY_RECORD_LAND_REUSE = "Activity_RecordLandReuse";
    public static final String EVENT_RECHECK_DATE_REACHED = "Event_RecheckDateReached";

    private ClosureVariables() {
    }
}
