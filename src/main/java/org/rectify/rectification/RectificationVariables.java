package org.rectify.rectification;

/** Every id of Process_UpgradeInPlace that Java names: variables (also form keys), activities, messages. */
public final class RectificationVariables {

    public static final String PROCESS_ID = "Process_UpgradeInPlace";

    // Form_SignCommitment; enterpriseChoice routes
    public static final String ENTERPRISE_CHOICE = "enterpriseChoice";
    public static final String DESIGN_FIRM_ID = "designFirmId";
    public static final String EVALUATION_FIRM_ID = "evaluationFirmId";
    public static final String COMMITMENT_NOTE = "commitmentNote";

    // Form_DiagnoseSafetyFacilities (the report itself is uploaded on the diagnosis report page)
    public static final String HAZARD_LINES = "hazardLines";

    // Form_AgreeRectificationPlan
    public static final String PLAN_TEXT = "planText";
    public static final String DESIGN_FIRM_INPUT = "designFirmInput";
    public static final String EXPERT_INPUT = "expertInput";
    public static final String EXPERTS = "experts";
    // ... or safety sends the diagnosis back to the design firm; diagnosisReturned routes
    public static final String DIAGNOSIS_RETURNED = "diagnosisReturned";
    public static final String DIAGNOSIS_RETURN_REASON = "diagnosisReturnReason";

    // Form_RectifyHazards
    public static final String RECTIFICATION_EVIDENCE = "rectificationEvidence";

    // Form_EvaluateSafety
    public static final String HAZARD_VERDICTS = "hazardVerdicts";
    public static final String TRAINING_OK = "trainingOk";
    public static final String RULES_OK = "rulesOk";
    public static final String TESTING_OK = "testingOk";
    public static final String EMERGENCY_RESCUE_OK = "emergencyRescueOk";
    public static final String EVALUATION_NOTE = "evaluationNote";

    // Form_ConductOnSiteAcceptance; acceptancePassed and roundsLeft route
    public static final String ACCEPTANCE_PASSED = "acceptancePassed";
    public static final String ACCEPTANCE_PARTICIPANTS = "acceptanceParticipants";
    public static final String REOPEN_HAZARDS = "reopenHazards";
    public static final String ACCEPTANCE_NOTE = "acceptanceNote";
    public static final String RE_RECTIFICATION_DEADLINE = "reRectificationDeadline";
    public static final String ROUNDS_LEFT = "roundsLeft";

    // Form_DecideAfterFailedRounds; closureOrdered routes
    public static final String CLOSURE_ORDERED = "closureOrdered";
    public static final String FINAL_DECISION_NOTE = "finalDecisionNote";
    public static final String EXTRA_ROUND_DEADLINE = "extraRoundDeadline";

    // the round in progress: its number and deadline (the Rectify task's due date)
    public static final String RECTIFICATION_ROUND = "rectificationRound";
    public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";

    // read-only context (task-local)
    public static final String FIRMS_SUMMARY = "firmsSummary";
    /** the choices of the commitment form's firm selects: the register's qualified firms of each kind */
    public static final String DESIGN_FIRM_OPTIONS = "designFirmOptions";
    public static final String EVALUATION_FIRM_OPTIONS = "evaluationFirmOptions";
    public static final String HAZARD_SUMMARY = "hazardSummary";
    public static final String UPGRADE_SUMMARY = "upgradeSummary";
    public static final String REPORT_SUMMARY = "reportSummary";

    // activities and events
    public static final String ACTIVITY_SIGN_COMMITMENT = "Activity_SignCommitment";
    public static final String ACTIVITY_DIAGNOSE = "Activity_DiagnoseSafetyFacilities";
    public static final String ACTIVITY_AGREE_PLAN = "Activity_AgreeRectificationPlan";
    public static final String GATEWAY_DIAGNOSIS_RETURNED = "Gateway_DiagnosisReturned";
    public static final String ACTIVITY_RECTIFY = "Activity_RectifyHazards";
    public static final String ACTIVITY_EVALUATE = "Activity_EvaluateSafety";
    public static final String ACTIVITY_ACCEPT = "Activity_ConductOnSiteAcceptance";
    public static final String ACTIVITY_DECIDE_AFTER_ROUNDS = "Activity_DecideAfterFailedRounds";
    public static final String EVENT_UPGRADE_ACCEPTED = "Event_UpgradeAccepted";

    // messages of the enterprise's later choice, escalations the case routes on
    public static final String MESSAGE_CHOSE_CLOSURE = "Message_EnterpriseChoseClosure";
    public static final String MESSAGE_CHOSE_RELOCATION = "Message_EnterpriseChoseRelocation";

    // Process_EnterpriseCase: the call activity and its boundary events
    public static final String ACTIVITY_UPGRADE_IN_PLACE = "Activity_UpgradeInPlace";
    public static final String EVENT_SWITCHED_TO_CLOSURE = "Event_SwitchedToClosure";
    public static final String EVENT_SWITCHED_TO_RELOCATION = "Event_SwitchedToRelocation";

    private RectificationVariables() {
    }
}
