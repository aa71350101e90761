package org.opensabt.postplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorReader;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.phantoms.Phantom;
import org.opensabt.postplan.PostImplantDosimetry.ActualSeed;

/** Pairing, frames and plan-versus-actual dose on the synthetic phantom. */
class PostImplantTest {

    static Tg43DoseEngine engine;
    static SeedSource source;

    @BeforeAll
    static void setUp() throws Exception {
        engine = new Tg43DoseEngine();
        try (Reader in = new InputStreamReader(Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json"), StandardCharsets.UTF_8)) {
            source = new SourceDescriptorReader().read(in, "i125_6711.json");
        }
    }

    /** A 60 cc sphere loaded with a 10 mm seed lattice, its dose stored as plan "plan". */
    static PatientCase plannedPhantom() throws Exception {
        PatientCase c = new Phantom(60, Double.NaN, false, 1, 2).build();
        double r = Phantom.radiusMm(60);
        List<SeedPlacement> seeds = new ArrayList<>();
        for (double x = -20; x <= 20; x += 10) {
            for (double y = -20; y <= 20; y += 10) {
                for (double z = -20; z <= 20; z += 10) {
                    if (Math.sqrt(x * x + y * y + z * z) < r - 3) {
                        seeds.add(new SeedPlacement("N" + seeds.size(), new double[] { x, y, z }, new double[] { 0, 1, 0 }, 1.5));
                    }
                }
            }
        }
        CaseDose.Outcome o = new CaseDose().compute(c, engine, CaseDose.Request.automatic("plan", source, KernelOptions.of(DoseMode.LINE_2D), seeds, 2, 15,
                140, "GTV", 2));
        CaseDose.store(c, o.plan());
        return c;
    }

    static List<ActualSeed> seedsOf(Plan plan, double[] shiftMm, double sigmaMm, long randomSeed) {
        Random random = new Random(randomSeed);
        List<ActualSeed> out = new ArrayList<>();
        plan.getSeeds().forEach(s -> {
            double[] p = new double[3];
            for (int k = 0; k < 3; k++) {
                p[k] = s.getPositionMm().get(k) + shiftMm[k] + sigmaMm * random.nextGaussian();
            }
            out.add(new ActualSeed("D" + out.size(), p, new double[] { 0, 1, 0 }, "detected"));
        });
        return out;
    }

    static double metric(PostImplantDosimetry.Result r, String name, boolean actual) {
        return r.comparisons().stream().filter(c -> c.structure().equals("GTV") && c.metric().equals(name)).map(c -> actual ? c.actual() : c.planned())
                .findFirst().orElseThrow();
    }

    @Test
    void displacedSeedsLowerTheActualD90AndIdenticalSeedsReproduceThePlan() throws Exception {
        PatientCase c = plannedPhantom();
        Plan plan = c.getPlans().get(0);
        PostImplantDosimetry dosimetry = new PostImplantDosimetry(engine, source);

        PostImplantDosimetry.Result same = dosimetry.evaluate(c, plan, seedsOf(plan, new double[3], 0, 1), 10, "same");
        assertEquals(metric(same, "D90", false), metric(same, "D90", true), 1e-9, "the planned seeds as implanted give the plan's D90");
        assertEquals(0, same.maxDisplacementMm(), 1e-12);
        double plannedD90 = metric(same, "D90", false);
        double storedD90 = plan.getMetrics().stream().filter(m -> m.getName().equals("D90") && m.getStructure().getName().equals("GTV")).findFirst()
                .orElseThrow().getValue();
        assertEquals(storedD90, plannedD90, 1e-6, "planned dose recomputed on the plan's own grid equals the stored plan");

        PostImplantDosimetry.Result shifted = dosimetry.evaluate(c, plan, seedsOf(plan, new double[] { 0, 0, 6 }, 0, 1), 10, "shifted");
        assertTrue(metric(shifted, "D90", true) < 0.9 * plannedD90, () -> "a 6 mm shift of the whole implant lowers D90: " + metric(shifted, "D90", true)
                + " vs " + plannedD90 + " Gy");
        assertTrue(metric(shifted, "V100", true) < metric(shifted, "V100", false));
        assertEquals(6, shifted.medianDisplacementMm(), 1e-9);

        // random 3 mm displacements open cold spots: D90 falls in each of five implants, on average by more than 1 %
        double sum = 0;
        PostImplantDosimetry.Result scattered = null;
        for (int draw = 1; draw <= 5; draw++) {
            scattered = dosimetry.evaluate(c, plan, seedsOf(plan, new double[3], 3, draw), 15, "scattered");
            double d90 = metric(scattered, "D90", true);
            sum += d90;
            int n = draw;
            assertTrue(d90 < plannedD90, () -> "implant " + n + ": D90 " + d90 + " Gy, planned " + plannedD90 + " Gy");
        }
        double meanD90 = sum / 5;
        assertTrue(meanD90 < 0.99 * plannedD90, () -> "mean D90 of displaced implants " + meanD90 + " vs planned " + plannedD90 + " Gy");
        assertEquals(plan.getSeeds().size(), scattered.pairings().stream().filter(p -> p.plannedSeedId() != null).count());
        // the optimal pairing is never longer in total than pairing each seed with the one it came from, and mostly is that pairing
        int own = 0;
        double optimal = 0;
        double identity = 0;
        for (int i = 0; i < scattered.pairings().size(); i++) {
            own += plan.getSeeds().get(i).getSeedId().equals(scattered.pairings().get(i).plannedSeedId()) ? 1 : 0;
            optimal += scattered.pairings().get(i).displacementMm();
            double[] p = scattered.implant().getSeeds().get(i).getPositionMm().stream().mapToDouble(Double::doubleValue).toArray();
            identity += distance(p, plan.getSeeds().get(i).getPositionMm().stream().mapToDouble(Double::doubleValue).toArray());
        }
        assertTrue(optimal <= identity + 1e-9, optimal + " vs " + identity);
        assertTrue(own >= 0.9 * plan.getSeeds().size(), own + " of " + plan.getSeeds().size());
        assertTrue(scattered.implant().getDoseGrid() != null && scattered.implant().getMetrics().size() > 0);
    }

    @Test
    void optimalAssignmentEqualsBruteForceAndRespectsTheGate() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(6);
            int m = 1 + random.nextInt(6);
            List<double[]> a = new ArrayList<>();
            List<double[]> b = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                a.add(new double[] { 20 * random.nextDouble(), 20 * random.nextDouble(), 20 * random.nextDouble() });
            }
            for (int j = 0; j < m; j++) {
                b.add(new double[] { 20 * random.nextDouble(), 20 * random.nextDouble(), 20 * random.nextDouble() });
            }
            double gate = 4 + 10 * random.nextDouble();
            int[] match = SeedMatcher.match(a, b, gate);
            double cost = 0;
            boolean[] used = new boolean[m];
            for (int i = 0; i < n; i++) {
                if (match[i] >= 0) {
                    assertTrue(!used[match[i]], "each reference seed paired once");
                    used[match[i]] = true;
                    double d = distance(a.get(i), b.get(match[i]));
                    assertTrue(d <= gate + 1e-12);
                    cost += d;
                } else {
                    cost += gate;
                }
            }
            for (int j = 0; j < m; j++) {
                cost += used[j] ? 0 : gate;
            }
            assertEquals(bruteForce(a, b, gate, 0, new boolean[m]), cost, 1e-9, "trial " + trial);
        }
    }

    /** Least total cost over every partial pairing: each a-seed pairs (within the gate) or pays the gate; unpaired b-seeds pay the gate. */
    private static double bruteForce(List<double[]> a, List<double[]> b, double gate, int i, boolean[] used) {
        if (i == a.size()) {
            double rest = 0;
            for (boolean u : used) {
                rest += u ? 0 : gate;
            }
            return rest;
        }
        double best = gate + bruteForce(a, b, gate, i + 1, used);
        for (int j = 0; j < b.size(); j++) {
            double d = distance(a.get(i), b.get(j));
            if (!used[j] && d <= gate) {
                used[j] = true;
                best = Math.min(best, d + bruteForce(a, b, gate, i + 1, used));
                used[j] = false;
            }
        }
        return best;
    }

    private static double distance(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    @Test
    void landmarksRecoverARigidTransformAndBadInputIsRefused(@TempDir Path dir) throws Exception {
        double angle = Math.toRadians(12);
        double[][] r = { { Math.cos(angle), -Math.sin(angle), 0 }, { Math.sin(angle), Math.cos(angle), 0 }, { 0, 0, 1 } };
        // a second rotation about x, so the truth is not about one axis only
        double b = Math.toRadians(-7);
        double[][] rx = { { 1, 0, 0 }, { 0, Math.cos(b), -Math.sin(b) }, { 0, Math.sin(b), Math.cos(b) } };
        double[][] rot = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    rot[i][j] += r[i][k] * rx[k][j];
                }
            }
        }
        RigidTransform truth = new RigidTransform(rot, new double[] { 12.5, -4, 30 }, "truth", 0);
        Random random = new Random(9);
        List<double[]> post = new ArrayList<>();
        List<double[]> planning = new ArrayList<>();
        StringBuilder csv = new StringBuilder("post_x_mm,post_y_mm,post_z_mm,plan_x_mm,plan_y_mm,plan_z_mm\n");
        for (int i = 0; i < 6; i++) {
            double[] p = { 100 * random.nextDouble() - 50, 100 * random.nextDouble() - 50, 100 * random.nextDouble() - 50 };
            double[] q = truth.applyToPoint(p);
            post.add(p);
            planning.add(q);
            csv.append(p[0]).append(',').append(p[1]).append(',').append(p[2]).append(',').append(q[0]).append(',').append(q[1]).append(',').append(q[2])
                    .append('\n');
        }
        RigidTransform fitted = RigidTransform.fit(post, planning);
        assertTrue(fitted.residualMm() < 1e-9);
        double[] probe = { 7, -33, 18 };
        assertEquals(0, distance(truth.applyToPoint(probe), fitted.applyToPoint(probe)), 1e-9);
        assertEquals(0, distance(probe, fitted.inverse().applyToPoint(fitted.applyToPoint(probe))), 1e-9);
        Path file = dir.resolve("landmarks.csv");
        Files.writeString(file, csv);
        assertEquals(0, distance(truth.applyToPoint(probe), SeedTables.landmarks(file).applyToPoint(probe)), 1e-6);

        List<double[]> line = List.of(new double[] { 0, 0, 0 }, new double[] { 1, 1, 1 }, new double[] { 2, 2, 2 });
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RigidTransform.fit(line, line)).getMessage().contains("one line"));
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "1 0 0 0\n0 2 0 0\n0 0 1 0\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RigidTransform.read(bad)).getMessage().contains("not a rigid transform"));
        Files.writeString(bad, "1 0 0 0\n0 1 0 x\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RigidTransform.read(bad)).getMessage().contains("bad.txt:2: 'x' is not a number"));
        Path good = dir.resolve("t.txt");
        Files.writeString(good, "# shift\n1 0 0 5\n0 1 0 -2\n0 0 1 3\n0 0 0 1\n");
        assertEquals(0, distance(new double[] { 6, -1, 4 }, RigidTransform.read(good).applyToPoint(new double[] { 1, 1, 1 })), 1e-12);
    }
}
