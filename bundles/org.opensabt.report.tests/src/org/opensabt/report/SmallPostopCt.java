package org.opensabt.report;

import java.util.ArrayList;
import java.util.List;

import org.opensabt.model.geometry.GridGeometry;

/**
 * A small post-operative CT for the report tests, written here (not the product's generator): seeds as silver-cored
 * capsules (4.5 × 0.8 mm, mean 20 000 HU above tissue) and a U-shaped steel clip (0.7 mm wire) put into a copy of
 * a planning CT by supersampling each voxel (0.2 mm in plane, 0.25 mm through the slice), clipped at 3071 HU.
 */
final class SmallPostopCt {

    /** A metal cylinder with rounded ends from {@code a} to {@code b} (patient mm), radius and HU above tissue. */
    record Rod(double[] a, double[] b, double radiusMm, double deltaHu) {
    }

    private SmallPostopCt() {
    }

    /** A U-shaped clip in the axial plane: two legs of {@code legMm} along y, {@code gapMm} apart, and the bridge at their posterior end. */
    static List<Rod> uClip(double[] centreMm, double legMm, double gapMm) {
        double x0 = centreMm[0] - gapMm / 2;
        double x1 = centreMm[0] + gapMm / 2;
        double y0 = centreMm[1] - legMm / 2;
        double y1 = centreMm[1] + legMm / 2;
        double z = centreMm[2];
        return List.of(new Rod(new double[] { x0, y0, z }, new double[] { x0, y1, z }, 0.35, 15_000),
                new Rod(new double[] { x1, y0, z }, new double[] { x1, y1, z }, 0.35, 15_000),
                new Rod(new double[] { x0, y1, z }, new double[] { x1, y1, z }, 0.35, 15_000));
    }

    /** The CT with the seeds ({position, axis}, patient mm) and the other rods put in. */
    static short[] render(short[] baseHu, GridGeometry grid, List<double[][]> seeds, List<Rod> other) {
        List<Rod> rods = new ArrayList<>(other);
        for (double[][] s : seeds) {
            double[] p = s[0];
            double[] u = s[1];
            double h = 4.5 / 2 - 0.4;
            rods.add(new Rod(new double[] { p[0] - h * u[0], p[1] - h * u[1], p[2] - h * u[2] }, new double[] { p[0] + h * u[0], p[1] + h * u[1], p[2] + h * u[2] },
                    0.4, 20_000));
        }
        short[] hu = baseHu.clone();
        double[] sp = grid.spacingMm();
        int sub = Math.max(1, (int) Math.ceil(sp[0] / 0.2));
        int subZ = Math.max(1, (int) Math.ceil(sp[2] / 0.25));
        for (Rod r : rods) {
            double[] ga = grid.toGridMm(r.a());
            double[] gb = grid.toGridMm(r.b());
            int[] lo = new int[3];
            int[] hi = new int[3];
            int[] size = { grid.columns(), grid.rows(), grid.slices() };
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.max(0, (int) Math.floor((Math.min(ga[k], gb[k]) - r.radiusMm()) / sp[k]) - 1);
                hi[k] = Math.min(size[k] - 1, (int) Math.ceil((Math.max(ga[k], gb[k]) + r.radiusMm()) / sp[k]) + 1);
            }
            for (int z = lo[2]; z <= hi[2]; z++) {
                for (int y = lo[1]; y <= hi[1]; y++) {
                    for (int x = lo[0]; x <= hi[0]; x++) {
                        int inside = 0;
                        for (int i = 0; i < sub; i++) {
                            for (int j = 0; j < sub; j++) {
                                for (int k = 0; k < subZ; k++) {
                                    double[] p = grid.positionMm(x - 0.5 + (i + 0.5) / sub, y - 0.5 + (j + 0.5) / sub, z - 0.5 + (k + 0.5) / subZ);
                                    inside += distanceToSegment(p, r.a(), r.b()) <= r.radiusMm() ? 1 : 0;
                                }
                            }
                        }
                        if (inside > 0) {
                            int v = grid.index(x, y, z);
                            double value = hu[v] + r.deltaHu() * inside / (double) (sub * sub * subZ);
                            hu[v] = (short) Math.round(Math.min(3071, Math.max(hu[v], value)));
                        }
                    }
                }
            }
        }
        return hu;
    }

    static double distanceToSegment(double[] p, double[] a, double[] b) {
        double[] ab = { b[0] - a[0], b[1] - a[1], b[2] - a[2] };
        double len2 = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / len2));
        double dx = p[0] - a[0] - t * ab[0];
        double dy = p[1] - a[1] - t * ab[1];
        double dz = p[2] - a[2] - t * ab[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
