package org.opensabt.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The certificates whose signatures an installation accepts: every {@code *.pem}, {@code *.crt} or
 * {@code *.cer} file (PEM or DER X.509) in the installation's {@code trust/} folder, plus any given on
 * the command line. A centre trusts its own signing key by dropping its certificate there.
 */
public final class TrustStore {

    private final List<X509Certificate> certificates;
    private final List<String> sources;

    private TrustStore(List<X509Certificate> certificates, List<String> sources) {
        this.certificates = List.copyOf(certificates);
        this.sources = List.copyOf(sources);
    }

    /** Loads the certificates of a trust folder (missing folder: none) and the extra files. */
    public static TrustStore load(Path trustFolder, Collection<Path> extraFiles) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Path> files = new ArrayList<>(certificateFiles(trustFolder));
        files.addAll(extraFiles);
        for (Path file : files) {
            certificates.addAll(read(file));
            sources.add(file.toString());
        }
        return new TrustStore(certificates, sources);
    }

    /** The certificate files of a trust folder ({@code *.pem}, {@code *.crt}, {@code *.cer}), sorted; none if it is missing. */
    static List<Path> certificateFiles(Path trustFolder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (trustFolder != null && Files.isDirectory(trustFolder)) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(trustFolder, "*.{pem,crt,cer}")) {
                dir.forEach(files::add);
            }
            files.sort(null);
        }
        return files;
    }

    /** All X.509 certificates in a PEM (possibly several) or DER file. */
    public static List<X509Certificate> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("trusted certificate file not found: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> read = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .forEach(c -> read.add((X509Certificate) c));
            if (read.isEmpty()) {
                throw new IOException(file + ": no X.509 certificate in this file");
            }
            return read;
        } catch (CertificateException e) {
            throw new IOException(file + ": not an X.509 certificate (PEM or DER): " + e.getMessage(), e);
        }
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** The files the certificates came from, for messages. */
    public List<String> sources() {
        return sources;
    }

    public boolean trusts(X509Certificate certificate) {
        return certificates.contains(certificate);
    }

    public boolean isEmpty() {
        return certificates.isEmpty();
    }

    /** SHA-256 of the certificate's DER encoding, as upper-case hex pairs joined by ':' (as keytool and openssl print it). */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                if (hex.length() > 0) {
                    hex.append(':');
                }
                hex.append(String.format("%02X", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate: " + e.getMessage(), e);
        }
    }
}
