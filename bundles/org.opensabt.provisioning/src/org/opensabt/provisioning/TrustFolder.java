package org.opensabt.provisioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The trust anchors of an installation: the certificates in its {@code trust/} folder. Products ship
 * with none, so nothing installs until an administrator adds the certificate of a signer the centre
 * trusts (the project's release certificate, or the centre's own). One file per certificate, named
 * after its subject and SHA-256 fingerprint, written atomically.
 */
public final class TrustFolder {

    /** One trusted certificate and the file it is kept in. */
    public record Anchor(String file, String subject, String issuer, String sha256, String notBefore, String notAfter, boolean expired) {
        static Anchor of(Path file, X509Certificate c) {
            return new Anchor(file.getFileName().toString(), c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                    TrustStore.fingerprint(c), c.getNotBefore().toInstant().toString(), c.getNotAfter().toInstant().toString(),
                    c.getNotAfter().toInstant().isBefore(Instant.now()));
        }
    }

    private final Path folder;

    public TrustFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The anchors in the folder, one per certificate (a file may hold several). */
    public List<Anchor> list() throws IOException {
        List<Anchor> anchors = new ArrayList<>();
        for (Path file : TrustStore.certificateFiles(folder)) {
            for (X509Certificate c : TrustStore.read(file)) {
                anchors.add(Anchor.of(file, c));
            }
        }
        return anchors;
    }

    /**
     * Adds every certificate of {@code certificateFile} (PEM or DER). A certificate already trusted is
     * not added twice.
     *
     * @return the anchors added (empty if all were trusted already)
     */
    public List<Anchor> add(Path certificateFile) throws IOException {
        List<X509Certificate> certificates = TrustStore.read(certificateFile);
        List<String> known = list().stream().map(Anchor::sha256).toList();
        Files.createDirectories(folder);
        List<Anchor> added = new ArrayList<>();
        for (X509Certificate c : certificates) {
            String sha256 = TrustStore.fingerprint(c);
            if (known.contains(sha256)) {
                continue;
            }
            Path target = folder.resolve(fileName(c, sha256));
            writeAtomically(target, pem(c));
            added.add(Anchor.of(target, c));
        }
        return added;
    }

    /**
     * Removes the anchor whose SHA-256 fingerprint starts with {@code selector} (hex, ':' optional,
     * at least 8 digits) or whose file is named {@code selector}.
     *
     * @return the anchors removed
     * @throws IOException if the selector names none, or more than one certificate
     */
    public List<Anchor> remove(String selector) throws IOException {
        String hex = selector.replace(":", "").toUpperCase(Locale.ROOT);
        List<Anchor> matching = new ArrayList<>();
        for (Anchor a : list()) {
            boolean byFile = a.file().equals(selector);
            boolean byPrint = hex.length() >= 8 && hex.matches("[0-9A-F]+") && a.sha256().replace(":", "").startsWith(hex);
            if (byFile || byPrint) {
                matching.add(a);
            }
        }
        if (matching.isEmpty()) {
            throw new IOException("no trusted certificate matches '" + selector + "' (give a file name or at least 8 hex digits of the SHA-256 fingerprint; see 'features trust list')");
        }
        if (matching.stream().map(Anchor::file).distinct().count() > 1 || (matching.size() > 1 && !matching.get(0).file().equals(selector))) {
            throw new IOException("'" + selector + "' matches " + matching.size() + " trusted certificates; give more digits of the fingerprint");
        }
        Files.delete(folder.resolve(matching.get(0).file()));
        return matching;
    }

    /** A file name from the subject's CN (letters, digits, '-' and '_' only) and the fingerprint's first 16 digits. */
    static String fileName(X509Certificate c, String sha256) {
        String subject = c.getSubjectX500Principal().getName();
        String cn = subject.replaceAll("(?i)^.*?CN=([^,]*).*$", "$1");
        String safe = cn.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (safe.isEmpty() || safe.length() > 40) {
            safe = safe.isEmpty() ? "certificate" : safe.substring(0, 40);
        }
        return safe + "-" + sha256.replace(":", "").substring(0, 16).toLowerCase(Locale.ROOT) + ".pem";
    }

    private static byte[] pem(X509Certificate c) throws IOException {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded());
            return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode the certificate: " + e.getMessage(), e);
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".trust-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
