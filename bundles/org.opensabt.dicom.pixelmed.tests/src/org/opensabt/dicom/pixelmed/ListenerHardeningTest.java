package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.StorageReceiver;

/**
 * What a review found with an attacker's eye (slow senders holding every slot, a stranger flooding the
 * audit log, duplicated elements, text that reaches the console), each tried on the listener.
 */
class ListenerHardeningTest {

    static final String STUDY = "1.2.826.0.1.3680043.10.1137.1";
    static final String SERIES = "1.2.826.0.1.3680043.10.1137.1.2";

    private static StorageReceiver start(Path store, StorageReceiver.Limits limits, List<String> events) throws IOException {
        return ListenerFeaturesTest.start(store, null, null, limits, null, events);
    }

    private static InetSocketAddress address(StorageReceiver r) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), r.localAddress().getPort());
    }

    /** Connects from {@code local}, sends an A-ASSOCIATE-RQ header declaring 200 bytes, then one byte every 200 ms, in a thread of its own. */
    private static Socket trickle(InetSocketAddress to, InetAddress local, List<Thread> threads) throws IOException {
        Socket s = new Socket(to.getAddress(), to.getPort(), local, 0);
        Thread t = new Thread(() -> {
            try {
                OutputStream out = s.getOutputStream();
                out.write(new byte[] { 0x01, 0, 0, 0, 0, (byte) 200 });
                for (int i = 0; i < 100; i++) {
                    out.write(0);
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException closedByTheListener) {
                // expected
            }
        });
        t.setDaemon(true);
        t.start();
        threads.add(t);
        return s;
    }

    /** Milliseconds until the listener closes {@code s} (read returns -1 or fails), at most {@code maxMs}. */
    private static long closedAfter(Socket s, long maxMs) throws IOException {
        long t0 = System.nanoTime();
        s.setSoTimeout((int) maxMs);
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // the listener sends nothing before closing
            }
        } catch (java.net.SocketTimeoutException stillOpen) {
            return Long.MAX_VALUE;
        } catch (IOException reset) {
            // closed
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void aSenderTricklingItsRequestIsClosedAtTheDeadlineAndOneHostCannotTakeEverySlot(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        List<String> events = new CopyOnWriteArrayList<>();
        // 4 associations (at most 2 from one address), 1.5 s to complete a request
        StorageReceiver.Limits limits = new StorageReceiver.Limits(4, 16384, 65536, 1_000_000, 60_000, 1500);
        List<Thread> threads = new ArrayList<>();
        try (StorageReceiver r = start(store, limits, events)) {
            InetAddress attacker = InetAddress.getByName("127.0.0.1");
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                slow.add(trickle(address(r), attacker, threads));
            }
            Thread.sleep(300);
            // another host still gets an association while the trickles go on
            try (RawScu other = new RawScu(address(r), InetAddress.getByName("127.0.0.2"))) {
                assertEquals(2, other.associate(RawScu.CT).type(), "A-ASSOCIATE-AC for another host");
                assertEquals(0, other.store(RawScu.CT, "1.2.3.77", RawScu.dataset("1.2.3.77", STUDY, SERIES, "OK", 64, (byte) 1)));
            }
            // every trickling connection is closed by the deadline, however it trickles
            for (Socket s : slow) {
                long ms = closedAfter(s, 4000);
                assertTrue(ms < 4000, "a trickling sender was still connected after 4 s");
                s.close();
            }
        }
        String audit = String.join("\n", ListenerFeaturesTest.audit(store));
        // 2 in association slots, 4 with the refusal threads (all closed at the deadline), 2 closed at once
        assertEquals(6, audit.lines().filter(l -> l.contains("reason=no-A-ASSOCIATE-RQ-in-time")).count(), audit);
        assertEquals(2, audit.lines().filter(l -> l.contains("reason=too-many-connections ")
                || l.endsWith("reason=too-many-connections")).count(), audit);
    }

    @Test
    void aStrangerFloodingRefusalsCannotRotateTheAuditTrailAway(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        List<String> events = new CopyOnWriteArrayList<>();
        try (StorageReceiver r = ListenerFeaturesTest.start(store, Set.of("CT1"), null, null, null, events)) {
            try (RawScu good = new RawScu(address(r))) {
                assertEquals(2, good.associate("OPENSABT", "CT1", RawScu.CT, RawScu.EXPLICIT_LE).type());
                assertEquals(6, good.release());
            }
            for (int i = 0; i < 300; i++) {
                try (RawScu evil = new RawScu(address(r))) {
                    assertEquals(3, evil.associate("OPENSABT", "EVIL", RawScu.CT, RawScu.EXPLICIT_LE).type(), "A-ASSOCIATE-RJ");
                }
            }
        }
        List<String> audit = ListenerFeaturesTest.audit(store);
        long evilLines = audit.stream().filter(l -> l.contains("calling=EVIL")).count();
        assertTrue(evilLines <= 20, evilLines + " refusal lines for one peer in a minute");
        assertTrue(audit.stream().anyMatch(l -> l.contains("calling=CT1") && l.contains("outcome=released")), "the good association is still there");
        assertTrue(events.stream().filter(e -> e.startsWith("rejected")).count() <= 20, "the console is not flooded either");
    }

    @Test
    void repeatedOrUnorderedElementsAreNotUnderstood(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        byte[] good = RawScu.dataset("1.2.3.88", STUDY, SERIES, "DUP", 64, (byte) 1);
        // the same data set with a second Study Instance UID element at its end: out of order and repeated
        ByteArrayOutputStream dup = new ByteArrayOutputStream();
        dup.writeBytes(good);
        byte[] uid = RawScu.uid("1.2.6");
        dup.writeBytes(new byte[] { 0x20, 0, 0x0D, 0, 'U', 'I', (byte) uid.length, 0 });
        dup.writeBytes(uid);
        try (StorageReceiver r = start(store, null, new CopyOnWriteArrayList<>()); RawScu scu = new RawScu(address(r))) {
            assertEquals(2, scu.associate(RawScu.CT).type());
            int status = scu.store(RawScu.CT, "1.2.3.88", dup.toByteArray());
            assertEquals(0xC000, status & 0xF000, String.format("status 0x%04X", status));
            assertEquals(List.of(), ListenerAttackTest.dicomFiles(store));
        }
    }

    @Test
    void textThatReachesTheConsoleIsAValidCodeStringOrAQuestionMark() {
        assertEquals("CT", IncomingInstance.modality("CT"));
        assertEquals("?", IncomingInstance.modality("CT\n  99  FORGED 9.9/9.9"));
        assertEquals("?", IncomingInstance.modality("\u001b[2J"));
        assertEquals("?", IncomingInstance.modality(null));
    }

    @Test
    void pduLimitsAreCapped() {
        assertThrows(IllegalArgumentException.class, () -> new StorageReceiver.Limits(10, 2_000_000_000, 65536, 1, 1, 1));
    }
}
