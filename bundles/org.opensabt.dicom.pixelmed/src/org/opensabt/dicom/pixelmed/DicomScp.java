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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** Connections per peer address; beyond {@link #perPeerLimit} (half the associations) a peer is refused, so one host cannot take every slot. */
    private final ConcurrentHashMap<InetAddress, AtomicInteger> perPeer = new ConcurrentHashMap<>();
    private final int perPeerLimit;
    /** Closes a connection that has not completed its A-ASSOCIATE-RQ (and TLS handshake) in time, however it trickles. */
    private final ScheduledExecutorService deadlines;
    /** Refusals reported per peer address and minute; the rest are counted and summed up in one line. */
    private final RefusalBudget refusalBudget = new RefusalBudget();
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
        this.perPeerLimit = Math.max(1, (limits.maxAssociations() + 1) / 2);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "opensabt-listen-deadlines");
            t.setDaemon(true);
            return t;
        });
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
            // client-initiated TLS 1.2 renegotiation costs the server a handshake each time: refused
            if (System.getProperty("jdk.tls.rejectClientInitiatedRenegotiation") == null) {
                System.setProperty("jdk.tls.rejectClientInitiatedRenegotiation", "true");
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
            InetAddress address = socket.getInetAddress();
            // checked before the connection holds anything: an unlisted host never takes a slot
            if (!hostAllowed(address)) {
                refuse(socket, "peer-address-not-allowed:" + address.getHostAddress(), "peer address not allowed");
                continue;
            }
            AtomicInteger fromPeer = perPeer.computeIfAbsent(address, a -> new AtomicInteger());
            boolean peerOverItsShare = fromPeer.incrementAndGet() > perPeerLimit;
            ScpAssociation.Rejection preset = null;
            Semaphore held = associations;
            if (peerOverItsShare || !associations.tryAcquire()) {
                // answered with a transient A-ASSOCIATE-RJ by one of a few refusal threads
                preset = peerOverItsShare ? ScpAssociation.PEER_LIMIT : ScpAssociation.LOCAL_LIMIT;
                held = refusers;
                if (!refusers.tryAcquire()) {
                    // even the refusals are busy: no A-ASSOCIATE-RJ, just close
                    fromPeer.decrementAndGet();
                    refuse(socket, "too-many-connections", "too many connections");
                    continue;
                }
            }
            Semaphore release = held;
            open.add(socket);
            ScpAssociation association = new ScpAssociation(this, socket, preset);
            // ARTIM (PS3.8 9.1.5) as one deadline from accept: TLS handshake and A-ASSOCIATE-RQ together,
            // not per read, so a peer that trickles a byte at a time cannot hold the slot
            ScheduledFuture<?> deadline = deadlines.schedule(() -> association.requestDeadlinePassed(), limits.requestTimeoutMs(), TimeUnit.MILLISECONDS);
            association.onEstablished(() -> deadline.cancel(false));
            try {
                pool.execute(() -> {
                    try {
                        association.run();
                    } finally {
                        deadline.cancel(false);
                        open.remove(socket);
                        fromPeer.decrementAndGet();
                        release.release();
                    }
                });
            } catch (RuntimeException e) { // closed meanwhile
                deadline.cancel(false);
                open.remove(socket);
                fromPeer.decrementAndGet();
                release.release();
                closeQuietly(socket);
            }
        }
    }

    /** Closes a connection refused before any association, reported within the refusal budget. */
    private void refuse(Socket socket, String auditReason, String reason) {
        String host = socket.getInetAddress().getHostAddress();
        closeQuietly(socket);
        reportRefusal(host, () -> {
            audit.log("association", "peer", host + ":" + socket.getPort(), "outcome", "refused", "reason", auditReason);
            listener.refused(host, "", reason);
        });
    }

    /**
     * Runs {@code report} (an audit line and the listener's refusal) unless this peer address has had
     * {@link RefusalBudget#PER_MINUTE} refusals reported this minute: a stranger who connects thousands of
     * times a second must not rotate the audit log's earlier lines away or flood the console.
     */
    void reportRefusal(String host, Runnable report) {
        long suppressedBefore = refusalBudget.take(host);
        if (suppressedBefore > 0) {
            audit.log("refusals-suppressed", "peer", host, "count", suppressedBefore, "window", "60s");
            listener.failed(suppressedBefore + " further refusal(s) of " + host + " in the last minute were counted, not logged one by one");
        }
        if (suppressedBefore >= 0) {
            report.run();
        }
    }

    /** Per peer address: at most PER_MINUTE refusals reported per minute. */
    static final class RefusalBudget {
        static final int PER_MINUTE = 20;
        private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>(); // {window start ms, reported, suppressed}

        /**
         * @return -1 when this refusal is over the budget (count it, report nothing); otherwise the number
         *         suppressed in the window that just ended (0 if none), and this one is to be reported
         */
        long take(String host) {
            long now = System.currentTimeMillis();
            long[] w = windows.computeIfAbsent(host, h -> new long[] { now, 0, 0 });
            synchronized (w) {
                long suppressed = 0;
                if (now - w[0] >= 60_000) {
                    suppressed = w[2];
                    w[0] = now;
                    w[1] = 0;
                    w[2] = 0;
                }
                if (w[1] >= PER_MINUTE) {
                    w[2]++;
                    return -1;
                }
                w[1]++;
                return suppressed;
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
        deadlines.shutdownNow();
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
