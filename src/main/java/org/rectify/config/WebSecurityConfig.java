package org.rectify.config;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Servlet filters that close the engine REST API, our own /api and the Admin first-run page. */
@Configuration
class WebSecurityConfig {

    static final String REST_PATTERN = "/engine-rest/*";
    static final String API_PATTERN = "/api/*";
    /** Swagger UI of our /api (springdoc); its OpenAPI description lies under /api itself */
    static final String API_DOCS_PATTERN = "/swagger-ui/*";

    @Bean
    FilterRegistrationBean<RestAuthenticationFilter> restAuthenticationFilter(IdentityService identityService) {
        FilterRegistrationBean<RestAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new RestAuthenticationFilter(identityService));
        registration.addUrlPatterns(REST_PATTERN, API_PATTERN, API_DOCS_PATTERN);
        registration.setName("rectify-rest-authentication");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Runs after authentication, so anonymous callers learn nothing from it. */
    @Bean
    FilterRegistrationBean<ExpressionGuardFilter> expressionGuardFilter() {
        FilterRegistrationBean<ExpressionGuardFilter> registration =
                new FilterRegistrationBean<>(new ExpressionGuardFilter());
        registration.addUrlPatterns(REST_PATTERN);
        registration.setName("rectify-expression-guard");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<InvalidInputStatusFilter> invalidInputStatusFilter() {
        FilterRegistrationBean<InvalidInputStatusFilter> registration =
                new FilterRegistrationBean<>(new InvalidInputStatusFilter());
        registration.addUrlPatterns("/engine-rest/task/*", "/engine-rest/process-definition/*");
        registration.setName("rectify-invalid-input-status");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
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
