package org.opensabt.model.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Vec3Test {

    private static final double EPS = 1e-12;

    @Test
    void basicOperationsMatchHandComputedValues() {
        Vec3 a = new Vec3(1, 2, 3);
        Vec3 b = new Vec3(-4, 5, 0.5);
        assertEquals(new Vec3(-3, 7, 3.5), a.add(b));
        assertEquals(new Vec3(5, -3, 2.5), a.sub(b));
        assertEquals(new Vec3(2, 4, 6), a.scale(2));
        assertEquals(new Vec3(-1, -2, -3), a.negate());
        assertEquals(new Vec3(1 - 8, 2 + 10, 3 + 1), a.addScaled(b, 2));
        assertEquals(-4 + 10 + 1.5, a.dot(b), EPS);
        // (2·0.5 − 3·5, 3·(−4) − 1·0.5, 1·5 − 2·(−4))
        assertEquals(new Vec3(-14, -12.5, 13), a.cross(b));
        assertEquals(Math.sqrt(14), a.norm(), EPS);
        assertEquals(Math.sqrt(25 + 9 + 6.25), a.distance(b), EPS);
        assertEquals(1, new Vec3(3, 4, 12).normalize().norm(), EPS);
        assertEquals(new Vec3(3 / 13.0, 4 / 13.0, 12 / 13.0).distance(new Vec3(3, 4, 12).normalize()), 0, EPS);
        assertEquals(90, Vec3.X.angleDeg(Vec3.Y), EPS);
        assertEquals(180, Vec3.X.angleDeg(Vec3.X.negate()), EPS);
        assertEquals(Vec3.Z, Vec3.X.cross(Vec3.Y), "right-handed");
        assertEquals(2.0, a.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(3));
        assertEquals(a, Vec3.of(List.of(1.0, 2.0, 3.0)));
        assertArrayEquals(new double[] { 1, 2, 3 }, a.toArray());
        assertThrows(IllegalArgumentException.class, () -> Vec3.of(new double[2]));
    }

    @Test
    void crossProductIdentitiesHoldOnRandomVectors() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            Vec3 a = new Vec3(random.nextGaussian(), random.nextGaussian(), random.nextGaussian());
            Vec3 b = new Vec3(random.nextGaussian(), random.nextGaussian(), random.nextGaussian());
            Vec3 c = a.cross(b);
            assertEquals(0, c.dot(a), 1e-12);
            assertEquals(0, c.dot(b), 1e-12);
            // Lagrange's identity |a×b|² = |a|²|b|² − (a·b)²
            assertEquals(a.dot(a) * b.dot(b) - a.dot(b) * a.dot(b), c.dot(c), 1e-9);
            Vec3 p = a.normalize().perpendicular();
            assertEquals(1, p.norm(), 1e-12);
            assertEquals(0, p.dot(a.normalize()), 1e-12);
        }
    }

    @Test
    void arrayFormsGiveBitForBitTheSameResultsAsTheRecord() {
        Random random = new Random(11);
        for (int i = 0; i < 1000; i++) {
            double[] a = { random.nextGaussian() * 100, random.nextGaussian(), random.nextGaussian() * 1e-3 };
            double[] b = { random.nextGaussian(), random.nextGaussian() * 50, random.nextGaussian() };
            double t = random.nextGaussian();
            Vec3 va = Vec3.of(a);
            Vec3 vb = Vec3.of(b);
            assertArrayEquals(va.add(vb).toArray(), Vec3.add(a, b), 0);
            assertArrayEquals(va.sub(vb).toArray(), Vec3.sub(a, b), 0);
            assertArrayEquals(va.scale(t).toArray(), Vec3.scale(a, t), 0);
            assertArrayEquals(va.addScaled(vb, t).toArray(), Vec3.addScaled(a, b, t), 0);
            assertArrayEquals(va.cross(vb).toArray(), Vec3.cross(a, b), 0);
            assertArrayEquals(va.normalize().toArray(), Vec3.unit(a), 0);
            assertEquals(va.dot(vb), Vec3.dot(a, b), 0);
            assertEquals(va.norm(), Vec3.norm(a), 0);
            assertEquals(va.distance(vb), Vec3.distance(a, b), 0);
        }
    }

    @Test
    void segmentDistanceCoversCrossingParallelAndDegenerateSegments() {
        double[] o = { 0, 0, 0 };
        // skew perpendicular segments 5 mm apart
        assertEquals(5, Vec3.segmentDistance(new double[] { -1, 0, 0 }, new double[] { 1, 0, 0 }, new double[] { 0, -1, 5 }, new double[] { 0, 1, 5 }),
                EPS);
        // parallel, overlapping
        assertEquals(3, Vec3.segmentDistance(o, new double[] { 10, 0, 0 }, new double[] { 2, 3, 0 }, new double[] { 12, 3, 0 }), EPS);
        // collinear, apart: end to end
        assertEquals(2, Vec3.segmentDistance(o, new double[] { 1, 0, 0 }, new double[] { 3, 0, 0 }, new double[] { 5, 0, 0 }), EPS);
        // a point and a segment; two points
        assertEquals(Math.sqrt(2), Vec3.segmentDistance(new double[] { -1, 1, 0 }, new double[] { -1, 1, 0 }, o, new double[] { 0, 0, 10 }), EPS);
        assertEquals(5, Vec3.segmentDistance(o, o, new double[] { 3, 4, 0 }, new double[] { 3, 4, 0 }), EPS);
    }
}
