package org.opensabt.viewer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.contour.CaseContents;
import org.opensabt.model.Contour;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;

/**
 * The generic undoable command (EMF change recording), the edited case's stack across saves, and the
 * per-case scheduling rule. Model equality is EMF's structural {@link EcoreUtil#equals} of a copy taken
 * independently before and after the edit (attributes, containment and the targets of references).
 */
class CaseEditingTest {

    @TempDir
    Path temp;

    private static PatientCase phantom() {
        return new Phantom(10, 5, false, 3, 5).build();
    }

    private static Structure structure(PatientCase c, String name) {
        return CaseContents.structures(c).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Plan plan(String id, Structure target) {
        Plan plan = ModelFactory.eINSTANCE.createPlan();
        plan.setPlanId(id);
        plan.setPrescriptionDoseGy(145);
        plan.setTarget(target);
        Needle needle = ModelFactory.eINSTANCE.createNeedle();
        needle.setNeedleId(id + "-n1");
        needle.getEntryPointMm().addAll(List.of(0.0, -60.0, 0.0));
        needle.getTipPointMm().addAll(List.of(0.0, 5.0, 0.0));
        plan.getNeedles().add(needle);
        Seed seed = ModelFactory.eINSTANCE.createSeed();
        seed.setSeedId(id + "-s1");
        seed.getPositionMm().addAll(List.of(1.0, 2.0, 3.0));
        seed.setNeedle(needle);
        plan.getSeeds().add(seed);
        return plan;
    }

    @Test
    void undoAndRedoRestoreTheExactModelWithContainmentAndReferences() {
        PatientCase c = phantom();
        Structure gtv = structure(c, "GTV");
        Structure oar = structure(c, "OAR");
        StructureSet set = (StructureSet) gtv.eContainer();
        int gtvIndex = set.getStructures().indexOf(gtv);
        Plan existing = plan("p0", gtv);
        c.getPlans().add(existing);
        Seed existingSeed = existing.getSeeds().get(0);
        Contour moved = oar.getContours().get(0);
        PatientCase before = EcoreUtil.copy(c);

        Plan added = plan("p1", oar);
        ChangeCommand edit = new ChangeCommand(c, "Edit everything", () -> {
            c.getPlans().add(0, added); // containment add, at the front
            set.getStructures().remove(gtv); // containment remove (the old plan still points at it)
            existing.setTarget(oar); // reference
            existing.getSeeds().remove(existingSeed); // nested containment remove
            gtv.getContours().add(moved); // containment move between structures
            existing.getNeedles().get(0).getTipPointMm().set(1, 9.5); // many-valued attribute
            c.setCaseId("renamed"); // attribute
        });
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(edit);
        assertSame(edit, stack.getMostRecentCommand());
        PatientCase after = EcoreUtil.copy(c);
        assertFalse(EcoreUtil.equals(before, c), "the edit changed the case");
        assertEquals("Edit everything", stack.getUndoCommand().getLabel());

        stack.undo();
        assertTrue(EcoreUtil.equals(before, c), "undo restores the case exactly");
        assertSame(gtv, set.getStructures().get(gtvIndex), "the removed structure itself is back in its place");
        assertSame(gtv, existing.getTarget());
        assertSame(existingSeed, existing.getSeeds().get(0));
        assertSame(existing.getNeedles().get(0), existingSeed.getNeedle());
        assertSame(oar, moved.eContainer());
        assertFalse(c.getPlans().contains(added));
        assertTrue(edit.getAffectedObjects().contains(gtv), "undo re-attached the structure");

        stack.redo();
        assertTrue(EcoreUtil.equals(after, c), "redo makes the edit again");
        assertSame(added, c.getPlans().get(0));
        assertSame(oar, added.getTarget());
        assertSame(added.getNeedles().get(0), added.getSeeds().get(0).getNeedle());
        assertSame(gtv, moved.eContainer());
        assertTrue(edit.getAffectedObjects().contains(added), "redo attached the plan");

        stack.undo();
        assertTrue(EcoreUtil.equals(before, c), "and undo again");
        stack.redo();
        assertTrue(EcoreUtil.equals(after, c));
    }

    @Test
    void aChangeThatFailsIsRolledBackAndNotKept() {
        PatientCase c = phantom();
        PatientCase before = EcoreUtil.copy(c);
        BasicCommandStack stack = new BasicCommandStack() {
            @Override
            protected void handleError(Exception exception) {
                // expected here; the default logs it
            }
        };
        stack.execute(new ChangeCommand(c, "Half an edit", () -> {
            c.getPlans().add(plan("p1", structure(c, "GTV")));
            structure(c, "OAR").getContours().clear();
            throw new IllegalStateException("the facade refused");
        }));
        assertTrue(EcoreUtil.equals(before, c), "the partial change is undone");
        assertFalse(stack.canUndo());
        assertThrows(IllegalStateException.class, () -> new ChangeCommand(c, "x", () -> {
            c.setCaseId("y");
            throw new IllegalStateException("no");
        }).execute());
        assertEquals(before.getCaseId(), c.getCaseId());
    }

    @Test
    void savingKeepsTheUndoHistoryAndMovesTheSavePoint() throws Exception {
        Path folder = temp.resolve("case");
        new CaseStore("test").save(phantom(), folder);
        CaseEditing editing = new CaseEditing("test");
        PatientCase c = editing.open(folder);
        assertFalse(editing.dirty());
        assertNull(editing.undoLabel());

        assertTrue(editing.change("Add plan p1", () -> c.getPlans().add(plan("p1", structure(c, "GTV")))));
        assertTrue(editing.dirty());
        editing.save();
        assertFalse(editing.dirty(), "clean at the save point");
        assertEquals("Add plan p1", editing.undoLabel(), "the save kept the history");
        assertEquals(List.of("p1"), planIds(new CaseStore().load(folder)));

        editing.undo();
        assertTrue(c.getPlans().isEmpty());
        assertTrue(editing.dirty(), "undo past the save point: unsaved again");
        editing.redo();
        assertFalse(editing.dirty(), "redo back to the save point: clean");
        assertEquals(1, c.getPlans().size());

        editing.undo();
        editing.save(); // a second save (of the undone case) is not taken for a conflicting writer
        assertFalse(editing.dirty());
        assertEquals(List.of(), planIds(new CaseStore().load(folder)));
        assertEquals("Add plan p1", editing.redoLabel(), "the save kept the redo too");
        editing.redo();
        assertTrue(editing.dirty());
        assertEquals(List.of("p1"), planIds(c));

        assertFalse(editing.change("Broken", () -> {
            throw new IllegalStateException("refused");
        }), "a failing change is not on the stack");
        assertEquals("Add plan p1", editing.undoLabel());
        assertEquals(CaseRule.of(folder), editing.rule());

        editing.open(folder);
        assertNull(editing.undoLabel(), "opening a case starts a new history");
    }

    private static List<String> planIds(PatientCase c) {
        return c.getPlans().stream().map(Plan::getPlanId).toList();
    }

    @Test
    void theCaseRuleConflictsOnlyForTheSameCase() throws Exception {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        java.nio.file.Files.createDirectories(a);
        ISchedulingRule ruleA = CaseRule.of(a);
        assertTrue(ruleA.isConflicting(CaseRule.of(a.resolve("..").resolve("a"))), "another rule object of the same folder");
        assertFalse(ruleA.isConflicting(CaseRule.of(b)));
        assertFalse(ruleA.isConflicting(new ISchedulingRule() {
            @Override
            public boolean isConflicting(ISchedulingRule rule) {
                return rule == this;
            }

            @Override
            public boolean contains(ISchedulingRule rule) {
                return rule == this;
            }
        }));

        // two jobs on one case: the second waits until the first is done
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicBoolean firstRunning = new AtomicBoolean();
        AtomicBoolean overlapped = new AtomicBoolean();
        CountDownLatch secondRan = new CountDownLatch(1);
        Job first = job("first on a", CaseRule.of(a), () -> {
            firstRunning.set(true);
            firstStarted.countDown();
            await(releaseFirst);
            firstRunning.set(false);
        });
        Job second = job("second on a", CaseRule.of(a), () -> {
            overlapped.set(firstRunning.get());
            secondRan.countDown();
        });
        first.schedule();
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        second.schedule();
        assertFalse(secondRan.await(500, TimeUnit.MILLISECONDS), "the second job on the same case waits");
        releaseFirst.countDown();
        assertTrue(secondRan.await(10, TimeUnit.SECONDS));
        assertFalse(overlapped.get());

        // jobs on different cases run at once: the job on a finishes only when the one on b has run meanwhile
        CountDownLatch bRan = new CountDownLatch(1);
        AtomicBoolean sawB = new AtomicBoolean();
        Job onA = job("on a", CaseRule.of(a), () -> sawB.set(await(bRan)));
        Job onB = job("on b", CaseRule.of(b), bRan::countDown);
        onA.schedule();
        onB.schedule();
        assertTrue(onA.join(20_000, null));
        assertTrue(sawB.get(), "the job on the other case ran while the first was running");
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Job job(String name, ISchedulingRule rule, Runnable body) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                body.run();
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setRule(rule);
        return job;
    }
}
