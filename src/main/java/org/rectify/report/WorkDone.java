package org.rectify.report;

import static org.rectify.report.ReportText.campaignYear;
import static org.rectify.report.ReportText.clauses;
import static org.rectify.report.ReportText.decimal;
import static org.rectify.report.ReportText.percent;
import static org.rectify.report.ReportText.period;
import static org.rectify.report.SummaryDraft.number;
import static org.rectify.report.SummaryDraft.text;
import static org.rectify.report.SummaryDraft.closed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.rectify.campaign.CampaignActivities;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.MeetingKind;
import org.rectify.campaign.Progress;
import org.rectify.campaign.Progress.Count;
import org.rectify.closure.LicenceAction;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.Disposition;
import org.rectify.identity.Agency;
import org.rectify.rectification.Hazard;
import org.rectify.report.Summary.Block;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Subheading;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;
import org.rectify.review.Decision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section three of the summary, what was done: the joint review and verification (found N,
 * amended, struck off, put on, added, to deal with), the results against each year's target,
 * hazards against the standard, closures with licences, permits and land, and meetings with
 * commitment letters and publicity. A subsection with nothing to say is left out.
 */
@Component
@Transactional(readOnly = true)
class WorkDone {

    /** more meetings than this are counted by kind instead of listed one by one */
    static final int MEETINGS_LISTED = 6;

    private final ReportQueries queries;
    private final CampaignActivities activities;

    WorkDone(ReportQueries queries, CampaignActivities activities) {
        this.queries = queries;
        this.activities = activities;
    }

    Section section(SummaryScope scope, Lang lang) {
        List<Block> blocks = new ArrayList<>();
        review(scope, lang, blocks);
        results(scope, lang, blocks);
        hazards(scope, lang, blocks);
        closures(scope, lang, blocks);
        meetings(scope, lang, blocks);
        return new Section(lang.t("三、主要工作和成效", "3. Work done and results"), blocks);
    }

    private void review(SummaryScope scope, Lang lang, List<Block> blocks) {
        List<Long> ids = scope.ids();
        Map<BusinessType, Long> reviewed = SummaryDraft.byType(queries.countDecidedByBusinessType(ids,
                Decision.Kind.REVIEW));
        long added = queries.countAddedAtVerification(ids);
        blocks.add(new Subheading(lang.t("（一）联合会审和现场核查", "(1) Joint review and on-site verification")));
        long producers = reviewed.getOrDefault(BusinessType.PRODUCER, 0L);
        long distributors = reviewed.getOrDefault(BusinessType.DISTRIBUTOR, 0L);
        if (producers + distributors + added == 0) {
            blocks.add(new Text(lang.t("联合会审尚未开始。", "The joint review has not started yet.")));
            return;
        }
        long found = queries.countDecided(ids, Decision.Kind.REVIEW, Disposition.COMPLIANT);
        List<String> agencies = queries.reviewingAgencies(ids).stream().map(Agency::byGroupId)
                .flatMap(java.util.Optional::stream).sorted().map(a -> lang.pick(a.displayName())).toList();
        String who = agencies.isEmpty() ? lang.t("相关部门", "The agencies")
                : lang.t(ReportText.list(agencies, lang) + "等部门", ReportText.list(lower(agencies), lang));
        if (producers + distributors > 0) {
            String whom = clauses(lang.t("、", " and "),
                    producers == 0 ? null : lang.t("化工生产企业" + producers + "家", SummaryDraft.count(producers,
                            "chemical producer")),
                    distributors == 0 ? null : lang.t("化工流通企业" + distributors + "家", SummaryDraft.count(distributors,
                            "chemical distributor")));
            blocks.add(new Text(lang.t("经" + who + "联合会审，共审查" + whom + "，"
                            + (found == 0 ? "均未发现问题。" : "发现存在问题的企业" + found + "家，逐一提出了整治意见和整治期限，"
                            + "并明确了监督部门。"),
                    capital(who) + " reviewed " + whom + " together and "
                            + (found == 0 ? "found no problems." : "found " + SummaryDraft.count(found, "enterprise")
                            + " with problems; for each they set out a disposition and a deadline and named the"
                            + " supervising agency."))));
        }
        blocks.add(new Text(verification(scope, added, lang)));
        String caption = lang.t("处置方式", "Dispositions");
        blocks.add(new Table(caption, List.of(caption, lang.t("企业数", "Enterprises")), counts(scope.byDisposition(),
                lang)));
    }

    /** "经现场核查，调整整治意见2家、增列5家，需整治企业共39家：原地整治提升6家；…。" */
    private String verification(SummaryScope scope, long added, Lang lang) {
        long amended = 0;
        long struckOff = 0;
        long putOn = 0;
        for (Object[] row : queries.verificationAmendments(scope.ids())) {
            boolean wasCompliant = row[0] == Disposition.COMPLIANT;
            boolean isCompliant = row[1] == Disposition.COMPLIANT;
            long cases = number(row[2]);
            if (!wasCompliant && !isCompliant) {
                amended += cases;
            } else if (!wasCompliant) {
                struckOff += cases;
            } else if (!isCompliant) {
                putOn += cases;
            }
        }
        List<Count> toDealWith = scope.byDisposition().stream()
                .filter(c -> c.code() != null && !c.code().equals(Disposition.COMPLIANT.name()) && c.count() > 0)
                .toList();
        long total = toDealWith.stream().mapToLong(Count::count).sum();
        long undecided = scope.byDisposition().stream().filter(c -> c.code() == null).mapToLong(Count::count).sum();
        String changes = lang == Lang.ZH
                ? clauses("、", amended == 0 ? null : "调整整治意见" + amended + "家", struckOff == 0 ? null : "核减"
                        + struckOff + "家", putOn == 0 ? null : "增列" + putOn + "家", added == 0 ? null : "新增企业"
                        + added + "家")
                : ReportText.list(java.util.stream.Stream.of(amended == 0 ? null : "amended the opinion on " + amended,
                        struckOff == 0 ? null : "struck " + struckOff + " off the list",
                        putOn == 0 ? null : "put " + putOn + " more on it",
                        added == 0 ? null : "added " + SummaryDraft.count(added, "enterprise") + " the review had not"
                                + " listed").filter(Objects::nonNull).toList(), lang);
        String breakdown = lang == Lang.ZH
                ? String.join("；", toDealWith.stream().map(c -> lang.pick(c.label()) + c.count() + "家").toList())
                : String.join("; ", toDealWith.stream().map(c -> lower(lang.pick(c.label())) + " " + c.count())
                        .toList());
        String rest = undecided == 0 ? "" : lang.t("另有" + undecided + "家尚未作出处置决定。", " No disposition has"
                + " been decided yet for " + undecided + ".");
        if (lang == Lang.ZH) {
            String lead = changes.isEmpty() ? "会审后，" : "经现场核查，" + changes + "，";
            return lead + (total == 0 ? "没有需要整治的企业。" : "需整治企业共" + total + "家：" + breakdown + "。") + rest;
        }
        String lead = changes.isEmpty() ? "After the review, " : "On-site verification " + changes + "; ";
        return lead + (total == 0 ? "no enterprise is to be dealt with." : SummaryDraft.count(total, "enterprise")
                + (total == 1 ? " is" : " are") + " to be dealt with (" + breakdown + ").") + rest;
    }

    private void results(SummaryScope scope, Lang lang, List<Block> blocks) {
        List<Block> mine = new ArrayList<>();
        if (scope.combined()) {
            for (int i = 0; i < scope.campaigns().size(); i++) {
                CampaignView campaign = scope.campaigns().get(i);
                String ended = outcomes(List.of(campaign.id()), lang);
                long cases = scope.progress().get(i).cases();
                if (ended != null) {
                    mine.add(new Text(lang.t(lang.pick(campaign.name()) + "的" + cases + "家企业中，" + ended + "。",
                            "Of the " + SummaryDraft.count(cases, "enterprise") + " of " + lang.pick(campaign.name())
                                    + ", " + ended + ".")));
                }
            }
        }
        String ended = outcomes(scope.ids(), lang);
        long open = scope.byOutcome().stream().filter(c -> c.code() == null).mapToLong(Count::count).sum();
        if (ended != null || scope.cases() > 0) {
            String still = open == 0 ? null : lang.t("其余" + open + "家尚未结案", "the other " + open
                    + (open == 1 ? " case is" : " cases are") + " still open");
            mine.add(new Text(ended == null
                    ? lang.t("截至目前，尚无企业完成关闭、搬迁或整治提升。", "So far no enterprise has closed, moved or"
                            + " completed its upgrade.")
                    : lang.t((scope.combined() ? "合计" : "截至目前，") + clauses("，", ended, still) + "。",
                            (scope.combined() ? "In all, " : "So far, ") + clauses("; ", ended, still) + ".")));
        }
        String against = againstTargets(scope, lang);
        if (against != null) {
            mine.add(new Text(against));
        }
        String caption = lang.t("整治结果", "Outcomes");
        mine.add(new Table(caption, List.of(caption, lang.t("企业数", "Enterprises")), counts(scope.byOutcome(), lang)));
        String targets = lang.t("目标完成情况", "Against the targets");
        mine.add(new Table(targets, List.of(targets, lang.t("目标", "Target"), lang.t("已决定", "Decided"),
                lang.t("已完成", "Achieved"), lang.t("尚余", "Remaining")), List.of(
                line(lang.t("关闭", "Closures"), scope.closures()),
                line(lang.t("搬迁", "Relocations"), scope.relocations()))));
        blocks.add(new Subheading(lang.t("（二）整治结果和目标完成情况", "(2) Results against the targets")));
        blocks.addAll(mine);
    }

    /** "关闭淘汰8家，纳入“退二进三”1家，完成原地整治提升12家"; null when no case ended other than compliant */
    private String outcomes(List<Long> ids, Lang lang) {
        Map<CaseOutcome, Long> byOutcome = new EnumMap<>(CaseOutcome.class);
        long linesEliminated = 0;
        for (Object[] row : queries.countEndedByOutcomeAndDisposition(ids)) {
            CaseOutcome outcome = (CaseOutcome) row[0];
            if (outcome == CaseOutcome.UPGRADED && row[1] == Disposition.ELIMINATE_LINES) {
                linesEliminated += number(row[2]);
            } else {
                byOutcome.merge(outcome, number(row[2]), Long::sum);
            }
        }
        List<String> phrases = new ArrayList<>();
        add(phrases, byOutcome.get(CaseOutcome.CLOSED), lang, "关闭淘汰%d家", "%d closed");
        add(phrases, byOutcome.get(CaseOutcome.RELOCATED), lang, "搬迁入园%d家", "%d moved into chemical parks");
        add(phrases, byOutcome.get(CaseOutcome.CONVERTED), lang, "纳入“退二进三”%d家", "%d converted to services");
        add(phrases, byOutcome.get(CaseOutcome.UPGRADED), lang, "完成原地整治提升%d家", "%d upgraded in place");
        add(phrases, linesEliminated, lang, "淘汰部分落后生产线%d家", "%d eliminated some of their lines");
        add(phrases, byOutcome.get(CaseOutcome.LICENCE_AMENDED), lang, "变更经营范围%d家",
                "%d had chemical items removed from their licence");
        return phrases.isEmpty() ? null : lang == Lang.ZH ? String.join("，", phrases) : ReportText.list(phrases, lang);
    }

    private static void add(List<String> phrases, Long n, Lang lang, String zh, String en) {
        if (n != null && n > 0) {
            phrases.add(String.format(lang == Lang.ZH ? zh : en, n));
        }
    }

    /** the whole campaign's targets, then each started year's; null without any target */
    private static String againstTargets(SummaryScope scope, Lang lang) {
        List<String> parts = new ArrayList<>();
        String whole = clauses(lang.t("；", "; "), achieved(scope.closures(), lang.t("关闭", "closures"), lang),
                achieved(scope.relocations(), lang.t("搬迁", "relocations"), lang));
        if (!whole.isEmpty()) {
            parts.add(whole);
        }
        LocalDate today = LocalDate.now();
        for (int i = 0; i < scope.campaigns().size(); i++) {
            String prefix = scope.combined() ? lang.pick(scope.campaigns().get(i).name()) : "";
            for (Progress.Year year : scope.progress().get(i).targets().years()) {
                if (year.from().isAfter(today)) {
                    continue;
                }
                String goals = clauses(lang.t("，", "; "),
                        year.closureTarget() == null || year.closureTarget() == 0 ? null : lang.t("关闭目标"
                                + year.closureTarget() + "家，已完成" + year.closuresAchieved() + "家", year.closuresAchieved()
                                + " of " + year.closureTarget() + " closures"),
                        year.relocationTarget() == null || year.relocationTarget() == 0 ? null : lang.t("搬迁目标"
                                + year.relocationTarget() + "家，已完成" + year.relocationsAchieved() + "家",
                                year.relocationsAchieved() + " of " + year.relocationTarget() + " relocations"));
                if (!goals.isEmpty()) {
                    String when = campaignYear(year.year(), lang);
                    String span = period(year.from(), year.to(), lang);
                    parts.add(lang.t(prefix + when + "（" + span + "）" + goals, (prefix.isEmpty() ? "" : prefix + ", ")
                            + when + " (" + span + "): " + goals));
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return lang.t("对照目标，" + String.join("；", parts) + "。", "Against the targets: " + String.join(". ", parts)
                + ".");
    }

    private static String achieved(Progress.Line line, String what, Lang lang) {
        if (line.target() == null || line.target() == 0) {
            return null;
        }
        String share = percent(line.achieved(), line.target());
        return lang.t(what + "目标" + line.target() + "家，已完成" + line.achieved() + "家（" + share + "）"
                        + (line.remaining() != null && line.remaining() > 0 ? "，尚余" + line.remaining() + "家" : ""),
                line.achieved() + " of " + line.target() + " " + what + " achieved (" + share + ")"
                        + (line.remaining() != null && line.remaining() > 0 ? ", " + line.remaining() + " to go" : ""));
    }

    private void hazards(SummaryScope scope, Lang lang, List<Block> blocks) {
        Map<String, Long> byStatus = hazards(scope.ids());
        long found = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long eliminated = closed(byStatus);
        long withPlant = byStatus.getOrDefault(Hazard.Status.CLOSED.name(), 0L);
        List<Integer> standards = scope.campaigns().stream().map(CampaignView::standard).filter(Objects::nonNull)
                .map(s -> s.items()).distinct().toList();
        Integer items = standards.size() == 1 && scope.campaigns().stream().allMatch(c -> c.standard() != null)
                ? standards.get(0) : null;
        if (found == 0 && items == null) {
            return;
        }
        String standard = items == null ? null : lang.t("制定了" + items + "条整治提升标准，明确整治要求。",
                "A " + items + "-item upgrade standard set out what the rectification must achieve.");
        String diagnosed = found == 0 ? null : lang.t("原地整治提升企业聘请具有化工设计资质的单位开展安全设施设计诊断，"
                        + "排查安全隐患" + found + "个，已消除" + eliminated + "个"
                        + (withPlant > 0 ? "（其中" + withPlant + "个随企业关闭或搬迁销号）" : "")
                        + (found > eliminated ? "，其余" + (found - eliminated) + "个正在整改" : "") + "。",
                "Enterprises upgrading in place hired qualified chemical design firms to diagnose their safety"
                        + " facilities: " + SummaryDraft.count(found, "hazard") + " found, " + eliminated + " eliminated"
                        + (withPlant > 0 ? " (" + withPlant + " closed as their plants closed or moved)" : "")
                        + (found > eliminated ? ", " + (found - eliminated) + " still being rectified" : "") + ".");
        blocks.add(new Subheading(lang.t("（三）隐患治理", "(3) Hazards")));
        blocks.add(new Text(clauses(lang.t("", " "), standard, diagnosed)));
    }

    private void closures(SummaryScope scope, Lang lang, List<Block> blocks) {
        List<Long> ids = scope.ids();
        List<String> units = queries.eliminatedUnits(ids).stream().map(r -> {
            String type = String.valueOf(r[0]);
            return lang.t(type + number(r[1]) + (type.endsWith("线") ? "条" : "套"), type + " (" + number(r[1]) + ")");
        }).toList();
        Map<LicenceAction.Action, Long> licences = new EnumMap<>(LicenceAction.Action.class);
        queries.countLicenceActions(ids).forEach(r -> licences.put((LicenceAction.Action) r[0], number(r[1])));
        Object[] permits = first(queries.countPermits(ids, LicenceAction.PermitFate.REVOKED));
        long safetyLicences = number(permits[0]);
        long dischargePermits = number(permits[1]);
        Object[] land = first(queries.land(ids));
        BigDecimal mu = (BigDecimal) land[0];
        BigDecimal sqm = (BigDecimal) land[1];
        long cancelled = licences.getOrDefault(LicenceAction.Action.CANCELLED, 0L);
        long amended = licences.getOrDefault(LicenceAction.Action.SCOPE_AMENDED, 0L);
        String eliminated = units.isEmpty() ? null : lang.t("淘汰" + String.join("、", units) + "。",
                "Units and lines eliminated: " + String.join(", ", units) + ".");
        String licenceText = clauses(lang.t("，", "; "),
                cancelled == 0 ? null : lang.t("注销营业执照" + cancelled + "家", SummaryDraft.count(cancelled,
                        "business licence") + " cancelled"),
                amended == 0 ? null : lang.t("变更营业执照经营范围" + amended + "家", amended + " amended to remove the"
                        + " chemical items"),
                safetyLicences == 0 ? null : lang.t("吊销或注销安全生产许可证" + safetyLicences + "家",
                        SummaryDraft.count(safetyLicences, "safety production licence") + " revoked or cancelled"),
                dischargePermits == 0 ? null : lang.t("吊销或注销排污许可证" + dischargePermits + "家",
                        SummaryDraft.count(dischargePermits, "discharge permit") + " revoked or cancelled"));
        String landText = clauses(lang.t("，", " and "),
                positive(mu) ? lang.t("腾退土地" + decimal(mu) + "亩", decimal(mu) + " mu of land reclaimed") : null,
                positive(sqm) ? lang.t("拆除建（构）筑物" + decimal(sqm) + "平方米", decimal(sqm)
                        + " m² of structures demolished") : null);
        String text = clauses(lang.t("", " "), eliminated, licenceText.isEmpty() ? null : capital(licenceText)
                + lang.t("。", "."), landText.isEmpty() ? null : capital(landText) + lang.t("。", "."));
        if (text.isEmpty()) {
            return;
        }
        boolean closures = eliminated != null || !licenceText.isEmpty();
        boolean reclaimed = !landText.isEmpty();
        blocks.add(new Subheading(lang.t("（四）" + (closures && reclaimed ? "关闭退出和土地腾退" : closures ? "关闭退出"
                : "土地腾退"), "(4) " + (closures && reclaimed ? "Closures, licences and land" : closures
                ? "Closures and licences" : "Land"))));
        blocks.add(new Text(text));
    }

    private void meetings(SummaryScope scope, Lang lang, List<Block> blocks) {
        List<CampaignActivities.Held> held = new ArrayList<>();
        scope.ids().forEach(id -> held.addAll(activities.held(id)));
        held.sort(Comparator.comparing(CampaignActivities.Held::on));
        long letters = scope.activity(Progress.Activities::commitmentLetters);
        String meetings = held.isEmpty() ? null : held.size() <= MEETINGS_LISTED
                ? lang.t(String.join("，", held.stream().map(h -> ReportText.date(h.on(), lang) + "召开"
                        + lang.pick(h.kind().displayName())).toList()),
                        "Meetings: " + ReportText.list(held.stream().map(h -> "a " + lower(lang.pick(h.kind()
                                .displayName())) + " on " + ReportText.date(h.on(), lang)).toList(), lang))
                : byKind(held, lang);
        String signed = letters == 0 ? null : lang.t("共有" + letters + "家企业签订了整治承诺书",
                SummaryDraft.count(letters, "enterprise") + " signed the commitment letter");
        long messages = scope.activity(Progress.Activities::textMessages);
        long leaflets = scope.activity(Progress.Activities::leaflets);
        long consultations = scope.activity(Progress.Activities::consultations);
        String publicity = clauses(lang.t("，", ", "),
                messages == 0 ? null : lang.t("发送宣传短信" + messages + "条", messages + " text messages sent"),
                leaflets == 0 ? null : lang.t("发放宣传资料" + leaflets + "份", leaflets + " leaflets handed out"),
                consultations == 0 ? null : lang.t("接受群众咨询" + consultations + "人次", consultations
                        + " people advised"));
        String text = clauses(lang.t("", " "),
                meetings == null && signed == null ? null : lang.t(clauses("，", meetings, signed) + "。",
                        clauses(". ", meetings, signed) + "."),
                publicity.isEmpty() ? null : lang.t("宣传方面，" + publicity + "。", "Publicity: " + publicity + "."));
        if (text.isEmpty()) {
            return;
        }
        List<String> topics = new ArrayList<>();
        if (meetings != null) {
            topics.add(lang.t("会议", "meetings"));
        }
        if (signed != null) {
            topics.add(lang.t("承诺书", "commitment letters"));
        }
        if (!publicity.isEmpty()) {
            topics.add(lang.t("宣传", "publicity"));
        }
        String heading = topics.size() == 1 ? topics.get(0) : String.join(lang.t("、", ", "),
                topics.subList(0, topics.size() - 1)) + lang.t("和", " and ") + topics.get(topics.size() - 1);
        blocks.add(new Subheading(lang.t("（五）" + heading, "(5) " + capital(heading))));
        blocks.add(new Text(text));
    }

    /** "共召开会议8次，其中动员部署会1次（2026年4月30日）、推进会7次（2026年5月5日至2026年9月1日）" */
    private static String byKind(List<CampaignActivities.Held> held, Lang lang) {
        Map<MeetingKind, List<LocalDate>> dates = new TreeMap<>();
        held.forEach(h -> dates.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h.on()));
        List<String> kinds = new ArrayList<>();
        dates.forEach((kind, on) -> {
            String when = on.size() == 1 ? ReportText.date(on.get(0), lang)
                    : lang.t(ReportText.date(on.get(0), lang) + "至" + ReportText.date(on.get(on.size() - 1), lang),
                            ReportText.date(on.get(0), lang) + " to " + ReportText.date(on.get(on.size() - 1), lang));
            kinds.add(lang.t(lang.pick(kind.displayName()) + on.size() + "次（" + when + "）",
                    on.size() + " " + lower(lang.pick(kind.displayName())) + (on.size() == 1 ? "" : "s") + " (" + when
                            + ")"));
        });
        return lang.t("共召开会议" + held.size() + "次，其中" + String.join("、", kinds),
                held.size() + " meetings: " + ReportText.list(kinds, lang));
    }

    /** the by-campaign table of a report over several campaigns */
    Table byCampaign(SummaryScope scope, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        long eliminatedTotal = 0;
        BigDecimal landTotal = BigDecimal.ZERO;
        for (int i = 0; i < scope.campaigns().size(); i++) {
            CampaignView campaign = scope.campaigns().get(i);
            Progress figures = scope.progress().get(i);
            List<Long> one = List.of(campaign.id());
            long eliminated = closed(hazards(one));
            BigDecimal land = (BigDecimal) first(queries.land(one))[0];
            eliminatedTotal += eliminated;
            landTotal = land == null ? landTotal : landTotal.add(land);
            rows.add(List.of(lang.pick(campaign.name()), String.valueOf(figures.cases()),
                    String.valueOf(figures.targets().closures().achieved()),
                    String.valueOf(figures.targets().relocations().achieved()), String.valueOf(eliminated),
                    land == null ? "0" : decimal(land)));
        }
        rows.add(List.of(lang.t("合计", "Total"), String.valueOf(scope.cases()),
                String.valueOf(scope.closures().achieved()), String.valueOf(scope.relocations().achieved()),
                String.valueOf(eliminatedTotal), decimal(landTotal)));
        String caption = lang.t("各整治行动", "By campaign");
        return new Table(caption, List.of(caption, lang.t("企业数", "Enterprises"), lang.t("已关闭", "Closed"),
                lang.t("已搬迁", "Relocated"), lang.t("消除隐患", "Hazards eliminated"),
                lang.t("腾退土地（亩）", "Land reclaimed (mu)")), rows);
    }

    private Map<String, Long> hazards(List<Long> campaignIds) {
        Map<String, Long> byStatus = new TreeMap<>();
        for (Object[] row : queries.countHazardsByStatus(campaignIds)) {
            byStatus.put(((Hazard.Status) row[0]).name(), number(row[1]));
        }
        return byStatus;
    }

    private static List<String> line(String label, Progress.Line line) {
        return List.of(label, text(line.target()), String.valueOf(line.decided()), String.valueOf(line.achieved()),
                text(line.remaining()));
    }

    private static List<List<String>> counts(List<Count> counts, Lang lang) {
        return counts.stream().map(c -> List.of(c.code() == null && c.label() == null ? lang.t("未填", "Not set")
                : lang.pick(c.label()), String.valueOf(c.count()))).toList();
    }

    private static Object[] first(List<Object[]> rows) {
        return rows.isEmpty() ? new Object[2] : rows.get(0);
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private static List<String> lower(List<String> labels) {
        return labels.stream().map(WorkDone::lower).toList();
    }

    static String lower(String label) {
        return label.isEmpty() || label.startsWith("EIA") ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
