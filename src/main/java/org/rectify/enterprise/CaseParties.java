package org.rectify.enterprise;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.rectify.identity.Agency;
import org.rectify.shared.EngineAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The parties of each case (table case_party): every group that has or had a task on it, kept
 * from the engine's task events in the engine's transaction, and the firms the enterprise hired.
 * The access policy lets an agency or a firm read the cases it is a party to.
 */
@Component
public class CaseParties implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseParties.class);
    private static final int PAGE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseProcesses processes;
    private final HistoryService historyService;
    private final EnterpriseCaseRepository cases;
    private final EngineAsSystem engine;

    CaseParties(NamedParameterJdbcTemplate jdbc, CaseProcesses processes, HistoryService historyService,
                EnterpriseCaseRepository cases, EngineAsSystem engine) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.historyService = historyService;
        this.cases = cases;
        this.engine = engine;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        Long caseId = processes.caseIdOrNull(task);
        if (caseId == null) {
            return;
        }
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                add(caseId, link.getGroupId());
            }
        }
    }

    /** A group becomes a party to the case; an umbrella group (every enterprise, every firm) never does. */
    public void add(Long caseId, String group) {
        if (Agency.byGroupId(group).filter(Agency::isUmbrella).isPresent()) {
            return;
        }
        MapSqlParameterSource row = new MapSqlParameterSource("caseId", caseId).addValue("party", group);
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM case_party WHERE case_id = :caseId AND party = :party",
                row, Integer.class);
        if (known != null && known > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO case_party (case_id, party) VALUES (:caseId, :party)", row);
        } catch (DuplicateKeyException enteredMeanwhile) {
            // another task of the same case and group, created at the same moment on another node
        }
    }

    public boolean isParty(Long caseId, Collection<String> groups) {
        if (groups.isEmpty()) {
            return false;
        }
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM case_party WHERE case_id = :caseId AND party IN (:groups)",
                new MapSqlParameterSource("caseId", caseId).addValue("groups", groups), Integer.class);
        return count != null && count > 0;
    }

    /** Those of the cases to which one of the groups is a party. */
    public Set<Long> casesAmong(Collection<Long> caseIds, Collection<String> groups) {
        Set<Long> found = new HashSet<>();
        if (caseIds.isEmpty() || groups.isEmpty()) {
            return found;
        }
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += PAGE) {
            found.addAll(jdbc.queryForList("SELECT DISTINCT case_id FROM case_party WHERE party IN (:groups)"
                            + " AND case_id IN (:ids)",
                    new MapSqlParameterSource("groups", groups)
                            .addValue("ids", ids.subList(from, Math.min(from + PAGE, ids.size()))), Long.class));
        }
        return found;
    }

    /**
     * After an upgrade from a version without the register, the parties are read once from the
     * engine's history of candidate groups (the register is empty while cases exist).
     */
    @Override
    public void run(ApplicationArguments args) {
        Long registered = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM case_party", Long.class);
        if (registered == null || registered > 0 || cases.count() == 0) {
            return;
        }
        int entered = engine.call(() -> {
            int count = 0;
            for (int first = 0; ; first += PAGE) {
                List<HistoricIdentityLinkLog> page = historyService.createHistoricIdentityLinkLogQuery()
                        .type(IdentityLinkType.CANDIDATE).operationType("add").orderByTime().asc()
                        .listPage(first, PAGE);
                for (HistoricIdentityLinkLog link : page) {
                    if (link.getGroupId() == null || link.getRootProcessInstanceId() == null) {
                        continue;
                    }
                    Long caseId = cases.findIdByProcessInstanceId(link.getRootProcessInstanceId()).orElse(null);
                    if (caseId != null) {
                        add(caseId, link.getGroupId());
                        count++;
                    }
                }
                if (page.size() < PAGE) {
                    return count;
                }
            }
        });
        log.info("Case parties: {} entered from the engine's history", entered);
    }
}
