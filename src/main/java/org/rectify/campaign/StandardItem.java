package org.rectify.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One numbered requirement of an upgrade standard, e.g. item 25 of the 45-item standard. */
@Embeddable
public record StandardItem(
        @Column(name = "item_number", nullable = false) int number,
        @Column(length = 100) String area,
        @Column(name = "requirement", nullable = false, length = 1000) String text) {
}
