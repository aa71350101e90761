package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.internal.CommandLineRunner;
import org.opensabt.cli.internal.OpenSabtApplication;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The opensabt command line in this JVM: the real {@link CommandLineRunner} with the commands the extension registry
 * offers, exactly as {@link OpenSabtApplication} builds it, so a test names commands by their argv only and does not
 * depend on the bundle a command class lives in.
 */
final class Cli {

    /** What one command line did: exit code, stdout, stderr. */
    record Run(List<String> argv, int code, String out, String err) {

        /** The lines written to stderr. */
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }

        /** {@code result} of the --json document (a successful run). */
        JsonObject result() {
            return doc().getAsJsonObject("result");
        }

        JsonArray resultArray() {
            return doc().getAsJsonArray("result");
        }

        JsonObject doc() {
            JsonElement parsed = JsonParser.parseString(out);
            assertTrue(parsed.isJsonObject(), () -> "not one JSON object: " + this);
            return parsed.getAsJsonObject();
        }

        /** Exit 0 (with stderr in the message otherwise). */
        Run ok() {
            assertEquals(0, code, () -> "exit " + code + " of " + this);
            return this;
        }

        /** Exit 1 (bad input) with exactly one line on stderr containing every fragment. */
        Run refused(String... fragments) {
            return failed(1, true, fragments);
        }

        /** Exit {@code expected}; with {@code oneLine}, exactly one stderr line; every fragment on stderr. */
        Run failed(int expected, boolean oneLine, String... fragments) {
            assertEquals(expected, code, () -> "exit code of " + this);
            if (oneLine) {
                assertEquals(1, errLines().size(), () -> "stderr must be one line: " + this);
            }
            for (String f : fragments) {
                assertTrue(err.contains(f), () -> "stderr lacks '" + f + "': " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return "opensabt " + String.join(" ", argv) + " -> exit " + code + "\n--- stdout:\n" + abbreviate(out) + "\n--- stderr:\n" + abbreviate(err);
        }

        private static String abbreviate(String s) {
            return s.length() <= 3000 ? s : s.substring(0, 3000) + "... (" + s.length() + " chars)";
        }
    }

    private static Map<String, Supplier<CliCommand>> commands;

    private Cli() {
    }

    static synchronized Map<String, Supplier<CliCommand>> commands() {
        if (commands == null) {
            commands = OpenSabtApplication.contributedCommands();
        }
        return commands;
    }

    /** Runs {@code opensabt args...} with the working directory {@code cwd}. */
    static Run run(Path cwd, Object... args) {
        List<String> argv = new ArrayList<>();
        for (Object a : args) {
            argv.add(String.valueOf(a));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new CommandLineRunner(commands(), "OpenSABT " + version() + " (in-process test)").run(argv.toArray(String[]::new), o, e, cwd);
        }
        return new Run(argv, code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code opensabt --json args...}. */
    static Run json(Path cwd, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = "--json";
        System.arraycopy(args, 0, all, 1, args.length);
        return run(cwd, all);
    }

    /** The version of the platform bundle, as the product prints it. */
    static String version() {
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(OpenSabtApplication.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }

    static List<String> list(String... items) {
        return Arrays.asList(items);
    }
}
