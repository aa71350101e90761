package org.opensabt.viewer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.Seed;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;

/** An approved plan cannot be edited through the case's edits: every such change is rolled back and refused with the reason. */
class ApprovedPlansTest {

    private static final String REASON = "Plan p1 is approved by Dr Roe on 2026-12-06T09:05:07; make a new draft to change it";

    @TempDir
    Path temp;

    private static Plan plan(String id) {
        ModelFactory f = ModelFactory.eINSTANCE;
        Plan plan = f.createPlan();
        plan.setPlanId(id);
        plan.setStatus(PlanStatus.DRAFT);
        Needle needle = f.createNeedle();
        needle.setNeedleId("N1");
        needle.getEntryPointMm().addAll(List.of(0.0, -60.0, 0.0));
        needle.getTipPointMm().addAll(List.of(0.0, 5.0, 0.0));
        plan.getNeedles().add(needle);
        for (int i = 0; i < 2; i++) {
            Seed seed = f.createSeed();
            seed.setSeedId("N1-" + i);
            seed.getPositionMm().addAll(List.of(0.0, -10.0 * i, 0.0));
            seed.setNeedle(needle);
            plan.getSeeds().add(seed);
        }
        DoseMetric d90 = f.createDoseMetric();
        d90.setName("D90");
        d90.setValue(150);
        d90.setUnit("Gy");
        plan.getMetrics().add(d90);
        plan.setDoseGrid(f.createDoseGrid());
        return plan;
    }

    private CaseEditing approvedCase() throws Exception {
        Path folder = temp.resolve("case");
        new CaseStore("test").save(new Phantom(10, 5, false, 3, 5).build(), folder);
        CaseEditing editing = new CaseEditing("test");
        PatientCase c = editing.open(folder);
        assertTrue(editing.change("Add plan p1", () -> c.getPlans().add(plan("p1"))));
        Plan p = c.getPlans().get(0);
        assertTrue(editing.change("Move a seed of the draft", () -> p.getSeeds().get(0).getPositionMm().set(2, 1.0)), "a draft is edited freely");
        assertTrue(editing.change("Approve p1", () -> {
            p.setStatus(PlanStatus.APPROVED);
            p.setApprovedBy("Dr Roe");
            p.setApprovedDateTime("2026-12-06T09:05:07");
        }), "approving is a change of the plan's status");
        assertEquals(REASON, ApprovedPlans.refusal(p));
        return editing;
    }

    @Test
    void editsOfAnApprovedPlansNeedlesSeedsDoseAndMetricsAreRefusedAndRolledBack() throws Exception {
        CaseEditing editing = approvedCase();
        PatientCase c = editing.patientCase();
        Plan p = c.getPlans().get(0);
        Plan before = EcoreUtil.copy(p);
        List<Runnable> edits = List.of(
                () -> p.getSeeds().get(0).getPositionMm().set(0, 5.0), // drag a seed
                () -> p.getSeeds().add(ModelFactory.eINSTANCE.createSeed()), // add a seed
                () -> p.getSeeds().remove(1), // delete a seed
                () -> p.getNeedles().get(0).getTipPointMm().set(1, 9.0), // move a needle
                () -> p.getNeedles().clear(), // remove the needles
                () -> p.getMetrics().get(0).setValue(1), // a metric
                () -> p.getMetrics().clear(), // re-evaluation
                () -> p.setDoseGrid(ModelFactory.eINSTANCE.createDoseGrid()), // a new dose
                () -> p.setPrescriptionDoseGy(160), // the prescription
                () -> p.setStatus(PlanStatus.DRAFT), // back to a draft
                () -> { // replaced by a plan of the same id (as a re-plan stores its plan)
                    c.getPlans().removeIf(x -> x.getPlanId().equals("p1"));
                    c.getPlans().add(plan("p1"));
                });
        for (int i = 0; i < edits.size(); i++) {
            assertFalse(editing.change("Edit " + i, edits.get(i)), "edit " + i + " refused");
            assertEquals(REASON, editing.lastRefusal());
            assertSame(p, c.getPlans().get(0), "the approved plan is still in the case");
            assertTrue(EcoreUtil.equals(before, p), "rolled back");
            assertEquals("Approve p1", editing.undoLabel(), "a refused edit is not on the stack");
        }
        // the same through a direct ChangeCommand on any stack
        BasicCommandStack stack = new BasicCommandStack();
        ChangeCommand direct = new ChangeCommand(c, "Drag", () -> p.getSeeds().get(0).getPositionMm().set(0, 5.0));
        ApprovedPlanException e = assertThrows(ApprovedPlanException.class, direct::execute);
        assertEquals(REASON, e.getMessage());
        assertFalse(stack.canUndo());
        assertTrue(EcoreUtil.equals(before, p));
    }

    @Test
    void otherCommandsAreHeldToTheRuleAndHarmlessChangesPass() throws Exception {
        CaseEditing editing = approvedCase();
        PatientCase c = editing.patientCase();
        Plan p = c.getPlans().get(0);
        Seed seed = p.getSeeds().get(0);
        // a hand-written command with its own undo
        AbstractCommand drag = new AbstractCommand("Drag seed") {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                seed.getPositionMm().set(0, 7.0);
            }

            @Override
            public void redo() {
                execute();
            }

            @Override
            public void undo() {
                seed.getPositionMm().set(0, 0.0);
            }
        };
        assertFalse(editing.execute(drag));
        assertEquals(REASON, editing.lastRefusal());
        assertEquals(0.0, seed.getPositionMm().get(0));
        assertEquals("Approve p1", editing.undoLabel());

        // a template's hole labels, a new label, other plans, retiring: allowed
        assertTrue(editing.change("Add template", () -> p.getNeedles().get(0).setGuideHoleId("A1")));
        assertNull(editing.lastRefusal());
        assertTrue(editing.change("Rename", () -> p.setLabel("final")));
        assertTrue(editing.change("Add draft", () -> {
            Plan draft = plan("p1-draft");
            draft.setBasedOnPlanId("p1");
            c.getPlans().add(draft);
        }));
        assertTrue(editing.change("Edit the draft", () -> c.getPlans().get(1).getSeeds().get(0).getPositionMm().set(0, 4.0)));
        assertTrue(editing.change("Retire p1", () -> p.setStatus(PlanStatus.RETIRED)));
        // undo back to before the approval: a draft again, editable
        while (!"Approve p1".equals(editing.undoLabel())) {
            editing.undo();
        }
        editing.undo();
        assertEquals(PlanStatus.DRAFT, p.getStatus());
        assertTrue(editing.change("Drag", () -> seed.getPositionMm().set(0, 5.0)));
    }
}
