package org.opensabt.dicom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.StorageReceiver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A DICOM C-STORE and C-ECHO SCP (the installed toolkit's {@link StorageReceiver}). Each instance is
 * received whole into {@code <store>/.incoming}, checked, synced and then moved atomically to
 * {@code <store>/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm}, so a study folder can be
 * given to {@code opensabt import} and nothing already stored is lost when an association aborts or
 * the disk fills up. The sender gets Success only for an instance that is durably in place.
 * One socket, on loopback unless {@code --bind} names another address; TLS passwords come from a
 * file or the environment, never the command line.
 */
@Command(name = "listen", description = { "Receive images and RT objects from scanners and PACS (C-STORE and C-ECHO SCP), stored by study and series.",
        "Runs until interrupted (Ctrl-C / SIGTERM) or for --duration-s; then prints what arrived per series." })
public final class ListenCommand implements CliCommand {

    @Option(names = "--ae", defaultValue = "OPENSABT", description = "Our AE title (default: ${DEFAULT-VALUE}).")
    String aeTitle;

    @Option(names = "--port", defaultValue = "11112", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Folder to store into.")
    String store;

    @Option(names = "--allow-ae", split = ",", paramLabel = "AE", description = "Accept associations only from these calling AE titles (others are rejected: calling AE title not recognized).")
    Set<String> allowed;

    @Option(names = "--bind", defaultValue = StorageReceiver.LOOPBACK, paramLabel = "ADDR",
            description = "Local address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all IPv4 interfaces).")
    String bind;

    @Option(names = "--allow-host", split = ",", paramLabel = "ADDR", description = "Accept associations only from these peer addresses (or host names, resolved at start).")
    Set<String> allowedHosts;

    @Option(names = "--max-associations", defaultValue = "10", paramLabel = "N", description = "Concurrent associations; more are rejected as transient (default: ${DEFAULT-VALUE}).")
    int maxAssociations;

    @Option(names = "--max-pdu-bytes", defaultValue = "1048576", paramLabel = "BYTES", description = "Largest PDU accepted, proposed to senders as our maximum length (default: ${DEFAULT-VALUE}).")
    int maxPduBytes;

    @Option(names = "--max-object-bytes", defaultValue = "2147483648", paramLabel = "BYTES", description = "Largest instance accepted, streamed to disk (default: ${DEFAULT-VALUE}).")
    long maxObjectBytes;

    @Option(names = "--idle-timeout-s", defaultValue = "60", paramLabel = "S", description = "Abort an association that sends nothing for this long (default: ${DEFAULT-VALUE}).")
    int idleTimeoutSeconds;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "DICOM TLS (TLS 1.2+, BCP 195) with our key and certificate from this PKCS#12 file.")
    String tlsKeystore;

    @Option(names = "--tls-keystore-password-file", paramLabel = "FILE", description = "File holding the key store password (else environment variable " + KEYSTORE_ENV + ").")
    String tlsKeystorePasswordFile;

    @Option(names = "--tls-truststore", paramLabel = "FILE", description = "PKCS#12 file of client certificates or CAs to check client certificates against.")
    String tlsTruststore;

    @Option(names = "--tls-truststore-password-file", paramLabel = "FILE", description = "File holding the trust store password (else environment variable " + TRUSTSTORE_ENV + ").")
    String tlsTruststorePasswordFile;

    @Option(names = "--tls-require-client-cert", description = "Refuse TLS peers without a certificate the trust store accepts.")
    boolean tlsRequireClientCert;

    @Option(names = "--audit-log", paramLabel = "FILE", description = "Audit log, one line per association and instance; rotated as FILE.0 (newest) .. FILE.4 (default: <store>/.listen-audit.log).")
    String auditLog;

    static final String KEYSTORE_ENV = "OPENSABT_TLS_KEYSTORE_PASSWORD";
    static final String TRUSTSTORE_ENV = "OPENSABT_TLS_TRUSTSTORE_PASSWORD";

    @Option(names = "--duration-s", paramLabel = "S", description = "Stop after this many seconds (default: run until interrupted).")
    Double durationSeconds;

    @Override
    public CommandResult run(CommandContext context) throws CommandException, InterruptedException {
        if (port < 1 || port > 65535) {
            throw new CommandException("--port must be 1..65535, is " + port);
        }
        if (aeTitle.isBlank() || aeTitle.length() > 16) {
            throw new CommandException("--ae must be 1..16 characters");
        }
        StorageReceiver.Limits limits;
        try {
            limits = new StorageReceiver.Limits(maxAssociations, maxPduBytes, StorageReceiver.Limits.DEFAULTS.maxRequestBytes(), maxObjectBytes,
                    Math.multiplyExact(idleTimeoutSeconds, 1000), StorageReceiver.Limits.DEFAULTS.requestTimeoutMs());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new CommandException("--max-associations, --max-object-bytes and --idle-timeout-s must be positive, --max-pdu-bytes 4096 to 16777216");
        }
        StorageReceiver.Tls tls = tls(context);
        Path root = context.resolve(store);
        Map<String, AtomicInteger> perSeries = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        StorageReceiver.Listener listener = new StorageReceiver.Listener() {
            @Override
            public void stored(String modality, String studyUid, String seriesUid, Path file) {
                perSeries.computeIfAbsent(modality + " " + studyUid + "/" + seriesUid, k -> new AtomicInteger()).incrementAndGet();
            }

            @Override
            public void rejected(String callingAe) {
                refused.incrementAndGet();
                context.progress("listen: rejected an association from unknown AE " + callingAe);
            }

            @Override
            public void refused(String peer, String callingAe, String reason) {
                refused.incrementAndGet();
                context.progress("listen: refused an association from " + (callingAe.isEmpty() ? "" : "AE " + callingAe + " at ") + peer + ": " + reason);
            }

            @Override
            public void failed(String message) {
                failed.incrementAndGet();
                context.progress("listen: " + message);
            }
        };
        StorageReceiver receiver;
        try {
            receiver = Toolkit.get().receive(new StorageReceiver.Settings(aeTitle, bind, port, root, allowed, allowedHosts, limits, tls,
                    auditLog == null ? null : context.resolve(auditLog)), listener);
        } catch (java.net.BindException e) {
            throw new CommandException("cannot listen on port " + port + " of " + bind + ": " + e.getMessage()
                    + " (another listener, a port below 1024 without rights, or not an address of this machine?)", e);
        } catch (java.net.UnknownHostException e) {
            throw new CommandException("--bind/--allow-host: unknown host " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException("cannot start the listener (store " + root + "): " + e.getMessage(), e);
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown);
        Runtime.getRuntime().addShutdownHook(hook);
        context.progress(String.format(Locale.ROOT, "listen: %s on %s port %d%s, storing into %s%s%s", aeTitle, receiver.localAddress().getAddress().getHostAddress(),
                receiver.localAddress().getPort(), tls == null ? "" : " (TLS)", root, allowed == null ? "" : " (only from " + String.join(", ", allowed) + ")",
                allowedHosts == null ? "" : " (only from hosts " + String.join(", ", allowedHosts) + ")"));
        if (durationSeconds != null) {
            stop.await((long) (durationSeconds * 1000), TimeUnit.MILLISECONDS);
        } else {
            stop.await();
        }
        receiver.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the summary still goes out below
        }
        Map<String, Integer> summary = new TreeMap<>();
        perSeries.forEach((k, v) -> summary.put(k, v.get()));
        int total = summary.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Received %d instance(s) in %d series into %s%s", total, summary.size(), root,
                refused.get() > 0 ? "; rejected " + refused.get() + " association(s) (unknown AE or host, limits, TLS)" : "")
                + (failed.get() > 0 ? "; " + failed.get() + " problem(s) reported above (aborted associations, failed writes)" : ""));
        summary.forEach((k, v) -> text.append(String.format(Locale.ROOT, "%n  %5d  %s", v, k)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("store", root.toString());
        json.put("received", total);
        json.put("series", summary);
        json.put("rejected", refused.get());
        json.put("refused", refused.get());
        json.put("failed", failed.get());
        return CommandResult.of(text.toString(), json);
    }

    private StorageReceiver.Tls tls(CommandContext context) throws CommandException {
        if (tlsKeystore == null) {
            if (tlsTruststore != null || tlsRequireClientCert || tlsKeystorePasswordFile != null) {
                throw new CommandException("--tls-truststore, --tls-require-client-cert and --tls-keystore-password-file need --tls-keystore");
            }
            return null;
        }
        if (tlsRequireClientCert && tlsTruststore == null) {
            throw new CommandException("--tls-require-client-cert needs --tls-truststore (the certificates to accept)");
        }
        char[] keyPassword = password(context, tlsKeystorePasswordFile, KEYSTORE_ENV, "--tls-keystore-password-file");
        if (keyPassword == null) {
            throw new CommandException("--tls-keystore needs its password: --tls-keystore-password-file FILE or environment variable " + KEYSTORE_ENV);
        }
        char[] trustPassword = tlsTruststore == null ? null : password(context, tlsTruststorePasswordFile, TRUSTSTORE_ENV, "--tls-truststore-password-file");
        return new StorageReceiver.Tls(context.resolve(tlsKeystore), keyPassword, tlsTruststore == null ? null : context.resolve(tlsTruststore), trustPassword,
                tlsRequireClientCert);
    }

    /** A password from a file (its first line) or else the environment; null when neither is given. */
    private static char[] password(CommandContext context, String file, String env, String option) throws CommandException {
        if (file != null) {
            Path path = context.resolve(file);
            try {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                return (nl < 0 ? text : text.substring(0, nl)).replace("\r", "").toCharArray();
            } catch (IOException e) {
                throw new CommandException(option + " " + path + ": cannot read: " + e.getMessage(), e);
            }
        }
        String value = System.getenv(env);
        return value == null ? null : value.toCharArray();
    }
}
