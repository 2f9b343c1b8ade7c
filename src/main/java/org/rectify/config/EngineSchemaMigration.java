package org.rectify.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Camunda's own tables on MySQL/MariaDB, owned by Flyway like ours: created from the engine's
 * bundled create scripts for the version in use, or, in a database where the engine created them
 * itself, converted. Either way in utf8mb4 with a binary collation instead of the scripts'
 * three-byte utf8, so that every character (CJK Extension B names such as 𠀀) can reach the
 * engine. On H2 the engine keeps creating its own tables (camunda.bpm.database.schema-update).
 *
 * <p>An upgrade of Camunda is a migration of its own: the engine's upgrade script for the two
 * versions, run through {@link #toUtf8mb4} the same way.
 */
@Component
class EngineSchemaMigration implements JavaMigration {

    /** The order in which the engine creates its schema itself (DbSqlSession.dbSchemaCreate). */
    static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");
    static final String SCRIPT = "org/camunda/bpm/engine/db/create/activiti.mysql.create.%s.sql";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "Camunda engine tables in utf8mb4 (MySQL/MariaDB)";
    }

    @Override
    public Integer getChecksum() {
        return 10;
    }

    @Override
    public boolean canExecuteInTransaction() {
        // MySQL commits every DDL statement anyway
        return false;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return;
        }
        List<String> existing = engineTables(connection);
        try (Statement statement = connection.createStatement()) {
            if (existing.isEmpty()) {
                for (String part : PARTS) {
                    for (String sql : statements(toUtf8mb4(script(String.format(SCRIPT, part))))) {
                        statement.execute(sql);
                    }
                }
            } else {
                // MySQL and MariaDB change no column a foreign key names: the keys go, the tables are
                // converted (each ALTER is idempotent), the same keys come back
                List<ForeignKey> keys = foreignKeys(connection);
                for (ForeignKey key : keys) {
                    statement.execute("ALTER TABLE " + key.table() + " DROP FOREIGN KEY " + key.name());
                }
                for (String table : existing) {
                    statement.execute("ALTER TABLE " + table + " CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                }
                for (ForeignKey key : keys) {
                    statement.execute(key.addStatement());
                }
            }
        }
    }

    /** The scripts' three-byte utf8 becomes utf8mb4, keeping their binary (case-sensitive) collation. */
    static String toUtf8mb4(String script) {
        return script.replace("CHARSET=utf8 COLLATE utf8_bin", "CHARSET=utf8mb4 COLLATE utf8mb4_bin");
    }

    /** The script's statements: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        StringBuilder text = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : text.toString().split(";\\s*\n")) {
            String sql = statement.strip();
            if (sql.endsWith(";")) {
                sql = sql.substring(0, sql.length() - 1);
            }
            if (!sql.isEmpty()) {
                statements.add(sql);
            }
        }
        return statements;
    }

    private static List<String> engineTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_name LIKE 'ACT\\_%'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** A foreign key of the engine's tables, as information_schema describes it. */
    record ForeignKey(String table, String name, List<String> columns, String referencedTable,
                      List<String> referencedColumns, String onDelete, String onUpdate) {

        String addStatement() {
            return "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (" + String.join(", ", columns)
                    + ") REFERENCES " + referencedTable + " (" + String.join(", ", referencedColumns) + ") ON DELETE "
                    + onDelete + " ON UPDATE " + onUpdate;
        }
    }

    private static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
        Map<String, ForeignKey> keys = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME,"
                     + " k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE"
                     + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
                     + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                     + " AND r.TABLE_NAME = k.TABLE_NAME"
                     + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME LIKE 'ACT\\_%'"
                     + " AND k.REFERENCED_TABLE_NAME IS NOT NULL"
                     + " ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
            while (rows.next()) {
                String table = rows.getString(1);
                String name = rows.getString(2);
                String referenced = rows.getString(4);
                String onDelete = rows.getString(6);
                String onUpdate = rows.getString(7);
                ForeignKey key = keys.computeIfAbsent(table + "." + name, id -> new ForeignKey(table, name,
                        new ArrayList<>(), referenced, new ArrayList<>(), onDelete, onUpdate));
                key.columns().add(rows.getString(3));
                key.referencedColumns().add(rows.getString(5));
            }
        }
        return List.copyOf(keys.values());
    }

    private static String script(String resource) {
        try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The engine's script " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
