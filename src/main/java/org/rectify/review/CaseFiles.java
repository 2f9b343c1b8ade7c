package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.MESSAGE_REDECISION_REQUESTED;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.shared.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's file and handles the district office's request to re-decide a pending case. */
@Service
@Transactional
public class CaseFiles {

    private final CaseContext context;
    private final CaseReviewService reviews;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;

    CaseFiles(CaseContext context, CaseReviewService reviews, RuntimeService runtimeService, EngineAsSystem engine) {
        this.context = context;
        this.reviews = reviews;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    public CaseFile get(Long caseId) {
        return get(caseId, CaseView.FULL);
    }

    /** The case file as its reader may see it: an external reader gets no opinions and no officials' ids. */
    @Transactional(readOnly = true)
    public CaseFile get(Long caseId, CaseView view) {
        EnterpriseCase c = context.enterpriseCase(caseId);
        boolean full = view == CaseView.FULL;
        return new CaseFile(c.getId(), c.getEnterprise().getCreditCode(), c.getEnterprise().getName(),
                c.getCampaignId(), full ? c.getProcessInstanceId() : null, c.getStage().name(), name(c.getSuggestedDisposition()),
                name(c.getDisposition()), c.getDeadline(), c.getSupervisingAgency(), c.isAddedAtVerification(),
                c.getOpenedAt(), name(c.getOutcome()), c.getClosedAt(), c.getLandReclaimedMu(),
                c.getStructuresDemolishedSqm(), c.getLandNewUse(),
                reviews.findings(caseId).stream()
                        .map(f -> new CaseFile.Finding(f.getDimension().name(), f.isCompliant(), f.getNote())).toList(),
                (full ? reviews.opinions(caseId) : List.<AgencyOpinion>of()).stream()
                        .map(o -> new CaseFile.Opinion(o.getAgency(), o.getProposedDisposition().name(),
                                o.getOpinionText(), o.getGivenBy(), o.getGivenAt())).toList(),
                reviews.decisions(caseId).stream()
                        .map(d -> new CaseFile.DecisionEntry(d.getId(), d.getKind().name(), d.getDisposition().name(),
                                d.getDeadline(), d.getSupervisingAgency(), d.getReasoning(), view.who(d.getDecidedBy()),
                                d.getDecidedAt(), d.getAmendsId(), view.who(d.getConfirmedBy()), d.getConfirmedAt()))
                        .toList());
    }

    public void requestRedecision(Long caseId) {
        EnterpriseCase c = context.enterpriseCase(caseId);
        c.requireOpen();
        if (c.getStage() != CaseStage.PENDING) {
            throw new IllegalStateException("caseId: case " + caseId + " is not pending (stage " + c.getStage() + ")");
        }
        engine.run(() -> runtimeService.createMessageCorrelation(MESSAGE_REDECISION_REQUESTED)
                .processInstanceId(c.getProcessInstanceId())
                .correlate());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
