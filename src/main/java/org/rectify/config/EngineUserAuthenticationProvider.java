package org.rectify.config;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic against the Camunda identity: the user's password as Camunda Admin keeps it (with its
 * lock after failed attempts), and the user's groups as authorities {@code GROUP_<id>}. Checked on
 * every request, so a removed or locked user loses access at once.
 */
class EngineUserAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    EngineUserAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (userId == null || userId.isEmpty() || password == null || !hasPassword(userId)
                || !identityService.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, EngineRequests.authorities(groups));
    }

    /** An account whose password was never set cannot log in (the engine's check fails on it). */
    private boolean hasPassword(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user != null && user.getPassword() != null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
