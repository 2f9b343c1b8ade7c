package org.rectify.campaign.web;

import org.rectify.identity.Agency;

/** Who may do what with campaigns; administrators always may (see Caller). */
final class CampaignAccess {

    /** create campaigns and standards, import rosters, start campaigns */
    static final Agency[] ORGANISERS = {Agency.DISTRICT_OFFICE};

    /** add single enterprises and record meetings and publicity */
    static final Agency[] RECORDERS = {Agency.DISTRICT_OFFICE, Agency.TOWN_OFFICE};

    /** read campaigns, rosters and progress */
    static final Agency[] READERS = {Agency.DISTRICT_OFFICE, Agency.TOWN_OFFICE, Agency.TOWN_ECON_CENTER,
            Agency.SUPERVISOR};

    private CampaignAccess() {
    }
}
