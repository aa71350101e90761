package org.opensabt.contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.opensabt.model.geometry.GridGeometry;

/**
 * Partial-volume rasterisation of a planar-contour structure on a voxel grid. Contours lie in planes
 * normal to the grid's slice direction (axial CT with a CT-aligned grid). Each contour plane stands
 * for the slab from the midpoints to its neighbouring planes; the first and last plane extend by
 * half the adjacent gap (or half {@code singlePlaneThicknessMm} for a one-plane structure), the usual
 * planning-system convention. Inside is decided by the even-odd rule over all contours of a plane, so
 * holes (inner contours) are cut out.
 * <p>
 * A voxel's fraction is the share of {@code n³} sample points (n per axis, cell-centred) that fall
 * inside: n = ⌈spacing / 0.25 mm⌉, at least 4, so a 1 mm voxel is sampled 4×4×4 ({@link #centres()}:
 * the centre only).
 */
public final class StructureRasterizer {

    private static final double PLANE_TOLERANCE_MM = 0.05;

    private final int samplesPerAxis;

    /** Partial volumes: n³ samples per voxel, n = ⌈spacing / 0.25 mm⌉ ≥ 4. */
    public StructureRasterizer() {
        this(0);
    }

    private StructureRasterizer(int samplesPerAxis) {
        this.samplesPerAxis = samplesPerAxis;
    }

    /**
     * Binary rasterisation by voxel centres (fraction 1 when the centre is inside, else 0): exact
     * round trip with {@link MarchingSquares}, whose contours never pass through a voxel centre.
     */
    public static StructureRasterizer centres() {
        return new StructureRasterizer(1);
    }

    /** One contour as (u, v) in the grid frame (mm) at plane w (mm). */
    private record PlanarContour(double w, double[] u, double[] v) {
    }

    /**
     * @param contoursMm each contour as x,y,z triples in patient mm
     */
    public VoxelFractions rasterize(List<double[]> contoursMm, GridGeometry grid, double singlePlaneThicknessMm) {
        TreeMap<Double, List<PlanarContour>> planes = new TreeMap<>();
        for (int k = 0; k < contoursMm.size(); k++) {
            double[] points = contoursMm.get(k);
            if (points.length < 9 || points.length % 3 != 0) {
                throw new IllegalArgumentException("contour " + k + ": needs at least three points (x,y,z triples)");
            }
            int n = points.length / 3;
            double[] u = new double[n];
            double[] v = new double[n];
            double w0 = Double.NaN;
            for (int i = 0; i < n; i++) {
                double[] g = grid.toGridMm(new double[] { points[3 * i], points[3 * i + 1], points[3 * i + 2] });
                u[i] = g[0];
                v[i] = g[1];
                if (i == 0) {
                    w0 = g[2];
                } else if (Math.abs(g[2] - w0) > PLANE_TOLERANCE_MM) {
                    throw new IllegalArgumentException("contour " + k + " is not in a plane normal to the grid's slice direction ("
                            + String.format("%.3f and %.3f mm", w0, g[2]) + " along it)");
                }
            }
            Double key = planes.floorKey(w0 + PLANE_TOLERANCE_MM);
            if (key == null || Math.abs(key - w0) > PLANE_TOLERANCE_MM) {
                key = w0;
            }
            planes.computeIfAbsent(key, x -> new ArrayList<>()).add(new PlanarContour(key, u, v));
        }
        if (planes.isEmpty()) {
            return new VoxelFractions(new int[0], new float[0], grid.voxelVolumeCc());
        }
        double[] planeW = planes.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        List<List<PlanarContour>> planeContours = new ArrayList<>(planes.values());
        int planeCount = planeW.length;
        double[] slabLow = new double[planeCount];
        double[] slabHigh = new double[planeCount];
        for (int p = 0; p < planeCount; p++) {
            double below = p > 0 ? (planeW[p] - planeW[p - 1]) / 2 : Double.NaN;
            double above = p < planeCount - 1 ? (planeW[p + 1] - planeW[p]) / 2 : Double.NaN;
            if (Double.isNaN(below)) {
                below = Double.isNaN(above) ? singlePlaneThicknessMm / 2 : above;
            }
            if (Double.isNaN(above)) {
                above = below;
            }
            slabLow[p] = planeW[p] - below;
            slabHigh[p] = planeW[p] + above;
        }

        double[] sp = grid.spacingMm();
        int[] samples = new int[3];
        for (int k = 0; k < 3; k++) {
            samples[k] = samplesPerAxis > 0 ? samplesPerAxis : Math.max(4, (int) Math.ceil(sp[k] / 0.25 - 1e-9));
        }
        // In-plane bounding box of all contours, in voxel indices.
        double uMin = Double.MAX_VALUE, uMax = -Double.MAX_VALUE, vMin = Double.MAX_VALUE, vMax = -Double.MAX_VALUE;
        for (List<PlanarContour> list : planeContours) {
            for (PlanarContour c : list) {
                for (int i = 0; i < c.u.length; i++) {
                    uMin = Math.min(uMin, c.u[i]);
                    uMax = Math.max(uMax, c.u[i]);
                    vMin = Math.min(vMin, c.v[i]);
                    vMax = Math.max(vMax, c.v[i]);
                }
            }
        }
        int c0 = clamp((int) Math.floor(uMin / sp[0] - 0.5), grid.columns());
        int c1 = clamp((int) Math.ceil(uMax / sp[0] + 0.5), grid.columns());
        int r0 = clamp((int) Math.floor(vMin / sp[1] - 0.5), grid.rows());
        int r1 = clamp((int) Math.ceil(vMax / sp[1] + 0.5), grid.rows());
        int s0 = clamp((int) Math.floor(slabLow[0] / sp[2] - 0.5), grid.slices());
        int s1 = clamp((int) Math.ceil(slabHigh[planeCount - 1] / sp[2] + 0.5), grid.slices());
        int width = c1 - c0 + 1;
        int height = r1 - r0 + 1;

        // Coverage of each plane over the in-plane voxel box (fraction of the n×n in-plane samples).
        float[][] coverage = new float[planeCount][];
        int[] indexBuffer = new int[1024];
        float[] fractionBuffer = new float[1024];
        int count = 0;
        for (int s = s0; s <= s1; s++) {
            int[] planeOfSample = new int[samples[2]];
            boolean any = false;
            for (int k = 0; k < samples[2]; k++) {
                double w = (s + (k + 0.5) / samples[2] - 0.5) * sp[2];
                planeOfSample[k] = slabOf(w, slabLow, slabHigh);
                any |= planeOfSample[k] >= 0;
            }
            if (!any) {
                continue;
            }
            for (int k = 0; k < samples[2]; k++) {
                int p = planeOfSample[k];
                if (p >= 0 && coverage[p] == null) {
                    coverage[p] = planeCoverage(planeContours.get(p), c0, r0, width, height, sp, samples);
                }
            }
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    double sum = 0;
                    for (int k = 0; k < samples[2]; k++) {
                        int p = planeOfSample[k];
                        if (p >= 0) {
                            sum += coverage[p][r * width + c];
                        }
                    }
                    if (sum > 0) {
                        if (count == indexBuffer.length) {
                            indexBuffer = Arrays.copyOf(indexBuffer, count * 2);
                            fractionBuffer = Arrays.copyOf(fractionBuffer, count * 2);
                        }
                        indexBuffer[count] = grid.index(c0 + c, r0 + r, s);
                        fractionBuffer[count] = (float) Math.min(1.0, sum / samples[2]);
                        count++;
                    }
                }
            }
        }
        return new VoxelFractions(Arrays.copyOf(indexBuffer, count), Arrays.copyOf(fractionBuffer, count), grid.voxelVolumeCc());
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    private static int slabOf(double w, double[] low, double[] high) {
        int i = Arrays.binarySearch(low, w);
        int p = i >= 0 ? i : -i - 2;
        return (p >= 0 && w < high[p]) ? p : -1;
    }

    /** Fraction of the in-plane samples of each voxel of the box inside the plane's contours (even-odd). */
    private static float[] planeCoverage(List<PlanarContour> contours, int c0, int r0, int width, int height, double[] sp, int[] samples) {
        float[] out = new float[width * height];
        int nu = samples[0];
        int nv = samples[1];
        float weight = 1.0f / (nu * nv);
        double[] crossings = new double[64];
        for (int r = 0; r < height; r++) {
            for (int j = 0; j < nv; j++) {
                double v = (r0 + r + (j + 0.5) / nv - 0.5) * sp[1];
                int n = 0;
                for (PlanarContour contour : contours) {
                    int m = contour.u.length;
                    for (int a = 0, b = m - 1; a < m; b = a++) {
                        double va = contour.v[a];
                        double vb = contour.v[b];
                        if ((va > v) != (vb > v)) {
                            if (n == crossings.length) {
                                crossings = Arrays.copyOf(crossings, n * 2);
                            }
                            crossings[n++] = contour.u[a] + (v - va) / (vb - va) * (contour.u[b] - contour.u[a]);
                        }
                    }
                }
                Arrays.sort(crossings, 0, n);
                for (int q = 0; q + 1 < n; q += 2) {
                    // sample columns with u inside [crossings[q], crossings[q+1])
                    double from = crossings[q] / sp[0];
                    double to = crossings[q + 1] / sp[0];
                    // sample t (global) at column position (t + 0.5)/nu − 0.5 ⇒ t = ceil((x + 0.5)·nu − 0.5)
                    long tFrom = (long) Math.ceil((from + 0.5) * nu - 0.5);
                    long tTo = (long) Math.ceil((to + 0.5) * nu - 0.5);
                    long tMin = (long) c0 * nu;
                    long tMax = (long) (c0 + width) * nu;
                    for (long t = Math.max(tFrom, tMin); t < Math.min(tTo, tMax); t++) {
                        out[r * width + (int) (t / nu - c0)] += weight;
                    }
                }
            }
        }
        return out;
    }
}
