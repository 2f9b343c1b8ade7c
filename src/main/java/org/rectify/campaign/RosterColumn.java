package org.rectify.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the survey ledger (台账), one per Enterprise field, in template order. A column
 * is recognised by its full header, its Chinese or English part, or the field name, so ledgers
 * that grew their own column order or an extra 序号 column still import.
 */
enum RosterColumn {
    CREDIT_CODE("creditCode", "统一社会信用代码", "Unified social credit code", Kind.TEXT, 18, true),
    NAME("name", "企业名称", "Enterprise name", Kind.TEXT, 200, true),
    BUSINESS_TYPE("businessType", "企业类型", "Business type", Kind.BUSINESS_TYPE, 0, true),
    TOWNSHIP("township", "镇（街道）", "Township", Kind.TEXT, 100, false),
    VILLAGE("village", "村（社区）", "Village", Kind.TEXT, 100, false),
    ADDRESS("address", "地址", "Address", Kind.TEXT, 300, false),
    LEGAL_REPRESENTATIVE("legalRepresentative", "法定代表人", "Legal representative", Kind.TEXT, 100, false),
    CONTACT_PHONE("contactPhone", "联系电话", "Contact phone", Kind.TEXT, 50, false),
    INDUSTRY_CATEGORY("industryCategory", "行业类别", "Industry category", Kind.TEXT, 100, false),
    PRODUCTS("products", "主要产品", "Products", Kind.TEXT, 500, false),
    REVENUE_BAND("revenueBand", "营业收入", "Revenue band", Kind.REVENUE_BAND, 0, false),
    ABOVE_SCALE("aboveScale", "规模以上", "Above scale", Kind.YES_NO, 0, false),
    EMPLOYEES("employees", "从业人数", "Employees", Kind.INTEGER, 0, false),
    SITE_AREA_MU("siteAreaMu", "占地面积（亩）", "Site area (mu)", Kind.DECIMAL, 0, false),
    EIA_APPROVAL_DATE("eiaApprovalDate", "环评批复日期", "EIA approval date", Kind.DATE, 0, false),
    SAFETY_APPROVAL_DATE("safetyApprovalDate", "安全审批日期", "Safety approval date", Kind.DATE, 0, false),
    ANNUAL_SALES("annualSales", "年销售额（万元）", "Annual sales (10k yuan)", Kind.DECIMAL, 0, false);

    enum Kind { TEXT, INTEGER, DECIMAL, DATE, YES_NO, REVENUE_BAND, BUSINESS_TYPE }

    private final String field;
    private final String chinese;
    private final String english;
    private final Kind kind;
    private final int maxLength;
    private final boolean required;

    RosterColumn(String field, String chinese, String english, Kind kind, int maxLength, boolean required) {
        this.field = field;
        this.chinese = chinese;
        this.english = english;
        this.kind = kind;
        this.maxLength = maxLength;
        this.required = required;
    }

    String field() { return field; }
    Kind kind() { return kind; }
    int maxLength() { return maxLength; }
    boolean required() { return required; }

    /** As the template's header row shows it: Chinese first, a star on required columns. */
    String header() {
        return chinese + " " + english + (required ? " *" : "");
    }

    static Optional<RosterColumn> byHeader(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.matches(h)).findFirst();
    }

    static Optional<RosterColumn> byField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    private boolean matches(String h) {
        String lower = h.toLowerCase(Locale.ROOT);
        return h.equals(normalize(header())) || h.startsWith(normalize(chinese))
                || lower.equals(normalize(english).toLowerCase(Locale.ROOT))
                || lower.equals(field.toLowerCase(Locale.ROOT));
    }

    /** Excel users type brackets either way and stars and spaces at will. */
    private static String normalize(String text) {
        return text == null ? "" : text.replace('(', '（').replace(')', '）').replace("*", "")
                .replaceAll("\\s+", " ").trim();
    }
}
