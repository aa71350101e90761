package org.opensabt.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A real PACS for the tests: Orthanc (Debian {@code orthanc}, {@code /usr/sbin/Orthanc}) on loopback with its own
 * configuration and storage in {@code dir}, on free ports found by binding port 0, so two test runs on one machine
 * never share one. {@link #close()} destroys the process and waits for it. Used by the PACS client's tests and the
 * query/retrieve dialog's UI tests.
 */
public final class Orthanc implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/Orthanc");
    public static final String AE = "ORTHANC";

    public final int dicomPort;
    public final int httpPort;
    /** Port where Orthanc sends C-MOVEs for our AE ({@code ourAe}). */
    public final int movePort;
    /** Port of a second destination Orthanc knows, as AE {@value #OTHER_AE} (a C-MOVE to a named AE). */
    public final int otherPort;
    public static final String OTHER_AE = "OTHERAE";
    public final Path dir;
    private final Process process;
    /** Stops Orthanc if the test JVM ends without {@link #close()} (killed build, crash). */
    private final Thread stopOnExit;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Orthanc(Path dir, String ourAe) throws IOException, InterruptedException {
        this(dir, ourAe, "");
    }

    /** @param extraConfig further configuration entries, each followed by a comma (e.g. DICOM TLS) */
    public Orthanc(Path dir, String ourAe, String extraConfig) throws IOException, InterruptedException {
        this.dir = dir;
        this.dicomPort = freePort();
        this.httpPort = freePort();
        this.movePort = freePort();
        this.otherPort = freePort();
        Path storage = Files.createDirectories(dir.resolve("storage"));
        Path config = dir.resolve("orthanc.json");
        Files.writeString(config, String.format(Locale.ROOT, """
                {%7$s "Name": "TESTPACS", "StorageDirectory": "%1$s", "IndexDirectory": "%1$s", "Plugins": [],
                 "DicomAet": "%2$s", "DicomPort": %3$d, "DicomCheckCalledAet": true, "DicomScpTimeout": 30,
                 "HttpPort": %4$d, "RemoteAccessAllowed": false, "AuthenticationEnabled": false,
                 "DicomModalities": {"opensabt": ["%5$s", "127.0.0.1", %6$d], "other": ["%8$s", "127.0.0.1", %9$d]}}
                """, storage, AE, dicomPort, httpPort, ourAe, movePort, extraConfig, OTHER_AE, otherPort), StandardCharsets.UTF_8);
        process = new ProcessBuilder(BINARY.toString(), config.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("orthanc.log").toFile())
                .start();
        stopOnExit = new Thread(process::destroyForcibly, "stop-orthanc");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                if (get("/system").contains("\"DicomAet\"")) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IOException("Orthanc did not start (log: " + Files.readString(dir.resolve("orthanc.log")) + ")");
            }
            Thread.sleep(100);
        }
    }

    /** Binds port 0 on loopback and gives the port back. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** GET of the REST API. */
    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException exiting) {
            // the hook runs anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
