package org.rectify.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The roles of a campaign (DOMAIN.md). Each is one Camunda group whose id is the code name;
 * user tasks name these ids as candidate groups.
 */
public enum Agency {
    TOWN_ECON_CENTER("town-econ-center", "镇经贸中心", "Town economic and trade centre"),
    TOWN_OFFICE("town-office", "镇化治办", "Town rectification office"),
    DISTRICT_OFFICE("district-office", "区化治办", "District rectification office"),
    SAFETY("safety", "安监", "Safety supervision"),
    ENVIRONMENT("environment", "环保", "Environmental protection"),
    MARKET_REGULATION("market-regulation", "市场监管", "Market regulation"),
    NATURAL_RESOURCES("natural-resources", "国土", "Natural resources"),
    DEVELOPMENT_REFORM("development-reform", "发改", "Development and reform"),
    QUALITY("quality", "质监", "Quality supervision"),
    DESIGN_FIRM("design-firm", "设计单位", "Design firm"),
    EVALUATION_FIRM("evaluation-firm", "安全评价机构", "Safety evaluation firm"),
    EXPERT("expert", "化工专家", "Chemical expert"),
    ENTERPRISE("enterprise", "企业", "Enterprise"),
    SUPERVISOR("supervisor", "领导小组", "Leading group");

    private final String groupId;
    private final String chineseName;
    private final String englishName;

    Agency(String groupId, String chineseName, String englishName) {
        this.groupId = groupId;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String groupId() {
        return groupId;
    }

    /** Bilingual label, Chinese first, as users see it. */
    public String displayName() {
        return chineseName + " " + englishName;
    }

    /** Agencies work on tasks in Tasklist; the leading group only watches in Cockpit. */
    public boolean worksOnTasks() {
        return this != SUPERVISOR;
    }

    /**
     * Enterprises and firms are many separate organisations, each in this one group: being a member
     * opens no case. Each firm also has a group of its own ({@link #organisationGroup}); each
     * enterprise an account of its own.
     */
    public boolean isUmbrella() {
        return this == ENTERPRISE || this == DESIGN_FIRM || this == EVALUATION_FIRM;
    }

    /** The group of one registered firm, e.g. design-firm-12: its tasks name it as candidate group. */
    public String organisationGroup(long organisationId) {
        if (this != DESIGN_FIRM && this != EVALUATION_FIRM) {
            throw new IllegalArgumentException(groupId + " has no organisation groups");
        }
        return groupId + "-" + organisationId;
    }

    /** The agency a candidate group stands for: itself, or the kind of firm whose group it is. */
    public static Optional<Agency> ofGroup(String groupId) {
        Optional<Agency> agency = byGroupId(groupId);
        if (agency.isPresent() || groupId == null) {
            return agency;
        }
        return Stream.of(DESIGN_FIRM, EVALUATION_FIRM)
                .filter(kind -> groupId.matches(Pattern.quote(kind.groupId) + "-[0-9]+"))
                .findFirst();
    }

    public static List<Agency> taskAgencies() {
        return Arrays.stream(values()).filter(Agency::worksOnTasks).toList();
    }

    /** The agency's bilingual name for a group id; the id itself for a group that is no agency. */
    public static String labelOf(String groupId) {
        return groupId == null ? null : ofGroup(groupId).map(Agency::displayName).orElse(groupId);
    }

    public static Optional<Agency> byGroupId(String groupId) {
        return Arrays.stream(values()).filter(a -> a.groupId.equals(groupId)).findFirst();
    }
}
