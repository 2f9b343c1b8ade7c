package org.rectify.campaign;

import java.time.Instant;
import org.rectify.enterprise.Enterprise;

/** One line of a campaign's roster. */
public record RosterEntryView(Long id, Long enterpriseId, String creditCode, String name, String township,
                              String revenueBand, String status, String statusLabel, Long caseId, String addedBy,
                              Instant addedAt, Instant startedAt) {

    static RosterEntryView of(RosterEntry entry) {
        Enterprise e = entry.getEnterprise();
        return new RosterEntryView(entry.getId(), e.getId(), e.getCreditCode(), e.getName(), e.getTownship(),
                e.getRevenueBand() == null ? null : e.getRevenueBand().name(), entry.getStatus().name(),
                entry.getStatus().displayName(), entry.getCaseId(), entry.getAddedBy(), entry.getAddedAt(),
                entry.getStartedAt());
    }
}
