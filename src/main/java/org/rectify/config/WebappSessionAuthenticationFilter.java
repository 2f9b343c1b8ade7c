package org.rectify.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a Tasklist or Cockpit page call our endpoints with the webapp login it already has: the
 * Camunda webapp session's user and groups become the request's authentication. A changing request
 * must carry the webapps' CSRF token (header X-XSRF-TOKEN), as the webapps' own API requires.
 * A request with an Authorization header is left to HTTP Basic.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final String engineName;

    WebappSessionAuthenticationFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getHeader("Authorization") == null
                && SecurityContextHolder.getContext().getAuthentication() == null && csrfTokenMatches(request, session)) {
            Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                    .getAuthenticationForProcessEngine(engineName);
            if (authentication instanceof UserAuthentication user && user.getName() != null) {
                List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                        .authenticated(user.getName(), null, EngineRequests.authorities(groups)));
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
        if (SAFE.contains(request.getMethod())) {
            return true;
        }
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return expected != null && expected.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
    }
}
