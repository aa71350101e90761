package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import picocli.CommandLine;

/**
 * Exit codes, one-line errors and help of the whole command line (formerly the first checks of tests/product-tests.sh;
 * --version and an unknown command stay there, run through the real launcher).
 */
class CommandLineContractTest {

    @TempDir
    Path tmp;

    @Test
    void missingRequiredOptionIsAUsageErrorInOneLine() {
        Cli.run(tmp, "import", Fixtures.ct()).failed(2, true, "--out");
    }

    @Test
    void badInputIsExit1InOneLineWithoutStackTrace() {
        Cli.run(tmp, "info", tmp.resolve("no-such-case")).refused("no such case folder");
    }

    @Test
    void corruptDicomIsNamedAndNothingSaved() throws Exception {
        Path corrupt = Files.createDirectories(tmp.resolve("corrupt"));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(Fixtures.ct().resolve("000010.dcm")), 300);
        Files.write(corrupt.resolve("000010.dcm"), head);
        Cli.run(tmp, "import", corrupt, "--out", tmp.resolve("corrupt-case")).refused("000010.dcm");
        assertFalse(Files.exists(tmp.resolve("corrupt-case/case.xmi")));
    }

    @Test
    void rtStructWithoutItsCtIsOneErrorAndNothingSaved() {
        Cli.run(tmp, "import", Fixtures.rtstruct(), "--out", tmp.resolve("rs-only")).refused("no CT images among 1 file");
        assertFalse(Files.exists(tmp.resolve("rs-only/case.xmi")));
    }

    @Test
    void jsonInfoIsOneParsableObject() {
        Cli.Run r = Cli.json(tmp, "info", Fixtures.stsCase()).ok();
        assertTrue(r.doc().get("ok").getAsBoolean());
        JsonObject study = r.result().getAsJsonArray("studies").get(0).getAsJsonObject();
        assertEquals(59, study.getAsJsonArray("series").get(0).getAsJsonObject().get("slices").getAsInt());
        assertEquals(Fixtures.TARGET, study.getAsJsonArray("structureSets").get(0).getAsJsonObject().getAsJsonArray("structures").get(0)
                .getAsJsonObject().get("name").getAsString());
    }

    /**
     * --help of every command, found by walking the groups' own help as a user would: usage printed, exit 0, nothing on
     * stderr, and no picocli warning (picocli writes those, e.g. for an unescaped '%' in a description, to its tracer's
     * stream, captured here).
     */
    @Test
    void helpOfEveryCommandPrintsUsageAndNoWarning() throws Exception {
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        CommandLine.Tracer tracer = CommandLine.tracer();
        Field stream = CommandLine.Tracer.class.getDeclaredField("stream");
        stream.setAccessible(true);
        Object before = stream.get(tracer);
        List<String> commands = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        try (PrintStream capture = new PrintStream(warnings, true, StandardCharsets.UTF_8)) {
            stream.set(tracer, capture);
            walk("", commands, bad);
            // hidden commands (help-reference) are not listed by their group: their own --help still prints usage
            for (String name : Cli.commands().keySet()) {
                if (!commands.contains(name)) {
                    unlisted.add(name);
                    Cli.Run help = Cli.run(tmp, (Object[]) (name + " --help").split(" "));
                    if (help.code() != 0 || !help.err().isEmpty() || !help.out().contains("Usage: opensabt " + name)) {
                        bad.add("[" + name + ": " + help + "]");
                    }
                }
            }
        } finally {
            stream.set(tracer, before);
        }
        assertTrue(bad.isEmpty(), () -> "--help problems: " + bad);
        assertEquals("", warnings.toString(StandardCharsets.UTF_8), "picocli warnings");
        assertTrue(commands.size() >= 35, () -> "only " + commands.size() + " commands found: " + commands);
        // the walk found contributed commands only, and all but a few hidden ones
        assertTrue(Cli.commands().keySet().containsAll(commands), () -> "listed but not contributed: " + commands);
        assertTrue(unlisted.size() <= 2, () -> "contributed but not listed in any group's help: " + unlisted);
    }

    private void walk(String prefix, List<String> commands, List<String> bad) {
        List<Object> argv = new ArrayList<>();
        if (!prefix.isEmpty()) {
            argv.addAll(List.of(prefix.split(" ")));
        }
        argv.add("--help");
        Cli.Run help = Cli.run(tmp, argv.toArray());
        if (help.code() != 0 || !help.err().isEmpty() || !help.out().contains("Usage: opensabt" + (prefix.isEmpty() ? "" : " " + prefix))) {
            bad.add("[" + prefix + ": " + help + "]");
            return;
        }
        int at = help.out().indexOf("\nCommands:");
        if (at < 0) {
            commands.add(prefix);
            return;
        }
        for (String line : help.out().substring(at + "\nCommands:".length()).split("\\R")) {
            if (line.matches("^  [a-z].*")) {
                String word = line.trim().split("\\s+")[0];
                walk(prefix.isEmpty() ? word : prefix + " " + word, commands, bad);
            }
        }
    }
}
