package org.opensabt.model.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;

/** Two writers of one case folder: one wins, the other is refused in one line, nothing is lost. */
class CaseLockTest {

    @TempDir
    Path tmp;

    private static void addStructure(PatientCase c, String name) {
        StructureSet set = c.getStudies().get(0).getStructureSets().get(0);
        Structure s = ModelFactory.eINSTANCE.createStructure();
        s.setName(name);
        s.setRoiNumber(set.getStructures().stream().mapToInt(Structure::getRoiNumber).max().orElse(0) + 1);
        s.setType(RoiType.OAR);
        set.getStructures().add(s);
    }

    private static Set<String> structures(Path dir) throws IOException {
        return new CaseStore().load(dir).getStudies().get(0).getStructureSets().get(0).getStructures().stream()
                .map(Structure::getName).collect(Collectors.toSet());
    }

    private static List<String> temporaries(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(CaseStore.TEMP_MARK)).toList();
        }
    }

    @Test
    void twoWritersOfTheSameLoadedCaseLoseNothing() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path dir = tmp.resolve("case-" + round);
            new CaseStore().save(SampleCases.fullCase(round), dir);
            String[] names = { "A" + round, "B" + round };
            CyclicBarrier start = new CyclicBarrier(2);
            AtomicReferenceArray<Throwable> outcome = new AtomicReferenceArray<>(2);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                Thread t = new Thread(() -> {
                    try {
                        CaseStore store = new CaseStore("writer " + names[writer]);
                        PatientCase c = store.load(dir);
                        addStructure(c, names[writer]);
                        start.await(30, TimeUnit.SECONDS);
                        store.save(c, dir);
                        outcome.set(writer, new Throwable("saved"));
                    } catch (Throwable e) {
                        outcome.set(writer, e);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join(60_000);
            }
            int winner = -1;
            for (int w = 0; w < 2; w++) {
                Throwable o = outcome.get(w);
                if ("saved".equals(o.getMessage()) && o.getClass() == Throwable.class) {
                    assertEquals(-1, winner, "round " + round + ": both writers said saved");
                    winner = w;
                } else {
                    assertTrue(o instanceof CaseLockedException || o instanceof CaseConflictException, "round " + round + ": " + o);
                    assertFalse(o.getMessage().contains("\n"), "one line: " + o.getMessage());
                    assertTrue(o.getMessage().contains(dir.toString()), o.getMessage());
                }
            }
            assertTrue(winner >= 0, "round " + round + ": nobody saved");
            int loser = 1 - winner;
            Set<String> saved = structures(dir);
            assertTrue(saved.contains(names[winner]), "round " + round + ": the winner's structure is lost: " + saved);
            assertFalse(saved.contains(names[loser]), "round " + round + ": " + saved);
            // the loser reloads and redoes its change: both are kept
            CaseStore retry = new CaseStore("writer " + names[loser]);
            PatientCase again = retry.load(dir);
            addStructure(again, names[loser]);
            retry.save(again, dir);
            assertTrue(structures(dir).containsAll(Set.of(names)), "round " + round + ": " + structures(dir));
        }
    }

    @Test
    void aSaveOverACaseChangedSinceItWasLoadedIsRefused() throws Exception {
        Path dir = tmp.resolve("case");
        new CaseStore().save(SampleCases.fullCase(11), dir);
        PatientCase workbench = new CaseStore("OpenSABT workbench").load(dir);
        addStructure(workbench, "EDITED-IN-WORKBENCH");

        CaseStore command = new CaseStore("OpenSABT 9.9 (command)");
        PatientCase c = command.load(dir);
        addStructure(c, "FROM-COMMAND");
        CaseLock.setActivity("opensabt contour margin");
        try {
            command.save(c, dir);
        } finally {
            CaseLock.setActivity(null);
        }
        byte[] afterCommand = Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE));

        CaseConflictException e = assertThrows(CaseConflictException.class, () -> new CaseStore("OpenSABT workbench").save(workbench, dir));
        assertTrue(e.getMessage().startsWith("case " + dir + " was changed since it was loaded"), e.getMessage());
        assertTrue(e.getMessage().matches(".* \\(by opensabt contour margin at \\d{4}-\\S+, OpenSABT 9\\.9 \\(command\\)\\); .*"), e.getMessage());
        assertTrue(e.getMessage().contains("reload"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        // a refused writer held the lock too, but the lock file still names the last one that saved
        CaseConflictException again = assertThrows(CaseConflictException.class, () -> new CaseStore("OpenSABT workbench").save(workbench, dir));
        assertEquals(e.getMessage(), again.getMessage());
        assertArrayEquals(afterCommand, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE)), "the command's save was overwritten");
        assertEquals(Set.of("GTV", "FROM-COMMAND"), structures(dir));
        assertEquals(List.of(), temporaries(dir));

        // the writer that saved may save again (its version moved on with its save)
        addStructure(c, "SECOND");
        command.save(c, dir);
        assertEquals(Set.of("GTV", "FROM-COMMAND", "SECOND"), structures(dir));

        // a case saved into another folder ("save as") is not compared with its old folder
        new CaseStore().save(workbench, tmp.resolve("copy"));
        assertTrue(structures(tmp.resolve("copy")).contains("EDITED-IN-WORKBENCH"));
    }

    @Test
    void aNewCaseDoesNotOverwriteOneWrittenMeanwhile() throws Exception {
        Path dir = tmp.resolve("new");
        PatientCase first = SampleCases.fullCase(12);
        PatientCase second = SampleCases.fullCase(13);
        CaseStore.expectNewFolder(first);
        CaseStore.expectNewFolder(second);
        new CaseStore().save(first, dir);
        byte[] written = Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE));
        CaseConflictException e = assertThrows(CaseConflictException.class, () -> new CaseStore().save(second, dir));
        assertTrue(e.getMessage().contains("already holds a case"), e.getMessage());
        assertArrayEquals(written, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE)));
    }

    @Test
    void aThreadHoldingTheLockRefusesOthersAndMayNestItsOwnSave() throws Exception {
        Path dir = tmp.resolve("held");
        new CaseStore().save(SampleCases.fullCase(14), dir);
        CaseStore planner = new CaseStore("OpenSABT");
        CaseLock.setActivity("opensabt plan");
        try (CaseLock lock = planner.lockForWrite(dir)) {
            PatientCase c = planner.load(dir);
            addStructure(c, "PLANNED");
            CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
                try {
                    CaseStore store = new CaseStore("other");
                    PatientCase o = store.load(dir);
                    store.save(o, dir);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            }, runnable -> new Thread(runnable).start());
            Throwable refused = other.get(60, TimeUnit.SECONDS);
            assertInstanceOf(CaseLockedException.class, refused);
            String pid = String.valueOf(ProcessHandle.current().pid());
            assertTrue(refused.getMessage().matches("case " + java.util.regex.Pattern.quote(dir.toString())
                    + " is being written by opensabt plan \\(pid " + pid + " on host .+, since \\d{4}-.+\\); try again when it finishes"),
                    refused.getMessage());
            planner.save(c, dir); // nested: the same thread holds the lock
        } finally {
            CaseLock.setActivity(null);
        }
        assertTrue(structures(dir).contains("PLANNED"));
        String lockFile = Files.readString(dir.resolve(CaseLock.LOCK_FILE));
        assertTrue(lockFile.contains("command: opensabt plan") && lockFile.contains("released: "), lockFile);
        // released: another store writes again, and no stale-lock notice
        List<String> notices = new ArrayList<>();
        CaseStore next = new CaseStore("next").onNotice(notices::add);
        next.save(next.load(dir), dir);
        assertEquals(List.of(), notices);
    }

    /** A tiny program that holds a case's lock as another opensabt process would, until it is killed. */
    private static final String HOLDER = """
            import java.nio.ByteBuffer;
            import java.nio.channels.FileChannel;
            import java.nio.channels.FileLock;
            import java.nio.file.Path;
            import java.nio.file.StandardOpenOption;
            public class HoldLock {
                public static void main(String[] args) throws Exception {
                    FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = ch.tryLock();
                    if (lock == null) {
                        System.out.println("busy");
                        return;
                    }
                    ch.truncate(0);
                    String text = "pid: " + ProcessHandle.current().pid() + "\\nhost: " + java.net.InetAddress.getLocalHost().getHostName()
                            + "\\ncommand: opensabt plan\\nsince: " + java.time.Instant.now() + "\\n";
                    ch.write(ByteBuffer.wrap(text.getBytes("UTF-8")), 0);
                    ch.force(false);
                    System.out.println("locked");
                    System.out.flush();
                    Thread.sleep(600_000);
                }
            }
            """;

    @Test
    void anotherProcessHoldingTheLockIsNamedAndItsLockTakenOverWhenItDies() throws Exception {
        Path dir = tmp.resolve("other-process");
        new CaseStore().save(SampleCases.fullCase(15), dir);
        Path source = tmp.resolve("HoldLock.java");
        Files.writeString(source, HOLDER);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), source.toString(), dir.resolve(CaseLock.LOCK_FILE).toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return e.toString();
                }
            }).get(120, TimeUnit.SECONDS);
            assertEquals("locked", first);

            CaseStore store = new CaseStore("OpenSABT");
            PatientCase c = store.load(dir);
            addStructure(c, "AFTER");
            byte[] before = Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE));
            CaseLockedException e = assertThrows(CaseLockedException.class, () -> store.save(c, dir));
            assertTrue(e.getMessage().contains("is being written by opensabt plan (pid " + child.pid() + " on host "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE)));

            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            List<String> notices = new ArrayList<>();
            store.onNotice(notices::add).save(c, dir);
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).startsWith("took over the lock of case " + dir + " left by opensabt plan (pid " + child.pid()), notices.get(0));
            assertTrue(structures(dir).contains("AFTER"));
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aSaveThatFailsLeavesNoTemporariesAndThePreviousCase() throws Exception {
        for (String failAt : List.of("array-half-written", "array-synced", "arrays-written", "xmi-half-written", "xmi-synced", "xmi-temp-written")) {
            Path dir = tmp.resolve("full-" + failAt);
            new CaseStore().save(SampleCases.fullCase(16), dir);
            byte[] before = Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE));
            List<String> arraysBefore;
            try (Stream<Path> arrays = Files.list(dir.resolve(CaseStore.ARRAYS_DIR))) {
                arraysBefore = arrays.map(p -> p.getFileName().toString()).sorted().toList();
            }
            PatientCase c = new CaseStore().load(dir);
            addStructure(c, "LOST");
            short[] voxels = c.getStudies().get(0).getSeries().get(0).getVoxels().clone();
            voxels[0]++;
            c.getStudies().get(0).getSeries().get(0).setVoxels(voxels); // a new array file to write
            CaseStore full = new CaseStore("full", step -> {
                if (step.equals(failAt)) {
                    throw new IOException("No space left on device");
                }
            });
            IOException e = assertThrows(IOException.class, () -> full.save(c, dir));
            assertInstanceOf(CaseSaveException.class, e);
            assertTrue(e.getMessage().startsWith("case " + dir + " not saved, it keeps its previous content: "), e.getMessage());
            assertTrue(e.getMessage().endsWith("No space left on device"), e.getMessage());
            if (failAt.startsWith("xmi-half")) {
                assertTrue(e.getMessage().contains("writing " + dir.resolve(CaseStore.CASE_FILE) + ": "), e.getMessage());
            }
            assertEquals(List.of(), temporaries(dir), "failed at " + failAt);
            assertArrayEquals(before, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE)), "failed at " + failAt);
            try (Stream<Path> arrays = Files.list(dir.resolve(CaseStore.ARRAYS_DIR))) {
                assertEquals(arraysBefore, arrays.map(p -> p.getFileName().toString()).sorted().toList(), "failed at " + failAt);
            }
            // the failed save released the lock: the same change saves now
            new CaseStore().save(c, dir);
            assertTrue(structures(dir).contains("LOST"), "failed at " + failAt);
        }
    }

    @Test
    void aRealDiskFullLeavesNoTemporariesAndThePreviousCase() throws Exception {
        Path small = tmp.resolve("small-disk");
        Files.createDirectories(small);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", small.toString()).redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "mounting a 512 KiB tmpfs needs root");
        try {
            Path dir = small.resolve("case");
            new CaseStore().save(SampleCases.fullCase(17), dir);
            byte[] before = Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE));

            // a dose grid larger than the disk: the array write fails
            PatientCase big = new CaseStore().load(dir);
            org.opensabt.model.DoseGrid grid = big.getPlans().get(0).getDoseGrid();
            grid.setColumns(64);
            grid.setRows(64);
            grid.setSlices(40);
            grid.setDoseValues(new float[64 * 64 * 40]);
            CaseSaveException e = assertThrows(CaseSaveException.class, () -> new CaseStore().save(big, dir));
            assertTrue(e.getMessage().startsWith("case " + dir + " not saved, it keeps its previous content: writing " + dir.resolve("arrays")), e.getMessage());
            assertTrue(e.getMessage().endsWith("No space left on device"), e.getMessage());
            assertEquals(List.of(), temporaries(dir));
            assertArrayEquals(before, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE)));

            // a full disk: the case.xmi write fails
            Path filler = small.resolve("filler");
            try (java.io.OutputStream out = Files.newOutputStream(filler)) {
                byte[] page = new byte[4096];
                while (true) {
                    out.write(page);
                    out.flush();
                }
            } catch (IOException full) {
                // the disk is full now
            }
            PatientCase c = new CaseStore().load(dir);
            for (int i = 0; i < 50; i++) {
                addStructure(c, "S" + i);
            }
            e = assertThrows(CaseSaveException.class, () -> new CaseStore().save(c, dir));
            assertTrue(e.getMessage().endsWith("No space left on device"), e.getMessage());
            assertEquals(List.of(), temporaries(dir));
            assertArrayEquals(before, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE)));

            Files.delete(filler);
            new CaseStore().save(c, dir);
            assertTrue(structures(dir).contains("S49"));
        } finally {
            new ProcessBuilder("umount", "-l", small.toString()).redirectErrorStream(true).start().waitFor();
        }
    }
}
