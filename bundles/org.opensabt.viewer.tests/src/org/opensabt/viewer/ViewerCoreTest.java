package org.opensabt.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.contour.CaseContents;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.phantoms.Phantom;

/** Reformats, isolines, dose sampling and outlines checked against the phantom's analytic geometry. */
class ViewerCoreTest {

    @Test
    void reformatsPickTheRightVoxelsAndFaceTheRadiologicalWay() {
        PatientCase c = new Phantom(60, 5, true, 1, 2).build();
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow();
        GridGeometry grid = GridGeometry.of(ct);
        VolumeSlicer slicer = new VolumeSlicer(grid, ct.getVoxels());
        for (Orientation o : Orientation.values()) {
            int k = slicer.count(o) / 3;
            short[] slice = slicer.slice(o, k);
            int[] size = slicer.size(o);
            for (int probe = 0; probe < 50; probe++) {
                int u = (probe * 37) % size[0];
                int v = (probe * 53) % size[1];
                double[] g = slicer.gridIndex(o, k, u, v);
                assertEquals(ct.getVoxels()[grid.index((int) g[0], (int) g[1], (int) g[2])], slice[v * size[0] + u]);
                assertEquals(k, slicer.sliceThrough(o, slicer.patientMm(o, k, u, v)));
            }
        }
        int k = slicer.count(Orientation.AXIAL) / 2;
        // axial: image right = patient left (+x), image down = posterior (+y)
        assertTrue(slicer.patientMm(Orientation.AXIAL, k, 10, 5)[0] > slicer.patientMm(Orientation.AXIAL, k, 0, 5)[0]);
        assertTrue(slicer.patientMm(Orientation.AXIAL, k, 5, 10)[1] > slicer.patientMm(Orientation.AXIAL, k, 5, 0)[1]);
        // coronal and sagittal: superior (+z) up
        assertTrue(slicer.patientMm(Orientation.CORONAL, 5, 5, 0)[2] > slicer.patientMm(Orientation.CORONAL, 5, 5, 10)[2]);
        assertTrue(slicer.patientMm(Orientation.SAGITTAL, 5, 5, 0)[2] > slicer.patientMm(Orientation.SAGITTAL, 5, 5, 10)[2]);
        // the bone slab (700 HU) in front of the target shows in the sagittal midline slice, the air outside is black in soft tissue window
        byte[] gray = WindowLevel.SOFT_TISSUE.toGray(new short[] { -1000, 40, 240, 700 }, new byte[4]);
        assertEquals(0, gray[0] & 0xff);
        assertEquals(128, gray[1] & 0xff);
        assertEquals(255, gray[2] & 0xff);
        assertEquals(255, gray[3] & 0xff);
    }

    @Test
    void isolinesOfACircleLieOnIt() {
        int n = 64;
        float[] field = new float[n * n];
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                field[v * n + u] = (float) Math.hypot(u - 31.5, v - 30.2);
            }
        }
        List<double[]> segments = IsoLines.segments(field, n, n, 20);
        double length = 0;
        for (double[] s : segments) {
            assertEquals(20, Math.hypot(s[0] - 31.5, s[1] - 30.2), 0.02);
            assertEquals(20, Math.hypot(s[2] - 31.5, s[3] - 30.2), 0.02);
            length += Math.hypot(s[2] - s[0], s[3] - s[1]);
        }
        assertEquals(2 * Math.PI * 20, length, 0.5, "the segments make up the circle");
    }

    @Test
    void trilinearDoseIsExactForALinearField() {
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -10, -20, -30 }, new double[] { 2, 2, 3 }, 11, 21, 21);
        float[] dose = new float[grid.voxelCount()];
        for (int s = 0; s < 21; s++) {
            for (int r = 0; r < 21; r++) {
                for (int col = 0; col < 11; col++) {
                    double[] p = grid.positionMm(col, r, s);
                    dose[grid.index(col, r, s)] = (float) (100 + 2 * p[0] + 3 * p[1] - p[2]);
                }
            }
        }
        DoseSampler sampler = new DoseSampler(grid, dose);
        double[] p = { 1.3, -4.7, 2.9 };
        assertEquals(100 + 2 * p[0] + 3 * p[1] - p[2], sampler.doseGyAt(p), 1e-4);
        assertEquals(0, sampler.doseGyAt(new double[] { 50, 0, 0 }));
    }

    @Test
    void theGtvOutlineOfThePhantomIsItsSphere() {
        PatientCase c = new Phantom(60, 5, false, 1, 2).build();
        SliceScene scene = new SliceScene(c, null);
        VolumeSlicer slicer = scene.slicer();
        double r = Phantom.radiusMm(60);
        for (Orientation o : Orientation.values()) {
            int k = slicer.sliceThrough(o, new double[] { 0, 0, 0 });
            SliceScene.Outline gtv = scene.outlines(o, k).stream().filter(x -> x.name().equals("GTV")).findFirst().orElseThrow();
            for (double[] s : gtv.segments()) {
                double[] p = slicer.patientMm(o, k, s[0], s[1]);
                assertEquals(r, Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]), 1.6, o + " outline point " + java.util.Arrays.toString(p));
            }
            assertTrue(gtv.segments().size() > 40, o + ": " + gtv.segments().size() + " segments");
        }
        double[] readout = scene.readout(Orientation.AXIAL, slicer.sliceThrough(Orientation.AXIAL, new double[3]), 80, 65);
        assertEquals(Phantom.TARGET_HU, readout[3], 1e-9, "HU at the centre of the target");
        assertTrue(Double.isNaN(readout[4]), "no dose without a plan");
    }
}
