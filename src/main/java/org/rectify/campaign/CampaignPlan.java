package org.rectify.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A new campaign as the district office describes it. */
public record CampaignPlan(
        @NotBlank @Size(max = 200) String name,
        @NotNull CampaignLevel level,
        @NotBlank @Size(max = 100) String areaName,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Size(max = 200) String leadingGroup,
        Long standardId,
        @PositiveOrZero Integer closureTarget,
        @PositiveOrZero Integer relocationTarget,
        List<YearTarget> yearTargets) {

    public CampaignPlan {
        yearTargets = yearTargets == null ? List.of() : List.copyOf(yearTargets);
    }
}
