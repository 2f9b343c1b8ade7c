package org.rectify.closure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rectify.closure.LicenceAction.Action;
import org.rectify.closure.LicenceAction.PermitFate;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.Disposition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the end of a plant: notice, on-site checks, units removed, licence, relocation and land. */
@Service
@Transactional
public class ClosureService {

    private final CaseLifecycle lifecycle;
    private final ClosureNoticeRepository notices;
    private final ClosureCheckRepository checks;
    private final EliminatedUnitRepository units;
    private final LicenceActionRepository licenceActions;
    private final RelocationPlanRepository relocations;

    ClosureService(CaseLifecycle lifecycle, ClosureNoticeRepository notices, ClosureCheckRepository checks,
                   EliminatedUnitRepository units, LicenceActionRepository licenceActions,
                   RelocationPlanRepository relocations) {
        this.lifecycle = lifecycle;
        this.notices = notices;
        this.checks = checks;
        this.units = units;
        this.licenceActions = licenceActions;
        this.relocations = relocations;
    }

    public ClosureNotice issueNotice(Long caseId, Disposition kind, LocalDate stopBy, String text, String userId) {
        lifecycle.openCase(caseId);
        if (stopBy == null) {
            throw new IllegalArgumentException(ClosureVariables.STOP_PRODUCTION_BY + ": a date is required");
        }
        if (stopBy.isBefore(LocalDate.now())) {
            throw new IllegalArgumentException(ClosureVariables.STOP_PRODUCTION_BY + ": " + stopBy + " is in the past");
        }
        return notices.save(new ClosureNotice(caseId, kind, stopBy, text, userId));
    }

    /**
     * A closure passes only when every item is done; otherwise a re-check date is required.
     * Units removed are required when the closure eliminates lines.
     */
    public ClosureCheck check(Long caseId, Disposition kind, ClosureItems items, List<UnitCount> removed,
                              BigDecimal landMu, BigDecimal demolishedSqm, LocalDate recheckDate, String note,
                              String userId) {
        lifecycle.openCase(caseId);
        if (!items.allDone()) {
            if (recheckDate == null) {
                throw new IllegalArgumentException(ClosureVariables.RECHECK_DATE
                        + ": a re-check date is required because these items are not done: "
                        + String.join(", ", items.missing()));
            }
            if (!recheckDate.isAfter(LocalDate.now())) {
                throw new IllegalArgumentException(ClosureVariables.RECHECK_DATE + ": " + recheckDate
                        + " must be after today");
            }
        }
        if (items.allDone() && kind == Disposition.ELIMINATE_LINES && removed.isEmpty()
                && units.findByCaseIdOrderByIdAsc(caseId).isEmpty()) {
            throw new IllegalArgumentException(ClosureVariables.ELIMINATED_UNITS
                    + ": name the units or lines removed (one per line: type, count)");
        }
        removed.forEach(u -> units.save(new EliminatedUnit(caseId, u.type(), u.count(), userId)));
        lifecycle.recordLand(caseId, landMu, demolishedSqm, null, null, userId);
        int round = checks.findByCaseIdOrderByIdAsc(caseId).size() + 1;
        return checks.save(new ClosureCheck(caseId, round, items, items.allDone() ? null : recheckDate, note, userId));
    }

    public LicenceAction recordLicenceAction(Long caseId, Action action, String number, LocalDate date,
                                             PermitFate safetyLicence, PermitFate dischargePermit, String note,
                                             String userId) {
        lifecycle.openCase(caseId);
        if (date != null && date.isAfter(LocalDate.now())) {
            throw new IllegalArgumentException(ClosureVariables.LICENCE_ACTION_DATE + ": " + date
                    + " is in the future; record the licence action once it is done");
        }
        return licenceActions.save(new LicenceAction(caseId, action, number, date, safetyLicence, dischargePermit,
                note, userId));
    }

    public RelocationPlan planRelocation(Long caseId, String park, LocalDate move, LocalDate completion, String text,
                                         String userId) {
        lifecycle.openCase(caseId);
        if (completion.isBefore(move)) {
            throw new IllegalArgumentException(ClosureVariables.PLANNED_COMPLETION_DATE + ": " + completion
                    + " is before the planned move date " + move);
        }
        return relocations.save(new RelocationPlan(caseId, park, move, completion, text, userId));
    }

    public RelocationPlan acceptNewSite(Long caseId, boolean accepted, String note, String userId) {
        lifecycle.openCase(caseId);
        RelocationPlan plan = relocations.findFirstByCaseIdOrderByIdDesc(caseId)
                .orElseThrow(() -> new IllegalArgumentException("caseId: case " + caseId + " has no relocation plan"));
        plan.accept(accepted, note, userId);
        return plan;
    }

    public void recordLandReuse(Long caseId, String newUse, BigDecimal landMu, String userId) {
        lifecycle.openCase(caseId);
        lifecycle.recordLand(caseId, landMu, null, newUse, null, userId);
    }

    @Transactional(readOnly = true)
    public ClosureRecord record(Long caseId) {
        return new ClosureRecord(notices.findByCaseIdOrderByIdAsc(caseId), checks.findByCaseIdOrderByIdAsc(caseId),
                units.findByCaseIdOrderByIdAsc(caseId), licenceActions.findByCaseIdOrderByIdAsc(caseId),
                relocations.findByCaseIdOrderByIdAsc(caseId));
    }

    /** Everything this package recorded on one case. */
    public record ClosureRecord(List<ClosureNotice> notices, List<ClosureCheck> checks, List<EliminatedUnit> units,
                                List<LicenceAction> licenceActions, List<RelocationPlan> relocations) {
    }
}
