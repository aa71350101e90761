package org.opensabt.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.opensabt.contour.CaseContents;
import org.opensabt.model.Contour;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanRequest;
import org.opensabt.template.TemplateFeasibility.Verdict;

/**
 * Template feasibility on the synthetic phantom (a water box, anterior skin at y = −65 mm, air around it in
 * the CT): the expected verdicts follow from the box's geometry and the request, not from the designer's output.
 */
class TemplateFeasibilityTest {

    static final double[] AP = { 0, 1, 0 };

    static PlanRequest request(NeedleGeometry needles, boolean skinInCtOnly) {
        return new PlanRequest("GTV", 140, 0.9, 10, needles, 0, List.of(), PlanGoals.CLINICAL, Set.of(), PlanDefaults.MAX_NEEDLE_LENGTH_MM, 1, skinInCtOnly);
    }

    static PatientCase phantom() {
        return new Phantom(30, Double.NaN, false, 1, 2).build();
    }

    @Test
    void gridAndNarrowConeAreFineAnyDirectionIsRefusedAWideConeWarned() {
        PatientCase c = phantom();
        assertEquals(Verdict.OK, TemplateFeasibility.beforePlanning(c, request(new NeedleGeometry.TemplateGrid(AP, 5), true), null).verdict());
        assertEquals(Verdict.OK, TemplateFeasibility.beforePlanning(c, request(NeedleGeometry.Free.around(AP, 35), true), null).verdict());

        TemplateFeasibility.Check any = TemplateFeasibility.beforePlanning(c, request(NeedleGeometry.Free.around(null, 180), true), null);
        assertEquals(Verdict.REFUSE, any.verdict());
        assertTrue(any.reason().startsWith("needles from any direction may enter from opposite sides"), any.reason());
        assertEquals(Verdict.REFUSE, TemplateFeasibility.beforePlanning(c, request(NeedleGeometry.Free.around(AP, 100), true), null).verdict());

        TemplateFeasibility.Check wide = TemplateFeasibility.beforePlanning(c, request(NeedleGeometry.Free.around(AP, 60), true), null);
        assertEquals(Verdict.WARN, wide.verdict());
        assertTrue(wide.reason().contains("up to 120° apart"), wide.reason());

        TemplateFeasibility.Check beyondCt = TemplateFeasibility.beforePlanning(c, request(NeedleGeometry.Free.around(AP, 35), false), null);
        assertEquals(Verdict.REFUSE, beyondCt.verdict());
        assertTrue(beyondCt.reason().contains("beyond the CT's field of view"), beyondCt.reason());

        // 2 mm template grid: holes of 18 G (1.47 mm) would leave 0.53 mm of wall
        TemplateFeasibility.Check tight = TemplateFeasibility.beforePlanning(c, request(new NeedleGeometry.TemplateGrid(AP, 2), true), null);
        assertEquals(Verdict.REFUSE, tight.verdict());
        assertTrue(tight.reason().startsWith("needles may come 2.0 mm apart"), tight.reason());
    }

    @Test
    void noBodyOrSkinBeyondTheCtOnTheEntrySideIsRefused() {
        PatientCase c = phantom();
        Structure body = CaseContents.structures(c).stream().filter(s -> s.getType() == RoiType.BODY).findFirst().orElseThrow();
        // the body's anterior face moved 1 m forward: beyond the CT (which ends a few cm in front of the phantom)
        for (Contour contour : body.getContours()) {
            List<Double> p = contour.getPointsMm();
            for (int i = 1; i < p.size(); i += 3) {
                if (p.get(i) < 0) {
                    p.set(i, -1000.0);
                }
            }
        }
        TemplateFeasibility.Check front = TemplateFeasibility.beforePlanning(c, request(new NeedleGeometry.TemplateGrid(AP, 5), true), null);
        assertEquals(Verdict.REFUSE, front.verdict());
        assertTrue(front.reason().startsWith("the skin on the entry side (anterior of GTV) is beyond the CT's field of view"), front.reason());
        // from behind (PA needles: posterior skin, still in the CT) it is fine
        assertEquals(Verdict.OK, TemplateFeasibility.beforePlanning(c, request(new NeedleGeometry.TemplateGrid(new double[] { 0, -1, 0 }, 5), true), null).verdict());

        CaseContents.structures(c).forEach(s -> {
            if (s.getType() == RoiType.BODY) {
                s.setType(RoiType.OTHER);
            }
        });
        TemplateFeasibility.Check noBody = TemplateFeasibility.beforePlanning(c, request(new NeedleGeometry.TemplateGrid(AP, 5), true), null);
        assertEquals(Verdict.REFUSE, noBody.verdict());
        assertTrue(noBody.reason().startsWith("the case has no BODY structure"), noBody.reason());
    }

    @Test
    void afterPlanningDesignsInMemoryAndNamesTheNeedleThatCannotBeGuided() {
        PatientCase c = new Phantom(60, Double.NaN, false, 1, 2).build();
        Plan plan = SyntheticPlans.anteriorGrid(c, "p", 4, 0, 0);
        TemplateFeasibility.Outcome ok = TemplateFeasibility.afterPlanning(c, plan, null, new NullProgressMonitor());
        assertTrue(ok.printable(), ok.reason());
        assertEquals(4, ok.holes());
        assertTrue(c.getTemplates().isEmpty(), "nothing recorded");

        // needle N2 starts 20 mm inside the body: it does not cross the skin at its entry
        Needle n2 = plan.getNeedles().get(1);
        n2.getEntryPointMm().set(1, n2.getEntryPointMm().get(1) + 20);
        TemplateFeasibility.Outcome bad = TemplateFeasibility.afterPlanning(c, plan, null, null);
        assertFalse(bad.printable());
        assertEquals(0, bad.holes());
        assertTrue(bad.reason().startsWith("needle N2 does not cross the body surface"), bad.reason());

        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> TemplateFeasibility.afterPlanning(c, plan, null, cancelled));
    }

    @Test
    void theEntrySideIsNamedInPatientTerms() {
        assertEquals("anterior", TemplateFeasibility.side(AP));
        assertEquals("posterior", TemplateFeasibility.side(new double[] { 0, -1, 0 }));
        assertEquals("right", TemplateFeasibility.side(new double[] { 1, 0, 0 })); // inserted towards the left: enters on the right
        assertEquals("superior", TemplateFeasibility.side(new double[] { 0, 0.2, -1 }));
    }
}
