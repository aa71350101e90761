package org.opensabt.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.testing.BoxOrgans;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.GoalCheck;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanRequest;
import org.opensabt.dose.PermanentImplant;

/**
 * A target inside an organ (issue 23 part 5) in the Plan view's metrics: the organ's rows, then the organ
 * outside the target ("Lung-Left outside GTV") with the value the planner checked its limit on, which the
 * plan's stored metrics (whole organs) do not hold; an organ away from the target gets no such rows.
 */
class OutsideTargetMetricsUiTest {

    /** The organ: a box {x0, x1, y0, y1, z0, z1} (mm) around the phantom's GTV sphere at the origin. */
    static final double[] LUNG_BOX = { -40, 40, -40, 40, -40, 40 };

    @Test
    void theMetricsTableShowsTheOrganOutsideTheTargetAsThePlannerChecksIt() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 2, 2).build();
        BoxOrgans.addBox(c, "Lung-Left", LUNG_BOX);
        BoxOrgans.addBox(c, "Heart", new double[] { -20, 20, 50, 60, -20, 20 }); // behind the target, apart from it
        SeedSource source = SourceLibraries.standard().find("I-125 model 6711");
        PlanRequest request = PlanRequest.of("GTV", 140, PermanentImplant.strengthFromApparentActivityU(0.5, source.uPerMCi()), 5,
                new NeedleGeometry.TemplateGrid(new double[] { 0, 1, 0 }, 5), 0, OarLimit.parse("Lung-Left:D2cc<250"));
        CasePlanning.Result planned = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "P1").withKeepPartial(true), null);
        GoalCheck goal = planned.dosed().goals().stream().filter(g -> g.metric().equals("D2cc")).findFirst().orElseThrow();
        assertEquals("Lung-Left outside GTV", goal.structure(), "the planner checks the limit outside the target");
        CasePlanning.apply(c, planned.dosed());
        Plan plan = c.getPlans().get(0);
        assertTrue(plan.getMetrics().stream().noneMatch(m -> m.getStructure() == null), "the stored metrics are of whole structures");

        Shell shell = shell("Metrics of a target inside an organ", 1000, 900);
        try {
            shell.setLayout(new FillLayout());
            PlanPanel panel = new PlanPanel(shell);
            shell.open();
            panel.setCase(c, plan);
            assertTrue(waitFor(() -> !panel.curvesPending(), 120), "the DVHs and outside-target metrics are computed");
            settle(200);
            screenshot(shell, "outside-target-metrics.png");
            List<String> rows = new ArrayList<>();
            for (TableItem item : panel.metricsTable().getItems()) {
                rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
            }
            String table = String.join("\n", rows);
            // the planner's value (the plan command's and the report's), on the plan's stored dose
            String d2cc = "Lung-Left outside GTV | D2cc | " + String.format(Locale.ROOT, "%.1f", goal.value()) + " | Gy";
            assertTrue(rows.contains(d2cc), "no row " + d2cc + " in\n" + table);
            int lastWhole = -1;
            int firstOutside = -1;
            for (int i = 0; i < rows.size(); i++) {
                lastWhole = rows.get(i).startsWith("Lung-Left | ") ? i : lastWhole;
                firstOutside = firstOutside < 0 && rows.get(i).startsWith("Lung-Left outside GTV | ") ? i : firstOutside;
            }
            assertEquals(lastWhole + 1, firstOutside, "the organ outside the target right after the organ's rows:\n" + table);
            for (String metric : List.of("volume", "D0.1cc", "D1cc", "D2cc", "Dmax", "Dmean")) {
                assertTrue(rows.stream().anyMatch(r -> r.startsWith("Lung-Left outside GTV | " + metric + " | ")), metric + " outside the target:\n" + table);
            }
            double whole = plan.getMetrics().stream().filter(m -> m.getStructure().getName().equals("Lung-Left") && m.getName().equals("D2cc")).findFirst()
                    .orElseThrow().getValue();
            assertTrue(whole > 1.3 * goal.value(), "the whole organ holds the hot target: " + whole + " Gy, outside it " + goal.value() + " Gy");
            assertFalse(table.contains("Heart outside"), "an organ apart from the target has no outside-target rows:\n" + table);
        } finally {
            shell.dispose();
        }
    }

}
