package org.rectify.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.rectify.shared.EngineAsSystem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One Camunda user per enterprise, {@code ent-<credit code in lower case>}, in group
 * {@code enterprise}; the enterprise record keeps the link to it. The enterprise's own tasks name
 * that account as candidate user, so an enterprise sees only its own case. With demo data it gets the demo password; otherwise a random
 * one that nobody knows, until an administrator sets one in Camunda Admin.
 */
@Component("enterpriseAccounts")
public class EnterpriseAccounts {

    public static final String PREFIX = "ent-";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final EngineAsSystem engine;
    private final boolean demo;
    private final String demoPassword;

    EnterpriseAccounts(IdentityService identityService, EngineAsSystem engine,
                       @Value("${rectify.demo-data:false}") boolean demo,
                       @Value("${rectify.demo-password:demo}") String demoPassword) {
        this.identityService = identityService;
        this.engine = engine;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    /** A password nobody is told: the account cannot log in until an administrator sets one. */
    private static String unknowable() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    /** The user id a new enterprise account gets; the enterprise record keeps the link to it. */
    public String userId(String creditCode) {
        return PREFIX + creditCode.toLowerCase(Locale.ROOT);
    }

    /** Creates the enterprise's user if it does not exist yet; an existing one is left as it is. */
    public String ensure(String creditCode, String enterpriseName) {
        String userId = userId(creditCode);
        engine.run(() -> {
            if (identityService.createUserQuery().userId(userId).count() > 0) {
                return;
            }
            User user = identityService.newUser(userId);
            user.setFirstName(enterpriseName.length() > 255 ? enterpriseName.substring(0, 255) : enterpriseName);
            user.setLastName(Agency.ENTERPRISE.displayName());
            user.setPassword(demo ? demoPassword : unknowable());
            identityService.saveUser(user);
            identityService.createMembership(userId, Agency.ENTERPRISE.groupId());
        });
        return userId;
    }
}
