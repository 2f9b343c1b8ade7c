package org.rectify.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The agencies exist in every environment, so their groups, their Tasklist filter and what
 * each may see are kept in place at every start. People are not created here: demo users come
 * from {@link DemoDataSeeder}, real ones from Camunda Admin.
 *
 * <p>Agencies see a task only through the authorization the engine creates when their group
 * becomes a candidate (permission TASK_WORK, see application.yaml); nothing here grants tasks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgencyDirectory implements ApplicationRunner {

    static final String TASKS_FILTER_NAME = "待办任务 Tasks";

    private static final Logger log = LoggerFactory.getLogger(AgencyDirectory.class);

    private final IdentityService identityService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationGrants grants;

    AgencyDirectory(IdentityService identityService, FilterService filterService, TaskService taskService,
                    AuthorizationGrants grants) {
        this.identityService = identityService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Agency agency : Agency.values()) {
            ensureGroup(agency);
        }
        String filterId = ensureTasksFilter();
        for (Agency agency : Agency.taskAgencies()) {
            String group = agency.groupId();
            grants.grantGroup(group, APPLICATION, "tasklist", ACCESS);
            grants.grantGroup(group, FILTER, filterId, READ);
            // lets Tasklist show process names and render forms deployed with the process
            grants.grantGroup(group, PROCESS_DEFINITION, Authorization.ANY, READ);
            grants.grantGroup(group, DEPLOYMENT, Authorization.ANY, READ);
        }
        grantSupervisorReadOnly(Agency.SUPERVISOR.groupId());
        log.info("Agency groups and authorizations in place ({} groups)", Agency.values().length);
    }

    private void ensureGroup(Agency agency) {
        Group group = identityService.createGroupQuery().groupId(agency.groupId()).singleResult();
        if (group == null) {
            group = identityService.newGroup(agency.groupId());
        }
        group.setName(agency.displayName());
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identityService.saveGroup(group);
    }

    private String ensureTasksFilter() {
        Filter filter = filterService.createFilterQuery().filterName(TASKS_FILTER_NAME).singleResult();
        if (filter == null) {
            // an empty query: each user sees exactly the tasks authorized to their group
            filter = filterService.newTaskFilter(TASKS_FILTER_NAME).setQuery(taskService.createTaskQuery());
        }
        // the list names the enterprise of each task, so an agency need not open a task to find a case
        filter.setProperties(Map.of(
                "description", "本机构的任务 Tasks of your agency",
                "priority", -10,
                "refresh", true,
                "variables", List.of(Map.of("name", EnterpriseCaseVariables.ENTERPRISE_NAME, "label", "企业 Enterprise"))));
        filterService.saveFilter(filter);
        return filter.getId();
    }

    /** Cockpit shows everything to the leading group; no grant here allows a change. */
    private void grantSupervisorReadOnly(String group) {
        grants.grantGroup(group, APPLICATION, "cockpit", ACCESS);
        grants.grantGroup(group, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY);
        grants.grantGroup(group, PROCESS_INSTANCE, Authorization.ANY, READ);
        grants.grantGroup(group, TASK, Authorization.ANY, READ);
        grants.grantGroup(group, DEPLOYMENT, Authorization.ANY, READ);
        grants.grantGroup(group, DECISION_DEFINITION, Authorization.ANY, READ, READ_HISTORY);
        grants.grantGroup(group, DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, READ);
        grants.grantGroup(group, BATCH, Authorization.ANY, READ, READ_HISTORY);
        grants.grantGroup(group, HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
        grants.grantGroup(group, HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
    }
}
