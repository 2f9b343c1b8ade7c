package org.rectify.enterprise;

import java.util.Map;

/**
 * A feature's share of what a case task shows read-only and of how tasks move the case along.
 * Each feature package contributes its own; the task listener collects them all.
 */
public interface CaseContextContributor {

    /** Read-only texts for the task's form, by variable name. */
    Map<String, String> summaries(EnterpriseCase enterpriseCase);

    /** The stage a case is in while a task of this activity is open. */
    Map<String, CaseStage> stagesByActivity();
}
