package org.opensabt.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.provisioning.JarVerifier;
import org.opensabt.provisioning.JarVerifier.RefusedException;
import org.opensabt.provisioning.TrustStore;

/**
 * Signature checks against jars signed by the JDK's own keytool and jarsigner (an independent
 * implementation of the signing side), then damaged the ways a tampered update site would be.
 */
class JarVerifierTest {

    @TempDir
    static Path folder;
    static Path trustedCert;
    static Path otherCert;

    @BeforeAll
    static void keys() throws Exception {
        trustedCert = newKey("centre", "CN=Test centre");
        otherCert = newKey("stranger", "CN=Someone else");
    }

    private static Path newKey(String alias, String dname) throws Exception {
        Path store = folder.resolve(alias + ".p12");
        tool("keytool", "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", dname,
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "secret", "-keypass", "secret");
        Path cert = folder.resolve(alias + ".pem");
        tool("keytool", "-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", "secret", "-file", cert.toString());
        return cert;
    }

    private static void tool(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", name).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), name + " failed: " + output);
    }

    private static Path jar(String name, String... entries) throws IOException {
        Path jar = folder.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            out.write("Manifest-Version: 1.0\r\nBundle-SymbolicName: test\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(("content of " + entry).getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static Path signed(String name, String alias) throws Exception {
        Path jar = jar(name, "org/example/A.class", "org/example/B.class", "plugin.xml");
        tool("jarsigner", "-keystore", folder.resolve(alias + ".p12").toString(), "-storetype", "PKCS12", "-storepass", "secret",
                jar.toString(), alias);
        return jar;
    }

    /** Copies a jar, replacing (or adding) one entry's bytes: what an attacker does to a signed jar. */
    private static Path rewrite(Path jar, String name, String entry, byte[] content) throws IOException {
        Path copy = folder.resolve(name);
        boolean replaced = false;
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    out.write(content);
                    replaced = true;
                } else {
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                }
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(content);
            }
        }
        return copy;
    }

    private static JarVerifier trusting(Path... certs) throws IOException {
        return new JarVerifier(TrustStore.load(null, List.of(certs)));
    }

    @Test
    void aJarSignedByATrustedKeyIsAccepted() throws Exception {
        JarVerifier.Verified result = trusting(trustedCert).verify(signed("good.jar", "centre"), "good");
        assertEquals(3, result.signedEntries());
        assertTrue(result.signers().iterator().next().contains("CN=Test centre"), result.signers().toString());
    }

    @Test
    void anUnsignedJarIsRefused() throws Exception {
        RefusedException e = assertThrows(RefusedException.class,
                () -> trusting(trustedCert).verify(jar("plain.jar", "org/example/A.class"), "bundle plain 1.0"));
        assertTrue(e.getMessage().contains("bundle plain 1.0 (plain.jar) is not signed"), e.getMessage());
    }

    @Test
    void aModifiedEntryIsRefusedNamingTheEntry() throws Exception {
        Path tampered = rewrite(signed("victim.jar", "centre"), "tampered.jar", "org/example/B.class",
                "malicious".getBytes(StandardCharsets.UTF_8));
        RefusedException e = assertThrows(RefusedException.class, () -> trusting(trustedCert).verify(tampered, "bundle victim 1.0"));
        assertTrue(e.getMessage().contains("modified after it was signed") && e.getMessage().contains("org/example/B.class"), e.getMessage());
    }

    @Test
    void anEntryAddedAfterSigningIsRefused() throws Exception {
        Path tampered = rewrite(signed("victim2.jar", "centre"), "added.jar", "org/example/Evil.class",
                "malicious".getBytes(StandardCharsets.UTF_8));
        RefusedException e = assertThrows(RefusedException.class, () -> trusting(trustedCert).verify(tampered, "bundle victim 1.0"));
        assertTrue(e.getMessage().contains("org/example/Evil.class") && e.getMessage().contains("after signing"), e.getMessage());
    }

    @Test
    void aJarSignedBySomeoneElseIsRefused() throws Exception {
        Path jar = signed("stranger.jar", "stranger");
        RefusedException e = assertThrows(RefusedException.class, () -> trusting(trustedCert).verify(jar, "bundle s 1.0"));
        assertTrue(e.getMessage().contains("CN=Someone else") && e.getMessage().contains("does not trust"), e.getMessage());
        // and accepted once the installation trusts that certificate too
        assertEquals(3, trusting(trustedCert, otherCert).verify(jar, "bundle s 1.0").signedEntries());
    }

    @Test
    void trustFoldersReadPemFilesAndRejectGarbage() throws Exception {
        Path trust = Files.createDirectories(folder.resolve("trust"));
        Files.copy(trustedCert, trust.resolve("centre.pem"));
        Files.writeString(trust.resolve("readme.txt"), "not a certificate, and not read");
        TrustStore store = TrustStore.load(trust, List.of());
        assertEquals(1, store.certificates().size());
        Path garbage = Files.writeString(folder.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        IOException e = assertThrows(IOException.class, () -> TrustStore.load(trust, List.of(garbage)));
        assertTrue(e.getMessage().contains("garbage.pem"), e.getMessage());
    }
}
