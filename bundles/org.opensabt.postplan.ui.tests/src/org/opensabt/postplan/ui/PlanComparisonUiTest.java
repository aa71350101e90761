package org.opensabt.postplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanRequest;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.DvhCanvas;
import org.opensabt.viewer.ui.PlanComparisonPanel;

/**
 * The plan comparison panel on real widgets: a phantom planned through the planning panel (plan A) and a
 * second plan made here through the planning facade with 80 % of A's prescription (plan B). The table's
 * values and differences are checked against the plans' stored metrics, seeds counted and strengths summed
 * here; the DVH overlay's legend lines are read back as pixels (A solid, B dashed). Screenshot:
 * target/ui-test/plan-comparison.png. It runs here, beside the post-implant review (which shares the panel's table
 * and the DVH overlay), in a JVM of its own: run before SliceViewsUiTest in viewer.ui.tests, its planning warmed
 * the optimiser enough for that test's Optimise to finish before its Cancel could be pressed.
 */
class PlanComparisonUiTest {

    static CaseSession session;
    static Plan a;
    static Plan b;
    static Shell shell;
    static PlanComparisonPanel panel;

    @BeforeAll
    static void twoPlans() throws Exception {
        Path caseDir = outputDir().resolve("comparison-case");
        deleteTree(caseDir);
        plannedPhantom(caseDir);
        session = CaseSession.get();
        PatientCase c = session.patientCase();
        a = session.plan();
        SeedSource source = SourceLibraries.standard().find(a.getSourceModel().getModelId());
        PlanRequest request = PlanRequest.of("GTV", 0.8 * a.getPrescriptionDoseGy(), a.getAirKermaStrengthU(), PlanDefaults.SEED_SPACING_MM,
                NeedleGeometry.Free.around(new double[] { 0, 1, 0 }, 35), 0, List.of());
        CasePlanning.Result planned = CasePlanning.plan(c,
                CasePlanning.Request.of(request, source, "plan-b").withDoseGridMm(a.getDoseGrid().getSpacingMm().get(0)).withKeepPartial(true), null);
        assertNotNull(planned.dosed(), "plan B was dosed");
        assertTrue(session.change("Add plan plan-b", () -> CasePlanning.apply(c, planned.dosed())));
        b = c.getPlans().stream().filter(p -> p.getPlanId().equals("plan-b")).findFirst().orElseThrow();

        shell = shell("OpenSABT plan comparison (UI test)", 1366, 520);
        panel = new PlanComparisonPanel(shell);
        panel.setCase(c);
        shell.open();
        settle(500);
    }

    @AfterAll
    static void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    static double stored(Plan p, String structure, String metric) {
        return p.getMetrics().stream().filter(m -> m.getStructure() != null && m.getStructure().getName().equals(structure) && m.getName().equals(metric))
                .mapToDouble(m -> m.getValue()).findFirst().orElseThrow(() -> new AssertionError(p.getPlanId() + " has no " + structure + " " + metric));
    }

    /** The row of "GTV D90", or of a plan row ("seeds") when {@code structure} is "plan". */
    static TableItem row(Table t, String structure, String metric) {
        String name = structure.equals("plan") ? metric : structure + " " + metric;
        return Arrays.stream(t.getItems()).filter(i -> i.getText(0).equals(name)).findFirst().orElseThrow(() -> new AssertionError("no row " + name));
    }

    /** "−12.3 Gy" → −12.3. */
    static double number(String cell) {
        return Double.parseDouble(cell.replace("−", "-").replace("±", "").replace("+", "").replaceAll("[^0-9.\\-]", ""));
    }

    /** Runs of ink (non-white pixels) along the row of a legend sample line, on the row (y−1..y+1) with the most ink. */
    static int inkRuns(ImageData data, int[] sample) {
        int bestInk = -1;
        int bestRuns = 0;
        for (int y = sample[2] - 1; y <= sample[2] + 1; y++) {
            int ink = 0;
            int runs = 0;
            boolean inRun = false;
            for (int x = sample[0]; x <= sample[1]; x++) {
                RGB p = data.palette.getRGB(data.getPixel(x, y));
                boolean inked = p.red + p.green + p.blue < 600;
                ink += inked ? 1 : 0;
                runs += inked && !inRun ? 1 : 0;
                inRun = inked;
            }
            if (ink > bestInk) {
                bestInk = ink;
                bestRuns = runs;
            }
        }
        return bestRuns;
    }

    @Test
    void tableDifferencesAreTheStoredMetricDifferencesAndTheOverlayHasTwoLineStyles() {
        Table metrics = panel.metricTable();
        assertEquals("Δ plan-b − " + a.getPlanId(), metrics.getColumn(4).getText());
        for (String metric : List.of("D90", "V100", "V150")) {
            TableItem item = row(metrics, "GTV", metric);
            double va = stored(a, "GTV", metric);
            double vb = stored(b, "GTV", metric);
            assertEquals(va, number(item.getText(2)), 0.051, metric + " of A");
            assertEquals(vb, number(item.getText(3)), 0.051, metric + " of B");
            assertEquals(vb - va, number(item.getText(4)), 0.051, metric + ": B − A");
            assertEquals(vb - va, panel.comparison().row("GTV", metric).differences()[1], 1e-9);
        }
        assertTrue(stored(b, "GTV", "D90") < stored(a, "GTV", "D90"), "80 % of the prescription gives a lower D90");
        assertEquals(0.8 * a.getPrescriptionDoseGy() - a.getPrescriptionDoseGy(), number(row(metrics, "plan", "Rx").getText(4)), 0.051);
        assertEquals(b.getSeeds().size() - a.getSeeds().size(), (int) number(row(metrics, "plan", "seeds").getText(4)));
        double strengthA = a.getSeeds().stream().mapToDouble(Seed::getAirKermaStrengthU).sum();
        double strengthB = b.getSeeds().stream().mapToDouble(Seed::getAirKermaStrengthU).sum();
        assertEquals(strengthB - strengthA, number(row(metrics, "plan", "total strength").getText(4)), 0.0051);
        assertEquals(2, panel.summaryTable().getItemCount());
        assertEquals(String.valueOf(a.getNeedles().size()), panel.summaryTable().getItem(0).getText(1));
        assertEquals(String.valueOf(b.getSeeds().size()), panel.summaryTable().getItem(1).getText(2));

        // the overlay: GTV in its colour; A's legend line solid (one run of ink), B's dashed (several)
        DvhCanvas canvas = panel.dvhCanvas();
        assertEquals(List.of(DvhCanvas.LineStyle.SOLID, DvhCanvas.LineStyle.DASHED), canvas.curveSets().stream().map(DvhCanvas.CurveSet::style).toList());
        canvas.redraw();
        settle(300);
        List<int[]> samples = canvas.legendSamples();
        assertEquals(2, samples.size());
        ImageData pixels = grab(canvas);
        int solid = inkRuns(pixels, samples.get(0));
        int dashed = inkRuns(pixels, samples.get(1));
        assertEquals(1, solid, "plan A's legend line is solid");
        assertTrue(dashed >= 3, "plan B's legend line is dashed: " + dashed + " runs");
        assertTrue(count(canvas, new RGB(255, 0, 0))[0] > 200, "GTV curves in red");
        screenshot(shell, "plan-comparison.png");
        shell.setSize(940, 300); // the view's size in the workbench at 1366×768
        settle(300);
        screenshot(shell, "plan-comparison-1366.png");
        shell.setSize(1366, 520);
        settle(200);

        // unchecking B (a real check event) leaves A alone: no difference column, one curve set
        TableItem itemB = Arrays.stream(panel.planTable().getItems()).filter(i -> i.getText(0).equals("plan-b")).findFirst().orElseThrow();
        itemB.setChecked(false);
        Event e = new Event();
        e.detail = SWT.CHECK;
        e.item = itemB;
        panel.planTable().notifyListeners(SWT.Selection, e);
        assertEquals(3, metrics.getColumnCount());
        assertEquals(1, canvas.curveSets().size());
        assertTrue(panel.notesText().startsWith("Check a second plan"), panel.notesText());
        itemB.setChecked(true);
        panel.planTable().notifyListeners(SWT.Selection, e);
        assertEquals(5, metrics.getColumnCount());

        // undoing plan B takes it out of the comparison (the view refreshes on every edit)
        session.undo();
        panel.invalidate();
        assertEquals(1, panel.planTable().getItemCount());
        session.redo();
        panel.invalidate();
        assertEquals(2, panel.planTable().getItemCount());
    }
}
