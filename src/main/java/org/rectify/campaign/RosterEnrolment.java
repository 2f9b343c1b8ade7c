package org.rectify.campaign;

import org.rectify.enterprise.CaseEnrolment;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.stereotype.Component;

/** Keeps the roster the one list of a campaign's cases: each case opened in a campaign is on it. */
@Component
class RosterEnrolment implements CaseEnrolment {

    private final CampaignRepository campaigns;
    private final RosterRepository roster;

    RosterEnrolment(CampaignRepository campaigns, RosterRepository roster) {
        this.campaigns = campaigns;
        this.roster = roster;
    }

    @Override
    public void requireCampaign(Long campaignId) {
        if (!campaigns.existsById(campaignId)) {
            throw new IllegalArgumentException("campaignId: 无此整治行动 there is no campaign " + campaignId);
        }
    }

    @Override
    public void enrol(EnterpriseCase opened, String userId) {
        RosterEntry entry = roster.findByCampaignIdAndEnterpriseId(opened.getCampaignId(), opened.getEnterprise().getId())
                .orElseGet(() -> roster.save(new RosterEntry(opened.getCampaignId(), opened.getEnterprise(), userId)));
        entry.caseOpened(opened.getId());
    }
}
