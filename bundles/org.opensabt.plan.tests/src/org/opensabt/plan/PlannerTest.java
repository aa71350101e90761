package org.opensabt.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorReader;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.PatientCase;
import org.opensabt.model.geometry.Vec3;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;

/**
 * Plans on the synthetic phantoms, each judged independently of the planner: goals by the TG-43 dose
 * engine on its own 2 mm grid and DVH; needle paths against the phantom's analytic geometry (body box,
 * bone slab box, OAR sphere), not the planner's masks.
 */
class PlannerTest {

    static final double RX_GY = 140;
    static DoseEngine engine;
    static SeedSource source;
    static SeedPlanner planner;
    static double strengthU;

    @BeforeAll
    static void setUp() throws Exception {
        engine = new Tg43DoseEngine();
        try (Reader in = new InputStreamReader(Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json"), StandardCharsets.UTF_8)) {
            source = new SourceDescriptorReader().read(in, "i125_6711.json");
        }
        planner = new SeedPlanner(engine.kernel(source, KernelOptions.of(DoseMode.LINE_2D)), source, new GreedyAnnealingOptimiser());
        strengthU = PermanentImplant.strengthFromApparentActivityU(0.7, source.uPerMCi());
    }

    static NeedleGeometry grid(double[] d) {
        return new NeedleGeometry.TemplateGrid(d, 5);
    }

    static final double[] AP = { 0, 1, 0 };

    static Map<String, Double> engineMetrics(PatientCase c, List<SeedPlacement> seeds, String structure) throws Exception {
        CaseDose.Outcome o = new CaseDose().compute(c, engine, CaseDose.Request.automatic("check", source, KernelOptions.of(DoseMode.LINE_2D), seeds, 2, 15,
                RX_GY, "GTV", 2));
        return o.metrics().stream().filter(m -> m.structure().equals(structure)).collect(Collectors.toMap(DoseMetric::name, DoseMetric::value));
    }

    static void assertMeetsGoals(PatientCase c, SeedPlanner.Result r) throws Exception {
        assertTrue(r.unmet().isEmpty(), () -> "unmet: " + r.unmet());
        Map<String, Double> m = engineMetrics(c, r.seeds(), "GTV");
        assertTrue(m.get("D90") >= RX_GY, () -> "engine D90 " + m.get("D90") + " Gy");
        assertTrue(m.get("V100") >= 95, () -> "engine V100 " + m.get("V100") + " %");
    }

    @Test
    void phantomsInTemplateGridModeMeetD90AndV100WithFewerSeedsThanUniformLoading() throws Exception {
        for (double cc : new double[] { 30, 60, 120 }) {
            PatientCase c = new Phantom(cc, Double.NaN, false, 1, 2).build();
            SeedPlanner.Result r = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, grid(AP), 0, List.of()), PlanMonitor.SILENT);
            assertMeetsGoals(c, r);
            assertTrue(r.seeds().size() < r.baseline().seeds(), () -> r.seeds().size() + " seeds vs uniform " + r.baseline().seeds());
            for (SeedPlacement s : r.seeds()) {
                assertArrayEquals(AP, s.directionUnit(), 1e-12);
            }
        }
    }

    @Test
    void phantomsWithFreeNeedlesMeetD90AndV100() throws Exception {
        for (double cc : new double[] { 30, 120 }) {
            PatientCase c = new Phantom(cc, Double.NaN, false, 1, 2).build();
            SeedPlanner.Result r = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, NeedleGeometry.Free.around(null, 180), 0, List.of()),
                    PlanMonitor.SILENT);
            assertMeetsGoals(c, r);
            assertNeedleRules(r, 10, 3);
            assertEntriesOnTheSkin(r);
        }
    }

    @Test
    void oarFiveMillimetresAwayKeepsItsLimitInBothModes() throws Exception {
        PatientCase c = new Phantom(60, 5, false, 1, 2).build();
        List<OarLimit> limit = OarLimit.parse("OAR:D0.1cc<100");
        for (NeedleGeometry g : List.of(grid(AP), NeedleGeometry.Free.around(AP, 60))) {
            SeedPlanner.Result r = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, g, 0, limit), PlanMonitor.SILENT);
            assertMeetsGoals(c, r);
            double d01 = engineMetrics(c, r.seeds(), "OAR").get("D0.1cc");
            assertTrue(d01 < 100, () -> g + ": engine OAR D0.1cc " + d01 + " Gy");
            Phantom p = new Phantom(60, 5, false, 1, 2);
            for (SeedPlanner.PlannedNeedle n : r.needles()) { // no needle through the OAR sphere
                assertTrue(segmentPointDistance(n.entryMm(), n.tipMm(), p.oarCentreMm()) > Phantom.OAR_RADIUS_MM, n.id() + " crosses the OAR");
            }
        }
    }

    @Test
    void boneSlabBlocksTemplateNeedlesAndFreeNeedlesGoAroundIt() throws Exception {
        Phantom p = new Phantom(60, Double.NaN, true, 1, 2);
        PatientCase c = p.build();
        PlanningException e = assertThrows(PlanningException.class,
                () -> planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, grid(AP), 0, List.of()), PlanMonitor.SILENT));
        assertTrue(e.getMessage().contains("crossing BONE"), e.getMessage());
        SeedPlanner.Result r = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, NeedleGeometry.Free.around(AP, 60), 0, List.of()),
                PlanMonitor.SILENT);
        assertMeetsGoals(c, r);
        double[] slab = p.boneSlabMm();
        for (SeedPlanner.PlannedNeedle n : r.needles()) {
            for (double t = 0; t <= 1; t += 0.001) {
                double[] q = lerp(n.entryMm(), n.tipMm(), t);
                double rMm = 0.65; // an 18 G needle's radius: the needle itself, not only its axis, stays out of the bone
                boolean inSlab = q[0] >= slab[0] - rMm && q[0] <= slab[1] + rMm && q[1] >= slab[2] - rMm && q[1] <= slab[3] + rMm && q[2] >= slab[4] - rMm
                        && q[2] <= slab[5] + rMm;
                assertFalse(inSlab, n.id() + " touches the bone slab");
            }
            assertTrue(Vec3.angleDeg(n.directionUnit(), AP) <= 60 + 1e-9, n.id() + " outside the entry cone");
        }
        assertTrue(r.needles().stream().anyMatch(n -> Vec3.angleDeg(n.directionUnit(), AP) > 1), "some needle must be oblique");
        assertNeedleRules(r, 10, 3);
        assertEntriesOnTheSkin(r);
    }

    @Test
    void sameRandomSeedSamePlan() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 1, 2).build();
        PlanRequest request = PlanRequest.of("GTV", RX_GY, strengthU, 10, grid(AP), 0, List.of());
        SeedPlanner.Result a = planner.plan(c, request, PlanMonitor.SILENT);
        SeedPlanner.Result b = planner.plan(c, request, PlanMonitor.SILENT);
        assertEquals(a.seeds().size(), b.seeds().size());
        for (int i = 0; i < a.seeds().size(); i++) {
            assertArrayEquals(a.seeds().get(i).positionMm(), b.seeds().get(i).positionMm(), 0);
        }
    }

    @Test
    void progressIsReportedAndCancellingEndsWithoutAPlan() {
        PatientCase c = new Phantom(30, Double.NaN, false, 1, 2).build();
        AtomicInteger lines = new AtomicInteger();
        PlanMonitor cancelAfterGreedy = new PlanMonitor() {
            @Override
            public void progress(String line) {
                lines.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return lines.get() >= 2;
            }
        };
        PlanningException e = assertThrows(PlanningException.class,
                () -> planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, grid(AP), 0, List.of()), cancelAfterGreedy));
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
        assertTrue(lines.get() >= 2);
    }

    @Test
    void replanOnNeedlesAsInsertedPutsEverySeedOnThem() throws Exception {
        PatientCase c = new Phantom(60, Double.NaN, false, 1, 2).build();
        SeedPlanner.Result planned = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, grid(AP), 0, List.of()), PlanMonitor.SILENT);
        // the needles as inserted: each tip 2 mm off in x and 1 mm off in z, entry unchanged (slightly tilted needles)
        List<NeedleGeometry.InsertedNeedle> inserted = new ArrayList<>();
        for (SeedPlanner.PlannedNeedle n : planned.needles()) {
            double[] tip = n.tipMm().clone();
            tip[0] += 2;
            tip[2] -= 1;
            inserted.add(new NeedleGeometry.InsertedNeedle(n.id(), n.entryMm(), tip));
        }
        SeedPlanner.Result r = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, new NeedleGeometry.Inserted(inserted), 0, List.of()),
                PlanMonitor.SILENT);
        assertMeetsGoals(c, r);
        for (SeedPlacement s : r.seeds()) {
            String needle = s.seedId().substring(0, s.seedId().indexOf("-S"));
            NeedleGeometry.InsertedNeedle n = inserted.stream().filter(x -> x.id().equals(needle)).findFirst().orElseThrow();
            assertTrue(segmentPointDistance(n.entryMm(), n.tipMm(), s.positionMm()) < 1e-6, s.seedId() + " is off its needle");
        }
        assertTrue(r.needles().size() <= inserted.size());
    }

    @Test
    void replanFromThePlannedSeedsOnTheSameNeedlesNeedsNoMoreSeeds() throws Exception {
        PatientCase c = new Phantom(60, Double.NaN, false, 1, 2).build();
        SeedPlanner.Result planned = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, grid(AP), 0, List.of()), PlanMonitor.SILENT);
        List<NeedleGeometry.InsertedNeedle> needles = new ArrayList<>();
        for (SeedPlanner.PlannedNeedle n : planned.needles()) {
            needles.add(new NeedleGeometry.InsertedNeedle(n.id(), n.entryMm(), n.tipMm()));
        }
        List<double[]> seeds = planned.seeds().stream().map(SeedPlacement::positionMm).toList();
        SeedPlanner.Result again = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, new NeedleGeometry.Inserted(needles, seeds), 0, List.of()),
                PlanMonitor.SILENT);
        assertMeetsGoals(c, again);
        assertTrue(again.seeds().size() <= planned.seeds().size(), () -> again.seeds().size() + " seeds after re-planning, " + planned.seeds().size() + " planned");
        assertTrue(again.notes().stream().anyMatch(n -> n.contains("started from " + planned.seeds().size() + " of the " + planned.seeds().size())), again.notes()::toString);
    }

    @Test
    void impossibleRequestsAreExplained() throws Exception {
        PatientCase c = new Phantom(60, Double.NaN, false, 1, 2).build();
        SeedPlanner.Result limited = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, grid(AP), 2, List.of()), PlanMonitor.SILENT);
        assertFalse(limited.unmet().isEmpty());
        assertTrue(limited.unmet().stream().anyMatch(u -> u.contains("below")) && limited.unmet().stream().anyMatch(u -> u.contains("needle limit 2")),
                () -> limited.unmet().toString());
        assertTrue(limited.needles().size() <= 2);

        PatientCase outside = new Phantom(30, Double.NaN, false, 1, 2).build();
        outside.getStudies().get(0).getStructureSets().get(0).getStructures().stream().filter(s -> s.getName().equals("GTV")).findFirst().orElseThrow()
                .getContours().forEach(k -> {
                    for (int i = 0; i < k.getPointsMm().size(); i += 3) {
                        k.getPointsMm().set(i, k.getPointsMm().get(i) + 150); // the GTV moved 150 mm to the left, out of the 80 mm half-width box
                    }
                });
        PlanningException out = assertThrows(PlanningException.class,
                () -> planner.plan(outside, PlanRequest.of("GTV", RX_GY, strengthU, 10, grid(AP), 0, List.of()), PlanMonitor.SILENT));
        assertTrue(out.getMessage().contains("outside the BODY") || out.getMessage().contains("empty"), out.getMessage());

        PatientCase overlap = new Phantom(60, 0, false, 1, 2).build();
        overlap.getStudies().get(0).getStructureSets().get(0).getStructures().stream().filter(s -> s.getName().equals("OAR")).findFirst().orElseThrow()
                .getContours().forEach(k -> {
                    for (int i = 0; i < k.getPointsMm().size(); i += 3) {
                        k.getPointsMm().set(i, k.getPointsMm().get(i) - 12); // OAR pushed 12 mm into the target
                    }
                });
        PlanningException o = assertThrows(PlanningException.class,
                () -> planner.plan(overlap, PlanRequest.of("GTV", RX_GY, strengthU, 10, grid(AP), 0, OarLimit.parse("OAR:Dmax<50")), PlanMonitor.SILENT));
        // issue 23: a limit below Rx on an organ crossing the target is the real conflict, named with the volume inside
        assertTrue(o.getMessage().startsWith("OAR OAR: limit Dmax < 50.0 Gy but ") && o.getMessage().contains(" cm³ of OAR lies inside GTV prescribed 140.0 Gy"),
                o.getMessage());
    }

    @Test
    void insertedNeedleCsvErrorsNameLineAndField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("needles.csv");
        Files.writeString(bad, InsertedNeedles.CSV_HEADER + "\nN1,0,-70,0,0,10,0\nN2,0,-70,x,0,10,0\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InsertedNeedles.fromCsv(bad));
        assertTrue(e.getMessage().contains("needles.csv:3") && e.getMessage().contains("entry_z_mm"), e.getMessage());
        Files.writeString(bad, "id,x,y\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InsertedNeedles.fromCsv(bad)).getMessage().contains("line 1"));
        Files.writeString(bad, InsertedNeedles.CSV_HEADER + "\nN1,0,-70,0,0,-70,0\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InsertedNeedles.fromCsv(bad)).getMessage().contains(":2: needle N1"));
        Files.writeString(bad, InsertedNeedles.CSV_HEADER + "\nN1,0,-70,0,0,10,0\n");
        assertEquals(1, InsertedNeedles.fromCsv(bad).needles().size());
    }

    /** Needle pairs: parallel or at least minAngle apart, closest approach at least minSeparation (computed here, not by the planner). */
    static void assertNeedleRules(SeedPlanner.Result r, double minAngleDeg, double minSeparationMm) {
        List<SeedPlanner.PlannedNeedle> n = r.needles();
        for (int a = 0; a < n.size(); a++) {
            for (int b = a + 1; b < n.size(); b++) {
                double angle = Math.toDegrees(Math.acos(Math.min(1, Vec3.dot(n.get(a).directionUnit(), n.get(b).directionUnit()))));
                assertTrue(angle < 1e-6 || angle >= minAngleDeg - 1e-9, n.get(a).id() + "/" + n.get(b).id() + " " + angle + "°");
                double closest = Double.POSITIVE_INFINITY;
                for (double t = 0; t <= 1; t += 0.002) {
                    closest = Math.min(closest, segmentPointDistance(n.get(b).entryMm(), n.get(b).tipMm(), lerp(n.get(a).entryMm(), n.get(a).tipMm(), t)));
                }
                assertTrue(closest >= minSeparationMm - 0.05, n.get(a).id() + "/" + n.get(b).id() + " " + closest + " mm apart");
            }
        }
    }

    /** Every entry lies on the phantom's body box surface (within a voxel), the rest of the needle inside. */
    static void assertEntriesOnTheSkin(SeedPlanner.Result r) {
        for (SeedPlanner.PlannedNeedle n : r.needles()) {
            double[] e = n.entryMm();
            double depth = Math.min(Math.min(Phantom.BODY_HALF_X - Math.abs(e[0]), Phantom.BODY_HALF_Y - Math.abs(e[1])), Phantom.BODY_HALF_Z - Math.abs(e[2]));
            assertTrue(depth > -1.5 && depth < 2.5, n.id() + " enters " + depth + " mm inside the skin");
        }
    }

    static double[] lerp(double[] a, double[] b, double t) {
        return new double[] { a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2]) };
    }

    static double segmentPointDistance(double[] a, double[] b, double[] p) {
        double[] ab = Vec3.sub(b, a);
        double t = Math.max(0, Math.min(1, Vec3.dot(Vec3.sub(p, a), ab) / Vec3.dot(ab, ab)));
        return Vec3.distance(p, Vec3.add(a, Vec3.scale(ab, t)));
    }
}
