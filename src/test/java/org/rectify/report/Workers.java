package org.rectify.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * Who works which task in the replays, as the demo users. Kept in one place because the access
 * policy decides it (docs/access-policy.md): the enterprise's own account for its commitment,
 * rectification and relocation plan, a user linked to the firm it hired for the diagnosis and the
 * evaluation; when the policy changes who may work a task, this is the class to change.
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

    /** the relocation plan: the enterprise's own account too */
    static String relocationPlanner(String creditCode) {
        return enterprise(creditCode);
    }

    /**
     * The firm an enterprise hires and the user who works its tasks: a registered firm of this kind
     * (DESIGN_FIRM or EVALUATION_FIRM) with a user linked to it, i.e. a member of its own group
     * design-firm-&lt;id&gt; (the demo firms have design-firm1, evaluation-firm1, ...).
     */
    static Firm firm(PublicSurface surface, String kind) throws Exception {
        for (JsonNode firm : surface.get(DISTRICT_OFFICE, "/intermediaries")) {
            if (kind.equals(firm.get("kind").asText()) && firm.get("qualified").asBoolean()) {
                JsonNode users = surface.get(DISTRICT_OFFICE, "/intermediaries/" + firm.get("id").asLong() + "/users");
                if (!users.isEmpty()) {
                    return new Firm(firm.get("id").asLong(), users.get(0).asText());
                }
            }
        }
        throw new AssertionError("no " + kind + " with a linked user in the register");
    }

    record Firm(long id, String user) {
    }
}
