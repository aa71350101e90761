package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

import org.opensabt.dicom.StorageReceiver;

/**
 * The C-STORE / C-ECHO SCP behind {@code opensabt listen} and the workbench's DICOM view: exactly one
 * listening socket (plain TCP or DICOM TLS, PS3.15 B.1/B.9 with the BCP 195 profile: TLS 1.2+, AEAD
 * ciphers with forward secrecy), bound to the configured address, loopback unless the user names another;
 * a bounded pool of association threads ({@link ScpAssociation}); an audit log ({@link ScpAudit}).
 * <p>
 * Written here rather than on PixelMed's {@code StorageSOPClassSCPDispatcher}, because that SCP binds all
 * interfaces, accepts any calling AE, trusts declared PDU lengths (a 12-byte header made it allocate 2 GiB),
 * names the received file by the sender's SOP Instance UID (a path traversal) and answers Success even
 * when nothing was stored; none of that can be changed from outside it.
 */
final class DicomScp implements StorageReceiver {

    private static final int EXTRA_REFUSERS = 4;
    /** A hidden file, not a folder: a study folder picked from the store is never the audit log's. */
    static final String DEFAULT_AUDIT_LOG = ".listen-audit.log";

    private final Settings settings;
    private final Limits limits;
    private final Listener listener;
    private final Path incoming;
    private final Path storeReal;
    private final Set<String> allowedAe;
    private final Set<InetAddress> allowedHosts;
    private final ServerSocket server;
    private final ScpAudit audit;
    private final ExecutorService pool;
    private final Semaphore associations;
    private final Semaphore refusers = new Semaphore(EXTRA_REFUSERS);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    DicomScp(Settings settings, Listener listener) throws IOException {
        this.settings = settings;
        this.limits = settings.limits() == null ? Limits.DEFAULTS : settings.limits();
        this.listener = listener;
        Path store = settings.store().toAbsolutePath();
        this.incoming = store.resolve(".incoming");
        Files.createDirectories(incoming);
        this.storeReal = store.toRealPath();
        removePartialTransfers("left by an earlier listener");
        this.allowedAe = settings.allowedAe() == null ? Set.of() : Set.copyOf(settings.allowedAe());
        Set<InetAddress> hosts = new HashSet<>();
        if (settings.allowedHosts() != null) {
            for (String host : settings.allowedHosts()) {
                hosts.addAll(Arrays.asList(InetAddress.getAllByName(host.strip())));
            }
        }
        this.allowedHosts = Set.copyOf(hosts);
        InetAddress bind = InetAddress.getByName(settings.bindAddress() == null ? LOOPBACK : settings.bindAddress());
        this.audit = new ScpAudit(settings.auditLog() != null ? settings.auditLog() : store.resolve(DEFAULT_AUDIT_LOG), listener::failed);
        try {
            this.server = settings.tls() == null ? new ServerSocket(settings.port(), 50, bind) : tlsServer(settings.tls(), settings.port(), bind);
        } catch (IOException | RuntimeException e) {
            audit.close();
            throw e;
        }
        this.associations = new Semaphore(limits.maxAssociations());
        this.pool = Executors.newFixedThreadPool(limits.maxAssociations() + EXTRA_REFUSERS, r -> {
            Thread t = new Thread(r, "opensabt-listen-association");
            t.setDaemon(true);
            return t;
        });
        audit.log("start", "ae", settings.aeTitle(), "address", localAddress(), "tls", settings.tls() != null, "allowed-ae",
                String.join(",", allowedAe), "allowed-hosts", settings.allowedHosts() == null ? "" : String.join(",", settings.allowedHosts()));
        Thread accept = new Thread(this::acceptLoop, "opensabt-listen");
        accept.setDaemon(true);
        accept.start();
    }

    private static ServerSocket tlsServer(Tls tls, int port, InetAddress bind) throws IOException {
        try {
            KeyStore keys = load(tls.keystore(), tls.keystorePassword());
            if (!java.util.Collections.list(keys.aliases()).stream().anyMatch(a -> {
                try {
                    return keys.isKeyEntry(a);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            })) {
                throw new IOException(tls.keystore() + ": no private key in this key store");
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, tls.keystorePassword());
            TrustManagerFactory tmf = null;
            if (tls.truststore() != null) {
                KeyStore trust = load(tls.truststore(), tls.truststorePassword());
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
            } else if (tls.requireClientCertificate()) {
                throw new IOException("client certificates can only be required with a trust store");
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
            SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(port, 50, bind);
            Set<String> supported = Set.of(server.getSupportedProtocols());
            server.setEnabledProtocols(Stream.of("TLSv1.3", "TLSv1.2").filter(supported::contains).toArray(String[]::new));
            // BCP 195: forward secrecy and AEAD only
            server.setEnabledCipherSuites(Stream.of(server.getSupportedCipherSuites())
                    .filter(s -> s.startsWith("TLS_AES_") || s.startsWith("TLS_CHACHA20_")
                            || (s.startsWith("TLS_ECDHE_") || s.startsWith("TLS_DHE_")) && (s.contains("_GCM_") || s.contains("CHACHA20")))
                    .toArray(String[]::new));
            if (tls.requireClientCertificate()) {
                server.setNeedClientAuth(true);
            } else if (tmf != null) {
                server.setWantClientAuth(true);
            }
            return server;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS key or trust store: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException(file + ": cannot open as a PKCS#12 key store (" + e.getMessage() + ")", e);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            ScpAssociation.Rejection preset = null;
            Semaphore held = associations;
            if (!associations.tryAcquire()) {
                preset = ScpAssociation.LOCAL_LIMIT;
                held = refusers;
                if (!refusers.tryAcquire()) {
                    // even the refusals are busy: no A-ASSOCIATE-RJ, just close
                    audit.log("association", "peer", socket.getInetAddress().getHostAddress() + ":" + socket.getPort(), "outcome", "refused", "reason",
                            "too-many-connections");
                    listener.refused(socket.getInetAddress().getHostAddress(), "", "too many connections");
                    closeQuietly(socket);
                    continue;
                }
            }
            Semaphore release = held;
            open.add(socket);
            ScpAssociation association = new ScpAssociation(this, socket, preset);
            try {
                pool.execute(() -> {
                    try {
                        association.run();
                    } finally {
                        open.remove(socket);
                        release.release();
                    }
                });
            } catch (RuntimeException e) { // closed meanwhile
                open.remove(socket);
                release.release();
                closeQuietly(socket);
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // gone anyway
        }
    }

    Settings settings() {
        return settings;
    }

    Limits limits() {
        return limits;
    }

    Listener listener() {
        return listener;
    }

    ScpAudit audit() {
        return audit;
    }

    Path incoming() {
        return incoming;
    }

    Path storeReal() {
        return storeReal;
    }

    boolean callingAllowed(String callingAe) {
        return allowedAe.isEmpty() || allowedAe.contains(callingAe);
    }

    boolean hostAllowed(InetAddress address) {
        return allowedHosts.isEmpty() || allowedHosts.contains(address);
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(DicomScp::closeQuietly);
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removePartialTransfers("of aborted associations");
        audit.log("stop", "ae", settings.aeTitle());
        audit.close();
    }

    /** Files left in {@code .incoming} are transfers that never completed: never part of the store. */
    private void removePartialTransfers(String why) {
        try (Stream<Path> files = Files.list(incoming)) {
            long removed = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.deleteIfExists(f);
                } catch (IOException e) {
                    return false;
                }
            }).count();
            if (removed > 0) {
                listener.failed("removed " + removed + " partial transfer(s) " + why + " from " + incoming);
            }
        } catch (IOException e) {
            listener.failed("cannot clean " + incoming + ": " + e.getMessage());
        }
    }
}
