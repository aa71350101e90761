package org.opensabt.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.testing.Admesh;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.geometry.TriangleMesh;
import org.opensabt.phantoms.Phantom;

/**
 * Templates on the synthetic phantom, judged on the STL read back from disk: topology by edge
 * counting, hole axes by ray casting against the written triangles, plate thickness and skin gap
 * against the phantom's analytic skin (y = −65 mm).
 */
class TemplateTest {

    @Test
    void isoSurfaceOfASphereIsClosedAndHasItsVolume() {
        int n = 41;
        double h = 0.5;
        float[] f = new float[n * n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double x = (i - 20) * h, y = (j - 20) * h, z = (k - 20) * h;
                    f[i + n * (j + n * k)] = (float) (Math.sqrt(x * x + y * y + z * z) - 8);
                }
            }
        }
        TriangleMesh m = IsoSurface.extract(f, n, n, n, new double[] { -10, -10, -10 }, new double[] { h, 0, 0 }, new double[] { 0, h, 0 },
                new double[] { 0, 0, h });
        assertTrue(m.isClosedOrientedManifold());
        assertEquals(1, m.parts());
        double exact = 4.0 / 3 * Math.PI * 512;
        assertTrue(Math.abs(m.volumeMm3() - exact) / exact < 0.01, () -> m.volumeMm3() + " vs " + exact);
    }

    @Test
    void phantomTemplateIsAClosedManifoldAndItsHolesFollowTheNeedles(@TempDir Path dir) throws Exception {
        PatientCase phantom = new Phantom(120, Double.NaN, false, 1, 2).build();
        Plan plan = SyntheticPlans.anteriorGrid(phantom, "p", 16, 4, 20); // every 4th needle tilted 20°, tilts in different planes
        TemplateDesigner.Design design = new TemplateDesigner(TemplateSpec.DEFAULT).design(phantom, plan);
        Path stl = dir.resolve("t.stl");
        design.mesh().writeStl(stl, "test");
        Admesh.check(stl, design.mesh().triangleCount());
        TriangleMesh read = TriangleMesh.readStl(stl);
        assertTrue(read.isClosedOrientedManifold(), "closed, oriented 2-manifold as written");
        assertEquals(1, read.parts());
        assertTrue(read.volumeMm3() > 0);
        assertEquals(16, design.holes().size());
        double worstDistance = 0;
        double worstAngle = 0;
        for (TemplateDesigner.Hole hole : design.holes()) {
            double[] measured = HoleProbe.measureAxis(read, hole, design);
            double[] centre = { measured[0], measured[1], measured[2] };
            double[] direction = { measured[3], measured[4], measured[5] };
            double angle = Math.toDegrees(Math.acos(Math.min(1, Math.abs(dot(direction, hole.directionUnit())))));
            double distance = distanceToLine(centre, hole.entryMm(), hole.directionUnit());
            worstDistance = Math.max(worstDistance, Math.max(distance, measured[6]));
            worstAngle = Math.max(worstAngle, angle);
            assertTrue(distance <= 0.2 && measured[6] <= 0.2, hole.label() + ": axis " + distance + " mm (worst point " + measured[6] + " mm) from the needle");
            assertTrue(angle <= 0.5, hole.label() + ": axis " + angle + "° from the needle");
            assertTrue(Math.abs(measured[7] - design.holeDiameterMm() / 2) < 0.05, hole.label() + ": radius " + measured[7]);
        }
        System.out.printf("hole axes on the STL: worst %.3f mm, %.3f°%n", worstDistance, worstAngle);
        // the plate: skin side 0.5 mm off the analytic skin (y = -65), 5 mm thick, measured along AP rays between the holes
        double[] plate = HoleProbe.alongRay(read, new double[] { 16, -100, -16 }, new double[] { 0, 1, 0 });
        assertEquals(2, plate.length, "one solid span along the ray");
        // the CT samples the skin every 1 mm (voxel centres at -66 and -65 straddle it): located to within half a pixel
        assertEquals(-65 - 0.5, -100 + plate[1], 0.5);
        assertEquals(5.0, plate[1] - plate[0], 0.15);
    }

    @Test
    void needlesThatDoNotCrossTheSkinAreRefused() {
        PatientCase phantom = new Phantom(60, Double.NaN, false, 1, 2).build();
        Plan plan = SyntheticPlans.anteriorGrid(phantom, "p", 4, 0, 0);
        Needle n = plan.getNeedles().get(2);
        n.getEntryPointMm().set(1, -30.0); // entry 35 mm deep inside the body
        TemplateException e = assertThrows(TemplateException.class, () -> new TemplateDesigner(TemplateSpec.DEFAULT).design(phantom, plan));
        assertTrue(e.getMessage().contains("needle N3 does not cross the body surface"), e.getMessage());
        Plan empty = org.opensabt.model.ModelFactory.eINSTANCE.createPlan();
        empty.setPlanId("none");
        assertTrue(assertThrows(TemplateException.class, () -> new TemplateDesigner(TemplateSpec.DEFAULT).design(phantom, empty)).getMessage()
                .contains("has no needles"));
    }

    /**
     * A groove 2 mm wide and 30 mm deep across the phantom's front (air in the CT, x from 1.5 to 3.5 mm) splits the skin under the
     * plate in two; needles on both sides cannot share one rigid plate. The designer once kept the larger piece and dropped the
     * other with its guide holes as "loose fragments": it must refuse and name the needles left without a plate.
     */
    @Test
    void needlesOnAPieceOfPlateCutOffByAStepInTheSkinAreRefused() {
        PatientCase phantom = new Phantom(60, Double.NaN, false, 1, 2).build();
        org.opensabt.model.ImageSeries ct = phantom.getStudies().get(0).getSeries().get(0);
        short[] hu = ct.getVoxels();
        int columns = ct.getColumns();
        int rows = ct.getRows();
        for (int k = 0; k < ct.getSlices(); k++) {
            for (int r = 0; r < rows; r++) {
                double y = ct.getOriginMm().get(1) + r * ct.getSpacingMm().get(1);
                for (int c = 0; c < columns; c++) {
                    double x = ct.getOriginMm().get(0) + c * ct.getSpacingMm().get(0);
                    if (x >= 1.5 && x <= 3.5 && y <= -Phantom.BODY_HALF_Y + 30) {
                        hu[(k * rows + r) * columns + c] = -1000;
                    }
                }
            }
        }
        ct.setVoxels(hu);
        Plan plan = SyntheticPlans.anteriorGrid(phantom, "p", 6, 0, 0); // needles at x = −5, 0 (left of the groove) and 5 mm (right)
        TemplateException e = assertThrows(TemplateException.class, () -> new TemplateDesigner(TemplateSpec.DEFAULT).design(phantom, plan));
        assertTrue(e.getMessage().contains("needle(s) N3, N6: the plate round them is cut off from the rest"), e.getMessage());
    }

    @Test
    void aWiderGaugeGivesAWiderHole() {
        assertEquals(1.47, TemplateSpec.DEFAULT.holeDiameterMm(), 1e-9);
        assertEquals(1.673, TemplateSpec.DEFAULT.with(5, 0.5, 17).holeDiameterMm(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> TemplateSpec.DEFAULT.with(5, 0.5, 25));
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double distanceToLine(double[] p, double[] a, double[] d) {
        double[] q = { p[0] - a[0], p[1] - a[1], p[2] - a[2] };
        double t = dot(q, d);
        return Math.sqrt(Math.max(0, dot(q, q) - t * t));
    }

    /** Ray casting against a mesh (Möller–Trumbore). */
    static final class HoleProbe {

        /**
         * Measures a guide hole on the mesh: at depths through the plate's solid middle (clear of the
         * engraved outer face), rays from the planned axis outward in 32 directions hit the hole wall;
         * a circle is fitted to each ring (Kåsa) and a line to the circle centres. Returns the centroid of
         * the centres, the fitted direction, the largest centre-to-needle distance and the mean radius.
         */
        static double[] measureAxis(TriangleMesh mesh, TemplateDesigner.Hole hole, TemplateDesigner.Design design) {
            double[] d = hole.directionUnit();
            double[] e1 = perpendicular(d);
            double[] e2 = cross(d, e1);
            double cosine = dot(d, design.frame().w());
            double from = (design.spec().engraveDepthMm() + 0.3) / cosine - hole.sleeveLengthMm();
            double to = (design.spec().thicknessMm() - 0.3) / cosine;
            float[] v = mesh.verticesMm();
            int[] t = mesh.triangles();
            List<Integer> near = new ArrayList<>();
            for (int k = 0; k < t.length; k += 3) {
                double[] c = { (v[3 * t[k]] + v[3 * t[k + 1]] + v[3 * t[k + 2]]) / 3, (v[3 * t[k] + 1] + v[3 * t[k + 1] + 1] + v[3 * t[k + 2] + 1]) / 3,
                        (v[3 * t[k] + 2] + v[3 * t[k + 1] + 2] + v[3 * t[k + 2] + 2]) / 3 };
                if (distanceToLine(c, hole.entryMm(), d) < 2) {
                    near.add(k);
                }
            }
            List<double[]> centres = new ArrayList<>();
            double radiusSum = 0;
            for (double s = from; s <= to; s += 0.1) {
                double[] o = add(hole.outerFaceCentreMm(), scale(d, s));
                double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, sxz = 0, syz = 0, sz = 0;
                int count = 0;
                for (int a = 0; a < 32; a++) {
                    double phi = 2 * Math.PI * a / 32;
                    double[] dir = add(scale(e1, Math.cos(phi)), scale(e2, Math.sin(phi)));
                    double hit = nearestHit(mesh, near, o, dir);
                    if (!Double.isFinite(hit)) {
                        continue;
                    }
                    double x = hit * Math.cos(phi);
                    double y = hit * Math.sin(phi);
                    double z = x * x + y * y;
                    sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y; sxz += x * z; syz += y * z; sz += z;
                    count++;
                }
                if (count < 24) {
                    continue;
                }
                // Kåsa fit: x² + y² + D x + E y + F = 0
                double[][] m = { { sxx, sxy, sx }, { sxy, syy, sy }, { sx, sy, count } };
                double[] rhs = { -sxz, -syz, -sz };
                double[] sol = solve3(m, rhs);
                double cx = -sol[0] / 2;
                double cy = -sol[1] / 2;
                radiusSum += Math.sqrt(cx * cx + cy * cy - sol[2]);
                centres.add(add(o, add(scale(e1, cx), scale(e2, cy))));
            }
            double[] mean = new double[3];
            for (double[] c : centres) {
                mean = add(mean, scale(c, 1.0 / centres.size()));
            }
            double[] direction = d;
            if (centres.size() >= 3) {
                double[][] cov = new double[3][3];
                for (double[] c : centres) {
                    double[] q = { c[0] - mean[0], c[1] - mean[1], c[2] - mean[2] };
                    for (int i = 0; i < 3; i++) {
                        for (int j = 0; j < 3; j++) {
                            cov[i][j] += q[i] * q[j];
                        }
                    }
                }
                direction = d.clone(); // power iteration from the planned direction converges to the principal axis
                for (int it = 0; it < 200; it++) {
                    double[] next = { dot(cov[0], direction), dot(cov[1], direction), dot(cov[2], direction) };
                    double n = Math.sqrt(dot(next, next));
                    direction = scale(next, 1 / n);
                }
            }
            double worst = 0;
            for (double[] c : centres) {
                worst = Math.max(worst, distanceToLine(c, hole.entryMm(), d));
            }
            return new double[] { mean[0], mean[1], mean[2], direction[0], direction[1], direction[2], worst, radiusSum / centres.size() };
        }

        /** Parameters where a ray enters and leaves the solid (sorted), against all triangles. */
        static double[] alongRay(TriangleMesh mesh, double[] origin, double[] dir) {
            List<Integer> all = new ArrayList<>();
            for (int k = 0; k < mesh.triangles().length; k += 3) {
                all.add(k);
            }
            List<Double> hits = new ArrayList<>();
            for (int k : all) {
                double h = intersect(mesh, k, origin, dir);
                if (Double.isFinite(h)) {
                    hits.add(h);
                }
            }
            return hits.stream().sorted().mapToDouble(Double::doubleValue).toArray();
        }

        static double nearestHit(TriangleMesh mesh, List<Integer> triangles, double[] origin, double[] dir) {
            double best = Double.POSITIVE_INFINITY;
            for (int k : triangles) {
                best = Math.min(best, intersect(mesh, k, origin, dir));
            }
            return best;
        }

        static double intersect(TriangleMesh mesh, int k, double[] o, double[] dir) {
            float[] v = mesh.verticesMm();
            int[] t = mesh.triangles();
            double[] a = { v[3 * t[k]], v[3 * t[k] + 1], v[3 * t[k] + 2] };
            double[] b = { v[3 * t[k + 1]], v[3 * t[k + 1] + 1], v[3 * t[k + 1] + 2] };
            double[] c = { v[3 * t[k + 2]], v[3 * t[k + 2] + 1], v[3 * t[k + 2] + 2] };
            double[] e1 = sub(b, a);
            double[] e2 = sub(c, a);
            double[] p = cross(dir, e2);
            double det = dot(e1, p);
            if (Math.abs(det) < 1e-12) {
                return Double.POSITIVE_INFINITY;
            }
            double[] s = sub(o, a);
            double u = dot(s, p) / det;
            if (u < 0 || u > 1) {
                return Double.POSITIVE_INFINITY;
            }
            double[] q = cross(s, e1);
            double w = dot(dir, q) / det;
            if (w < 0 || u + w > 1) {
                return Double.POSITIVE_INFINITY;
            }
            double dist = dot(e2, q) / det;
            return dist > 0 ? dist : Double.POSITIVE_INFINITY;
        }

        static double[] solve3(double[][] m, double[] r) {
            double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                    + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
            double[] out = new double[3];
            for (int c = 0; c < 3; c++) {
                double[][] a = { m[0].clone(), m[1].clone(), m[2].clone() };
                for (int i = 0; i < 3; i++) {
                    a[i][c] = r[i];
                }
                out[c] = (a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                        + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])) / det;
            }
            return out;
        }

        static double[] perpendicular(double[] d) {
            double[] u = cross(d, Math.abs(d[0]) < 0.9 ? new double[] { 1, 0, 0 } : new double[] { 0, 1, 0 });
            return scale(u, 1 / Math.sqrt(dot(u, u)));
        }

        static double[] cross(double[] a, double[] b) {
            return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
        }

        static double[] add(double[] a, double[] b) {
            return new double[] { a[0] + b[0], a[1] + b[1], a[2] + b[2] };
        }

        static double[] sub(double[] a, double[] b) {
            return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
        }

        static double[] scale(double[] a, double f) {
            return new double[] { a[0] * f, a[1] * f, a[2] * f };
        }
    }
}
