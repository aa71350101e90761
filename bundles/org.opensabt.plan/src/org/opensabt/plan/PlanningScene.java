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
 * no-pass structures (bone, AVOID, and every OAR not named pass-through) and the OARs whose dose is
 * limited.
 */
final class PlanningScene {

    /** How far outside the target a seed may sit (mm): peripheral loading covers the target surface. */
    static final double SEED_MARGIN_MM = 3;

    final GridGeometry ctGrid;
    final Structure target;
    final Mask body;
    final Mask targetMask;
    final Mask seedRegion;
    final double targetCc;
    final double[] targetExtentMm;
    final List<Structure> noPass = new ArrayList<>();
    final List<Mask> noPassMasks = new ArrayList<>();
    final List<Structure> oars = new ArrayList<>();

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
        seedRegion = Margins.expand(targetMask, SEED_MARGIN_MM, SEED_MARGIN_MM, SEED_MARGIN_MM).intersection(body);
        for (String name : request.passThroughOars()) {
            if (structures.stream().noneMatch(s -> s.getName().equals(name) && s.getType() == RoiType.OAR)) {
                throw new PlanningException("pass-through " + name + " is not an OAR structure of the case");
            }
        }
        for (Structure s : structures) {
            if (s == target || s == bodyStructure) {
                continue;
            }
            boolean bone = s.getName().toUpperCase(Locale.ROOT).startsWith("BONE");
            if (s.getType() == RoiType.OAR) {
                oars.add(s);
            }
            if (s.getType() == RoiType.AVOID || bone || s.getType() == RoiType.OAR && !request.passThroughOars().contains(s.getName())) {
                Mask m = StructureGeometry.mask(s, ctGrid);
                if (s.getType() == RoiType.OAR && m.intersection(targetMask).count() > 0) {
                    throw new PlanningException("OAR " + s.getName() + " overlaps the target " + target.getName() + ": its limits and the prescription conflict");
                }
                noPass.add(s);
                noPassMasks.add(m);
            }
        }
        for (OarLimit l : request.oarLimits()) {
            if (oars.stream().noneMatch(o -> o.getName().equals(l.structure()))) {
                throw new PlanningException("OAR limit for " + l.structure() + ", which is not an OAR structure of the case");
            }
        }
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

    /** The first no-pass structure at p, or null. */
    Structure noPassAt(double[] p) {
        for (int i = 0; i < noPassMasks.size(); i++) {
            if (noPassMasks.get(i).containsMm(p)) {
                return noPass.get(i);
            }
        }
        return null;
    }

    private static double sq(double v) {
        return v * v;
    }
}
