package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * 'opensabt listen' in this JVM against dcmtk's echoscu and storescu as real peers: parallel associations, an unknown AE
 * rejected, the received study imported, a busy port, a full disk (formerly the network section of tests/product-tests.sh).
 */
class ListenCommandTest {

    @TempDir
    Path tmp;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Threads of their own (the common pool has one thread on two cores). */
    private static final java.util.concurrent.ExecutorService THREADS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "listen-test");
        t.setDaemon(true);
        return t;
    });

    /** opensabt --json listen ... in a thread of its own. */
    private CompletableFuture<Cli.Run> listen(Object... args) {
        return CompletableFuture.supplyAsync(() -> Cli.json(tmp, args), THREADS);
    }

    private boolean echo(int port) {
        return Fixtures.tool(tmp, "echoscu", "-aec", "OPENSABT", "127.0.0.1", port).code() == 0;
    }

    private void awaitListener(int port) throws InterruptedException {
        for (int i = 0; i < 80 && !echo(port); i++) {
            Thread.sleep(250);
        }
    }

    private static List<Path> ctFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.ct())) {
            return files.filter(f -> f.toString().endsWith(".dcm")).sorted().toList();
        }
    }

    private static long countDicom(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".dcm") && !f.toString().contains("/.incoming/")).count();
        }
    }

    @Test
    void parallelAssociationsAnUnknownAeAndTheReceivedStudyImports() throws Exception {
        int port = freePort();
        Path store = tmp.resolve("incoming");
        CompletableFuture<Cli.Run> listener = listen("listen", "--port", port, "--store", store, "--allow-ae", "STORESCU,ECHOSCU", "--duration-s", 12);
        awaitListener(port);
        assertTrue(echo(port), "C-ECHO answered");
        List<Path> ct = ctFiles();
        List<CompletableFuture<Fixtures.Tool>> senders = new ArrayList<>();
        for (int part = 0; part < 4; part++) {
            List<Object> argv = new ArrayList<>(List.of("storescu", "-aec", "OPENSABT", "127.0.0.1", port));
            for (int i = part; i < ct.size(); i += 4) {
                argv.add(ct.get(i));
            }
            senders.add(CompletableFuture.supplyAsync(() -> Fixtures.tool(tmp, argv.toArray()), THREADS));
        }
        List<Object> rs = new ArrayList<>(List.of("storescu", "-aec", "OPENSABT", "127.0.0.1", port));
        try (Stream<Path> files = Files.list(Fixtures.rtstruct())) {
            files.filter(f -> f.toString().endsWith(".dcm")).forEach(rs::add);
        }
        Fixtures.tool(tmp, rs.toArray()).ok("storescu RTSTRUCT");
        Fixtures.Tool intruder = Fixtures.tool(tmp, "storescu", "-aet", "INTRUDER", "-aec", "OPENSABT", "127.0.0.1", port,
                Fixtures.repo().resolve("bundles/org.opensabt.dicom.pixelmed.tests/data/pydicom-samples/CT_small.dcm"));
        for (CompletableFuture<Fixtures.Tool> s : senders) {
            s.get(60, TimeUnit.SECONDS).ok("storescu CT part");
        }
        Cli.Run run = listener.get(120, TimeUnit.SECONDS).ok();
        JsonObject r = run.result();
        List<Integer> counts = new ArrayList<>();
        r.getAsJsonObject("series").entrySet().forEach(e -> counts.add(e.getValue().getAsInt()));
        counts.sort(null);
        assertEquals(60, r.get("received").getAsInt(), run::toString);
        assertEquals(List.of(1, 59), counts);
        assertEquals(60, countDicom(store));
        assertEquals(1, r.get("rejected").getAsInt());
        assertEquals(0, r.get("failed").getAsInt());
        String log = intruder.output().toLowerCase(Locale.ROOT);
        assertTrue(log.contains("association rejected") && log.contains("calling ae title not recognized"), intruder::output);

        Path study;
        try (Stream<Path> dirs = Files.list(store)) {
            study = dirs.filter(d -> Files.isDirectory(d) && !d.getFileName().toString().equals(".incoming")).findFirst().orElseThrow();
        }
        Cli.Run imported = Cli.run(tmp, "import", study, "--out", tmp.resolve("received-case")).ok();
        assertTrue(imported.out().contains("198 x 202 x 59 voxels") && imported.out().contains(Fixtures.TARGET), imported::toString);
    }

    @Test
    void busyPortIsOneClearError() throws Exception {
        try (ServerSocket blocker = new ServerSocket()) {
            blocker.setReuseAddress(true);
            blocker.bind(new InetSocketAddress("0.0.0.0", 0));
            int port = blocker.getLocalPort();
            Cli.run(tmp, "listen", "--port", port, "--store", tmp.resolve("incoming"), "--duration-s", 1).refused("cannot listen on port " + port);
        }
    }

    /** The store on a 2 MiB file system (root only): what fitted is stored whole, the failures reported, the SCP keeps answering. */
    @Test
    void diskFull() throws Exception {
        Path tiny = Files.createDirectories(tmp.resolve("tiny"));
        if (Fixtures.tool(tmp, "mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", tiny).code() != 0) {
            System.out.println("skip: listen with the disk full (mounting a small tmpfs needs root)");
            return;
        }
        try {
            int port = freePort();
            Path store = tiny.resolve("store");
            CompletableFuture<Cli.Run> listener = listen("listen", "--port", port, "--store", store, "--duration-s", 10);
            awaitListener(port);
            List<Object> argv = new ArrayList<>(List.of("storescu", "-aec", "OPENSABT", "127.0.0.1", port));
            argv.addAll(ctFiles());
            Fixtures.tool(tmp, argv.toArray());
            Path alive = tmp.resolve("alive-after-full");
            if (echo(port)) {
                Files.writeString(alive, "alive\n");
            }
            Cli.Run run = listener.get(120, TimeUnit.SECONDS).ok();
            Path json = Fixtures.write(tmp.resolve("listen-full.json"), run.out());
            long leftovers;
            try (Stream<Path> files = Files.isDirectory(store.resolve(".incoming")) ? Files.walk(store.resolve(".incoming")) : Stream.empty()) {
                leftovers = files.filter(Files::isRegularFile).count();
            }
            Fixtures.tool(tmp, "/usr/bin/python3", Fixtures.python("listen_full.py"), json, store, Fixtures.ct(), leftovers, alive).ok("listen with the disk full");
        } finally {
            Fixtures.tool(tmp, "umount", tiny);
        }
    }
}
