package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Seed descriptors dropped into the folder named by OPENSABT_SOURCES (set by this bundle's pom): isolated from the other
 * test classes, which read the same seed library while this one holds a malformed descriptor in it (formerly
 * tests/product-tests.sh, "sources folder").
 */
@Isolated
class SeedDescriptorFolderTest {

    @TempDir
    Path tmp;

    private Path points() {
        return Fixtures.write(tmp.resolve("points.csv"), "x_cm,y_cm,z_cm\n0,1,0\n0,0,0\n0,0,2\n");
    }

    /** Seed descriptors dropped into a folder (OPENSABT_SOURCES, set by the pom): a good one is usable, a malformed one refused naming the field. */
    @Test
    void droppedInSeedDescriptors() throws IOException {
        Path folder = Path.of(System.getenv("OPENSABT_SOURCES"));
        Files.createDirectories(folder);
        JsonObject d = JsonParser.parseString(Fixtures.read(descriptor6711())).getAsJsonObject();
        d.addProperty("name", "Centre seed X");
        JsonArray aliases = new JsonArray();
        aliases.add("CSX");
        d.add("aliases", aliases);
        d.addProperty("lambda_cGy_per_h_per_U", 1.0);
        d.remove("phi_an");
        Path good = Fixtures.write(folder.resolve("good.json"), d.toString());
        d.remove("half_life_days");
        d.addProperty("name", "Broken");
        d.add("aliases", new JsonArray());
        Path broken = Fixtures.write(folder.resolve("broken.json"), d.toString());
        try {
            Cli.Run sources = Cli.run(tmp, "sources");
            assertTrue(sources.out().lines().anyMatch(l -> l.startsWith("Centre seed X")), sources::toString);
            assertTrue(sources.out().lines().anyMatch(l -> l.matches(".*refused: .*broken\\.json: field \"half_life_days\" is missing.*")), sources::toString);
            Cli.Run tg43 = Cli.run(tmp, "tg43", "--source", "CSX", "--points", points()).ok();
            assertEquals("0,1,0,1.00000", tg43.out().split("\\R")[1], tg43::toString);
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(broken);
        }
    }

    /** The 6711 descriptor shipped with the TG-43 engine, wherever its bundle lives in the checkout. */
    private static Path descriptor6711() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.repo().resolve("bundles"))) {
            return files.filter(p -> p.getFileName().toString().equals("i125_6711.json") && !p.toString().contains("/target/")
                    && !p.toString().contains("/bin/")).findFirst().orElseThrow();
        }
    }
}
