package org.opensabt.dicom;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Set;

/**
 * A running DICOM C-STORE / C-ECHO SCP on exactly one listening socket. Each received instance is
 * written under a random name into {@code <store>/.incoming}, checked, made durable and then moved
 * atomically to {@code <store>/<study>/<series>/<sop>.dcm}; only then does the sender get Success.
 */
public interface StorageReceiver extends AutoCloseable {

    /** Loopback: the address a listener binds to unless the user names another. */
    String LOOPBACK = "127.0.0.1";

    /**
     * @param aeTitle      our AE title; associations calling another AE title are rejected
     * @param bindAddress  local address of the one listening socket (null: {@link #LOOPBACK}; "0.0.0.0": all)
     * @param port         TCP port (0: any free port, see {@link StorageReceiver#localAddress()})
     * @param store        folder to store into
     * @param allowedAe    calling AE titles whose associations are accepted; null or empty accepts any
     * @param allowedHosts peer addresses (or host names, resolved at start) accepted; null or empty accepts any
     * @param limits       sizes, counts and timeouts (null: {@link Limits#DEFAULTS})
     * @param tls          DICOM TLS (PS3.15 B.1/B.9, BCP 195); null for plain TCP
     * @param auditLog     audit log file (rotated: {@code <file>.0} is the current one); null: {@code <store>/.listen-audit.log}
     */
    record Settings(String aeTitle, String bindAddress, int port, Path store, Set<String> allowedAe, Set<String> allowedHosts, Limits limits,
            Tls tls, Path auditLog) {

        /** Plain TCP on loopback with default limits. */
        public Settings(String aeTitle, int port, Path store, Set<String> allowedAe) {
            this(aeTitle, LOOPBACK, port, store, allowedAe, null, Limits.DEFAULTS, null, null);
        }
    }

    /**
     * @param maxAssociations  concurrent associations; more are rejected (A-ASSOCIATE-RJ transient, local-limit-exceeded)
     * @param maxPduBytes      largest P-DATA-TF PDU accepted, proposed to the sender as our Maximum Length (PS3.8 D.1)
     * @param maxRequestBytes  largest A-ASSOCIATE-RQ PDU accepted
     * @param maxObjectBytes   largest data set accepted (streamed to disk, never held in memory)
     * @param idleTimeoutMs    a read waiting longer than this aborts the association
     * @param requestTimeoutMs time from connection (and TLS handshake) to a complete A-ASSOCIATE-RQ (ARTIM, PS3.8 9.1.5)
     */
    record Limits(int maxAssociations, int maxPduBytes, int maxRequestBytes, long maxObjectBytes, int idleTimeoutMs, int requestTimeoutMs) {
        /** The largest PDU buffer an association may hold: maxAssociations x this bounds the listener's PDU memory. */
        public static final int MAX_PDU_CAP = 16 << 20;
        public static final Limits DEFAULTS = new Limits(10, 1 << 20, 64 << 10, 2L << 30, 60_000, 10_000);

        public Limits {
            if (maxAssociations < 1 || maxPduBytes < 4096 || maxPduBytes > MAX_PDU_CAP || maxRequestBytes < 1024 || maxRequestBytes > MAX_PDU_CAP
                    || maxObjectBytes < 1 || idleTimeoutMs < 1 || requestTimeoutMs < 1) {
                throw new IllegalArgumentException("limits must be positive (max PDU 4096 bytes to 16 MiB, max A-ASSOCIATE-RQ 1024 bytes to 16 MiB)");
            }
        }
    }

    /**
     * @param keystore                 PKCS#12 file with our private key and certificate chain
     * @param keystorePassword         its password (read from a file or the environment, never the command line)
     * @param truststore               PKCS#12 file of trusted client certificates or CAs; null: no client certificates checked
     * @param truststorePassword       its password, may be null
     * @param requireClientCertificate refuse a TLS peer without a certificate the trust store accepts
     */
    record Tls(Path keystore, char[] keystorePassword, Path truststore, char[] truststorePassword, boolean requireClientCertificate) {
    }

    /** What the receiver reports as it works (called from its threads). */
    interface Listener {
        /** An instance was stored at {@code file}. */
        void stored(String modality, String studyUid, String seriesUid, Path file);

        /** An association from this calling AE was rejected (not in the allowed list). */
        void rejected(String callingAe);

        /**
         * An association was refused: {@code reason} says why (calling AE or peer address not allowed, wrong called AE,
         * too many associations, TLS handshake failed, protocol violation). By default counted as {@link #rejected}.
         */
        default void refused(String peer, String callingAe, String reason) {
            rejected(callingAe);
        }

        /** An instance could not be stored (the message names it and why); what was stored before stays. */
        void failed(String message);
    }

    /** The address and port actually listened on. */
    InetSocketAddress localAddress();

    /** Stops accepting associations; instances already stored stay. */
    @Override
    void close();
}
