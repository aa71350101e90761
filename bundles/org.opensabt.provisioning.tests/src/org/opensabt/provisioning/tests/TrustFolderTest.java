package org.opensabt.provisioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.equinox.p2.core.UIServices.TrustInfo;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.provisioning.TrustFolder;
import org.opensabt.provisioning.TrustFolderUIServices;
import org.opensabt.provisioning.TrustStore;

/**
 * The trust anchors of an installation (features trust add/list/remove) and p2's trust decisions
 * made from them (the workbench's Install dialogs). Certificates come from the JDK's keytool, whose
 * own SHA-256 fingerprint is the reference.
 */
class TrustFolderTest {

    @TempDir
    static Path keys;
    static Path centre;
    static Path stranger;
    static Path hostile;

    @BeforeAll
    static void certificates() throws Exception {
        centre = newCertificate("centre", "CN=Test centre, O=Hospital");
        stranger = newCertificate("stranger", "CN=Someone else");
        hostile = newCertificate("hostile", "CN=../../etc/evil\\, /tmp/x");
    }

    private static Path newCertificate(String alias, String dname) throws Exception {
        Path pass = keys.resolve("pass");
        Files.writeString(pass, "not-on-the-command-line");
        Path store = keys.resolve(alias + ".p12");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30", "-dname", dname,
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass:file", pass.toString());
        Path cert = keys.resolve(alias + ".pem");
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass:file", pass.toString(), "-file", cert.toString());
        return cert;
    }

    private static String keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "keytool failed: " + output);
        return output;
    }

    /** keytool's own SHA-256 fingerprint of a certificate file. */
    private static String keytoolFingerprint(Path cert) throws Exception {
        Matcher m = Pattern.compile("SHA256: ([0-9A-F:]+)").matcher(keytool("-printcert", "-file", cert.toString()));
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void addListRemove(@TempDir Path install) throws Exception {
        TrustFolder trust = new TrustFolder(install.resolve("trust"));
        assertTrue(trust.list().isEmpty(), "a new installation trusts nobody");
        List<TrustFolder.Anchor> added = trust.add(centre);
        assertEquals(1, added.size());
        assertEquals(keytoolFingerprint(centre), added.get(0).sha256());
        assertTrue(added.get(0).subject().contains("CN=Test centre"));
        assertTrue(trust.add(centre).isEmpty(), "a certificate already trusted is not added twice");
        trust.add(stranger);
        assertEquals(2, trust.list().size());
        assertTrue(TrustStore.load(trust.folder(), List.of()).trusts(TrustStore.read(centre).get(0)));

        String print = keytoolFingerprint(centre);
        IOException tooShort = assertThrows(IOException.class, () -> trust.remove(print.substring(0, 5)));
        assertTrue(tooShort.getMessage().contains("no trusted certificate matches"), tooShort.getMessage());
        assertEquals(1, trust.remove(print.substring(0, 11)).size()); // "AB:CD:EF:01" with colons
        assertEquals(List.of(keytoolFingerprint(stranger)), trust.list().stream().map(TrustFolder.Anchor::sha256).toList());
        assertFalse(TrustStore.load(trust.folder(), List.of()).trusts(TrustStore.read(centre).get(0)));
    }

    @Test
    void certificateNamesNeverLeaveTheFolder(@TempDir Path install) throws Exception {
        Path folder = install.resolve("trust");
        TrustFolder.Anchor anchor = new TrustFolder(folder).add(hostile).get(0);
        Path file = folder.resolve(anchor.file()).normalize();
        assertEquals(folder, file.getParent(), "kept as " + file);
        assertTrue(anchor.file().matches("[A-Za-z0-9_-]+-[0-9a-f]{16}\\.pem"), anchor.file());
        try (var listing = Files.list(install)) {
            assertEquals(List.of(folder), listing.toList(), "nothing written beside the trust folder");
        }
    }

    @Test
    void notACertificateIsNamed(@TempDir Path install) throws Exception {
        Path junk = install.resolve("junk.pem");
        Files.writeString(junk, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        IOException e = assertThrows(IOException.class, () -> new TrustFolder(install.resolve("trust")).add(junk));
        assertTrue(e.getMessage().contains("junk.pem"), e.getMessage());
    }

    @Test
    void p2DecisionsFollowTheTrustFolder(@TempDir Path install) throws Exception {
        Path folder = install.resolve("trust");
        new TrustFolder(folder).add(centre);
        TrustFolderUIServices ui = new TrustFolderUIServices(TrustFolderUIServices.of(install), null);
        Certificate ours = TrustStore.read(centre).get(0);
        Certificate theirs = TrustStore.read(stranger).get(0);
        IArtifactKey good = BundlesAction.createBundleArtifactKey("org.example.good", "1.0.0");
        IArtifactKey bad = BundlesAction.createBundleArtifactKey("org.example.hotfix", "9.9.9");
        IArtifactKey bare = BundlesAction.createBundleArtifactKey("org.example.unsigned", "1.0.0");

        TrustInfo onlyOurs = ui.getTrustInfo(Map.of(List.of(ours), Set.of(good)), Map.of(), Set.of(), Map.of());
        assertEquals(List.of(ours), List.of(onlyOurs.getTrustedCertificates()));
        assertFalse(onlyOurs.persistTrust(), "nothing goes into p2's own trust store");
        assertNull(ui.lastRefusal());

        // an unsigned feature jar (feature.xml only) passes, as on the command line; an unsigned bundle does not
        IArtifactKey feature = org.eclipse.equinox.p2.publisher.eclipse.FeaturesAction.createFeatureArtifactKey("org.example.feature", "1.0.0");
        assertTrue(ui.getTrustInfo(Map.of(List.of(ours), Set.of(good)), Map.of(), Set.of(feature), Map.of()).trustUnsignedContent());
        assertNull(ui.lastRefusal());

        TrustInfo mixed = ui.getTrustInfo(Map.of(List.of(ours), Set.of(good), List.of(theirs), Set.of(bad)), Map.of(), Set.of(bare), Map.of());
        assertEquals(List.of(ours), List.of(mixed.getTrustedCertificates()));
        assertFalse(mixed.trustUnsignedContent());
        assertFalse(mixed.trustAlways());
        String refusal = ui.lastRefusal();
        assertNotNull(refusal);
        assertTrue(refusal.contains("org.example.hotfix 9.9.9: signed by CN=Someone else"), refusal);
        assertTrue(refusal.contains("org.example.unsigned 1.0.0: not signed"), refusal);
        assertFalse(refusal.contains("org.example.good"), refusal);

        // trust is read at each decision: a certificate removed is no longer trusted
        new TrustFolder(folder).remove(TrustStore.fingerprint(TrustStore.read(centre).get(0)));
        TrustInfo none = ui.getTrustInfo(Map.of(List.of(ours), Set.of(good)), Map.of(), Set.of(), Map.of());
        assertEquals(0, none.getTrustedCertificates().length);
        assertTrue(ui.lastRefusal().contains("none yet"), ui.lastRefusal());
    }
}
