package org.opensabt.viewer.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.plan.CasePlanning;
import org.opensabt.viewer.edit.ApprovedPlans;

/**
 * A plan's dose computed again ({@link CasePlanning#redose}) in a {@link FacadeJob} under the case's rule, and
 * the plan replaced by the result as one undoable change: after a seed edit (with the edited seeds) or on
 * "Recompute dose" (with the plan's own seeds, after a contour edit). Nothing is applied when the case or the
 * plan changed meanwhile, or the job was cancelled. An approved plan is never redosed: the status line says
 * "… refused: Plan X is approved by Y on Z; make a new draft to change it" ({@link ApprovedPlans#refusal}).
 */
final class PlanRedose {

    /** The redosed plan as applied (on the UI thread), and the dose's wall time. */
    interface Applied {
        void applied(Plan redosed, double seconds);
    }

    private record Timed(Plan plan, double seconds) {
    }

    private PlanRedose() {
    }

    /** The plan's seeds as they are, for a dose of the same seeds. */
    static List<SeedPlacement> seedsOf(Plan plan) {
        return CaseDose.seedsOf(plan);
    }

    /**
     * Schedules the dose of {@code seeds} for {@code plan} (less {@code removedNeedleIds}); {@code what} names the
     * edit ("moved seed N1-S2 by 3.0 mm") for the undo label and the status lines. Null (and a status line saying
     * why) when the plan's seed model is unknown.
     */
    static Job schedule(CaseSession session, Control owner, Plan plan, List<SeedPlacement> seeds, Set<String> removedNeedleIds, String what,
            Consumer<String> status, Applied applied) {
        PatientCase c = session.patientCase();
        String locked = ApprovedPlans.refusal(plan);
        if (locked != null) { // refused before any dose is computed: the line says why and what to do
            status.accept(capitalised(what) + " refused: " + locked);
            return null;
        }
        SeedSource source;
        try {
            source = SourceLibraries.standard().find(plan.getSourceModel() == null ? "" : plan.getSourceModel().getModelId());
        } catch (SourceDescriptorException e) {
            status.accept("Cannot compute the dose: " + e.getMessage());
            return null;
        }
        long contoursAtStart = DoseInputs.contours(c);
        status.accept(what + ": computing the dose…");
        return FacadeJob.schedule("Dose of " + plan.getPlanId() + ": " + what, session.rule(), owner, monitor -> {
            long t0 = System.nanoTime();
            Plan redosed = CasePlanning.redose(c, plan, seeds, source, removedNeedleIds, null, monitor);
            return new Timed(redosed, (System.nanoTime() - t0) / 1e9);
        }, FacadeJob.handler(done -> {
            Plan redosed = done.plan();
            if (session.patientCase() != c || !c.getPlans().contains(plan)) {
                status.accept(what + " not applied: the plan changed meanwhile");
                return;
            }
            if (!session.change(capitalised(what), () -> {
                if (redosed.getSourceModel() != null && !c.getSourceModels().contains(redosed.getSourceModel())) {
                    c.getSourceModels().add(redosed.getSourceModel());
                }
                c.getPlans().set(c.getPlans().indexOf(plan), redosed);
            })) {
                status.accept(what + " not applied: " + (session.lastRefusal() == null ? "the case refused the change" : session.lastRefusal()));
                return;
            }
            DoseInputs.computed(redosed, contoursAtStart);
            session.setPlan(redosed);
            applied.applied(redosed, done.seconds());
        }, message -> status.accept(what + " not applied: " + message), () -> status.accept(what + " cancelled; nothing changed"), null));
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static double[] array(List<Double> v) {
        return v.size() == 3 ? new double[] { v.get(0), v.get(1), v.get(2) } : new double[] { 0, 0, 1 };
    }

    /** The seed's needle line: entry, unit direction and length (mm), or null when it is on no needle with both points. */
    static double[][] needleLine(Seed s) {
        if (s.getNeedle() == null || s.getNeedle().getEntryPointMm().size() != 3 || s.getNeedle().getTipPointMm().size() != 3) {
            return null;
        }
        double[] e = array(s.getNeedle().getEntryPointMm());
        double[] t = array(s.getNeedle().getTipPointMm());
        double[] d = { t[0] - e[0], t[1] - e[1], t[2] - e[2] };
        double length = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        if (!(length > 0)) {
            return null;
        }
        return new double[][] { e, { d[0] / length, d[1] / length, d[2] / length }, { length } };
    }

    /** Distance (mm) from a point to the needle segment (entry to tip). */
    static double distanceToNeedle(double[] p, double[][] line) {
        double[] q = onNeedle(p, line);
        return Math.sqrt(sq(p[0] - q[0]) + sq(p[1] - q[1]) + sq(p[2] - q[2]));
    }

    /** The point of the needle segment nearest to {@code p}. */
    static double[] onNeedle(double[] p, double[][] line) {
        double[] e = line[0];
        double[] d = line[1];
        double t = Math.max(0, Math.min(line[2][0], (p[0] - e[0]) * d[0] + (p[1] - e[1]) * d[1] + (p[2] - e[2]) * d[2]));
        return new double[] { e[0] + t * d[0], e[1] + t * d[1], e[2] + t * d[2] };
    }

    private static double sq(double v) {
        return v * v;
    }
}
