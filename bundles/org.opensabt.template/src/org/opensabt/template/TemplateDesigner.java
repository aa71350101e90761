package org.opensabt.template;

import static org.opensabt.model.geometry.Vec3.add;
import static org.opensabt.model.geometry.Vec3.cross;
import static org.opensabt.model.geometry.Vec3.dot;
import static org.opensabt.model.geometry.Vec3.scale;
import static org.opensabt.model.geometry.Vec3.sub;
import static org.opensabt.model.geometry.Vec3.unit;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.geometry.TriangleMesh;

/**
 * Designs a patient-specific needle template for a plan: a plate that follows the skin over the
 * region where the planned needles enter, with one guide hole along each needle's exact axis.
 * <p>
 * <b>Frame.</b> The plate's axis w is the mean needle direction (into the body); u is the patient's
 * +x (left) made perpendicular to w (or +z when w is lateral), v = w × u. The plate is a height field
 * over (u, v): on each column the skin is found along +w (CT numbers interpolated trilinearly at the
 * BODY threshold, −350 HU, inside the BODY structure), the plate spans [skin − gap − thickness,
 * skin − gap], thicker by the rim height along its edge. Its outline is the needle entries' bounding
 * rectangle plus the margin, with rounded corners.
 * <p>
 * <b>Solid.</b> The template is the negative region of an implicit function sampled on a lattice
 * aligned with (u, v, w): the plate, united with a sleeve (a tube around the axis, outside the plate)
 * for each needle at least {@code sleeveMinAngleDeg} from w, minus a cylinder of the hole diameter
 * around every needle axis, minus engraved needle labels, laser-line grooves (the patient's axial
 * plane and sagittal plane through the reference point) and orientation letters on the outer face.
 * Hole walls and grooves are exact distances, so the surface follows them to well under the
 * sampling step. The surface is extracted by {@link IsoSurface} (marching tetrahedra), which is
 * closed, 2-manifold and outward-oriented by construction whatever the plan: this is why the
 * template is built as a sampled solid rather than by mesh booleans, which fail on near-coincident
 * faces of neighbouring holes.
 */
public final class TemplateDesigner {

    /** Lowest CT number of the body (as the BODY outline of the contouring core). */
    static final double BODY_HU = -350;
    /** Needles further than this from the plate axis cannot be guided by one plate. */
    static final double MAX_NEEDLE_ANGLE_DEG = 70;
    /** How far the reduced surface may stray from the sampled one (mm): far below a printer's resolution. */
    static final double DECIMATION_TOLERANCE_MM = 0.02;
    /** Wall thickness of a sleeve around its hole (mm). */
    static final double SLEEVE_WALL_MM = 1.6;

    /** The plate's frame: origin (the mean needle entry, mm LPS) and unit axes; w points into the body. */
    public record Frame(double[] originMm, double[] u, double[] v, double[] w) {
        double[] toFrame(double[] p) {
            double[] d = { p[0] - originMm[0], p[1] - originMm[1], p[2] - originMm[2] };
            return new double[] { dot(d, u), dot(d, v), dot(d, w) };
        }

        double[] toPatient(double a, double b, double c) {
            return new double[] { originMm[0] + a * u[0] + b * v[0] + c * w[0], originMm[1] + a * u[1] + b * v[1] + c * w[1],
                    originMm[2] + a * u[2] + b * v[2] + c * w[2] };
        }
    }

    /**
     * A guide hole: its label on the template, the plan's needle, the hole's centre on the outer face
     * (or the sleeve top), the needle's axis, the depth from there to the planned tip, and the seeds.
     */
    public record Hole(String label, String needleId, double[] entryMm, double[] tipMm, double[] directionUnit, double[] outerFaceCentreMm,
            double[] guideTopMm, double depthFromOuterFaceMm, double depthFromGuideTopMm, double angleToAxisDeg, double sleeveLengthMm,
            List<double[]> seedsMm, double[] labelUvMm) {
    }

    /** The designed template: its surface, holes, frame, laser reference point, outline, and notes. */
    public record Design(TriangleMesh mesh, List<Hole> holes, Frame frame, double[] laserReferenceMm, double[] outlineUvMm, double cornerRadiusMm,
            double holeDiameterMm, TemplateSpec spec, List<String> notes, List<Letter> letters) {
    }

    /** An engraved orientation letter at a position of the (u, v) plane. */
    public record Letter(String text, double[] uvMm) {
    }

    private final TemplateSpec spec;

    public TemplateDesigner(TemplateSpec spec) {
        this.spec = spec;
    }

    public Design design(PatientCase c, Plan plan) throws TemplateException {
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow(() -> new TemplateException("the case has no CT series"));
        if (ct.getVoxels() == null) {
            throw new TemplateException("the CT series has no voxels");
        }
        GridGeometry grid = GridGeometry.of(ct);
        Structure bodyStructure = CaseContents.structures(c).stream().filter(s -> s.getType() == RoiType.BODY).findFirst()
                .orElseThrow(() -> new TemplateException("the case has no BODY structure: the template follows it (opensabt contour body)"));
        Mask body = StructureGeometry.mask(bodyStructure, grid);
        CtSampler sampler = new CtSampler(ct.getVoxels(), grid, body);
        if (plan.getNeedles().isEmpty()) {
            throw new TemplateException("plan " + plan.getPlanId() + " has no needles (plans made by 'opensabt plan' have them)");
        }
        List<String> notes = new ArrayList<>();

        // needles: each must enter through the skin inside the CT
        List<double[][]> axes = new ArrayList<>(); // entry, tip, direction
        double[] mean = new double[3];
        for (Needle n : plan.getNeedles()) {
            if (n.getEntryPointMm().size() != 3 || n.getTipPointMm().size() != 3) {
                throw new TemplateException("needle " + n.getNeedleId() + " of plan " + plan.getPlanId() + " lacks its entry or tip point");
            }
            double[] entry = array(n.getEntryPointMm());
            double[] tip = array(n.getTipPointMm());
            double[] d = unit(sub(tip, entry));
            double[] before = add(entry, scale(d, -3));
            double[] after = add(entry, scale(d, 3));
            if (!grid.contains(before)) {
                throw new TemplateException(String.format(Locale.ROOT, "needle %s enters at (%.1f, %.1f, %.1f) mm, at the edge of the CT's field of view: the skin "
                        + "it passes is not in the CT, so no template can be fitted there", n.getNeedleId(), entry[0], entry[1], entry[2]));
            }
            if (sampler.inside(before) || !sampler.inside(after)) {
                throw new TemplateException(String.format(Locale.ROOT, "needle %s does not cross the body surface at its entry (%.1f, %.1f, %.1f) mm "
                        + "(3 mm before it: %s the body; 3 mm after it: %s): a template guides needles where they enter the skin", n.getNeedleId(), entry[0],
                        entry[1], entry[2], sampler.inside(before) ? "inside" : "outside", sampler.inside(after) ? "inside" : "outside"));
            }
            axes.add(new double[][] { entry, tip, d });
            mean = add(mean, d);
        }
        double[] w = unit(mean);
        double[] u = Math.abs(w[0]) < 0.9 ? unit(sub(new double[] { 1, 0, 0 }, scale(w, w[0]))) : unit(sub(new double[] { 0, 0, 1 }, scale(w, w[2])));
        double[] v = cross(w, u);
        double[] origin = new double[3];
        for (double[][] a : axes) {
            origin = add(origin, scale(a[0], 1.0 / axes.size()));
        }
        Frame frame = new Frame(origin, u, v, w);
        for (int i = 0; i < axes.size(); i++) {
            double angle = Math.toDegrees(Math.acos(Math.min(1, dot(axes.get(i)[2], w))));
            if (angle > MAX_NEEDLE_ANGLE_DEG) {
                throw new TemplateException(String.format(Locale.ROOT, "needle %s is %.0f° from the template's axis (at most %.0f°): its needles point in too "
                        + "different directions for one plate", plan.getNeedles().get(i).getNeedleId(), angle, MAX_NEEDLE_ANGLE_DEG));
            }
        }

        // outline: the entries' bounding rectangle + margin, in (u, v)
        double uMin = Double.POSITIVE_INFINITY, uMax = Double.NEGATIVE_INFINITY, vMin = Double.POSITIVE_INFINITY, vMax = Double.NEGATIVE_INFINITY;
        double wEntryMin = Double.POSITIVE_INFINITY, wEntryMax = Double.NEGATIVE_INFINITY;
        for (double[][] a : axes) {
            double[] f = frame.toFrame(a[0]);
            uMin = Math.min(uMin, f[0]);
            uMax = Math.max(uMax, f[0]);
            vMin = Math.min(vMin, f[1]);
            vMax = Math.max(vMax, f[1]);
            wEntryMin = Math.min(wEntryMin, f[2]);
            wEntryMax = Math.max(wEntryMax, f[2]);
        }
        double m = spec.marginMm();
        double[] outline = { uMin - m, vMin - m, uMax + m, vMax + m };
        double corner = m / 2;
        double h = spec.resolutionMm();
        double u0 = outline[0] - 2 * h;
        double v0 = outline[1] - 2 * h;
        int nx = (int) Math.ceil((outline[2] + 2 * h - u0) / h) + 1;
        int ny = (int) Math.ceil((outline[3] + 2 * h - v0) / h) + 1;

        // skin height per column, plate faces
        double searchFrom = wEntryMin - 40;
        double searchTo = wEntryMax + 40;
        float[] wIn = new float[nx * ny];
        float[] wOut = new float[nx * ny];
        float[] outlineSdf = new float[nx * ny];
        int missing = 0;
        int inOutline = 0;
        double rimExtra = spec.rimHeightMm();
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int col = i + nx * j;
                double cu = u0 + i * h;
                double cv = v0 + j * h;
                double sdf = roundedRectSdf(cu, cv, outline, corner);
                outlineSdf[col] = (float) sdf;
                wIn[col] = Float.NaN;
                if (sdf > h) {
                    continue;
                }
                inOutline++;
                double skin = sampler.skin(frame.toPatient(cu, cv, 0), w, searchFrom, searchTo);
                if (Double.isNaN(skin)) {
                    missing++;
                    continue;
                }
                double in = skin - spec.skinGapMm();
                double out = in - spec.thicknessMm() - (sdf > -spec.rimWidthMm() ? rimExtra : 0);
                wIn[col] = (float) in;
                wOut[col] = (float) out;
                wMin = Math.min(wMin, out);
                wMax = Math.max(wMax, in);
            }
        }
        if (!(wMin < wMax)) {
            throw new TemplateException("the skin was not found under the template's outline: check the BODY structure and the needles' entry points");
        }
        // one continuous plate: the columns reached from the needle entries without a step in the skin steeper than 50° (a rigid
        // plate must come off the patient along its axis: no wrapping round the sides of a limb)
        int[] seeds = new int[axes.size()];
        for (int i = 0; i < axes.size(); i++) {
            double[] f = frame.toFrame(axes.get(i)[0]);
            seeds[i] = (int) Math.round((f[0] - u0) / h) + nx * (int) Math.round((f[1] - v0) / h);
        }
        int cut = keepConnected(wIn, wOut, nx, ny, seeds, 1.2 * h);
        if (cut > 0) {
            missing += cut;
            wMin = Double.POSITIVE_INFINITY;
            wMax = Double.NEGATIVE_INFINITY;
            for (int col = 0; col < wIn.length; col++) {
                if (!Float.isNaN(wIn[col])) {
                    wMin = Math.min(wMin, wOut[col]);
                    wMax = Math.max(wMax, wIn[col]);
                }
            }
        }
        if (missing > 0) {
            notes.add(String.format(Locale.ROOT, "%.0f %% of the outline has no skin under it within ±40 mm of the entries (beyond the body or the CT): "
                    + "the plate is left out there", 100.0 * missing / Math.max(1, inOutline)));
        }

        // holes and sleeves
        double r = spec.holeDiameterMm() / 2;
        List<Hole> holes = new ArrayList<>();
        List<double[]> sleeveSpans = new ArrayList<>(); // {tFrom, tTo} along each needle from its entry, or null
        for (int i = 0; i < axes.size(); i++) {
            double[][] a = axes.get(i);
            Needle n = plan.getNeedles().get(i);
            double[] f = frame.toFrame(a[0]);
            double cosine = dot(a[2], w);
            double angle = Math.toDegrees(Math.acos(Math.min(1, cosine)));
            double outerW = bilinear(wOut, nx, ny, (f[0] - u0) / h, (f[1] - v0) / h);
            double innerW = bilinear(wIn, nx, ny, (f[0] - u0) / h, (f[1] - v0) / h);
            if (Double.isNaN(outerW) || Double.isNaN(innerW)) {
                throw new TemplateException("needle " + n.getNeedleId() + ": no plate under its entry (no skin found there)");
            }
            double offSkin = f[2] - (innerW + spec.skinGapMm());
            if (Math.abs(offSkin) > 3) {
                throw new TemplateException(String.format(Locale.ROOT, "needle %s enters the skin %.0f mm %s the surface the plate rests on (seen along the "
                        + "plate's axis the skin there is elsewhere, e.g. round a corner of the body): one plate cannot guide it; plan needles from "
                        + "one side (free:<dir>:<cone>)", n.getNeedleId(), Math.abs(offSkin), offSkin > 0 ? "below" : "above"));
            }
            double tOuter = (outerW - f[2]) / cosine; // along the needle from its entry; negative: outside the skin
            double sleeve = angle >= spec.sleeveMinAngleDeg() ? Math.min(25, spec.sleeveLengthMm() * Math.max(0.5, Math.sin(Math.toRadians(angle)) / 0.5)) : 0;
            sleeveSpans.add(sleeve > 0 ? new double[] { tOuter - sleeve, tOuter + spec.thicknessMm() / 2 / cosine } : null);
            double tipT = dot(sub(a[1], a[0]), a[2]);
            double[] outer = add(a[0], scale(a[2], tOuter));
            double[] top = add(a[0], scale(a[2], tOuter - sleeve));
            holes.add(new Hole(String.valueOf(i + 1), n.getNeedleId(), a[0], a[1], a[2], outer, top, tipT - tOuter, tipT - tOuter + sleeve, angle, sleeve,
                    seedsOf(plan, n), null));
            double topW = dot(sub(top, origin), w);
            wMin = Math.min(wMin, topW - SLEEVE_WALL_MM - r);
        }

        // labels, laser grooves and orientation letters on the outer face
        double[] reference = { Math.rint(origin[0]), Math.rint(origin[1]), Math.rint(origin[2]) };
        List<double[]> grooveNormals = new ArrayList<>();
        for (double[] normal : new double[][] { { 1, 0, 0 }, { 0, 0, 1 } }) {
            if (Math.abs(dot(normal, w)) < 0.9) {
                grooveNormals.add(normal);
            } else {
                notes.add("the " + (normal[0] == 1 ? "sagittal" : "axial") + " laser plane is nearly parallel to the plate: no groove for it");
            }
        }
        BufferedImage ink = new BufferedImage(nx, ny, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = ink.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setColor(java.awt.Color.WHITE);
        List<double[]> taken = new ArrayList<>(); // label boxes {u0, v0, u1, v1}
        List<Hole> labelled = new ArrayList<>();
        int unlabelled = 0;
        for (Hole hole : holes) {
            double[] uv = frame.toFrame(hole.outerFaceCentreMm());
            double[] box = placeLabel(hole.label(), uv, holes, frame, taken, r, outline);
            if (box == null) {
                unlabelled++;
                labelled.add(hole);
                continue;
            }
            taken.add(box);
            drawText(g, hole.label(), box, u0, v0, h);
            labelled.add(new Hole(hole.label(), hole.needleId(), hole.entryMm(), hole.tipMm(), hole.directionUnit(), hole.outerFaceCentreMm(), hole.guideTopMm(),
                    hole.depthFromOuterFaceMm(), hole.depthFromGuideTopMm(), hole.angleToAxisDeg(), hole.sleeveLengthMm(), hole.seedsMm(),
                    new double[] { (box[0] + box[2]) / 2, (box[1] + box[3]) / 2 }));
        }
        if (unlabelled > 0) {
            notes.add(unlabelled + " hole label(s) did not fit beside their holes; the drawing and the needle table give every label");
        }
        List<Letter> letters = new ArrayList<>();
        String[] names = { "L", "P", "S" };
        double[][] patientAxes = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        Integer[] order = { 0, 1, 2 };
        java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.hypot(dot(patientAxes[b], u), dot(patientAxes[b], v)),
                Math.hypot(dot(patientAxes[a], u), dot(patientAxes[a], v))));
        double letterSize = Math.min(6, Math.max(3, m / 3));
        for (int k = 0; k < 2; k++) {
            double[] axis = patientAxes[order[k]];
            double du = dot(axis, u);
            double dv = dot(axis, v);
            double len = Math.hypot(du, dv);
            // from the outline's centre towards the patient direction, to just inside the rim
            double cu = (outline[0] + outline[2]) / 2;
            double cv = (outline[1] + outline[3]) / 2;
            double reachU = du == 0 ? Double.POSITIVE_INFINITY : ((du > 0 ? outline[2] : outline[0]) - cu) / (du / len);
            double reachV = dv == 0 ? Double.POSITIVE_INFINITY : ((dv > 0 ? outline[3] : outline[1]) - cv) / (dv / len);
            double reach = Math.min(reachU, reachV) - spec.rimWidthMm() - letterSize;
            double[] at = { cu + du / len * reach, cv + dv / len * reach };
            double[] box = { at[0] - letterSize / 2, at[1] - letterSize / 2, at[0] + letterSize / 2, at[1] + letterSize / 2 };
            drawText(g, names[order[k]], box, u0, v0, h);
            letters.add(new Letter(names[order[k]], at));
        }
        g.dispose();

        // the implicit function, negative inside the solid
        double w0 = wMin - 2 * h;
        int nz = (int) Math.ceil((wMax + 2 * h - w0) / h) + 1;
        if ((long) nx * ny * nz > 150_000_000L) {
            throw new TemplateException(String.format(Locale.ROOT, "the template's lattice (%d × %d × %d at %.2f mm) is too large: coarsen --resolution-mm or "
                    + "reduce the margin", nx, ny, nz, h));
        }
        float[] field = new float[nx * ny * nz];
        double depth = spec.engraveDepthMm();
        java.util.stream.IntStream.range(0, nz).parallel().forEach(k -> {
            double wk = w0 + k * h;
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int col = i + nx * j;
                    int idx = col + nx * ny * k;
                    float in = wIn[col];
                    if (Float.isNaN(in)) {
                        field[idx] = (float) h;
                        continue;
                    }
                    double f = Math.max(Math.max(wOut[col] - wk, wk - in), outlineSdf[col]);
                    double engraved = depth - (wk - wOut[col]); // > 0 within the engraving depth of the outer face
                    if (engraved > -h) {
                        if ((ink.getRaster().getSample(i, j, 0)) != 0) {
                            f = Math.max(f, Math.min(engraved, h / 2));
                        }
                        double[] p = frame.toPatient(u0 + i * h, v0 + j * h, wk);
                        for (double[] normal : grooveNormals) {
                            f = Math.max(f, Math.min(engraved, 0.5 - Math.abs(dot(normal, sub(p, reference)))));
                        }
                    }
                    field[idx] = (float) f;
                }
            }
        });
        double sleeveRadius = r + SLEEVE_WALL_MM;
        for (int pass = 0; pass < 2; pass++) { // sleeves are added to the solid before any hole is cut
            for (int n = 0; n < axes.size(); n++) {
                double[][] a = axes.get(n);
                double[] span = sleeveSpans.get(n);
                if (pass == 0 && span == null) {
                    continue;
                }
                applyNeedle(field, nx, ny, nz, u0, v0, w0, h, frame, a[0], a[2], pass == 0 ? sleeveRadius : r, pass == 0, span);
            }
        }
        TriangleMesh mesh = IsoSurface.extract(field, nx, ny, nz, frame.toPatient(u0, v0, w0), scale(u, h), scale(v, h), scale(w, h));
        int parts = mesh.parts();
        if (parts > 1) {
            TriangleMesh largest = mesh.largestPart();
            List<String> cutOff = holesWithoutWall(largest, holes, r + 2 * h);
            if (!cutOff.isEmpty()) {
                throw new TemplateException(String.format(Locale.ROOT, "needle(s) %s: the plate round them is cut off from the rest (a step in the skin "
                        + "steeper than 50°, or no skin found there): one plate cannot guide them; plan needles from one side (free:<dir>:<cone>) "
                        + "with --skin-in-ct", String.join(", ", cutOff)));
            }
            notes.add(String.format(Locale.ROOT, "%d loose fragment(s) of the sampled solid (%d triangles in all, no guide hole in them) were left out",
                    parts - 1, mesh.triangleCount() - largest.triangleCount()));
            mesh = largest;
        }
        int sampled = mesh.triangleCount();
        // hole walls keep the sampled surface exactly: their axes are what the template is for
        float[] vertices = mesh.verticesMm();
        double wallReach = r + 2 * h;
        java.util.function.IntPredicate onHoleWall = vertex -> {
            double[] p = { vertices[3 * vertex], vertices[3 * vertex + 1], vertices[3 * vertex + 2] };
            for (double[][] a : axes) {
                double[] q = sub(p, a[0]);
                double t = dot(q, a[2]);
                if (dot(q, q) - t * t < wallReach * wallReach) {
                    return true;
                }
            }
            return false;
        };
        mesh = MeshDecimator.decimate(mesh, DECIMATION_TOLERANCE_MM, 8, onHoleWall);
        notes.add(String.format(Locale.ROOT, "surface reduced from %d to %d triangles within %.2f mm of the sampled one (hole walls kept as sampled)", sampled, mesh.triangleCount(),
                DECIMATION_TOLERANCE_MM));
        return new Design(mesh, labelled, frame, reference, outline, corner, spec.holeDiameterMm(), spec, notes, letters);
    }

    /**
     * Unites a sleeve (tube of the given radius over the span of needle parameters) with the solid, or
     * cuts a hole (cylinder of the given radius along the whole axis) from it, visiting only the
     * columns near the axis in each lattice slab.
     */
    private static void applyNeedle(float[] field, int nx, int ny, int nz, double u0, double v0, double w0, double h, Frame frame, double[] entry,
            double[] d, double radius, boolean sleeve, double[] span) {
        double[] e = frame.toFrame(entry);
        double du = dot(d, frame.u());
        double dv = dot(d, frame.v());
        double dw = dot(d, frame.w());
        int reach = (int) Math.ceil((radius + 2 * h) / h / Math.max(0.3, dw)) + 1;
        for (int k = 0; k < nz; k++) {
            double wk = w0 + k * h;
            double t = (wk - e[2]) / dw;
            if (sleeve && (t < span[0] - radius - h || t > span[1] + radius + h)) {
                continue;
            }
            int ci = (int) Math.round((e[0] + t * du - u0) / h);
            int cj = (int) Math.round((e[1] + t * dv - v0) / h);
            for (int j = Math.max(0, cj - reach); j <= Math.min(ny - 1, cj + reach); j++) {
                for (int i = Math.max(0, ci - reach); i <= Math.min(nx - 1, ci + reach); i++) {
                    double pu = u0 + i * h - e[0];
                    double pv = v0 + j * h - e[1];
                    double pw = wk - e[2];
                    double along = pu * du + pv * dv + pw * dw;
                    double qu = pu - along * du;
                    double qv = pv - along * dv;
                    double qw = pw - along * dw;
                    double dist = Math.sqrt(qu * qu + qv * qv + qw * qw);
                    int idx = i + nx * (j + ny * k);
                    if (sleeve) {
                        double tube = Math.max(dist - radius, Math.max(span[0] - along, along - span[1]));
                        field[idx] = (float) Math.min(field[idx], tube);
                    } else {
                        field[idx] = (float) Math.max(field[idx], radius - dist);
                    }
                }
            }
        }
    }

    /**
     * Keeps the columns connected to the entries' columns through neighbours whose skin heights differ by
     * at most {@code maxStepMm} (so the plate is one piece without cliffs where the skin was found on
     * another surface); the rest become empty. Returns how many columns were dropped.
     */
    /** The needles whose guide hole has no wall in the mesh: no vertex within {@code reachMm} of its axis across the plate. */
    private static List<String> holesWithoutWall(TriangleMesh mesh, List<Hole> holes, double reachMm) {
        float[] vertices = mesh.verticesMm();
        List<String> out = new ArrayList<>();
        for (Hole hole : holes) {
            double[] o = hole.outerFaceCentreMm();
            double[] d = hole.directionUnit();
            boolean wall = false;
            for (int k = 0; k + 2 < vertices.length && !wall; k += 3) {
                double[] q = { vertices[k] - o[0], vertices[k + 1] - o[1], vertices[k + 2] - o[2] };
                double t = dot(q, d);
                double radial = Math.sqrt(Math.max(0, dot(q, q) - t * t));
                wall = radial <= reachMm && t >= -hole.sleeveLengthMm() - 1 && t <= 10;
            }
            if (!wall) {
                out.add(hole.needleId());
            }
        }
        return out;
    }

    private static int keepConnected(float[] wIn, float[] wOut, int nx, int ny, int[] seeds, double maxStepMm) {
        boolean[] reached = new boolean[wIn.length];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int s : seeds) {
            if (s >= 0 && s < wIn.length && !Float.isNaN(wIn[s]) && !reached[s]) {
                reached[s] = true;
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int c = queue.poll();
            int i = c % nx;
            int j = c / nx;
            int[][] next = { { i + 1, j }, { i - 1, j }, { i, j + 1 }, { i, j - 1 } };
            for (int[] q : next) {
                if (q[0] < 0 || q[1] < 0 || q[0] >= nx || q[1] >= ny) {
                    continue;
                }
                int n = q[0] + nx * q[1];
                if (!reached[n] && !Float.isNaN(wIn[n]) && Math.abs(wIn[n] - wIn[c]) <= maxStepMm) {
                    reached[n] = true;
                    queue.add(n);
                }
            }
        }
        int dropped = 0;
        for (int c = 0; c < wIn.length; c++) {
            if (!reached[c] && !Float.isNaN(wIn[c])) {
                wIn[c] = Float.NaN;
                dropped++;
            }
        }
        return dropped;
    }

    /** A label box beside the hole that clears every hole and earlier label, or null. */
    private double[] placeLabel(String text, double[] uv, List<Hole> holes, Frame frame, List<double[]> taken, double r, double[] outline) {
        double height = spec.labelHeightMm();
        double width = 0.62 * height * text.length() + 0.2 * height;
        boolean sleeve = holes.stream().anyMatch(x -> x.label().equals(text) && x.sleeveLengthMm() > 0);
        double gap = r + 0.6 + (sleeve ? SLEEVE_WALL_MM : 0);
        double[][] offsets = { { gap + width / 2, 0 }, { -gap - width / 2, 0 }, { 0, -gap - height / 2 }, { 0, gap + height / 2 },
                { gap + width / 2, -gap - height / 2 }, { -gap - width / 2, -gap - height / 2 }, { gap + width / 2, gap + height / 2 },
                { -gap - width / 2, gap + height / 2 } };
        for (double[] o : offsets) {
            double[] box = { uv[0] + o[0] - width / 2, uv[1] + o[1] - height / 2, uv[0] + o[0] + width / 2, uv[1] + o[1] + height / 2 };
            if (box[0] < outline[0] + spec.rimWidthMm() || box[2] > outline[2] - spec.rimWidthMm() || box[1] < outline[1] + spec.rimWidthMm()
                    || box[3] > outline[3] - spec.rimWidthMm()) {
                continue;
            }
            boolean clear = true;
            for (Hole other : holes) {
                double[] c = frame.toFrame(other.outerFaceCentreMm());
                double dx = Math.max(Math.max(box[0] - c[0], c[0] - box[2]), 0);
                double dy = Math.max(Math.max(box[1] - c[1], c[1] - box[3]), 0);
                clear &= Math.hypot(dx, dy) > r + 0.5 + (other.sleeveLengthMm() > 0 ? SLEEVE_WALL_MM : 0);
            }
            for (double[] t : taken) {
                clear &= box[2] + 0.4 < t[0] || t[2] + 0.4 < box[0] || box[3] + 0.4 < t[1] || t[3] + 0.4 < box[1];
            }
            if (clear) {
                return box;
            }
        }
        return null;
    }

    /** Draws text filling a (u, v) box into the ink bitmap (pixel = lattice column; x along +u, y along +v: reads right seen from outside). */
    private static void drawText(Graphics2D g, String text, double[] box, double u0, double v0, double h) {
        double heightPx = (box[3] - box[1]) / h;
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 100);
        java.awt.font.GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        java.awt.geom.Rectangle2D bounds = glyphs.getVisualBounds();
        double scale = heightPx / bounds.getHeight();
        double widthPx = bounds.getWidth() * scale;
        double cx = ((box[0] + box[2]) / 2 - u0) / h;
        double cy = ((box[1] + box[3]) / 2 - v0) / h;
        java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
        t.translate(cx - widthPx / 2, cy + heightPx / 2);
        t.scale(scale, scale);
        t.translate(-bounds.getX(), -(bounds.getY() + bounds.getHeight()));
        g.fill(t.createTransformedShape(glyphs.getOutline()));
    }

    private static List<double[]> seedsOf(Plan plan, Needle n) {
        List<double[]> out = new ArrayList<>();
        for (Seed s : plan.getSeeds()) {
            if (s.getNeedle() == n || s.getNeedle() == null && s.getSeedId().startsWith(n.getNeedleId() + "-")) {
                out.add(array(s.getPositionMm()));
            }
        }
        return out;
    }

    /** Signed distance to a rectangle with rounded corners (negative inside). */
    static double roundedRectSdf(double x, double y, double[] rect, double radius) {
        double cx = (rect[0] + rect[2]) / 2;
        double cy = (rect[1] + rect[3]) / 2;
        double hx = (rect[2] - rect[0]) / 2 - radius;
        double hy = (rect[3] - rect[1]) / 2 - radius;
        double qx = Math.abs(x - cx) - hx;
        double qy = Math.abs(y - cy) - hy;
        return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
    }

    private static double bilinear(float[] values, int nx, int ny, double fi, double fj) {
        int i = (int) Math.floor(fi);
        int j = (int) Math.floor(fj);
        if (i < 0 || j < 0 || i >= nx - 1 || j >= ny - 1) {
            return Double.NaN;
        }
        double ti = fi - i;
        double tj = fj - j;
        double a = values[i + nx * j];
        double b = values[i + 1 + nx * j];
        double c = values[i + nx * (j + 1)];
        double d = values[i + 1 + nx * (j + 1)];
        return (1 - tj) * ((1 - ti) * a + ti * b) + tj * ((1 - ti) * c + ti * d);
    }

    static double[] array(List<Double> v) {
        return new double[] { v.get(0), v.get(1), v.get(2) };
    }
}
