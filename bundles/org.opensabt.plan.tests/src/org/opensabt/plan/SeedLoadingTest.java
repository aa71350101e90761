package org.opensabt.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.phantoms.Phantom;

/**
 * Loadings a clinician can implant: candidate seeds on a fixed raster along each needle, clear of the skin and of
 * bone, and a loading pattern from which the plan's seed positions are rebuilt. Distances are checked against the
 * phantom's analytic geometry (skin plane, bone slab box), not the planner's masks.
 */
class SeedLoadingTest {

    static final double[] AP = { 0, 1, 0 };
    static final double[] LR = { -1, 0, 0 };

    @BeforeAll
    static void setUp() throws Exception {
        PlannerTest.setUp();
    }

    static PlanRequest request(double spacingMm, NeedleGeometry g) {
        return PlanRequest.of("GTV", PlannerTest.RX_GY, PlannerTest.strengthU, spacingMm, g, 0, List.of());
    }

    static List<double[]> candidateSeeds(PatientCase c, PlanRequest r) throws PlanningException {
        CandidateNeedles candidates = CandidateNeedles.generate(new PlanningScene(c, r), r);
        List<double[]> out = new ArrayList<>();
        candidates.lines.forEach(l -> out.addAll(l.seedsMm()));
        return out;
    }

    /** Distance (mm) from p to the box {x0, x1, y0, y1, z0, z1}; 0 inside. */
    static double distanceToBox(double[] p, double[] b) {
        double dx = Math.max(0, Math.max(b[0] - p[0], p[0] - b[1]));
        double dy = Math.max(0, Math.max(b[2] - p[1], p[1] - b[3]));
        double dz = Math.max(0, Math.max(b[4] - p[2], p[2] - b[5]));
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    @Test
    void noCandidateSeedInTheBoneSlabNorWithinTheBoneMargin() throws Exception {
        Phantom p = new Phantom(30, Double.NaN, true, 1, 2);
        PatientCase c = p.build();
        // from the side the needles pass under the slab (5 mm in front of the GTV); an inserted needle from the front crosses it
        NeedleGeometry inserted = new NeedleGeometry.Inserted(List.of(new NeedleGeometry.InsertedNeedle("I1", new double[] { 0, -Phantom.BODY_HALF_Y, 0 },
                new double[] { 0, 18, 0 }))); // seed positions every 5 mm back from y = 18 reach y = −22, 2.3 mm from the slab
        // a 2 mm template grid puts lines 2.3 mm under the slab (y = −22) too
        for (NeedleGeometry g : List.of(new NeedleGeometry.TemplateGrid(LR, 2), inserted)) {
            List<double[]> seeds = candidateSeeds(c, request(5, g));
            assertFalse(seeds.isEmpty());
            for (double[] s : seeds) {
                double d = distanceToBox(s, p.boneSlabMm());
                assertTrue(d >= PlanDefaults.BONE_MARGIN_MM, () -> String.format("%s: candidate seed (%.1f, %.1f, %.1f) is %.2f mm from the bone slab", g,
                        s[0], s[1], s[2], d));
            }
        }
        // without the margin (the planner before issue 26) these geometries do put candidates that close: the test can fail
        for (NeedleGeometry g : List.of(new NeedleGeometry.TemplateGrid(LR, 2), inserted)) {
            assertTrue(candidateSeeds(c, request(5, g).withSeedClearances(0, 0)).stream().anyMatch(s -> distanceToBox(s, p.boneSlabMm()) < 3), g::toString);
        }
        // the margin is the request's
        PlanRequest wide = request(5, new NeedleGeometry.TemplateGrid(LR, 5)).withSeedClearances(5, 6);
        for (double[] s : candidateSeeds(c, wide)) {
            assertTrue(distanceToBox(s, p.boneSlabMm()) >= 6, () -> "6 mm bone margin: " + java.util.Arrays.toString(s));
        }
        // and the plan keeps it
        SeedPlanner.Result r = PlannerTest.planner.plan(c, request(10, new NeedleGeometry.TemplateGrid(LR, 5)), PlanMonitor.SILENT);
        assertFalse(r.seeds().isEmpty());
        for (SeedPlacement s : r.seeds()) {
            assertTrue(distanceToBox(s.positionMm(), p.boneSlabMm()) >= PlanDefaults.BONE_MARGIN_MM, s.seedId());
        }
    }

    /** The 30 cc phantom with its anterior skin moved to 4 mm in front of the GTV. */
    static PatientCase shallowTarget(Phantom p) {
        PatientCase c = p.build();
        Structure body = c.getStudies().get(0).getStructureSets().get(0).getStructures().stream().filter(s -> s.getName().equals("BODY")).findFirst()
                .orElseThrow();
        body.getContours().forEach(k -> {
            for (int i = 1; i < k.getPointsMm().size(); i += 3) {
                if (k.getPointsMm().get(i) < 0) {
                    k.getPointsMm().set(i, -(p.targetRadiusMm() + 4));
                }
            }
        });
        return c;
    }

    @Test
    void noCandidateSeedCloserToTheSkinThanTheMinimumSkinDistance() throws Exception {
        Phantom p = new Phantom(30, Double.NaN, false, 1, 2);
        PatientCase c = shallowTarget(p);
        double skinY = -(p.targetRadiusMm() + 4);
        for (double minimum : new double[] { PlanDefaults.MIN_SKIN_DISTANCE_MM, 8 }) {
            for (NeedleGeometry g : List.of(new NeedleGeometry.TemplateGrid(AP, 5), new NeedleGeometry.TemplateGrid(LR, 5))) {
                List<double[]> seeds = candidateSeeds(c, request(5, g).withSeedClearances(minimum, PlanDefaults.BONE_MARGIN_MM));
                assertFalse(seeds.isEmpty());
                for (double[] s : seeds) {
                    assertTrue(s[1] - skinY >= minimum, () -> String.format("%s: candidate seed (%.1f, %.1f, %.1f) is %.2f mm under the skin", g, s[0], s[1],
                            s[2], s[1] - skinY));
                }
            }
        }
        // without it (the planner before issue 26) candidates lie closer: the test can fail
        assertTrue(candidateSeeds(c, request(5, new NeedleGeometry.TemplateGrid(AP, 5)).withSeedClearances(0, 0)).stream().anyMatch(s -> s[1] - skinY < 5));
        SeedPlanner.Result r = PlannerTest.planner.plan(c, request(10, new NeedleGeometry.TemplateGrid(AP, 5)), PlanMonitor.SILENT);
        assertFalse(r.seeds().isEmpty());
        for (SeedPlacement s : r.seeds()) {
            assertTrue(s.positionMm()[1] - skinY >= PlanDefaults.MIN_SKIN_DISTANCE_MM, s.seedId());
        }
        assertThrows(IllegalArgumentException.class, () -> request(10, new NeedleGeometry.TemplateGrid(AP, 5)).withSeedClearances(-1, 3));
    }

    @Test
    void candidateSeedsLieOnOneRasterFromTheTemplate() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 1, 2).build();
        for (double spacing : new double[] { 5, 7.5, 10 }) {
            PlanRequest r = request(spacing, new NeedleGeometry.TemplateGrid(AP, 5));
            CandidateNeedles candidates = CandidateNeedles.generate(new PlanningScene(c, r), r);
            // depth below any plane perpendicular to the needles (the template's): the same residue modulo the spacing for every seed
            Double residue = null;
            for (CandidateNeedles.Line l : candidates.lines) {
                for (double[] s : l.seedsMm()) {
                    double depth = s[1] + 1000;
                    double rem = depth - spacing * Math.floor(depth / spacing);
                    if (residue == null) {
                        residue = rem;
                    }
                    double diff = Math.abs(rem - residue);
                    assertTrue(Math.min(diff, spacing - diff) < 0.01, "seed off the " + spacing + " mm raster: " + java.util.Arrays.toString(s));
                    assertTrue(Math.abs(s[0] - l.seedsMm().get(0)[0]) < 1e-9 && Math.abs(s[2] - l.seedsMm().get(0)[2]) < 1e-9, "seeds on the needle");
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> request(4.9, new NeedleGeometry.TemplateGrid(AP, 5)), "closer than a seed and 0.5 mm");
    }

    /**
     * Rebuilds seed positions from a pattern, the needle's tip and direction, the deepest seed's offset and the slot,
     * independently of {@link NeedleLoading}: walks the "S"/"s" tokens one slot each.
     */
    static List<double[]> rebuild(String pattern, double[] tip, double[] directionUnit, double deepestFromTipMm, double slotMm) {
        List<double[]> out = new ArrayList<>();
        String[] tokens = pattern.split("-");
        for (int k = 0; k < tokens.length; k++) {
            double back = deepestFromTipMm + k * slotMm;
            if (tokens[k].equals("S")) {
                out.add(new double[] { tip[0] - back * directionUnit[0], tip[1] - back * directionUnit[1], tip[2] - back * directionUnit[2] });
            } else {
                assertEquals("s", tokens[k], pattern);
            }
        }
        return out;
    }

    static void assertSamePositions(List<double[]> expected, List<double[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        List<double[]> a = new ArrayList<>(actual);
        for (double[] e : expected) {
            double[] nearest = a.stream().min(Comparator.comparingDouble(p -> org.opensabt.model.geometry.Vec3.distance(p, e))).orElseThrow();
            assertTrue(org.opensabt.model.geometry.Vec3.distance(nearest, e) <= 0.01, what + ": rebuilt seed " + java.util.Arrays.toString(e) + " not in the plan");
            a.remove(nearest);
        }
    }

    @Test
    void theLoadingPatternRebuildsThePlansSeedsToAHundredthOfAMillimetre() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 1, 2).build();
        for (double spacing : new double[] { 10, 7.5 }) {
            SeedPlanner.Result r = PlannerTest.planner.plan(c, request(spacing, new NeedleGeometry.TemplateGrid(AP, 5)), PlanMonitor.SILENT);
            double slot = NeedleLoading.slotMm(spacing);
            assertEquals(spacing == 10 ? 5 : 7.5, slot);
            int spacersSeen = 0;
            for (SeedPlanner.PlannedNeedle n : r.needles()) {
                List<double[]> seeds = r.seeds().stream().filter(s -> s.seedId().startsWith(n.id() + "-")).map(SeedPlacement::positionMm).toList();
                NeedleLoading.Loading l = NeedleLoading.of(n.tipMm(), n.directionUnit(), seeds, slot);
                assertNotNull(l.pattern(), n.id() + " on the raster");
                assertEquals(seeds.size(), l.seeds());
                assertEquals(l.pattern().chars().filter(ch -> ch == 's').count(), l.spacers());
                assertEquals(0, l.deepestSeedFromTipMm(), 1e-9, "a planned needle's tip is its deepest seed");
                assertSamePositions(rebuild(l.pattern(), n.tipMm(), n.directionUnit(), l.deepestSeedFromTipMm(), slot), seeds, n.id() + " " + l.pattern());
                spacersSeen += l.spacers();
            }
            if (spacing == 10) {
                assertTrue(spacersSeen >= r.seeds().size() - r.needles().size(), "10 mm apart: at least one 5 mm spacer between neighbouring seeds");
            }
        }
    }

    @Test
    void loadingsOfHandMadeNeedles() {
        double[] tip = { 0, 50, 0 };
        double[] d = { 0, 1, 0 };
        NeedleLoading.Loading l = NeedleLoading.of(tip, d, List.of(new double[] { 0, 25, 0 }, new double[] { 0, 40, 0 }, new double[] { 0, 30, 0 }), 5);
        assertEquals("S-s-S-S", l.pattern());
        assertEquals(3, l.seeds());
        assertEquals(1, l.spacers());
        assertEquals(10, l.deepestSeedFromTipMm(), 1e-9);
        assertEquals(List.of(10.0, 20.0, 25.0), l.seedsFromTipMm());
        NeedleLoading.Loading moved = NeedleLoading.of(tip, d, List.of(new double[] { 0, 40, 0 }, new double[] { 0, 33, 0 }), 5);
        assertNull(moved.pattern(), "7 mm apart is no whole number of 5 mm slots");
        assertEquals("off the 5 mm raster: 10.0, 17.0 mm from the tip", moved.text());
        assertNull(NeedleLoading.of(tip, d, List.of(new double[] { 0, 40, 0 }, new double[] { 1, 30, 0 }), 5).pattern(), "a seed off the needle's axis");
        assertEquals(5, NeedleLoading.slotOfGaps(List.of(10.0, 5.0, 20.0)));
        assertEquals(7.5, NeedleLoading.slotOfGaps(List.of(7.5, 15.0)));
        assertEquals(5, NeedleLoading.slotOfGaps(List.of(7.0, 10.0)), "no raster: 5 mm, the needles off it say so");
        assertEquals(5, NeedleLoading.slotMm(10));
        assertEquals(6, NeedleLoading.slotMm(6));
    }
}
