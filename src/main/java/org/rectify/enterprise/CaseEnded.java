package org.rectify.enterprise;

/** Published in the transaction in which a case ends, just before, for the features that close their own records with it. */
public record CaseEnded(Long caseId, CaseOutcome outcome) {
}
