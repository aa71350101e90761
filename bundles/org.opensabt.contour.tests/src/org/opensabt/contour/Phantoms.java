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
}
