package org.opensabt.postplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.contour.CaseContents;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.phantoms.PostopCtPhantom;
import org.opensabt.phantoms.PostopCtPhantom.Ct;
import org.opensabt.phantoms.PostopCtPhantom.OtherMetal;
import org.opensabt.phantoms.PostopCtPhantom.Spec;
import org.opensabt.phantoms.PostopCtPhantom.TruthSeed;

/**
 * Seed detection on post-operative CTs of an independent generator ({@link PostopCtPhantom}: another seed model,
 * supersampled partial volume, steel clips and wires, lost and migrated seeds, 1–5 mm slices), measured against
 * its truth: present seeds found, false seeds, median position error, other metal reported where it is.
 *
 * <p>On the detector before issue 24 (which filled up to the planned count and took any object of about a seed's
 * metal for a seed) every test here fails: clips and the wire became seeds ({@link #clipsAndAWireAreOtherMetalNotSeeds}:
 * 5, 5 and 2 false seeds on 1, 2 and 3 mm slices), with 3 of 30 seeds lost two clips took their places (29 "found",
 * {@link #lostSeedsAreReportedMissingNotInvented}), 7 and 3 false seeds in the 60-seed implants, and it had no
 * missing count, other-metal position or assumed axis.
 */
class PostopCtDetectionTest {

    static DetectionAccuracy accuracy(Ct ct, SeedDetector.Detection d) {
        List<double[][]> truth = new ArrayList<>();
        for (TruthSeed s : ct.truth().present()) {
            truth.add(new double[][] { s.positionMm(), s.axisUnit() });
        }
        List<double[][]> found = new ArrayList<>();
        for (SeedDetector.FoundSeed s : d.seeds()) {
            found.add(new double[][] { s.positionMm(), s.directionUnit() });
        }
        return DetectionAccuracy.of(truth, found, 2.5);
    }

    static SeedDetector.Detection detect(Ct ct, int planned) {
        return new SeedDetector(SeedDetector.Settings.defaults().withExpectedSeeds(planned)).detect(ct.hu(), ct.grid());
    }

    static String describe(Ct ct, SeedDetector.Detection d, DetectionAccuracy a) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%.0f mm slices: %s; %d objects, notes %s", ct.truth().sliceMm(), a.summary(),
                d.objects(), d.notes()));
        for (SeedDetector.RejectedObject r : d.rejected()) {
            b.append(String.format(Locale.ROOT, "%n  other metal at (%.1f, %.1f, %.1f): %s", r.positionMm()[0], r.positionMm()[1], r.positionMm()[2], r.reason()));
        }
        for (OtherMetal o : ct.truth().otherMetal()) {
            b.append(String.format(Locale.ROOT, "%n  truth %s at (%.1f, %.1f, %.1f)", o.kind(), o.centreMm()[0], o.centreMm()[1], o.centreMm()[2]));
        }
        return b.toString();
    }

    /** Other metal reported within {@code mm} of a truth object's centre (an object of a few mm: its centroid lies near its centre). */
    static boolean reportedNear(SeedDetector.Detection d, double[] centreMm, double mm) {
        return d.rejected().stream().anyMatch(r -> PostopCtPhantom.distance(r.positionMm(), centreMm) <= mm);
    }

    @Test
    void clipsAndAWireAreOtherMetalNotSeeds(@TempDir Path dir) throws Exception {
        for (double slice : new double[] { 1, 2, 3 }) {
            Ct ct = PostopCtPhantom.make(new Spec(slice, 30, 0, 0, 3, "straight", 0, 100 + (long) slice));
            SeedDetector.Detection d = detect(ct, 30);
            DetectionAccuracy a = accuracy(ct, d);
            String what = describe(ct, d, a);
            System.out.println("clips and wire, " + what);
            assertEquals(0, a.foundSeeds() - a.paired(), "no false seeds: " + what);
            assertTrue(a.sensitivity() >= 0.98, what);
            assertTrue(a.medianErrorMm() <= (slice <= 1.5 ? 0.5 : 1.0), what);
            OtherMetal wire = ct.truth().otherMetal().stream().filter(o -> o.kind().startsWith("wire")).findFirst().orElseThrow();
            // the wire as other metal on it: one object, or on thin slices where it passes between slices, its pieces
            List<SeedDetector.RejectedObject> onWire = d.rejected().stream().filter(r -> wire.distanceMm(r.positionMm()) <= 1.5).toList();
            assertFalse(onWire.isEmpty(), "the wire reported as other metal at its place: " + what);
            if (onWire.size() == 1) {
                SeedDetector.RejectedObject r = onWire.get(0);
                assertTrue(reportedNear(d, wire.centreMm(), 3) && r.reason().contains("wire") && r.lengthMm() > 9, "the wire as one object: " + what);
            } else { // its pieces spread along it
                double spread = onWire.stream().flatMapToDouble(p -> onWire.stream().mapToDouble(q -> PostopCtPhantom.distance(p.positionMm(), q.positionMm())))
                        .max().orElseThrow();
                assertTrue(spread >= 6, "the wire's pieces along it: " + what);
            }
            for (OtherMetal o : ct.truth().otherMetal()) {
                assertTrue(d.seeds().stream().allMatch(s -> o.distanceMm(s.positionMm()) > 3), "no seed on the " + o.kind() + ": " + what);
            }
            assertEquals(0, d.missingSeeds(), what);
        }
        // the truth file is written (for looking at a case by hand)
        Ct ct = PostopCtPhantom.make(new Spec(2, 8, 1, 1, 1, "bent", 0, 1));
        PostopCtPhantom.writeTruth(ct.truth(), dir.resolve("truth.json"));
        String json = Files.readString(dir.resolve("truth.json"));
        assertTrue(json.contains("\"lost\": true") && json.contains("wire-bent"), json);
    }

    @Test
    void lostSeedsAreReportedMissingNotInvented() {
        Ct ct = PostopCtPhantom.make(new Spec(1, 30, 3, 2, 2, "none", 0, 24));
        assertEquals(27, ct.truth().present().size());
        SeedDetector.Detection d = detect(ct, 30);
        DetectionAccuracy a = accuracy(ct, d);
        String what = describe(ct, d, a);
        System.out.println("3 of 30 lost, " + what);
        assertEquals(27, a.paired(), "every present seed (migrated ones too) found: " + what);
        assertEquals(27, d.seeds().size(), "no seed invented to reach the plan's 30: " + what);
        assertEquals(3, d.missingSeeds(), what);
        assertEquals(30, d.expectedSeeds());
        assertTrue(a.medianErrorMm() <= 0.5, what);
        for (OtherMetal clip : ct.truth().otherMetal()) {
            assertFalse(d.seeds().stream().anyMatch(s -> clip.distanceMm(s.positionMm()) < 3), "no seed at the " + clip.kind() + ": " + what);
            assertTrue(d.rejected().stream().anyMatch(r -> clip.distanceMm(r.positionMm()) < 2), "the " + clip.kind() + " reported as other metal: " + what);
        }
    }

    @Test
    void oneAndThreeMillimetreSlicesMeetTheGoalsAndSteepSeedsGetAssumedAxes() {
        for (double slice : new double[] { 1, 3 }) {
            // 60 planned, 2 lost, 2 migrated, clips and a wire; at 1 mm a chain of seeds touching end to end along a needle
            Ct ct = PostopCtPhantom.make(new Spec(slice, 60, 2, 2, 2, "straight", slice <= 1.5 ? 2 : 0, 300 + (long) slice));
            SeedDetector.Detection d = detect(ct, 60);
            DetectionAccuracy a = accuracy(ct, d);
            String what = describe(ct, d, a);
            System.out.println("60 planned, " + what);
            assertTrue(a.sensitivity() >= 0.98, what);
            assertTrue(a.foundSeeds() - a.paired() <= 1, "≤ 1 false seed per 60-seed implant: " + what);
            assertTrue(a.medianErrorMm() <= (slice <= 1.5 ? 0.5 : 1.0), what);
            if (slice <= 1.5) {
                assertTrue(d.seeds().stream().anyMatch(s -> s.seedsInObject() >= 2), "the touching seeds split at their gaps: " + what);
                assertTrue(d.seeds().stream().noneMatch(SeedDetector.FoundSeed::axisAssumed), "1 mm slices show every seed's axis");
                assertTrue(a.medianAxisErrorDeg() <= 15, what);
            } else {
                // the needles run 23° from z: on 3 mm slices most seeds lie too steeply across them for an axis
                long assumed = d.seeds().stream().filter(SeedDetector.FoundSeed::axisAssumed).count();
                assertTrue(assumed > 0, "steep seeds on 3 mm slices flagged: " + what);
            }
        }
    }

    /**
     * Through the facade: the planned phantom's seeds displaced, 3 lost, and 12 mm of a needle in the bed put in with this
     * generator; the result reports the seeds missing, the wire as other metal, and no seed from it.
     */
    @Test
    void theFacadeReportsMissingSeedsAndOtherMetal() throws Exception {
        PostImplantTest.setUp();
        PatientCase c = PostImplantTest.plannedPhantom();
        Plan plan = c.getPlans().get(0);
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow();
        GridGeometry grid = GridGeometry.of(ct);
        List<double[][]> present = new ArrayList<>();
        java.util.Random random = new java.util.Random(8);
        int lost = 3;
        for (int i = 0; i < plan.getSeeds().size(); i++) {
            Seed s = plan.getSeeds().get(i);
            if (i % 5 == 2 && lost > 0) {
                lost--;
                continue;
            }
            double[] p = PostImplantDosimetry.toArray(s.getPositionMm());
            for (int k = 0; k < 3; k++) {
                p[k] += random.nextGaussian() * 0.7;
            }
            present.add(new double[][] { p, PostImplantDosimetry.toArray(s.getDirectionUnit()) });
        }
        // a needle left in: 12 mm along x, 15 mm beside the implant's extent, in the middle of a slice (a thinner wire, or
        // one between two 2 mm slices, can break into seed-sized pieces by partial volume: see the benchmark's false seeds)
        double maxX = present.stream().mapToDouble(s -> s[0][0]).max().orElseThrow();
        double[] mid = present.get(0)[0].clone();
        double[] g = grid.toGridMm(mid);
        mid[2] += Math.round(g[2] / grid.spacingMm()[2]) * grid.spacingMm()[2] - g[2];
        double[][] wire = { { maxX + 15, mid[1], mid[2] }, { maxX + 27, mid[1], mid[2] }, { 0.6 } }; // a 1.2 mm needle left in
        assertTrue(grid.contains(wire[0]) && grid.contains(wire[1]), "the wire inside the CT");
        ImageSeries postop = EcoreUtil.copy(ct);
        postop.setSeriesInstanceUid(ct.getSeriesInstanceUid() + ".24");
        postop.setVoxels(PostopCtPhantom.insert(ct.getVoxels(), grid, present, List.<double[][]>of(wire), 24));

        PostImplant.Result r = PostImplantFacadeTest.facade(new ArrayList<>()).evaluate(c,
                PostImplant.Request.of(new PostImplant.PostopSeries(postop, null)), null);
        String what = r.detection().notes() + " " + r.otherMetal().stream().map(SeedDetector.RejectedObject::reason).toList();
        assertEquals(present.size(), r.postopFrameSeeds().size(), "the present seeds, no more: " + what);
        assertEquals(plan.getSeeds().size() - present.size(), r.missingSeeds(), what);
        assertEquals(3, r.dosimetry().unmatchedPlanned(), "the lost seeds' planned partners stay unmatched: " + what);
        double[] wireCentre = { maxX + 21, mid[1], mid[2] };
        assertTrue(r.otherMetal().stream().anyMatch(o -> PostopCtPhantom.distance(o.positionMm(), wireCentre) < 3 && o.lengthMm() > 9),
                "the needle as other metal at its place: " + what);
        for (ActualSeedView s : views(r)) {
            assertTrue(PostopCtPhantom.distance(s.positionMm, wireCentre) > 8, "no seed on the needle: " + what);
        }
        assertTrue(c.getImplants().isEmpty(), "evaluate changes nothing");
    }

    /**
     * The benchmark's ten 3 mm-slice CTs (as {@code bench postplan} makes them: 60 planned, 3 lost, 2 migrated, 3 clips and a wire
     * each): before the seeds' saturation was used (thin steel in partial volume stays fainter than the seeds) clips and wire pieces
     * gave 12 false seeds (1.2 per implant); the goal is at most 1 per 60-seed implant on average, with every present seed found.
     */
    @Test
    void onThreeMillimetreSlicesClipsFainterThanTheSeedsAreOtherMetal() {
        int falseSeeds = 0;
        boolean faintReported = false;
        StringBuilder all = new StringBuilder();
        for (long randomSeed = 54_000; randomSeed < 54_010; randomSeed++) {
            Ct ct = PostopCtPhantom.make(new Spec(3, 60, 3, 2, 3, randomSeed % 2 == 0 ? "straight" : "bent", 0, randomSeed));
            SeedDetector.Detection d = detect(ct, 60);
            DetectionAccuracy a = accuracy(ct, d);
            String what = describe(ct, d, a);
            System.out.println("3 mm, clips and a wire, " + what);
            all.append(what).append('\n');
            falseSeeds += a.foundSeeds() - a.paired();
            assertTrue(a.sensitivity() >= 0.98, what);
            faintReported |= d.rejected().stream().anyMatch(r -> r.reason().startsWith("fainter than the seeds"));
        }
        assertTrue(falseSeeds <= 10, "≤ 1 false seed per 60-seed implant on average, " + falseSeeds + " in 10: " + all);
        assertTrue(faintReported, "faint metal reported as other metal: " + all);
    }

    /**
     * Seeds lying steeply across 2 mm slices (10° from the slice normal; 1 mm pixels): their axes cannot be measured, the facade
     * flags them and gives each the axis of its planned seed's needle (here along y), and the positions stay accurate.
     */
    @Test
    void steepSeedsOnThickSlicesTakeTheirPlannedAxisThroughTheFacade() throws Exception {
        PostImplantTest.setUp();
        PatientCase c = PostImplantTest.plannedPhantom();
        Plan plan = c.getPlans().get(0);
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow();
        GridGeometry grid = GridGeometry.of(ct);
        assertTrue(grid.spacingMm()[2] >= 2 * grid.spacingMm()[0], "slices thicker than the pixels");
        double[] steep = PostopCtPhantom.unit(new double[] { 0, Math.sin(Math.toRadians(10)), Math.cos(Math.toRadians(10)) });
        List<double[][]> present = new ArrayList<>();
        for (Seed s : plan.getSeeds()) {
            present.add(new double[][] { PostImplantDosimetry.toArray(s.getPositionMm()), steep });
        }
        ImageSeries postop = EcoreUtil.copy(ct);
        postop.setSeriesInstanceUid(ct.getSeriesInstanceUid() + ".25");
        postop.setVoxels(PostopCtPhantom.insert(ct.getVoxels(), grid, present, List.of(), 25));

        PostImplant.Result r = PostImplantFacadeTest.facade(new ArrayList<>()).evaluate(c,
                PostImplant.Request.of(new PostImplant.PostopSeries(postop, null)), null);
        String what = r.detection().notes() + ", assumed " + r.axisAssumedSeedIds();
        assertEquals(plan.getSeeds().size(), r.implant().getSeeds().size(), what);
        assertTrue(r.axisAssumedSeedIds().size() >= 0.9 * plan.getSeeds().size(), "steep seeds on thick slices flagged: " + what);
        for (Seed s : r.implant().getSeeds()) {
            double[] d = PostImplantDosimetry.toArray(s.getDirectionUnit());
            if (r.axisAssumedSeedIds().contains(s.getSeedId())) {
                assertEquals(1, Math.abs(d[1]), 1e-9, "an assumed axis is the planned needle's (y), not the measured one: " + s.getSeedId());
            }
        }
        assertTrue(r.dosimetry().medianDisplacementMm() <= 0.5, "positions still accurate: " + r.dosimetry().medianDisplacementMm());
    }

    private record ActualSeedView(double[] positionMm) {
    }

    private static List<ActualSeedView> views(PostImplant.Result r) {
        return r.postopFrameSeeds().stream().map(s -> new ActualSeedView(s.positionMm())).toList();
    }
}
