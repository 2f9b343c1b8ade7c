package org.rectify.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.TaskService;
import org.rectify.shared.EngineAsSystem;
import org.rectify.shared.TaskForms;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security for our HTTP surface (docs/access-policy.md):
 * <ul>
 *   <li>/engine-rest, /api, /swagger-ui, /actuator: HTTP Basic against the Camunda identity; /api
 *       also accepts the Camunda webapp session, so our Tasklist and Cockpit plugins need no second
 *       login; health without details for anonymous callers, metrics for administrators;</li>
 *   <li>the webapps' own engine API (/camunda/api/engine) and the dashboard data: their session,
 *       under the same engine request rules as /engine-rest.</li>
 * </ul>
 * Camunda's ProcessEngineAuthenticationFilter then makes the authenticated user the engine's, so
 * the engine's authorizations apply on top.
 */
@Configuration
class SecurityConfig {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String DOCS_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; frame-ancestors 'none'";

    @Bean
    AuthenticationProvider engineUsers(IdentityService identityService) {
        return new EngineUserAuthenticationProvider(identityService);
    }

    /** The webapps' own engine API and the dashboard data, on the webapp session. */
    @Bean
    @Order(1)
    SecurityFilterChain webappChain(HttpSecurity http, ProcessEngine engine) throws Exception {
        http.securityMatcher(new OrRequestMatcher(pathPattern(EngineRequests.WEBAPP + "/**"),
                        pathPattern("/rectify-dashboard/**")))
                .csrf(csrf -> csrf.disable()) // the webapps' CsrfPreventionFilter guards their API; the dashboard only reads
                .headers(headers -> headers.disable()) // the webapps set their own security headers
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .logout(logout -> logout.disable())
                // the webapp session is the webapps': never renew its id or create one
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER)
                        .sessionFixation(fixation -> fixation.none()))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint()))
                .addFilterBefore(new WebappSessionAuthenticationFilter(engine.getName()), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()).accessDeniedHandler(deniedHandler()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(pathPattern("/rectify-dashboard/**")).authenticated()
                        .anyRequest().access(new EngineRequestRules()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ProcessEngine engine) throws Exception {
        http.securityMatcher(new OrRequestMatcher(pathPattern(EngineRequests.REST + "/**"), pathPattern("/api/**"),
                        pathPattern("/swagger-ui/**"), pathPattern("/swagger-ui.html"), pathPattern("/actuator/**")))
                .csrf(csrf -> csrf.disable()) // Basic callers send no cookies; session callers must send X-XSRF-TOKEN
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .logout(logout -> logout.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .httpBasic(basic -> basic.realmName("rectify").authenticationEntryPoint(entryPoint()))
                .addFilterBefore(new WebappSessionAuthenticationFilter(engine.getName()), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()).accessDeniedHandler(deniedHandler()))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                                new OrRequestMatcher(pathPattern("/swagger-ui/**"), pathPattern("/swagger-ui.html"))),
                                new ContentSecurityPolicyHeaderWriter(API_CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(pathPattern("/swagger-ui/**"),
                                new ContentSecurityPolicyHeaderWriter(DOCS_CSP))))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(pathPattern(HttpMethod.GET, "/actuator/health"),
                                pathPattern(HttpMethod.GET, "/actuator/health/**"),
                                pathPattern(HttpMethod.GET, "/actuator/info")).permitAll()
                        .requestMatchers(pathPattern("/actuator/**")).hasAuthority(EngineRequests.ADMIN)
                        .requestMatchers(pathPattern(EngineRequests.REST + "/**"))
                        .access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                                new EngineRequestRules()))
                        .anyRequest().authenticated());
        return http.build();
    }

    /** The engine's authentication for the request, from Spring Security's. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns(EngineRequests.REST + "/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityEngineAuthentication.class.getName()));
        registration.setName("rectify-engine-rest-authentication");
        registration.setOrder(FilterOrder.ENGINE_AUTHENTICATION);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> apiEngineAuthentication(IdentityService identityService) {
        FilterRegistrationBean<EngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EngineAuthenticationFilter(identityService));
        registration.addUrlPatterns("/api/*", "/rectify-dashboard/*");
        registration.setName("rectify-api-engine-authentication");
        registration.setOrder(FilterOrder.ENGINE_AUTHENTICATION);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TaskRequestFilter> taskRequests(TaskService taskService, IdentityService identityService,
                                                           TaskForms forms, EngineAsSystem engine) {
        FilterRegistrationBean<TaskRequestFilter> registration =
                new FilterRegistrationBean<>(new TaskRequestFilter(taskService, identityService, forms, engine));
        registration.addUrlPatterns(EngineRequests.REST + "/*", EngineRequests.WEBAPP + "/*");
        registration.setName("rectify-task-requests");
        registration.setOrder(FilterOrder.TASK_REQUESTS);
        return registration;
    }

    private static RequestMatcher pathPattern(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher pathPattern(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    static AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            // a page's own script (the phone page) asks for no browser login dialog: it shows its own login
            boolean script = "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
            if (!script && !request.getRequestURI().startsWith(request.getContextPath() + EngineRequests.WEBAPP)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"rectify\"");
            }
            write(request, response, HttpStatus.UNAUTHORIZED, "AuthenticationException",
                    "需要登录 Authentication required: send HTTP Basic credentials of a Rectify user");
        };
    }

    static AccessDeniedHandler deniedHandler() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "AuthorizationException",
                "无权执行此操作 " + request.getMethod() + " " + request.getRequestURI().substring(
                        request.getContextPath().length()) + " is not allowed for this user");
    }

    /** Engine paths answer in the engine's shape, our API as a problem detail. */
    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                              String message) throws IOException {
        if (EngineRequests.path(request).isPresent()) {
            RestErrors.write(response, status.value(), type, message);
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        RestErrors.json().writeValue(response.getOutputStream(),
                Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.value(),
                        "detail", message));
    }
}
