package org.rectify.config;

import org.rectify.config.AdminPasswordRequirement.MissingAdminPasswordException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the missing password into Spring Boot's short start-up report instead of a stack trace. */
class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + AdminPasswordRequirement.VARIABLE + " to the password of the 'admin' user and start again.",
                cause);
    }
}
