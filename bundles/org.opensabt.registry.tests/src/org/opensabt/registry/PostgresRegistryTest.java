package org.opensabt.registry;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The registry suite on a real PostgreSQL server: a throwaway cluster from Debian's postgresql (initdb in a temporary
 * folder, a free loopback port), one fresh database per test, stopped at the end. PostgreSQL is a test package of
 * ./opensabt, so a missing server fails here rather than skipping.
 */
class PostgresRegistryTest extends RegistrySuite {

    private static final char[] OWNER_PW = "throwaway-owner-password".toCharArray();
    private static LocalPostgresCluster cluster;
    private static int databases;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LocalPostgresCluster.start(OWNER_PW);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    RegistryCredentials freshRegistry() throws Exception {
        RegistryCredentials base = new RegistryCredentials(cluster.jdbcUrl(), LocalPostgresCluster.OWNER, OWNER_PW);
        String db = "registry_" + databases++;
        try (Connection c = raw(base); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db);
            // roles are cluster-wide: accounts of an earlier test's database are dropped first
            for (String role : new String[] { "c01", "c02", "analyst" }) {
                st.execute("DROP ROLE IF EXISTS " + role);
            }
        }
        return new RegistryCredentials(cluster.jdbcUrl().replace("/opensabt", "/" + db), LocalPostgresCluster.OWNER, OWNER_PW);
    }

    @Override
    boolean databaseEnforcesRows() {
        return true;
    }
}
