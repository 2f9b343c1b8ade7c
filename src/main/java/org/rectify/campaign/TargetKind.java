package org.rectify.campaign;

import java.util.Set;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.Disposition;

/**
 * What counts towards a campaign's targets. "关闭化工生产企业30家" counts plants that stop
 * chemical production, so enterprises already stopped and those converted to services (退二进三)
 * count as closures alongside the closed ones.
 */
enum TargetKind {
    CLOSURE(Set.of(Disposition.CLOSE, Disposition.ALREADY_STOPPED, Disposition.CONVERT_TO_SERVICES),
            Set.of(CaseOutcome.CLOSED, CaseOutcome.CONVERTED)),
    RELOCATION(Set.of(Disposition.RELOCATE_TO_PARK), Set.of(CaseOutcome.RELOCATED));

    /** decided: the disposition in force sends the case this way */
    final Set<Disposition> dispositions;
    /** achieved: the case ended this way */
    final Set<CaseOutcome> outcomes;

    TargetKind(Set<Disposition> dispositions, Set<CaseOutcome> outcomes) {
        this.dispositions = dispositions;
        this.outcomes = outcomes;
    }
}
