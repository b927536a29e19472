package dev.rollsafe.verify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How the claims test reaches PostgreSQL: {@code ROLLSAFE_PG_URL} (default {@value #DEFAULT_URL}),
 * {@code ROLLSAFE_PG_USER} (default {@code postgres}), {@code ROLLSAFE_PG_PASSWORD}.
 */
final class PgServer {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private PgServer() {
    }

    static String url() {
        String url = System.getenv("ROLLSAFE_PG_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    static Connection connect() throws SQLException {
        Properties p = new Properties();
        String user = System.getenv("ROLLSAFE_PG_USER");
        p.setProperty("user", user == null || user.isBlank() ? "postgres" : user);
        String password = System.getenv("ROLLSAFE_PG_PASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        p.setProperty("ApplicationName", "rollsafe-claims-test");
        return DriverManager.getConnection(url(), p);
    }

    /** {@code 9.5} is 905, {@code 15} or {@code 15.4} is 1500; unreadable text is 0. */
    static int versionNumber(String text) {
        String[] parts = text.strip().split("[.\\s]");
        try {
            int major = Integer.parseInt(parts[0]);
            return major * 100 + (major < 10 && parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The same numbering for the server's {@code server_version_num} (150020 is 1500, 90624 is 906). */
    static int fromServerVersionNum(int num) {
        return num >= 100000 ? num / 10000 * 100 : num / 100;
    }
}
