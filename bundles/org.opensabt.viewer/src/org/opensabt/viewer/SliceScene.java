package org.opensabt.viewer;

import java.util.ArrayList;
import java.util.List;

import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;

/**
 * What the slice views of a case show, computed without any UI: the planning CT, each structure as a
 * mask on the CT grid (outlines are its 0.5 iso-line on any slice), a plan's total dose with isodose
 * lines in % of the prescription, and its seeds near the slice plane.
 */
public final class SliceScene {

    /** A structure outline on a slice: segments {u0, v0, u1, v1} in pixel units. */
    public record Outline(String name, int[] colorRgb, List<double[]> segments) {
    }

    /** An isodose line on a slice. */
    public record Isodose(double percentOfRx, double doseGy, List<double[]> segments) {
    }

    /** A seed near the slice plane: pixel position and distance from the plane (mm). */
    public record SeedMark(String seedId, double u, double v, double distanceMm) {
    }

    /** The part of a needle within a slab around the slice plane, projected onto the slice (pixel units). */
    public record NeedleTrace(String needleId, double u0, double v0, double u1, double v1) {
    }

    private record StructureMask(Structure structure, byte[] inside) {
    }

    private final PatientCase patientCase;
    private final VolumeSlicer slicer;
    private final List<StructureMask> masks = new ArrayList<>();
    private final Plan plan;
    private final DoseSampler dose;

    /** The scene of a case's planning CT and, if given, one of its plans (null: none). */
    public SliceScene(PatientCase patientCase, Plan plan) {
        this.patientCase = patientCase;
        ImageSeries ct = CaseContents.firstSeries(patientCase).orElseThrow(() -> new IllegalArgumentException("the case has no CT series"));
        if (ct.getVoxels() == null) {
            throw new IllegalArgumentException("the CT's voxels are not loaded");
        }
        GridGeometry grid = GridGeometry.of(ct);
        this.slicer = new VolumeSlicer(grid, ct.getVoxels());
        refreshStructures();
        this.plan = plan;
        this.dose = plan == null ? null : DoseSampler.of(plan.getDoseGrid());
    }

    /** Recomputes the structure masks from the case's current contours (after an edit, an undo or a new structure). */
    public void refreshStructures() {
        masks.clear();
        for (Structure s : CaseContents.structures(patientCase)) {
            if (!s.getContours().isEmpty()) {
                masks.add(new StructureMask(s, StructureGeometry.mask(s, slicer.grid()).voxels()));
            }
        }
    }

    /** A structure's mask on the CT grid (a copy; empty if it has no contours), or null if there is no such structure. */
    public Mask mask(Structure structure) {
        for (StructureMask m : masks) {
            if (m.structure() == structure) {
                return new Mask(slicer.grid(), m.inside().clone());
            }
        }
        return CaseContents.structures(patientCase).contains(structure) ? new Mask(slicer.grid()) : null;
    }

    /** The case's last plan, or null. */
    public static Plan lastPlan(PatientCase c) {
        return c.getPlans().isEmpty() ? null : c.getPlans().get(c.getPlans().size() - 1);
    }

    public PatientCase patientCase() {
        return patientCase;
    }

    public VolumeSlicer slicer() {
        return slicer;
    }

    public Plan plan() {
        return plan;
    }

    public boolean hasDose() {
        return dose != null;
    }

    public List<Outline> outlines(Orientation o, int k) {
        int[] index = slicer.voxelIndices(o, k);
        int[] size = slicer.size(o);
        List<Outline> out = new ArrayList<>();
        float[] field = new float[index.length];
        for (StructureMask m : masks) {
            boolean any = false;
            for (int i = 0; i < index.length; i++) {
                field[i] = m.inside()[index[i]];
                any |= field[i] > 0;
            }
            if (any) {
                List<Integer> rgb = m.structure().getColorRgb();
                int[] color = rgb.size() == 3 ? new int[] { rgb.get(0), rgb.get(1), rgb.get(2) } : new int[] { 255, 255, 0 };
                out.add(new Outline(m.structure().getName(), color, IsoLines.segments(field, size[0], size[1], 0.5)));
            }
        }
        return out;
    }

    /** Isodose lines at the given % of the plan's prescription (empty without a dose or prescription). */
    public List<Isodose> isodoses(Orientation o, int k, double... percents) {
        if (dose == null || !(plan.getPrescriptionDoseGy() > 0)) {
            return List.of();
        }
        int[] size = slicer.size(o);
        float[] field = new float[size[0] * size[1]];
        for (int v = 0; v < size[1]; v++) {
            for (int u = 0; u < size[0]; u++) {
                field[v * size[0] + u] = (float) dose.doseGyAt(slicer.patientMm(o, k, u, v));
            }
        }
        List<Isodose> out = new ArrayList<>();
        for (double p : percents) {
            double gy = plan.getPrescriptionDoseGy() * p / 100;
            out.add(new Isodose(p, gy, IsoLines.segments(field, size[0], size[1], gy)));
        }
        return out;
    }

    /** The plan's seeds within half a slice spacing plus {@code extraMm} of the slice plane. */
    public List<SeedMark> seeds(Orientation o, int k, double extraMm) {
        if (plan == null) {
            return List.of();
        }
        GridGeometry grid = slicer.grid();
        int axis = o == Orientation.AXIAL ? 2 : o == Orientation.CORONAL ? 1 : 0;
        double half = grid.spacingMm()[axis] / 2 + extraMm;
        List<SeedMark> out = new ArrayList<>();
        for (Seed s : plan.getSeeds()) {
            double[] p = s.getPositionMm().stream().mapToDouble(Double::doubleValue).toArray();
            double distance = Math.abs(grid.toGridMm(p)[axis] - k * grid.spacingMm()[axis]);
            if (distance > half) {
                continue;
            }
            double[] uv = slicer.uv(o, p);
            out.add(new SeedMark(s.getSeedId(), uv[0], uv[1], distance));
        }
        return out;
    }

    /**
     * The plan's needles where they pass within half a slice spacing plus {@code extraMm} of the slice
     * plane: each needle segment (entry to tip) clipped to that slab and projected onto the slice.
     */
    public List<NeedleTrace> needles(Orientation o, int k, double extraMm) {
        if (plan == null) {
            return List.of();
        }
        GridGeometry grid = slicer.grid();
        int axis = o == Orientation.AXIAL ? 2 : o == Orientation.CORONAL ? 1 : 0;
        double half = grid.spacingMm()[axis] / 2 + extraMm;
        double plane = k * grid.spacingMm()[axis];
        List<NeedleTrace> out = new ArrayList<>();
        for (org.opensabt.model.Needle n : plan.getNeedles()) {
            if (n.getEntryPointMm().size() != 3 || n.getTipPointMm().size() != 3) {
                continue;
            }
            double[] a = n.getEntryPointMm().stream().mapToDouble(Double::doubleValue).toArray();
            double[] b = n.getTipPointMm().stream().mapToDouble(Double::doubleValue).toArray();
            double da = grid.toGridMm(a)[axis] - plane;
            double db = grid.toGridMm(b)[axis] - plane;
            double t0 = 0;
            double t1 = 1;
            if (Math.abs(db - da) < 1e-9) {
                if (Math.abs(da) > half) {
                    continue;
                }
            } else {
                double ta = (-half - da) / (db - da);
                double tb = (half - da) / (db - da);
                t0 = Math.max(0, Math.min(ta, tb));
                t1 = Math.min(1, Math.max(ta, tb));
                if (t0 >= t1) {
                    continue;
                }
            }
            double[] p0 = new double[3];
            double[] p1 = new double[3];
            for (int i = 0; i < 3; i++) {
                p0[i] = a[i] + t0 * (b[i] - a[i]);
                p1[i] = a[i] + t1 * (b[i] - a[i]);
            }
            double[] uv0 = slicer.uv(o, p0);
            double[] uv1 = slicer.uv(o, p1);
            out.add(new NeedleTrace(n.getNeedleId(), uv0[0], uv0[1], uv1[0], uv1[1]));
        }
        return out;
    }

    /** Centroid (patient mm) of a structure's mask, or null if there is no such structure. */
    public double[] centroidMm(String structureName) {
        for (StructureMask m : masks) {
            if (m.structure().getName().equalsIgnoreCase(structureName)) {
                return new Mask(slicer.grid(), m.inside()).centroidMm();
            }
        }
        return null;
    }

    /** Names of the structures shown. */
    public List<String> structureNames() {
        return masks.stream().map(m -> m.structure().getName()).toList();
    }

    /** Patient mm, HU and dose (Gy, NaN without a dose) at slice pixel (u, v). */
    public double[] readout(Orientation o, int k, double u, double v) {
        double[] p = slicer.patientMm(o, k, u, v);
        return new double[] { p[0], p[1], p[2], slicer.huAt(p), dose == null ? Double.NaN : dose.doseGyAt(p) };
    }
}
