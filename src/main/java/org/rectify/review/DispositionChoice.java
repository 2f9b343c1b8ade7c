package org.rectify.review;

import java.time.LocalDate;
import org.rectify.enterprise.Disposition;
import org.rectify.identity.Agency;
import org.rectify.shared.FormValues;

/** Disposition, deadline and supervising agency, checked together as the forms submit them. */
public record DispositionChoice(Disposition disposition, LocalDate deadline, String supervisingAgency) {

    /**
     * @param fields the form field keys of disposition, deadline and agency, named in errors
     */
    static DispositionChoice parse(Object disposition, Object deadline, Object agency, String... fields) {
        Disposition parsed = Disposition.parse(fields[0], disposition);
        LocalDate date = FormValues.date(fields[1], deadline);
        String agencyId = agency == null || agency.toString().isBlank() ? null : agency.toString().trim();
        if (parsed.needsDeadline() && date == null) {
            throw new IllegalArgumentException(fields[1] + ": a deadline is required for " + parsed.displayName());
        }
        if (parsed.needsDeadline() && agencyId == null) {
            throw new IllegalArgumentException(fields[2] + ": a supervising agency is required for " + parsed.displayName());
        }
        if (agencyId != null && Agency.byGroupId(agencyId).filter(Agency::worksOnTasks).isEmpty()) {
            throw new IllegalArgumentException(fields[2] + ": unknown agency '" + agencyId + "'");
        }
        if (date != null && date.isBefore(LocalDate.now())) {
            throw new IllegalArgumentException(fields[1] + ": the deadline " + date + " is in the past");
        }
        return new DispositionChoice(parsed, date, agencyId);
    }
}
