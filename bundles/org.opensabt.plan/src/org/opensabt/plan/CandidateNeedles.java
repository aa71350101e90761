package org.opensabt.plan;

import static org.opensabt.model.geometry.Vec3.add;
import static org.opensabt.model.geometry.Vec3.cross;
import static org.opensabt.model.geometry.Vec3.distance;
import static org.opensabt.model.geometry.Vec3.perpendicular;
import static org.opensabt.model.geometry.Vec3.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.opensabt.model.Structure;
import org.opensabt.model.geometry.Vec3;

/**
 * Candidate needles and the seed positions along them. A needle is a straight line entering through
 * the BODY surface; its seed positions lie {@code seedSpacingMm} apart inside target + margin; it is
 * kept only when no no-pass structure lies between the skin and its tip and the path is no longer
 * than the needle, and the line stays clear of the body for {@link #APPROACH_MM} outside the skin.
 */
final class CandidateNeedles {

    /** A candidate needle: skin entry, tip (deepest seed), direction, seed positions from skin side to tip. */
    record Line(double[] entryMm, double[] tipMm, double[] directionUnit, List<double[]> seedsMm, String insertedId) {
    }

    final List<Line> lines = new ArrayList<>();
    /** Candidate needles left out, by reason. */
    final Map<String, Integer> leftOut = new TreeMap<>();
    final List<String> notes = new ArrayList<>();
    /** Candidate needles whose skin entry lies beyond the CT's field of view. */
    int enteringAtCtEdge;

    private static final double STEP_MM = 0.5;
    /** Length outside the skin that must be clear of the body, for the needle's hub and a template (mm). */
    static final double APPROACH_MM = 60;
    /** Body this far or more outside a skin entry, seen along the template's axis, hides the entry from the plate (mm; the designer allows 3). */
    static final double HIDDEN_ENTRY_MM = 2.5;
    /** The plate's axis may lean this far from the cone's axis (degrees). */
    static final double PLATE_TILT_DEG = 7;
    /** Steepest skin under a guide hole (degrees from the plate's plane; {@code TemplateDesigner} keeps the plate where the skin is within 50°). */
    static final double PLATE_MAX_SLOPE_DEG = 50;
    /** Step of the walk over the skin round an entry (mm). */
    static final double SLOPE_STEP_MM = 4;
    /** How far round an entry the skin must carry the plate in one piece (mm). */
    static final double PLATE_REACH_MM = 12;

    static CandidateNeedles generate(PlanningScene scene, PlanRequest request) throws PlanningException {
        CandidateNeedles out = new CandidateNeedles();
        NeedleGeometry g = request.needles();
        if (g instanceof NeedleGeometry.TemplateGrid grid) {
            out.parallelLines(scene, request, grid.directionUnit(), grid.gridMm(), true);
        } else if (g instanceof NeedleGeometry.Free free) {
            for (double[] d : directions(free)) {
                out.parallelLines(scene, request, d, free.pitchMm(), true);
            }
        } else if (g instanceof NeedleGeometry.Inserted inserted) {
            for (NeedleGeometry.InsertedNeedle n : inserted.needles()) {
                out.inserted(scene, request, n);
            }
        }
        if (out.enteringAtCtEdge > 0) {
            out.notes.add(out.enteringAtCtEdge + " candidate needles leave the CT's field of view before reaching the skin: their entry points are on the CT "
                    + "edge, and the path beyond it is unchecked");
        }
        if (out.lines.isEmpty()) {
            throw new PlanningException(String.format(Locale.ROOT, "no candidate needle reaches the target %s from the skin%s: %s; %s",
                    scene.target.getName(), g instanceof NeedleGeometry.TemplateGrid t ? " on the " + t.gridMm() + " mm grid" : "", out.leftOutText(),
                    g instanceof NeedleGeometry.Inserted ? "no inserted needle passes through the target" : "choose another insertion direction or free needles"));
        }
        return out;
    }

    /** The template lattice used for the uniform-loading baseline: every position inside the target, obstacles ignored. */
    static List<double[]> uniformLattice(PlanningScene scene, double[] direction, double pitchMm, double seedSpacingMm) {
        List<double[]> out = new ArrayList<>();
        double[] u = perpendicular(direction);
        double[] v = cross(direction, u);
        double[] centre = scene.targetCentreMm();
        double reach = scene.targetHalfDiagonalMm() + PlanningScene.SEED_MARGIN_MM;
        int steps = (int) Math.ceil(reach / pitchMm);
        int along = (int) Math.ceil(reach / seedSpacingMm);
        for (int i = -steps; i <= steps; i++) {
            for (int j = -steps; j <= steps; j++) {
                for (int k = -along; k <= along; k++) {
                    double[] p = add(centre, add(scale(u, i * pitchMm), add(scale(v, j * pitchMm), scale(direction, k * seedSpacingMm))));
                    if (scene.inTarget(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Unit directions about {@code stepDeg} apart (a Fibonacci lattice on the sphere: N = 4π/step²
     * points of equal area, González 2010), within the cone of the entry region.
     */
    static List<double[]> directions(NeedleGeometry.Free free) {
        double step = Math.toRadians(free.directionStepDeg());
        int n = (int) Math.round(4 * Math.PI / (step * step));
        double golden = Math.PI * (3 - Math.sqrt(5));
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double z = 1 - (2 * i + 1.0) / n;
            double r = Math.sqrt(1 - z * z);
            double[] d = { r * Math.cos(golden * i), r * Math.sin(golden * i), z };
            if (free.entryDirectionUnit() == null || Vec3.angleDeg(d, free.entryDirectionUnit()) <= free.coneDeg()) {
                out.add(d);
            }
        }
        return out;
    }

    private void parallelLines(PlanningScene scene, PlanRequest request, double[] d, double pitchMm, boolean checkPath) {
        double[] u = perpendicular(d);
        double[] v = cross(d, u);
        double[] centre = scene.targetCentreMm();
        double reach = scene.targetHalfDiagonalMm() + PlanningScene.SEED_MARGIN_MM;
        int steps = (int) Math.ceil(reach / pitchMm);
        int along = (int) Math.ceil(reach / request.seedSpacingMm());
        for (int i = -steps; i <= steps; i++) {
            for (int j = -steps; j <= steps; j++) {
                double[] base = add(centre, add(scale(u, i * pitchMm), scale(v, j * pitchMm)));
                List<double[]> seeds = new ArrayList<>();
                for (int k = -along; k <= along; k++) {
                    double[] p = add(base, scale(d, k * request.seedSpacingMm()));
                    if (scene.inSeedRegion(p)) {
                        seeds.add(p);
                    }
                }
                if (seeds.isEmpty()) {
                    continue;
                }
                double[] tip = seeds.get(seeds.size() - 1);
                double[] first = seeds.get(0);
                String reason = null;
                double[] entry = null;
                for (double t = 0;; t += STEP_MM) {
                    double[] p = add(first, scale(d, -t));
                    if (t + distance(first, tip) > request.maxNeedleLengthMm()) {
                        reason = String.format(Locale.ROOT, "longer than %.0f mm from the skin", request.maxNeedleLengthMm());
                        break;
                    }
                    if (!scene.ctGrid.contains(p)) {
                        if (request.skinInCtOnly()) {
                            reason = "skin entry beyond the CT's field of view";
                            break;
                        }
                        // the body goes on beyond the CT's field of view: the needle is taken to enter where it leaves the CT
                        entry = add(first, scale(d, -(t - STEP_MM)));
                        enteringAtCtEdge++;
                        break;
                    }
                    if (!scene.inBody(p)) {
                        entry = add(first, scale(d, -(t - STEP_MM)));
                        if (request.skinInCtOnly() && !scene.ctGrid.contains(add(entry, scale(d, -5)))) {
                            reason = "skin entry beyond the CT's field of view";
                            entry = null;
                            break;
                        }
                        // the approach: the needle's hub and the hand (or a template) need the line outside the skin clear of the body
                        for (double a = t; a <= t + APPROACH_MM; a += STEP_MM) {
                            double[] q = add(first, scale(d, -a));
                            if (!scene.ctGrid.contains(q)) {
                                break;
                            }
                            if (scene.inBody(q)) {
                                reason = "body in the way outside the entry (e.g. the other limb)";
                                entry = null;
                                break;
                            }
                        }
                        break;
                    }
                    Structure s = scene.noPassAt(p);
                    if (s != null) {
                        reason = "crossing " + s.getName();
                        break;
                    }
                }
                for (double t = 0; reason == null && t <= distance(first, tip); t += STEP_MM) {
                    Structure s = scene.noPassAt(add(first, scale(d, t)));
                    if (s != null) {
                        reason = "crossing " + s.getName();
                    }
                }
                if (reason == null && entry != null && request.skinInCtOnly() && request.needles() instanceof NeedleGeometry.Free f
                        && f.entryDirectionUnit() != null) {
                    reason = plateCannotHold(scene, entry, f.entryDirectionUnit());
                }
                if (reason != null) {
                    leftOut.merge(reason, 1, Integer::sum);
                    continue;
                }
                lines.add(new Line(entry, tip, d, seeds, null));
            }
        }
    }

    /**
     * Why one template plate resting on the skin could not hold a guide hole at this skin entry, or null: the entry lies more than
     * {@link #HIDDEN_ENTRY_MM} under the body seen from outside along the template's axis (round a corner of the body), or the skin
     * around it is steeper than {@link #PLATE_MAX_SLOPE_DEG} to the plate (the side of a limb, which a rigid plate does not wrap). The
     * axis is the cone's, and that axis tilted by {@link #PLATE_TILT_DEG} either way, since the plate's axis is the planned needles' mean
     * direction. {@code TemplateDesigner} refuses such needles; planning for a template leaves them out.
     */
    static String plateCannotHold(PlanningScene scene, double[] entry, double[] axis) {
        double[] u = perpendicular(axis);
        double[] v = cross(axis, u);
        double tilt = Math.tan(Math.toRadians(PLATE_TILT_DEG));
        double[][] looks = { axis, Vec3.unit(add(axis, scale(u, tilt))), Vec3.unit(add(axis, scale(u, -tilt))), Vec3.unit(add(axis, scale(v, tilt))),
                Vec3.unit(add(axis, scale(v, -tilt))) };
        for (double[] w : looks) {
            for (double t = HIDDEN_ENTRY_MM; t <= APPROACH_MM * 3; t += STEP_MM) {
                double[] p = add(entry, scale(w, -t));
                if (!scene.ctGrid.contains(p)) {
                    break;
                }
                if (scene.inBody(p)) {
                    return "entry under the body seen along the template's axis (one plate cannot guide it)";
                }
            }
        }
        // the plate round the entry: walking out to PLATE_REACH_MM in eight directions, the skin (found along the axis) goes on
        // without a step steeper than PLATE_MAX_SLOPE_DEG, as the designer needs to keep the plate there in one piece
        double maxStep = SLOPE_STEP_MM * Math.tan(Math.toRadians(PLATE_MAX_SLOPE_DEG));
        for (double[] w : looks) {
            String steep = steepAround(scene, entry, w, maxStep);
            if (steep != null) {
                return steep;
            }
        }
        return null;
    }

    private static String steepAround(PlanningScene scene, double[] entry, double[] axis, double maxStep) {
        double[] u = perpendicular(axis);
        double[] v = cross(axis, u);
        for (int k = 0; k < 8; k++) {
            double phi = Math.PI / 4 * k;
            double[] side = add(scale(u, Math.cos(phi)), scale(v, Math.sin(phi)));
            double previous = 0; // the skin at the entry itself, along the axis (mm)
            for (double r = SLOPE_STEP_MM; r <= PLATE_REACH_MM + 1e-9; r += SLOPE_STEP_MM) {
                double[] q = add(entry, scale(side, r));
                double skin = Double.NaN;
                for (double t = previous - maxStep - 2 * STEP_MM; t <= previous + maxStep + 2 * STEP_MM; t += STEP_MM) {
                    double[] p = add(q, scale(axis, t));
                    if (scene.ctGrid.contains(p) && scene.inBody(p)) {
                        skin = t;
                        break;
                    }
                }
                if (Double.isNaN(skin) || Math.abs(skin - previous) > maxStep) {
                    return String.format(Locale.ROOT, "skin within %.0f mm of the entry steeper than %.0f° to the template's axis (the plate cannot rest there in one piece)",
                            PLATE_REACH_MM, PLATE_MAX_SLOPE_DEG);
                }
                previous = skin;
            }
        }
        return null;
    }

    private void inserted(PlanningScene scene, PlanRequest request, NeedleGeometry.InsertedNeedle n) throws PlanningException {
        double[] d = n.directionUnit();
        double length = distance(n.entryMm(), n.tipMm());
        if (!scene.inBody(n.tipMm())) {
            throw new PlanningException(String.format(Locale.ROOT, "inserted needle %s: its tip (%.1f, %.1f, %.1f) mm is outside the BODY", n.id(),
                    n.tipMm()[0], n.tipMm()[1], n.tipMm()[2]));
        }
        if (scene.inBody(add(n.entryMm(), scale(d, -2)))) {
            notes.add(String.format(Locale.ROOT, "inserted needle %s: its entry point is inside the body, not on the skin", n.id()));
        }
        for (double t = 0; t <= length; t += STEP_MM) {
            Structure s = scene.noPassAt(add(n.entryMm(), scale(d, t)));
            if (s != null) {
                notes.add(String.format(Locale.ROOT, "inserted needle %s crosses %s %.0f mm from its entry", n.id(), s.getName(), t));
                break;
            }
        }
        List<double[]> seeds = new ArrayList<>();
        for (double back = 0; back <= length; back += request.seedSpacingMm()) {
            double[] p = add(n.tipMm(), scale(d, -back));
            if (scene.inSeedRegion(p)) {
                seeds.add(0, p);
            }
        }
        if (seeds.isEmpty()) {
            leftOut.merge("inserted needle " + n.id() + " does not reach the target", 1, Integer::sum);
            notes.add("inserted needle " + n.id() + " does not pass through the target + " + PlanningScene.SEED_MARGIN_MM + " mm: no seed can go on it");
            return;
        }
        lines.add(new Line(n.entryMm(), n.tipMm(), d, seeds, n.id()));
    }

    String leftOutText() {
        if (leftOut.isEmpty()) {
            return "none left out";
        }
        List<String> parts = new ArrayList<>();
        leftOut.forEach((reason, count) -> parts.add(count + " " + reason));
        return String.join(", ", parts) + " left out";
    }

    int seedCount() {
        return lines.stream().mapToInt(l -> l.seedsMm().size()).sum();
    }

    /** Whether two lines may both be used: parallel or at least the minimum angle apart, never closer than the separation. */
    static boolean compatible(Line a, Line b, NeedleGeometry.Free free) {
        double angle = Vec3.angleDeg(a.directionUnit(), b.directionUnit());
        if (angle > 1e-6 && angle < free.minAngleDeg()) {
            return false;
        }
        return Vec3.segmentDistance(a.entryMm(), a.tipMm(), b.entryMm(), b.tipMm()) >= free.minSeparationMm() - 1e-9;
    }
}
