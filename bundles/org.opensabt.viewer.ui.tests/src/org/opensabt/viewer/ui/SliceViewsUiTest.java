package org.opensabt.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Structure;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.DoseSampler;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;

/**
 * The slice views, contouring tools, seed editing and planning panel on real SWT widgets, on a phantom
 * planned in the test through the planning panel (a 30 cc spherical GTV drawn in red). Expected values come
 * from the phantom's geometry and the tools' own inputs (voxels of a square counted here, an eraser's disc),
 * and what is on screen is read back as pixels. Screenshots: target/ui-test/slices.png, contouring.png.
 * The tests share one case and run in order (each leaves it saved and unchanged).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SliceViewsUiTest {

    static final String TARGET = "GTV";

    static CaseSession session;
    static String planStatus;
    static Shell shell;
    static SlicesPanel panel;
    static ContourTools tools;
    static PlanningControls planning;
    static PlanPanel planPanel;
    static Consumer<CaseSession> follow;

    @BeforeAll
    static void openAPlannedPhantom() throws Exception {
        Path caseDir = outputDir().resolve("slices-case");
        deleteTree(caseDir);
        planStatus = plannedPhantom(caseDir);
        session = CaseSession.get();
        shell = shell("OpenSABT slice views (UI test)", 1260, 800);
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        panel = new SlicesPanel(sash);
        SashForm planArea = new SashForm(sash, SWT.HORIZONTAL);
        planning = new PlanningControls(planArea, session);
        planPanel = new PlanPanel(planArea);
        planArea.setWeights(2, 5);
        sash.setWeights(520, 320);
        follow = s -> {
            planPanel.setCase(s.patientCase(), s.plan());
            planning.refresh();
            panel.setScene(new SliceScene(s.patientCase(), s.plan()));
        };
        session.addListener(follow);
        SliceScene scene = new SliceScene(session.patientCase(), session.plan());
        panel.setScene(scene);
        tools = panel.enableEditing(session);
        planPanel.setCase(session.patientCase(), session.plan());
        shell.open();
        panel.showPoint(scene.centroidMm(TARGET));
        settle(800);
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.removeListener(follow);
        }
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    @Order(1)
    void optimiseAddedAPlanMeetingRxListedInGyAndUndoRedoTakeItOutAndBack() {
        Plan plan = session.plan();
        assertTrue(plan.getPlanId().startsWith("ui-plan-") && planStatus.startsWith(plan.getPlanId()), planStatus);
        double d90 = Double.NaN;
        for (TableItem item : planPanel.metricsTable().getItems()) {
            if (item.getText(0).equalsIgnoreCase(TARGET) && item.getText(1).equals("D90") && item.getText(3).equals("Gy")) {
                d90 = Double.parseDouble(item.getText(2));
            }
        }
        double rx = plan.getPrescriptionDoseGy();
        System.out.printf(Locale.ROOT, "Optimise (the planning panel, as a job): %s; metrics table: %s D90 %.1f Gy (Rx %.1f Gy)%n", planStatus, TARGET, d90, rx);
        assertTrue(d90 >= rx - 0.05, () -> "D90 in the metrics table below Rx " + rx + " Gy: " + planStatus);
        assertTrue(waitFor(() -> !planPanel.curvesPending(), 60), "the DVH computed in the background");
        settle(200);
        int dvhPixels = count(planPanel.dvhCanvas(), new RGB(255, 0, 0))[0];
        assertTrue(dvhPixels > 100, "the GTV's DVH curve (red) on screen: " + dvhPixels + " pixels");

        int plans = session.patientCase().getPlans().size();
        session.commands().undo();
        assertEquals(plans - 1, session.patientCase().getPlans().size(), "undo removes the optimised plan");
        assertTrue(session.dirty());
        session.commands().redo();
        assertEquals(plans, session.patientCase().getPlans().size(), "redo adds it again");
        assertSame(plan, session.patientCase().getPlans().get(plans - 1));
        assertFalse(session.dirty(), "back where the case was saved");
        session.setPlan(plan); // the session shows no plan after the undo; chosen again, as in the plan panel
        settle(300);
    }

    @Test
    @Order(2)
    void optimiseCancelledAtItsFirstProgressAddsNothing() {
        int plans = session.patientCase().getPlans().size();
        planning.setTarget(TARGET);
        // on a fast machine the small phantom may be planned before Cancel is pressed: hold the finished job until
        // then, so Cancel always meets a running job (the hold itself is PlanningUiTest's cancel-race test)
        java.util.concurrent.CountDownLatch cancelPressed = new java.util.concurrent.CountDownLatch(1);
        planning.beforeApply(() -> {
            try {
                cancelPressed.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        press(planning.optimiseButton());
        assertFalse(planning.optimiseButton().isEnabled(), "Optimise is disabled while it runs");
        assertTrue(planning.cancelButton().isEnabled(), "Cancel is enabled while it runs");
        long t0 = System.nanoTime();
        waitFor(() -> !planning.statusText().startsWith("Optimising"), 60);
        press(planning.cancelButton());
        cancelPressed.countDown();
        planning.beforeApply(null);
        assertTrue(waitFor(() -> planning.optimiseButton().isEnabled(), 300), "the job ends after Cancel");
        System.out.printf(Locale.ROOT, "Optimise then Cancel after %.1f s: \"%s\"%n", (System.nanoTime() - t0) / 1e9, planning.statusText());
        assertTrue(planning.statusText().startsWith("Cancelled"), planning.statusText());
        assertEquals(plans, session.patientCase().getPlans().size());
        assertFalse(planning.cancelButton().isEnabled());
        assertFalse(session.dirty());
    }

    @Test
    @Order(3)
    void outlineIsodoseSeedsAndNeedlesAreOnScreenInAllThreeViews() {
        SliceScene scene = panel.scene();
        panel.showPoint(scene.centroidMm(TARGET));
        settle(300);
        RGB gtv = structureColor(TARGET);
        assertEquals(new RGB(255, 0, 0), gtv, "the phantom draws its GTV in red");
        for (SliceCanvas view : panel.views()) {
            int[] counts = count(view, gtv, SliceCanvas.ISODOSE_COLORS[1], SliceCanvas.SEED_COLOR);
            System.out.printf(Locale.ROOT, "%s view, slice %d: %d GTV outline pixels, %d pixels of the 100 %% isodose, %d seed pixels%n",
                    view.orientation().label(), view.slice() + 1, counts[0], counts[1], counts[2]);
            assertTrue(counts[0] > 50 && counts[1] > 50 && counts[2] > 10, view.orientation().label() + " view: " + Arrays.toString(counts));
        }
        Plan plan = session.plan();
        int needlePixels = count(panel.views().get(0), SliceCanvas.NEEDLE_COLOR)[0];
        assertFalse(plan.getNeedles().isEmpty(), "the plan has needles");
        assertTrue(needlePixels > 20, "needles on the axial view: " + needlePixels + " pixels");
        Path png = screenshot(shell, "slices.png");
        System.out.println("screenshot " + png);
    }

    /**
     * A 20 mm square drawn with the polygon tool (4 clicks and a click on the first point) beside the GTV grows
     * it by the square's voxels; an eraser stroke inside takes about its disc; Undo ×2, Redo ×2, Save, read back.
     */
    @Test
    @Order(4)
    void polygonEraserUndoRedoAndSaveOnTheAxialView() throws Exception {
        SliceScene scene = panel.scene();
        Structure gtv = CaseContents.structures(session.patientCase()).stream().filter(s -> s.getName().equals(TARGET)).findFirst().orElseThrow();
        var grid = scene.slicer().grid();
        double before = StructureGeometry.mask(gtv, grid).volumeCc();
        int[] box = scene.mask(gtv).boundsIndex(); // {c0, r0, s0, c1, r1, s1}
        SliceCanvas axial = panel.views().get(0);
        int k = (box[2] + box[5]) / 2;
        axial.setSlice(k);
        double side = 20;
        double pc = grid.spacingMm()[0];
        double pr = grid.spacingMm()[1];
        double c0 = box[3] + 6 + side / pc < grid.columns() ? box[3] + 6 : box[0] - 6 - side / pc; // beside the structure, in the image
        double r0 = (box[1] + box[4]) / 2.0 - side / pr / 2;
        double[][] corners = { { c0, r0 }, { c0 + side / pc, r0 }, { c0 + side / pc, r0 + side / pr }, { c0, r0 + side / pr } };
        long inside = 0; // voxel centres inside the square, counted here independently of the tools
        for (int r = 0; r < grid.rows(); r++) {
            for (int col = 0; col < grid.columns(); col++) {
                inside += col >= c0 && col <= c0 + side / pc && r >= r0 && r <= r0 + side / pr ? 1 : 0;
            }
        }
        double expectedGainCc = inside * grid.voxelVolumeCc();
        tools.selectStructure(gtv.getName());
        tools.setTool(SliceCanvas.Tool.POLYGON);
        RGB red = new RGB(255, 0, 0);
        int pixelsBefore = count(axial, red)[0];
        double[] out = { -1, 1, 1, -1 }; // corners 0.4 voxel outwards: a click's rounding to screen pixels decides no voxel on the edge
        for (int i = 0; i < 4; i++) {
            click(axial, screen(axial, scene, grid.positionMm(corners[i][0] + 0.4 * out[i], corners[i][1] + 0.4 * (i < 2 ? -1 : 1), k)));
        }
        click(axial, screen(axial, scene, grid.positionMm(corners[0][0] - 0.4, corners[0][1] - 0.4, k))); // closes the polygon
        settle(300);
        double drawn = StructureGeometry.mask(gtv, grid).volumeCc();
        int pixelsAfter = count(axial, red)[0];
        System.out.printf(Locale.ROOT, "polygon on %s: %.3f → %.3f cc (+%.3f cc, expected +%.3f cc for the square's %d voxels); %d → %d outline pixels; %s%n",
                TARGET, before, drawn, drawn - before, expectedGainCc, inside, pixelsBefore, pixelsAfter, tools.statusText());
        assertEquals(expectedGainCc, drawn - before, 0.1 * expectedGainCc, "volume added by the square");
        assertTrue(pixelsAfter > pixelsBefore + 100, "the square's outline on screen: " + pixelsBefore + " → " + pixelsAfter);
        assertTrue(session.dirty());
        screenshot(shell, "contouring.png");

        tools.setTool(SliceCanvas.Tool.ERASER);
        double radius = axial.brushRadiusMm();
        int[] xy = screen(axial, scene, grid.positionMm(c0 + side / pc / 2, r0 + side / pr / 2, k));
        mouse(axial, SWT.MouseDown, xy, 0);
        mouse(axial, SWT.MouseMove, new int[] { xy[0] + 1, xy[1] }, SWT.BUTTON1);
        mouse(axial, SWT.MouseUp, new int[] { xy[0] + 1, xy[1] }, 0);
        settle(200);
        double erased = StructureGeometry.mask(gtv, grid).volumeCc();
        double expectedLoss = Math.PI * radius * radius * grid.spacingMm()[2] / 1000;
        assertEquals(expectedLoss, drawn - erased, 0.25 * expectedLoss, "volume taken by a " + radius + " mm eraser dab");

        press(button(tools, "Undo"));
        press(button(tools, "Undo"));
        assertEquals(before, StructureGeometry.mask(gtv, grid).volumeCc(), 1e-9, "undo ×2 restores the original");
        assertFalse(session.dirty());
        press(button(tools, "Redo"));
        press(button(tools, "Redo"));
        assertEquals(erased, StructureGeometry.mask(gtv, grid).volumeCc(), 1e-9, "redo ×2");
        assertTrue(session.dirty());
        press(button(tools, "Save"));
        assertFalse(session.dirty(), tools.statusText());
        PatientCase reread = new CaseStore().load(session.folder());
        Structure saved = CaseContents.structures(reread).stream().filter(s -> s.getName().equals(TARGET)).findFirst().orElseThrow();
        assertEquals(erased, StructureGeometry.mask(saved, grid).volumeCc(), 1e-9, "the saved case, read back from disk");
        tools.setTool(SliceCanvas.Tool.NAVIGATE);
    }

    /**
     * The Seeds tool: a seed Shift+dragged 15 pixels (the dose is recomputed: higher where it went, lower where it was),
     * Delete removes it, Undo ×2 restores the plan; Shift+Delete removes its needle with its seeds, Undo restores it.
     */
    @Test
    @Order(5)
    void seedsToolDragDeleteShiftDeleteAndUndo() {
        SliceCanvas axial = panel.views().get(0);
        tools.setTool(SliceCanvas.Tool.SEEDS);
        SliceScene scene = panel.scene();
        int n = scene.slicer().count(Orientation.AXIAL);
        SliceScene.SeedMark mark = null;
        for (int d = 0; d < n && mark == null; d++) {
            for (int k : new int[] { n / 2 + d, n / 2 - d }) {
                if (k >= 0 && k < n && mark == null) {
                    var marks = scene.seeds(Orientation.AXIAL, k, 0);
                    if (!marks.isEmpty()) {
                        axial.setSlice(k);
                        mark = marks.get(0);
                    }
                }
            }
        }
        assertNotNull(mark, "a seed on some axial slice");
        Plan before = session.plan();
        String id = mark.seedId();
        double[] p0 = position(before, id);
        int[] xy = axial.toScreen(mark.u(), mark.v());
        int[] to = { xy[0] + 15, xy[1] };
        double pxPerSlicePixel = (axial.toScreen(100, 0)[0] - axial.toScreen(0, 0)[0]) / 100.0;
        double[] target = scene.slicer().patientMm(Orientation.AXIAL, axial.slice(), mark.u() + 15 / pxPerSlicePixel, mark.v());
        DoseSampler doseBefore = DoseSampler.of(before.getDoseGrid());
        mouse(axial, SWT.MouseDown, xy, SWT.SHIFT); // Shift: off the needle, within the slice (without it the seed keeps to its needle: PlanningUiTest)
        mouse(axial, SWT.MouseMove, to, SWT.BUTTON1 | SWT.SHIFT);
        mouse(axial, SWT.MouseUp, to, SWT.SHIFT);
        assertTrue(waitFor(() -> session.plan() != before && !tools.seedEditBusy(), 120), "redosed after the drag: " + tools.statusText());
        Plan moved = session.plan();
        double[] p1 = position(moved, id);
        DoseSampler doseAfter = DoseSampler.of(moved.getDoseGrid());
        System.out.printf(Locale.ROOT, "Seeds tool: dragged seed %s by %.1f mm; dose at its new place %.0f → %.0f Gy, at its old place %.0f → %.0f Gy; %s%n", id,
                Math.hypot(p1[0] - p0[0], p1[1] - p0[1]), doseBefore.doseGyAt(p1), doseAfter.doseGyAt(p1), doseBefore.doseGyAt(p0), doseAfter.doseGyAt(p0),
                tools.statusText());
        assertEquals(before.getSeeds().size(), moved.getSeeds().size());
        assertTrue(Math.hypot(p1[0] - target[0], p1[1] - target[1]) < 1, "the seed lands under the pointer");
        assertEquals(p0[2], p1[2], "on its slice");
        assertTrue(doseAfter.doseGyAt(p1) > doseBefore.doseGyAt(p1), "more dose where it went");
        assertTrue(doseAfter.doseGyAt(p0) < doseBefore.doseGyAt(p0), "less dose where it was");

        double[] uv = panel.scene().slicer().uv(Orientation.AXIAL, p1);
        click(axial, axial.toScreen(uv[0], uv[1]));
        key(axial, SWT.DEL, 0);
        assertTrue(waitFor(() -> session.plan() != moved && !tools.seedEditBusy(), 120), "redosed after Delete");
        assertEquals(before.getSeeds().size() - 1, session.plan().getSeeds().size());
        assertTrue(session.plan().getSeeds().stream().noneMatch(s -> s.getSeedId().equals(id)));
        session.commands().undo();
        session.commands().undo();
        settle(300);
        assertSame(before, session.plan(), "Undo ×2 restores the plan as it was");
        assertTrue(Arrays.equals(p0, position(session.plan(), id)));
        assertFalse(session.dirty());

        double[] uvAgain = panel.scene().slicer().uv(Orientation.AXIAL, p0);
        click(axial, axial.toScreen(uvAgain[0], uvAgain[1]));
        Needle needle = before.getSeeds().stream().filter(s -> s.getSeedId().equals(id)).findFirst().orElseThrow().getNeedle();
        assertNotNull(needle, "the seed is on a needle");
        long onNeedle = before.getSeeds().stream().filter(s -> s.getNeedle() == needle).count();
        key(axial, SWT.DEL, SWT.SHIFT);
        assertTrue(waitFor(() -> session.plan() != before && !tools.seedEditBusy(), 120), "redosed after Shift+Delete");
        Plan withoutNeedle = session.plan();
        assertEquals(before.getNeedles().size() - 1, withoutNeedle.getNeedles().size());
        assertEquals(before.getSeeds().size() - onNeedle, withoutNeedle.getSeeds().size());
        assertTrue(withoutNeedle.getNeedles().stream().noneMatch(x -> x.getNeedleId().equals(needle.getNeedleId())));
        session.commands().undo();
        settle(300);
        assertSame(before, session.plan(), "Undo restores the needle");
        tools.setTool(SliceCanvas.Tool.NAVIGATE);
    }

    /** Mouse-wheel events through every axial slice and back, each followed by a repaint; the rate is printed, not asserted. */
    @Test
    @Order(6)
    void wheelScrollsTheAxialViewOneSliceAndOneRepaintPerStep() {
        SliceCanvas axial = panel.views().get(0);
        int n = panel.scene().slicer().count(Orientation.AXIAL);
        axial.setSlice(0);
        axial.update();
        long t0 = System.nanoTime();
        int steps = 0;
        for (int direction : new int[] { 1, -1 }) {
            for (int i = 0; i < n - 1; i++) {
                int before = axial.slice();
                long paintsBefore = axial.paints();
                Event e = new Event();
                e.count = direction;
                axial.notifyListeners(SWT.MouseVerticalWheel, e);
                axial.update();
                long deadline = System.nanoTime() + 2_000_000_000L;
                while (axial.paints() == paintsBefore && System.nanoTime() < deadline) {
                    if (!axial.getDisplay().readAndDispatch()) {
                        Thread.onSpinWait();
                    }
                }
                assertEquals(before + direction, axial.slice(), "wheel event at axial slice " + before);
                assertTrue(axial.paints() > paintsBefore, "repainted after the wheel event at slice " + before);
                steps++;
            }
        }
        System.out.printf(Locale.ROOT, "axial scrolling with repaint: %.0f slices/s over %d slices%n", steps / ((System.nanoTime() - t0) / 1e9), steps);
    }

    private static int[] screen(SliceCanvas view, SliceScene scene, double[] patientMm) {
        double[] uv = scene.slicer().uv(Orientation.AXIAL, patientMm);
        return view.toScreen(uv[0], uv[1]);
    }

    private static double[] position(Plan plan, String seedId) {
        return plan.getSeeds().stream().filter(s -> s.getSeedId().equals(seedId)).findFirst().orElseThrow().getPositionMm().stream()
                .mapToDouble(Double::doubleValue).toArray();
    }

    private static RGB structureColor(String name) {
        for (Structure s : CaseContents.structures(session.patientCase())) {
            if (s.getName().equalsIgnoreCase(name) && s.getColorRgb().size() == 3) {
                return new RGB(s.getColorRgb().get(0), s.getColorRgb().get(1), s.getColorRgb().get(2));
            }
        }
        throw new IllegalStateException("no structure " + name);
    }
}
