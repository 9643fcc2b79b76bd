package fr.ricochet.workshop.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a test database behind the store's back, to see what it really holds (how many rows, what a column keeps).
 * Table and column names come from the tests, never from input.
 */
public final class Rows {

    private Rows() {
    }

    public static long count(DatabaseConfig config, String table) {
        List<String> counted = column(config, "SELECT COUNT(*) FROM " + table);
        return Long.parseLong(counted.get(0));
    }

    /** Every value of the first column the query selects, as text. */
    public static List<String> column(DatabaseConfig config, String query) {
        try (Connection connection = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            if (config.schema() != null) {
                connection.setSchema(config.schema());
            }
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database: " + e.getMessage(), e);
        }
    }
}
