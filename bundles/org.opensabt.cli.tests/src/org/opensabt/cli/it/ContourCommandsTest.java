package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** Contouring on the STS case through the command line; the GTV volume against dicompyler-core (formerly tests/product-tests.sh). */
class ContourCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void bodyHoldsEveryGtvVoxel() {
        Path c = Fixtures.copyCase(Fixtures.stsCase(), tmp.resolve("case"));
        Cli.Run body = Cli.run(tmp, "contour", "body", "--case", c, "--replace").ok();
        assertTrue(body.out().lines().anyMatch(l -> l.matches("^BODY: BODY, [0-9]+ contours, [0-9.]+ cc.*")), body::toString);
        JsonObject outside = Cli.json(tmp, "contour", "boolean", "subtraction", Fixtures.TARGET, "BODY", "--case", c, "--name", "GTV_outside_BODY",
                "--allow-empty").ok().result().getAsJsonObject("structure");
        assertEquals(0, outside.get("voxels").getAsInt(), outside::toString);
    }

    /** Independent reference: dicompyler-core's volume of the GTV from the RTSTRUCT itself, within 2 %. */
    @Test
    void gtvVolumeAgreesWithDicompylerCore() {
        Cli.Run stats = Cli.json(tmp, "contour", "stats", "--case", Fixtures.stsCase()).ok();
        Path json = Fixtures.write(tmp.resolve("stats.json"), stats.out());
        Fixtures.tool(tmp, "/usr/bin/python3", Fixtures.python("dicompyler_volume.py"), json, Fixtures.rtstruct()).ok("GTV volume vs dicompyler-core");
    }

    @Test
    void marginAndClosedMesh() {
        Path c = Fixtures.copyCase(Fixtures.stsBodyCase(), tmp.resolve("case"));
        JsonObject ptv = Cli.json(tmp, "contour", "margin", "--case", c, "--structure", Fixtures.TARGET, "--mm", 5, "--clip-to", "BODY", "--name", "PTV").ok()
                .result().getAsJsonObject("structure");
        assertEquals("PTV", ptv.get("type").getAsString());
        assertTrue(ptv.get("volumeCc").getAsDouble() > 400, ptv::toString);
        Path stl = tmp.resolve("ptv.stl");
        JsonObject mesh = Cli.json(tmp, "contour", "mesh", "--case", c, "--structure", "PTV", "--stl", stl).ok().result();
        byte[] bytes = Fixtures.bytes(stl);
        long n = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        assertTrue(mesh.get("closed").getAsBoolean(), mesh::toString);
        assertEquals(mesh.get("triangles").getAsLong(), n);
        assertEquals(84 + 50 * n, bytes.length, "binary STL size");
        assertEquals(1, mesh.get("meshVolumeCc").getAsDouble() / mesh.get("maskVolumeCc").getAsDouble(), 0.03, mesh::toString);
    }

    @Test
    void unknownStructureIsNamedWithTheOnesThere() {
        Path c = Fixtures.copyCase(Fixtures.stsBodyCase(), tmp.resolve("case"));
        Cli.run(tmp, "contour", "margin", "--case", c, "--structure", "NOPE", "--mm", 5, "--name", "X")
                .refused("no structure named \"NOPE\" (have: GTV_Mass_CT, BODY");
    }

    @Test
    void growFromASeedOutsideTheCtIsRefused() {
        Path c = Fixtures.copyCase(Fixtures.stsCase(), tmp.resolve("case"));
        Cli.run(tmp, "contour", "grow", "--case", c, "--seed-mm", "0,0,0", "--min-HU", -100, "--max-HU", 100, "--name", "G")
                .failed(1, false, "seed point (0.0, 0.0, 0.0) mm lies outside the CT");
    }
}
