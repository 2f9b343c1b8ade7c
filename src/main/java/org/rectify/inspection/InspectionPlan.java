package org.rectify.inspection;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the bureau plans: the campaign's name, area and period, how many units are drawn, from which
 * kinds of place, risks and townships (empty: all of the register), and the draw's conflict rule.
 */
public record InspectionPlan(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String areaName,
        @Size(max = 2000) String scope,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Min(1) @Max(5000) int targetUnits,
        List<PlaceKind> placeKinds,
        List<RiskLevel> risks,
        List<@NotBlank @Size(max = 100) String> townships,
        /** no inspector is drawn for a unit of their own township (default true) */
        Boolean excludeSameTownship,
        /** working days a unit is given to rectify what it was ordered to (default 10) */
        @Min(1) @Max(120) Integer rectificationDays) {

    @AssertTrue(message = "endDate: must not be before startDate")
    boolean isPeriodOrdered() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
