package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.StorageReceiver;

/**
 * The listener under attack, through the API as it was before issue 20 (so each test also runs against the
 * old PixelMed dispatcher, where each of them fails): path traversal through UIDs, a 2 GiB PDU header,
 * random data sets, racing senders of one SOP Instance UID, a full disk, a second listening socket.
 */
class ListenerAttackTest {

    static final String STUDY = "1.2.826.0.1.3680043.2.1143.1";
    static final String SERIES = "1.2.826.0.1.3680043.2.1143.1.2";

    /** A receiver on a free port with its event log. */
    record Running(StorageReceiver receiver, int port, List<String> events) implements AutoCloseable {
        InetSocketAddress address() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        }

        @Override
        public void close() {
            receiver.close();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static Running start(Path store, Set<String> allowed) throws IOException {
        int port = freePort();
        List<String> events = new CopyOnWriteArrayList<>();
        StorageReceiver r = new PixelMedToolkit().receive(new StorageReceiver.Settings("OPENSABT", port, store, allowed), listener(events));
        return new Running(r, port, events);
    }

    static StorageReceiver.Listener listener(List<String> events) {
        return new StorageReceiver.Listener() {
            @Override
            public void stored(String modality, String studyUid, String seriesUid, Path file) {
                events.add("stored " + file);
            }

            @Override
            public void rejected(String callingAe) {
                events.add("rejected " + callingAe);
            }

            @Override
            public void failed(String message) {
                events.add("failed " + message);
            }
        };
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static List<Path> dicomFiles(Path store) throws IOException {
        return files(store).stream().filter(f -> f.toString().endsWith(".dcm")).toList();
    }

    static List<Path> incoming(Path store) throws IOException {
        return Files.isDirectory(store.resolve(".incoming")) ? files(store.resolve(".incoming")) : List.of();
    }

    @Test
    void uidsWithPathsAreRefusedAndNothingOutsideTheStoreIsTouched(@TempDir Path dir) throws Exception {
        Path victim = dir.resolve("victim").resolve("case.xmi");
        Files.createDirectories(victim.getParent());
        Files.writeString(victim, "precious case");
        Path store = dir.resolve("store");
        try (Running r = start(store, null); RawScu scu = new RawScu(r.address())) {
            assertEquals(2, scu.associate(RawScu.CT).type(), "association accepted");
            String evil = "../victim/case.xmi";
            int status = scu.store(RawScu.CT, evil, RawScu.dataset(evil, STUDY, SERIES, "EVIL", 64, (byte) 1));
            assertTrue(status >= 0xA000, String.format("a traversing SOP Instance UID is refused, status 0x%04X", status));
            String evil2 = "../../victim/case.xmi";
            status = scu.store(RawScu.CT, evil2, RawScu.dataset(evil2, STUDY, SERIES, "EVIL", 64, (byte) 1));
            assertTrue(status >= 0xA000, String.format("status 0x%04X", status));
            // a valid SOP Instance UID with a traversing Study Instance UID in the data set
            status = scu.store(RawScu.CT, "1.2.3.4", RawScu.dataset("1.2.3.4", "../../escape", SERIES, "EVIL", 64, (byte) 1));
            assertTrue(status >= 0xA000, String.format("a traversing Study Instance UID is refused, status 0x%04X", status));
            status = scu.store(RawScu.CT, "1.2.3.5", RawScu.dataset("1.2.3.5", STUDY, "/tmp/abs", "EVIL", 64, (byte) 1));
            assertTrue(status >= 0xA000, String.format("an absolute Series Instance UID is refused, status 0x%04X", status));
            assertEquals(6, scu.release(), "A-RELEASE-RP");
        }
        assertEquals("precious case", Files.readString(victim), "the other case's file is untouched");
        List<Path> outside = files(dir).stream().filter(f -> !f.startsWith(store)).toList();
        assertEquals(List.of(victim), outside, "nothing written outside the store");
        assertEquals(List.of(), dicomFiles(store), "nothing stored");
        assertFalse(Files.exists(dir.resolve("escape")));
    }

    @Test
    void aTwoGibPduHeaderIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Runtime rt = Runtime.getRuntime();
        try (Running r = start(store, null)) {
            long usedBefore = rt.totalMemory() - rt.freeMemory();
            long t0 = System.nanoTime();
            // A-ASSOCIATE-RQ header declaring 2 GiB - 1, and 6 more bytes
            try (RawScu scu = new RawScu(r.address())) {
                scu.socket.setSoTimeout(5000);
                scu.out.write(new byte[] { 0x01, 0, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 1, 0, 0, 'O', 'P' });
                scu.out.flush();
                int answer = scu.in.read();
                assertTrue(answer == 0x07 || answer == -1, "A-ABORT or close, got " + answer);
            }
            // the same after a good association, as a P-DATA-TF
            try (RawScu scu = new RawScu(r.address())) {
                scu.socket.setSoTimeout(5000);
                assertEquals(2, scu.associate(RawScu.CT).type());
                scu.out.write(new byte[] { 0x04, 0, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0, 1, 3 });
                scu.out.flush();
                int answer = scu.in.read();
                assertTrue(answer == 0x07 || answer == -1, "A-ABORT or close, got " + answer);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long grownMb = (rt.totalMemory() - rt.freeMemory() - usedBefore) >> 20;
            System.out.printf("2 GiB PDU headers: refused in %d ms, heap grew by %d MiB%n", ms, grownMb);
            assertTrue(ms < 5000, "refused in " + ms + " ms");
            assertTrue(grownMb < 256, "heap grew by " + grownMb + " MiB");
            // and the listener still works
            try (RawScu scu = new RawScu(r.address())) {
                assertEquals(2, scu.associate(RawScu.CT).type());
                assertEquals(0, scu.store(RawScu.CT, "1.2.3.9", RawScu.dataset("1.2.3.9", STUDY, SERIES, "OK", 512, (byte) 7)));
            }
        }
    }

    @Test
    void randomBytesAreNotAnsweredWithSuccess(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        byte[] random = new byte[50_000];
        new Random(20).nextBytes(random);
        try (Running r = start(store, null); RawScu scu = new RawScu(r.address())) {
            assertEquals(2, scu.associate(RawScu.CT).type());
            int status = scu.store(RawScu.CT, "1.2.3.10", random);
            assertTrue(status >= 0xC000 && status <= 0xCFFF, String.format("cannot understand, got 0x%04X", status));
            // a data set for another instance than the command names
            status = scu.store(RawScu.CT, "1.2.3.11", RawScu.dataset("1.2.3.12", STUDY, SERIES, "X", 64, (byte) 0));
            assertEquals(0xA900, status, String.format("data set does not match, got 0x%04X", status));
            assertEquals(List.of(), dicomFiles(store), "nothing stored");
            assertEquals(List.of(), incoming(store), "nothing left in .incoming");
        }
    }

    @Test
    void twoSendersOfOneInstanceGetHonestStatusAndTheLastCompleteOneIsStored(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        String sop = "1.2.3.20";
        byte[] a = RawScu.dataset(sop, STUDY, SERIES, "AAAA", 400_000, (byte) 0xAA);
        byte[] b = RawScu.dataset(sop, STUDY, SERIES, "BBBB", 300_000, (byte) 0xBB);
        try (Running r = start(store, null); RawScu first = new RawScu(r.address()); RawScu second = new RawScu(r.address())) {
            assertEquals(2, first.associate(RawScu.CT).type());
            assertEquals(2, second.associate(RawScu.CT).type());
            first.storeCommand(RawScu.CT, sop);
            first.data(a, 0, a.length / 2, false);
            Thread.sleep(300);
            assertEquals(0, second.store(RawScu.CT, sop, b), "the complete second transfer is stored");
            first.data(a, a.length / 2, a.length, true);
            assertEquals(0, first.status(), "the first transfer completes later and is stored");
        }
        List<Path> stored = dicomFiles(store);
        assertEquals(1, stored.size(), "one file: " + stored);
        byte[] file = Files.readAllBytes(stored.get(0));
        assertArrayEquals(a, Arrays.copyOfRange(file, file.length - a.length, file.length), "the last complete transfer, whole");
        assertTrue(file.length - a.length < 400, "only a meta header before the data set");
        assertEquals("AAAA", DcmDump.value(stored.get(0), "0010,0020"));
        assertEquals(sop, DcmDump.value(stored.get(0), "0008,0018"));
    }

    @Test
    void twoSendersFinishingOneInstanceAtTheSameMomentAreNeverToldSuccessForALostWrite(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        int rounds = 12;
        try (Running r = start(store, null); RawScu first = new RawScu(r.address()); RawScu second = new RawScu(r.address())) {
            assertEquals(2, first.associate(RawScu.CT).type());
            assertEquals(2, second.associate(RawScu.CT).type());
            for (int round = 0; round < rounds; round++) {
                String sop = "1.2.3.21." + round;
                byte[] a = RawScu.dataset(sop, STUDY, SERIES, "AAAA", 600_000, (byte) 0xAA);
                byte[] b = RawScu.dataset(sop, STUDY, SERIES, "BBBB", 500_000, (byte) 0xBB);
                first.storeCommand(RawScu.CT, sop);
                first.data(a, 0, a.length - 100, false);
                second.storeCommand(RawScu.CT, sop);
                second.data(b, 0, b.length - 100, false);
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
                java.util.concurrent.Future<Integer> fa = two.submit(() -> {
                    go.await();
                    first.data(a, a.length - 100, a.length, true);
                    return first.status();
                });
                java.util.concurrent.Future<Integer> fb = two.submit(() -> {
                    go.await();
                    second.data(b, b.length - 100, b.length, true);
                    return second.status();
                });
                go.countDown();
                int sa = fa.get(30, java.util.concurrent.TimeUnit.SECONDS);
                int sb = fb.get(30, java.util.concurrent.TimeUnit.SECONDS);
                two.shutdown();
                assertTrue(sa == 0 || sa >= 0xA000, "status " + sa);
                assertTrue(sb == 0 || sb >= 0xA000, "status " + sb);
                Thread.sleep(50);
                List<String> failures = r.events().stream().filter(e -> e.startsWith("failed") && e.contains(sop)).toList();
                if (sa == 0 && sb == 0) {
                    assertEquals(List.of(), failures, "round " + round + ": both told Success, yet a failure was reported");
                }
                List<Path> stored = dicomFiles(store).stream().filter(f -> f.getFileName().toString().equals(sop + ".dcm")).toList();
                assertEquals(sa == 0 || sb == 0 ? 1 : 0, stored.size(), "round " + round + ": " + stored);
                if (!stored.isEmpty()) {
                    byte[] file = Files.readAllBytes(stored.get(0));
                    boolean wholeA = file.length >= a.length && Arrays.equals(a, Arrays.copyOfRange(file, file.length - a.length, file.length));
                    boolean wholeB = file.length >= b.length && Arrays.equals(b, Arrays.copyOfRange(file, file.length - b.length, file.length));
                    assertTrue((wholeA && sa == 0 || wholeB && sb == 0) && file.length < Math.max(a.length, b.length) + 400,
                            "round " + round + ": the stored file is one whole transfer that was answered Success");
                }
            }
        }
        assertEquals(List.of(), incoming(store));
    }

    @Test
    void aFullDiskFailsTheInstanceAndLeavesNoPartialFile(@TempDir Path dir) throws Exception {
        Path mount = dir.resolve("small");
        Files.createDirectories(mount);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "needs root to mount a 1 MiB tmpfs: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        try {
            Path store = mount.resolve("store");
            try (Running r = start(store, null); RawScu scu = new RawScu(r.address())) {
                assertEquals(2, scu.associate(RawScu.CT).type());
                int status = scu.store(RawScu.CT, "1.2.3.30", RawScu.dataset("1.2.3.30", STUDY, SERIES, "BIG", 3 << 20, (byte) 3));
                assertTrue(status >= 0xA700 && status <= 0xA7FF, String.format("out of resources, got 0x%04X", status));
                assertEquals(List.of(), incoming(store), "the partial file is removed at once");
                assertEquals(List.of(), dicomFiles(store));
                assertEquals(0, scu.store(RawScu.CT, "1.2.3.31", RawScu.dataset("1.2.3.31", STUDY, SERIES, "SMALL", 1000, (byte) 3)),
                        "the listener goes on once there is room");
                assertEquals(1, dicomFiles(store).size());
            }
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
        }
    }

    @Test
    void withAnAllowListThereIsStillOnlyOneSocketAndItIsOnLoopback(@TempDir Path dir) throws Exception {
        long pid = ProcessHandle.current().pid();
        List<String> before = listening(pid);
        try (Running r = start(dir.resolve("store"), Set.of("SCANNER"))) {
            List<String> after = listening(pid);
            List<String> added = after.stream().filter(l -> !before.contains(l)).toList();
            System.out.println("listening sockets added: " + added);
            assertEquals(1, added.size(), "exactly one listening socket: " + added);
            assertTrue(added.get(0).contains("127.0.0.1") && added.get(0).contains(":" + r.port()), "bound to loopback: " + added.get(0));
        }
    }

    /** Local addresses of the TCP sockets {@code pid} listens on, from ss. */
    static List<String> listening(long pid) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().filter(l -> l.contains("pid=" + pid + ",")).map(l -> l.trim().split("\\s+")[3]).toList();
    }
}
