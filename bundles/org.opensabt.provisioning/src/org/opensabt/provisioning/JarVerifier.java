package org.opensabt.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks a jar's signatures with the JDK's own jar verification (the same rules as {@code jarsigner
 * -verify}): every entry outside {@code META-INF/} must be signed, its digest must match the signed
 * manifest, and at least one signer must be a certificate of the {@link TrustStore}. Reading each
 * entry to its end is what makes {@link JarFile} compare digests; a modified entry throws there.
 */
public final class JarVerifier {

    /** Why a jar was refused. {@link #getMessage()} names the file and, where known, the entry. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The outcome for one jar: who signed it. */
    public record Verified(Path jar, int signedEntries, Set<String> signers) {
    }

    private final TrustStore trust;

    public JarVerifier(TrustStore trust) {
        this.trust = trust;
    }

    /**
     * Verifies one jar.
     *
     * @param label what the jar is, for messages (e.g. the bundle id and version)
     * @throws RefusedException if it is unsigned, partly signed, modified after signing or signed by
     *         nobody the trust store knows
     */
    public Verified verify(Path jar, String label) throws RefusedException {
        byte[] buffer = new byte[64 * 1024];
        Set<String> trustedSigners = new LinkedHashSet<>();
        Set<String> untrustedSigners = new LinkedHashSet<>();
        int signed = 0;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            if (file.getManifest() == null) {
                throw new RefusedException(label + " (" + jar.getFileName() + ") is not signed: it has no manifest", null);
            }
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // reading to the end makes JarFile check the entry's digest against the signed manifest
                    }
                } catch (SecurityException e) {
                    throw new RefusedException(label + " (" + jar.getFileName() + ") was modified after it was signed: entry "
                            + entry.getName() + " does not match its signed digest (" + e.getMessage() + ")", e);
                }
                if (entry.isDirectory() || isSignatureRelated(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    throw new RefusedException(label + " (" + jar.getFileName() + ") is not signed"
                            + (signed > 0 ? ": entry " + entry.getName() + " was added or changed after signing" : ""), null);
                }
                boolean trusted = false;
                for (CodeSigner signer : signers) {
                    Certificate first = signer.getSignerCertPath().getCertificates().get(0);
                    X509Certificate certificate = (X509Certificate) first;
                    String name = certificate.getSubjectX500Principal().getName();
                    if (trust.trusts(certificate)) {
                        trusted = true;
                        trustedSigners.add(name);
                    } else {
                        untrustedSigners.add(name);
                    }
                }
                if (!trusted) {
                    throw new RefusedException(label + " (" + jar.getFileName() + ") is signed by " + untrustedSigners
                            + ", which this installation does not trust (trusted: " + trustDescription() + ")", null);
                }
                signed++;
            }
        } catch (IOException e) {
            throw new RefusedException(label + " (" + jar.getFileName() + ") cannot be read as a jar: " + e.getMessage(), e);
        } catch (SecurityException e) {
            // a signature file that does not match the manifest is reported when the jar is opened
            throw new RefusedException(label + " (" + jar.getFileName() + ") has an invalid signature: " + e.getMessage(), e);
        }
        if (signed == 0) {
            throw new RefusedException(label + " (" + jar.getFileName() + ") is not signed: it has no signed entries", null);
        }
        return new Verified(jar, signed, trustedSigners);
    }

    private String trustDescription() {
        return trust.isEmpty() ? "no certificates" : String.join(", ", trust.sources());
    }

    /** Manifest and signature files: covered by the signature mechanism itself, not signed as entries. */
    static boolean isSignatureRelated(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("META-INF/MANIFEST.MF")) {
            return true;
        }
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }
}
