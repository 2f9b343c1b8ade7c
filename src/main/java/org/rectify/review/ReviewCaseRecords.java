package org.rectify.review;

import static org.rectify.enterprise.CaseRecord.Section.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectify.enterprise.CaseFileContributor;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseRecord;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.LandRecord;
import org.rectify.identity.Agency;
import org.springframework.stereotype.Component;

/** The review's share of the case file: the opening, the survey, the opinions, the decisions, land, the end. */
@Component
class ReviewCaseRecords implements CaseFileContributor {

    private final CaseReviewService reviews;
    private final CaseLifecycle lifecycle;

    ReviewCaseRecords(CaseReviewService reviews, CaseLifecycle lifecycle) {
        this.reviews = reviews;
        this.lifecycle = lifecycle;
    }

    @Override
    public List<CaseRecord> records(EnterpriseCase c, CaseView view) {
        List<CaseRecord> records = new ArrayList<>();
        Map<String, Object> opening = new LinkedHashMap<>();
        opening.put("campaignId", c.getCampaignId());
        opening.put("addedAtVerification", c.isAddedAtVerification());
        records.add(new CaseRecord(OPENING, c.getOpenedAt(), "OPENED", "立案 Case opened",
                c.isAddedAtVerification() ? "现场核查时增列，从现场核查开始 Added at on-site verification, starts there"
                        : "从调查摸底开始 Starts with the survey", null, opening, null));
        survey(c, view, records);
        if (view == CaseView.FULL) {
            for (AgencyOpinion o : reviews.opinions(c.getId())) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("agency", o.getAgency());
                details.put("agencyLabel", Agency.labelOf(o.getAgency()));
                details.put("proposedDisposition", o.getProposedDisposition().name());
                details.put("proposedDispositionLabel", o.getProposedDisposition().displayName());
                details.put("opinion", o.getOpinionText());
                records.add(new CaseRecord(REVIEW, o.getGivenAt(), "OPINION", "会审意见 Opinion: " + Agency.labelOf(o.getAgency()),
                        "建议 Proposes " + o.getProposedDisposition().displayName() + " - " + o.getOpinionText(),
                        o.getGivenBy(), details, null));
            }
        }
        decisions(c, view, records);
        for (LandRecord l : lifecycle.landHistory(c.getId())) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("landReclaimedMuBefore", l.getReclaimedMuBefore());
            details.put("landReclaimedMu", l.getReclaimedMu());
            details.put("structuresDemolishedSqmBefore", l.getDemolishedSqmBefore());
            details.put("structuresDemolishedSqm", l.getDemolishedSqm());
            details.put("landNewUseBefore", l.getNewUseBefore());
            details.put("landNewUse", l.getNewUse());
            details.put("afterEnd", l.isAfterEnd());
            details.put("reason", l.getReason());
            records.add(new CaseRecord(LAND, l.getRecordedAt(), "LAND",
                    l.isAfterEnd() ? "办结后补录土地 Land recorded after the end" : "登记土地 Land recorded",
                    "腾退 reclaimed " + change(l.getReclaimedMuBefore(), l.getReclaimedMu()) + " 亩 mu; 拆除 demolished "
                            + change(l.getDemolishedSqmBefore(), l.getDemolishedSqm()) + " m²; 新用途 new use "
                            + change(l.getNewUseBefore(), l.getNewUse())
                            + (l.getReason() == null ? "" : " - 原因 Reason: " + l.getReason()),
                    view.who(l.getRecordedBy()), details, null));
        }
        if (c.getClosedAt() != null) {
            records.add(new CaseRecord(END, c.getClosedAt(), "ENDED", "办结 Case ended",
                    c.getOutcome().displayName(), null, Map.of("outcome", c.getOutcome().name()), null));
        }
        return records;
    }

    private void survey(EnterpriseCase c, CaseView view, List<CaseRecord> records) {
        if (c.getSurveyedAt() == null) {
            return;
        }
        List<SurveyFinding> findings = reviews.findings(c.getId());
        List<Map<String, Object>> lines = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (SurveyFinding f : findings) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("dimension", f.getDimension().name());
            line.put("dimensionLabel", f.getDimension().displayName());
            line.put("compliant", f.isCompliant());
            line.put("note", f.getNote());
            lines.add(line);
            if (!f.isCompliant()) {
                failing.add(f.getDimension().displayName());
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("productionRunning", c.getProductionRunning());
        details.put("approvalsPresent", c.getApprovalsPresent());
        details.put("suggestedDisposition", c.getSuggestedDisposition() == null ? null : c.getSuggestedDisposition().name());
        details.put("findings", lines);
        records.add(new CaseRecord(SURVEY, c.getSurveyedAt(), "SURVEY", "调查摸底 Survey",
                (Boolean.TRUE.equals(c.getProductionRunning()) ? "在产 Producing" : "停产 Not producing") + "; "
                        + (failing.isEmpty() ? "各项符合 every item compliant" : "不符合 Not compliant: "
                        + String.join("、", failing))
                        + (c.getSuggestedDisposition() == null ? ""
                        : "; 建议处置 suggested " + c.getSuggestedDisposition().displayName()),
                view.who(c.getSurveyedBy()), details, null));
    }

    private void decisions(EnterpriseCase c, CaseView view, List<CaseRecord> records) {
        boolean firstReview = true;
        for (Decision d : reviews.decisions(c.getId())) {
            String kind;
            String label;
            if (d.getKind() == Decision.Kind.VERIFICATION) {
                kind = "VERIFICATION_AMENDMENT";
                label = "核查调整 Amended at on-site verification";
            } else if (firstReview) {
                kind = "REVIEW";
                label = "会审决定 Decision of the joint review";
                firstReview = false;
            } else {
                kind = "REDECISION";
                label = "重新决定 Re-decision";
            }
            Map<String, Object> details = CaseRecord.decision(kind, d.getDisposition(), d.getReasoning());
            details.put("decisionId", d.getId());
            details.put("deadline", d.getDeadline());
            details.put("supervisingAgency", d.getSupervisingAgency());
            details.put("supervisingAgencyLabel", Agency.labelOf(d.getSupervisingAgency()));
            details.put("amendsId", d.getAmendsId());
            records.add(new CaseRecord(DECISIONS, d.getDecidedAt(), "DECISION", label,
                    d.getDisposition().displayName() + (d.getDeadline() == null ? "" : "，期限 due " + d.getDeadline())
                            + (d.getSupervisingAgency() == null ? "" : "，牵头 lead " + Agency.labelOf(d.getSupervisingAgency()))
                            + (d.getReasoning() == null || d.getReasoning().isBlank() ? "" : " - " + d.getReasoning()),
                    view.who(d.getDecidedBy()), details, null));
            if (d.getConfirmedAt() != null) {
                records.add(new CaseRecord(DECISIONS, d.getConfirmedAt(), "CONFIRMATION", "核查确认 Confirmed on site",
                        d.getDisposition().displayName() + (d.getConfirmationNote() == null ? "" : " - " + d.getConfirmationNote()),
                        view.who(d.getConfirmedBy()), Map.of("decisionId", d.getId()), null));
            }
        }
    }

    private static String change(Object before, Object after) {
        String a = after == null ? "-" : after.toString();
        if (before == null || before.toString().equals(a)) {
            return a;
        }
        return before + " → " + a;
    }
}
