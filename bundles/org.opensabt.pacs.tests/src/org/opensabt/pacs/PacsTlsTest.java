package org.opensabt.pacs;

import org.opensabt.testing.Orthanc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DICOM TLS (PS3.15 B.1/B.9) with a real Orthanc that requires it, certificates made by openssl for this class: the
 * node's configuration names the trust and key stores and the files holding their passwords; C-ECHO and C-FIND go
 * through; a plain association and an untrusted certificate are refused in one line.
 */
class PacsTlsTest {

    static final String PASSWORD = "changeit-test";
    static Path work;
    static Orthanc orthanc;

    @BeforeAll
    static void startOrthancWithTls() throws Exception {
        assumeTrue(Files.isExecutable(Orthanc.BINARY), "Orthanc is not installed (" + Orthanc.BINARY + ", Debian package orthanc)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl makes the test certificates (Debian package openssl)");
        work = Files.createTempDirectory("opensabt-pacs-tls-");
        // Orthanc's certificate names 127.0.0.1 (hostname verification); ours is trusted by Orthanc (mutual TLS)
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "orthanc-key.pem", "-out", "orthanc-cert.pem", "-days", "2", "-subj",
                "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "our-key.pem", "-out", "our-cert.pem", "-days", "2", "-subj", "/CN=OPENSABT");
        openssl("pkcs12", "-export", "-inkey", "our-key.pem", "-in", "our-cert.pem", "-out", "our.p12", "-passout", "pass:" + PASSWORD);
        trustStore(work.resolve("orthanc-cert.pem"), work.resolve("trust.p12"));
        trustStore(work.resolve("our-cert.pem"), work.resolve("wrong-trust.p12")); // trusts only ourselves, not Orthanc
        Files.writeString(work.resolve("password.txt"), PASSWORD + "\n");
        orthanc = new Orthanc(work.resolve("orthanc"), PacsOrthancTest.OUR_AE, String.format("""
                "DicomTlsEnabled": true, "DicomTlsCertificate": "%1$s/orthanc-cert.pem", "DicomTlsPrivateKey": "%1$s/orthanc-key.pem",
                "DicomTlsTrustedCertificates": "%1$s/our-cert.pem", "DicomTlsRemoteCertificateRequired": true,""", work));
    }

    @AfterAll
    static void stop() throws Exception {
        if (orthanc != null) {
            orthanc.close();
        }
        if (work != null) {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void echoAndFindOverTlsWithStoresAndPasswordFilesFromTheConfiguration() throws Exception {
        PacsNodes nodes = config("trust.p12");
        PacsNode node = nodes.node("secure");
        assertTrue(node.tls() != null && node.tls().verifyHostname());
        assertTrue(node.label().endsWith(", TLS)"), node.label());
        PacsClient.Connection c = new PacsClient.Connection(node, nodes.callingAe(), null);
        PacsClient.echo(c, null);
        assertEquals(0, PacsClient.find(new PacsClient.FindRequest(c, PacsClient.Level.STUDY, PacsClient.Keys.ANY), null).matches().size());
    }

    @Test
    void anUntrustedCertificateIsRefusedInOneLine() throws Exception {
        PacsNodes nodes = config("wrong-trust.p12");
        PacsException e = assertThrows(PacsException.class, () -> PacsClient.echo(new PacsClient.Connection(nodes.node("secure"), "OPENSABT", null), null));
        assertEquals(PacsException.Reason.UNREACHABLE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("secure (ORTHANC@127.0.0.1:" + orthanc.dicomPort + ", TLS): TLS handshake failed: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void plainDicomToATlsPortFails() {
        PacsNode plain = new PacsNode("plain", Orthanc.AE, "127.0.0.1", orthanc.dicomPort, null, 5_000);
        PacsException e = assertThrows(PacsException.class, () -> PacsClient.echo(new PacsClient.Connection(plain, "OPENSABT", null), null));
        assertTrue(e.getMessage().startsWith("plain (ORTHANC@127.0.0.1:" + orthanc.dicomPort + "): "), e.getMessage());
    }

    static PacsNodes config(String trustStore) throws Exception {
        Path file = work.resolve("nodes-" + trustStore + ".properties");
        Files.writeString(file, String.join("\n", "calling-ae = OPENSABT", "node.secure.ae = " + Orthanc.AE, "node.secure.host = 127.0.0.1",
                "node.secure.port = " + orthanc.dicomPort, "node.secure.timeout-s = 10", "node.secure.tls = true", "node.secure.tls.truststore = " + trustStore,
                "node.secure.tls.truststore-password-file = password.txt", "node.secure.tls.keystore = our.p12",
                "node.secure.tls.keystore-password-env = OPENSABT_TEST_KEY_PASSWORD", ""));
        return PacsNodes.load(file, false, name -> "OPENSABT_TEST_KEY_PASSWORD".equals(name) ? PASSWORD : null);
    }

    static void trustStore(Path pem, Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            ks.setCertificateEntry("peer", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        try (OutputStream out = Files.newOutputStream(p12)) {
            ks.store(out, PASSWORD.toCharArray());
        }
    }

    static void openssl(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "/usr/bin/openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("openssl.log").toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + ": " + PacsOrthancTest.read(work.resolve("openssl.log")));
    }
}
