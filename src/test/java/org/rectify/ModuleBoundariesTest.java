package org.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages under org.rectify (campaign, enterprise, review, closure, rectification,
 * deadline, report, identity, config, shared) are modules: another module may use a module's
 * top-level package, its public face, but not its sub-packages (web, dashboard, ...), and no two
 * modules may depend on each other, directly or round a longer cycle.
 */
class ModuleBoundariesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(RectifyApplication.class);

    @Test
    void featurePackagesUseOnlyEachOthersPublicFacesAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void theSharedBasicsAndTheIdentitiesDependOnNoFeature() {
        assertThat(dependencies("shared")).isEmpty();
        assertThat(dependencies("identity")).containsExactly("shared");
        // the case record is what every stage builds on: it needs no stage
        assertThat(dependencies("enterprise")).containsExactlyInAnyOrder("identity", "shared");
    }

    private static java.util.List<String> dependencies(String module) {
        ApplicationModule found = MODULES.getModuleByName(module).orElseThrow();
        return found.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()).toList();
    }
}
