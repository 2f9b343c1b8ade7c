package org.rectify.enterprise;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a case through its stages to its end; an ended case refuses every change. */
@Service
@Transactional
public class CaseLifecycle {

    private final EnterpriseCaseRepository cases;
    private final LandRecordRepository landRecords;
    private final ApplicationEventPublisher events;

    CaseLifecycle(EnterpriseCaseRepository cases, LandRecordRepository landRecords, ApplicationEventPublisher events) {
        this.cases = cases;
        this.landRecords = landRecords;
        this.events = events;
    }

    public EnterpriseCase openCase(Long caseId) {
        EnterpriseCase enterpriseCase = find(caseId);
        enterpriseCase.requireOpen();
        return enterpriseCase;
    }

    @Transactional(readOnly = true)
    public EnterpriseCase find(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NoSuchElementException("caseId: no case " + caseId));
    }

    public void moveTo(Long caseId, CaseStage stage) {
        openCase(caseId).setStage(stage);
    }

    /** The case's disposition has been carried out: its outcome follows from it. */
    public EnterpriseCase end(Long caseId) {
        EnterpriseCase enterpriseCase = openCase(caseId);
        CaseOutcome outcome = CaseOutcome.of(enterpriseCase.getDisposition());
        // the features close their records first (a closed plant's hazards), then the case ends
        events.publishEvent(new CaseEnded(caseId, outcome));
        enterpriseCase.end(outcome);
        return enterpriseCase;
    }

    /**
     * Land reclaimed, structures demolished and the land's new use, while the case runs or after it
     * ended (then with a reason). A null figure keeps the one recorded before; every change is kept
     * with the figures before it, who and when.
     */
    public EnterpriseCase recordLand(Long caseId, BigDecimal reclaimedMu, BigDecimal demolishedSqm, String newUse,
                                     String reason, String userId) {
        if (reclaimedMu != null && reclaimedMu.signum() < 0) {
            throw new IllegalArgumentException("landReclaimedMu: must not be negative");
        }
        if (demolishedSqm != null && demolishedSqm.signum() < 0) {
            throw new IllegalArgumentException("structuresDemolishedSqm: must not be negative");
        }
        EnterpriseCase enterpriseCase = cases.findForUpdate(caseId)
                .orElseThrow(() -> new NoSuchElementException("caseId: no case " + caseId));
        if (enterpriseCase.getClosedAt() != null) {
            if (enterpriseCase.getOutcome() == CaseOutcome.COMPLIANT) {
                throw new EnterpriseCase.CaseEndedException("landReclaimedMu: 案件已办结且无需腾退 case " + caseId
                        + " ended compliant, without land to reclaim; it can no longer be changed");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason: 案件已办结，补录或更正须说明原因 case " + caseId
                        + " has ended; say why the figures are recorded or corrected now");
            }
        }
        LandRecord record = new LandRecord(enterpriseCase, reclaimedMu, demolishedSqm, newUse,
                reason == null || reason.isBlank() ? null : reason.strip(), userId);
        if (record.changesSomething()) {
            landRecords.save(record);
            enterpriseCase.recordLand(record.getReclaimedMu(), record.getDemolishedSqm(), record.getNewUse());
        }
        return enterpriseCase;
    }

    @Transactional(readOnly = true)
    public List<LandRecord> landHistory(Long caseId) {
        return landRecords.findByCaseIdOrderByIdAsc(caseId);
    }
}
