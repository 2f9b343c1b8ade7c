package org.rectify.inspection.web;

import org.rectify.identity.Agency;

/** Who may do what with the county's inspections; administrators always may (see Caller). */
final class InspectionAccess {

    /** the market-regulation bureau: registers, campaigns, draws, publicity, publication */
    static final Agency[] BUREAU = {Agency.MARKET_REGULATION};

    /** read the registers, campaigns, figures and the report */
    static final Agency[] READERS = {Agency.MARKET_REGULATION, Agency.SUPERVISOR};

    private InspectionAccess() {
    }
}
