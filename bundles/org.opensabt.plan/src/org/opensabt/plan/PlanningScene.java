package org.opensabt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Margins;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;

/**
 * The anatomy a plan is made in, rasterised once on the CT grid: the BODY (needles enter through its
 * surface), the target and the region seeds may occupy (target + {@link #SEED_MARGIN_MM}), the
 * no-pass structures (bone, AVOID, and every OAR neither traversable by default ({@link OrganTraversal})
 * nor named pass-through, or named no-traverse; the part of an organ inside the target is never no-pass)
 * and the OARs whose dose is limited (outside the target when they overlap it).
 */
final class PlanningScene {

    /** How far outside the target a seed may sit (mm): peripheral loading covers the target surface. */
    static final double SEED_MARGIN_MM = 3;
    /** The radius of an 18 G brachytherapy needle (1.27 mm across): a needle's axis keeps this far from bone and no-pass organs. */
    static final double NEEDLE_CLEARANCE_MM = 0.65;

    final GridGeometry ctGrid;
    final Structure target;
    final Mask body;
    final Mask targetMask;
    /** Where a seed may go: target + {@link #SEED_MARGIN_MM} inside the body, clear of the skin and of no-pass structures. */
    final Mask seedRegion;
    final double targetCc;
    final double[] targetExtentMm;
    final List<Structure> noPass = new ArrayList<>();
    final List<Mask> noPassMasks = new ArrayList<>();
    /** The no-pass masks grown by {@link #NEEDLE_CLEARANCE_MM} and a voxel, which a needle's axis must keep out of. */
    final List<Mask> needleKeepOut = new ArrayList<>();
    final List<Structure> oars = new ArrayList<>();
    /** The limited OARs that overlap the target: their limits apply to the organ outside the target. */
    final java.util.Set<String> limitedOutsideTarget = new java.util.LinkedHashSet<>();
    /** What the scene decided that the user should know (organs crossed by default, limits outside the target). */
    final List<String> notes = new ArrayList<>();

    PlanningScene(PatientCase c, PlanRequest request) throws PlanningException {
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow(() -> new PlanningException("the case has no CT series"));
        List<Structure> structures = CaseContents.structures(c);
        target = structures.stream().filter(s -> s.getName().equals(request.targetName())).findFirst()
                .orElseThrow(() -> new PlanningException("no structure " + request.targetName() + " (have: "
                        + String.join(", ", structures.stream().map(Structure::getName).toList()) + ")"));
        Structure bodyStructure = structures.stream().filter(s -> s.getType() == RoiType.BODY).findFirst()
                .orElseThrow(() -> new PlanningException("the case has no BODY structure: needles enter through it (opensabt contour body)"));
        ctGrid = GridGeometry.of(ct);
        body = StructureGeometry.mask(bodyStructure, ctGrid);
        targetMask = StructureGeometry.mask(target, ctGrid);
        targetCc = StructureGeometry.fractions(target, ctGrid).volumeCc();
        if (!(targetCc > 0)) {
            throw new PlanningException("target " + target.getName() + " is empty on the CT");
        }
        long outside = targetMask.subtraction(body).count();
        if (outside > 0.5 * targetMask.count()) {
            throw new PlanningException(String.format(Locale.ROOT, "target %s lies outside the BODY %s (%.0f %% of its voxels): check the structures",
                    target.getName(), bodyStructure.getName(), 100.0 * outside / targetMask.count()));
        }
        targetExtentMm = targetMask.extentMm();
        Mask region = Margins.expand(targetMask, SEED_MARGIN_MM, SEED_MARGIN_MM, SEED_MARGIN_MM).intersection(body);
        for (String name : request.passThroughOars()) {
            if (structures.stream().noneMatch(s -> s.getName().equals(name) && s.getType() == RoiType.OAR)) {
                throw new PlanningException("pass-through " + name + " is not an OAR structure of the case");
            }
        }
        for (String name : request.noTraverseOars()) {
            if (structures.stream().noneMatch(s -> s.getName().equals(name) && s.getType() == RoiType.OAR)) {
                throw new PlanningException("no-traverse " + name + " is not an OAR structure of the case");
            }
        }
        for (OarLimit l : request.oarLimits()) {
            if (structures.stream().noneMatch(s -> s.getName().equals(l.structure()) && s.getType() == RoiType.OAR && s != target)) {
                throw new PlanningException("OAR limit for " + l.structure() + ", which is not an OAR structure of the case");
            }
        }
        double voxelCc = ctGrid.voxelVolumeCc();
        long targetVoxels = targetMask.count();
        for (Structure s : structures) {
            if (s == target || s == bodyStructure) {
                continue;
            }
            boolean bone = s.getName().toUpperCase(Locale.ROOT).startsWith("BONE");
            boolean oar = s.getType() == RoiType.OAR;
            List<OarLimit> limits = request.oarLimits().stream().filter(l -> l.structure().equals(s.getName())).toList();
            boolean crossable = oar && !request.noTraverseOars().contains(s.getName())
                    && (request.passThroughOars().contains(s.getName()) || OrganTraversal.traversableByDefault(s.getName()));
            if (oar) {
                oars.add(s);
                if (crossable && !request.passThroughOars().contains(s.getName())) {
                    notes.add("needles may cross " + s.getName() + " (lung, liver, muscle and fat are crossed unless named no-traverse)");
                }
            }
            boolean noPassHere = s.getType() == RoiType.AVOID || bone || oar && !crossable;
            if (!noPassHere && !oar) {
                continue;
            }
            Mask m = StructureGeometry.mask(s, ctGrid);
            if (oar) {
                long inside = m.intersection(targetMask).count();
                if (inside > 0) {
                    m = inside(s, m, inside, voxelCc, targetVoxels, limits, request);
                }
            }
            if (noPassHere) {
                noPass.add(s);
                noPassMasks.add(m);
                double[] sp = ctGrid.spacingMm();
                needleKeepOut.add(Margins.expand(m, NEEDLE_CLEARANCE_MM + sp[0], NEEDLE_CLEARANCE_MM + sp[1], NEEDLE_CLEARANCE_MM + sp[2]));
            }
        }
        seedRegion = clearOfSkinAndBone(region, request);
    }

    /**
     * The seed region without the positions a clinician may not load: a seed centre closer than the request's
     * minimum skin distance to the BODY surface, inside a no-pass structure, or closer than the bone margin to a
     * BONE or AVOID structure. Distances are taken between voxel centres and raised by half the largest voxel
     * spacing, so a seed anywhere in a kept voxel keeps them.
     */
    private Mask clearOfSkinAndBone(Mask region, PlanRequest request) {
        double[] spacing = ctGrid.spacingMm();
        double halfVoxel = 0.5 * Math.max(spacing[0], Math.max(spacing[1], spacing[2]));
        Mask out = region;
        if (request.minSkinDistanceMm() > 0 && region.boundsIndex() != null) {
            double skinMm = request.minSkinDistanceMm() + halfVoxel;
            // the body around the seed region only (the distance transform of a whole CT is slow); the crop lies more than
            // the margin beyond the region, so its edges do not erode the region; where the crop meets the CT's edge the
            // body goes on beyond the field of view and is not eroded there (Margins leaves the grid's border as it is)
            int[] b = region.boundsIndex();
            int[] size = { ctGrid.columns(), ctGrid.rows(), ctGrid.slices() };
            int[] lo = new int[3];
            int[] hi = new int[3];
            for (int k = 0; k < 3; k++) {
                int pad = (int) Math.ceil(skinMm / spacing[k]) + 2;
                lo[k] = Math.max(0, b[k] - pad);
                hi[k] = Math.min(size[k] - 1, b[k + 3] + pad);
            }
            Mask crop = new Mask(ctGrid);
            for (int z = lo[2]; z <= hi[2]; z++) {
                for (int y = lo[1]; y <= hi[1]; y++) {
                    for (int x = lo[0]; x <= hi[0]; x++) {
                        int i = ctGrid.index(x, y, z);
                        crop.set(i, body.get(i));
                    }
                }
            }
            out = out.intersection(Margins.contract(crop, skinMm, skinMm, skinMm));
        }
        for (int i = 0; i < noPass.size(); i++) {
            Structure s = noPass.get(i);
            boolean bone = s.getType() == RoiType.AVOID || s.getName().toUpperCase(Locale.ROOT).startsWith("BONE");
            Mask m = noPassMasks.get(i);
            if (bone && request.boneMarginMm() > 0) {
                double marginMm = request.boneMarginMm() + halfVoxel;
                m = Margins.expand(m, marginMm, marginMm, marginMm);
            }
            out = out.subtraction(m);
        }
        return out;
    }

    /**
     * An OAR that overlaps the target. Without limits this is no error (a lung contains its tumour). With
     * limits, they apply to the organ outside the target: the part inside receives the prescription by
     * intent. A limit below the prescription is a real conflict when the organ is not the target's host
     * (less than half the target lies in it: a cord or vessel crossing the tumour) and more of the organ
     * than the limit's volume lies inside the target, or when too little of the organ lies outside the
     * target to evaluate the limit.
     *
     * @return the organ minus the target (needles reach the target through it, however the organ is treated)
     */
    private Mask inside(Structure s, Mask m, long inside, double voxelCc, long targetVoxels, List<OarLimit> limits, PlanRequest request)
            throws PlanningException {
        double insideCc = inside * voxelCc;
        double organCc = m.count() * voxelCc;
        double outsideCc = organCc - insideCc;
        boolean host = inside >= 0.5 * targetVoxels;
        String name = s.getName();
        String t = target.getName();
        for (OarLimit l : limits) {
            boolean tooMuchInside = !host && insideCc > l.volumeCc();
            boolean tooLittleOutside = outsideCc <= Math.max(l.volumeCc(), voxelCc);
            if (l.limitGy() < request.rxGy() && (tooMuchInside || tooLittleOutside)) {
                throw new PlanningException(String.format(Locale.ROOT, "OAR %s: limit %s < %.1f Gy but %.2f cm³ of %s lies inside %s prescribed %.1f Gy%s", name,
                        l.metric(), l.limitGy(), insideCc, name, t, request.rxGy(),
                        tooLittleOutside ? String.format(Locale.ROOT, " (only %.2f cm³ of it lies outside)", Math.max(0, outsideCc)) : ""));
            }
        }
        if (limits.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "%s %s the target %s (%.2f cm³ of its %.2f cm³ inside %s); it has no limit", name,
                    host ? "contains" : "overlaps", t, insideCc, organCc, t));
        } else {
            limitedOutsideTarget.add(name);
            notes.add(String.format(Locale.ROOT, "limits of %s apply to %s outside %s (%.2f cm³ of its %.2f cm³)", name, name, t, outsideCc, organCc));
        }
        return m.subtraction(targetMask);
    }

    /**
     * The limited OARs of the request that overlap its target on the CT grid (the same test as the scene's):
     * their limits are checked on the organ outside the target.
     */
    static java.util.Set<String> limitedOutsideTarget(PatientCase c, PlanRequest request) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (request.oarLimits().isEmpty()) {
            return out;
        }
        List<Structure> structures = CaseContents.structures(c);
        Structure target = structures.stream().filter(s -> s.getName().equals(request.targetName())).findFirst().orElse(null);
        ImageSeries ct = CaseContents.firstSeries(c).orElse(null);
        if (target == null || ct == null) {
            return out;
        }
        GridGeometry grid = GridGeometry.of(ct);
        Mask t = StructureGeometry.mask(target, grid);
        for (Structure s : structures) {
            if (s != target && s.getType() == RoiType.OAR && request.oarLimits().stream().anyMatch(l -> l.structure().equals(s.getName()))
                    && StructureGeometry.mask(s, grid).intersection(t).count() > 0) {
                out.add(s.getName());
            }
        }
        return out;
    }

    /** The name under which the dose of an OAR outside the target is reported, e.g. "Lung-Left outside GTV-1". */
    static String outsideName(String oar, String target) {
        return oar + " outside " + target;
    }

    double[] targetCentreMm() {
        double[] e = targetExtentMm;
        return new double[] { (e[0] + e[3]) / 2, (e[1] + e[4]) / 2, (e[2] + e[5]) / 2 };
    }

    double targetHalfDiagonalMm() {
        double[] e = targetExtentMm;
        return Math.sqrt(sq(e[3] - e[0]) + sq(e[4] - e[1]) + sq(e[5] - e[2])) / 2;
    }

    boolean inBody(double[] p) {
        return body.containsMm(p);
    }

    boolean inSeedRegion(double[] p) {
        return seedRegion.containsMm(p);
    }

    boolean inTarget(double[] p) {
        return targetMask.containsMm(p);
    }

    /**
     * The first no-pass structure a needle's axis at p would touch, or null: within {@link #NEEDLE_CLEARANCE_MM} and a voxel
     * (half for the contour's edge between voxel centres, half for p's place in its voxel) of the structure's mask.
     */
    Structure noPassAt(double[] p) {
        for (int i = 0; i < needleKeepOut.size(); i++) {
            if (needleKeepOut.get(i).containsMm(p)) {
                return noPass.get(i);
            }
        }
        return null;
    }

    private static double sq(double v) {
        return v * v;
    }
}
