package org.opensabt.registry;

/** The registry suite on the embedded H2 default (a file database in a temporary folder). */
class H2RegistryTest extends RegistrySuite {

    private int n;

    @Override
    RegistryCredentials freshRegistry() throws Exception {
        return RegistryCredentials.ownerOfFolder(tmp.resolve("registry-" + n++));
    }

    @Override
    boolean databaseEnforcesRows() {
        return false;
    }
}
