package org.opensabt.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Versioned schema migrations: ordered SQL scripts in the bundle's {@code db/} folder, {@code V<n>__<what>.sql} for
 * every database or {@code V<n>__<what>.<dialect>.sql} for one, each applied once and recorded with its SHA-256 in
 * {@code registry_schema_history}. A recorded script whose text has changed is refused. Hand-written rather than
 * Flyway: Flyway 10+ finds its database support through {@code ServiceLoader} and reads its configuration with
 * Jackson, which does not work across OSGi bundles without wrapping six more jars; this is the part of it we use.
 */
public final class Migrations {

    /** The scripts: {@code V<n>__<what>.sql} for every database, {@code V<n>__<what>.<dialect>.sql} for one. Listed here, as a bundle cannot list its folder portably. */
    public static final List<String> SCRIPTS = List.of("V1__registry.sql", "V2__access.h2.sql", "V2__access.postgresql.sql");

    public record Applied(int version, String script) {
    }

    private Migrations() {
    }

    /** Applies the missing migrations for the dialect ("h2" or "postgresql"); returns those applied now. */
    public static List<Applied> migrate(Connection c, String dialect) throws SQLException, IOException {
        Map<Integer, String> scripts = new TreeMap<>();
        for (String s : SCRIPTS) {
            String[] parts = s.substring(0, s.length() - ".sql".length()).split("\\.");
            if (parts.length == 1 || parts[1].equals(dialect)) {
                scripts.put(Integer.parseInt(s.substring(1, s.indexOf("__"))), s);
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS registry_schema_history (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                    + "sha256 CHAR(64) NOT NULL, applied_by VARCHAR(63) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        Map<Integer, String[]> done = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version, script, sha256 FROM registry_schema_history")) {
            while (rs.next()) {
                done.put(rs.getInt(1), new String[] { rs.getString(2), rs.getString(3) });
            }
        }
        List<Applied> applied = new ArrayList<>();
        c.setAutoCommit(false);
        try {
            for (Map.Entry<Integer, String> e : scripts.entrySet()) {
                String text = read(e.getValue());
                String sha = sha256(text);
                String[] before = done.get(e.getKey());
                if (before != null) {
                    if (!before[1].equals(sha)) {
                        throw new SQLException("migration V" + e.getKey() + " (" + before[0] + ") was changed after it was applied; add a new version instead");
                    }
                    continue;
                }
                try (Statement st = c.createStatement()) {
                    for (String statement : statements(text)) {
                        st.execute(statement);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO registry_schema_history (version, script, sha256, applied_by, applied_at) VALUES (?, ?, ?, CURRENT_USER, CURRENT_TIMESTAMP)")) {
                    ps.setInt(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.setString(3, sha);
                    ps.executeUpdate();
                }
                c.commit();
                applied.add(new Applied(e.getKey(), e.getValue()));
            }
        } catch (SQLException | RuntimeException ex) {
            c.rollback();
            throw ex;
        } finally {
            c.setAutoCommit(auto);
        }
        return applied;
    }

    /** The schema version recorded, 0 for none. */
    public static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(version) FROM registry_schema_history")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    private static String read(String script) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new IOException("migration script db/" + script + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a script at semicolons that end a line, keeping dollar-quoted bodies ($$ … $$) whole; drops comment lines. */
    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean dollar = false;
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!dollar && (t.isEmpty() || t.startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            int count = line.split("\\$\\$", -1).length - 1;
            if (count % 2 == 1) {
                dollar = !dollar;
            }
            if (!dollar && t.endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
