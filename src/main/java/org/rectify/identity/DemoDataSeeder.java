package org.rectify.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two demo users per agency ({@code safety1}, {@code safety2}, ...) and a supervisor, so that a
 * fresh start can be tried at once. On by default, off in the mysql profile unless
 * {@code rectify.demo-data=true}.
 */
@Component
@ConditionalOnProperty(name = "rectify.demo-data", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoDataSeeder implements ApplicationRunner {

    static final int USERS_PER_AGENCY = 2;

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final IdentityService identityService;
    private final String password;

    DemoDataSeeder(IdentityService identityService, @Value("${rectify.demo-password:demo}") String password) {
        this.identityService = identityService;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Agency agency : Agency.values()) {
            int count = agency == Agency.SUPERVISOR ? 1 : USERS_PER_AGENCY;
            for (int n = 1; n <= count; n++) {
                if (ensureUser(agency, n)) {
                    created++;
                }
            }
        }
        log.info("Demo data: {} demo users created (password as rectify.demo-password)", created);
    }

    private boolean ensureUser(Agency agency, int number) {
        String userId = agency.groupId() + number;
        if (identityService.createUserQuery().userId(userId).count() > 0) {
            return false;
        }
        User user = identityService.newUser(userId);
        user.setFirstName(agency.displayName());
        user.setLastName(String.valueOf(number));
        user.setEmail(userId + "@rectify.example");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(userId, agency.groupId());
        return true;
    }
}
