package org.rectify.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * What callers may ask of the engine REST API (both paths, see {@link EngineRequests}) beyond the
 * engine's own authorizations, which leave some doors open:
 * <ul>
 *   <li>signals, messages and executions, variables written directly, candidates and delegation,
 *       BPMN errors thrown from a task, task updates: administrators only; the processes' own code
 *       uses the Java API;</li>
 *   <li>a user who works on no tasks (the leading group) reads and queries, and changes nothing:
 *       no comment, attachment, claim or completion;</li>
 *   <li>everything else is left to the engine's authorizations and to {@link TaskRequestFilter}.</li>
 * </ul>
 */
final class EngineRequestRules implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String ID = "[^/]+";
    private static final List<Rule> ADMIN_ONLY = List.of(
            rule("POST", "/signal"),
            rule("POST", "/message(/.*)?"),
            rule("(POST|PUT|DELETE)", "/execution/.+"),
            rule("(POST|PUT|DELETE)", "/task/" + ID + "/(variables|localVariables)(/.*)?"),
            rule("(POST|PUT|DELETE)", "/task/" + ID + "/identity-links(/.*)?"),
            rule("POST", "/task/" + ID + "/(delegate|bpmnError|bpmnEscalation)"),
            rule("(PUT|DELETE)", "/task/" + ID),
            rule("POST", "/task/create"),
            rule("(POST|PUT|DELETE)", "/process-instance/" + ID + "/variables(/.*)?"));

    /** The POST requests that only read: queries and counts. */
    private static final List<Pattern> QUERIES = List.of(
            Pattern.compile("/(task|process-instance|execution|variable-instance|external-task|incident|job"
                    + "|process-definition|decision-definition|deployment|batch|event-subscription|group|user)(/count)?"),
            Pattern.compile("/filter/" + ID + "/(list|count|singleResult)"),
            Pattern.compile("/history/(?!cleanup)[a-z-]+(/count|/report)?"),
            Pattern.compile("/process-definition/" + ID + "/statistics"));

    record Rule(Pattern methods, Pattern path) {
        boolean matches(String method, String enginePath) {
            return methods.matcher(method).matches() && path.matcher(enginePath).matches();
        }
    }

    private static Rule rule(String methods, String path) {
        return new Rule(Pattern.compile(methods), Pattern.compile(path));
    }

    @Override
    @SuppressWarnings("deprecation") // check is the method to implement in Spring Security 6
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        Optional<String> path = EngineRequests.path(request);
        Authentication caller = authentication.get();
        if (path.isEmpty() || EngineRequests.isAdmin(caller)) {
            return new AuthorizationDecision(true);
        }
        String method = request.getMethod();
        if (ADMIN_ONLY.stream().anyMatch(r -> r.matches(method, path.get()))) {
            return new AuthorizationDecision(false);
        }
        if (isRead(method) || EngineRequests.works(caller)) {
            return new AuthorizationDecision(true);
        }
        // authenticated but working on no task: reading only (or changing one's own profile)
        boolean reads = "POST".equals(method) && QUERIES.stream().anyMatch(q -> q.matcher(path.get()).matches());
        boolean ownProfile = "PUT".equals(method) && caller != null && caller.isAuthenticated()
                && path.get().matches("/user/" + Pattern.quote(caller.getName()) + "/(profile|credentials)");
        return new AuthorizationDecision(reads || ownProfile);
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
