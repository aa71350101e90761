package org.opensabt.plan;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.model.PatientCase;
import org.opensabt.phantoms.Phantom;

/**
 * Planning for a template (free needles, skin entries in the CT) leaves out entries one plate cannot hold. The phantom's BODY is a
 * box (anterior skin at y = −{@link Phantom#BODY_HALF_Y}, lateral faces at x = ±{@link Phantom#BODY_HALF_X}); the plate comes from
 * the anterior (needles around AP), so the anterior face can hold guide holes, the posterior face is under the body and the lateral
 * faces are perpendicular to the plate.
 */
class TemplatePlateRulesTest {

    static final double[] AP = { 0, 1, 0 };

    @BeforeAll
    static void setUp() throws Exception {
        PlannerTest.setUp();
    }

    @Test
    void onlyEntriesOnSkinFacingThePlateAreKept() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 1, 2).build();
        PlanRequest r = PlanRequest.of("GTV", PlannerTest.RX_GY, PlannerTest.strengthU, 10, NeedleGeometry.Free.around(AP, 35), 0, List.of());
        PlanningScene scene = new PlanningScene(c, r);
        double skinY = -Phantom.BODY_HALF_Y - 0.5; // just outside the anterior face
        assertNull(CandidateNeedles.plateCannotHold(scene, new double[] { 10, skinY, 5 }, AP), "anterior face, middle");
        String posterior = CandidateNeedles.plateCannotHold(scene, new double[] { 10, Phantom.BODY_HALF_Y + 0.5, 5 }, AP);
        assertNotNull(posterior, "posterior face: the whole body lies between it and the plate");
        assertTrue(posterior.contains("under the body"), posterior);
        assertNotNull(CandidateNeedles.plateCannotHold(scene, new double[] { Phantom.BODY_HALF_X + 0.5, 0, 5 }, AP), "lateral face");
        String edge = CandidateNeedles.plateCannotHold(scene, new double[] { Phantom.BODY_HALF_X - 2, skinY, 5 }, AP);
        assertNotNull(edge, "2 mm from the anterior face's edge: the skin beside it falls away");
        assertTrue(edge.contains("steeper than 50°"), edge);
    }

    @Test
    void freeNeedlesPlannedForATemplateAllEnterOnTheAnteriorFace() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 1, 2).build();
        PlanRequest free = PlanRequest.of("GTV", PlannerTest.RX_GY, PlannerTest.strengthU, 10, NeedleGeometry.Free.around(AP, 80), 0, List.of());
        PlanRequest r = new PlanRequest(free.targetName(), free.rxGy(), free.strengthU(), free.seedSpacingMm(), free.needles(), free.maxNeedles(),
                free.oarLimits(), free.goals(), free.passThroughOars(), free.maxNeedleLengthMm(), free.randomSeed(), true, free.noTraverseOars());
        CandidateNeedles candidates = CandidateNeedles.generate(new PlanningScene(c, r), r);
        assertTrue(candidates.lines.size() > 20, candidates.lines.size() + " candidate needles");
        for (CandidateNeedles.Line l : candidates.lines) {
            // a cone of 80° reaches the lateral faces from a centred target; for a template only the anterior face may take needles
            assertTrue(Math.abs(l.entryMm()[1] + Phantom.BODY_HALF_Y) <= 2, () -> "entry " + java.util.Arrays.toString(l.entryMm()) + " not on the anterior face");
            assertTrue(Math.abs(l.entryMm()[0]) <= Phantom.BODY_HALF_X - 4, () -> "entry " + java.util.Arrays.toString(l.entryMm()) + " at the face's edge");
        }
    }
}
