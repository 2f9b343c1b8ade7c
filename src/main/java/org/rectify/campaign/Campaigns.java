package org.rectify.campaign;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and reads campaigns. */
@Service
@Transactional
public class Campaigns {

    private final CampaignRepository campaigns;
    private final UpgradeStandardRepository standards;

    Campaigns(CampaignRepository campaigns, UpgradeStandardRepository standards) {
        this.campaigns = campaigns;
        this.standards = standards;
    }

    public CampaignView create(CampaignPlan plan, String userId) {
        check(plan);
        UpgradeStandard standard = plan.standardId() == null ? null : standards.findById(plan.standardId())
                .orElseThrow(() -> new IllegalArgumentException("standardId: no upgrade standard " + plan.standardId()));
        return CampaignView.of(campaigns.save(new Campaign(plan, standard, userId)));
    }

    @Transactional(readOnly = true)
    public CampaignView get(Long campaignId) {
        return CampaignView.of(campaign(campaignId));
    }

    @Transactional(readOnly = true)
    public List<CampaignView> list() {
        return campaigns.findAllByOrderByStartDateDescIdDesc().stream().map(CampaignView::of).toList();
    }

    Campaign campaign(Long campaignId) {
        return campaigns.findById(campaignId)
                .orElseThrow(() -> new NoSuchElementException("campaignId: no campaign " + campaignId));
    }

    /** Yearly targets must fit the campaign's years and may not add up to more than the totals. */
    private static void check(CampaignPlan plan) {
        if (plan.endDate().isBefore(plan.startDate())) {
            throw new IllegalArgumentException("endDate: 结束日期早于开始日期 the campaign ends (" + plan.endDate()
                    + ") before it starts (" + plan.startDate() + ")");
        }
        long years = ChronoUnit.YEARS.between(plan.startDate(), plan.endDate()) + 1;
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < plan.yearTargets().size(); i++) {
            YearTarget target = plan.yearTargets().get(i);
            String field = "yearTargets[" + i + "]";
            if (target.year() < 1 || target.year() > years) {
                throw new IllegalArgumentException(field + ".year: 年度超出行动期限 year " + target.year()
                        + " is outside the campaign's " + years + " year(s)");
            }
            if (!seen.add(target.year())) {
                throw new IllegalArgumentException(field + ".year: 年度重复 year " + target.year() + " is given twice");
            }
            if (negative(target.closures()) || negative(target.relocations())) {
                throw new IllegalArgumentException(field + ": 目标不能为负数 targets cannot be negative");
            }
        }
        checkSum(plan, "closureTarget", plan.closureTarget(), YearTarget::closures);
        checkSum(plan, "relocationTarget", plan.relocationTarget(), YearTarget::relocations);
    }

    private static void checkSum(CampaignPlan plan, String field, Integer total, Function<YearTarget, Integer> figure) {
        int sum = plan.yearTargets().stream().map(figure).filter(v -> v != null).mapToInt(Integer::intValue).sum();
        if (total != null && sum > total) {
            throw new IllegalArgumentException(field + ": 年度目标之和超过总目标 the yearly targets add up to " + sum
                    + ", more than the total of " + total);
        }
    }

    private static boolean negative(Integer value) {
        return value != null && value < 0;
    }
}
