package org.opensabt.viewer.ui;

import static org.opensabt.viewer.ui.UiTestSupport.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;

/**
 * UI test and scrolling benchmark of the slice views on real SWT widgets (run under Xvfb by the product
 * tests): {@code -application org.opensabt.viewer.ui.selftest CASE PLAN STRUCTURE OUT_DIR}. Opens the
 * case, centres the views on the structure, checks on the pixels drawn on screen that its outline, the
 * 100 % isodose and seeds are visible, scrolls the axial view through every slice with mouse-wheel events
 * (each followed by a synchronous repaint) and prints the rate; writes slices.png. Exit code 0 only if
 * every check passed.
 */
public final class SliceViewSelfTest implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null || args.length < 4) {
            System.err.println("usage: -application org.opensabt.viewer.ui.selftest CASE PLAN STRUCTURE OUT_DIR");
            return 2;
        }
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        // the edits are made and saved on a copy of the case
        Path edited = out.resolve("edited-case");
        copyTree(Path.of(args[0]), edited);
        CaseSession session = CaseSession.get();
        session.open(edited);
        if (session.problem() != null) {
            throw new IllegalArgumentException(session.problem());
        }
        PatientCase c = session.patientCase();
        Plan plan = c.getPlans().stream().filter(p -> p.getPlanId().equals(args[1])).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no plan " + args[1]));
        session.setPlan(plan);
        Display display = new Display();
        int failures = 0;
        try {
            Shell shell = new Shell(display);
            shell.setText("OpenSABT slice views (self-test)");
            shell.setLayout(new FillLayout());
            shell.setSize(1260, 800);
            SashForm sash = new SashForm(shell, SWT.VERTICAL);
            SlicesPanel panel = new SlicesPanel(sash);
            SashForm planArea = new SashForm(sash, SWT.HORIZONTAL);
            PlanningControls planning = new PlanningControls(planArea, session);
            PlanPanel planPanel = new PlanPanel(planArea);
            planArea.setWeights(2, 5);
            sash.setWeights(520, 320);
            session.addListener(s -> {
                planPanel.setCase(s.patientCase(), s.plan());
                planning.refresh();
                panel.setScene(new SliceScene(s.patientCase(), s.plan()));
            });
            SliceScene scene = new SliceScene(c, plan);
            panel.setScene(scene);
            ContourTools tools = panel.enableEditing(session);
            planPanel.setCase(c, plan);
            shell.open();
            double[] centre = scene.centroidMm(args[2]);
            if (centre == null) {
                throw new IllegalArgumentException("no structure " + args[2] + " (have " + scene.structureNames() + ")");
            }
            panel.showPoint(centre);
            settle(display, 800);

            SliceCanvas axial = panel.views().get(0);
            RGB structure = structureColor(c, args[2]);
            for (RGB other : new RGB[] { SliceCanvas.ISODOSE_COLORS[1], SliceCanvas.SEED_COLOR }) {
                if (Math.abs(other.red - structure.red) + Math.abs(other.green - structure.green) + Math.abs(other.blue - structure.blue) < 120) {
                    throw new IllegalArgumentException(args[2] + "'s colour " + structure + " is too close to " + other + " to tell them apart on screen");
                }
            }
            for (SliceCanvas view : panel.views()) {
                int[] counts = count(display, view, structure, SliceCanvas.ISODOSE_COLORS[1], SliceCanvas.SEED_COLOR);
                boolean ok = counts[0] > 50 && counts[1] > 50 && counts[2] > 10;
                failures += ok ? 0 : 1;
                System.out.printf(Locale.ROOT, "%s %s view, slice %d: %d %s outline pixels, %d pixels of the 100 %% isodose, %d seed pixels%n",
                        ok ? "ok  " : "FAIL", view.orientation().label(), view.slice() + 1, counts[0], args[2], counts[1], counts[2]);
            }
            int needlePixels = count(display, axial, SliceCanvas.NEEDLE_COLOR)[0];
            boolean needles = plan.getNeedles().isEmpty() || needlePixels > 20;
            failures += needles ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s needles drawn on the axial view: %d pixels of their colour (%d needles in the plan)%n", needles ? "ok  " : "FAIL",
                    needlePixels, plan.getNeedles().size());
            // the plan panel: the metrics table has the target's D90 in Gy; the DVH shows the structure's curve
            boolean d90 = false;
            for (TableItem item : planPanel.metricsTable().getItems()) {
                d90 |= item.getText(0).equalsIgnoreCase(args[2]) && item.getText(1).equals("D90") && item.getText(3).equals("Gy");
            }
            int dvhPixels = count(display, planPanel.dvhCanvas(), structure)[0];
            boolean planOk = d90 && dvhPixels > 100;
            failures += planOk ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s plan panel: %d metrics rows (%s D90 in Gy: %s), %d pixels of its DVH curve%n", planOk ? "ok  " : "FAIL",
                    planPanel.metricsTable().getItemCount(), args[2], d90 ? "yes" : "no", dvhPixels);
            capture(display, shell, out.resolve("slices.png"));
            failures += contouring(display, shell, panel, tools, session, scene, args[2], structure, out);
            failures += seedEditing(display, panel, tools, session);
            failures += optimising(display, shell, planning, planPanel, session, args[2], out);

            // scrolling: wheel events through every axial slice and back, each repainted before the next
            int n = scene.slicer().count(Orientation.AXIAL);
            axial.setSlice(0);
            axial.update();
            double[] rates = new double[3];
            for (int pass = 0; pass < 3; pass++) {
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
                            if (!display.readAndDispatch()) {
                                Thread.onSpinWait();
                            }
                        }
                        if (axial.slice() != before + direction || axial.paints() == paintsBefore) {
                            failures++;
                            System.out.println("FAIL wheel event at axial slice " + before + ": now slice " + axial.slice() + ", repainted "
                                    + (axial.paints() - paintsBefore) + " times");
                        }
                        steps++;
                    }
                }
                rates[pass] = steps / ((System.nanoTime() - t0) / 1e9);
            }
            Arrays.sort(rates);
            boolean fast = rates[1] >= 30;
            System.out.printf(Locale.ROOT, "%s axial scrolling with repaint: median %.0f slices/s over 3 passes of %d slices (%s; target >= 30)%n",
                    fast ? "ok  " : "SLOW", rates[1], 2 * (n - 1), Arrays.toString(Arrays.stream(rates).map(r -> Math.round(r)).toArray()));
            System.out.printf(Locale.ROOT, "result failures=%d scrollSlicesPerSecond=%.1f%n", failures, rates[1]);
            shell.dispose();
        } finally {
            display.dispose();
        }
        return failures == 0 ? IApplication.EXIT_OK : 1;
    }

    @Override
    public void stop() {
    }

    /**
     * Draws on the structure with real mouse events on the axial view: a 20 mm square polygon beside it
     * (its volume must grow by the square's voxels), an eraser stroke inside the square, then Undo, Redo
     * and Save (the saved case, read back from disk, has the edited volume). Returns the failures.
     */
    private static int contouring(Display display, Shell shell, SlicesPanel panel, ContourTools tools, CaseSession session, SliceScene scene, String name,
            RGB color, Path out) throws Exception {
        int failures = 0;
        org.opensabt.model.Structure gtv = org.opensabt.contour.CaseContents.structures(session.patientCase()).stream()
                .filter(s -> s.getName().equalsIgnoreCase(name)).findFirst().orElseThrow();
        var grid = scene.slicer().grid();
        double before = org.opensabt.contour.StructureGeometry.mask(gtv, grid).volumeCc();
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
        // expected: voxel centres inside the square, counted here independently of the tools
        long inside = 0;
        for (int r = 0; r < grid.rows(); r++) {
            for (int col = 0; col < grid.columns(); col++) {
                inside += col >= c0 && col <= c0 + side / pc && r >= r0 && r <= r0 + side / pr ? 1 : 0;
            }
        }
        double expectedGainCc = inside * grid.voxelVolumeCc();
        tools.selectStructure(gtv.getName());
        tools.setTool(SliceCanvas.Tool.POLYGON);
        axial.update();
        int pixelsBefore = count(display, axial, color)[0];
        for (double[] corner : corners) {
            double[] uv = scene.slicer().uv(Orientation.AXIAL, grid.positionMm(corner[0], corner[1], k));
            int[] xy = axial.toScreen(uv[0], uv[1]);
            mouse(axial, SWT.MouseDown, xy, 0);
            mouse(axial, SWT.MouseUp, xy, 0);
        }
        double[] firstUv = scene.slicer().uv(Orientation.AXIAL, grid.positionMm(corners[0][0], corners[0][1], k));
        int[] first = axial.toScreen(firstUv[0], firstUv[1]);
        mouse(axial, SWT.MouseDown, first, 0); // a click on the first point closes the polygon
        mouse(axial, SWT.MouseUp, first, 0);
        settle(display, 300);
        double drawn = org.opensabt.contour.StructureGeometry.mask(gtv, grid).volumeCc();
        int pixelsAfter = count(display, axial, color)[0];
        boolean grew = Math.abs(drawn - before - expectedGainCc) <= 0.1 * expectedGainCc && pixelsAfter > pixelsBefore + 100 && session.dirty();
        failures += grew ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s polygon (4 clicks and a click on the first point) on %s: %.3f → %.3f cc (+%.3f cc, expected +%.3f cc for the square's %d voxels); "
                + "%d → %d outline pixels; %s%n", grew ? "ok  " : "FAIL", gtv.getName(), before, drawn, drawn - before, expectedGainCc, inside, pixelsBefore, pixelsAfter,
                tools.statusText());
        capture(display, shell, out.resolve("contouring.png"));

        // eraser: a short stroke through the square's centre
        tools.setTool(SliceCanvas.Tool.ERASER);
        double radius = panel.views().get(0).brushRadiusMm();
        double[] centre = { c0 + side / pc / 2, r0 + side / pr / 2 };
        double[] uvc = scene.slicer().uv(Orientation.AXIAL, grid.positionMm(centre[0], centre[1], k));
        int[] xy = axial.toScreen(uvc[0], uvc[1]);
        mouse(axial, SWT.MouseDown, xy, 0);
        mouse(axial, SWT.MouseMove, new int[] { xy[0] + 1, xy[1] }, SWT.BUTTON1);
        mouse(axial, SWT.MouseUp, new int[] { xy[0] + 1, xy[1] }, 0);
        settle(display, 200);
        double erased = org.opensabt.contour.StructureGeometry.mask(gtv, grid).volumeCc();
        double expectedLoss = Math.PI * radius * radius * grid.spacingMm()[2] / 1000;
        boolean shrank = Math.abs(drawn - erased - expectedLoss) <= 0.25 * expectedLoss;
        failures += shrank ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s eraser (%.0f mm) inside the square: −%.3f cc (expected about −%.3f cc)%n", shrank ? "ok  " : "FAIL", radius, drawn - erased,
                expectedLoss);

        // undo both, redo both, save, read back
        pressButton(tools, "Undo");
        pressButton(tools, "Undo");
        double undone = org.opensabt.contour.StructureGeometry.mask(gtv, grid).volumeCc();
        boolean undoOk = Math.abs(undone - before) < 1e-9 && !session.dirty();
        pressButton(tools, "Redo");
        pressButton(tools, "Redo");
        double redone = org.opensabt.contour.StructureGeometry.mask(gtv, grid).volumeCc();
        undoOk &= Math.abs(redone - erased) < 1e-9 && session.dirty();
        pressButton(tools, "Save");
        PatientCase reread = new CaseStore().load(session.folder());
        org.opensabt.model.Structure saved = org.opensabt.contour.CaseContents.structures(reread).stream().filter(s -> s.getName().equals(gtv.getName()))
                .findFirst().orElseThrow();
        double savedCc = org.opensabt.contour.StructureGeometry.mask(saved, grid).volumeCc();
        undoOk &= Math.abs(savedCc - erased) < 1e-9 && !session.dirty();
        failures += undoOk ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s undo ×2 → %.3f cc (original %.3f), redo ×2 → %.3f cc, saved and read back → %.3f cc; %s%n", undoOk ? "ok  " : "FAIL", undone,
                before, redone, savedCc, tools.statusText());
        tools.setTool(SliceCanvas.Tool.NAVIGATE);
        return failures;
    }

    /**
     * "Optimise" in the plan panel: a cancelled run adds nothing; a full run adds a plan whose target
     * D90 meets Rx, listed with its metrics in Gy and shown; Undo removes it again. Returns the failures.
     */
    private static int optimising(Display display, Shell shell, PlanningControls planning, PlanPanel planPanel, CaseSession session, String target, Path out) {
        int failures = 0;
        int plansBefore = session.patientCase().getPlans().size();
        planning.setTarget(target);
        // cancel: start, wait for the first progress, cancel
        planning.optimiseButton().notifyListeners(SWT.Selection, new Event());
        long t0 = System.nanoTime();
        waitFor(display, () -> !planning.statusText().startsWith("Optimising"), 60);
        planning.cancelButton().notifyListeners(SWT.Selection, new Event());
        waitFor(display, () -> planning.optimiseButton().isEnabled(), 300);
        boolean cancelled = planning.statusText().startsWith("Cancelled") && session.patientCase().getPlans().size() == plansBefore;
        failures += cancelled ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s Optimise then Cancel after %.1f s: \"%s\", %d plans (before %d)%n", cancelled ? "ok  " : "FAIL",
                (System.nanoTime() - t0) / 1e9, planning.statusText(), session.patientCase().getPlans().size(), plansBefore);
        // a full run
        long t1 = System.nanoTime();
        planning.optimiseButton().notifyListeners(SWT.Selection, new Event());
        waitFor(display, () -> planning.optimiseButton().isEnabled(), 600);
        double seconds = (System.nanoTime() - t1) / 1e9;
        Plan plan = session.plan();
        boolean added = session.patientCase().getPlans().size() == plansBefore + 1 && plan != null && plan.getPlanId().startsWith("ui-plan-");
        double d90 = Double.NaN;
        boolean listed = false;
        if (added) {
            for (TableItem item : planPanel.metricsTable().getItems()) {
                if (item.getText(0).equalsIgnoreCase(target) && item.getText(1).equals("D90") && item.getText(3).equals("Gy")) {
                    listed = true;
                    d90 = Double.parseDouble(item.getText(2));
                }
            }
        }
        boolean ok = added && listed && d90 >= plan.getPrescriptionDoseGy() - 0.05;
        failures += ok ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s Optimise (background job, %.1f s): %s; metrics table: %s D90 %.1f Gy (Rx %.1f Gy)%n", ok ? "ok  " : "FAIL", seconds,
                planning.statusText(), target, d90, plan == null ? Double.NaN : plan.getPrescriptionDoseGy());
        settle(display, 500);
        capture(display, shell, out.resolve("optimised.png"));
        session.commands().undo();
        boolean undone = session.patientCase().getPlans().size() == plansBefore;
        failures += undone ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s Undo removes the new plan: %d plans%n", undone ? "ok  " : "FAIL", session.patientCase().getPlans().size());
        return failures;
    }

    /**
     * The Seeds tool with mouse and key events on the axial view: drag a seed 15 pixels (the plan's dose
     * is recomputed: higher where it went, lower where it was), delete it, then undo both. Returns the failures.
     */
    private static int seedEditing(Display display, SlicesPanel panel, ContourTools tools, CaseSession session) {
        int failures = 0;
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
        Plan before = session.plan();
        String id = mark.seedId();
        double[] p0 = before.getSeeds().stream().filter(s -> s.getSeedId().equals(id)).findFirst().orElseThrow().getPositionMm().stream()
                .mapToDouble(Double::doubleValue).toArray();
        int[] xy = axial.toScreen(mark.u(), mark.v());
        int[] to = { xy[0] + 15, xy[1] };
        double[] uvTo = { mark.u() + 15 / ((axial.toScreen(100, 0)[0] - axial.toScreen(0, 0)[0]) / 100.0), mark.v() }; // screen px per slice pixel over 100 pixels
        double[] target = scene.slicer().patientMm(Orientation.AXIAL, axial.slice(), uvTo[0], uvTo[1]);
        var doseBefore = org.opensabt.viewer.DoseSampler.of(before.getDoseGrid());
        mouse(axial, SWT.MouseDown, xy, 0);
        mouse(axial, SWT.MouseMove, to, SWT.BUTTON1);
        mouse(axial, SWT.MouseUp, to, 0);
        waitFor(display, () -> session.plan() != before && !tools.seedEditBusy(), 120);
        Plan moved = session.plan();
        double[] p1 = moved.getSeeds().stream().filter(s -> s.getSeedId().equals(id)).findFirst().orElseThrow().getPositionMm().stream()
                .mapToDouble(Double::doubleValue).toArray();
        var doseAfter = org.opensabt.viewer.DoseSampler.of(moved.getDoseGrid());
        double[] away = { p0[0], p0[1], p0[2] };
        boolean ok = moved != before && moved.getSeeds().size() == before.getSeeds().size() && Math.hypot(p1[0] - target[0], p1[1] - target[1]) < 1
                && p1[2] == p0[2] && doseAfter.doseGyAt(p1) > doseBefore.doseGyAt(p1) && doseAfter.doseGyAt(away) < doseBefore.doseGyAt(away);
        failures += ok ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s Seeds tool: dragged seed %s by %.1f mm; dose at its new place %.0f → %.0f Gy, at its old place %.0f → %.0f Gy; %s%n",
                ok ? "ok  " : "FAIL", id, Math.hypot(p1[0] - p0[0], p1[1] - p0[1]), doseBefore.doseGyAt(p1), doseAfter.doseGyAt(p1), doseBefore.doseGyAt(away),
                doseAfter.doseGyAt(away), tools.statusText());
        // select it at its new place and press Delete
        double[] uv = panel.scene().slicer().uv(Orientation.AXIAL, p1);
        int[] at = axial.toScreen(uv[0], uv[1]);
        mouse(axial, SWT.MouseDown, at, 0);
        mouse(axial, SWT.MouseUp, at, 0);
        Event key = new Event();
        key.keyCode = SWT.DEL;
        axial.notifyListeners(SWT.KeyDown, key);
        waitFor(display, () -> session.plan() != moved && !tools.seedEditBusy(), 120);
        boolean deleted = session.plan().getSeeds().size() == before.getSeeds().size() - 1
                && session.plan().getSeeds().stream().noneMatch(s -> s.getSeedId().equals(id));
        session.commands().undo();
        session.commands().undo();
        settle(display, 300);
        Plan restored = session.plan();
        double[] p2 = restored.getSeeds().stream().filter(s -> s.getSeedId().equals(id)).findFirst().map(s -> s.getPositionMm().stream()
                .mapToDouble(Double::doubleValue).toArray()).orElse(new double[3]);
        boolean undone = deleted && restored == before && java.util.Arrays.equals(p0, p2);
        failures += undone ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s Delete removes seed %s (%d seeds), Undo ×2 restores the plan as it was (%d seeds, seed back at its place: %s)%n",
                undone ? "ok  " : "FAIL", id, before.getSeeds().size() - 1, restored.getSeeds().size(), java.util.Arrays.equals(p0, p2));
        // Shift+Delete on a seed removes its needle and all the needle's seeds; undo restores them
        double[] uvAgain = panel.scene().slicer().uv(Orientation.AXIAL, p0);
        int[] again = axial.toScreen(uvAgain[0], uvAgain[1]);
        mouse(axial, SWT.MouseDown, again, 0);
        mouse(axial, SWT.MouseUp, again, 0);
        org.opensabt.model.Needle needle = before.getSeeds().stream().filter(s -> s.getSeedId().equals(id)).findFirst().orElseThrow().getNeedle();
        long onNeedle = before.getSeeds().stream().filter(s -> s.getNeedle() == needle).count();
        Event shiftDelete = new Event();
        shiftDelete.keyCode = SWT.DEL;
        shiftDelete.stateMask = SWT.SHIFT;
        axial.notifyListeners(SWT.KeyDown, shiftDelete);
        waitFor(display, () -> session.plan() != before && !tools.seedEditBusy(), 120);
        Plan withoutNeedle = session.plan();
        boolean needleGone = needle != null && withoutNeedle.getNeedles().size() == before.getNeedles().size() - 1
                && withoutNeedle.getSeeds().size() == before.getSeeds().size() - onNeedle
                && withoutNeedle.getNeedles().stream().noneMatch(x -> x.getNeedleId().equals(needle.getNeedleId()));
        session.commands().undo();
        settle(display, 300);
        needleGone &= session.plan() == before;
        failures += needleGone ? 0 : 1;
        System.out.printf(Locale.ROOT, "%s Shift+Delete removes needle %s with its %d seeds (%d needles, %d seeds), Undo restores it: %s%n", needleGone ? "ok  " : "FAIL",
                needle == null ? "?" : needle.getNeedleId(), onNeedle, withoutNeedle.getNeedles().size(), withoutNeedle.getSeeds().size(), tools.statusText());
        tools.setTool(SliceCanvas.Tool.NAVIGATE);
        return failures;
    }

    private static void mouse(Control control, int type, int[] xy, int stateMask) {
        Event e = new Event();
        e.x = xy[0];
        e.y = xy[1];
        e.button = type == SWT.MouseMove ? 0 : 1;
        e.stateMask = stateMask;
        control.notifyListeners(type, e);
    }

    private static void pressButton(org.eclipse.swt.widgets.Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button b && b.getText().replace(" *", "").equals(text)) {
                b.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new IllegalStateException("no button " + text);
    }

    private static RGB structureColor(PatientCase c, String name) {
        for (var s : org.opensabt.contour.CaseContents.structures(c)) {
            if (s.getName().equalsIgnoreCase(name) && s.getColorRgb().size() == 3) {
                return new RGB(s.getColorRgb().get(0), s.getColorRgb().get(1), s.getColorRgb().get(2));
            }
        }
        return new RGB(255, 255, 0);
    }

    /** Pixels of each colour (within 40 per channel, as antialiasing blends edges) on the control as shown on screen. */
    private static int[] count(Display display, Control control, RGB... colors) {
        ImageData data = grab(display, control.toDisplay(0, 0), control.getSize());
        int[] counts = new int[colors.length];
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB p = data.palette.getRGB(data.getPixel(x, y));
                for (int i = 0; i < colors.length; i++) {
                    if (Math.abs(p.red - colors[i].red) < 40 && Math.abs(p.green - colors[i].green) < 40 && Math.abs(p.blue - colors[i].blue) < 40) {
                        counts[i]++;
                    }
                }
            }
        }
        return counts;
    }
}
