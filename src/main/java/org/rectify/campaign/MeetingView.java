package org.rectify.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record MeetingView(Long id, LocalDate heldOn, String kind, String kindLabel, String title, String attendees,
                          Integer attendeeCount, List<Signatory> commitments, String note, String recordedBy,
                          Instant recordedAt) {

    /** An enterprise that signed the commitment letter (承诺书) at the meeting. */
    public record Signatory(Long enterpriseId, String creditCode, String name) {
    }
}
