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
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The agencies exist in every environment, so their groups, their Tasklist filters and what
 * each may see are kept in place at every start. People are not created here: demo users come
 * from {@link DemoDataSeeder}, real ones from Camunda Admin.
 *
 * <p>Agencies see a task only through the authorization the engine creates when their group
 * becomes a candidate (permission TASK_WORK, see application.yaml); nothing here grants tasks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgencyDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgencyDirectory.class);

    private final IdentityService identityService;
    private final TaskFilters filters;
    private final AuthorizationGrants grants;

    AgencyDirectory(IdentityService identityService, TaskFilters filters, AuthorizationGrants grants) {
        this.identityService = identityService;
        this.filters = filters;
        this.grants = grants;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Agency agency : Agency.values()) {
            ensureGroup(agency);
        }
        filters.ensure();
        for (Agency agency : Agency.taskAgencies()) {
            String group = agency.groupId();
            grants.grantGroup(group, APPLICATION, "tasklist", ACCESS);
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
