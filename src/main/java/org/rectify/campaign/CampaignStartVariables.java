package org.rectify.campaign;

/** Every id of Process_StartCampaign that Java names (processes/campaign-start.bpmn). */
public final class CampaignStartVariables {

    public static final String PROCESS_ID = "Process_StartCampaign";
    public static final String ACTIVITY_OPEN_BATCH = "Activity_OpenBatchOfCases";

    public static final String CAMPAIGN_ID = "campaignId";
    /** the batch of the roster the instance opens */
    public static final String BATCH = "batch";
    /** the batch of an instance started before batches were instances of their own (a multi-instance loop) */
    public static final String LOOP_COUNTER = "loopCounter";

    private CampaignStartVariables() {
    }

    static String businessKey(Long campaignId) {
        return "campaign-" + campaignId;
    }
}
