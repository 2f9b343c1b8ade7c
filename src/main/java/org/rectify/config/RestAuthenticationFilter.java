package org.rectify.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.rectify.shared.BasicCredentials;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic against the Camunda identity for every request to the engine REST API, including
 * {@code GET /engine}, which Camunda's own filter leaves open. The authenticated user's groups
 * become the engine's current authentication, so authorization checks apply as in the webapps.
 */
class RestAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    RestAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BasicCredentials credentials = BasicCredentials.parse(request.getHeader("Authorization")).orElse(null);
        if (credentials == null || !identityService.checkPassword(credentials.userId(), credentials.password())) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"rectify\"");
            RestErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
                    "Authentication required: send HTTP Basic credentials of a Rectify user");
            return;
        }
        String userId = credentials.userId();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        identityService.setAuthentication(userId, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
