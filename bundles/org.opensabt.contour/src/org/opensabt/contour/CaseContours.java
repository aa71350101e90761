package org.opensabt.contour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.geometry.GridGeometry;

/**
 * The contour operations of a case on its planning CT's grid, shared by {@code opensabt contour …}, the
 * workbench, the demo and tests: {@link #compute} builds the new structure (automatic BODY/BONE, margins,
 * booleans, slice interpolation, CT-number windows, region growing) without touching the case;
 * {@link #apply} puts it into the case's structure set (a structure of the same name keeps its object, so
 * plans that refer to it stay valid). {@link #stats} and {@link #mesh} only read. Nothing is printed.
 */
public final class CaseContours {

    /** An operation that makes one structure. */
    public sealed interface Operation permits Body, Bone, Margin, BooleanOp, Interpolate, Threshold, Grow {
        /** Name of the new structure (null only for {@link Interpolate}: the structure itself). */
        String name();
    }

    /** BODY (skin outline): CT numbers ≥ {@code thresholdHu}, couch and cables cut off, holes filled. */
    public record Body(int thresholdHu, String name) implements Operation {
    }

    /** BONE (needle avoidance, RT ROI type AVOID): CT numbers ≥ {@code thresholdHu} within structure {@code body} (an automatic BODY when missing). */
    public record Bone(int thresholdHu, String body, String name) implements Operation {
    }

    /** Exact 3D margin along the CT's row, column and slice directions (mm); expansion (PTV) or contraction, optionally clipped to a structure. */
    public record Margin(String structure, double rowMm, double columnMm, double sliceMm, boolean contract, String clipTo, String name) implements Operation {
    }

    public enum BooleanKind {
        UNION, INTERSECTION, SUBTRACTION
    }

    /** A union, intersection or subtraction (A minus B); an empty result is kept as an empty structure with {@code allowEmpty}. */
    public record BooleanOp(BooleanKind kind, String a, String b, String name, boolean allowEmpty) implements Operation {
    }

    /** Slices left undrawn between drawn contours filled (shape-based); {@code name} null replaces the structure itself. */
    public record Interpolate(String structure, String name) implements Operation {
    }

    /** All voxels within a CT-number window. */
    public record Threshold(int minHu, int maxHu, String name) implements Operation {
    }

    /** The connected voxels within a CT-number window around a seed point (patient LPS mm). */
    public record Grow(double[] seedMm, int minHu, int maxHu, String name) implements Operation {
    }

    /** @param replace replace a structure of the same name (else that is refused with {@link ContourException.NameTaken}) */
    public record Request(PatientCase patientCase, Operation operation, boolean replace) {
    }

    /** The new structure (not in the case), whether it replaces one of the same name, and notes for the user. */
    public record Result(Structure structure, boolean replace, List<String> notes) {
    }

    /** The structure as it is in the case after {@link #apply}, its statistics, and the notes (with plans whose metrics are now stale). */
    public record Applied(Structure structure, StructureStats stats, List<String> notes) {
    }

    /** A structure's closed surface and the volume of its mask (cc). */
    public record Mesh(SurfaceMesh surface, double maskVolumeCc) {
    }

    private CaseContours() {
    }

    /** The planning CT: the first series of the first study that has one; it must hold voxels. */
    public static ImageSeries planningCt(PatientCase patientCase) throws ContourException {
        ImageSeries ct = CaseContents.firstSeries(patientCase).orElse(null);
        if (ct == null || ct.getVoxels() == null) {
            throw new ContourException("the case has no CT series with voxels");
        }
        return ct;
    }

    /** Computes the operation's structure; the case is not changed. */
    public static Result compute(Request request, IProgressMonitor monitor) throws ContourException {
        SubMonitor progress = SubMonitor.convert(monitor, "Contour", 2);
        PatientCase c = request.patientCase();
        ImageSeries ct = planningCt(c);
        GridGeometry grid = GridGeometry.of(ct);
        List<String> notes = new ArrayList<>();
        boolean replace = request.replace();
        Structure created;
        Operation operation = request.operation();
        if (operation instanceof Body op) {
            created = structure(AutoStructures.body(ct.getVoxels(), grid, op.thresholdHu()), op.name(), RoiType.BODY, new int[] { 0, 128, 0 });
        } else if (operation instanceof Bone op) {
            Structure existing = find(c, op.body()).orElse(null);
            Mask bodyMask = existing != null ? StructureGeometry.mask(existing, grid) : AutoStructures.body(ct.getVoxels(), grid, AutoStructures.BODY_THRESHOLD_HU);
            if (existing == null) {
                notes.add("no structure " + op.body() + ": bone found within an automatic body outline");
            }
            created = structure(AutoStructures.bone(ct.getVoxels(), grid, op.thresholdHu(), bodyMask), op.name(), RoiType.AVOID, new int[] { 230, 230, 200 });
        } else if (operation instanceof Margin op) {
            Mask base = maskOf(c, op.structure(), grid);
            Mask result;
            try {
                result = op.contract() ? Margins.contract(base, op.rowMm(), op.columnMm(), op.sliceMm()) : Margins.expand(base, op.rowMm(), op.columnMm(), op.sliceMm());
            } catch (IllegalArgumentException e) {
                throw new ContourException(e.getMessage(), e);
            }
            if (op.clipTo() != null) {
                result = result.intersection(maskOf(c, op.clipTo(), grid));
            }
            notes.add(String.format(Locale.ROOT, "%s %s by (%.1f, %.1f, %.1f) mm%s", op.structure(), op.contract() ? "contracted" : "expanded", op.rowMm(),
                    op.columnMm(), op.sliceMm(), op.clipTo() == null ? "" : ", clipped to " + op.clipTo()));
            created = structure(result, op.name(), op.contract() ? RoiType.OTHER : RoiType.PTV, new int[] { 255, 128, 0 });
        } else if (operation instanceof BooleanOp op) {
            Mask ma = maskOf(c, op.a(), grid);
            Mask mb = maskOf(c, op.b(), grid);
            Mask result = switch (op.kind()) {
            case UNION -> ma.union(mb);
            case INTERSECTION -> ma.intersection(mb);
            case SUBTRACTION -> ma.subtraction(mb);
            };
            if (result.isEmpty() && op.allowEmpty()) {
                Structure empty = ModelFactory.eINSTANCE.createStructure();
                empty.setName(op.name());
                empty.setType(RoiType.OTHER);
                notes.add(op.kind().name().toLowerCase(Locale.ROOT) + " of " + op.a() + " and " + op.b() + " is empty (0 voxels)");
                created = empty;
            } else {
                created = structure(result, op.name(), RoiType.OTHER, new int[] { 128, 128, 255 });
            }
        } else if (operation instanceof Interpolate op) {
            Structure original = require(c, op.structure());
            SliceInterpolation.Result result;
            try {
                result = SliceInterpolation.interpolate(StructureGeometry.contours(original), grid);
            } catch (IllegalArgumentException e) {
                throw new ContourException(op.structure() + ": " + e.getMessage(), e);
            }
            Structure copy = EcoreUtil.copy(original);
            copy.setName(op.name() == null ? original.getName() : op.name());
            if (op.name() == null) {
                replace = true;
            }
            StructureGeometry.setContours(copy, result.contours());
            notes.add(result.filledSlices().isEmpty() ? "no slice was missing" : "filled CT slices " + result.filledSlices());
            created = copy;
        } else if (operation instanceof Threshold op) {
            created = structure(AutoStructures.threshold(ct.getVoxels(), grid, op.minHu(), op.maxHu()), op.name(), RoiType.OTHER,
                new int[] { 255, 255, 0 });
        } else if (operation instanceof Grow op) {
            double[] seed = op.seedMm();
            if (seed == null || seed.length != 3) {
                throw new ContourException("the seed point takes x, y, z (patient LPS mm)");
            }
            double[] g = grid.toGridMm(seed);
            int col = (int) Math.round(g[0] / grid.spacingMm()[0]);
            int row = (int) Math.round(g[1] / grid.spacingMm()[1]);
            int slice = (int) Math.round(g[2] / grid.spacingMm()[2]);
            if (col < 0 || row < 0 || slice < 0 || col >= grid.columns() || row >= grid.rows() || slice >= grid.slices()) {
                throw new ContourException(String.format(Locale.ROOT, "seed point (%.1f, %.1f, %.1f) mm lies outside the CT", seed[0], seed[1], seed[2]));
            }
            try {
                created = structure(AutoStructures.regionGrow(ct.getVoxels(), grid, grid.index(col, row, slice), op.minHu(), op.maxHu()), op.name(),
                        RoiType.OTHER, new int[] { 0, 255, 255 });
            } catch (IllegalArgumentException e) {
                throw new ContourException(e.getMessage(), e);
            }
        } else {
            throw new IllegalArgumentException("unknown contour operation " + operation);
        }
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(2);
        if (created.getName() == null || created.getName().isBlank()) {
            throw new ContourException("the new structure needs a name");
        }
        if (!replace && find(c, created.getName()).isPresent()) {
            throw new ContourException.NameTaken(created.getName());
        }
        return new Result(created, replace, List.copyOf(notes));
    }

    /**
     * Puts the computed structure into the case: a structure of the same name takes its contours, type and
     * colour (the object stays, so plans that refer to it keep it); otherwise it is added to the CT's structure
     * set (created when the study has none) with the next ROI number.
     */
    public static Applied apply(PatientCase patientCase, Result result) throws ContourException {
        ImageSeries ct = planningCt(patientCase);
        Structure created = result.structure();
        List<String> notes = new ArrayList<>(result.notes());
        Structure existing = find(patientCase, created.getName()).orElse(null);
        if (existing != null && !result.replace()) {
            throw new ContourException.NameTaken(created.getName());
        }
        if (existing != null) {
            existing.getContours().clear();
            existing.getContours().addAll(new ArrayList<>(EcoreUtil.copyAll(created.getContours())));
            existing.setType(created.getType());
            if (!created.getColorRgb().isEmpty()) {
                existing.getColorRgb().clear();
                existing.getColorRgb().addAll(new ArrayList<>(created.getColorRgb()));
            }
            for (Plan plan : patientCase.getPlans()) {
                if (plan.getTarget() == existing || plan.getMetrics().stream().anyMatch(m -> m.getStructure() == existing)) {
                    notes.add("plan " + plan.getPlanId() + " refers to " + existing.getName() + ": its metrics describe the old contours until the dose is recomputed");
                }
            }
            created = existing;
        } else {
            StructureSet set = structureSet(ct);
            created = EcoreUtil.copy(created);
            created.setRoiNumber(set.getStructures().stream().mapToInt(Structure::getRoiNumber).max().orElse(0) + 1);
            set.getStructures().add(created);
        }
        return new Applied(created, StructureStats.of(created, GridGeometry.of(ct)), List.copyOf(notes));
    }

    /** Statistics of every structure of the case on its CT grid, in order. */
    public static List<StructureStats> stats(PatientCase patientCase) throws ContourException {
        GridGeometry grid = GridGeometry.of(planningCt(patientCase));
        List<StructureStats> out = new ArrayList<>();
        for (Structure s : CaseContents.structures(patientCase)) {
            out.add(StructureStats.of(s, grid));
        }
        return out;
    }

    /** The closed surface of a structure's mask on the CT grid. */
    public static Mesh mesh(PatientCase patientCase, String structure, IProgressMonitor monitor) throws ContourException {
        SubMonitor progress = SubMonitor.convert(monitor, "Surface of " + structure, 1);
        Mask mask = maskOf(patientCase, structure, GridGeometry.of(planningCt(patientCase)));
        SurfaceMesh surface = SurfaceMesh.of(mask);
        progress.worked(1);
        return new Mesh(surface, mask.volumeCc());
    }

    /** The structure of that name (case-insensitive), in any structure set. */
    public static Optional<Structure> find(PatientCase patientCase, String name) {
        for (Structure s : CaseContents.structures(patientCase)) {
            if (s.getName().equalsIgnoreCase(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Structure require(PatientCase patientCase, String name) throws ContourException {
        Optional<Structure> found = find(patientCase, name);
        if (found.isEmpty()) {
            List<String> names = CaseContents.structures(patientCase).stream().map(Structure::getName).toList();
            throw new ContourException("no structure named \"" + name + "\" (have: " + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
        }
        return found.get();
    }

    private static Mask maskOf(PatientCase patientCase, String name, GridGeometry grid) throws ContourException {
        Mask mask = StructureGeometry.mask(require(patientCase, name), grid);
        if (mask.isEmpty()) {
            throw new ContourException("structure " + name + " has no voxel on the CT grid");
        }
        return mask;
    }

    private static Structure structure(Mask mask, String name, RoiType type, int[] rgb) throws ContourException {
        if (mask.isEmpty()) {
            throw new ContourException("the result is empty: no structure " + name + " was added");
        }
        return StructureGeometry.toStructure(mask, name, type, rgb);
    }

    static StructureSet structureSet(ImageSeries ct) {
        Study study = (Study) ct.eContainer();
        if (study.getStructureSets().isEmpty()) {
            StructureSet set = ModelFactory.eINSTANCE.createStructureSet();
            set.setLabel("OpenSABT");
            set.setFrameOfReferenceUid(ct.getFrameOfReferenceUid());
            set.setReferencedSeriesUid(ct.getSeriesInstanceUid());
            study.getStructureSets().add(set);
        }
        return study.getStructureSets().get(0);
    }
}
