package org.rectify.enterprise;

import java.math.BigDecimal;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a case through its stages to its end; an ended case refuses every change. */
@Service
@Transactional
public class CaseLifecycle {

    private final EnterpriseCaseRepository cases;

    CaseLifecycle(EnterpriseCaseRepository cases) {
        this.cases = cases;
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
        enterpriseCase.end(CaseOutcome.of(enterpriseCase.getDisposition()));
        return enterpriseCase;
    }

    public EnterpriseCase recordLand(Long caseId, BigDecimal reclaimedMu, BigDecimal demolishedSqm, String newUse) {
        if (reclaimedMu != null && reclaimedMu.signum() < 0) {
            throw new IllegalArgumentException("landReclaimedMu: must not be negative");
        }
        if (demolishedSqm != null && demolishedSqm.signum() < 0) {
            throw new IllegalArgumentException("structuresDemolishedSqm: must not be negative");
        }
        EnterpriseCase enterpriseCase = openCase(caseId);
        enterpriseCase.recordLand(reclaimedMu, demolishedSqm, newUse);
        return enterpriseCase;
    }
}
