package org.rectify.enterprise;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rectify.identity.Agency;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which case, and how much of it: the one place that decides (docs/access-policy.md).
 * <ul>
 *   <li>administrators, the district and town rectification offices and the leading group: every case;</li>
 *   <li>an agency (safety, environment, ..., the town economic centre, experts): the cases in which it
 *       has or had a task;</li>
 *   <li>a firm: the cases that hired it, in its external share;</li>
 *   <li>an enterprise: its own cases, by the account its record links, in its external share.</li>
 * </ul>
 * A case one may not see does not exist for them: {@link #require} answers as for an unknown id.
 */
@Component
@Transactional(readOnly = true)
public class CaseAccessPolicy {

    /** These see every case of the campaigns, so their whole record. */
    static final Set<String> OFFICES = Set.of(Groups.CAMUNDA_ADMIN, Agency.DISTRICT_OFFICE.groupId(),
            Agency.TOWN_OFFICE.groupId(), Agency.SUPERVISOR.groupId());

    private final IdentityService identityService;
    private final CaseParties parties;
    private final NamedParameterJdbcTemplate jdbc;

    CaseAccessPolicy(IdentityService identityService, CaseParties parties, NamedParameterJdbcTemplate jdbc) {
        this.identityService = identityService;
        this.parties = parties;
        this.jdbc = jdbc;
    }

    /** The caller's view of the case, or empty when the caller may not see it (or it does not exist). */
    public Optional<CaseView> viewOf(Long caseId) {
        Viewer viewer = viewer();
        if (caseId == null || !exists(caseId)) {
            return Optional.empty();
        }
        if (viewer.seesAll()) {
            return Optional.of(CaseView.FULL);
        }
        if (parties.isParty(caseId, viewer.agencyGroups())) {
            return Optional.of(CaseView.FULL);
        }
        if (parties.isParty(caseId, viewer.firmGroups()) || isCaseEnterprise(caseId, viewer.userId())) {
            return Optional.of(CaseView.EXTERNAL);
        }
        return Optional.empty();
    }

    /** The caller's view of a case it may see; otherwise "no case", as for an id that does not exist. */
    public CaseView require(Long caseId) {
        return viewOf(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /** Requires the whole record: an agency's, not the enterprise's or a firm's share. */
    public void requireFull(Long caseId) {
        if (require(caseId) != CaseView.FULL) {
            throw new CaseNotFoundException(caseId);
        }
    }

    public boolean seesAllCases() {
        return viewer().seesAll();
    }

    /** Of these cases, those the caller may see (all of them for the offices). */
    public Set<Long> visibleAmong(Collection<Long> caseIds) {
        Viewer viewer = viewer();
        if (viewer.seesAll()) {
            return new HashSet<>(caseIds);
        }
        Set<String> groups = new HashSet<>(viewer.agencyGroups());
        groups.addAll(viewer.firmGroups());
        Set<Long> visible = parties.casesAmong(caseIds, groups);
        visible.addAll(casesOfEnterpriseAccount(caseIds, viewer.userId()));
        return visible;
    }

    /** Whether the caller is the case's enterprise itself, by the account its record links. */
    public boolean isCaseEnterprise(Long caseId) {
        return isCaseEnterprise(caseId, viewer().userId());
    }

    private boolean isCaseEnterprise(Long caseId, String userId) {
        Integer count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM enterprise_case c JOIN enterprise e ON e.id = c.enterprise_id
                WHERE c.id = :caseId AND e.account_user_id = :userId""",
                new MapSqlParameterSource("caseId", caseId).addValue("userId", userId), Integer.class);
        return count != null && count > 0;
    }

    private List<Long> casesOfEnterpriseAccount(Collection<Long> caseIds, String userId) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("""
                SELECT c.id FROM enterprise_case c JOIN enterprise e ON e.id = c.enterprise_id
                WHERE e.account_user_id = :userId""", new MapSqlParameterSource("userId", userId), Long.class)
                .stream().filter(caseIds::contains).toList();
    }

    private boolean exists(Long caseId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM enterprise_case WHERE id = :id",
                new MapSqlParameterSource("id", caseId), Integer.class);
        return count != null && count > 0;
    }

    private Viewer viewer() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new org.rectify.identity.Caller.NotAllowedException("Authentication required");
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return new Viewer(authentication.getUserId(), Set.copyOf(groups));
    }

    /** The authenticated caller and its groups, sorted by what each group opens. */
    record Viewer(String userId, Set<String> groups) {

        boolean seesAll() {
            return groups.stream().anyMatch(OFFICES::contains);
        }

        /** Groups of agencies, which see the whole record of the cases they work on. */
        Set<String> agencyGroups() {
            return groups.stream().filter(g -> Agency.byGroupId(g).filter(a -> !a.isUmbrella()).isPresent())
                    .collect(Collectors.toSet());
        }

        /** The groups of single firms (design-firm-12), which see the cases that hired them. */
        Set<String> firmGroups() {
            return groups.stream().filter(g -> Agency.byGroupId(g).isEmpty() && Agency.ofGroup(g).isPresent())
                    .collect(Collectors.toSet());
        }
    }

    /** A case that does not exist, or that the caller may not see: the same answer for both. */
    public static class CaseNotFoundException extends java.util.NoSuchElementException {
        public CaseNotFoundException(Long caseId) {
            super("caseId: 案件不存在 no case " + caseId);
        }
    }
}
