package org.rectify.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Publicity of one occasion, as the county report counts it. */
public record PublicityEntry(
        @NotNull LocalDate recordedOn,
        @Size(max = 200) String occasion,
        @Min(0) @Max(10_000_000) int textMessages,
        @Min(0) @Max(1000) int bigScreens,
        @Min(0) @Max(100_000) int banners,
        @Min(0) @Max(100_000) int displayBoards,
        @Min(0) @Max(1000) int publicityVehicles,
        @Min(0) @Max(10_000_000) int leaflets,
        @Min(0) @Max(10_000_000) int booklets,
        @Min(0) @Max(10_000_000) int consultations) {
}
