package org.rectify.report;

import java.util.List;
import java.util.Locale;

/**
 * Who works which task in the replays, as the demo users. Kept in one place because the access
 * policy decides it: the enterprise's own account, the user of the firm it hired, the relocation
 * planner; when the policy changes who may work a task, this is the class to change.
 */
final class Workers {

    static final String SURVEYOR = "town-econ-center1";
    static final String DISTRICT_OFFICE = "district-office1";
    static final String TOWN_OFFICE = "town-office1";
    static final String SAFETY = "safety1";
    static final String MARKET_REGULATION = "market-regulation1";
    /** one joint-review task each (rectify.joint-review.agencies) */
    static final List<String> REVIEWERS = List.of("safety1", "environment1", "market-regulation1",
            "natural-resources1", "development-reform1", "quality1");

    private Workers() {
    }

    /** the enterprise's own Tasklist account: commitment and rectification */
    static String enterprise(String creditCode) {
        return "ent-" + creditCode.toLowerCase(Locale.ROOT);
    }

    /** the relocation plan: today the group enterprise's demo user */
    static String relocationPlanner(String creditCode) {
        return "enterprise1";
    }

    /** the user of the design firm the enterprise hired: today any member of the group design-firm */
    static String designFirm(long firmId) {
        return "design-firm1";
    }

    /** the user of the evaluation firm the enterprise hired: today any member of the group evaluation-firm */
    static String evaluationFirm(long firmId) {
        return "evaluation-firm1";
    }
}
