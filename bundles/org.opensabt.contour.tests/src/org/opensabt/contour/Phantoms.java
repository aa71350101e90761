package org.opensabt.contour;

import java.util.ArrayList;
import java.util.List;

/** Analytic shapes as planar contours (patient mm). */
final class Phantoms {

    private Phantoms() {
    }

    static double[] circle(double cx, double cy, double z, double radius, int vertices) {
        double[] p = new double[3 * vertices];
        for (int v = 0; v < vertices; v++) {
            double a = 2 * Math.PI * v / vertices;
            p[3 * v] = cx + radius * Math.cos(a);
            p[3 * v + 1] = cy + radius * Math.sin(a);
            p[3 * v + 2] = z;
        }
        return p;
    }

    /** A sphere cut into planes at z = centre + k·spacing. */
    static List<double[]> sphere(double[] c, double radius, double planeSpacing) {
        List<double[]> out = new ArrayList<>();
        int k = (int) Math.floor(radius / planeSpacing);
        for (int i = -k; i <= k; i++) {
            double z = i * planeSpacing;
            double r = Math.sqrt(radius * radius - z * z);
            if (r > 1e-6) {
                out.add(circle(c[0], c[1], c[2] + z, r, 720));
            }
        }
        return out;
    }

    /** A cylinder along z from z0 to z1 (planes at z0, z0 + spacing, … ≤ z1). */
    static List<double[]> cylinder(double cx, double cy, double radius, double z0, double z1, double planeSpacing) {
        List<double[]> out = new ArrayList<>();
        for (double z = z0; z <= z1 + 1e-9; z += planeSpacing) {
            out.add(circle(cx, cy, z, radius, 720));
        }
        return out;
    }

    /** Air −1000, trunk 40 HU (ellipse 340 × 240 mm), lungs −800, vertebra 700, couch 300 HU plate 8 mm below the back. */
    static short[] trunkCt(org.opensabt.model.geometry.GridGeometry grid) {
        short[] hu = new short[grid.voxelCount()];
        for (int s = 0; s < grid.slices(); s++) {
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    double[] p = grid.positionMm(c, r, s);
                    double x = p[0];
                    double y = p[1];
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
                    hu[grid.index(c, r, s)] = v;
                }
            }
        }
        return hu;
    }
}
