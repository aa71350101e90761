package org.opensabt.registry;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a registry is and who connects: a JDBC URL ({@code jdbc:h2:file:…} or {@code jdbc:postgresql://…}) and an
 * account. The password never comes from a command line: it is read from a credentials file (properties
 * {@code url}, {@code user}, {@code password}) or from the environment ({@code OPENSABT_REGISTRY_USER},
 * {@code OPENSABT_REGISTRY_PASSWORD}). A URL that carries a password is refused.
 */
public record RegistryCredentials(String url, String user, char[] password) {

    public static final String ENV_URL = "OPENSABT_REGISTRY_URL";
    public static final String ENV_FILE = "OPENSABT_REGISTRY_CREDENTIALS";
    public static final String ENV_USER = "OPENSABT_REGISTRY_USER";
    public static final String ENV_PASSWORD = "OPENSABT_REGISTRY_PASSWORD";
    /** Account names: lower case, as PostgreSQL folds unquoted role names. */
    public static final Pattern USER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public RegistryCredentials {
        if (url == null || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("registry URL: expected jdbc:h2:file:… or jdbc:postgresql://…, found " + url);
        }
        password = password == null ? new char[0] : password.clone();
    }

    /**
     * Resolves the registry and the account. {@code urlOrFolder} is a JDBC URL or a folder for an embedded H2 registry
     * ({@code FOLDER/registry.mv.db}); null takes the credentials file's {@code url}, then {@code $OPENSABT_REGISTRY_URL}.
     * The account comes from {@code credentialsFile}, else {@code $OPENSABT_REGISTRY_CREDENTIALS}, else the user and
     * password variables, else (an H2 folder only) the owner's file that {@code registry init} wrote in the folder.
     */
    public static RegistryCredentials resolve(String urlOrFolder, Path credentialsFile, Map<String, String> env, Path workingDirectory)
            throws RegistryInputException {
        Properties file = new Properties();
        Path credentials = credentialsFile != null ? credentialsFile : env.get(ENV_FILE) != null ? Path.of(env.get(ENV_FILE)) : null;
        if (credentials != null) {
            file = readCredentials(credentials);
        }
        String where = urlOrFolder != null ? urlOrFolder : file.getProperty("url") != null ? file.getProperty("url") : env.get(ENV_URL);
        if (where == null || where.isBlank()) {
            throw new RegistryInputException("no registry given: --registry URL|FOLDER, a credentials file with url=, or $" + ENV_URL);
        }
        String url = where.startsWith("jdbc:") ? where : h2Url(workingDirectory.resolve(where).toAbsolutePath().normalize());
        if (url.startsWith("jdbc:h2:") && (!url.startsWith("jdbc:h2:file:") || url.contains(";"))) {
            // H2's URL settings can run scripts (INIT=RUNSCRIPT …): only a plain file database
            throw new RegistryInputException("registry URL: an embedded registry is jdbc:h2:file:PATH without settings (or just its folder), not " + url);
        }
        if (url.toLowerCase(java.util.Locale.ROOT).contains("password")) {
            throw new RegistryInputException("registry URL: a password never goes in the URL; put it in a credentials file or $" + ENV_PASSWORD);
        }
        String user = file.getProperty("user");
        String password = file.getProperty("password");
        if (user == null && env.get(ENV_USER) != null) {
            user = env.get(ENV_USER);
            password = env.get(ENV_PASSWORD);
        }
        if (user == null && !where.startsWith("jdbc:")) {
            Path owner = workingDirectory.resolve(where).resolve(OWNER_FILE);
            if (Files.isReadable(owner)) {
                Properties p = readCredentials(owner);
                user = p.getProperty("user");
                password = p.getProperty("password");
            }
        }
        if (user == null) {
            throw new RegistryInputException("no registry account given: --credentials FILE (user=, password=), $" + ENV_FILE + " or $" + ENV_USER + "/$"
                    + ENV_PASSWORD);
        }
        return new RegistryCredentials(url, user, password == null ? new char[0] : password.toCharArray());
    }

    /** The file {@code registry init} writes in an H2 registry's folder with the owner's generated password (mode 600). */
    public static final String OWNER_FILE = "registry-owner.credentials";

    /**
     * The owner's account of a new embedded H2 registry in {@code folder}: user {@code owner} and a random password,
     * written to {@link #OWNER_FILE} (mode 600) so that later commands on the folder need no credentials. An existing
     * file is reused.
     */
    public static RegistryCredentials ownerOfFolder(Path folder) throws RegistryInputException {
        Path file = folder.resolve(OWNER_FILE);
        try {
            Files.createDirectories(folder);
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new java.security.SecureRandom().nextBytes(random);
                String password = java.util.HexFormat.of().formatHex(random);
                Path tmp = Files.createTempFile(folder, ".owner", ".tmp", java.nio.file.attribute.PosixFilePermissions
                        .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
                Files.writeString(tmp, "# OpenSABT registry owner (generated by opensabt registry init); keep it private\nuser=owner\npassword=" + password + "\n");
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new RegistryInputException(file + ": cannot write the owner's credentials: " + e.getMessage(), e);
        }
        Properties p = readCredentials(file);
        return new RegistryCredentials(h2Url(folder.toAbsolutePath().normalize()), p.getProperty("user"), p.getProperty("password").toCharArray());
    }

    /** The embedded H2 registry of a folder. */
    public static String h2Url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("registry");
    }

    /** Whether the URL is an embedded H2 database. */
    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The same registry as another account. */
    public RegistryCredentials as(String otherUser, char[] otherPassword) {
        return new RegistryCredentials(url, otherUser, otherPassword);
    }

    static Properties readCredentials(Path file) throws RegistryInputException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new RegistryInputException(file + ": cannot read the credentials file: " + e.getMessage(), e);
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE) || perms.contains(PosixFilePermission.GROUP_WRITE)) {
                throw new RegistryInputException(file + ": the credentials file is readable or writable by others; chmod 600 it");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check
        }
        return p;
    }

    @Override
    public String toString() {
        return "RegistryCredentials[" + url + ", " + user + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistryCredentials c && c.url.equals(url) && c.user.equals(user) && Arrays.equals(c.password, password);
    }

    @Override
    public int hashCode() {
        return url.hashCode() * 31 + user.hashCode();
    }
}
