package org.opensabt.contour.internal;

import java.util.List;
import java.util.Locale;

import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.contour.AutoStructures;
import org.opensabt.contour.Margins;
import org.opensabt.contour.Mask;
import org.opensabt.contour.SliceInterpolation;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code opensabt contour …} commands. */
public final class ContourCommands {

    private ContourCommands() {
    }

    @Command(name = "body", description = "BODY (skin outline) from CT numbers: threshold, couch and cables cut off, holes filled.")
    public static final class Body extends ContourCaseCommand {
        @Option(names = "--threshold-HU", defaultValue = "" + AutoStructures.BODY_THRESHOLD_HU, description = "Lowest CT number inside (default: ${DEFAULT-VALUE} HU).")
        int thresholdHu;
        @Option(names = "--name", defaultValue = "BODY", description = "Name (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        Structure build(CommandContext context, List<String> report) throws CommandException {
            return structure(AutoStructures.body(ct.getVoxels(), grid, thresholdHu), name, RoiType.BODY, new int[] { 0, 128, 0 });
        }
    }

    @Command(name = "bone", description = "BONE (needle avoidance) from CT numbers within the BODY structure.")
    public static final class Bone extends ContourCaseCommand {
        @Option(names = "--threshold-HU", defaultValue = "" + AutoStructures.BONE_THRESHOLD_HU, description = "Lowest CT number of bone (default: ${DEFAULT-VALUE} HU).")
        int thresholdHu;
        @Option(names = "--body", defaultValue = "BODY", description = "Body structure to stay within (default: ${DEFAULT-VALUE}; computed when missing).")
        String body;
        @Option(names = "--name", defaultValue = "BONE", description = "Name (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        Structure build(CommandContext context, List<String> report) throws CommandException {
            Structure existing = find(body, false);
            Mask bodyMask = existing != null ? StructureGeometry.mask(existing, grid) : AutoStructures.body(ct.getVoxels(), grid, AutoStructures.BODY_THRESHOLD_HU);
            if (existing == null) {
                report.add("no structure " + body + ": bone found within an automatic body outline");
            }
            return structure(AutoStructures.bone(ct.getVoxels(), grid, thresholdHu, bodyMask), name, RoiType.AVOID, new int[] { 230, 230, 200 });
        }
    }

    @Command(name = "margin", description = "Expand or contract a structure by an exact 3D margin (isotropic or per axis), e.g. PTV = GTV + 5 mm.")
    public static final class Margin extends ContourCaseCommand {
        @Option(names = "--structure", required = true, description = "Structure to expand or contract.")
        String source;
        @Option(names = "--mm", description = "Isotropic margin (mm).")
        Double mm;
        @Option(names = "--mm-xyz", split = ",", paramLabel = "ROW,COLUMN,SLICE", description = "Margins along the CT's row, column and slice directions (mm).")
        double[] mmXyz;
        @Option(names = "--contract", description = "Contract instead of expanding.")
        boolean contract;
        @Option(names = "--clip-to", paramLabel = "STRUCTURE", description = "Keep the result inside this structure (e.g. BODY).")
        String clipTo;
        @Option(names = "--name", required = true, description = "Name of the new structure (e.g. PTV).")
        String name;

        @Override
        Structure build(CommandContext context, List<String> report) throws CommandException {
            double[] m;
            if ((mm == null) == (mmXyz == null)) {
                throw new CommandException("give either --mm or --mm-xyz");
            }
            m = mm != null ? new double[] { mm, mm, mm } : mmXyz;
            if (m.length != 3) {
                throw new CommandException("--mm-xyz takes three margins (row, column, slice directions, mm)");
            }
            Mask base = maskOf(source);
            Mask result;
            try {
                result = contract ? Margins.contract(base, m[0], m[1], m[2]) : Margins.expand(base, m[0], m[1], m[2]);
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage(), e);
            }
            if (clipTo != null) {
                result = result.intersection(maskOf(clipTo));
            }
            report.add(String.format(Locale.ROOT, "%s %s by (%.1f, %.1f, %.1f) mm%s", source, contract ? "contracted" : "expanded", m[0], m[1], m[2],
                    clipTo == null ? "" : ", clipped to " + clipTo));
            return structure(result, name, contract ? RoiType.OTHER : RoiType.PTV, new int[] { 255, 128, 0 });
        }
    }

    @Command(name = "boolean", description = "Union, intersection or subtraction (A minus B) of two structures.")
    public static final class BooleanOp extends ContourCaseCommand {
        @Parameters(index = "0", paramLabel = "union|intersection|subtraction")
        String operation;
        @Parameters(index = "1", paramLabel = "A")
        String a;
        @Parameters(index = "2", paramLabel = "B")
        String b;
        @Option(names = "--name", required = true, description = "Name of the new structure.")
        String name;
        @Option(names = "--allow-empty", description = "Add the structure even when it is empty (e.g. to record that A lies within B).")
        boolean allowEmpty;

        @Override
        Structure build(CommandContext context, List<String> report) throws CommandException {
            Mask ma = maskOf(a);
            Mask mb = maskOf(b);
            Mask result = switch (operation.toLowerCase(Locale.ROOT)) {
                case "union" -> ma.union(mb);
                case "intersection" -> ma.intersection(mb);
                case "subtraction" -> ma.subtraction(mb);
                default -> throw new CommandException("unknown operation " + operation + " (union, intersection, subtraction)");
            };
            if (result.isEmpty() && allowEmpty) {
                Structure empty = ModelFactory.eINSTANCE.createStructure();
                empty.setName(name);
                empty.setType(RoiType.OTHER);
                report.add(operation + " of " + a + " and " + b + " is empty (0 voxels)");
                return empty;
            }
            return structure(result, name, RoiType.OTHER, new int[] { 128, 128, 255 });
        }
    }

    @Command(name = "interpolate", description = "Fill CT slices left undrawn between drawn contours of a structure (shape-based, from signed distance).")
    public static final class Interpolate extends ContourCaseCommand {
        @Option(names = "--structure", required = true, description = "Structure to complete.")
        String source;
        @Option(names = "--name", description = "Name of the completed copy (default: the structure itself, replaced).")
        String name;

        @Override
        Structure build(CommandContext context, List<String> report) throws CommandException {
            Structure original = find(source, true);
            SliceInterpolation.Result result;
            try {
                result = SliceInterpolation.interpolate(StructureGeometry.contours(original), grid);
            } catch (IllegalArgumentException e) {
                throw new CommandException(source + ": " + e.getMessage(), e);
            }
            Structure copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(original);
            copy.setName(name == null ? original.getName() : name);
            if (name == null) {
                replace = true;
            }
            StructureGeometry.setContours(copy, result.contours());
            report.add(result.filledSlices().isEmpty() ? "no slice was missing" : "filled CT slices " + result.filledSlices());
            return copy;
        }
    }

    /** The options of a CT-number window and the new structure's name. */
    abstract static class WindowCommand extends ContourCaseCommand {
        @Option(names = "--min-HU", required = true, description = "Lowest CT number (HU).")
        int minHu;
        @Option(names = "--max-HU", required = true, description = "Highest CT number (HU).")
        int maxHu;
        @Option(names = "--name", required = true, description = "Name of the new structure.")
        String name;
    }

    @Command(name = "threshold", description = "A structure of all voxels within a CT-number window.")
    public static final class Threshold extends WindowCommand {

        @Override
        Structure build(CommandContext context, List<String> report) throws CommandException {
            return structure(AutoStructures.threshold(ct.getVoxels(), grid, minHu, maxHu), name, RoiType.OTHER, new int[] { 255, 255, 0 });
        }
    }

    @Command(name = "grow", description = "Region growing: the connected voxels within a CT-number window around a seed point.")
    public static final class Grow extends WindowCommand {
        @Option(names = "--seed-mm", required = true, split = ",", paramLabel = "X,Y,Z", description = "Seed point (patient LPS mm).")
        double[] seedMm;

        @Override
        Structure build(CommandContext context, List<String> report) throws CommandException {
            if (seedMm.length != 3) {
                throw new CommandException("--seed-mm takes x,y,z (patient LPS mm)");
            }
            double[] g = grid.toGridMm(seedMm);
            int c = (int) Math.round(g[0] / grid.spacingMm()[0]);
            int r = (int) Math.round(g[1] / grid.spacingMm()[1]);
            int s = (int) Math.round(g[2] / grid.spacingMm()[2]);
            if (c < 0 || r < 0 || s < 0 || c >= grid.columns() || r >= grid.rows() || s >= grid.slices()) {
                throw new CommandException(String.format(Locale.ROOT, "seed point (%.1f, %.1f, %.1f) mm lies outside the CT", seedMm[0], seedMm[1], seedMm[2]));
            }
            try {
                return structure(AutoStructures.regionGrow(ct.getVoxels(), grid, grid.index(c, r, s), minHu, maxHu), name, RoiType.OTHER,
                        new int[] { 0, 255, 255 });
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
    }

}
