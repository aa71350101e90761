package org.opensabt.postplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.phantoms.Phantom;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;

/**
 * Seed detection measured against the truth of synthetic post-implant CTs (seeds put in at known places
 * with blur, streaks and noise) on a water phantom with the demo CT's voxels (0.98 mm, 3.27 mm slices).
 */
class SeedDetectionTest {

    static List<double[][]> truthOf(List<TrueSeed> seeds) {
        List<double[][]> out = new ArrayList<>();
        for (TrueSeed s : seeds) {
            out.add(new double[][] { s.positionMm(), s.directionUnit() });
        }
        return out;
    }

    static List<double[][]> found(SeedDetector.Detection d) {
        List<double[][]> out = new ArrayList<>();
        for (SeedDetector.FoundSeed s : d.seeds()) {
            out.add(new double[][] { s.positionMm(), s.directionUnit() });
        }
        return out;
    }

    static Mask target(PatientCase c, GridGeometry grid) {
        Structure gtv = CaseContents.structures(c).stream().filter(s -> s.getName().equals("GTV")).findFirst().orElseThrow();
        return StructureGeometry.mask(gtv, grid);
    }

    @Test
    void seedsAreFoundWithinHalfAMillimetreIncludingTouchingPairs() {
        PatientCase c = new Phantom(150, Double.NaN, false, 0.977, 3.27).build();
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow();
        GridGeometry grid = GridGeometry.of(ct);
        Mask target = target(c, grid);
        for (int[] n : new int[][] { { 30, 3 }, { 80, 8 } }) {
            List<TrueSeed> truth = SeedLayouts.inTarget(target, n[0], n[1], 7, new double[] { 0, 1, 0 }, 35, n[0]);
            short[] hu = SyntheticImplantCt.insert(ct.getVoxels(), grid, truth, SyntheticImplantCt.Settings.defaults(n[0]));
            SeedDetector.Detection d = new SeedDetector(SeedDetector.Settings.defaults()).detect(hu, grid);
            DetectionAccuracy a = DetectionAccuracy.of(truthOf(truth), found(d), 2.5);
            System.out.println(n[0] + " seeds: " + a.summary() + "; " + d.objects() + " objects, single " + d.singleSeedHuMm3() + " mm3, rejected "
                    + d.rejected().size() + " " + d.notes());
            assertTrue(a.sensitivity() >= 0.98, a.summary());
            assertTrue(a.falsePer100() <= 1, a.summary());
            assertTrue(a.medianErrorMm() <= 0.5, a.summary());
            assertTrue(a.p95ErrorMm() <= 1.0, a.summary());
            if (n[0] == 80) {
                assertTrue(d.seeds().stream().anyMatch(s -> s.seedsInObject() == 2), "some touching seeds merged into one object and were split");
            }
        }
    }

    @Test
    void implantsOfTouchingPairsOnlyAreFoundSeedBySeed() {
        PatientCase c = new Phantom(150, Double.NaN, false, 0.977, 3.27).build();
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow();
        GridGeometry grid = GridGeometry.of(ct);
        List<TrueSeed> truth = SeedLayouts.inTarget(target(c, grid), 40, 20, 7, new double[] { 0, 1, 0 }, 35, 11);
        short[] hu = SyntheticImplantCt.insert(ct.getVoxels(), grid, truth, SyntheticImplantCt.Settings.defaults(11));
        SeedDetector.Detection d = new SeedDetector(SeedDetector.Settings.defaults().withExpectedSeeds(40)).detect(hu, grid);
        DetectionAccuracy a = DetectionAccuracy.of(truthOf(truth), found(d), 2.5);
        long split = d.seeds().stream().filter(s -> s.seedsInObject() == 2).count();
        System.out.println("20 touching pairs: " + a.summary() + "; " + d.objects() + " objects, " + split + " seeds from split objects");
        assertTrue(split >= 4, "several pairs merged into one object each and were split: " + split);
        assertTrue(a.sensitivity() >= 0.98 && a.falsePer100() <= 1 && a.medianErrorMm() <= 0.5 && a.p95ErrorMm() <= 1.0, a.summary());
    }

    @Test
    void otherMetalIsRejectedAndACtWithoutSeedsHasNone() {
        PatientCase c = new Phantom(60, Double.NaN, false, 0.977, 3.27).build();
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow();
        GridGeometry grid = GridGeometry.of(ct);
        SeedDetector detector = new SeedDetector(SeedDetector.Settings.defaults());
        SeedDetector.Detection none = detector.detect(SyntheticImplantCt.insert(ct.getVoxels(), grid, List.of(), SyntheticImplantCt.Settings.defaults(1)), grid);
        assertEquals(0, none.objects());
        assertTrue(none.seeds().isEmpty());

        List<TrueSeed> truth = SeedLayouts.inTarget(target(c, grid), 12, 0, 8, new double[] { 0, 1, 0 }, 35, 4);
        short[] hu = SyntheticImplantCt.insert(ct.getVoxels(), grid, truth, SyntheticImplantCt.Settings.defaults(2));
        // a 40 mm guide wire (1 mm, saturated) along x outside the target, and a dense speck of one voxel
        for (int col = 0; col < 41; col++) {
            hu[grid.index(20 + col, 30, ct.getSlices() / 2)] = 3071;
        }
        hu[grid.index(150, 100, 10)] = 2600;
        SeedDetector.Detection d = detector.detect(hu, grid);
        DetectionAccuracy a = DetectionAccuracy.of(truthOf(truth), found(d), 2.5);
        assertEquals(12, a.paired(), a.summary());
        assertEquals(12, d.seeds().size(), "neither the wire nor the speck is taken for a seed");
        assertEquals(2, d.rejected().size(), () -> d.rejected().toString());
        assertTrue(d.rejected().stream().anyMatch(r -> r.reason().contains("too small")), () -> d.rejected().toString());
        assertTrue(d.rejected().stream().anyMatch(r -> r.lengthMm() > 35), () -> d.rejected().toString());
    }
}
