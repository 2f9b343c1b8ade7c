package org.rectify.enterprise;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feature's share of what a case task shows read-only and of how tasks move the case along.
 * Each feature package contributes its own; the task listener collects them all.
 */
public interface CaseContextContributor {

    /**
     * Read-only texts for the task's form, by variable name: only those of {@code wanted} this
     * feature knows, worded for the task's reader.
     */
    Map<String, String> summaries(EnterpriseCase enterpriseCase, Set<String> wanted, CaseView view);

    /**
     * The choices of the form's selects that this feature fills (by their valuesKey, of
     * {@code wanted}): each a list of {@code {label, value}}, e.g. the register's qualified firms.
     */
    default Map<String, List<Map<String, String>>> options(EnterpriseCase enterpriseCase, Set<String> wanted) {
        return Map.of();
    }

    /** The stage a case is in while a task of this activity is open. */
    Map<String, CaseStage> stagesByActivity();
}
