package org.rectify.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rectify.enterprise.CaseRecord;

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
        List<DecisionEntry> decisions,
        Labels labels,
        EnterpriseFacts enterprise,
        List<Section> sections,
        List<CaseRecord> timeline,
        List<String> actions) {

    /** What the case file's reader may do on this case now (the server checks each again when it is done). */
    public enum Action { UPLOAD_REPORT, REDECIDE, SWITCH_PATH, RECORD_LAND, EXTEND_DEADLINE }

    public CaseFile withActions(List<Action> allowed) {
        return new CaseFile(id, creditCode, enterpriseName, campaignId, processInstanceId, stage, suggestedDisposition,
                disposition, deadline, supervisingAgency, addedAtVerification, openedAt, outcome, closedAt,
                landReclaimedMu, structuresDemolishedSqm, landNewUse, findings, opinions, decisions, labels, enterprise,
                sections, timeline, allowed.stream().map(Enum::name).toList());
    }

    /** The bilingual names of the case's codes, as a reader sees them. */
    public record Labels(String stage, String suggestedDisposition, String disposition, String outcome,
                         String supervisingAgency) {
    }

    /** Who the enterprise is; contact details only for readers inside the agencies and for the enterprise itself. */
    public record EnterpriseFacts(String creditCode, String name, String businessType, String businessTypeLabel,
                                  String township, String village, String address, String legalRepresentative,
                                  String contactPhone, String industryCategory, String products) {
    }

    /** One section of the file with its records, oldest first. */
    public record Section(String key, String label, List<CaseRecord> records) {
    }

    public record Finding(String dimension, boolean compliant, String note) {
    }

    public record Opinion(String agency, String proposedDisposition, String text, String givenBy, Instant givenAt) {
    }

    public record DecisionEntry(Long id, String kind, String disposition, LocalDate deadline, String supervisingAgency,
                                String reasoning, String decidedBy, Instant decidedAt, Long amendsId,
                                String confirmedBy, Instant confirmedAt) {
    }
}
