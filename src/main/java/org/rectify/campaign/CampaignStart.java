package org.rectify.campaign;

import static org.rectify.campaign.CampaignStartVariables.BATCH;
import static org.rectify.campaign.CampaignStartVariables.CAMPAIGN_ID;
import static org.rectify.campaign.CampaignStartVariables.PROCESS_ID;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseRegister;
import org.rectify.shared.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a campaign: one Process_EnterpriseCase per enterprise on the roster. The request only
 * queues the roster in batches and starts Process_StartCampaign; the job executor then opens
 * each batch in its own transaction, so 1,000 cases never sit in one giant transaction and a
 * failed batch is retried alone. Starting twice opens no second case for anybody.
 */
@Service
@Transactional
public class CampaignStart {

    private static final Logger log = LoggerFactory.getLogger(CampaignStart.class);

    private final CampaignRepository campaigns;
    private final RosterRepository roster;
    private final CampaignCases cases;
    private final CaseOpening opening;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final EngineAsSystem engine;
    private final int batchSize;

    CampaignStart(CampaignRepository campaigns, RosterRepository roster, CampaignCases cases, CaseOpening opening,
                  RuntimeService runtimeService, ManagementService managementService, EngineAsSystem engine,
                  @Value("${rectify.campaign.start.batch-size:50}") int batchSize) {
        this.campaigns = campaigns;
        this.roster = roster;
        this.cases = cases;
        this.opening = opening;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.engine = engine;
        this.batchSize = batchSize;
    }

    /**
     * Queues every enterprise without a case and starts the batches. A no-op (with a message)
     * when everybody has a case; refused while an earlier start is still running.
     */
    public StartStatus request(Long campaignId, String userId) {
        Campaign campaign = campaigns.findForUpdate(campaignId)
                .orElseThrow(() -> new NoSuchElementException("campaignId: no campaign " + campaignId));
        StartStatus before = status(campaign);
        if (before.queued() > 0 && startRunning(campaignId)) {
            throw new IllegalStateException("启动进行中 The start of campaign " + campaignId + " is still running: "
                    + before.message());
        }
        if (before.queued() > 0) {
            // its start process was cancelled (e.g. in Cockpit): this start takes the entries up again
            roster.requeue(campaignId);
            before = status(campaign);
        }
        if (before.total() == 0) {
            throw new IllegalStateException("roster: 名单为空 The roster of campaign " + campaignId
                    + " is empty; import the enterprises first");
        }
        if (before.pending() == 0) {
            return before.withMessage("无需启动 Nothing to start: all " + before.total()
                    + " enterprises on the roster already have their case");
        }
        List<Long> pending = roster.findIds(campaignId, RosterStatus.PENDING);
        int batches = 0;
        for (int from = 0; from < pending.size(); from += batchSize) {
            roster.queue(pending.subList(from, Math.min(from + batchSize, pending.size())), batches++);
        }
        // one instance per batch: the job executor runs them side by side, on every node
        String first = null;
        for (int batch = 0; batch < batches; batch++) {
            int number = batch;
            String instanceId = engine.call(() -> runtimeService.createProcessInstanceByKey(PROCESS_ID)
                    .businessKey(CampaignStartVariables.businessKey(campaignId))
                    .setVariable(CAMPAIGN_ID, campaignId)
                    .setVariable(BATCH, number)
                    .execute().getId());
            first = first == null ? instanceId : first;
        }
        campaign.startRequested(userId, first);
        log.info("Campaign {}: start requested by {}, {} enterprises in {} batches", campaignId, userId,
                pending.size(), batches);
        return status(campaign);
    }

    @Transactional(readOnly = true)
    public StartStatus status(Long campaignId) {
        return status(campaigns.findById(campaignId)
                .orElseThrow(() -> new NoSuchElementException("campaignId: no campaign " + campaignId)));
    }

    /** Opens the cases of one batch; called by the job of that batch. */
    int openBatch(Long campaignId, int batch) {
        int opened = 0;
        for (RosterEntry entry : roster.findByCampaignIdAndStatusAndStartBatchOrderById(campaignId,
                RosterStatus.QUEUED, batch)) {
            if (openCase(entry, false)) {
                opened++;
            }
        }
        return opened;
    }

    /**
     * Opens the entry's case unless the enterprise already has one in this campaign (opened by
     * hand, or by an earlier attempt): then the entry is linked to it. True when a case was opened.
     */
    boolean openCase(RosterEntry entry, boolean atVerification) {
        Long campaignId = entry.getCampaignId();
        Optional<EnterpriseCase> existing = cases.findFirstByEnterpriseIdAndCampaignIdOrderByIdDesc(
                entry.getEnterprise().getId(), campaignId);
        if (existing.isPresent()) {
            entry.caseOpened(existing.get().getId());
            return false;
        }
        var details = EnterpriseRegister.detailsOf(entry.getEnterprise());
        EnterpriseCase opened = atVerification
                ? opening.addAtVerification(details, campaignId)
                : opening.open(details, campaignId);
        entry.caseOpened(opened.getId());
        return true;
    }

    private boolean startRunning(Long campaignId) {
        return engine.call(() -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(CampaignStartVariables.businessKey(campaignId))
                .count()) > 0;
    }

    private StartStatus status(Campaign campaign) {
        Map<RosterStatus, Long> counts = new EnumMap<>(RosterStatus.class);
        for (Object[] row : roster.countByStatus(campaign.getId())) {
            counts.put((RosterStatus) row[0], (Long) row[1]);
        }
        long queued = counts.getOrDefault(RosterStatus.QUEUED, 0L);
        long running = 0;
        long failed = 0;
        if (queued > 0) {
            // batches a job executor thread holds now (a dead node's hold until its lock expires), and failures
            running = engine.call(() -> managementService.createJobQuery().processDefinitionKey(PROCESS_ID)
                    .acquired().count());
            failed = engine.call(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                    .processInstanceBusinessKey(CampaignStartVariables.businessKey(campaign.getId()))
                    .withIncident().count());
        }
        return StartStatus.of(campaign.getId(), counts.getOrDefault(RosterStatus.STARTED, 0L), queued,
                counts.getOrDefault(RosterStatus.PENDING, 0L), campaign.hasBeenStarted(), running, failed);
    }
}
