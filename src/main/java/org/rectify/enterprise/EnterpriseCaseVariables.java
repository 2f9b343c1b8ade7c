package org.rectify.enterprise;

/**
 * Every id of Process_EnterpriseCase that Java names: process variables (also the form field
 * keys), activities, messages. Variables hold ids and routing flags only; text goes to our tables.
 */
public final class EnterpriseCaseVariables {

    public static final String PROCESS_ID = "Process_EnterpriseCase";

    // references
    /** the case's id: the one start variable, which the start listener turns into the case's link and removes */
    public static final String CASE_ID = "caseId";

    // survey (form Form_SurveyEnterprise); the compliance flags feed the DMN table
    public static final String PRODUCTION_RUNNING = "productionRunning";
    public static final String APPROVALS_PRESENT = "approvalsPresent";
    public static final String COMPLIANT_SUFFIX = "Compliant";
    public static final String NOTE_SUFFIX = "Note";

    // suggestion (Decision_SuggestDisposition)
    public static final String SUGGESTED_DISPOSITION = "suggestedDisposition";

    // joint review (form Form_ConductJointReview)
    public static final String REVIEWING_AGENCY = "reviewingAgency";
    public static final String OPINION_DISPOSITION = "opinionDisposition";
    public static final String OPINION_TEXT = "opinionText";

    // decision (form Form_DecideDisposition); disposition and decisionDeadline route the case
    public static final String DISPOSITION = "disposition";
    public static final String DISPOSITION_DEADLINE = "dispositionDeadline";
    public static final String SUPERVISING_AGENCY = "supervisingAgency";
    public static final String DECISION_REASONING = "decisionReasoning";
    public static final String DECISION_DEADLINE = "decisionDeadline";

    // verification (form Form_VerifyOnSite)
    public static final String VERIFICATION_CONFIRMED = "verificationConfirmed";
    public static final String AMENDED_DISPOSITION = "amendedDisposition";
    public static final String AMENDED_DEADLINE = "amendedDeadline";
    public static final String AMENDED_SUPERVISING_AGENCY = "amendedSupervisingAgency";
    public static final String VERIFICATION_NOTE = "verificationNote";

    // read-only context shown on every task (task-local); the name also appears in Tasklist's list
    public static final String ENTERPRISE_NAME = "enterpriseName";
    /** the enterprise's unified social credit code, which Tasklist's list shows beside the name */
    public static final String CREDIT_CODE = "creditCode";
    public static final String ENTERPRISE_SUMMARY = "enterpriseSummary";
    public static final String SURVEY_SUMMARY = "surveySummary";
    public static final String OPINIONS_SUMMARY = "opinionsSummary";
    public static final String DECISION_SUMMARY = "decisionSummary";

    // activities
    public static final String ACTIVITY_SURVEY = "Activity_SurveyEnterprise";
    public static final String ACTIVITY_SUGGEST = "Activity_SuggestDisposition";
    public static final String ACTIVITY_JOINT_REVIEW = "Activity_ConductJointReview";
    public static final String ACTIVITY_DECIDE = "Activity_DecideDisposition";
    public static final String ACTIVITY_VERIFY = "Activity_VerifyOnSite";
    public static final String GATEWAY_PENDING_UNTIL = "Gateway_PendingUntil";
    public static final String EVENT_CLOSED_COMPLIANT = "Event_CaseClosedCompliant";

    // messages
    public static final String MESSAGE_REDECISION_REQUESTED = "Message_RedecisionRequested";

    private EnterpriseCaseVariables() {
    }
}
