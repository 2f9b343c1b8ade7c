package org.rectify.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as recorded: who attended and which enterprises on the roster (by credit code)
 * signed the commitment letter there.
 */
public record MeetingRecord(
        @NotNull LocalDate heldOn,
        @NotNull MeetingKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String attendees,
        @PositiveOrZero Integer attendeeCount,
        List<String> commitmentCreditCodes,
        @Size(max = 4000) String note) {

    public MeetingRecord {
        commitmentCreditCodes = commitmentCreditCodes == null ? List.of() : List.copyOf(commitmentCreditCodes);
    }
}
