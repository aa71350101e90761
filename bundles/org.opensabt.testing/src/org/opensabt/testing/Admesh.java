package org.opensabt.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * admesh (an independent STL checker, Debian package admesh) as tests/check-stl.sh runs it; skipped when not on
 * PATH. The one copy for every test fragment that writes STL (model, contour, template).
 */
public final class Admesh {

    private Admesh() {
    }

    /** Checks the facet count and that admesh had nothing to fix (one part, no degenerate facets, no edges or normals fixed). */
    public static void check(Path stl, int facets) throws IOException, InterruptedException {
        Path exe = null;
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(d.isEmpty() ? "." : d, "admesh");
            if (Files.isExecutable(candidate)) {
                exe = candidate;
                break;
            }
        }
        if (exe == null) {
            System.out.println("admesh not on PATH: " + stl.getFileName() + " not checked by admesh");
            return;
        }
        Path log = stl.resolveSibling(stl.getFileName() + ".admesh.txt");
        Process p = new ProcessBuilder(exe.toString(), stl.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) { // admesh can spin on some inputs (seen with all-zero normals)
                p.destroyForcibly();
                throw new AssertionError("admesh did not finish within 120 s on " + stl);
            }
        } finally {
            if (p.isAlive()) { // interrupted: never leave admesh running
                p.destroyForcibly();
            }
        }
        String out = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertEquals(0, p.exitValue(), out);
        Map<String, Integer> field = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^(Number of facets|Number of parts|Degenerate facets|Edges fixed|Facets removed|Facets added|"
                + "Facets reversed|Backwards edges|Normals fixed|Total disconnected facets)\\s*:\\s*(\\d+)").matcher(out);
        while (m.find()) {
            field.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
        }
        assertEquals(10, field.size(), () -> "admesh report not understood:\n" + out);
        assertEquals(facets, field.get("Number of facets"), out);
        assertEquals(1, field.get("Number of parts"), out);
        field.forEach((name, value) -> {
            if (!name.equals("Number of facets") && !name.equals("Number of parts")) {
                assertEquals(0, value, name + "\n" + out);
            }
        });
    }
}
