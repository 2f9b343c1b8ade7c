package org.rectify.enterprise;

import java.util.List;

/**
 * A feature's share of a case's file: what it recorded on the case, as its reader may see it.
 * Each feature package contributes its own; the case file puts them in sections and on one timeline.
 */
public interface CaseFileContributor {

    /** This feature's records of the case, oldest first, worded for the reader ({@code view}). */
    List<CaseRecord> records(EnterpriseCase enterpriseCase, CaseView view);
}
