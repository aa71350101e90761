package org.opensabt.contour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opensabt.model.geometry.GridGeometry;

class ContouringTest {

    private static GridGeometry cube(double spacing, double halfWidthMm) {
        int n = (int) Math.round(2 * halfWidthMm / spacing) + 1;
        return GridGeometry.axisAligned(new double[] { -halfWidthMm, -halfWidthMm, -halfWidthMm }, new double[] { spacing, spacing, spacing }, n, n, n);
    }

    private static Mask ball(GridGeometry g, double[] c, double radius) {
        Mask m = new Mask(g);
        for (int s = 0; s < g.slices(); s++) {
            for (int r = 0; r < g.rows(); r++) {
                for (int col = 0; col < g.columns(); col++) {
                    double[] p = g.positionMm(col, r, s);
                    double dx = p[0] - c[0], dy = p[1] - c[1], dz = p[2] - c[2];
                    m.set(g.index(col, r, s), dx * dx + dy * dy + dz * dz <= radius * radius);
                }
            }
        }
        return m;
    }

    @Test
    void sphereAndCylinderVolumesAtOneAndThreeMillimetres() {
        double radius = 20;
        double sphere = 4.0 / 3 * Math.PI * radius * radius * radius / 1000;
        for (double spacing : new double[] { 1.0, 3.0 }) {
            double tolerance = spacing == 1.0 ? 0.01 : 0.03;
            GridGeometry g = cube(spacing, 36);
            List<double[]> s = Phantoms.sphere(new double[] { 0.3, -0.4, 0 }, radius, spacing);
            VoxelFractions f = new StructureRasterizer().rasterize(s, g, spacing);
            assertEquals(sphere, f.volumeCc(), sphere * tolerance, "sphere, partial volume, " + spacing + " mm");
            assertEquals(sphere, Mask.of(f, g, 0.5).volumeCc(), sphere * tolerance, "sphere, binary, " + spacing + " mm");
            List<double[]> c = Phantoms.cylinder(0.2, 0.1, 15, -21, 21, spacing);
            double expected = Math.PI * 15 * 15 * (c.size() * spacing) / 1000;
            assertEquals(expected, new StructureRasterizer().rasterize(c, g, spacing).volumeCc(), expected * tolerance, "cylinder " + spacing + " mm");
        }
    }

    @Test
    void ringContourGivesOuterMinusInnerArea() {
        GridGeometry g = cube(1.0, 20);
        double[] outer = { -10.2, -10.2, 0, 9.8, -10.2, 0, 9.8, 9.8, 0, -10.2, 9.8, 0 };
        double[] inner = { -5.2, -5.2, 0, 4.8, -5.2, 0, 4.8, 4.8, 0, -5.2, 4.8, 0 };
        VoxelFractions f = new StructureRasterizer().rasterize(List.of(outer, inner), g, 1.0);
        assertEquals((400 - 100) / 1000.0, f.volumeCc(), 1e-6, "one 1 mm slab of a 20 mm square with a 10 mm hole");
        List<MarchingSquares.PlanarContour> back = MarchingSquares.contours(Mask.of(f, g, 0.5));
        assertEquals(2, back.size());
        assertEquals(1, back.stream().filter(MarchingSquares.PlanarContour::hole).count());
    }

    @Test
    void masksTurnIntoContoursAndBackUnchanged() {
        GridGeometry g = GridGeometry.axisAligned(new double[] { 3, -7, 11 }, new double[] { 0.9, 1.1, 2.5 }, 48, 44, 20);
        Random random = new Random(4);
        Mask m = new Mask(g);
        for (int k = 0; k < 12; k++) {
            double[] c = g.positionMm(random.nextInt(48), random.nextInt(44), random.nextInt(20));
            m = m.union(ball(g, c, 2 + random.nextDouble() * 8));
        }
        m = m.union(ball(g, g.positionMm(24, 22, 10), 11)).subtraction(ball(g, g.positionMm(24, 22, 10), 5)); // a cavity: holes
        List<double[]> contours = new ArrayList<>();
        int holes = 0;
        for (MarchingSquares.PlanarContour c : MarchingSquares.contours(m)) {
            contours.add(c.pointsMm());
            holes += c.hole() ? 1 : 0;
        }
        Mask back = Mask.of(StructureRasterizer.centres().rasterize(contours, g, 2.5), g, 0.5);
        assertEquals(m.count(), back.count());
        assertTrue(m.equals(back), "round trip");
        assertTrue(holes >= 3, "the cavity shows as holes in several slices: " + holes);
    }

    @Test
    void distanceTransformIsExactAgainstBruteForce() {
        Random random = new Random(8);
        int nx = 17, ny = 13, nz = 9;
        byte[] f = new byte[nx * ny * nz];
        for (int k = 0; k < 6; k++) {
            f[random.nextInt(f.length)] = 1;
        }
        double wx = 0.8 * 0.8, wy = 1.3 * 1.3, wz = 2.5 * 2.5;
        float[] d = DistanceTransform.squared(f, (byte) 1, nx, ny, nz, wx, wy, wz);
        for (int i = 0; i < f.length; i++) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j < f.length; j++) {
                if (f[j] == 1) {
                    double dx = i % nx - j % nx, dy = (i / nx) % ny - (j / nx) % ny, dz = i / (nx * ny) - j / (nx * ny);
                    best = Math.min(best, wx * dx * dx + wy * dy * dy + wz * dz * dz);
                }
            }
            assertEquals(best, d[i], 1e-3 * Math.max(1, best));
        }
    }

    @Test
    void tenMillimetreMarginOfASphereIsTheLargerSphere() {
        GridGeometry g = cube(1.0, 40);
        double[] c = { 0.35, -0.2, 0.1 };
        Mask gtv = ball(g, c, 12);
        Mask ptv = Margins.expand(gtv, 10, 10, 10);
        double equivalent = Math.cbrt(3 * ptv.count() / (4 * Math.PI));
        assertEquals(22, equivalent, 0.5, "equivalent radius of the 10 mm expansion (mm)");
        for (int i = 0; i < ptv.voxels().length; i++) {
            double[] p = g.positionMm(i % g.columns(), (i / g.columns()) % g.rows(), i / (g.columns() * g.rows()));
            double r = Math.sqrt(Math.pow(p[0] - c[0], 2) + Math.pow(p[1] - c[1], 2) + Math.pow(p[2] - c[2], 2));
            if (r <= 22 - 0.87) {
                assertTrue(ptv.get(i), "inside the 22 mm sphere");
            }
            if (r >= 22 + 0.87) {
                assertTrue(!ptv.get(i), "outside the 22 mm sphere");
            }
        }
        // anisotropic: no growth along the slice axis
        Mask inPlane = Margins.expand(gtv, 10, 10, 0);
        assertEquals(gtv.boundsIndex()[2], inPlane.boundsIndex()[2]);
        assertEquals(gtv.boundsIndex()[5], inPlane.boundsIndex()[5]);
        // contraction undoes expansion of a convex shape
        Mask back = Margins.contract(ptv, 10, 10, 10);
        assertEquals(gtv.count(), back.count(), gtv.count() * 0.03);
    }

    @Test
    void booleansOfOverlappingSpheresMatchTheAnalyticLens() {
        GridGeometry g = cube(1.0, 40);
        double radius = 15;
        double d = 18;
        Mask a = ball(g, new double[] { -d / 2, 0.3, 0.2 }, radius);
        Mask b = ball(g, new double[] { d / 2, 0.3, 0.2 }, radius);
        double sphere = 4.0 / 3 * Math.PI * Math.pow(radius, 3) / 1000;
        double lens = Math.PI * (4 * radius + d) * Math.pow(2 * radius - d, 2) / 12 / 1000;
        assertEquals(lens, a.intersection(b).volumeCc(), lens * 0.03);
        assertEquals(2 * sphere - lens, a.union(b).volumeCc(), (2 * sphere - lens) * 0.01);
        assertEquals(sphere - lens, a.subtraction(b).volumeCc(), (sphere - lens) * 0.02);
    }

    @Test
    void surfaceMeshIsClosedAndEnclosesTheMaskVolume() {
        GridGeometry g = cube(1.0, 25);
        Mask m = ball(g, new double[] { 0.2, 0.1, -0.3 }, 15).union(ball(g, new double[] { 12, 0, 0 }, 8));
        SurfaceMesh mesh = SurfaceMesh.of(m);
        assertTrue(mesh.isClosed());
        assertEquals(m.volumeCc(), mesh.volumeCc(), m.volumeCc() * 0.03);
        // voxels touching only along an edge or at a corner still give a closed, manifold surface
        Mask pinched = new Mask(g);
        pinched.set(g.index(10, 10, 10), true);
        pinched.set(g.index(11, 11, 10), true);
        pinched.set(g.index(20, 20, 20), true);
        pinched.set(g.index(21, 21, 21), true);
        assertTrue(SurfaceMesh.of(pinched).isClosed());
    }

    @Test
    void missingSlicesOfAConeAreInterpolated() {
        GridGeometry g = GridGeometry.axisAligned(new double[] { -30, -30, 0 }, new double[] { 0.5, 0.5, 2 }, 121, 121, 10);
        // drawn on slices 0 and 6 only: radius 10 mm then 22 mm
        List<double[]> drawn = List.of(Phantoms.circle(0, 0, 0, 10, 720), Phantoms.circle(0, 0, 12, 22, 720));
        SliceInterpolation.Result result = SliceInterpolation.interpolate(drawn, g);
        assertEquals(List.of(1, 2, 3, 4, 5), result.filledSlices());
        for (MarchingSquares.PlanarContour c : result.contours()) {
            double expectedRadius = 10 + 12 * c.slice() / 6.0;
            double[] p = c.pointsMm();
            double area = 0;
            for (int i = 0, j = p.length / 3 - 1; i < p.length / 3; j = i++) {
                area += p[3 * j] * p[3 * i + 1] - p[3 * i] * p[3 * j + 1];
            }
            area = Math.abs(area) / 2;
            assertEquals(Math.PI * expectedRadius * expectedRadius, area, Math.PI * expectedRadius * expectedRadius * 0.03, "slice " + c.slice());
            assertEquals(2.0 * c.slice(), p[2], 1e-9);
        }
    }
}
