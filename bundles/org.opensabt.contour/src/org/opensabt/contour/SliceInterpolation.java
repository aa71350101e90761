package org.opensabt.contour;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.opensabt.model.geometry.GridGeometry;

/**
 * Shape-based interpolation of slices left undrawn between two drawn ones (Raya and Udupa, IEEE TMI
 * 9:32, 1990): each drawn slice becomes a signed distance map (exact EDT, in mm, negative inside),
 * the maps are blended linearly along the slice axis, and the zero level is contoured.
 */
public final class SliceInterpolation {

    /** Contours added, and on which CT slices. */
    public record Result(List<MarchingSquares.PlanarContour> contours, List<Integer> filledSlices) {
    }

    private SliceInterpolation() {
    }

    /**
     * @param contoursMm the structure's contours (patient mm); each must lie on a slice of {@code ct}
     */
    public static Result interpolate(List<double[]> contoursMm, GridGeometry ct) {
        double sz = ct.spacingMm()[2];
        TreeMap<Integer, List<double[]>> bySlice = new TreeMap<>();
        for (int k = 0; k < contoursMm.size(); k++) {
            double[] p = contoursMm.get(k);
            double w = ct.toGridMm(new double[] { p[0], p[1], p[2] })[2] / sz;
            int s = (int) Math.round(w);
            if (Math.abs(w - s) > 0.1 || s < 0 || s >= ct.slices()) {
                throw new IllegalArgumentException("contour " + k + " does not lie on a CT slice (at slice position " + String.format("%.2f", w) + ")");
            }
            bySlice.computeIfAbsent(s, x -> new ArrayList<>()).add(p);
        }
        List<MarchingSquares.PlanarContour> added = new ArrayList<>();
        List<Integer> filled = new ArrayList<>();
        Integer previous = null;
        for (int s : bySlice.keySet()) {
            if (previous != null && s - previous > 1) {
                float[] a = signedDistance(bySlice.get(previous), ct, previous);
                float[] b = signedDistance(bySlice.get(s), ct, s);
                for (int m = previous + 1; m < s; m++) {
                    double t = (double) (m - previous) / (s - previous);
                    GridGeometry plane = ct.box(0, 0, m, ct.columns(), ct.rows(), 1);
                    Mask mask = new Mask(plane);
                    for (int i = 0; i < a.length; i++) {
                        mask.voxels()[i] = (byte) ((1 - t) * a[i] + t * b[i] < 0 ? 1 : 0);
                    }
                    for (MarchingSquares.PlanarContour c : MarchingSquares.contours(mask)) {
                        added.add(new MarchingSquares.PlanarContour(c.pointsMm(), c.hole(), m));
                    }
                    filled.add(m);
                }
            }
            previous = s;
        }
        return new Result(added, filled);
    }

    /** Signed distance (mm, negative inside) over one CT slice from that slice's contours. */
    private static float[] signedDistance(List<double[]> contours, GridGeometry ct, int slice) {
        GridGeometry plane = ct.box(0, 0, slice, ct.columns(), ct.rows(), 1);
        Mask mask = Mask.of(StructureRasterizer.centres().rasterize(contours, plane, ct.spacingMm()[2]), plane, 0.5);
        double[] sp = ct.spacingMm();
        float[] toInside = DistanceTransform.squared(mask.voxels(), (byte) 1, plane.columns(), plane.rows(), 1, sp[0] * sp[0], sp[1] * sp[1], 1);
        float[] toOutside = DistanceTransform.squared(mask.voxels(), (byte) 0, plane.columns(), plane.rows(), 1, sp[0] * sp[0], sp[1] * sp[1], 1);
        double half = Math.min(sp[0], sp[1]) / 2;
        float[] out = new float[toInside.length];
        for (int i = 0; i < out.length; i++) {
            // the boundary lies half a voxel from the centres on either side of it
            out[i] = (float) (mask.get(i) ? -(Math.sqrt(toOutside[i]) - half) : Math.sqrt(toInside[i]) - half);
        }
        return out;
    }
}
