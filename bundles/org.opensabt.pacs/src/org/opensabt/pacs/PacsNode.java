package org.opensabt.pacs;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A DICOM peer (a PACS): its name in our configuration, its AE title, host and port, how long to wait for it,
 * and DICOM TLS (PS3.15 B.1/B.9) when {@code tls} is not null.
 *
 * @param timeoutMs connect and idle timeout of an association with this node
 */
public record PacsNode(String name, String aeTitle, String host, int port, Tls tls, int timeoutMs) {

    /** Default connect and idle timeout: 30 s. */
    public static final int DEFAULT_TIMEOUT_MS = 30_000;

    /**
     * DICOM TLS towards the node: its certificate is checked against {@code truststore} (PKCS#12) and, unless
     * {@code verifyHostname} is false, against its host name; {@code keystore} (PKCS#12, may be null) holds our
     * client certificate. Passwords come from files or environment variables named in the configuration, never
     * from the configuration or the command line itself.
     */
    public record Tls(Path truststore, char[] truststorePassword, Path keystore, char[] keystorePassword, boolean verifyHostname) {
    }

    public PacsNode {
        String problem = checkAeTitle(aeTitle);
        if (problem != null) {
            throw new IllegalArgumentException("AE title " + problem);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, is " + port);
        }
        if (timeoutMs < 1) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** A node without TLS and with the default timeout. */
    public PacsNode(String name, String aeTitle, String host, int port) {
        this(name, aeTitle, host, port, null, DEFAULT_TIMEOUT_MS);
    }

    /** "NAME (AE@host:port)" for messages; "AE@host:port" for a node without a name. */
    public String label() {
        String address = String.format(Locale.ROOT, "%s@%s:%d%s", aeTitle, host, port, tls == null ? "" : ", TLS");
        return name == null || name.isBlank() ? address : name + " (" + address + ")";
    }

    /**
     * Null when {@code ae} is a valid AE title (PS3.5 6.2: 1..16 characters of the default repertoire, no backslash or
     * control characters, not only spaces), else what is wrong with it.
     */
    public static String checkAeTitle(String ae) {
        if (ae == null || ae.isBlank()) {
            return "is empty";
        }
        if (ae.length() > 16) {
            return "\"" + ae + "\" is longer than 16 characters";
        }
        for (char ch : ae.toCharArray()) {
            if (ch < 0x20 || ch > 0x7e || ch == '\\') {
                return "\"" + ae + "\" holds a character not allowed in an AE title";
            }
        }
        return null;
    }
}
