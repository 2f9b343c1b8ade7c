package org.rectify.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * How a town office writes figures in a report: amounts in 亿元 or 万元 with at most two decimals,
 * shares as whole percentages where the decimal is zero, months as 2026年3月, campaign years as
 * 第一年; and the English of each.
 */
final class ReportText {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth"};
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ReportText() {
    }

    /** an amount given in 万元: 488000 reads 48.8亿元 or 4.88 bn yuan, 350 reads 350万元 or 3.5 M yuan */
    static String amount(BigDecimal tenThousandYuan, Lang lang) {
        if (lang == Lang.ZH) {
            return tenThousandYuan.abs().compareTo(TEN_THOUSAND) >= 0
                    ? decimal(tenThousandYuan.movePointLeft(4)) + "亿元" : decimal(tenThousandYuan) + "万元";
        }
        BigDecimal millions = tenThousandYuan.movePointLeft(2);
        return millions.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                ? decimal(millions.movePointLeft(3)) + " bn yuan" : decimal(millions) + " M yuan";
    }

    /** at most two decimals, none that are zero */
    static String decimal(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /** part of whole with one decimal, dropped when zero: 49%, 97.3%; null without a whole */
    static String percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        BigDecimal share = part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (share.scale() < 0 ? share.setScale(0) : share).toPlainString() + "%";
    }

    static String percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** 1 to 99 in Chinese numerals: 一, 十二, 二十一 */
    static String chineseNumber(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        return (n >= 20 ? DIGITS[n / 10] : "") + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }

    /** a count in Chinese numerals: 两 for two, as in 两年 */
    static String chineseCount(int n) {
        return n == 2 ? "两" : chineseNumber(n);
    }

    /** 第一年 or the first year */
    static String campaignYear(int year, Lang lang) {
        return lang.t("第" + chineseNumber(year) + "年", "the " + (year <= ORDINALS.length ? ORDINALS[year - 1]
                : year + "th") + " year");
    }

    /** 2026年4月30日 or 30 April 2026 */
    static String date(LocalDate date, Lang lang) {
        return lang.t(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
                date.getDayOfMonth() + " " + month(date) + " " + date.getYear());
    }

    /**
     * A period as reports give it: whole months as 2026年3月至2027年2月 (March 2026 to February 2027),
     * other days in full.
     */
    static String period(LocalDate from, LocalDate to, Lang lang) {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
        if (!wholeMonths) {
            return lang.t(date(from, lang) + "至" + date(to, lang), date(from, lang) + " to " + date(to, lang));
        }
        return lang.t(from.getYear() + "年" + from.getMonthValue() + "月至" + to.getYear() + "年" + to.getMonthValue() + "月",
                month(from) + " " + from.getYear() + " to " + month(to) + " " + to.getYear());
    }

    /** 2026年3月 or March 2026 */
    static String month(LocalDate date, Lang lang) {
        return lang.t(date.getYear() + "年" + date.getMonthValue() + "月", month(date) + " " + date.getYear());
    }

    /** 安监、环保和国土 or safety, environment and land */
    static String list(List<String> items, Lang lang) {
        if (items.isEmpty()) {
            return "";
        }
        if (lang == Lang.ZH) {
            return String.join("、", items);
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** the clauses that are not null, joined: a clause about nothing is left out, not written with a zero */
    static String clauses(String separator, String... clauses) {
        StringBuilder text = new StringBuilder();
        for (String clause : clauses) {
            if (clause != null && !clause.isEmpty()) {
                text.append(text.isEmpty() ? "" : separator).append(clause);
            }
        }
        return text.toString();
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
