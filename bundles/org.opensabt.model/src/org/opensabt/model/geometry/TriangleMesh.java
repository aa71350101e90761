package org.opensabt.model.geometry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * An indexed triangle mesh in patient mm (LPS), counter-clockwise seen from outside: the one mesh type
 * of OpenSABT (the template's solid, structure surfaces) and its one binary-STL writer. Vertex i is
 * {@code verticesMm[3i..3i+2]}; triangle t is {@code triangles[3t..3t+2]}. The arrays are shared, not
 * copied.
 */
public final class TriangleMesh {

    private final float[] verticesMm;
    private final int[] triangles;

    public TriangleMesh(float[] verticesMm, int[] triangles) {
        this.verticesMm = verticesMm;
        this.triangles = triangles;
    }

    public int vertexCount() {
        return verticesMm.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    public float[] verticesMm() {
        return verticesMm;
    }

    public int[] triangles() {
        return triangles;
    }

    /** Enclosed volume (mm³) by the divergence theorem: positive when the normals point outward. */
    public double volumeMm3() {
        double v = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            int a = 3 * triangles[t];
            int b = 3 * triangles[t + 1];
            int c = 3 * triangles[t + 2];
            double ax = verticesMm[a], ay = verticesMm[a + 1], az = verticesMm[a + 2];
            double bx = verticesMm[b], by = verticesMm[b + 1], bz = verticesMm[b + 2];
            double cx = verticesMm[c], cy = verticesMm[c + 1], cz = verticesMm[c + 2];
            v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
        }
        return v / 6;
    }

    /**
     * Whether every edge is shared by exactly two triangles that traverse it in opposite directions
     * (closed, 2-manifold at edges, consistently oriented) and no triangle repeats a vertex.
     */
    public boolean isClosedOrientedManifold() {
        Map<Long, Integer> directed = new HashMap<>();
        long n = vertexCount();
        for (int t = 0; t < triangles.length; t += 3) {
            for (int k = 0; k < 3; k++) {
                int a = triangles[t + k];
                int b = triangles[t + (k + 1) % 3];
                if (a == b) {
                    return false;
                }
                if (directed.merge(a * n + b, 1, Integer::sum) > 1) {
                    return false; // the same directed edge twice: inconsistent orientation or a non-manifold edge
                }
            }
        }
        for (long key : directed.keySet()) {
            long a = key / n;
            long b = key % n;
            if (!directed.containsKey(b * n + a)) {
                return false;
            }
        }
        return true;
    }

    /** Number of connected parts (triangles sharing a vertex are connected). */
    public int parts() {
        int[] root = vertexRoots();
        java.util.Set<Integer> roots = new java.util.HashSet<>();
        for (int t : triangles) {
            roots.add(root[t]);
        }
        return roots.size();
    }

    /** For each vertex, a representative of its connected part (union–find over the triangles). */
    private int[] vertexRoots() {
        int[] parent = new int[vertexCount()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int t = 0; t < triangles.length; t += 3) {
            union(parent, triangles[t], triangles[t + 1]);
            union(parent, triangles[t], triangles[t + 2]);
        }
        for (int i = 0; i < parent.length; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    /** The connected part with the most triangles, vertices renumbered. */
    public TriangleMesh largestPart() {
        int[] root = vertexRoots();
        Map<Integer, Integer> count = new HashMap<>();
        for (int t = 0; t < triangles.length; t += 3) {
            count.merge(root[triangles[t]], 1, Integer::sum);
        }
        int best = count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
        int[] newId = new int[vertexCount()];
        java.util.Arrays.fill(newId, -1);
        float[] v = new float[verticesMm.length];
        int[] t2 = new int[3 * count.getOrDefault(best, 0)];
        int nv = 0;
        int nt = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            if (root[triangles[t]] != best) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int old = triangles[t + k];
                if (newId[old] < 0) {
                    newId[old] = nv;
                    System.arraycopy(verticesMm, 3 * old, v, 3 * nv, 3);
                    nv++;
                }
                t2[nt++] = newId[old];
            }
        }
        return new TriangleMesh(java.util.Arrays.copyOf(v, 3 * nv), t2);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /**
     * Binary STL (little-endian, mm, facet normals from the vertices), written atomically: a temporary file renamed over the target.
     * The 80-byte header is {@code header} in US-ASCII, cut or zero-padded; one starting with "solid" is changed to start with
     * "STL  ", as a binary STL must not look like an ASCII one.
     */
    public void writeStl(Path file, String header) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".stl", ".tmp");
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer head = ByteBuffer.allocate(84).order(ByteOrder.LITTLE_ENDIAN);
            byte[] text = header.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] padded = new byte[80];
            System.arraycopy(text, 0, padded, 0, Math.min(80, text.length));
            if (new String(padded, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equalsIgnoreCase("solid")) {
                padded[0] = 'S'; // a binary STL must not start with "solid"
                padded[1] = 'T';
                padded[2] = 'L';
                padded[3] = ' ';
                padded[4] = ' ';
            }
            head.put(padded).putInt(triangleCount()).flip();
            write(ch, head);
            ByteBuffer buffer = ByteBuffer.allocate(50 * 4096).order(ByteOrder.LITTLE_ENDIAN);
            for (int t = 0; t < triangles.length; t += 3) {
                int a = 3 * triangles[t];
                int b = 3 * triangles[t + 1];
                int c = 3 * triangles[t + 2];
                float ux = verticesMm[b] - verticesMm[a], uy = verticesMm[b + 1] - verticesMm[a + 1], uz = verticesMm[b + 2] - verticesMm[a + 2];
                float vx = verticesMm[c] - verticesMm[a], vy = verticesMm[c + 1] - verticesMm[a + 1], vz = verticesMm[c + 2] - verticesMm[a + 2];
                // as float-based STL readers recompute it (admesh: float edges, first product rounded to float, float result); on needle-thin
                // triangles the normal is ill-conditioned and a double computation would differ from theirs by more than their 0.001
                double nx = (float) ((float) ((double) uy * vz) - (double) uz * vy);
                double ny = (float) ((float) ((double) uz * vx) - (double) ux * vz);
                double nz = (float) ((float) ((double) ux * vy) - (double) uy * vx);
                double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
                if (len > 0) {
                    nx /= len;
                    ny /= len;
                    nz /= len;
                }
                buffer.putFloat((float) nx).putFloat((float) ny).putFloat((float) nz);
                for (int v : new int[] { a, b, c }) {
                    buffer.putFloat(verticesMm[v]).putFloat(verticesMm[v + 1]).putFloat(verticesMm[v + 2]);
                }
                buffer.putShort((short) 0);
                if (!buffer.hasRemaining()) {
                    buffer.flip();
                    write(ch, buffer);
                    buffer.clear();
                }
            }
            buffer.flip();
            write(ch, buffer);
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void write(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Reads a binary STL back (vertices welded by exact coordinates), for checks of what was written. */
    public static TriangleMesh readStl(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        b.position(80);
        int n = b.getInt();
        if (b.remaining() != 50L * n) {
            throw new IOException(file + ": " + n + " facets announced, " + b.remaining() + " bytes follow (expected " + 50L * n + ")");
        }
        Map<String, Integer> index = new HashMap<>();
        float[] v = new float[9 * n];
        int[] t = new int[3 * n];
        int count = 0;
        for (int f = 0; f < n; f++) {
            b.position(b.position() + 12);
            for (int k = 0; k < 3; k++) {
                float x = b.getFloat();
                float y = b.getFloat();
                float z = b.getFloat();
                String key = Float.floatToIntBits(x) + ":" + Float.floatToIntBits(y) + ":" + Float.floatToIntBits(z);
                Integer id = index.get(key);
                if (id == null) {
                    id = count++;
                    index.put(key, id);
                    v[3 * id] = x;
                    v[3 * id + 1] = y;
                    v[3 * id + 2] = z;
                }
                t[3 * f + k] = id;
            }
            b.getShort();
        }
        return new TriangleMesh(java.util.Arrays.copyOf(v, 3 * count), t);
    }
}
