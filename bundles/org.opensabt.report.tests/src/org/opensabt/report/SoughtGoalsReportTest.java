package org.opensabt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
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
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.GoalCheck;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Issue 26: the plan report never passes over a sought goal the plan breaks (goal table, plan label). */
class SoughtGoalsReportTest {

    static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void register() {
        BundleContext context = FrameworkUtil.getBundle(DoseEngines.class).getBundleContext(); // no SCR in the test runtime
        if (!DoseEngines.ids().contains("tg43")) {
            REGISTERED.add(context.registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
        if (SeedOptimisers.all().stream().noneMatch(o -> o.id().equals(SeedOptimisers.DEFAULT_OPTIMISER))) {
            REGISTERED.add(context.registerService(SeedOptimiser.class, new GreedyAnnealingOptimiser(), null));
        }
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
    }

    @Test
    void aSoughtGoalThePlanBreaksIsShownNotMetWithItsAmount() throws Exception {
        SeedSource source;
        try (Reader in = new InputStreamReader(Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json"), StandardCharsets.UTF_8)) {
            source = new SourceDescriptorReader().read(in, "i125_6711.json");
        }
        PatientCase c = new Phantom(30, Double.NaN, false, 2, 2).build();
        PlanGoals goals = new PlanGoals(0.95, 0.20, 0.05); // out of reach for seeds covering 95 % of the target
        PlanRequest request = PlanRequest.of("GTV", 140, PermanentImplant.strengthFromApparentActivityU(0.7, source.uPerMCi()), PlanDefaults.SEED_SPACING_MM,
                new NeedleGeometry.TemplateGrid(new double[] { 0, 1, 0 }, PlanDefaults.TEMPLATE_GRID_MM), 0, List.of()).withGoals(goals);
        CasePlanning.Result planned = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "P1"), null);
        CasePlanning.apply(c, planned.dosed());
        Plan plan = PlanReports.plan(c, "P1");
        double v150 = plan.getMetrics().stream().filter(m -> m.getName().equals("V150") && m.getStructure().getName().equals("GTV"))
                .mapToDouble(DoseMetric::getValue).findFirst().orElseThrow();
        assertTrue(v150 > 20, "V150 " + v150);

        Path pdf = tmp.resolve("P1.pdf");
        PlanReports.Result result = PlanReports.write(c, new PlanReports.Request("P1", pdf, goals, List.of()), new NullProgressMonitor());
        GoalCheck g = result.goals().stream().filter(x -> x.metric().equals("V150")).findFirst().orElseThrow();
        assertFalse(g.required());
        assertFalse(g.met());
        assertEquals(v150 - 20, g.gaveWayBy(), 1e-6);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        String row = text.lines().filter(l -> l.startsWith("GTV V150 (%)")).findFirst().orElseThrow(() -> new AssertionError("no V150 row"));
        assertTrue(row.contains("exceeded (sought), by " + GoalCheck.format(v150 - 20, "%")), row);
        assertTrue(text.replaceAll("\\s+", " ").contains("sought goals not met: GTV V150"), "the plan's label in the report");
    }
}
