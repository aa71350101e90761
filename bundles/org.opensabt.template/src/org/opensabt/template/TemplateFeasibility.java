package org.opensabt.template;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanRequest;

/**
 * Whether a plan can be turned into a printed needle template ({@link TemplateDesigner}), asked twice:
 * <ol>
 * <li>{@link #beforePlanning}: cheap checks of the case and the plan request, before the long optimisation
 * (a CT and a BODY structure to fit the plate to, the skin on the entry side inside the CT, needle
 * directions one plate can hold, skin entries inside the CT, holes that do not merge);</li>
 * <li>{@link #afterPlanning}: the template designed (in memory, no files) from the planned needles.</li>
 * </ol>
 * Nothing here changes the case.
 */
public final class TemplateFeasibility {

    /** How the request stands: plannable for a template, perhaps not, or certainly not. */
    public enum Verdict {
        OK, WARN, REFUSE
    }

    /** The check before planning: the verdict and one line naming the reason (empty when OK). */
    public record Check(Verdict verdict, String reason) {
        public static final Check OK = new Check(Verdict.OK, "");

        public boolean refused() {
            return verdict == Verdict.REFUSE;
        }
    }

    /**
     * The check after planning.
     *
     * @param printable     whether the template could be designed
     * @param reason        why not (one line; empty when printable)
     * @param holes         guide holes of the designed template (0 when not printable)
     * @param designSeconds wall time of the design
     */
    public record Outcome(boolean printable, String reason, int holes, double designSeconds) {
    }

    /** A cone of needle directions this wide (half angle) always fits one plate: every needle is then within twice this of the plate's (mean) axis. */
    public static final double ALWAYS_PRINTABLE_CONE_DEG = TemplateDesigner.MAX_NEEDLE_ANGLE_DEG / 2;
    /** Needles from a cone this wide (half angle) or wider may enter from opposite sides: no one plate. */
    public static final double UNPRINTABLE_CONE_DEG = 90;
    /** Least wall between two guide holes on the plate (mm). */
    public static final double MIN_WALL_MM = 0.8;
    /** Sampling step of the walk from the target towards the skin (mm). */
    static final double SKIN_STEP_MM = 0.5;

    private TemplateFeasibility() {
    }

    /**
     * Checks a plan request before planning, for a plan that is to get a printed template. REFUSE: no
     * template can be made whatever the optimiser does; WARN: it may fail, depending on the needles chosen.
     * A missing target is left to the planner to report.
     */
    public static Check beforePlanning(PatientCase c, PlanRequest request, TemplateSpec spec) {
        spec = spec != null ? spec : TemplateSpec.DEFAULT;
        Optional<ImageSeries> ct = CaseContents.firstSeries(c);
        if (ct.isEmpty() || ct.get().getVoxels() == null) {
            return refuse("the case has no CT images to fit the template to");
        }
        List<Structure> structures = CaseContents.structures(c);
        Structure body = structures.stream().filter(s -> s.getType() == RoiType.BODY).findFirst().orElse(null);
        if (body == null) {
            return refuse("the case has no BODY structure: the template rests on the skin it outlines (contour the body first)");
        }
        NeedleGeometry needles = request.needles();
        double[] entryDirection = null; // from the skin inwards
        double spacingMm = Double.NaN; // closest two holes may come
        String warning = null;
        if (needles instanceof NeedleGeometry.TemplateGrid grid) {
            entryDirection = grid.directionUnit();
            spacingMm = grid.gridMm();
        } else if (needles instanceof NeedleGeometry.Free free) {
            spacingMm = free.minSeparationMm();
            if (free.entryDirectionUnit() == null || free.coneDeg() >= UNPRINTABLE_CONE_DEG) {
                return refuse(String.format(Locale.ROOT, "needles from %s may enter from opposite sides; one template guides needles from one side, at most %.0f° "
                        + "from its axis: choose needles within %.0f° of one direction", free.entryDirectionUnit() == null ? "any direction"
                                : String.format(Locale.ROOT, "within %.0f° of one direction", free.coneDeg()),
                        TemplateDesigner.MAX_NEEDLE_ANGLE_DEG, ALWAYS_PRINTABLE_CONE_DEG));
            }
            entryDirection = free.entryDirectionUnit();
            if (free.coneDeg() > ALWAYS_PRINTABLE_CONE_DEG) {
                warning = String.format(Locale.ROOT, "needles within %.0f° of the entry direction may be up to %.0f° apart; one template holds them only "
                        + "within %.0f° of its axis (a cone of %.0f° always fits)", free.coneDeg(), 2 * free.coneDeg(), TemplateDesigner.MAX_NEEDLE_ANGLE_DEG,
                        ALWAYS_PRINTABLE_CONE_DEG);
            }
        } else {
            return Check.OK; // needles already inserted: their template, if any, was made before
        }
        if (!request.skinInCtOnly()) {
            return refuse("needles may enter beyond the CT's field of view, where no template can be fitted: plan with skin entries inside the CT only");
        }
        GridGeometry grid = GridGeometry.of(ct.get());
        Structure target = structures.stream().filter(s -> s.getName().equalsIgnoreCase(request.targetName())).findFirst().orElse(null);
        if (target != null) {
            Mask mask = StructureGeometry.mask(target, grid);
            if (!mask.isEmpty()) {
                Mask bodyMask = StructureGeometry.mask(body, grid);
                double[] from = mask.centroidMm();
                double[] d = entryDirection;
                for (double t = 0;; t += SKIN_STEP_MM) {
                    double[] p = { from[0] - t * d[0], from[1] - t * d[1], from[2] - t * d[2] };
                    if (!grid.contains(p)) {
                        return refuse(String.format(Locale.ROOT, "the skin on the entry side (%s of %s) is beyond the CT's field of view: the template "
                                + "has no skin to rest on; image more of the body or choose another entry side", side(d), target.getName()));
                    }
                    if (!bodyMask.containsMm(p)) {
                        break; // the skin, inside the CT
                    }
                }
            }
        }
        double holeMm = spec.holeDiameterMm();
        if (!Double.isNaN(spacingMm) && spacingMm < holeMm + MIN_WALL_MM) {
            return refuse(String.format(Locale.ROOT, "needles may come %.1f mm apart, closer than the %.2f mm guide holes and a %.1f mm wall between them",
                    spacingMm, holeMm, MIN_WALL_MM));
        }
        return warning == null ? Check.OK : new Check(Verdict.WARN, warning);
    }

    /**
     * Designs the template of a planned plan in memory (no files, nothing recorded; the plan need not be in
     * the case yet) and says whether it can be printed.
     *
     * @throws OperationCanceledException cancelled through the monitor
     */
    public static Outcome afterPlanning(PatientCase c, Plan plan, TemplateSpec spec, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Template of plan " + plan.getPlanId(), 1);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.subTask("designing the template for " + plan.getNeedles().size() + " needles of plan " + plan.getPlanId());
        long t0 = System.nanoTime();
        try {
            TemplateDesigner.Design design = new TemplateDesigner(spec != null ? spec : TemplateSpec.DEFAULT).design(c, plan);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.worked(1);
            if (!design.mesh().isClosedOrientedManifold()) {
                return new Outcome(false, "the template surface is not a closed oriented manifold", 0, seconds);
            }
            return new Outcome(true, "", design.holes().size(), seconds);
        } catch (TemplateException e) {
            return new Outcome(false, e.getMessage(), 0, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The patient side the needles enter from (opposite their insertion direction), e.g. "anterior" for AP needles. */
    static String side(double[] insertionUnit) {
        double[] s = { -insertionUnit[0], -insertionUnit[1], -insertionUnit[2] };
        int axis = Math.abs(s[0]) >= Math.abs(s[1]) && Math.abs(s[0]) >= Math.abs(s[2]) ? 0 : Math.abs(s[1]) >= Math.abs(s[2]) ? 1 : 2;
        String[][] names = { { "right", "left" }, { "anterior", "posterior" }, { "inferior", "superior" } }; // LPS: +x left, +y posterior, +z superior
        return names[axis][s[axis] >= 0 ? 1 : 0];
    }

    private static Check refuse(String reason) {
        return new Check(Verdict.REFUSE, reason);
    }
}
