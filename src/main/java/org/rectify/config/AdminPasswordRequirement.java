package org.rectify.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * In production (profile mysql) nobody gets a default administrator password: the app stops
 * before touching the database unless {@value #VARIABLE} is set.
 */
public class AdminPasswordRequirement implements EnvironmentPostProcessor, Ordered {

    public static final String VARIABLE = "RECTIFY_ADMIN_PASSWORD";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("mysql"))
                && !StringUtils.hasText(environment.getProperty(VARIABLE))) {
            throw new MissingAdminPasswordException();
        }
    }

    @Override
    public int getOrder() {
        // after the config data processor has activated the profiles
        return Ordered.LOWEST_PRECEDENCE;
    }

    public static class MissingAdminPasswordException extends IllegalStateException {
        MissingAdminPasswordException() {
            super("Environment variable " + VARIABLE + " is not set: the mysql profile needs the admin password there");
        }
    }
}
