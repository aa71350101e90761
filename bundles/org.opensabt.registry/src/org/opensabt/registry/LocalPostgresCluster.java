package org.opensabt.registry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster from Debian's {@code postgresql} package, for tests and {@code bench registry}:
 * {@code initdb} in a temporary folder (trust authentication for its owner only over its Unix socket, SCRAM over TCP),
 * a free port on 127.0.0.1, stopped and deleted by {@link #close()}. As root (CI) the server runs as the
 * {@code postgres} user, since PostgreSQL refuses to run as root.
 */
public final class LocalPostgresCluster implements AutoCloseable {

    public static final String OWNER = "opensabt";

    private final Path dir;
    private final Path bin;
    private final int port;
    private final boolean asPostgres;

    private LocalPostgresCluster(Path dir, Path bin, int port, boolean asPostgres) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The newest {@code /usr/lib/postgresql/N/bin}, or null when PostgreSQL is not installed. */
    public static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0")))).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Starts a cluster with database {@code opensabt} owned by {@code opensabt}, whose password is {@code ownerPassword}. */
    public static LocalPostgresCluster start(char[] ownerPassword) throws IOException, InterruptedException {
        Path bin = binaries();
        if (bin == null) {
            throw new IOException("PostgreSQL is not installed (Debian package postgresql: /usr/lib/postgresql/N/bin/initdb)");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("opensabt-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        LocalPostgresCluster c = new LocalPostgresCluster(dir, bin, port, root);
        Path data = dir.resolve("data");
        Path pw = dir.resolve("pw");
        Files.writeString(pw, new String(ownerPassword) + "\n");
        if (root) {
            c.run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
        }
        c.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", OWNER, "--pwfile=" + pw, "-A", "scram-sha-256",
                "--auth-local=trust", "-E", "UTF8", "--locale=C"), true);
        Files.deleteIfExists(pw);
        c.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l", dir.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=40", "start"), true);
        c.run(List.of(bin.resolve("createdb").toString(), "-h", dir.toString(), "-p", String.valueOf(port), "-U", OWNER, "-O", OWNER, "opensabt"), true);
        return c;
    }

    /** JDBC URL of the cluster's {@code opensabt} database over loopback TCP. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/opensabt";
    }

    public int port() {
        return port;
    }

    private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asServerUser && asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = Files.createTempFile(dir, "cmd", ".log");
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + ": no answer in 120 s");
        }
        if (p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed (exit " + p.exitValue() + "): " + Files.readString(log).strip());
        }
    }

    /** Stops the server (fast shutdown) and deletes the cluster. */
    @Override
    public void close() throws IOException {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
