package org.rectify.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Camunda Admin offers a first-run page that creates an administrator whenever the
 * {@code camunda-admin} group has no members. The starter's admin user fills the group at start;
 * this check refuses to run if it is empty anyway, so that page can never open.
 */
@Component
class AdminGroupGuard implements ApplicationRunner {

    private final IdentityService identityService;

    AdminGroupGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            throw new IllegalStateException("Group " + Groups.CAMUNDA_ADMIN
                    + " has no members; set camunda.bpm.admin-user.id so that an administrator exists");
        }
    }
}
