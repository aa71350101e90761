package org.opensabt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.contour.CaseContents;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.opensabt.postplan.PostImplant;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The post-implant report of a phantom planned in this JVM and "implanted": a post-operative CT made here (not by the
 * product's generators) from the planning CT with each planned seed but one put in at a known displacement and a U-shaped
 * steel clip beside the target, evaluated through the {@link PostImplant} facade and stored. The PDF (PDFBox text) and the
 * JSON are checked against figures computed here: displacements from the positions, the seed left out as missing, the clip
 * as other metal, D90 planned and actual equal to the stored metrics, DVH curves of GTV and OAR. Pages rendered to
 * target/report-test/post-implant/ to be looked at.
 */
class PostImplantReportsTest {

    static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();
    static PatientCase c;
    static Plan plan;
    static PostImplant.Result evaluation;
    /** The planned seed left out of the post-operative CT. */
    static String lost;
    /** Where each present seed was put (planning frame = post-op frame here), by planned seed id. */
    static final java.util.Map<String, double[]> truth = new java.util.LinkedHashMap<>();
    static double[] clipCentreMm;

    @BeforeAll
    static void planImplantAndEvaluate() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PostImplantReports.class).getBundleContext();
        if (!DoseEngines.ids().contains("tg43")) { // no SCR in the test runtime: the built-in suppliers by hand
            REGISTERED.add(context.registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
        if (SeedOptimisers.all().stream().noneMatch(o -> o.id().equals(SeedOptimisers.DEFAULT_OPTIMISER))) {
            REGISTERED.add(context.registerService(SeedOptimiser.class, new GreedyAnnealingOptimiser(), null));
        }
        Path descriptor = Files.createTempFile("i125_6711", ".json");
        try (InputStream in = Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json")) {
            Files.copy(in, descriptor, StandardCopyOption.REPLACE_EXISTING);
        }
        var source = new org.opensabt.dose.source.SourceDescriptorReader().read(Files.newBufferedReader(descriptor, StandardCharsets.UTF_8), "i125_6711.json");
        c = new Phantom(30, 6, false, 1, 2).build();
        c.getPatient().setName("Implant^Iris");
        c.getPatient().setPatientId("PI-0007");
        PlanRequest request = PlanRequest.of("GTV", 140, PermanentImplant.strengthFromApparentActivityU(0.5, source.uPerMCi()), PlanDefaults.SEED_SPACING_MM,
                new NeedleGeometry.TemplateGrid(new double[] { 0, 1, 0 }, PlanDefaults.TEMPLATE_GRID_MM), 0, List.of());
        CasePlanning.Result planned = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "P1").withKeepPartial(true), null);
        CasePlanning.apply(c, planned.dosed());
        plan = PlanReports.plan(c, "P1");

        // the post-operative CT: each planned seed displaced by a known vector (≤ 1.5 mm per axis), one left out, a clip
        Random random = new Random(24);
        List<double[][]> seeds = new ArrayList<>();
        lost = plan.getSeeds().get(plan.getSeeds().size() / 2).getSeedId();
        for (Seed s : plan.getSeeds()) {
            if (s.getSeedId().equals(lost)) {
                continue;
            }
            double[] at = s.getPositionMm().stream().mapToDouble(Double::doubleValue).toArray();
            double[] p;
            do { // seeds of neighbouring needles (5 mm apart) kept 4 mm apart: seeds closer than that blur into one object (a limit tested in postplan)
                p = at.clone();
                for (int k = 0; k < 3; k++) {
                    p[k] += 3 * random.nextDouble() - 1.5;
                }
            } while (tooClose(p));
            truth.put(s.getSeedId(), p);
            seeds.add(new double[][] { p, { 0, 1, 0 } });
        }
        clipCentreMm = new double[] { -Phantom.radiusMm(30) - 9, 0, 4 };
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow();
        ImageSeries postop = EcoreUtil.copy(ct);
        postop.setSeriesInstanceUid(ct.getSeriesInstanceUid() + ".77");
        postop.setVoxels(SmallPostopCt.render(ct.getVoxels(), GridGeometry.of(ct), seeds, SmallPostopCt.uClip(clipCentreMm, 6, 3)));

        evaluation = new PostImplant().evaluate(c, new PostImplant.Request(new PostImplant.PostopSeries(postop, null), "P1", "P1-implant", null,
                PostImplant.DEFAULT_THRESHOLD_HU, null, PostImplant.DEFAULT_MATCH_GATE_MM, List.of(), "tg43", descriptor.toString()), null);
        PostImplant.apply(c, evaluation);
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
    }

    /** What the postplan command passes: the detection's other metal, count, assumed axes and edits. */
    static PostImplantReports.Findings findings() {
        return new PostImplantReports.Findings(evaluation.detection().expectedSeeds(),
                evaluation.otherMetal().stream().map(o -> new PostImplantReports.MetalObject(o.positionMm(), o.lengthMm(), o.widthMm(), o.reason())).toList(),
                evaluation.axisAssumedSeedIds(), evaluation.edits());
    }

    static double metric(List<DoseMetric> metrics, String structure, String name) {
        return metrics.stream().filter(m -> m.getName().equals(name) && m.getStructure() != null && m.getStructure().getName().equals(structure)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + structure + " " + name)).getValue();
    }

    private static boolean tooClose(double[] p) {
        return truth.values().stream().anyMatch(q -> distance(p, q) < 4);
    }

    static double distance(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    static double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void theReportShowsPlanVersusActualTheSeedListTheMissingSeedAndTheClip() throws Exception {
        Path dir = PlanReportsTest.out("post-implant");
        Path pdf = dir.resolve("P1-implant-report.pdf");
        Path jsonFile = dir.resolve("P1-implant-report.json");
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(jsonFile);
        PostImplantReports.Result result = PostImplantReports.write(c, PostImplantReports.Request.of(null, pdf)
                .withOarLimits(OarLimit.parse("OAR:Dmax<1000,D0.1cc<0.01")), new NullProgressMonitor());
        assertEquals(pdf, result.pdf());
        assertEquals(jsonFile, result.json());
        List<Path> pngs = PlanReportsTest.render(pdf, dir);
        assertEquals(result.pages(), pngs.size());
        List<String> pages = PlanReportsTest.pages(pdf);
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("POST-IMPLANT, plan DRAFT"), "page " + (i + 1) + " lacks the mark:\n" + page);
            assertTrue(page.contains("Implant, Iris (PI-0007)") && page.contains("implant P1-implant"), "page " + (i + 1) + " header");
        }
        String all = String.join("\n", pages);
        JsonObject json = JsonParser.parseString(Files.readString(jsonFile)).getAsJsonObject();
        Implant implant = c.getImplants().get(0);

        // the seed left out is the one missing, never invented; every other planned seed has its partner
        assertEquals(List.of(lost), strings(json.getAsJsonObject("detection").getAsJsonArray("missingPlannedSeedIds")));
        assertEquals(List.of(lost), result.report().missingSeeds().stream().map(PostImplantReports.MissingSeed::plannedSeedId).toList());
        assertTrue(all.lines().anyMatch(l -> l.startsWith("— MISSING " + lost + " ")), "missing row of " + lost + ":\n" + all);
        assertTrue(all.contains("1 planned seed(s) without an implanted partner: " + lost), all);
        assertEquals(plan.getSeeds().size() - 1, json.getAsJsonObject("detection").get("seedsImplanted").getAsInt());
        assertEquals(plan.getSeeds().size(), json.getAsJsonObject("detection").get("seedsPlanned").getAsInt());

        // each implanted seed: near its true position; paired with the planned seed it was made from; displacement recomputed here
        JsonArray seeds = json.getAsJsonArray("seeds");
        assertEquals(truth.size(), seeds.size());
        for (JsonElement e : seeds) {
            JsonObject s = e.getAsJsonObject();
            double[] p = doubles(s.getAsJsonArray("positionMm"));
            String partner = s.get("plannedSeedId").getAsString();
            String nearestTruth = truth.entrySet().stream().min((a, b) -> Double.compare(distance(a.getValue(), p), distance(b.getValue(), p))).orElseThrow().getKey();
            assertEquals(nearestTruth, partner, "paired with the planned seed it was made from");
            assertTrue(distance(truth.get(partner), p) < 1.0, s + " vs truth " + java.util.Arrays.toString(truth.get(partner)));
            double[] planned = array(plan.getSeeds().stream().filter(x -> x.getSeedId().equals(partner)).findFirst().orElseThrow().getPositionMm());
            assertEquals(distance(p, planned), s.get("displacementMm").getAsDouble(), 1e-3);
            double[] d = doubles(s.getAsJsonArray("displacementVectorMm"));
            for (int k = 0; k < 3; k++) {
                assertEquals(p[k] - planned[k], d[k], 1e-9);
            }
            String id = s.get("seedId").getAsString();
            String row = all.lines().filter(l -> l.startsWith(id + " detected " + partner + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed row of " + id + ":\n" + all));
            assertTrue(row.contains(String.format(Locale.ROOT, " %.2f ", distance(p, planned))), row);
            assertEquals("detected", s.get("origin").getAsString());
        }

        // the clip: other metal, near where it was put, none of it taken for a seed
        JsonArray metal = json.getAsJsonObject("detection").getAsJsonArray("otherMetal");
        assertEquals(1, metal.size(), metal::toString);
        double[] at = doubles(metal.get(0).getAsJsonObject().getAsJsonArray("positionMm"));
        assertTrue(distance(at, clipCentreMm) < 3, java.util.Arrays.toString(at));
        assertTrue(all.contains("Other metal (not taken for seeds): 1 object(s)"), all);
        assertEquals(0, json.getAsJsonObject("detection").getAsJsonArray("unpairedSeedIds").size(), "no part of the clip taken for a seed");
        assertTrue(all.contains(String.format(Locale.ROOT, "%.1f, %.1f, %.1f", at[0], at[1], at[2])), "the clip's position in the table");

        // D90 planned and actual: the stored metrics of the plan and of the implant, in the JSON and the table
        double d90Plan = metric(plan.getMetrics(), "GTV", "D90");
        double d90Actual = metric(implant.getMetrics(), "GTV", "D90");
        JsonObject gtv = json.getAsJsonObject("planVsActual").getAsJsonObject("GTV");
        assertEquals(d90Plan, gtv.getAsJsonObject("d90Gy").get("planned").getAsDouble(), 1e-3);
        assertEquals(d90Actual, gtv.getAsJsonObject("d90Gy").get("actual").getAsDouble(), 1e-3);
        assertEquals(metric(implant.getMetrics(), "GTV", "V100"), gtv.getAsJsonObject("v100Percent").get("actual").getAsDouble(), 1e-3);
        assertTrue(all.contains(String.format(Locale.ROOT, "GTV (target) D90 (Gy) %.2f %.2f %+.2f", d90Plan, d90Actual, d90Actual - d90Plan)), all);
        JsonObject oar = json.getAsJsonObject("planVsActual").getAsJsonObject("OAR");
        assertEquals(metric(implant.getMetrics(), "OAR", "D0.1cc"), oar.getAsJsonObject("d0_1ccGy").get("actual").getAsDouble(), 1e-3);
        assertNotNull(oar.get("dmaxGy"));
        // the OAR limits: Dmax < 1000 Gy met, D2cc < 0.01 Gy exceeded
        JsonArray limits = json.getAsJsonArray("oarLimits");
        assertEquals(2, limits.size());
        assertTrue(limits.get(0).getAsJsonObject().get("metActual").getAsBoolean());
        assertFalse(limits.get(1).getAsJsonObject().get("metActual").getAsBoolean());
        assertTrue(all.contains("EXCEEDED"), all);

        // DVHs: planned and actual for the target and the organ at risk, in the JSON and the legend
        Set<String> curves = new HashSet<>();
        for (JsonElement e : json.getAsJsonArray("dvhs")) {
            JsonObject d = e.getAsJsonObject();
            assertTrue(d.getAsJsonArray("doseGyVolumePercent").size() > 10);
            curves.add(d.get("structure").getAsString() + " " + d.get("dose").getAsString());
        }
        assertTrue(curves.containsAll(List.of("GTV planned", "GTV actual", "OAR planned", "OAR actual")), curves::toString);
        for (String legend : List.of("GTV planned", "GTV actual", "OAR planned", "OAR actual")) {
            assertTrue(all.contains(legend), legend);
        }
        assertTrue(all.contains("Dose (Gy)"), "the dose axis labelled with its unit (the volume axis is drawn rotated)");

        // registration and the post-op CT
        assertEquals("same frame of reference", json.getAsJsonObject("registration").get("method").getAsString());
        assertEquals(implant.getPostImplantSeries().getSeriesInstanceUid(), json.getAsJsonObject("postopCt").get("seriesInstanceUid").getAsString());
        assertEquals(2.0, json.getAsJsonObject("postopCt").get("sliceThicknessMm").getAsDouble(), 1e-9);
        assertTrue(all.contains("2.00 mm"), "slice thickness");
    }

    @Test
    void theCaseKeepsTheDetectionAndAnImplantStoredWithoutItSaysNotRecorded(@TempDir Path tmp) throws Exception {
        Implant stored = c.getImplants().get(0);
        assertEquals(plan.getSeeds().size(), stored.getSeedsExpected(), "the planned count was the hint");
        assertEquals(1, stored.getOtherMetal().size(), "the clip is kept with the implant");
        assertEquals(0, stored.getRegistrationResidualMm(), "same frame of reference");

        // an implant as stored before case schema 1.5: no detection record; the report says so, unless the run's findings are given
        PatientCase old = EcoreUtil.copy(c);
        Implant was = old.getImplants().get(0);
        was.setSeedsExpected(-1);
        was.getOtherMetal().clear();
        was.setRegistrationResidualMm(-1);
        PostImplantReports.Result result = PostImplantReports.write(old, PostImplantReports.Request.of("P1-implant", tmp.resolve("r.pdf")), null);
        assertEquals(null, result.report().detection().otherMetal());
        String all = String.join("\n", PlanReportsTest.pages(result.pdf()));
        assertTrue(all.contains("Other metal: not recorded in the case"), all);
        assertTrue(all.contains("Seeds expected (hint) not recorded"), all);
        assertTrue(Files.isRegularFile(tmp.resolve("r.json")));
        assertEquals(List.of(lost), result.report().detection().missingPlannedSeedIds(), "the missing seed and the pairing come from the seeds alone");
        PostImplantReports.Result given = PostImplantReports.write(old, PostImplantReports.Request.of("P1-implant", tmp.resolve("g.pdf")).withFindings(findings()),
                null);
        assertEquals(1, given.report().detection().otherMetal().size());
        assertTrue(String.join("\n", PlanReportsTest.pages(given.pdf())).contains("Other metal (not taken for seeds): 1 object(s)"));
    }

    @Test
    void registrationQualityAsRecordedForEachWayOfRelatingTheFrames() throws Exception {
        PatientCase copy = EcoreUtil.copy(c);
        Implant implant = copy.getImplants().get(0);
        List<Double> rows = List.of(1.0, 0.0, 0.0, 2.5, 0.0, 1.0, 0.0, -1.0, 0.0, 0.0, 1.0, 30.0);
        implant.getPostToPlanningTransform().addAll(rows);
        // automatic bone registration (BoneRegistration's own wording): residual as recorded, inlier fraction from the text
        implant.setRegistration("registered automatically: residual 0.38 mm RMS on bone, 87 % of 5200 bone points matched, rotation 1.2°, "
                + "translation (2.5, -1.0, 30.0) mm (bone ≥ 250 HU, ICP)");
        implant.setRegistrationResidualMm(0.38);
        PostImplantReports.Registration auto = PostImplantReports.report(copy, PostImplantReports.Request.of(null, Path.of("x.pdf"))).registration();
        assertEquals("automatic rigid registration on bone", auto.method());
        assertEquals(0.38, auto.residualMm(), 1e-12);
        assertEquals(0.87, auto.inlierFraction(), 1e-12);
        assertEquals(rows, auto.postToPlanningRowsOfRt());
        // landmarks, residual only in the text (an implant stored before schema 1.5)
        implant.setRegistration("4 landmarks, RMS residual 1.25 mm");
        implant.setRegistrationResidualMm(-1);
        PostImplantReports.Registration marks = PostImplantReports.report(copy, PostImplantReports.Request.of(null, Path.of("x.pdf"))).registration();
        assertEquals("landmarks", marks.method());
        assertEquals(1.25, marks.residualMm(), 1e-12);
        assertTrue(Double.isNaN(marks.inlierFraction()));
        // a transform file: no quality figure
        implant.setRegistration("transform file post2plan.txt");
        PostImplantReports.Registration file = PostImplantReports.report(copy, PostImplantReports.Request.of(null, Path.of("x.pdf"))).registration();
        assertEquals("transform file", file.method());
        assertTrue(Double.isNaN(file.residualMm()));
    }

    @Test
    void badInputIsOneLineAndWritesNoFile(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("bad.pdf");
        PatientCase none = EcoreUtil.copy(c);
        none.getImplants().clear();
        ReportException e = assertThrows(ReportException.class, () -> PostImplantReports.write(none, PostImplantReports.Request.of(null, pdf), null));
        assertTrue(e.getMessage().contains("has no implant"), e.getMessage());
        e = assertThrows(ReportException.class, () -> PostImplantReports.write(c, PostImplantReports.Request.of("NOPE", pdf), null));
        assertTrue(e.getMessage().contains("no implant 'NOPE'") && e.getMessage().contains("implants: P1-implant"), e.getMessage());
        e = assertThrows(ReportException.class, () -> PostImplantReports.write(c, PostImplantReports.Request.of(null, tmp.resolve("missing/bad.pdf")), null));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        e = assertThrows(ReportException.class, () -> PostImplantReports.write(c, PostImplantReports.Request.of(null, pdf).withPlan("P9"), null));
        assertTrue(e.getMessage().contains("no plan 'P9'"), e.getMessage());
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> PostImplantReports.write(c, PostImplantReports.Request.of(null, pdf), cancelled));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(), files.toList(), "no file, no temporary file");
        }
    }

    static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.getAsString()));
        return out;
    }

    static double[] doubles(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsDouble();
        }
        return out;
    }
}
