package org.rectify.review;

import static org.rectify.enterprise.EnterpriseCaseVariables.MESSAGE_REDECISION_REQUESTED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.enterprise.CaseFileContributor;
import org.rectify.enterprise.CaseRecord;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.Enterprise;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.identity.Agency;
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
    private final List<CaseFileContributor> contributors;

    CaseFiles(CaseContext context, CaseReviewService reviews, RuntimeService runtimeService, EngineAsSystem engine,
              List<CaseFileContributor> contributors) {
        this.contributors = contributors;
        this.context = context;
        this.reviews = reviews;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    public CaseFile get(Long caseId) {
        return get(caseId, CaseView.FULL);
    }

    /**
     * The case file as its reader may see it (an external reader gets no opinions, reminders or
     * officials' ids): what the case is, every record of every feature in its section, and all of
     * them on one timeline, oldest first.
     */
    @Transactional(readOnly = true)
    public CaseFile get(Long caseId, CaseView view) {
        EnterpriseCase c = context.enterpriseCase(caseId);
        boolean full = view == CaseView.FULL;
        List<CaseRecord> timeline = new ArrayList<>();
        contributors.forEach(contributor -> timeline.addAll(contributor.records(c, view)));
        timeline.sort(Comparator.comparing(CaseRecord::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(CaseFiles::flowRank));
        Map<CaseRecord.Section, List<CaseRecord>> bySection = new EnumMap<>(CaseRecord.Section.class);
        timeline.forEach(r -> bySection.computeIfAbsent(r.section(), s -> new ArrayList<>()).add(r));
        List<CaseFile.Section> sections = bySection.entrySet().stream()
                .map(e -> new CaseFile.Section(e.getKey().name(), e.getKey().displayName(), e.getValue())).toList();
        Enterprise e = c.getEnterprise();
        return new CaseFile(c.getId(), e.getCreditCode(), e.getName(),
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
                        .toList(),
                new CaseFile.Labels(c.getStage().displayName(), label(c.getSuggestedDisposition()),
                        label(c.getDisposition()), c.getOutcome() == null ? null : c.getOutcome().displayName(),
                        Agency.labelOf(c.getSupervisingAgency())),
                new CaseFile.EnterpriseFacts(e.getCreditCode(), e.getName(), e.getBusinessType().name(),
                        e.getBusinessType().displayName(), e.getTownship(), e.getVillage(), e.getAddress(),
                        full ? e.getLegalRepresentative() : null, full ? e.getContactPhone() : null,
                        e.getIndustryCategory(), e.getProducts()),
                sections, timeline, List.of());
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

    /**
     * Where a record falls in a case's course, for records of the same moment (MySQL keeps whole
     * seconds): by section, except that the enterprise's later switch and the office's order after
     * the failed rounds come after the acceptances, and hazards closed with the plant just before
     * the end. Records of one section keep the order their feature lists them in.
     */
    private static int flowRank(CaseRecord record) {
        Object kind = record.details() == null ? null : record.details().get("decisionKind");
        if ("ENTERPRISE_CHOICE".equals(kind) || "AFTER_FAILED_ROUNDS".equals(kind)) {
            return CaseRecord.Section.ACCEPTANCE.ordinal() * 2 + 1;
        }
        if ("HAZARD_CLOSED".equals(record.kind())) {
            return CaseRecord.Section.END.ordinal() * 2 - 1;
        }
        return record.section().ordinal() * 2;
    }

    private static String label(Disposition disposition) {
        return disposition == null ? null : disposition.displayName();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
