package org.opensabt.contour.cli;

import java.util.Locale;

import org.opensabt.cli.api.CommandException;
import org.opensabt.contour.AutoStructures;
import org.opensabt.contour.CaseContours;

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
        CaseContours.Operation operation() {
            return new CaseContours.Body(thresholdHu, name);
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
        CaseContours.Operation operation() {
            return new CaseContours.Bone(thresholdHu, body, name);
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
        CaseContours.Operation operation() throws CommandException {
            if ((mm == null) == (mmXyz == null)) {
                throw new CommandException("give either --mm or --mm-xyz");
            }
            double[] m = mm != null ? new double[] { mm, mm, mm } : mmXyz;
            if (m.length != 3) {
                throw new CommandException("--mm-xyz takes three margins (row, column, slice directions, mm)");
            }
            return new CaseContours.Margin(source, m[0], m[1], m[2], contract, clipTo, name);
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
        CaseContours.Operation operation() throws CommandException {
            CaseContours.BooleanKind kind = switch (operation.toLowerCase(Locale.ROOT)) {
                case "union" -> CaseContours.BooleanKind.UNION;
                case "intersection" -> CaseContours.BooleanKind.INTERSECTION;
                case "subtraction" -> CaseContours.BooleanKind.SUBTRACTION;
                default -> throw new CommandException("unknown operation " + operation + " (union, intersection, subtraction)");
            };
            return new CaseContours.BooleanOp(kind, a, b, name, allowEmpty);
        }
    }

    @Command(name = "interpolate", description = "Fill CT slices left undrawn between drawn contours of a structure (shape-based, from signed distance).")
    public static final class Interpolate extends ContourCaseCommand {
        @Option(names = "--structure", required = true, description = "Structure to complete.")
        String source;
        @Option(names = "--name", description = "Name of the completed copy (default: the structure itself, replaced).")
        String name;

        @Override
        CaseContours.Operation operation() {
            return new CaseContours.Interpolate(source, name);
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
        CaseContours.Operation operation() {
            return new CaseContours.Threshold(minHu, maxHu, name);
        }
    }

    @Command(name = "grow", description = "Region growing: the connected voxels within a CT-number window around a seed point.")
    public static final class Grow extends WindowCommand {
        @Option(names = "--seed-mm", required = true, split = ",", paramLabel = "X,Y,Z", description = "Seed point (patient LPS mm).")
        double[] seedMm;

        @Override
        CaseContours.Operation operation() throws CommandException {
            if (seedMm.length != 3) {
                throw new CommandException("--seed-mm takes x,y,z (patient LPS mm)");
            }
            return new CaseContours.Grow(seedMm, minHu, maxHu, name);
        }
    }
}
