package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;
import org.opensabt.viewer.edit.ApprovedPlans;

/**
 * Manual seed and needle edits on the axial view (the Seeds tool): a click on a seed selects it,
 * dragging moves it along its needle (to the needle point nearest the pointer as seen in the slice, between
 * entry and tip), Shift+drag moves it off its needle within the slice, Delete removes it, Shift+Delete removes
 * its needle with all the needle's seeds, Ctrl+click adds a seed. The drag shows the needle's track and where
 * the seed will land; the cursor and status line say whether it moves along the needle or off it. Seeds more
 * than {@value #OFF_TRACK_MM} mm off their needle are marked with a square in every view. Each edit recomputes
 * the plan's dose in a background job and replaces the plan by an undoable command ({@link PlanRedose}).
 */
final class SeedEditing implements SliceCanvas.SeedGestures {

    /** How close (mm) a click must be to a seed's mark to pick it. */
    static final double PICK_MM = 3;
    /** A seed further than this (mm) from its needle's line is off-track (marked). */
    static final double OFF_TRACK_MM = 0.5;
    /** The off-track mark's colour (lime: apart from seeds, isodoses, structures and the crosshair). */
    static final RGB OFF_TRACK_COLOR = new RGB(170, 255, 0);
    /** The held modifier that moves a seed off its needle. */
    static final int OFF_TRACK_MODIFIER = SWT.SHIFT;

    private final SlicesPanel slices;
    private final CaseSession session;
    private final Consumer<String> status;
    private String selected;
    private double[] pressedUv;
    private double[] previewMm; // where the dragged seed would land
    private boolean offTrackHeld;
    private Boolean shownMode;
    private Job job;
    private int added;

    SeedEditing(SlicesPanel slices, CaseSession session, Consumer<String> status) {
        this.slices = slices;
        this.session = session;
        this.status = status;
        SliceCanvas axial = slices.views().get(0);
        // the modifier as the pointer moves and is released: a display filter sees the event before the canvas passes it on
        Listener modifiers = e -> {
            if (e.widget == axial) {
                offTrackHeld = (e.stateMask & OFF_TRACK_MODIFIER) != 0;
                if (e.type == SWT.MouseMove && selected != null && pressedUv != null && (e.stateMask & SWT.BUTTON1) != 0) {
                    dragged(axial, e.x, e.y);
                }
            }
        };
        Display display = axial.getDisplay();
        int[] types = { SWT.MouseDown, SWT.MouseMove, SWT.MouseUp };
        for (int type : types) {
            display.addFilter(type, modifiers);
        }
        axial.addDisposeListener(e -> {
            for (int type : types) {
                display.removeFilter(type, modifiers);
            }
        });
        for (SliceCanvas view : slices.views()) {
            view.addListener(SWT.Paint, e -> paintMarks(view, e.gc));
        }
    }

    String selected() {
        return selected;
    }

    boolean busy() {
        return job != null && job.getState() != Job.NONE;
    }

    /** Ids of the plan's seeds more than {@link #OFF_TRACK_MM} from their needle. */
    static Set<String> offTrack(Plan plan) {
        Set<String> out = new HashSet<>();
        if (plan != null) {
            for (Seed s : plan.getSeeds()) {
                double[][] line = PlanRedose.needleLine(s);
                if (line != null && PlanRedose.distanceToNeedle(PlanRedose.array(s.getPositionMm()), line) > OFF_TRACK_MM) {
                    out.add(s.getSeedId());
                }
            }
        }
        return out;
    }

    @Override
    public void pressed(double[] uv, boolean ctrl) {
        SliceScene scene = slices.scene();
        if (scene == null || scene.plan() == null) {
            status.accept("No plan to edit");
            return;
        }
        SliceCanvas axial = slices.views().get(0);
        double[] mm = scene.slicer().pixelMm(Orientation.AXIAL);
        selected = null;
        previewMm = null;
        shownMode = null;
        double best = PICK_MM;
        for (SliceScene.SeedMark s : scene.seeds(Orientation.AXIAL, axial.slice(), 1.5)) {
            double d = Math.hypot((s.u() - uv[0]) * mm[0], (s.v() - uv[1]) * mm[1]);
            if (d <= best) {
                best = d;
                selected = s.seedId();
            }
        }
        pressedUv = uv;
        axial.setHighlightedSeed(selected);
        if (selected == null && ctrl) {
            add(scene.slicer().patientMm(Orientation.AXIAL, axial.slice(), uv[0], uv[1]));
        } else if (ApprovedPlans.locked(scene.plan())) {
            status.accept((selected == null ? "" : "Seed " + selected + ": ") + ApprovedPlans.refusal(scene.plan()));
        } else {
            status.accept(selected == null
                    ? "Seeds: click a seed to select it (drag moves it along its needle, Shift+drag off it, Delete removes it, Shift+Delete its needle); Ctrl+click adds one"
                    : "Seed " + selected + " selected: drag moves it along its needle (Shift+drag: off the needle), Delete removes it");
        }
    }

    /** The seed being dragged, its needle line, and where it would land for the pointer at slice pixel {@code uv}. */
    private double[] landing(Seed seed, double[] uv, boolean offTrack) {
        SliceScene scene = slices.scene();
        SliceCanvas axial = slices.views().get(0);
        double[] to = scene.slicer().patientMm(Orientation.AXIAL, axial.slice(), uv[0], uv[1]);
        double[] from = PlanRedose.array(seed.getPositionMm());
        double[][] line = PlanRedose.needleLine(seed);
        if (offTrack || line == null) {
            return new double[] { to[0], to[1], from[2] }; // within the slice plane
        }
        double[] e = line[0];
        double[] d = line[1];
        double inPlane = d[0] * d[0] + d[1] * d[1];
        double t;
        if (inPlane > 0.04) { // the needle point whose axial projection is nearest the pointer
            t = ((to[0] - e[0]) * d[0] + (to[1] - e[1]) * d[1]) / inPlane;
        } else { // a needle nearly across the axial plane: the nearest point in 3D
            t = (to[0] - e[0]) * d[0] + (to[1] - e[1]) * d[1] + (from[2] - e[2]) * d[2];
        }
        t = Math.max(0, Math.min(line[2][0], t));
        return new double[] { e[0] + t * d[0], e[1] + t * d[1], e[2] + t * d[2] };
    }

    private Seed seed(Plan plan, String id) {
        return plan == null ? null : plan.getSeeds().stream().filter(s -> id.equals(s.getSeedId())).findFirst().orElse(null);
    }

    /** During a drag: where the seed would land, the mode in the cursor and the status line. */
    private void dragged(SliceCanvas axial, int x, int y) {
        SliceScene scene = slices.scene();
        Seed seed = scene == null ? null : seed(scene.plan(), selected);
        if (seed == null) {
            return;
        }
        if (ApprovedPlans.locked(scene.plan())) { // no preview: the seed cannot move (the release says why again)
            if (shownMode == null) {
                shownMode = false;
                status.accept("Seed " + selected + ": " + ApprovedPlans.refusal(scene.plan()));
            }
            return;
        }
        double[] uv = toUv(axial, x, y);
        boolean off = offTrackHeld || PlanRedose.needleLine(seed) == null;
        previewMm = landing(seed, uv, offTrackHeld);
        axial.setCursor(axial.getDisplay().getSystemCursor(off ? SWT.CURSOR_CROSS : SWT.CURSOR_SIZEALL));
        if (shownMode == null || shownMode != off) {
            shownMode = off;
            status.accept(PlanRedose.needleLine(seed) == null ? "Seed " + selected + " is on no needle: it moves within the slice"
                    : off ? "Seed " + selected + ": off-track (Shift held), it moves within the slice, off its needle"
                            : "Seed " + selected + ": along needle " + seed.getNeedle().getNeedleId() + " (hold Shift to move it off the needle)");
        }
    }

    /** Slice pixel (u, v) of a canvas point, from the canvas's own screen mapping. */
    private static double[] toUv(SliceCanvas view, int x, int y) {
        int[] o = view.toScreen(0, 0);
        int[] p = view.toScreen(100, 100);
        double sx = (p[0] - o[0]) / 100.0;
        double sy = (p[1] - o[1]) / 100.0;
        return new double[] { (x - o[0]) / sx, (y - o[1]) / sy };
    }

    @Override
    public void released(double[] uv) {
        SliceScene scene = slices.scene();
        SliceCanvas axial = slices.views().get(0);
        previewMm = null;
        if (axial.tool() == SliceCanvas.Tool.SEEDS) {
            axial.setCursor(axial.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        }
        axial.redraw();
        if (selected == null || scene == null || pressedUv == null) {
            return;
        }
        double[] mm = scene.slicer().pixelMm(Orientation.AXIAL);
        if (Math.hypot((uv[0] - pressedUv[0]) * mm[0], (uv[1] - pressedUv[1]) * mm[1]) < 0.5) {
            return; // a click, not a drag
        }
        Plan plan = scene.plan();
        Seed moving = seed(plan, selected);
        if (moving == null) {
            return;
        }
        boolean offTrack = offTrackHeld;
        double[][] line = PlanRedose.needleLine(moving);
        double[] from = PlanRedose.array(moving.getPositionMm());
        double[] to = landing(moving, uv, offTrack);
        List<SeedPlacement> seeds = new ArrayList<>();
        for (Seed s : plan.getSeeds()) {
            if (s == moving) {
                double[] direction = !offTrack && line != null ? line[1] : PlanRedose.array(s.getDirectionUnit());
                seeds.add(new SeedPlacement(s.getSeedId(), to, direction, s.getAirKermaStrengthU()));
            } else {
                seeds.add(new SeedPlacement(s.getSeedId(), PlanRedose.array(s.getPositionMm()), PlanRedose.array(s.getDirectionUnit()),
                        s.getAirKermaStrengthU()));
            }
        }
        double moved = Math.sqrt(Math.pow(to[0] - from[0], 2) + Math.pow(to[1] - from[1], 2) + Math.pow(to[2] - from[2], 2));
        String how = line == null ? "" : offTrack ? String.format(Locale.ROOT, " off needle %s (%.1f mm from it)", moving.getNeedle().getNeedleId(),
                PlanRedose.distanceToNeedle(to, line)) : " along needle " + moving.getNeedle().getNeedleId();
        redose(plan, seeds, Set.of(), String.format(Locale.ROOT, "moved seed %s by %.1f mm%s", selected, moved, how));
    }

    @Override
    public void delete(boolean wholeNeedle) {
        SliceScene scene = slices.scene();
        if (selected == null || scene == null || scene.plan() == null) {
            return;
        }
        Plan plan = scene.plan();
        String gone = selected;
        org.opensabt.model.Needle needle = plan.getSeeds().stream().filter(s -> s.getSeedId().equals(gone)).findFirst().map(Seed::getNeedle).orElse(null);
        if (wholeNeedle && needle == null) {
            status.accept("Seed " + gone + " is on no needle of the plan");
            return;
        }
        List<SeedPlacement> seeds = new ArrayList<>();
        int removed = 0;
        for (Seed s : plan.getSeeds()) {
            boolean remove = wholeNeedle ? s.getNeedle() == needle : s.getSeedId().equals(gone);
            if (remove) {
                removed++;
            } else {
                seeds.add(new SeedPlacement(s.getSeedId(), PlanRedose.array(s.getPositionMm()), PlanRedose.array(s.getDirectionUnit()), s.getAirKermaStrengthU()));
            }
        }
        selected = null;
        slices.views().get(0).setHighlightedSeed(null);
        if (wholeNeedle) {
            redose(plan, seeds, Set.of(needle.getNeedleId()), "removed needle " + needle.getNeedleId() + " with its " + removed + " seeds");
        } else {
            redose(plan, seeds, Set.of(), "removed seed " + gone);
        }
    }

    private void add(double[] positionMm) {
        Plan plan = slices.scene().plan();
        List<SeedPlacement> seeds = new ArrayList<>();
        double[] axis = { 0, 0, 1 };
        double nearest = Double.MAX_VALUE;
        for (Seed s : plan.getSeeds()) {
            double[] p = PlanRedose.array(s.getPositionMm());
            seeds.add(new SeedPlacement(s.getSeedId(), p, PlanRedose.array(s.getDirectionUnit()), s.getAirKermaStrengthU()));
            double d = Math.hypot(Math.hypot(p[0] - positionMm[0], p[1] - positionMm[1]), p[2] - positionMm[2]);
            if (d < nearest) {
                nearest = d;
                axis = PlanRedose.array(s.getDirectionUnit()); // along the nearest seed's needle track
            }
        }
        String id;
        do {
            id = "manual-" + ++added;
        } while (plan.getSeeds().stream().map(Seed::getSeedId).toList().contains(id));
        seeds.add(new SeedPlacement(id, positionMm, axis, plan.getAirKermaStrengthU()));
        redose(plan, seeds, Set.of(), String.format(Locale.ROOT, "added seed %s at (%.1f, %.1f, %.1f) mm", id, positionMm[0], positionMm[1], positionMm[2]));
    }

    private void redose(Plan plan, List<SeedPlacement> seeds, Set<String> removedNeedles, String what) {
        if (busy()) {
            status.accept("The dose of the last edit is still being computed");
            return;
        }
        job = PlanRedose.schedule(session, slices, plan, seeds, removedNeedles, what, status, (redosed, seconds) -> {
            double d90 = redosed.getMetrics().stream().filter(m -> m.getName().equals("D90") && m.getStructure() == redosed.getTarget())
                    .mapToDouble(m -> m.getValue()).findFirst().orElse(Double.NaN);
            status.accept(String.format(Locale.ROOT, "%s: %d seeds on %d needles, %s D90 %.1f Gy (dose in %.1f s)", what, redosed.getSeeds().size(),
                    redosed.getNeedles().size(), redosed.getTarget().getName(), d90, seconds));
        });
    }

    /** Off-track seeds (a square) in every view; while dragging, the needle's track and where the seed will land (axial). */
    private void paintMarks(SliceCanvas view, GC gc) {
        SliceScene scene = slices.scene();
        if (scene == null || scene.plan() == null) {
            return;
        }
        Set<String> off = offTrack(scene.plan());
        gc.setAntialias(SWT.ON);
        if (!off.isEmpty()) {
            Color lime = new Color(OFF_TRACK_COLOR);
            gc.setForeground(lime);
            gc.setLineWidth(2);
            for (SliceScene.SeedMark s : scene.seeds(view.orientation(), view.slice(), 1.5)) {
                if (off.contains(s.seedId())) { // a square and "off", on black so it reads over isodoses
                    int[] xy = view.toScreen(s.u(), s.v());
                    gc.setForeground(lime);
                    gc.drawRectangle(xy[0] - 7, xy[1] - 7, 14, 14);
                    gc.setBackground(view.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                    gc.drawText("off", xy[0] + 10, xy[1] - 8, false);
                }
            }
        }
        Seed dragging = previewMm == null || selected == null ? null : seed(scene.plan(), selected);
        if (dragging != null && view.orientation() == Orientation.AXIAL) {
            gc.setForeground(view.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.setLineWidth(1);
            double[][] line = PlanRedose.needleLine(dragging);
            if (line != null && !offTrackHeld) {
                double[] tip = { line[0][0] + line[2][0] * line[1][0], line[0][1] + line[2][0] * line[1][1], line[0][2] + line[2][0] * line[1][2] };
                double[] a = scene.slicer().uv(Orientation.AXIAL, line[0]);
                double[] b = scene.slicer().uv(Orientation.AXIAL, tip);
                int[] p = view.toScreen(a[0], a[1]);
                int[] q = view.toScreen(b[0], b[1]);
                gc.setLineStyle(SWT.LINE_DASH);
                gc.drawLine(p[0], p[1], q[0], q[1]);
                gc.setLineStyle(SWT.LINE_SOLID);
            }
            double[] uv = scene.slicer().uv(Orientation.AXIAL, previewMm);
            int[] xy = view.toScreen(uv[0], uv[1]);
            gc.setLineWidth(2);
            gc.drawOval(xy[0] - 5, xy[1] - 5, 10, 10);
        }
        gc.setLineWidth(1);
        gc.setAntialias(SWT.OFF);
    }
}
