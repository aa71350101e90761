package org.opensabt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.datatype.DatatypeFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorReader;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.Sex;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.opensabt.report.internal.Snapshots;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The plan report of a phantom planned in this JVM, read back independently: its text with PDFBox's
 * {@link PDFTextStripper} (patient, plan, status on every page, D90 equal to the plan's metric, one row per
 * needle), its pages rendered to PNG (kept under target/report-test/ to be looked at), and the isodose
 * snapshot checked against the phantom's geometry (GTV sphere of known radius at the origin, its HU).
 */
class PlanReportsTest {

    static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();
    static PatientCase planned;
    static Plan plan;
    static Phantom phantom;

    @BeforeAll
    static void planPhantom() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PlanReports.class).getBundleContext();
        if (!DoseEngines.ids().contains("tg43")) { // no SCR in the test runtime: the built-in suppliers by hand
            REGISTERED.add(context.registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
        if (SeedOptimisers.all().stream().noneMatch(o -> o.id().equals(SeedOptimisers.DEFAULT_OPTIMISER))) {
            REGISTERED.add(context.registerService(SeedOptimiser.class, new GreedyAnnealingOptimiser(), null));
        }
        SeedSource source;
        try (Reader in = new InputStreamReader(Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json"), StandardCharsets.UTF_8)) {
            source = new SourceDescriptorReader().read(in, "i125_6711.json");
        }
        phantom = new Phantom(30, 6, false, 1, 2);
        planned = phantom.build();
        planned.getPatient().setName("Tester^Ada");
        planned.getPatient().setPatientId("RPT-0042");
        planned.getPatient().setSex(Sex.FEMALE);
        planned.getPatient().setBirthDate(DatatypeFactory.newInstance().newXMLGregorianCalendar("1961-03-14"));
        PlanRequest request = PlanRequest.of("GTV", 140, PermanentImplant.strengthFromApparentActivityU(0.5, source.uPerMCi()), PlanDefaults.SEED_SPACING_MM,
                new NeedleGeometry.TemplateGrid(new double[] { 0, 1, 0 }, PlanDefaults.TEMPLATE_GRID_MM), 0, List.of());
        CasePlanning.Result result = CasePlanning.plan(planned, CasePlanning.Request.of(request, source, "P1").withKeepPartial(true), null);
        CasePlanning.apply(planned, result.dosed());
        plan = PlanReports.plan(planned, "P1");
        plan.setSourceStrengthReferenceDateTime("2026-11-30T09:00");
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
    }

    static Path out(String name) throws IOException {
        Path target = Files.isDirectory(Path.of("target")) ? Path.of("target") : Path.of("..", "target");
        Path dir = target.resolve("report-test").resolve(name);
        Files.createDirectories(dir);
        return dir.toAbsolutePath();
    }

    static List<String> pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                out.add(stripper.getText(doc));
            }
            return out;
        }
    }

    static List<Path> render(Path pdf, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                Path png = dir.resolve(String.format(Locale.ROOT, "page-%d.png", i + 1));
                ImageIO.write(renderer.renderImageWithDPI(i, 110), "png", png.toFile());
                out.add(png);
            }
        }
        return out;
    }

    static double metric(Plan p, String structure, String name) {
        for (DoseMetric m : p.getMetrics()) {
            if (m.getName().equals(name) && m.getStructure() != null && m.getStructure().getName().equals(structure)) {
                return m.getValue();
            }
        }
        throw new AssertionError("no " + structure + " " + name);
    }

    @Test
    void aDraftReportNamesPatientPlanGoalsAndNeedlesAndSaysDraftOnEveryPage() throws Exception {
        Path dir = out("draft");
        Path pdf = dir.resolve("P1-report.pdf");
        Files.deleteIfExists(pdf);
        PlanReports.Result result = PlanReports.write(planned, PlanReports.Request.of("P1", pdf), new NullProgressMonitor());
        assertEquals(pdf, result.file());
        assertEquals("DRAFT", result.status());
        List<String> pages = pages(pdf);
        assertEquals(result.pages(), pages.size());
        assertTrue(pages.size() >= 4, "report, DVH, snapshots, needles: " + pages.size() + " pages");
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("DRAFT — not for treatment"), "page " + (i + 1) + " lacks the draft mark:\n" + page);
            assertTrue(page.contains("Tester, Ada") && page.contains("RPT-0042"), "page " + (i + 1) + " lacks the patient");
            assertTrue(page.contains("plan P1"), "page " + (i + 1) + " lacks the plan");
            assertTrue(page.contains("Page " + (i + 1) + " of " + pages.size()));
        }
        String all = String.join("\n", pages);
        assertTrue(all.contains("1961-03-14"), "birth date");
        assertTrue(all.contains("F (female)"), "sex");
        assertTrue(all.contains(planned.getCaseId()), "case id");
        assertTrue(all.contains("140.0 Gy"), "prescription");
        assertTrue(all.contains("2026-11-30 09:00"), "source strength reference date");
        assertTrue(all.contains("6711"), "seed model");
        assertTrue(all.contains(String.format(Locale.ROOT, "%.3f U", plan.getAirKermaStrengthU())), "air-kerma strength per seed");
        assertTrue(all.contains("0.500 mCi"), "apparent activity: the plan asked 0.5 mCi per seed");
        // D90 of the report = the plan's metric (goal table and metric table)
        double d90 = metric(plan, "GTV", "D90");
        assertTrue(all.contains(String.format(Locale.ROOT, "%.1f Gy", d90)), "D90 " + d90 + " Gy in the goals");
        assertTrue(all.matches("(?s).*D90 \\(Gy\\)\\s+" + java.util.regex.Pattern.quote(String.format(Locale.ROOT, "%.1f", d90)) + ".*"), "D90 row of the metric table");
        assertTrue(all.contains("TG-137"), "metric definitions cite TG-137");
        // goals: met or not, as the plan's metrics say
        double v100 = metric(plan, "GTV", "V100");
        String v100Line = all.lines().filter(l -> l.startsWith("GTV V100 (%)")).findFirst().orElseThrow(() -> new AssertionError("no V100 goal row:\n" + all));
        assertEquals(v100 >= 95 - 1e-9, v100Line.contains(" met"), v100Line + " for V100 = " + v100);
        // the needle table: one row per needle, each needle id once
        assertEquals(plan.getNeedles().size(), result.needles());
        assertTrue(all.contains("Needle table (" + plan.getNeedles().size() + " needles, " + plan.getSeeds().size() + " seeds)"), all);
        String needlePages = pages.stream().filter(p -> p.contains("Needle table")).findFirst().orElseThrow();
        for (var n : plan.getNeedles()) {
            assertTrue(needlePages.contains(" " + n.getNeedleId() + " "), "needle " + n.getNeedleId());
        }
        // the loading pattern from the tip (the shared needle table): one S per seed on the needle, counted from the plan
        for (int i = 0; i < plan.getNeedles().size(); i++) {
            var n = plan.getNeedles().get(i);
            long onNeedle = plan.getSeeds().stream().filter(s -> s.getNeedle() == n).count();
            String first = (i + 1) + " ";
            String row = needlePages.lines().filter(l -> l.startsWith(first) && l.contains(" " + n.getNeedleId() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row of " + n.getNeedleId() + ":\n" + needlePages));
            assertTrue(row.contains(" skin entry "), "no template: depths from the skin entry: " + row);
            if (onNeedle > 0) {
                String[] cells = row.split(" ");
                String loading = cells[cells.length - 2]; // the spacers column follows
                assertTrue(loading.matches("S(-s)*(-S(-s)*)*"), row);
                assertEquals(onNeedle, loading.chars().filter(c -> c == 'S').count(), row);
                // the seeds column before it, the spacers after it: the pattern's empty slots
                assertEquals(String.valueOf(loading.chars().filter(c -> c == 's').count()), cells[cells.length - 1], "spacers: " + row);
                assertEquals(String.valueOf(onNeedle), cells[cells.length - 3], "seeds: " + row);
            }
        }
        assertFalse(pages.get(0).contains("METRICS OUT OF DATE"), "current metrics: no warning");
        assertTrue(all.contains("Signature (radiation oncologist)"), "approval block");
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("no template drawing")), result.notes().toString());
        List<Path> pngs = render(pdf, dir);
        assertEquals(pages.size(), pngs.size());
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void metricsOutOfDateAreSaidOnPageOne() throws Exception {
        Path pdf = out("stale").resolve("P1-stale.pdf");
        Files.deleteIfExists(pdf);
        PlanReports.Result result = PlanReports.write(planned,
                PlanReports.Request.of("P1", pdf).withMetricsOutOfDate("\"Widen GTV\" (structures changed)"), null);
        List<String> pages = pages(pdf);
        assertTrue(pages.get(0).contains("METRICS OUT OF DATE"), pages.get(0));
        assertTrue(pages.get(0).contains("Since \"Widen GTV\" (structures changed)"), pages.get(0));
        assertTrue(result.notes().contains("metrics out of date since \"Widen GTV\" (structures changed)"), result.notes().toString());
        render(pdf, out("stale"));
    }

    @Test
    void anApprovedReportSaysByWhomAndWhenAndNotDraft() throws Exception {
        PatientCase copy = EcoreUtil.copy(planned);
        Plan approved = PlanReports.plan(copy, "P1");
        approved.getDoseGrid().setDoseValues(plan.getDoseGrid().getDoseValues());
        copy.getStudies().get(0).getSeries().get(0).setVoxels(planned.getStudies().get(0).getSeries().get(0).getVoxels());
        approved.setStatus(PlanStatus.APPROVED);
        approved.setApprovedBy("Dr. Grace Hopper");
        approved.setApprovedDateTime("2026-12-01T14:30");
        Path pdf = out("approved").resolve("P1-approved.pdf");
        PlanReports.Result result = PlanReports.write(copy, PlanReports.Request.of("P1", pdf), null);
        assertEquals("APPROVED", result.status());
        List<String> pages = pages(pdf);
        for (String page : pages) {
            assertTrue(page.contains("APPROVED"), page);
            assertFalse(page.contains("not for treatment"), page);
        }
        String all = String.join("\n", pages);
        assertTrue(all.contains("APPROVED by Dr. Grace Hopper on 2026-12-01 14:30"), all);
        render(pdf, pdf.getParent());
    }

    @Test
    void aTemplateDrawingBesideTheStlIsIncluded(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("template"));
        BufferedImage drawing = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = drawing.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(java.awt.Color.BLACK);
        g.drawOval(100, 50, 200, 200);
        g.dispose();
        ImageIO.write(drawing, "png", folder.resolve("drawing.png").toFile());
        Files.write(folder.resolve("template.stl"), new byte[84]);
        NeedleTemplate t = ModelFactory.eINSTANCE.createNeedleTemplate();
        t.setTemplateId("P1-template");
        t.setPlan(plan);
        t.setThicknessMm(5);
        t.setStlFile(folder.resolve("template.stl").toString());
        planned.getTemplates().add(t);
        try {
            Path without = tmp.resolve("without.pdf");
            Path with = out("template").resolve("P1-template.pdf");
            planned.getTemplates().remove(t);
            int pagesWithout = PlanReports.write(planned, PlanReports.Request.of("P1", without), null).pages();
            planned.getTemplates().add(t);
            PlanReports.Result result = PlanReports.write(planned, PlanReports.Request.of("P1", with), null);
            assertEquals(pagesWithout + 1, result.pages(), "one page for the drawing");
            assertTrue(String.join("\n", pages(with)).contains("Needle template P1-template (drawing)"));
            assertTrue(result.notes().isEmpty(), result.notes().toString());
        } finally {
            planned.getTemplates().remove(t);
        }
    }

    @Test
    void theAxialSnapshotShowsTheCtTheGtvOutlineAndThe100PercentIsodoseWhereThePhantomHasThem() throws Exception {
        SliceScene scene = new SliceScene(planned, plan);
        double[] centre = { 0, 0, 0 }; // the phantom's GTV centre
        Snapshots.Snapshot snap = Snapshots.render(scene, Orientation.AXIAL, centre, org.opensabt.model.geometry.GridGeometry.of(plan.getDoseGrid()), 700);
        ImageIO.write(snap.image(), "png", out("snapshots").resolve("axial.png").toFile());
        double[] c = snap.imageXy(centre);
        BufferedImage image = snap.image();
        // the CT: the GTV's 40 HU in the 40/400 HU window is grey 127.5 (an independent number), a few mm off centre
        int rgb = image.getRGB((int) Math.round(c[0] + 5 / snap.mmPerPixel()), (int) Math.round(c[1]));
        assertEquals(127.5, rgb & 0xff, 2.0, "grey of the GTV's CT");
        double radius = phantom.targetRadiusMm();
        double[] red = distancesMm(image, c, snap.mmPerPixel(), p -> r(p) > 200 && g(p) < 70 && b(p) < 70);
        double[] yellow = distancesMm(image, c, snap.mmPerPixel(), p -> r(p) > 200 && g(p) > 190 && b(p) < 90);
        assertTrue(red.length > 100 && yellow.length > 100, "outline " + red.length + " px, 100 % isodose " + yellow.length + " px");
        assertEquals(radius, median(red), 1.5, "GTV outline at the sphere's radius from its centre");
        // V100 >= 95 %: the prescription isodose lies around the target, outside most of it and within 12 mm of its surface
        double v100 = metric(plan, "GTV", "V100");
        assertTrue(median(yellow) > radius - 2 && median(yellow) < radius + 12, "100 % isodose median " + median(yellow) + " mm for a " + radius
                + " mm target with V100 " + v100 + " %");
    }

    @Test
    void cancelLeavesNoFileAndKeepsAnOlderReport(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        Files.writeString(pdf, "older report");
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.startsWith("Isodose")) {
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class, () -> PlanReports.write(planned, PlanReports.Request.of("P1", pdf), monitor));
        assertEquals("older report", Files.readString(pdf), "the older file is untouched");
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(pdf), files.toList(), "no temporary file left");
        }
        Path fresh = tmp.resolve("fresh.pdf");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> PlanReports.write(planned, PlanReports.Request.of("P1", fresh), cancelled));
        assertFalse(Files.exists(fresh));
    }

    @Test
    void badInputIsOnePreciseLine(@TempDir Path tmp) throws Exception {
        ReportException noPlan = assertThrows(ReportException.class, () -> PlanReports.write(planned, PlanReports.Request.of("P9", tmp.resolve("x.pdf")), null));
        assertEquals("case " + planned.getCaseId() + " has no plan 'P9' (plans: P1)", noPlan.getMessage());
        ReportException noFolder = assertThrows(ReportException.class,
                () -> PlanReports.write(planned, PlanReports.Request.of("P1", tmp.resolve("missing").resolve("x.pdf")), null));
        assertTrue(noFolder.getMessage().contains("missing") && noFolder.getMessage().contains("does not exist"), noFolder.getMessage());
        assertFalse(noFolder.getMessage().contains("\n"));
        PatientCase copy = EcoreUtil.copy(planned);
        PlanReports.plan(copy, "P1").getDoseGrid().setDoseValues(null); // a plan whose dose was never computed or loaded
        ReportException noDose = assertThrows(ReportException.class, () -> PlanReports.write(copy, PlanReports.Request.of("P1", tmp.resolve("x.pdf")), null));
        assertEquals("plan P1 has no dose: compute its dose first", noDose.getMessage());
    }

    private static int r(int p) {
        return (p >> 16) & 0xff;
    }

    private static int g(int p) {
        return (p >> 8) & 0xff;
    }

    private static int b(int p) {
        return p & 0xff;
    }

    private static double[] distancesMm(BufferedImage image, double[] c, double mmPerPixel, java.util.function.IntPredicate colour) {
        List<Double> out = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (colour.test(image.getRGB(x, y))) {
                    out.add(Math.hypot(x + 0.5 - c[0], y + 0.5 - c[1]) * mmPerPixel);
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }
}
