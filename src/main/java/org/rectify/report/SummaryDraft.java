package org.rectify.report;

import static org.rectify.report.ReportText.amount;
import static org.rectify.report.ReportText.campaignYear;
import static org.rectify.report.ReportText.clauses;
import static org.rectify.report.ReportText.decimal;
import static org.rectify.report.ReportText.percent;
import static org.rectify.report.ReportText.period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rectify.campaign.CampaignProgress;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Progress;
import org.rectify.deadline.OverdueView;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.RevenueBand;
import org.rectify.identity.Agency;
import org.rectify.rectification.FirmPerformance;
import org.rectify.rectification.FirmPerformance.FirmRecord;
import org.rectify.rectification.Hazard;
import org.rectify.report.Summary.Block;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts the work summary (工作总结) of one campaign, or of several together (a city's campaigns
 * in one report, with their totals), in the order and wording of a town office's report: the
 * situation, the targets, the work done (see {@link WorkDone}), the difficulties and next steps.
 * Every number comes from a query; a clause about nothing is left out.
 */
@Component
@Transactional(readOnly = true)
class SummaryDraft {

    /** a report over more campaigns than this is refused: nobody reads such a table */
    static final int MAX_CAMPAIGNS = 50;

    private final Campaigns campaigns;
    private final CampaignProgress progress;
    private final ReportQueries queries;
    private final OverdueView overdue;
    private final FirmPerformance firms;
    private final WorkDone work;

    SummaryDraft(Campaigns campaigns, CampaignProgress progress, ReportQueries queries, OverdueView overdue,
                 FirmPerformance firms, WorkDone work) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.queries = queries;
        this.overdue = overdue;
        this.firms = firms;
        this.work = work;
    }

    Summary draft(List<Long> campaignIds, Lang lang) {
        List<Long> ids = campaignIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(campaignIds));
        if (ids.isEmpty() || ids.contains(null)) {
            throw new IllegalArgumentException("campaignId: name the campaigns, e.g. ?campaignId=1&campaignId=2");
        }
        if (ids.size() > MAX_CAMPAIGNS) {
            throw new IllegalArgumentException("campaignId: at most " + MAX_CAMPAIGNS + " campaigns in one report, not "
                    + ids.size());
        }
        List<CampaignView> views = ids.stream().map(campaigns::get).toList();
        SummaryScope scope = new SummaryScope(views, ids.stream().map(progress::of).toList(), ids);
        List<Section> sections = new ArrayList<>();
        sections.add(situation(scope, lang));
        sections.add(targets(scope, lang));
        sections.add(work.section(scope, lang));
        sections.add(difficulties(scope, lang));
        sections.add(new Section(lang.t("五、下一步工作", "5. Next steps"), List.of(new Placeholder(lang.t(
                "【待领导小组填写】请在此写明下一步工作安排。",
                "[To be written by the leading group] Set out the next steps here.")))));
        return new Summary(title(scope, lang), List.of(opening(scope, lang)), sections);
    }

    private static String title(SummaryScope scope, Lang lang) {
        if (!scope.combined()) {
            return lang.t(lang.pick(scope.single().name()) + "工作总结", lang.pick(scope.single().name())
                    + ": work summary");
        }
        return lang.t(scope.areas() + "化工企业专项整治工作总结（" + scope.campaigns().size() + "项行动）",
                scope.areas() + ": chemical enterprise rectification, work summary of " + scope.campaigns().size()
                        + " campaigns");
    }

    /** who organised what, since when: the paragraph before the first heading */
    private static Block opening(SummaryScope scope, Lang lang) {
        if (scope.combined()) {
            List<String> names = scope.campaigns().stream().map(c -> lang.pick(c.name())).toList();
            return new Text(lang.t("本总结汇总" + scope.areas() + "的" + scope.campaigns().size() + "项化工企业专项整治行动："
                            + ReportText.list(names, lang) + "。现将工作情况总结如下。",
                    "This report sums up " + scope.campaigns().size() + " chemical enterprise rectification campaigns"
                            + " in " + scope.areas() + ": " + ReportText.list(names, lang) + "."));
        }
        CampaignView c = scope.single();
        String group = c.leadingGroup() == null || c.leadingGroup().isBlank() ? null : lang.pick(c.leadingGroup());
        return new Text(lang.t("按照化工企业专项整治工作部署，自" + ReportText.month(c.startDate(), lang) + "起，"
                        + (group == null ? "" : group + "组织") + "对" + c.areaName() + "列入整治名单的企业，从安全生产、"
                        + "环境保护、技术质量、人员资质、土地、能耗、项目审核和工商登记等八个方面逐一调查摸底，"
                        + "明确整治方向和目标。现将工作情况总结如下。",
                "From " + ReportText.month(c.startDate(), lang) + ", " + (group == null ? "the campaign"
                        : group.toLowerCase(java.util.Locale.ROOT).startsWith("the ") ? group : "the " + group)
                        + " surveyed every enterprise on the list in " + c.areaName() + " against the eight access"
                        + " requirements (safety production, environmental protection, technology and quality,"
                        + " personnel qualifications, land, energy consumption, project approval and business"
                        + " registration) and set the direction and targets of the rectification. This report sums"
                        + " up the work."));
    }

    private Section situation(SummaryScope scope, Lang lang) {
        List<Long> ids = scope.ids();
        Map<BusinessType, Long> byType = byType(queries.countByBusinessType(ids));
        long producers = byType.getOrDefault(BusinessType.PRODUCER, 0L);
        long distributors = byType.getOrDefault(BusinessType.DISTRIBUTOR, 0L);
        List<Block> blocks = new ArrayList<>();
        if (producers + distributors == 0) {
            blocks.add(new Text(lang.t("名单中尚无企业。", "No enterprise is on the list yet.")));
            if (scope.combined()) {
                blocks.add(work.byCampaign(scope, lang));
            }
            return new Section(lang.t("一、基本情况", "1. The situation"), blocks);
        }
        List<Object[]> bands = queries.countByRevenueBand(ids, BusinessType.PRODUCER).stream()
                .sorted(Comparator.comparingInt(r -> r[0] == null ? Integer.MAX_VALUE : ((RevenueBand) r[0]).ordinal()))
                .toList();
        BigDecimal sales = bands.stream().map(r -> (BigDecimal) r[2]).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder text = new StringBuilder(kinds(scope, producers, distributors, lang));
        if (producers > 0) {
            text.append(scale(bands, producers, queries.countAboveScale(ids, BusinessType.PRODUCER), lang))
                    .append(sales(scope, sales, producers, queries.countWithoutSales(ids, BusinessType.PRODUCER), lang));
        }
        blocks.add(new Text(text.toString()));
        if (scope.combined()) {
            blocks.add(work.byCampaign(scope, lang));
        }
        if (producers > 0) {
            String caption = lang.t("化工生产企业按营业收入", "Producers by revenue band");
            blocks.add(new Table(caption, List.of(caption, lang.t("企业数", "Enterprises"),
                    lang.t("年销售额（万元）", "Sales (10k yuan)"), lang.t("占销售额", "Share of sales")),
                    bands.stream().map(r -> List.of(r[0] == null ? lang.t("未填报", "Not given")
                                    : lang.pick(((RevenueBand) r[0]).displayName()), String.valueOf(number(r[1])),
                            r[2] == null ? "—" : decimal((BigDecimal) r[2]),
                            Objects.requireNonNullElse(percent((BigDecimal) r[2], sales), "—"))).toList()));
        }
        return new Section(lang.t("一、基本情况", "1. The situation"), blocks);
    }

    /** producers, their share of the area's producers, and distributors on their own */
    private static String kinds(SummaryScope scope, long producers, long distributors, Lang lang) {
        BigDecimal areaProducers = scope.areaFigure(c -> c.areaProducers() == null ? null
                : BigDecimal.valueOf(c.areaProducers()));
        String share = percent(BigDecimal.valueOf(producers), areaProducers);
        String where = scope.combined()
                ? lang.t("纳入" + scope.campaigns().size() + "项整治行动的", "in the " + scope.campaigns().size() + " campaigns")
                : lang.t(scope.single().areaName() + "列入本次整治行动的", "in " + scope.single().areaName()
                        + " listed for this campaign");
        if (lang == Lang.ZH) {
            return "经调查摸底，" + where + clauses("，", producers == 0 ? null : "化工生产企业" + producers + "家"
                    + (share == null || producers == 0 ? "" : "，占" + scope.areas() + "生产企业的" + share),
                    distributors == 0 ? null : "化工流通企业" + distributors + "家") + "。";
        }
        String producerText = producers == 0 ? null : count(producers, "chemical producer")
                + (share == null ? "" : " (" + share + " of the producers in " + scope.areas() + ")");
        return "The survey found " + ReportText.list(Stream.of(producerText,
                distributors == 0 ? null : count(distributors, "chemical distributor")).filter(Objects::nonNull)
                .toList(), lang) + " " + where + ".";
    }

    /** the producers by revenue band and above or below designated size */
    private static String scale(List<Object[]> bands, long producers, long above, Lang lang) {
        List<String> known = new ArrayList<>();
        long unknown = 0;
        for (Object[] band : bands) {
            if (band[0] == null) {
                unknown = number(band[1]);
            } else {
                known.add(lang.t(lang.pick(((RevenueBand) band[0]).displayName()) + number(band[1]) + "家",
                        bandEnglish((RevenueBand) band[0], number(band[1]))));
            }
        }
        String bandClause = known.isEmpty() ? null : lang == Lang.ZH
                ? "营业收入" + String.join("，", known) + (unknown > 0 ? "，未填报营业收入" + unknown + "家" : "")
                : "by revenue, " + ReportText.list(known, lang) + (unknown > 0 ? " (" + unknown + " did not say)" : "");
        String scaleClause = above == 0 ? lang.t("均为规模以下企业", "all are below designated size")
                : above == producers ? lang.t("均为规模以上企业", "all are above designated size")
                : lang.t("规模以上企业" + above + "家，其余" + (producers - above) + "家为规模以下企业",
                        above + " are above designated size and the other " + (producers - above) + " below");
        return lang.t("化工生产企业中，" + clauses("；", bandClause, scaleClause) + "。",
                " Of the producers, " + clauses("; ", bandClause, scaleClause) + ".");
    }

    private static String bandEnglish(RevenueBand band, long n) {
        return switch (band) {
            case ABOVE_5M -> n + " above 5 M yuan";
            case FROM_2M_TO_5M -> n + " from 2 to 5 M yuan";
            case BELOW_2M -> n + " below 2 M yuan";
        };
    }

    /** the producers' sales, and their share of the area's industrial sales where every campaign gives it */
    private static String sales(SummaryScope scope, BigDecimal sales, long producers, long withoutSales, Lang lang) {
        if (withoutSales == producers) {
            return lang.t("化工生产企业均未填报销售额。", " None of the producers reported its sales.");
        }
        String share = percent(sales, scope.areaFigure(CampaignView::areaIndustrySales));
        return lang.t("化工生产企业实现销售" + amount(sales, lang)
                        + (share == null ? "" : "，占" + scope.areas() + "工业销售额的" + share)
                        + (withoutSales > 0 ? "（另有" + withoutSales + "家未填报）" : "") + "。",
                " Sales of the producers came to " + amount(sales, lang)
                        + (share == null ? "" : ", " + share + " of the industrial sales of " + scope.areas())
                        + (withoutSales > 0 ? " (" + withoutSales + " did not report theirs)" : "") + ".");
    }

    private Section targets(SummaryScope scope, Lang lang) {
        List<Block> blocks = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < scope.campaigns().size(); i++) {
            CampaignView campaign = scope.campaigns().get(i);
            Progress.Targets targets = scope.progress().get(i).targets();
            String sentence = targetSentence(campaign, targets.years(), lang);
            if (sentence != null) {
                sentences.add(scope.combined() ? lang.pick(campaign.name()) + lang.t("：", ": ") + sentence : sentence);
            }
            String prefix = scope.combined() ? lang.pick(campaign.name()) + " " : "";
            for (Progress.Year year : targets.years()) {
                rows.add(List.of(prefix + campaignYear(year.year(), lang), period(year.from(), year.to(), lang),
                        text(year.closureTarget()), String.valueOf(year.closuresAchieved()),
                        text(year.relocationTarget()), String.valueOf(year.relocationsAchieved())));
            }
        }
        if (sentences.isEmpty()) {
            blocks.add(new Text(lang.t("本次整治行动未设定关闭、搬迁目标。", "The campaign set no target for closures or"
                    + " relocations.")));
            return new Section(lang.t("二、目标任务", "2. Targets"), blocks);
        }
        sentences.forEach(s -> blocks.add(new Text(s)));
        if (scope.combined()) {
            blocks.add(new Text(lang.t("合计须" + clauses("、", goal(scope.closures().target(), "关闭", ""),
                            goal(scope.relocations().target(), "搬迁", "")) + "。",
                    "In all: " + clauses(" and ", goalEn(scope.closures().target(), "closures"),
                            goalEn(scope.relocations().target(), "relocations")) + ".")));
        }
        LocalDate from = scope.campaigns().stream().map(CampaignView::startDate).min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate to = scope.campaigns().stream().map(CampaignView::endDate).max(Comparator.naturalOrder()).orElseThrow();
        String caption = lang.t("年度目标", "Targets per year");
        rows.add(List.of(lang.t("合计", "Total"), period(from, to, lang),
                text(scope.closures().target()), String.valueOf(scope.closures().achieved()),
                text(scope.relocations().target()), String.valueOf(scope.relocations().achieved())));
        blocks.add(new Table(caption, List.of(caption, lang.t("期间", "Period"), lang.t("关闭目标", "Closures targeted"),
                lang.t("已关闭", "Closed"), lang.t("搬迁目标", "Relocations targeted"), lang.t("已搬迁", "Relocated")), rows));
        return new Section(lang.t("二、目标任务", "2. Targets"), blocks);
    }

    /** "三年整治期间（…）须关闭化工生产企业30家、搬迁2家。其中第一年（…）关闭18家，第二年（…）关闭12家。" */
    private static String targetSentence(CampaignView campaign, List<Progress.Year> years, Lang lang) {
        String whole = clauses(lang.t("、", " and "),
                lang == Lang.ZH ? goal(campaign.closureTarget(), "关闭化工生产企业", "") : goalEn(campaign.closureTarget(),
                        "closures of chemical producers"),
                lang == Lang.ZH ? goal(campaign.relocationTarget(), "搬迁", "") : goalEn(campaign.relocationTarget(),
                        "relocations"));
        List<String> perYear = new ArrayList<>();
        for (Progress.Year year : years) {
            String goals = clauses(lang.t("、", " and "),
                    lang == Lang.ZH ? goal(year.closureTarget(), "关闭", "") : goalEn(year.closureTarget(), "closures"),
                    lang == Lang.ZH ? goal(year.relocationTarget(), "搬迁", "") : goalEn(year.relocationTarget(),
                            "relocations"));
            if (!goals.isEmpty()) {
                perYear.add(lang.t(campaignYear(year.year(), lang) + "（" + period(year.from(), year.to(), lang) + "）"
                        + goals, goals + " in " + campaignYear(year.year(), lang) + " (" + period(year.from(),
                        year.to(), lang) + ")"));
            }
        }
        if (whole.isEmpty() && perYear.isEmpty()) {
            return null;
        }
        String span = period(campaign.startDate(), campaign.endDate(), lang);
        int n = years.size();
        String text = whole.isEmpty() ? "" : lang.t("按照整治目标，" + (n > 1 ? ReportText.chineseCount(n) + "年" : "")
                        + "整治期间（" + span + "）须" + whole + "。",
                "The targets over " + (n > 1 ? "the " + n + " years of " : "") + "the campaign (" + span + "): " + whole
                        + ".");
        if (!perYear.isEmpty()) {
            text += lang.t((whole.isEmpty() ? "整治目标：" : "其中") + String.join("，", perYear) + "。",
                    (whole.isEmpty() ? "The targets: " : " Of these, ") + String.join("; ", perYear) + ".");
        }
        return text.trim();
    }

    private static String goal(Integer target, String verb, String suffix) {
        return target == null || target == 0 ? null : verb + target + "家" + suffix;
    }

    private static String goalEn(Integer target, String what) {
        return target == null || target == 0 ? null : target + " " + what;
    }

    private Section difficulties(SummaryScope scope, Lang lang) {
        Map<String, Long> byAgency = overdue.overdueByAgency(scope.ids());
        List<Block> blocks = new ArrayList<>();
        long late = byAgency.values().stream().mapToLong(Long::longValue).sum();
        blocks.add(new Text(late == 0 ? lang.t("目前没有超期未办的任务。", "No task is overdue.")
                : lang.t("部分环节办理超期，共有超期任务" + late + "件，按部门统计如下。",
                        late + " tasks are overdue; by agency:")));
        if (late > 0) {
            String caption = lang.t("超期任务", "Overdue tasks");
            blocks.add(new Table(caption, List.of(caption, lang.t("件数", "Tasks")), byAgency.entrySet().stream()
                    .map(e -> List.of(Agency.byGroupId(e.getKey()).map(a -> lang.pick(a.displayName()))
                            .orElse(e.getKey()), String.valueOf(e.getValue()))).toList()));
        }
        List<FirmRecord> records = firms.ofCampaigns(scope.ids());
        List<FirmRecord> troubled = records.stream().filter(FirmRecord::troubled).toList();
        if (!records.isEmpty()) {
            blocks.add(new Text(troubled.isEmpty()
                    ? lang.t("第三方机构的报告均按期提交，没有被退回的。", "Every intermediary reported on time and no"
                            + " report was returned.")
                    : lang.t("部分第三方机构报告迟交或被退回重做，按机构统计如下。", "Some intermediaries reported late or"
                            + " had reports returned for rework:")));
        }
        if (!troubled.isEmpty()) {
            String caption = lang.t("第三方机构报告", "Intermediaries' reports");
            blocks.add(new Table(caption, List.of(caption, lang.t("类别", "Kind"),
                    lang.t("提交报告", "Reports"), lang.t("超期", "Late"), lang.t("退回", "Returned"),
                    lang.t("平均用时（天）", "Average days"), lang.t("涉及企业", "Enterprises concerned")),
                    troubled.stream().map(f -> List.of(lang.pick(f.name()), lang.pick(f.kind().displayName()),
                            String.valueOf(f.submitted()), String.valueOf(f.late()), String.valueOf(f.returned()),
                            String.valueOf(f.averageTurnaroundDays()), f.lateOrReturnedAt().stream()
                                    .map(e -> lang.pick(e.name())).distinct().collect(Collectors.joining("、"))))
                            .toList()));
        }
        return new Section(lang.t("四、存在问题", "4. Difficulties"), blocks);
    }

    static Map<BusinessType, Long> byType(List<Object[]> rows) {
        Map<BusinessType, Long> counts = new EnumMap<>(BusinessType.class);
        rows.forEach(r -> counts.merge((BusinessType) r[0], number(r[1]), Long::sum));
        return counts;
    }

    /** "1 chemical producer", "117 chemical producers" */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Hazards closed (销号): verified as fixed, or closed with a plant that closed or moved away. */
    static long closed(Map<String, Long> hazards) {
        return hazards.getOrDefault(Hazard.Status.VERIFIED.name(), 0L) + hazards.getOrDefault(Hazard.Status.CLOSED.name(), 0L);
    }

    static String text(Object value) {
        return value == null ? "—" : value.toString();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
