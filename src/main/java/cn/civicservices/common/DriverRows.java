package cn.civicservices.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The rows of one {@code select}, read through the driver on the session's own connection, each as the column
 * values the driver gives ({@code getObject}), for the hot reads of what a request only shows (an area by its code,
 * a page of service points): there, Hibernate's handling of a native query (a result mapping resolved from the
 * result set's metadata on every execution, a row reader and an extractor per value, a check for pending changes
 * before it) cost about 7 % of the CPU, beside the driver's own 17 % (a page of 50 points with their areas).
 * <p>
 * The statement goes through Hibernate's statement preparer, so it is inspected and counted
 * ({@link SqlStatementCounter}) like every other, runs on the connection of the current transaction when there is
 * one, and a failure of the database arrives as Hibernate's exception of it. Nothing is flushed before it: only for
 * tables that the unit of work reading them does not write. Parameters are named {@code :name} in the SQL, as in
 * a native query.
 */
public final class DriverRows {

    /** A statement's SQL with {@code ?} for each named parameter, and the names in their order. */
    record Positional(String sql, List<String> names) {
    }

    private DriverRows() {
    }

    public static List<Object[]> list(EntityManager em, String sql, Map<String, ?> parameters) {
        Positional statement = positional(sql);
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement prepared = jdbc.getStatementPreparer().prepareStatement(statement.sql());
        try {
            for (int i = 0; i < statement.names().size(); i++) {
                String name = statement.names().get(i);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("no value for the parameter " + name);
                }
                prepared.setObject(i + 1, parameters.get(name));
            }
            ResultSet rows = jdbc.getResultSetReturn().extract(prepared, statement.sql());
            int columns = rows.getMetaData().getColumnCount();
            List<Object[]> read = new ArrayList<>();
            while (rows.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rows.getObject(c + 1);
                }
                read.add(row);
            }
            return read;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "reading rows", statement.sql());
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(prepared);
            jdbc.afterStatementExecution();
        }
    }

    /** {@code :name} becomes {@code ?}; a {@code ::} cast and what is inside quotes stay as they are. */
    static Positional positional(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && next(sql, i) == ':') {
                out.append("::");
                i++;
                continue;
            } else if (!quoted && c == ':' && Character.isJavaIdentifierStart(next(sql, i))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                out.append('?');
                i = end - 1;
                continue;
            }
            out.append(c);
        }
        return new Positional(out.toString(), List.copyOf(names));
    }

    private static char next(String sql, int at) {
        return at + 1 < sql.length() ? sql.charAt(at + 1) : ' ';
    }
}
