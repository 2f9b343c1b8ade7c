package org.rectify.config;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.rectify.shared.EngineAsSystem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Servlet filters around the engine REST API (both its paths) and the Admin first-run page; who
 * may call what is Spring Security's (SecurityConfig).
 */
@Configuration
class WebSecurityConfig {

    static final String[] ENGINE_PATTERNS = {EngineRequests.REST + "/*", EngineRequests.WEBAPP + "/*"};

    /** Runs after authentication, so anonymous callers learn nothing from it. */
    @Bean
    FilterRegistrationBean<ExpressionGuardFilter> expressionGuardFilter() {
        FilterRegistrationBean<ExpressionGuardFilter> registration =
                new FilterRegistrationBean<>(new ExpressionGuardFilter());
        registration.addUrlPatterns(ENGINE_PATTERNS);
        registration.setName("rectify-expression-guard");
        registration.setOrder(FilterOrder.EXPRESSION_GUARD);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineErrorsFilter> engineErrorsFilter(TaskService taskService, EngineAsSystem engine) {
        EngineErrorsFilter filter = new EngineErrorsFilter(taskId -> engine.call(() -> Optional
                .ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult())
                .map(Task::getAssignee).orElse(null)));
        FilterRegistrationBean<EngineErrorsFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(ENGINE_PATTERNS);
        registration.setName("rectify-engine-errors");
        registration.setOrder(FilterOrder.ENGINE_ERRORS);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappQueryPageFilter> webappQueryPageFilter(
            @Value("${camunda.bpm.generic-properties.properties.query-max-results-limit:2000}") int limit) {
        FilterRegistrationBean<WebappQueryPageFilter> registration =
                new FilterRegistrationBean<>(new WebappQueryPageFilter(limit));
        registration.addUrlPatterns(EngineRequests.WEBAPP + "/*");
        registration.setName("rectify-webapp-query-page");
        registration.setOrder(FilterOrder.TASK_REQUESTS);
        return registration;
    }

    /** The administrator always exists (see AdminGroupGuard); the setup page has nothing to do. */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> adminSetupBlockFilter() {
        FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>(
                (request, response, chain) -> RestErrors.write((HttpServletResponse) response,
                        HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                        "The first-run setup is disabled: administrators are managed in Camunda Admin"));
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setName("rectify-admin-setup-block");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
