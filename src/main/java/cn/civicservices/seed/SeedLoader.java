package cn.civicservices.seed;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import cn.civicservices.common.DatabaseSchema;
import cn.civicservices.pension.PaymentSchedule;
import cn.civicservices.resident.IdNumber;
import cn.civicservices.resident.PiiVault;
import io.agroal.api.AgroalDataSource;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Loads the seed dataset of {@code seeds/data} (Heshun county: areas, service points, workers, synthetic
 * residents, pensions and the 2026 certification campaign) into an empty database, in one transaction.
 * Enabled in dev and test only; production never loads demo data.
 * <p>
 * The dataset tells its story as of one day ({@code as-of.txt}). It is loaded moved to the clock's today, so that
 * the demo tells the same story on whatever day it starts: see {@link SeedCalendar}.
 */
@Singleton
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** Files in foreign-key order; each file's header names its columns. */
    static final List<String> TABLES = List.of("area", "administrator", "service_point", "worker", "worker_area",
            "resident", "enrolment", "contribution", "pension_benefit", "pension_payment", "certification_campaign",
            "home_visit", "certification");

    @ConfigMapping(prefix = "civic.seed")
    public interface SeedConfig {
        /** Whether to load the seed dataset at start when the database has no residents yet. */
        @WithDefault("false")
        boolean enabled();

        /** Folder of the seed CSV files, relative to the working directory. */
        @WithDefault("seeds/data")
        String directory();
    }

    @Inject
    SeedConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PiiVault vault;

    @Inject
    Clock clock;

    @Inject
    PaymentSchedule schedule;

    /** Once the schema is migrated: at start, or when the database first answers. */
    void onStart(@Observes DatabaseSchema.Ready event) {
        if (config.enabled()) {
            load(Path.of(config.directory()));
        }
    }

    public void load(Path directory) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (alreadySeeded(connection)) {
                    connection.rollback();
                    LOG.info("Seed data already present; nothing loaded");
                    return;
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                SeedCalendar calendar = SeedCalendar.between(
                        LocalDate.parse(Files.readString(directory.resolve("as-of.txt")).trim()),
                        LocalDate.now(clock), schedule::payday);
                long rows = 0;
                for (String table : TABLES) {
                    rows += copyTable(copy, directory.resolve(table + ".csv"), table, calendar);
                }
                resetIdentities(connection);
                connection.commit();
                LOG.infof("Seed data loaded from %s: %d rows in %d ms, %s", directory.toAbsolutePath(), rows,
                        (System.nanoTime() - started) / 1_000_000, calendar);
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw new IllegalStateException("Seed data could not be loaded from " + directory.toAbsolutePath()
                        + "; nothing was written", e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection for the seed data", e);
        }
    }

    private static boolean alreadySeeded(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select exists (select 1 from resident)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private long copyTable(CopyManager copy, Path file, String table, SeedCalendar calendar)
            throws IOException, SQLException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return 0;
        }
        String columns = lines.get(0);
        List<String> header = Csv.parseLine(columns);
        boolean protect = table.equals("resident");
        if (!protect && !calendar.moves(table, header)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv, HEADER true)",
                        reader);
            }
        }
        Rows rows = protect ? protectIdNumbers(lines) : new Rows(header, lines.subList(1, lines.size()).stream()
                .filter(line -> !line.isBlank()).map(line -> (List<String>) new ArrayList<>(Csv.parseLine(line)))
                .toList());
        StringBuilder csv = new StringBuilder(String.join(",", rows.header())).append('\n');
        for (List<String> fields : rows.fields()) {
            calendar.move(table, rows.header(), fields);
            csv.append(Csv.formatLine(fields)).append('\n');
        }
        return copy.copyIn("COPY " + table + " (" + String.join(",", rows.header())
                + ") FROM STDIN WITH (FORMAT csv, HEADER true)", new StringReader(csv.toString()));
    }

    private record Rows(List<String> header, List<List<String>> fields) {
    }

    /** Replaces the clear ID number column by its keyed hash, its encryption and its masked form. */
    private Rows protectIdNumbers(List<String> lines) {
        List<String> header = Csv.parseLine(lines.get(0));
        int column = header.indexOf("id_number");
        if (column < 0) {
            throw new IllegalStateException("resident.csv has no id_number column");
        }
        HexFormat hex = HexFormat.of();
        List<String> outHeader = new ArrayList<>(header);
        outHeader.remove(column);
        outHeader.addAll(List.of("id_number_hash", "id_number_enc", "id_number_mask", "id_number_key_version"));
        List<List<String>> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = new ArrayList<>(Csv.parseLine(line));
            String raw = fields.remove(column);
            IdNumber number;
            try {
                number = IdNumber.parse(raw);
            } catch (IllegalArgumentException e) {
                throw new UncheckedIOException(new IOException("resident.csv has an invalid ID number: " + line));
            }
            fields.add("\\x" + hex.formatHex(vault.hash(number)));
            fields.add("\\x" + hex.formatHex(vault.encrypt(number)));
            fields.add(number.masked());
            fields.add(String.valueOf(vault.currentVersion()));
            rows.add(fields);
        }
        return new Rows(outHeader, rows);
    }

    private static void resetIdentities(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String table : TABLES) {
                if (!table.equals("area") && !table.equals("worker_area")) {
                    st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + "coalesce((select max(id) from " + table + "), 0) + 1, false)");
                }
            }
        }
    }
}
