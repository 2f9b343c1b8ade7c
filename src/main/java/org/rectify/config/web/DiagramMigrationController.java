package org.rectify.config.web;

import java.util.List;
import org.rectify.config.DiagramMigration;
import org.rectify.identity.Caller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An administrator moves running cases to the latest diagrams after a release (README). */
@RestController
@RequestMapping("/api/admin")
class DiagramMigrationController {

    private final DiagramMigration migration;
    private final Caller caller;

    DiagramMigrationController(DiagramMigration migration, Caller caller) {
        this.migration = migration;
        this.caller = caller;
    }

    @PostMapping("/diagram-migration")
    List<DiagramMigration.Moved> migrate() {
        caller.requireAnyOf();
        return migration.migrateRunningInstances();
    }
}
