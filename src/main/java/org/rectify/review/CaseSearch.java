package org.rectify.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rectify.enterprise.CaseAccessPolicy;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseCaseRepository;
import org.rectify.identity.Agency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds cases by credit code, name, campaign, stage, disposition and lead agency, among those the caller may see. */
@Service
@Transactional(readOnly = true)
public class CaseSearch {

    public static final int MAX_PAGE_SIZE = 200;

    /** What a search asks for; every criterion may be null. */
    public record Criteria(String creditCode, String name, Long campaignId, CaseStage stage, Disposition disposition,
                           String agency) {
    }

    /** One case in a list of results, with the bilingual names of its codes. */
    public record Hit(Long id, String creditCode, String enterpriseName, Long campaignId, String stage, String stageLabel,
                      String disposition, String dispositionLabel, String outcome, String outcomeLabel,
                      String supervisingAgency, String supervisingAgencyLabel, Instant openedAt, Instant closedAt) {
    }

    public record Page(List<Hit> items, int page, int size, long total) {
    }

    private final EnterpriseCaseRepository cases;
    private final CaseAccessPolicy policy;

    CaseSearch(EnterpriseCaseRepository cases, CaseAccessPolicy policy) {
        this.cases = cases;
        this.policy = policy;
    }

    public Page search(Criteria criteria, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page: 页码从0开始 must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size: 每页1至" + MAX_PAGE_SIZE + "条 must be 1 to " + MAX_PAGE_SIZE);
        }
        // the beginning of a credit code, or any part of a name
        String code = blank(criteria.creditCode()) ? null : literal(criteria.creditCode().toUpperCase(Locale.ROOT)) + "%";
        String pattern = blank(criteria.name()) ? null : "%" + literal(criteria.name()) + "%";
        String agency = blank(criteria.agency()) ? null : criteria.agency().strip();
        List<Long> matching = cases.search(code, pattern, criteria.campaignId(), criteria.stage(), criteria.disposition(),
                agency);
        Set<Long> visible = policy.visibleAmong(matching);
        List<Long> ids = matching.stream().filter(visible::contains).toList();
        List<Long> shown = ids.stream().skip((long) page * size).limit(size).toList();
        List<Hit> items = shown.isEmpty() ? List.of() : cases.findWithEnterpriseByIdIn(shown).stream()
                .sorted(Comparator.comparing(EnterpriseCase::getId).reversed())
                .map(CaseSearch::hit).toList();
        return new Page(items, page, size, ids.size());
    }

    private static Hit hit(EnterpriseCase c) {
        return new Hit(c.getId(), c.getEnterprise().getCreditCode(), c.getEnterprise().getName(), c.getCampaignId(),
                c.getStage().name(), c.getStage().displayName(),
                c.getDisposition() == null ? null : c.getDisposition().name(),
                c.getDisposition() == null ? null : c.getDisposition().displayName(),
                c.getOutcome() == null ? null : c.getOutcome().name(),
                c.getOutcome() == null ? null : c.getOutcome().displayName(),
                c.getSupervisingAgency(), Agency.labelOf(c.getSupervisingAgency()), c.getOpenedAt(), c.getClosedAt());
    }

    private static String literal(String value) {
        return value.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
