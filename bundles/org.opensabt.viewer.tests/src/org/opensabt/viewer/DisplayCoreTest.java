package org.opensabt.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Window/level by drag and iso-line segments joined into polylines (for dashed isodoses). */
class DisplayCoreTest {

    @Test
    void dragRightWidensDownRaisesTheLevelAndTheWidthNeverReachesZero() {
        WindowLevel w = WindowLevel.SOFT_TISSUE; // W 400 / L 40
        assertEquals(800, w.dragged(200, 0).widthHu(), 1e-9, "200 px right doubles the width");
        assertEquals(200, w.dragged(-200, 0).widthHu(), 1e-9);
        assertEquals(40, w.dragged(200, 0).centreHu(), 1e-9);
        assertEquals(140, w.dragged(0, 100).centreHu(), 1e-9, "100 px down raises the level by a quarter of the width");
        assertEquals(-60, w.dragged(0, -100).centreHu(), 1e-9);
        assertEquals(1, w.dragged(-100_000, 0).widthHu(), 1e-9);
        assertEquals(WindowLevel.CUSTOM, w.dragged(1, 1).name());
        byte[] gray = w.dragged(0, 100).toGray(new short[] { 40 }, new byte[1]);
        assertTrue((gray[0] & 255) < 128, "a higher level makes the same HU darker: " + (gray[0] & 255));
    }

    @Test
    void segmentsOfACircleJoinIntoOneClosedPolylineThroughEverySegment() {
        int n = 64;
        float[] field = new float[n * n];
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                field[v * n + u] = (float) Math.hypot(u - 31.3, v - 30.7);
            }
        }
        List<double[]> segments = IsoLines.segments(field, n, n, 20);
        List<double[]> lines = IsoLines.polylines(segments);
        assertEquals(1, lines.size(), "one circle, one polyline");
        double[] line = lines.get(0);
        assertEquals(segments.size() + 1, line.length / 2, "every segment once, the first point repeated at the end");
        assertEquals(line[0], line[line.length - 2], 1e-9);
        assertEquals(line[1], line[line.length - 1], 1e-9);
        double length = 0;
        for (int i = 2; i < line.length; i += 2) {
            length += Math.hypot(line[i] - line[i - 2], line[i + 1] - line[i - 1]);
        }
        assertEquals(2 * Math.PI * 20, length, 0.02 * 2 * Math.PI * 20, "its length is the circle's circumference");

        List<double[]> two = new ArrayList<>(IsoLines.segments(field, n, n, 5));
        two.addAll(segments);
        assertEquals(2, IsoLines.polylines(two).size(), "two circles, two polylines");
    }
}
