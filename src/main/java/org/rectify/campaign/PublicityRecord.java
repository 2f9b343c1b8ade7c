package org.rectify.campaign;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Publicity counts for a day or a period, added up in the campaign's progress. */
public record PublicityRecord(
        @NotNull LocalDate recordedOn,
        @PositiveOrZero int textMessages,
        @PositiveOrZero int leaflets,
        @PositiveOrZero int consultations,
        @Size(max = 2000) String note) {
}
