package org.rectify.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a campaign year must achieve: the town report's "year one 18 closures, year two 12".
 * Years count from the campaign's start date; null means the report sets no figure.
 */
@Embeddable
public record YearTarget(
        @Column(name = "year_number", nullable = false) int year,
        Integer closures,
        Integer relocations) {
}
