package org.opensabt.phantoms;

import org.opensabt.model.geometry.GridGeometry;

/** A synthetic trunk CT for contouring tests and benchmarks (BODY, BONE, thresholds); axial plane in LPS mm. */
public final class TrunkCt {

    private TrunkCt() {
    }

    /** Air −1000, trunk 40 HU (ellipse 340 × 240 mm), lungs −800, vertebra 700, couch 300 HU plate 8 mm below the back. */
    public static short[] hounsfieldUnits(GridGeometry grid) {
        short[] hu = new short[grid.voxelCount()];
        for (int s = 0; s < grid.slices(); s++) {
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    double[] p = grid.positionMm(c, r, s);
                    hu[grid.index(c, r, s)] = at(p[0], p[1]);
                }
            }
        }
        return hu;
    }

    private static short at(double x, double y) {
        short v = -1000;
        if ((x * x) / (170.0 * 170) + (y * y) / (120.0 * 120) <= 1) {
            v = 40;
            if (((x - 70) * (x - 70) + (y + 10) * (y + 10) <= 45 * 45) || ((x + 70) * (x + 70) + (y + 10) * (y + 10) <= 45 * 45)) {
                v = -800;
            }
            if (x * x + (y - 80) * (y - 80) <= 18 * 18) {
                v = 700;
            }
        } else if (y >= 128 && y <= 140 && Math.abs(x) <= 230) {
            v = 300;
        }
        return v;
    }
}
