package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Inputs of the tests: the checkout's demo data and independent checkers, and case folders made once per JVM by the
 * commands themselves (the STS demo case imported; with BODY/BONE and the demo's inverse plan; the 60 cc phantom).
 * Tests copy a shared case into their own temp folder before changing it.
 */
final class Fixtures {

    static final String TARGET = "GTV_Mass_CT";
    /** The demo's plan (DemoCommand): free needles within 35° of anterior, skin from the CT, Rx 140 Gy, 0.7 mCi. */
    static final String DEMO_PLAN = "demo-plan";

    private static Path stsCase;
    private static Path stsBodyCase;
    private static Path plannedCase;
    private static Path phantom60;

    private Fixtures() {
    }

    /** The checkout (system property opensabt.repo, set by this bundle's pom). */
    static Path repo() {
        String repo = System.getProperty("opensabt.repo");
        Path p = repo != null ? Path.of(repo) : Path.of("../..");
        return p.toAbsolutePath().normalize();
    }

    static Path sts() {
        return repo().resolve("demo-data/sts-001");
    }

    static Path ct() {
        return sts().resolve("ct");
    }

    static Path rtstruct() {
        return sts().resolve("rtstruct");
    }

    static Path cohorts() {
        return repo().resolve("demo-data/cohorts");
    }

    static Path python(String script) {
        return repo().resolve("bundles/org.opensabt.cli.tests/python").resolve(script);
    }

    /** Folder for the shared cases (under target/ in the build). */
    static synchronized Path work() {
        String w = System.getProperty("opensabt.it.work");
        try {
            Path dir = w != null ? Path.of(w) : Files.createTempDirectory("opensabt-it");
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The STS demo case imported (CT + RTSTRUCT). */
    static synchronized Path stsCase() {
        if (stsCase == null) {
            Path dir = fresh("sts");
            Cli.run(dir, "import", ct(), rtstruct(), "--out", dir.resolve("case")).ok();
            stsCase = dir.resolve("case");
        }
        return stsCase;
    }

    /** The STS case with a BODY outline (as the product tests had after 'contour body'). */
    static synchronized Path stsBodyCase() {
        if (stsBodyCase == null) {
            Path dir = fresh("sts-body");
            Path c = copyCase(stsCase(), dir.resolve("case"));
            Cli.run(dir, "contour", "body", "--case", c).ok();
            stsBodyCase = c;
        }
        return stsBodyCase;
    }

    /** The STS case planned as the demo plans it (BODY, BONE, inverse plan {@value #DEMO_PLAN}). */
    static synchronized Path plannedCase() {
        if (plannedCase == null) {
            Path dir = fresh("sts-planned");
            Path c = copyCase(stsCase(), dir.resolve("case"));
            Cli.run(dir, "contour", "body", "--case", c).ok();
            Cli.run(dir, "contour", "bone", "--case", c).ok();
            Cli.run(dir, "plan", "--case", c, "--target", TARGET, "--rx", 140, "--strength-mci", 0.7, "--needles", "free:ap:35", "--skin-in-ct",
                    "--plan-id", DEMO_PLAN).ok();
            plannedCase = c;
        }
        return plannedCase;
    }

    /** phantom --target-cc 60 --oar-gap-mm 5 --bone-slab. */
    static synchronized Path phantom60() {
        if (phantom60 == null) {
            Path dir = fresh("phantom60");
            Cli.run(dir, "phantom", "--out", dir.resolve("case"), "--target-cc", 60, "--oar-gap-mm", 5, "--bone-slab").ok();
            phantom60 = dir.resolve("case");
        }
        return phantom60;
    }

    private static Path fresh(String name) {
        Path dir = work().resolve(name);
        deleteTree(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A copy of a case folder (all files). */
    static Path copyCase(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals(".lock")) {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of a CSV file with a header (RFC 4180 quoting within a line; no line breaks inside fields). */
    static List<java.util.Map<String, String>> csv(Path file) {
        List<String> lines = List.of(read(file).split("\\R"));
        String[] header = cells(lines.get(0));
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = cells(line);
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    static String[] cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    /** What an external program did. */
    record Tool(int code, String output) {
        Tool ok(String what) {
            assertEquals(0, code, () -> what + " failed (exit " + code + "):\n" + output);
            return this;
        }

        String lastLine() {
            String[] lines = output.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    /** Runs an independent tool (dcmtk, dciodvfy, python3 with dicompyler-core, admesh, PrusaSlicer); stdout and stderr together. */
    static Tool tool(Path cwd, Object... command) {
        List<String> argv = new ArrayList<>();
        for (Object c : command) {
            argv.add(String.valueOf(c));
        }
        try {
            Process p = new ProcessBuilder(argv).directory(cwd.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(argv + " did not end within 10 min");
            }
            return new Tool(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(argv + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** dciodvfy's verdict: the lines starting with "Error" (and assertion failures); empty when the object is valid. */
    static List<String> dciodvfyErrors(Path dicom) {
        Tool t = tool(dicom.getParent(), "dciodvfy", dicom);
        return t.output().lines().filter(l -> l.startsWith("Error") || l.contains("Assertion")).toList();
    }
}
