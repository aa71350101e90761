package org.opensabt.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;

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

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, Supplier<CliCommand>> commands = Map.of("echo", Echo::new, "info", InfoCommand::new, "bench echo", Echo::new);
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
            int exit = new CommandLineRunner(contributed, "v").run(new String[] { name, "--help" },
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err, tmp);
            assertEquals(0, exit, name);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: opensabt " + name), out.toString(StandardCharsets.UTF_8));
        }
    }
}
