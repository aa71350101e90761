package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.plan.CasePlanning;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;

/**
 * Manual seed and needle edits on the axial view (the Seeds tool): a click on a seed selects it,
 * dragging moves it within the slice, Delete removes it, Shift+Delete removes its needle with all the
 * needle's seeds, Ctrl+click adds a seed. Each edit recomputes the plan's TG-43 dose
 * in a background job and replaces the plan by an undoable command.
 */
final class SeedEditing implements SliceCanvas.SeedGestures {

    /** How close (mm) a click must be to a seed's mark to pick it. */
    static final double PICK_MM = 3;

    private final SlicesPanel slices;
    private final CaseSession session;
    private final Consumer<String> status;
    private String selected;
    private double[] pressedUv;
    private Job job;
    private int added;

    SeedEditing(SlicesPanel slices, CaseSession session, Consumer<String> status) {
        this.slices = slices;
        this.session = session;
        this.status = status;
    }

    String selected() {
        return selected;
    }

    boolean busy() {
        return job != null && job.getState() != Job.NONE;
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
        } else {
            status.accept(selected == null ? "Seeds: click a seed to select it (drag moves it, Delete removes it, Shift+Delete its needle); Ctrl+click adds one"
                    : "Seed " + selected + " selected: drag to move it, Delete removes it");
        }
    }

    @Override
    public void released(double[] uv) {
        SliceScene scene = slices.scene();
        if (selected == null || scene == null || pressedUv == null) {
            return;
        }
        double[] mm = scene.slicer().pixelMm(Orientation.AXIAL);
        if (Math.hypot((uv[0] - pressedUv[0]) * mm[0], (uv[1] - pressedUv[1]) * mm[1]) < 0.5) {
            return; // a click, not a drag
        }
        SliceCanvas axial = slices.views().get(0);
        double[] to = scene.slicer().patientMm(Orientation.AXIAL, axial.slice(), uv[0], uv[1]);
        Plan plan = scene.plan();
        List<SeedPlacement> seeds = new ArrayList<>();
        double[] from = null;
        for (Seed s : plan.getSeeds()) {
            double[] p = array(s.getPositionMm());
            if (s.getSeedId().equals(selected)) {
                from = p;
                p = new double[] { to[0], to[1], p[2] }; // within the slice plane
            }
            seeds.add(new SeedPlacement(s.getSeedId(), p, array(s.getDirectionUnit()), s.getAirKermaStrengthU()));
        }
        double moved = from == null ? 0 : Math.hypot(to[0] - from[0], to[1] - from[1]);
        redose(plan, seeds, java.util.Set.of(), String.format(Locale.ROOT, "moved seed %s by %.1f mm", selected, moved));
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
                seeds.add(new SeedPlacement(s.getSeedId(), array(s.getPositionMm()), array(s.getDirectionUnit()), s.getAirKermaStrengthU()));
            }
        }
        selected = null;
        slices.views().get(0).setHighlightedSeed(null);
        if (wholeNeedle) {
            redose(plan, seeds, java.util.Set.of(needle.getNeedleId()), "removed needle " + needle.getNeedleId() + " with its " + removed + " seeds");
        } else {
            redose(plan, seeds, java.util.Set.of(), "removed seed " + gone);
        }
    }

    private void add(double[] positionMm) {
        Plan plan = slices.scene().plan();
        List<SeedPlacement> seeds = new ArrayList<>();
        double[] axis = { 0, 0, 1 };
        double nearest = Double.MAX_VALUE;
        for (Seed s : plan.getSeeds()) {
            double[] p = array(s.getPositionMm());
            seeds.add(new SeedPlacement(s.getSeedId(), p, array(s.getDirectionUnit()), s.getAirKermaStrengthU()));
            double d = Math.hypot(Math.hypot(p[0] - positionMm[0], p[1] - positionMm[1]), p[2] - positionMm[2]);
            if (d < nearest) {
                nearest = d;
                axis = array(s.getDirectionUnit()); // along the nearest seed's needle track
            }
        }
        String id;
        do {
            id = "manual-" + ++added;
        } while (plan.getSeeds().stream().map(Seed::getSeedId).toList().contains(id));
        seeds.add(new SeedPlacement(id, positionMm, axis, plan.getAirKermaStrengthU()));
        redose(plan, seeds, java.util.Set.of(), String.format(Locale.ROOT, "added seed %s at (%.1f, %.1f, %.1f) mm", id, positionMm[0], positionMm[1], positionMm[2]));
    }

    private void redose(Plan plan, List<SeedPlacement> seeds, java.util.Set<String> removedNeedles, String what) {
        if (busy()) {
            status.accept("The dose of the last edit is still being computed");
            return;
        }
        PatientCase c = session.patientCase();
        SeedSource source;
        try {
            source = SourceLibraries.standard().find(plan.getSourceModel() == null ? "" : plan.getSourceModel().getModelId());
        } catch (org.opensabt.dose.source.SourceDescriptorException e) {
            status.accept("Cannot recompute the dose: " + e.getMessage());
            return;
        }
        Display display = Display.getCurrent();
        status.accept(what + ": computing the dose…");
        job = new Job("Dose of " + plan.getPlanId() + " after an edit") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    long t0 = System.nanoTime();
                    Plan redosed = CasePlanning.redose(c, plan, seeds, source, removedNeedles, null, monitor);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    display.asyncExec(() -> {
                        if (session.patientCase() != c || !c.getPlans().contains(plan) || !session.change(capitalised(what), () -> {
                            if (redosed.getSourceModel() != null && !c.getSourceModels().contains(redosed.getSourceModel())) {
                                c.getSourceModels().add(redosed.getSourceModel());
                            }
                            c.getPlans().set(c.getPlans().indexOf(plan), redosed);
                        })) {
                            status.accept(what + " not applied: the plan changed meanwhile");
                            return;
                        }
                        session.setPlan(redosed);
                        double d90 = redosed.getMetrics().stream().filter(m -> m.getName().equals("D90") && m.getStructure() == redosed.getTarget())
                                .mapToDouble(m -> m.getValue()).findFirst().orElse(Double.NaN);
                        status.accept(String.format(Locale.ROOT, "%s: %d seeds on %d needles, %s D90 %.1f Gy (dose in %.1f s)", what, redosed.getSeeds().size(),
                                redosed.getNeedles().size(),
                                redosed.getTarget().getName(), d90, seconds));
                    });
                } catch (Exception e) {
                    display.asyncExec(() -> status.accept(what + " not applied: " + e.getMessage()));
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(session.rule()); // one job at a time on this case
        job.schedule();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static double[] array(List<Double> v) {
        return v.size() == 3 ? new double[] { v.get(0), v.get(1), v.get(2) } : new double[] { 0, 0, 1 };
    }
}
