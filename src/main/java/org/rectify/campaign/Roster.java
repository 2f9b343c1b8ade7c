package org.rectify.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.EnterpriseRegister;
import org.rectify.enterprise.EnterpriseRegister.Registered;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enterprises a campaign covers, from the ledger or added one by one. */
@Service
@Transactional
public class Roster {

    private final CampaignRepository campaigns;
    private final RosterRepository roster;
    private final EnterpriseRegister register;
    private final CampaignStart start;

    Roster(CampaignRepository campaigns, RosterRepository roster, EnterpriseRegister register, CampaignStart start) {
        this.campaigns = campaigns;
        this.roster = roster;
        this.register = register;
        this.start = start;
    }

    /**
     * Creates or updates every enterprise of a checked ledger and puts those not yet listed on
     * the roster, in one transaction. New entries wait for the next start of the campaign.
     */
    ImportReport addAll(Long campaignId, List<EnterpriseDetails> rows, String userId) {
        lock(campaignId);
        Set<Long> listed = new HashSet<>(roster.findEnterpriseIds(campaignId));
        int created = 0;
        int updated = 0;
        int added = 0;
        for (Registered registered : register.registerAll(rows)) {
            switch (registered.change()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> { }
            }
            if (listed.add(registered.enterprise().getId())) {
                roster.save(new RosterEntry(campaignId, registered.enterprise(), userId));
                added++;
            }
        }
        return new ImportReport(rows.size(), created, updated, rows.size() - created - updated, added,
                rows.size() - added, roster.countByCampaignId(campaignId));
    }

    /**
     * One enterprise added later, like the five the town added to the review's 34: once the
     * campaign has started, its case opens at once, alone; at verification if the town adds it there.
     */
    public RosterEntryView add(Long campaignId, EnterpriseDetails details, boolean atVerification, String userId) {
        Campaign campaign = lock(campaignId);
        if (atVerification && !campaign.hasBeenStarted()) {
            throw new IllegalStateException("atVerification: 行动尚未启动 campaign " + campaignId + " has not started;"
                    + " its cases begin with the survey");
        }
        Registered registered = register.register(details);
        RosterEntry entry = roster.findByCampaignIdAndEnterpriseId(campaignId, registered.enterprise().getId())
                .orElse(null);
        if (entry != null && entry.getStatus() != RosterStatus.PENDING) {
            throw new IllegalStateException("creditCode: 企业已在名单中 enterprise "
                    + registered.enterprise().getCreditCode() + " is already on the roster of campaign " + campaignId
                    + (entry.getCaseId() == null ? "; its case is being opened" : " with case " + entry.getCaseId()));
        }
        if (entry == null) {
            entry = roster.save(new RosterEntry(campaignId, registered.enterprise(), userId));
        }
        if (campaign.hasBeenStarted()) {
            start.openCase(entry, atVerification);
        }
        return RosterEntryView.of(entry);
    }

    @Transactional(readOnly = true)
    public RosterPage list(Long campaignId, int page, int size) {
        requireCampaign(campaignId);
        Page<RosterEntry> entries = roster.findByCampaignIdOrderById(campaignId, PageRequest.of(page, size));
        return new RosterPage(entries.map(RosterEntryView::of).getContent(), page, size, entries.getTotalElements());
    }

    @Transactional(readOnly = true)
    public void requireCampaign(Long campaignId) {
        if (!campaigns.existsById(campaignId)) {
            throw new NoSuchElementException("campaignId: no campaign " + campaignId);
        }
    }

    private Campaign lock(Long campaignId) {
        return campaigns.findForUpdate(campaignId)
                .orElseThrow(() -> new NoSuchElementException("campaignId: no campaign " + campaignId));
    }
}
