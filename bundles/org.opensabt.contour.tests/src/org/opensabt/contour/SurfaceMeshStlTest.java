package org.opensabt.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opensabt.testing.Admesh;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.geometry.GridGeometry;

/** A structure's STL goes through the one writer (TriangleMesh.writeStl) and passes admesh. */
class SurfaceMeshStlTest {

    @Test
    void structureStlIsTheMeshsStlWithTheStructureHeaderAndPassesAdmesh(@TempDir Path dir) throws Exception {
        GridGeometry g = GridGeometry.axisAligned(new double[] { -20, -20, -20 }, new double[] { 1, 1, 1.5 }, 41, 41, 27);
        Mask m = new Mask(g);
        for (int i = 0; i < g.voxelCount(); i++) {
            int c = i % g.columns();
            int r = i / g.columns() % g.rows();
            int s = i / (g.columns() * g.rows());
            double[] p = g.positionMm(c, r, s);
            m.set(i, p[0] * p[0] / 225 + p[1] * p[1] / 100 + p[2] * p[2] / 144 <= 1); // ellipsoid 15 × 10 × 12 mm
        }
        SurfaceMesh mesh = SurfaceMesh.of(m);
        Path stl = dir.resolve("PTV.stl");
        mesh.writeStl(stl, "PTV");

        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(stl)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] header = new byte[80];
        b.get(header);
        String expected = "OpenSABT PTV (mm, patient LPS)";
        assertEquals(expected, new String(header, 0, expected.length(), StandardCharsets.US_ASCII));
        assertEquals(0, header[expected.length()], "header zero-padded");
        assertEquals(mesh.triangleCount(), b.getInt());
        assertEquals(84 + 50L * mesh.triangleCount(), Files.size(stl));

        Path direct = dir.resolve("direct.stl");
        mesh.mesh().writeStl(direct, expected);
        assertArrayEquals(Files.readAllBytes(direct), Files.readAllBytes(stl), "one writer");

        Admesh.check(stl, mesh.triangleCount());
    }
}
