package org.rectify.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Registers a market-regulation user as an inspector, or changes the registration. */
public record InspectorEntry(@NotBlank @Size(max = 64) String userId, @NotBlank @Size(max = 40) String certificateNumber,
                             @NotBlank @Size(max = 100) String township, Boolean active) {
}
