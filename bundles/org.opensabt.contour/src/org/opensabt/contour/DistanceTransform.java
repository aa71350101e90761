package org.opensabt.contour;

import java.util.stream.IntStream;

import org.opensabt.model.geometry.GridGeometry;

/**
 * Exact Euclidean distance transform on a voxel grid with per-axis weights (anisotropic spacing or
 * anisotropic margins), by Felzenszwalb and Huttenlocher's separable lower-envelope algorithm
 * ("Distance Transforms of Sampled Functions", Theory of Computing 8, 2012): three 1D passes, each
 * exact, linear in the number of voxels and run in parallel over lines.
 */
public final class DistanceTransform {

    static final float FAR = 1e20f;

    private DistanceTransform() {
    }

    /**
     * Squared weighted distance from every voxel to the nearest voxel with {@code feature[i] == target}:
     * d² = min Σ_k w_k (Δi_k)². With w_k = spacing_k² this is the squared distance in mm².
     */
    public static float[] squared(byte[] feature, byte target, int nx, int ny, int nz, double wx, double wy, double wz) {
        float[] f = new float[feature.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = feature[i] == target ? 0f : FAR;
        }
        // along x: contiguous lines
        IntStream.range(0, ny * nz).parallel().forEach(line -> {
            float[] buffer = new float[nx];
            float[] out = new float[nx];
            Envelope e = new Envelope(nx);
            int base = line * nx;
            System.arraycopy(f, base, buffer, 0, nx);
            e.transform(buffer, out, nx, wx);
            System.arraycopy(out, 0, f, base, nx);
        });
        if (ny > 1) {
            IntStream.range(0, nx * nz).parallel().forEach(line -> {
                int x = line % nx;
                int z = line / nx;
                float[] buffer = new float[ny];
                float[] out = new float[ny];
                Envelope e = new Envelope(ny);
                for (int y = 0; y < ny; y++) {
                    buffer[y] = f[(z * ny + y) * nx + x];
                }
                e.transform(buffer, out, ny, wy);
                for (int y = 0; y < ny; y++) {
                    f[(z * ny + y) * nx + x] = out[y];
                }
            });
        }
        if (nz > 1) {
            IntStream.range(0, ny).parallel().forEach(y -> {
                float[] buffer = new float[nz];
                float[] out = new float[nz];
                Envelope e = new Envelope(nz);
                for (int x = 0; x < nx; x++) {
                    for (int z = 0; z < nz; z++) {
                        buffer[z] = f[(z * ny + y) * nx + x];
                    }
                    e.transform(buffer, out, nz, wz);
                    for (int z = 0; z < nz; z++) {
                        f[(z * ny + y) * nx + x] = out[z];
                    }
                }
            });
        }
        return f;
    }

    /** Squared distance in mm² from every voxel of the mask's grid to the nearest inside voxel (0 inside). */
    public static float[] squaredMmToInside(Mask mask) {
        GridGeometry g = mask.grid();
        double[] sp = g.spacingMm();
        return squared(mask.voxels(), (byte) 1, g.columns(), g.rows(), g.slices(), sp[0] * sp[0], sp[1] * sp[1], sp[2] * sp[2]);
    }

    /** 1D lower envelope of parabolas w·(i − q)² + f(q). */
    private static final class Envelope {
        final int[] v;
        final double[] z;

        Envelope(int n) {
            v = new int[n];
            z = new double[n + 1];
        }

        void transform(float[] f, float[] out, int n, double w) {
            int k = -1;
            for (int q = 0; q < n; q++) {
                if (f[q] >= FAR) {
                    continue;
                }
                while (true) {
                    if (k < 0) {
                        k = 0;
                        v[0] = q;
                        z[0] = Double.NEGATIVE_INFINITY;
                        z[1] = Double.POSITIVE_INFINITY;
                        break;
                    }
                    int p = v[k];
                    double s = ((f[q] + w * (double) q * q) - (f[p] + w * (double) p * p)) / (2 * w * (q - p));
                    if (s <= z[k]) {
                        k--;
                        continue;
                    }
                    k++;
                    v[k] = q;
                    z[k] = s;
                    z[k + 1] = Double.POSITIVE_INFINITY;
                    break;
                }
            }
            if (k < 0) {
                java.util.Arrays.fill(out, 0, n, FAR);
                return;
            }
            int j = 0;
            for (int q = 0; q < n; q++) {
                while (z[j + 1] < q) {
                    j++;
                }
                double d = q - v[j];
                out[q] = (float) Math.min(FAR, w * d * d + f[v[j]]);
            }
        }
    }
}
