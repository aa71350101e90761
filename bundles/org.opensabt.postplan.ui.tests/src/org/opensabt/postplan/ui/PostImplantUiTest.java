package org.opensabt.postplan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;
import org.opensabt.postplan.SyntheticPostop;
import org.opensabt.viewer.ui.CaseSession;

/**
 * The post-implant review on real widgets: a phantom planned through the planning panel, a synthetic
 * post-implant CT with the plan's seeds displaced (SyntheticPostop, written as DICOM) evaluated from the
 * view, then a seed deleted, moved and added with the view's buttons, each re-evaluated and undone. The
 * pairing list is checked against nearest planned seeds and distances computed here, the implanted seeds
 * against the synthetic CT's truth. Screenshots (at the view's size in the workbench at 1366×768): target/ui-test/
 * postimplant.png and postimplant-seeds.png (the two tabs), postimplant-deleted.png and postimplant-deleted-seeds.png.
 */
class PostImplantUiTest {

    static CaseSession session;
    static Plan plan;
    static SyntheticPostop.Result postop;
    static Shell shell;
    static PostImplantPanel panel;

    @BeforeAll
    static void plannedPhantomAndSyntheticPostopCt() throws Exception {
        Path caseDir = outputDir().resolve("postimplant-case");
        deleteTree(caseDir);
        plannedPhantom(caseDir);
        session = CaseSession.get();
        plan = session.plan();
        Path ct = outputDir().resolve("postimplant-ct");
        deleteTree(ct);
        deleteTree(outputDir().resolve("postimplant-ct.truth.csv"));
        postop = SyntheticPostop.write(session.patientCase(),
                new SyntheticPostop.Request(new SyntheticPostop.FromPlan(plan.getPlanId(), 1.0, 5), ct, null, false, null, null, 12, 250, 7), null);
        shell = shell("OpenSABT post-implant review (UI test)", 940, 330); // the view's size in the workbench at 1366×768
        panel = new PostImplantPanel(shell, session);
        shell.open();
        settle(300);
    }

    @AfterAll
    static void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    static double distance(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    static double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double number(String cell) {
        return Double.parseDouble(cell.replace("−", "-").replace("+", "").replaceAll("[^0-9.\\-]", ""));
    }

    static TableItem metricRow(String structure, String metric) {
        return Arrays.stream(panel.metricTable().getItems()).filter(i -> i.getText(0).equals(structure + " " + metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + structure + " " + metric));
    }

    static double implantD90() {
        return panel.implant().getMetrics().stream().filter(m -> m.getStructure() != null && m.getStructure().getName().equals("GTV") && m.getName().equals("D90"))
                .mapToDouble(m -> m.getValue()).findFirst().orElseThrow();
    }

    static void select(int row) {
        Table t = panel.pairingTable();
        t.setSelection(row);
        Event e = new Event();
        e.item = t.getItem(row);
        t.notifyListeners(SWT.Selection, e);
    }

    static void waitForEvaluation() {
        assertTrue(waitFor(() -> !panel.busy(), 180), "the re-evaluation finished: " + panel.statusText());
    }

    /** Each listed seed: its planned partner is the nearest planned seed (brute force here) and the distance and L, P, S components are the ones computed here. */
    static void pairingIsNearestPlannedSeed() {
        Implant implant = panel.implant();
        Table t = panel.pairingTable();
        assertEquals(implant.getSeeds().size(), t.getItemCount());
        for (TableItem item : t.getItems()) {
            Seed s = implant.getSeeds().stream().filter(x -> x.getSeedId().equals(item.getText(0))).findFirst().orElseThrow();
            double[] p = array(s.getPositionMm());
            Seed nearest = plan.getSeeds().stream().min((a, b) -> Double.compare(distance(p, array(a.getPositionMm())), distance(p, array(b.getPositionMm()))))
                    .orElseThrow();
            double[] q = array(nearest.getPositionMm());
            assertEquals(nearest.getSeedId(), item.getText(2), s.getSeedId() + "'s partner");
            assertEquals(distance(p, q), number(item.getText(3)), 0.0051, s.getSeedId() + " displacement (mm)");
            for (int k = 0; k < 3; k++) {
                assertEquals(p[k] - q[k], number(item.getText(4 + k)), 0.051, s.getSeedId() + " displacement component " + k);
                assertEquals(p[k], number(item.getText(7 + k)), 0.051, s.getSeedId() + " position " + k);
            }
        }
    }

    @Test
    void evaluateDeleteMoveAddEachReEvaluatedAndUndone() {
        PatientCase c = session.patientCase();
        panel.evaluateFolder(postop.folder());
        waitForEvaluation();
        assertEquals(1, c.getImplants().size(), panel.statusText());
        Implant implant = panel.implant();
        assertNotNull(implant);
        int n = implant.getSeeds().size();
        assertEquals(plan.getSeeds().size(), n, "every planned seed found: " + panel.statusText());
        // the seeds found lie within 1 mm of the synthetic CT's truth (same frame: no shift)
        for (TrueSeed t : postop.truth()) {
            double nearest = implant.getSeeds().stream().mapToDouble(s -> distance(array(s.getPositionMm()), t.positionMm())).min().orElseThrow();
            assertTrue(nearest < 1.0, t.seedId() + ": nearest implanted seed " + nearest + " mm away");
        }
        pairingIsNearestPlannedSeed();
        double d90 = implantD90();
        String d90Cell = metricRow("GTV", "D90").getText(3);
        assertEquals(d90, number(d90Cell), 0.051);
        assertEquals(implantD90() - number(metricRow("GTV", "D90").getText(2)), number(metricRow("GTV", "D90").getText(4)), 0.11, "actual − planned");
        assertEquals(2, panel.dvhCanvas().curveSets().size());
        screenshot(shell, "postimplant.png");
        panel.showTab(1);
        settle(200);
        screenshot(shell, "postimplant-seeds.png");

        // delete the seed nearest the target's centre (the GTV is centred on the origin): D90 drops; undo restores it
        int central = 0;
        for (int i = 0; i < n; i++) {
            if (distance(array(implant.getSeeds().get(i).getPositionMm()), new double[3]) < distance(array(implant.getSeeds().get(central).getPositionMm()),
                    new double[3])) {
                central = i;
            }
        }
        String deletedId = implant.getSeeds().get(central).getSeedId();
        int row = Arrays.asList(panel.pairingTable().getItems()).indexOf(
                Arrays.stream(panel.pairingTable().getItems()).filter(i -> i.getText(0).equals(deletedId)).findFirst().orElseThrow());
        select(row);
        press(panel.deleteButton());
        assertTrue(panel.busy(), "the re-evaluation runs in a job");
        waitForEvaluation();
        assertEquals(n - 1, panel.implant().getSeeds().size(), panel.statusText());
        assertTrue(panel.implant().getSeeds().stream().noneMatch(s -> s.getSeedId().equals(deletedId)));
        double d90Deleted = implantD90();
        assertTrue(d90Deleted < d90 - 0.5, "D90 drops without the central seed: " + d90 + " → " + d90Deleted + " Gy");
        assertEquals(d90Deleted, number(metricRow("GTV", "D90").getText(3)), 0.051, "the table shows the re-evaluated D90");
        assertTrue(panel.statusText().startsWith("Delete seed " + deletedId), panel.statusText());
        assertEquals("Delete seed " + deletedId, session.undoLabel(), "Edit ▸ Undo names the edit");
        screenshot(shell, "postimplant-deleted-seeds.png");
        panel.showTab(0);
        settle(200);
        screenshot(shell, "postimplant-deleted.png");
        panel.showTab(1);
        session.undo();
        settle(700); // the panel shows the case again once the edits pause
        assertEquals(n, panel.implant().getSeeds().size());
        assertEquals(d90, implantD90(), 0.0, "undo restores the implant");
        assertEquals(d90Cell, metricRow("GTV", "D90").getText(3));
        pairingIsNearestPlannedSeed();

        // Delete then Cancel at once: nothing changes, the buttons come back
        select(0);
        press(panel.deleteButton());
        assertTrue(panel.cancelButton().isEnabled() && !panel.deleteButton().isEnabled(), "Cancel while it runs, the edits disabled");
        press(panel.cancelButton());
        waitForEvaluation();
        assertTrue(panel.statusText().contains("cancelled; nothing changed"), panel.statusText());
        assertEquals(n, panel.implant().getSeeds().size());
        assertEquals(d90, implantD90(), 0.0);
        assertTrue(panel.deleteButton().isEnabled() && !panel.cancelButton().isEnabled());

        // move a seed 3 mm to the patient's left, typed in the fields: its displacement is the distance computed here
        select(0);
        String movedId = panel.pairingTable().getItem(0).getText(0);
        double[] before = array(panel.implant().getSeeds().stream().filter(s -> s.getSeedId().equals(movedId)).findFirst().orElseThrow().getPositionMm());
        assertEquals(before[0], number(panel.positionFields()[0].getText()), 0.051, "selecting a seed shows its position");
        double[] typed = { Math.round(before[0] * 10) / 10.0 + 3, Math.round(before[1] * 10) / 10.0, Math.round(before[2] * 10) / 10.0 };
        for (int k = 0; k < 3; k++) {
            panel.positionFields()[k].setText(String.format(Locale.ROOT, "%.1f", typed[k]));
        }
        press(panel.moveButton());
        waitForEvaluation();
        Seed moved = panel.implant().getSeeds().stream().filter(s -> s.getSeedId().equals(movedId)).findFirst().orElseThrow();
        assertEquals(0, distance(typed, array(moved.getPositionMm())), 1e-6, "moved to the typed position (same frame)");
        assertEquals("moved", moved.getOrigin());
        TableItem movedRow = Arrays.stream(panel.pairingTable().getItems()).filter(i -> i.getText(0).equals(movedId)).findFirst().orElseThrow();
        Seed partner = plan.getSeeds().stream().filter(s -> s.getSeedId().equals(movedRow.getText(2))).findFirst().orElseThrow();
        assertEquals(distance(typed, array(partner.getPositionMm())), number(movedRow.getText(3)), 0.0051, "displacement of the moved seed");
        pairingIsNearestPlannedSeed();
        session.undo();
        settle(700); // the panel shows the case again once the edits pause
        assertEquals(0, distance(before, array(panel.implant().getSeeds().stream().filter(s -> s.getSeedId().equals(movedId)).findFirst().orElseThrow()
                .getPositionMm())), 1e-9, "undo puts the seed back");

        // add a seed at the target's centre: one more seed, D90 rises; undo
        panel.pairingTable().deselectAll();
        for (Text field : panel.positionFields()) {
            field.setText("0");
        }
        press(panel.addButton());
        waitForEvaluation();
        assertEquals(n + 1, panel.implant().getSeeds().size(), panel.statusText());
        assertTrue(panel.implant().getSeeds().stream().anyMatch(s -> s.getSeedId().equals("A001") && "added".equals(s.getOrigin())));
        assertTrue(implantD90() > d90, "an extra central seed raises D90");
        session.undo();
        settle(700); // the panel shows the case again once the edits pause
        assertEquals(n, panel.implant().getSeeds().size());
        assertEquals(d90, implantD90(), 0.0);
    }
}
