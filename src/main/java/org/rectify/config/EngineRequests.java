package org.rectify.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Groups;
import org.rectify.identity.Agency;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The engine's REST API is reachable twice: at /engine-rest (HTTP Basic) and at the webapps' own
 * /camunda/api/engine/engine/{name} (their session). Rules about it are written once, on the path
 * after either prefix ({@code /task/42/submit-form}).
 */
final class EngineRequests {

    static final String REST = "/engine-rest";
    static final String WEBAPP = "/camunda/api/engine";
    static final String GROUP = "GROUP_";
    static final String ADMIN = GROUP + Groups.CAMUNDA_ADMIN;

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:" + REST + "(?:/engine/[^/]+)?|" + WEBAPP + "/engine/[^/]+)(/.*)?$");

    private EngineRequests() {
    }

    /** The engine path of the request, or empty when it is not an engine REST request. */
    static Optional<String> path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PREFIX.matcher(uri);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String path = matcher.group(1);
        return Optional.of(path == null || path.isEmpty() ? "/" : path);
    }

    static List<GrantedAuthority> authorities(Collection<String> groupIds) {
        return groupIds.stream().map(id -> (GrantedAuthority) new SimpleGrantedAuthority(GROUP + id)).toList();
    }

    static Set<String> groups(Authentication authentication) {
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP)).map(a -> a.substring(GROUP.length())).collect(Collectors.toSet());
    }

    static boolean isAdmin(Authentication authentication) {
        return groups(authentication).contains(Groups.CAMUNDA_ADMIN);
    }

    /** Works on tasks: a member of an agency other than the leading group, or of one firm. */
    static boolean works(Authentication authentication) {
        return groups(authentication).stream()
                .anyMatch(g -> Agency.ofGroup(g).filter(Agency::worksOnTasks).isPresent());
    }
}
