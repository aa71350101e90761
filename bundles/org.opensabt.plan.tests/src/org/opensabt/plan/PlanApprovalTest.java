package org.opensabt.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.Seed;

/** Approving a plan and making a new draft from an approved one, on a hand-made case. */
class PlanApprovalTest {

    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 12, 6, 9, 5, 7, 123_000_000);

    /** A case with one draft plan: one needle with two seeds, a 2×2×1 dose grid and a D90. */
    static PatientCase caseWithPlan(String planId, boolean dosed) {
        ModelFactory f = ModelFactory.eINSTANCE;
        PatientCase c = f.createPatientCase();
        c.setCaseId("c1");
        c.setSchemaVersion("1.4");
        Plan p = f.createPlan();
        p.setPlanId(planId);
        p.setLabel("hand-made");
        p.setStatus(PlanStatus.DRAFT);
        p.setPrescriptionDoseGy(145);
        Needle n = f.createNeedle();
        n.setNeedleId("N1");
        n.getEntryPointMm().addAll(List.of(0.0, 0.0, -50.0));
        n.getTipPointMm().addAll(List.of(0.0, 0.0, 10.0));
        n.getDirectionUnit().addAll(List.of(0.0, 0.0, 1.0));
        p.getNeedles().add(n);
        for (int i = 0; i < 2; i++) {
            Seed s = f.createSeed();
            s.setSeedId("N1-" + (i + 1));
            s.getPositionMm().addAll(List.of(0.0, 0.0, i * 10.0));
            s.getDirectionUnit().addAll(List.of(0.0, 0.0, 1.0));
            s.setAirKermaStrengthU(0.5);
            s.setNeedle(n);
            p.getSeeds().add(s);
        }
        if (dosed) {
            DoseGrid g = f.createDoseGrid();
            g.setColumns(2);
            g.setRows(2);
            g.setSlices(1);
            g.setDoseValues(new float[] { 1, 2, 3, 4 });
            p.setDoseGrid(g);
            DoseMetric d90 = f.createDoseMetric();
            d90.setName("D90");
            d90.setValue(150);
            d90.setUnit("Gy");
            p.getMetrics().add(d90);
        }
        c.getPlans().add(p);
        return c;
    }

    @Test
    void approvingADraftRecordsWhoAndWhenOnlyWhenApplied() throws Exception {
        PatientCase c = caseWithPlan("p1", true);
        Plan p = c.getPlans().get(0);
        PlanApproval.Approval a = PlanApproval.approve(c, new PlanApproval.Request("p1", "  Dr Jane Roe ", WHEN), null);
        assertEquals(new PlanApproval.Approval("p1", "Dr Jane Roe", "2026-12-06T09:05:07"), a);
        assertEquals(PlanStatus.DRAFT, p.getStatus(), "computing does not change the case");
        assertNull(p.getApprovedBy());
        PlanApproval.apply(c, a);
        assertEquals(PlanStatus.APPROVED, p.getStatus());
        assertEquals("Dr Jane Roe", p.getApprovedBy());
        assertEquals("2026-12-06T09:05:07", p.getApprovedDateTime());
        // seconds are kept even when zero
        assertEquals("2026-12-06T09:05:00", PlanApproval.approve(caseWithPlan("q", true), new PlanApproval.Request("q", "X", WHEN.withSecond(0)), null)
                .approvedDateTime());
    }

    @Test
    void approvalIsRefusedInOneLineWithoutDoseMetricsOrApproverAndWhenApprovedAlready() throws Exception {
        PatientCase undosed = caseWithPlan("p1", false);
        assertEquals("plan p1 has no dose; compute its dose before approving it", refusal(undosed, "p1", "Dr Roe"));
        PatientCase noMetrics = caseWithPlan("p1", true);
        noMetrics.getPlans().get(0).getMetrics().clear();
        assertEquals("plan p1 has no dose metrics; evaluate its dose before approving it", refusal(noMetrics, "p1", "Dr Roe"));
        PatientCase c = caseWithPlan("p1", true);
        assertEquals("approver: a name is needed to approve plan p1", refusal(c, "p1", " "));
        assertEquals("approver: a name is needed to approve plan p1", refusal(c, "p1", null));
        assertEquals("no plan p9 (plans: p1)", refusal(c, "p9", "Dr Roe"));
        PlanApproval.apply(c, PlanApproval.approve(c, new PlanApproval.Request("p1", "Dr Roe", WHEN), null));
        assertEquals("plan p1 is already approved by Dr Roe on 2026-12-06T09:05:07", refusal(c, "p1", "Dr Doe"));
        assertThrows(IllegalArgumentException.class, () -> PlanApproval.apply(c, new PlanApproval.Approval("p1", "Dr Doe", "2026-12-07T00:00:00")));
        assertEquals("Dr Roe", c.getPlans().get(0).getApprovedBy(), "a second approval changes nothing");
        for (PatientCase x : List.of(undosed, noMetrics)) {
            assertEquals(PlanStatus.DRAFT, x.getPlans().get(0).getStatus());
        }
    }

    @Test
    void aNewDraftIsAnIndependentCopyOfTheApprovedPlan() throws Exception {
        PatientCase c = caseWithPlan("p1", true);
        PlanApproval.apply(c, PlanApproval.approve(c, new PlanApproval.Request("p1", "Dr Roe", WHEN), null));
        Plan approved = c.getPlans().get(0);
        assertEquals("p1-draft", PlanApproval.nextDraftId(c, "p1"));
        PlanApproval.Draft d = PlanApproval.newDraft(c, new PlanApproval.DraftRequest("p1", "p1-draft"), null);
        assertEquals(1, c.getPlans().size(), "computing does not change the case");
        PlanApproval.apply(c, d);
        assertEquals(2, c.getPlans().size());
        Plan draft = c.getPlans().get(1);
        assertSame(d.plan(), draft);
        assertEquals("p1-draft", draft.getPlanId());
        assertEquals(PlanStatus.DRAFT, draft.getStatus());
        assertNull(draft.getApprovedBy());
        assertNull(draft.getApprovedDateTime());
        assertEquals("p1", draft.getBasedOnPlanId());
        assertEquals(145, draft.getPrescriptionDoseGy());
        assertEquals(1, draft.getNeedles().size());
        assertEquals(2, draft.getSeeds().size());
        assertEquals(1, draft.getMetrics().size());
        assertNotSame(approved.getNeedles().get(0), draft.getNeedles().get(0));
        assertSame(draft.getNeedles().get(0), draft.getSeeds().get(0).getNeedle(), "the copy's seeds sit on the copy's needles");
        assertNotSame(approved.getDoseGrid().getDoseValues(), draft.getDoseGrid().getDoseValues());
        assertArrayEquals(approved.getDoseGrid().getDoseValues(), draft.getDoseGrid().getDoseValues());
        // editing the draft leaves the approved plan as it was
        draft.getSeeds().get(0).getPositionMm().set(2, 3.0);
        draft.getDoseGrid().getDoseValues()[0] = 99;
        draft.getSeeds().remove(1);
        assertEquals(0.0, approved.getSeeds().get(0).getPositionMm().get(2));
        assertEquals(1f, approved.getDoseGrid().getDoseValues()[0]);
        assertEquals(2, approved.getSeeds().size());
        assertEquals(PlanStatus.APPROVED, approved.getStatus());
        assertEquals("p1-draft2", PlanApproval.nextDraftId(c, "p1"));
        PlanningException e = assertThrows(PlanningException.class, () -> PlanApproval.newDraft(c, new PlanApproval.DraftRequest("p1", "p1-draft"), null));
        assertEquals("new plan id: the case has a plan p1-draft already", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlanApproval.apply(c, d));
        assertTrue(PlanApproval.approve(c, new PlanApproval.Request("p1-draft", "Dr Roe", WHEN), null) != null, "the draft can be approved");
    }

    private static String refusal(PatientCase c, String planId, String who) {
        return assertThrows(PlanningException.class, () -> PlanApproval.approve(c, new PlanApproval.Request(planId, who, WHEN), null)).getMessage();
    }
}
