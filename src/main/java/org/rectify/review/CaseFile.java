package org.rectify.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything recorded on one case, as the API returns it. */
public record CaseFile(
        Long id,
        String creditCode,
        String enterpriseName,
        Long campaignId,
        String processInstanceId,
        String stage,
        String suggestedDisposition,
        String disposition,
        LocalDate deadline,
        String supervisingAgency,
        boolean addedAtVerification,
        Instant openedAt,
        String outcome,
        Instant closedAt,
        java.math.BigDecimal landReclaimedMu,
        java.math.BigDecimal structuresDemolishedSqm,
        String landNewUse,
        List<Finding> findings,
        List<Opinion> opinions,
        List<DecisionEntry> decisions) {

    public record Finding(String dimension, boolean compliant, String note) {
    }

    public record Opinion(String agency, String proposedDisposition, String text, String givenBy, Instant givenAt) {
    }

    public record DecisionEntry(Long id, String kind, String disposition, LocalDate deadline, String supervisingAgency,
                                String reasoning, String decidedBy, Instant decidedAt, Long amendsId,
                                String confirmedBy, Instant confirmedAt) {
    }
}
