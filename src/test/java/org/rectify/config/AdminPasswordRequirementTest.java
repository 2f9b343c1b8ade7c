package org.rectify.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordRequirementTest {

    final AdminPasswordRequirement requirement = new AdminPasswordRequirement();
    final SpringApplication application = new SpringApplication();

    @Test
    void mysqlProfileWithoutPasswordStopsNamingTheVariable() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("mysql");

        assertThatThrownBy(() -> requirement.postProcessEnvironment(environment, application))
                .hasMessageContaining("RECTIFY_ADMIN_PASSWORD")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void blankPasswordCountsAsMissing() {
        MockEnvironment environment = new MockEnvironment().withProperty("RECTIFY_ADMIN_PASSWORD", "  ");
        environment.setActiveProfiles("mysql");

        assertThatThrownBy(() -> requirement.postProcessEnvironment(environment, application))
                .isInstanceOf(AdminPasswordRequirement.MissingAdminPasswordException.class);
    }

    @Test
    void mysqlProfileWithPasswordStarts() {
        MockEnvironment environment = new MockEnvironment().withProperty("RECTIFY_ADMIN_PASSWORD", "s3cret");
        environment.setActiveProfiles("mysql");

        assertThatCode(() -> requirement.postProcessEnvironment(environment, application)).doesNotThrowAnyException();
    }

    @Test
    void defaultProfileNeedsNoPassword() {
        assertThatCode(() -> requirement.postProcessEnvironment(new MockEnvironment(), application))
                .doesNotThrowAnyException();
    }

    @Test
    void failureReportSaysWhatToSet() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("mysql");
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> requirement.postProcessEnvironment(environment, application));

        FailureAnalysis analysis = new MissingAdminPasswordFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).contains("RECTIFY_ADMIN_PASSWORD");
        assertThat(analysis.getAction()).contains("Set RECTIFY_ADMIN_PASSWORD");
    }
}
