package org.rectify.campaign;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
        List<YearTarget> yearTargets,
        /** the whole area's industrial sales in 10,000 yuan (万元): the summary states the campaign's share */
        @DecimalMin("0") @Digits(integer = 14, fraction = 2,
                message = "金额最多14位整数、2位小数 at most 99999999999999.99 (10,000 yuan)") BigDecimal areaIndustrySales,
        /** the area's producing enterprises of every industry: the summary states the chemical producers' share */
        @PositiveOrZero @Max(value = 100_000_000, message = "企业数过大 at most 100000000") Integer areaProducers) {

    public CampaignPlan {
        yearTargets = yearTargets == null ? List.of() : List.copyOf(yearTargets);
    }

    /** A plan without the area's industrial sales (the summary then states no sales share). */
    public CampaignPlan(String name, CampaignLevel level, String areaName, LocalDate startDate, LocalDate endDate,
                        String leadingGroup, Long standardId, Integer closureTarget, Integer relocationTarget,
                        List<YearTarget> yearTargets) {
        this(name, level, areaName, startDate, endDate, leadingGroup, standardId, closureTarget, relocationTarget,
                yearTargets, null, null);
    }

    /** A plan without the area's number of producers (the summary then states no share of them). */
    public CampaignPlan(String name, CampaignLevel level, String areaName, LocalDate startDate, LocalDate endDate,
                        String leadingGroup, Long standardId, Integer closureTarget, Integer relocationTarget,
                        List<YearTarget> yearTargets, BigDecimal areaIndustrySales) {
        this(name, level, areaName, startDate, endDate, leadingGroup, standardId, closureTarget, relocationTarget,
                yearTargets, areaIndustrySales, null);
    }
}
