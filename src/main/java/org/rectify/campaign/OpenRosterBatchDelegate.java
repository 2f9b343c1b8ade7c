package org.rectify.campaign;

import static org.rectify.campaign.CampaignStartVariables.BATCH;
import static org.rectify.campaign.CampaignStartVariables.CAMPAIGN_ID;
import static org.rectify.campaign.CampaignStartVariables.LOOP_COUNTER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 分批立案 Open a batch of cases: one Process_StartCampaign instance per batch of the roster. */
@Component
class OpenRosterBatchDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(OpenRosterBatchDelegate.class);

    private final CampaignStart start;

    OpenRosterBatchDelegate(CampaignStart start) {
        this.start = start;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(CAMPAIGN_ID);
        Object batchVariable = execution.getVariable(BATCH);
        int batch = (Integer) (batchVariable != null ? batchVariable : execution.getVariable(LOOP_COUNTER));
        int opened = start.openBatch(campaignId, batch);
        log.debug("Campaign {}: batch {} opened {} cases", campaignId, batch, opened);
    }
}
