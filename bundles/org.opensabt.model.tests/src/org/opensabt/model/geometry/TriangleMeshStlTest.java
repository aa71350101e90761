package org.opensabt.model.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opensabt.testing.Admesh;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one binary-STL writer, read back by an independent parser (java.nio, following the format: 80-byte header, uint32 count,
 * 50 bytes a facet) and, when installed, checked by admesh (an independent C implementation).
 */
class TriangleMeshStlTest {

    /** A closed, outward-oriented octahedron around (1, 2, 3) with radius 10 mm: 6 vertices, 8 triangles, volume 4/3·r³. */
    static TriangleMesh octahedron() {
        float[] v = { 11, 2, 3, -9, 2, 3, 1, 12, 3, 1, -8, 3, 1, 2, 13, 1, 2, -7 };
        int[] t = { 0, 2, 4, 2, 0, 5, 2, 1, 4, 1, 2, 5, 1, 3, 4, 3, 1, 5, 3, 0, 4, 0, 3, 5 };
        return new TriangleMesh(v, t);
    }

    @Test
    void octahedronIsAClosedManifoldWithItsExactVolume() {
        TriangleMesh m = octahedron();
        assertTrue(m.isClosedOrientedManifold());
        assertEquals(1, m.parts());
        assertEquals(4.0 / 3 * 1000, m.volumeMm3(), 1e-9);
    }

    @Test
    void writtenFileHasTheFormatsLayoutVerticesAndUnitOutwardNormals(@TempDir Path dir) throws IOException, InterruptedException {
        TriangleMesh m = octahedron();
        Path stl = dir.resolve("sub").resolve("octahedron.stl");
        m.writeStl(stl, "OpenSABT test octahedron");
        Parsed p = parse(stl);
        assertEquals("OpenSABT test octahedron", p.header);
        assertEquals(8, p.facets);
        float[] v = m.verticesMm();
        int[] t = m.triangles();
        for (int f = 0; f < p.facets; f++) {
            double[][] corner = new double[3][];
            for (int k = 0; k < 3; k++) {
                int i = 3 * t[3 * f + k];
                assertArrayEquals(new float[] { v[i], v[i + 1], v[i + 2] }, p.vertex[f][k], "facet " + f + " corner " + k);
                corner[k] = new double[] { v[i], v[i + 1], v[i + 2] };
            }
            // independent normal: normalised (b − a) × (c − a), and it points away from the centre
            double[] n = Vec3.unit(Vec3.cross(Vec3.sub(corner[1], corner[0]), Vec3.sub(corner[2], corner[0])));
            for (int k = 0; k < 3; k++) {
                assertEquals(n[k], p.normal[f][k], 1e-6, "facet " + f + " normal");
            }
            double[] centroid = Vec3.scale(Vec3.add(Vec3.add(corner[0], corner[1]), corner[2]), 1 / 3.0);
            assertTrue(Vec3.dot(n, Vec3.sub(centroid, new double[] { 1, 2, 3 })) > 0, "outward normal");
            assertEquals(0, p.attribute[f]);
        }
        try (Stream<Path> files = Files.list(stl.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the STL");
        }
        Admesh.check(stl, 8);
    }

    @Test
    void headerStartingWithSolidIsChangedAndLongHeadersAreCut(@TempDir Path dir) throws IOException {
        Path stl = dir.resolve("s.stl");
        octahedron().writeStl(stl, "solid octahedron");
        assertEquals("STL   octahedron", parse(stl).header, "a binary STL must not start with 'solid'");
        octahedron().writeStl(stl, "x".repeat(100));
        assertEquals("x".repeat(80), parse(stl).header);
    }

    @Test
    void degenerateTriangleGetsAZeroNormalAndEmptyMeshAValidFile(@TempDir Path dir) throws IOException {
        Path stl = dir.resolve("d.stl");
        new TriangleMesh(new float[] { 0, 0, 0, 1, 1, 1, 2, 2, 2 }, new int[] { 0, 1, 2 }).writeStl(stl, "degenerate");
        Parsed p = parse(stl);
        assertEquals(1, p.facets);
        assertArrayEquals(new float[] { 0, 0, 0 }, p.normal[0]);
        assertFalse(Float.isNaN(p.normal[0][0]));
        new TriangleMesh(new float[0], new int[0]).writeStl(stl, "empty");
        assertEquals(0, parse(stl).facets);
        assertEquals(84, Files.size(stl));
    }

    @Test
    void readBackWeldsVerticesAndKeepsTheMesh(@TempDir Path dir) throws IOException {
        Path stl = dir.resolve("r.stl");
        octahedron().writeStl(stl, "r");
        TriangleMesh read = TriangleMesh.readStl(stl);
        assertEquals(6, read.vertexCount());
        assertEquals(8, read.triangleCount());
        assertTrue(read.isClosedOrientedManifold());
        assertEquals(octahedron().volumeMm3(), read.volumeMm3(), 1e-9);
    }

    record Parsed(String header, int facets, float[][] normal, float[][][] vertex, int[] attribute) {
    }

    /** Binary STL as the format defines it, without the product's reader. */
    static Parsed parse(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] head = new byte[80];
        b.get(head);
        int end = 0;
        while (end < 80 && head[end] != 0) {
            end++;
        }
        int n = b.getInt();
        assertEquals(84 + 50L * n, Files.size(file), "file length for " + n + " facets");
        float[][] normal = new float[n][3];
        float[][][] vertex = new float[n][3][3];
        int[] attribute = new int[n];
        for (int f = 0; f < n; f++) {
            for (int k = 0; k < 3; k++) {
                normal[f][k] = b.getFloat();
            }
            for (int c = 0; c < 3; c++) {
                for (int k = 0; k < 3; k++) {
                    vertex[f][c][k] = b.getFloat();
                }
            }
            attribute[f] = b.getShort() & 0xffff;
        }
        return new Parsed(new String(head, 0, end, StandardCharsets.US_ASCII), n, normal, vertex, attribute);
    }
}
