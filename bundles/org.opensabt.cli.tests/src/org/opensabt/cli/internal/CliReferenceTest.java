package org.opensabt.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The Markdown reference written from a small set of test commands (not the product's). */
class CliReferenceTest {

    @TempDir
    Path tmp;

    @Command(name = "alpha", description = { "Measure a case, e.g. a phantom, i.e. a box.%nSecond line with 5 %% of it.", "Third line." })
    static final class Alpha implements CliCommand {
        @Parameters(index = "0", paramLabel = "CASE", description = "Case folder (default: <home>/cases).")
        String caseFolder;
        @Option(names = { "-s", "--size-mm" }, paramLabel = "MM", description = "Edge length in mm (default ${DEFAULT-VALUE}).")
        double sizeMm = 5;
        @Option(names = "--mode", paramLabel = "a|b", defaultValue = "fast", description = "Either a|b.")
        String mode;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write.")
        String out;
        @Option(names = "--flag", description = "A switch.")
        boolean flag;
        @Option(names = "--secret-option", hidden = true, description = "Not for users.")
        String secretOption;

        @Override
        public CommandResult run(CommandContext context) {
            return CommandResult.of("alpha", Map.of());
        }
    }

    @Command(description = "A member of a group.")
    static final class Member implements CliCommand {
        @Option(names = "--count", description = "How many.")
        int count = 3;

        @Override
        public CommandResult run(CommandContext context) {
            return CommandResult.of("member", Map.of());
        }
    }

    @Command(name = "secret", hidden = true, description = "A hidden command.")
    static final class Secret implements CliCommand {
        @Override
        public CommandResult run(CommandContext context) {
            return CommandResult.of("secret", Map.of());
        }
    }

    private static Map<String, Supplier<CliCommand>> commands() {
        Map<String, Supplier<CliCommand>> map = new LinkedHashMap<>();
        map.put("grp two", Member::new);
        map.put("alpha", Alpha::new);
        map.put("grp sub three", Member::new);
        map.put("secret", Secret::new);
        map.put("grp one", Member::new);
        map.put("help-reference", HelpReferenceCommand::new);
        return map;
    }

    private static String reference() {
        return CliReference.markdown(new CommandLineRunner(commands(), "9.9").buildCommandLine());
    }

    /** The text under a heading, up to the next heading. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no heading '" + heading + "' in:\n" + markdown);
        int end = markdown.indexOf("\n#", start + heading.length() + 2);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    @Test
    void commandsInTreeOrderHiddenLeftOut() {
        assertEquals(List.of("opensabt alpha", "opensabt grp", "opensabt grp one", "opensabt grp sub",
                "opensabt grp sub three", "opensabt grp two"),
                CliReference.commandNames(new CommandLineRunner(commands(), "9.9").buildCommandLine()));
        String md = reference();
        List<String> headings = new ArrayList<>();
        for (String line : md.split("\n")) {
            if (line.startsWith("#") && line.contains("opensabt ") && !line.contains("reference")) {
                headings.add(line);
            }
        }
        assertEquals(List.of("## opensabt alpha", "## opensabt grp", "### opensabt grp one", "### opensabt grp sub",
                "#### opensabt grp sub three", "### opensabt grp two"), headings);
        assertFalse(md.contains("secret"), md);
        assertFalse(md.contains("help-reference\n") || md.contains("## opensabt help-reference"), md);
        assertFalse(md.contains("`--help` |"), "the --help option is said once, not per command:\n" + md);
        assertFalse(md.contains("<name> --help' for each"), "a group's generated description is left out:\n" + md);
    }

    @Test
    void everyIndexLinkPointsAtAHeading() {
        String md = reference();
        List<String> anchors = new ArrayList<>();
        for (String line : md.split("\n")) {
            if (line.startsWith("#")) { // GitHub: lower case, punctuation dropped, spaces to '-'
                anchors.add(line.replaceFirst("^#+ ", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
            }
        }
        Matcher links = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(md);
        int count = 0;
        while (links.find()) {
            assertTrue(anchors.contains(links.group(1)), "link to #" + links.group(1) + " has no heading");
            count++;
        }
        assertEquals(6 + 3 + 1, count, "6 in the index, 3 from grp, 1 from grp sub");
    }

    @Test
    void synopsisDescriptionAndOptionsWithDefaults() {
        String alpha = section(reference(), "## opensabt alpha");
        assertTrue(alpha.contains("```\nopensabt alpha "), alpha);
        assertTrue(alpha.contains("CASE"), alpha);
        assertTrue(alpha.contains("\nMeasure a case, e.g. a phantom, i.e. a box. Second line with 5 % of it. Third line.\n"), alpha);
        assertTrue(alpha.contains("| `CASE` | Case folder (default: &lt;home>/cases). |"), "not an HTML tag: " + alpha);
        assertTrue(reference().contains("- [opensabt alpha](#opensabt-alpha): Measure a case, e.g. a phantom, i.e. a box.\n"),
                "the index gives the first sentence");
        assertTrue(alpha.contains("| `-s`, `--size-mm MM` | `5.0` | Edge length in mm (default 5.0). |"), alpha);
        assertTrue(alpha.contains("| `--mode a\\|b` | `fast` | Either a\\|b. |"), alpha);
        assertTrue(alpha.contains("| `--out FILE` (required) |  | Where to write. |"), alpha);
        assertTrue(alpha.contains("| `--flag` |  | A switch. |"), alpha);
        assertFalse(alpha.contains("--secret-option"), alpha);
        assertFalse(alpha.contains("%n") || alpha.contains("%%"), alpha);

        String group = section(reference(), "## opensabt grp");
        assertTrue(group.contains("Sub-commands: [one](#opensabt-grp-one), [sub](#opensabt-grp-sub), [two](#opensabt-grp-two)."), group);
        assertTrue(section(reference(), "#### opensabt grp sub three").contains("| `--count <count>` | `3` | How many. |"));
    }

    @Test
    void sameBytesEveryTimeNoTrailingBlanks() {
        String md = reference();
        assertEquals(md, reference());
        assertTrue(md.endsWith(".\n") || md.endsWith("|\n"), "ends with one newline");
        assertFalse(md.endsWith("\n\n"));
        assertFalse(Pattern.compile("[ \t]$", Pattern.MULTILINE).matcher(md).find(), "trailing blanks");
        assertTrue(md.startsWith("# opensabt command-line reference\n"), md);
    }

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return new CommandLineRunner(commands(), "9.9").run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), tmp);
    }

    @Test
    void helpReferenceCommandWritesTheFileAndStaysHidden() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(out, err, "help-reference", "--out", "ref.md"), err.toString(StandardCharsets.UTF_8));
        assertEquals(reference(), Files.readString(tmp.resolve("ref.md")));
        assertEquals("wrote ref.md (6 commands)\n", out.toString(StandardCharsets.UTF_8));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("ref.md")), files.toList(), "no temporary file left");
        }

        out.reset();
        assertEquals(0, run(out, err, "help-reference"));
        assertEquals(reference(), out.toString(StandardCharsets.UTF_8), "printed: the same bytes");

        out.reset();
        err.reset();
        assertEquals(1, run(out, err, "help-reference", "--out", "no/such/dir/ref.md"));
        String error = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, error.lines().count(), error);
        assertTrue(error.contains("no/such/dir/ref.md"), error);

        out.reset();
        err.reset();
        assertEquals(0, run(out, err, "--help"));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("help-reference"), "hidden from the command list");
        assertEquals(2, run(out, err, "frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("(commands: alpha, grp; see"), err.toString(StandardCharsets.UTF_8));
    }
}
