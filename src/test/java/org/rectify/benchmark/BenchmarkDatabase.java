package org.rectify.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The MySQL/MariaDB database a benchmark runs on: benchmark.mysql.host, user root, empty password. */
final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    static String mysqlHost() {
        return System.getProperty("benchmark.mysql.host", "127.0.0.1:3306");
    }

    static String mysqlUrl(String database) {
        return "jdbc:mysql://" + mysqlHost() + "/" + database + "?useUnicode=true&characterEncoding=UTF-8"
                + "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&serverTimezone=UTC";
    }

    /** Drops the database and creates it anew, empty. */
    static void recreateMysql(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(mysqlUrl(""), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }
}
