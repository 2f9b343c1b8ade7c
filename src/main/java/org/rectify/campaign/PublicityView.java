package org.rectify.campaign;

import java.time.Instant;
import java.time.LocalDate;

public record PublicityView(Long id, LocalDate recordedOn, int textMessages, int leaflets, int consultations,
                            String note, String recordedBy, Instant recordedAt) {

    static PublicityView of(Publicity p) {
        return new PublicityView(p.getId(), p.getRecordedOn(), p.getTextMessages(), p.getLeaflets(),
                p.getConsultations(), p.getNote(), p.getRecordedBy(), p.getRecordedAt());
    }
}
