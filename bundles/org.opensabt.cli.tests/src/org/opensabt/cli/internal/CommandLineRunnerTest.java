package org.opensabt.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Study;
import org.opensabt.model.store.CaseLock;
import org.opensabt.model.store.CaseLockedException;
import org.opensabt.model.store.CaseStore;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

class CommandLineRunnerTest {

    @TempDir
    Path tmp;

    @Command(name = "echo", description = "Echo a word.")
    static final class Echo implements CliCommand {
        @Parameters(index = "0")
        String word;
        @Option(names = "--times")
        int times = 1;

        @Override
        public CommandResult run(org.opensabt.cli.api.CommandContext context) throws CommandException {
            if (word.equals("bad")) {
                throw new CommandException("input.dcm: (0028,0030) PixelSpacing is missing");
            }
            if (word.equals("bug")) {
                throw new IllegalStateException("should not happen");
            }
            return CommandResult.of(word.repeat(times), Map.of("word", word, "times", times));
        }
    }

    /** Adds a study to a case, as the case-writing commands do: open, change, (something else happens), save. */
    @Command(name = "write-note", description = "Add a study to a case.")
    static final class CaseNote implements CliCommand {
        static volatile Runnable beforeSave = () -> { };
        @Option(names = "--case")
        String caseFolder;
        @Option(names = "--study")
        String study;
        @Option(names = "--hold")
        boolean hold;

        @Override
        public CommandResult run(org.opensabt.cli.api.CommandContext context) throws CommandException {
            try (CaseFolder opened = hold ? CaseFolder.openForWrite(context, caseFolder) : CaseFolder.open(context, caseFolder)) {
                Study s = ModelFactory.eINSTANCE.createStudy();
                s.setStudyInstanceUid(study);
                opened.patientCase().getStudies().add(s);
                beforeSave.run();
                opened.save();
                return CommandResult.of("Saved in " + opened.dir(), Map.of());
            }
        }
    }

    private static List<String> studies(Path dir) throws IOException {
        return new CaseStore().load(dir).getStudies().stream().map(Study::getStudyInstanceUid).toList();
    }

    @Test
    void aCaseWriteRefusedByTheLockOrByAnotherWritersSaveIsOneLineExit1() throws Exception {
        Path dir = tmp.resolve("case");
        PatientCase c = ModelFactory.eINSTANCE.createPatientCase();
        c.setCaseId("c1");
        new CaseStore("setup").save(c, dir);

        Run ok = run("write-note", "--case", dir.toString(), "--study", "1.1");
        assertEquals(0, ok.exit(), ok.err());
        String lockFile = Files.readString(dir.resolve(CaseLock.LOCK_FILE));
        assertTrue(lockFile.contains("command: opensabt write-note") && lockFile.contains("saved: ") && lockFile.contains("released: "), lockFile);

        // the workbench saves the case between the command's load and its save: the command is refused
        CaseNote.beforeSave = () -> {
            try {
                CaseStore workbench = new CaseStore("OpenSABT workbench");
                PatientCase p = workbench.load(dir);
                Study s = ModelFactory.eINSTANCE.createStudy();
                s.setStudyInstanceUid("9.9");
                p.getStudies().add(s);
                workbench.save(p, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Run conflict;
        try {
            conflict = run("write-note", "--case", dir.toString(), "--study", "1.2");
        } finally {
            CaseNote.beforeSave = () -> { };
        }
        assertEquals(1, conflict.exit(), conflict.err());
        assertEquals(1, conflict.errLines().size(), conflict.err());
        assertTrue(conflict.err().startsWith("opensabt write-note: error: case " + dir + " was changed since it was loaded"), conflict.err());
        assertTrue(conflict.err().contains("OpenSABT workbench"), conflict.err());
        assertEquals(List.of("1.1", "9.9"), studies(dir));

        // a writer holds the lock: refused at once, naming it
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            CaseLock.setActivity("opensabt plan");
            try (CaseLock lock = new CaseStore().lockForWrite(dir)) {
                held.countDown();
                release.await(60, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        Run locked;
        try {
            assertTrue(held.await(60, TimeUnit.SECONDS));
            locked = run("write-note", "--case", dir.toString(), "--study", "1.3");
        } finally {
            release.countDown();
            holder.join(60_000);
        }
        assertEquals(1, locked.exit(), locked.err());
        assertEquals(1, locked.errLines().size(), locked.err());
        assertTrue(locked.err().startsWith("opensabt write-note: error: case " + dir + " is being written by opensabt plan (pid "
                + ProcessHandle.current().pid() + " on host "), locked.err());
        assertEquals(List.of("1.1", "9.9"), studies(dir));

        // afterwards the same command saves
        Run again = run("write-note", "--case", dir.toString(), "--study", "1.3");
        assertEquals(0, again.exit(), again.err());
        assertEquals(List.of("1.1", "9.9", "1.3"), studies(dir));
    }

    @Test
    void aCommandThatHoldsTheCaseRefusesOtherWritersUntilItEnds() throws Exception {
        Path dir = tmp.resolve("held");
        PatientCase c = ModelFactory.eINSTANCE.createPatientCase();
        c.setCaseId("c2");
        new CaseStore("setup").save(c, dir);
        AtomicReference<Throwable> workbench = new AtomicReference<>();
        CaseNote.beforeSave = () -> {
            Thread t = new Thread(() -> {
                try {
                    CaseStore store = new CaseStore("OpenSABT workbench");
                    store.save(store.load(dir), dir);
                    workbench.set(new Throwable("saved"));
                } catch (Throwable e) {
                    workbench.set(e);
                }
            });
            t.start();
            try {
                t.join(60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        Run held;
        try {
            held = run("write-note", "--hold", "--case", dir.toString(), "--study", "2.1");
        } finally {
            CaseNote.beforeSave = () -> { };
        }
        assertEquals(0, held.exit(), held.err());
        assertTrue(workbench.get() instanceof CaseLockedException, String.valueOf(workbench.get()));
        assertTrue(workbench.get().getMessage().contains("is being written by opensabt write-note (pid " + ProcessHandle.current().pid()),
                workbench.get().getMessage());
        assertEquals(List.of("2.1"), studies(dir));
        // released when the command ends: another thread writes now
        Thread after = new Thread(() -> {
            try {
                CaseStore store = new CaseStore("OpenSABT workbench");
                store.save(store.load(dir), dir);
                workbench.set(null);
            } catch (Throwable e) {
                workbench.set(e);
            }
        });
        after.start();
        after.join(60_000);
        assertEquals(null, workbench.get());

        // a missing folder is named as by open, and not created by the lock
        Run missing = run("write-note", "--hold", "--case", tmp.resolve("missing").toString(), "--study", "2.2");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("missing: no such case folder"), missing.err());
        assertFalse(Files.exists(tmp.resolve("missing")));
    }

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, Supplier<CliCommand>> commands = Map.of("echo", Echo::new, "info", InfoCommand::new, "bench echo", Echo::new,
                "write-note", CaseNote::new);
        int exit = new CommandLineRunner(commands, "OpenSABT test").run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), tmp);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runsACommand() {
        Run r = run("echo", "ab", "--times", "2");
        assertEquals(0, r.exit());
        assertEquals("abab", r.out().strip());
        assertEquals("", r.err());
    }

    @Test
    void groupedCommandsRunUnderTheirGroup() {
        Run r = run("bench", "echo", "cd", "--times", "3");
        assertEquals(0, r.exit(), r.err());
        assertEquals("cdcdcd", r.out().strip());
        Run bare = run("bench");
        assertEquals(CommandLineRunner.EXIT_USAGE, bare.exit());
        assertEquals(List.of("opensabt bench: error: give one of: echo (see 'opensabt bench --help')"), bare.errLines());
        Run json = run("--json", "bench", "echo", "x");
        assertEquals("bench echo", JsonParser.parseString(json.out()).getAsJsonObject().get("command").getAsString());
    }

    @Test
    void unknownCommandIsOneLineAndExitCode2() {
        Run r = run("frobnicate", "x");
        assertEquals(CommandLineRunner.EXIT_USAGE, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("opensabt: error: unknown command 'frobnicate' (commands: bench, echo, info"), r.err());
    }

    @Test
    void badArgumentsAreOneLineAndExitCode2() {
        Run missing = run("echo");
        assertEquals(2, missing.exit());
        assertEquals(1, missing.errLines().size(), missing.err());
        assertTrue(missing.err().startsWith("opensabt echo: error: Missing required parameter"), missing.err());

        Run unknownOption = run("echo", "a", "--nope");
        assertEquals(2, unknownOption.exit());
        assertEquals(1, unknownOption.errLines().size(), unknownOption.err());
        assertTrue(unknownOption.err().contains("--nope"), unknownOption.err());

        Run notANumber = run("echo", "a", "--times", "many");
        assertEquals(2, notANumber.exit());
        assertEquals(1, notANumber.errLines().size(), notANumber.err());

        Run noCommand = run();
        assertEquals(2, noCommand.exit());
        assertEquals(1, noCommand.errLines().size());
    }

    @Test
    void badInputIsOneLineExit1AndTheStackTraceOnlyWithDebug() {
        Run r = run("echo", "bad");
        assertEquals(CommandLineRunner.EXIT_FAILED, r.exit());
        assertEquals(List.of("opensabt echo: error: input.dcm: (0028,0030) PixelSpacing is missing"), r.errLines());

        Run debug = run("echo", "bad", "--debug");
        assertEquals(1, debug.exit());
        assertTrue(debug.errLines().size() > 2);
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    @Test
    void bugsAreOneLineExit70() {
        Run r = run("echo", "bug");
        assertEquals(CommandLineRunner.EXIT_INTERNAL, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("IllegalStateException: should not happen"), r.err());
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void jsonOutputIsOneParsableObject() {
        Run ok = run("--json", "echo", "hi");
        JsonObject doc = JsonParser.parseString(ok.out()).getAsJsonObject();
        assertTrue(doc.get("ok").getAsBoolean());
        assertEquals("hi", doc.getAsJsonObject("result").get("word").getAsString());

        Run failed = run("echo", "bad", "--json");
        assertEquals(1, failed.exit());
        JsonObject error = JsonParser.parseString(failed.out()).getAsJsonObject();
        assertFalse(error.get("ok").getAsBoolean());
        assertEquals(1, error.get("exitCode").getAsInt());
        assertTrue(error.get("error").getAsString().contains("PixelSpacing"));
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("echo") && help.out().contains("info"), help.out());
        Run commandHelp = run("echo", "--help");
        assertEquals(0, commandHelp.exit());
        assertTrue(commandHelp.out().contains("--times"), commandHelp.out());
        Run version = run("--version");
        assertEquals("OpenSABT test", version.out().strip());
    }

    @Test
    void infoReportsAMissingCaseAsOneLine() {
        Run r = run("info", "no-such-case");
        assertEquals(1, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("no-such-case: no such case folder"), r.err());
    }

    @Test
    void contributedCommandsAllHaveHelp() {
        Map<String, Supplier<CliCommand>> contributed = OpenSabtApplication.contributedCommands();
        assertTrue(contributed.containsKey("info"), "info is contributed through the extension point: " + contributed.keySet());
        for (String name : contributed.keySet()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = new CommandLineRunner(contributed, "v").run((name + " --help").split(" "), // "bench dose": a group and its command
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err, tmp);
            assertEquals(0, exit, name);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: opensabt " + name), out.toString(StandardCharsets.UTF_8));
        }
    }
}
