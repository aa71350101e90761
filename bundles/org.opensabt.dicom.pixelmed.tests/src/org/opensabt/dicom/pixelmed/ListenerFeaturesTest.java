package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.StorageReceiver;

/**
 * The listener against dcmtk's storescu/echoscu (plain and DICOM TLS), its allow-lists, limits and audit log.
 */
class ListenerFeaturesTest {

    /** Exit code and output of a process (killed after 60 s). */
    record Run(int exit, String output) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static StorageReceiver start(Path store, Set<String> allowedAe, Set<String> allowedHosts, StorageReceiver.Limits limits, StorageReceiver.Tls tls,
            List<String> events) throws IOException {
        return new PixelMedToolkit().receive(new StorageReceiver.Settings("OPENSABT", null, 0, store, allowedAe, allowedHosts, limits, tls, null),
                ListenerAttackTest.listener(events));
    }

    static List<String> ctFiles(int n) throws IOException {
        return DcmDump.list(DicomCaseImporterTest.STS.resolve("ct")).stream().limit(n).map(Path::toString).toList();
    }

    static List<String> audit(Path store) throws IOException {
        return Files.readAllLines(store.resolve(".listen-audit.log.0"));
    }

    static List<String> storescu(StorageReceiver r, String calling, String called, List<String> tls, List<String> files) {
        List<String> cmd = new ArrayList<>(List.of("storescu", "-aet", calling, "-aec", called));
        cmd.addAll(tls);
        cmd.add("127.0.0.1");
        cmd.add(String.valueOf(r.localAddress().getPort()));
        cmd.addAll(files);
        return cmd;
    }

    static List<String> echoscu(StorageReceiver r, List<String> tls) {
        List<String> cmd = new ArrayList<>(List.of("echoscu", "-aet", "SCANNER", "-aec", "OPENSABT"));
        cmd.addAll(tls);
        cmd.add("127.0.0.1");
        cmd.add(String.valueOf(r.localAddress().getPort()));
        return cmd;
    }

    @Test
    void storescuStoresCtByStudyAndSeriesEchoscuIsAnsweredAndTheAuditLogHasEveryLine(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        List<String> events = new CopyOnWriteArrayList<>();
        List<String> files = ctFiles(3);
        try (StorageReceiver r = start(store, Set.of("SCANNER"), Set.of("127.0.0.1"), null, null, events)) {
            assertTrue(r.localAddress().getAddress().isLoopbackAddress(), "loopback by default: " + r.localAddress());
            Run s = run(storescu(r, "SCANNER", "OPENSABT", List.of(), files));
            assertEquals(0, s.exit(), s.output());
            Run e = run(echoscu(r, List.of()));
            assertEquals(0, e.exit(), e.output());
        }
        for (String original : files) {
            Path source = Path.of(original);
            String study = DcmDump.value(source, "0020,000d");
            String series = DcmDump.value(source, "0020,000e");
            String sop = DcmDump.value(source, "0008,0018");
            Path stored = store.resolve(study).resolve(series).resolve(sop + ".dcm");
            assertTrue(Files.isRegularFile(stored), stored + " stored");
            assertEquals(sop, DcmDump.value(stored, "0008,0018"));
            assertEquals(DcmDump.value(source, "0028,0010"), DcmDump.value(stored, "0028,0010"));
            Run dump = run(List.of("dcmdump", "-q", "+P", "7fe0,0010", stored.toString()));
            assertEquals(0, dump.exit(), dump.output());
        }
        assertEquals(3, ListenerAttackTest.dicomFiles(store).size());
        assertEquals(List.of(), ListenerAttackTest.incoming(store));
        List<String> audit = audit(store);
        List<String> associations = audit.stream().filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\S+ association .*")).toList();
        List<String> instances = audit.stream().filter(l -> l.contains(" instance ")).toList();
        assertEquals(2, associations.size(), String.join("\n", audit));
        assertEquals(3, instances.size(), String.join("\n", audit));
        for (String line : associations) {
            assertTrue(line.contains("peer=127.0.0.1:") && line.contains("calling=SCANNER") && line.contains("called=OPENSABT")
                    && line.contains("outcome=released"), line);
        }
        for (String line : instances) {
            assertTrue(line.contains("peer=127.0.0.1:") && line.contains("calling=SCANNER") && line.contains("called=OPENSABT")
                    && line.contains("sop-class=1.2.840.10008.5.1.4.1.1.2 ") && line.matches(".* sop-instance=[0-9.]+ .*") && line.contains("status=0x0000")
                    && line.contains("outcome=stored"), line);
        }
    }

    @Test
    void aJpegLosslessImageIsStoredAsReceivedAndDecodesToTheOriginalPixels(@TempDir Path dir) throws Exception {
        Path original = Path.of(ctFiles(2).get(1));
        Path jpeg = dir.resolve("jpeg.dcm");
        Run c = run(List.of("dcmcjpeg", original.toString(), jpeg.toString()));
        assertEquals(0, c.exit(), c.output());
        Path store = dir.resolve("store");
        try (StorageReceiver r = start(store, null, null, null, null, new CopyOnWriteArrayList<>())) {
            List<String> cmd = new ArrayList<>(storescu(r, "SCANNER", "OPENSABT", List.of("-xs"), List.of(jpeg.toString())));
            Run s = run(cmd);
            assertEquals(0, s.exit(), s.output());
        }
        List<Path> stored = ListenerAttackTest.dicomFiles(store);
        assertEquals(1, stored.size());
        assertEquals("=JPEGLossless:Non-hierarchical-1stOrderPrediction", DcmDump.value(stored.get(0), "0002,0010"), "stored in the transfer syntax it came in");
        Path decoded = dir.resolve("decoded.dcm");
        Run d = run(List.of("dcmdjpeg", stored.get(0).toString(), decoded.toString()));
        assertEquals(0, d.exit(), d.output());
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        assertEquals(0, run(List.of("dcmdump", "-q", "+W", dir.resolve("a").toString(), decoded.toString())).exit());
        assertEquals(0, run(List.of("dcmdump", "-q", "+W", dir.resolve("b").toString(), original.toString())).exit());
        assertArrayEquals(Files.readAllBytes(DcmDump.list(dir.resolve("b")).get(0)), Files.readAllBytes(DcmDump.list(dir.resolve("a")).get(0)),
                "the pixels are those sent");
    }

    /** storescu may exit before the listener's thread has reported a refusal: wait for {@code count} of them (at most 10 s). */
    private static void awaitRejections(List<String> events, long count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (events.stream().filter(e -> e.startsWith("rejected")).count() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void wrongCallingOrCalledAeAndUnlistedHostsAreRejected(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        List<String> events = new CopyOnWriteArrayList<>();
        List<String> files = ctFiles(1);
        try (StorageReceiver r = start(store, Set.of("SCANNER"), null, null, null, events)) {
            Run s = run(storescu(r, "INTRUDER", "OPENSABT", List.of(), files));
            assertNotEquals(0, s.exit(), s.output());
            s = run(storescu(r, "SCANNER", "SOMEBODY", List.of(), files));
            assertNotEquals(0, s.exit(), s.output());
            awaitRejections(events, 2);
        }
        try (StorageReceiver r = start(store, null, Set.of("192.0.2.7"), null, null, events)) {
            Run s = run(storescu(r, "SCANNER", "OPENSABT", List.of(), files));
            assertNotEquals(0, s.exit(), s.output());
            awaitRejections(events, 3);
        }
        assertEquals(List.of(), ListenerAttackTest.dicomFiles(store));
        assertEquals(3, events.stream().filter(e -> e.startsWith("rejected")).count(), events.toString());
        // an unlisted host is refused at connect, before it holds an association slot
        String audit = String.join("\n", audit(store));
        assertTrue(audit.contains("outcome=rejected reason=calling-AE-not-allowed:INTRUDER"), audit);
        assertTrue(audit.contains("outcome=rejected reason=called-AE-not-recognized:SOMEBODY"), audit);
        assertTrue(audit.contains("outcome=refused reason=peer-address-not-allowed:127.0.0.1"), audit);
    }

    @Test
    void beyondTheAssociationLimitTheRejectionIsTransientAndOversizedObjectsAreAborted(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        List<String> events = new CopyOnWriteArrayList<>();
        StorageReceiver.Limits limits = new StorageReceiver.Limits(1, 16384, 65536, 10_000, 5000, 5000);
        try (StorageReceiver r = start(store, null, null, limits, null, events)) {
            InetSocketAddress a = new InetSocketAddress("127.0.0.1", r.localAddress().getPort());
            try (RawScu first = new RawScu(a)) {
                assertEquals(2, first.associate(RawScu.CT).type());
                try (RawScu second = new RawScu(a)) {
                    RawScu.Pdu rj = second.associate(RawScu.CT);
                    assertEquals(3, rj.type(), "A-ASSOCIATE-RJ");
                    assertArrayEquals(new byte[] { 0, 2, 3, 2 }, rj.body(), "rejected-transient, service-provider (presentation), local-limit-exceeded");
                }
                // 20 000 bytes against a limit of 10 000: A-ABORT, nothing kept
                int status = first.store(RawScu.CT, "1.2.3.40", RawScu.dataset("1.2.3.40", ListenerAttackTest.STUDY, ListenerAttackTest.SERIES, "BIG",
                        20_000, (byte) 1));
                assertEquals(-7, status, "A-ABORT");
            }
            Thread.sleep(200);
            assertEquals(List.of(), ListenerAttackTest.incoming(store));
            try (RawScu third = new RawScu(a)) {
                assertEquals(2, third.associate(RawScu.CT).type(), "a slot again once the first is gone");
                assertEquals(0, third.store(RawScu.CT, "1.2.3.41", RawScu.dataset("1.2.3.41", ListenerAttackTest.STUDY, ListenerAttackTest.SERIES, "OK",
                        2000, (byte) 1)));
                assertEquals(6, third.release());
            }
        }
        assertEquals(1, ListenerAttackTest.dicomFiles(store).size());
    }

    @Test
    void dicomTlsWithClientCertificatesWorksWithDcmtkAndRefusesPlainTcpAndUnknownClients(@TempDir Path dir) throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Path password = dir.resolve("password");
        Files.writeString(password, "pw-" + UUID.randomUUID() + "\n");
        Path server = dir.resolve("server.p12");
        Path serverPem = dir.resolve("server.pem");
        Path trust = dir.resolve("trust.p12");
        must(run(List.of(keytool, "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", server.toString(), "-storepass:file", password.toString())));
        must(run(List.of(keytool, "-exportcert", "-rfc", "-alias", "server", "-keystore", server.toString(), "-storepass:file", password.toString(), "-file",
                serverPem.toString())));
        for (String who : List.of("client", "intruder")) {
            must(run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + who, "-keyout",
                    dir.resolve(who + ".key").toString(), "-out", dir.resolve(who + ".pem").toString())));
        }
        must(run(List.of(keytool, "-importcert", "-noprompt", "-alias", "client", "-file", dir.resolve("client.pem").toString(), "-storetype", "PKCS12",
                "-keystore", trust.toString(), "-storepass:file", password.toString())));
        char[] pw = Files.readString(password).strip().toCharArray();
        Path store = dir.resolve("store");
        List<String> events = new CopyOnWriteArrayList<>();
        List<String> files = ctFiles(2);
        try (StorageReceiver r = start(store, null, null, null, new StorageReceiver.Tls(server, pw, trust, pw, true), events)) {
            List<String> client = List.of("+tls", dir.resolve("client.key").toString(), dir.resolve("client.pem").toString(), "+cf", serverPem.toString());
            Run s = run(storescu(r, "SCANNER", "OPENSABT", client, files));
            assertEquals(0, s.exit(), s.output());
            Run e = run(echoscu(r, client));
            assertEquals(0, e.exit(), e.output());
            Run plain = run(echoscu(r, List.of()));
            assertNotEquals(0, plain.exit(), "plain TCP against the TLS port: " + plain.output());
            List<String> intruder = List.of("+tls", dir.resolve("intruder.key").toString(), dir.resolve("intruder.pem").toString(), "+cf",
                    serverPem.toString());
            Run i = run(storescu(r, "SCANNER", "OPENSABT", intruder, ctFiles(1)));
            assertNotEquals(0, i.exit(), "a client certificate not in the trust store: " + i.output());
        }
        assertEquals(2, ListenerAttackTest.dicomFiles(store).size());
        String audit = String.join("\n", audit(store));
        assertTrue(audit.contains("tls=TLSv1."), audit);
        assertTrue(audit.contains("CN=client"), audit);
        assertTrue(audit.contains("reason=tls-handshake-failed"), audit);
        System.out.println("TLS audit:\n" + audit);
    }

    private static void must(Run r) {
        assertEquals(0, r.exit(), r.output());
    }
}
