package org.opensabt.postplan.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.dicom.CtSeriesOptions;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.postplan.SeedLayouts;
import org.opensabt.postplan.SeedTables;
import org.opensabt.postplan.SyntheticImplantCt;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "postop-synth", description = { "Synthetic post-implant CT with known seeds (test data): the case's planning CT with I-125 seeds put in as a",
        "scanner shows them (capsule and silver marker, blur, metal streaks, noise, clipping at 3071 HU), written as a DICOM CT series;",
        "the true seed positions go to a CSV (post-op CT frame, LPS mm). Either --seeds N in the target, or --from-plan PLAN displaced." })
public final class SynthesizePostopCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE") String caseFolder;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the DICOM CT series (must not exist or be empty).") String out;
    @Option(names = "--truth", paramLabel = "CSV", description = "True seeds (default: <DIR>.truth.csv).") String truthCsv;
    @Option(names = "--seeds", paramLabel = "N", description = "Seeds spread through the target.") Integer seeds;
    @Option(names = "--touching-pairs", defaultValue = "0", paramLabel = "K", description = "Of them, K pairs touching (end to end, or tip to tip at 30–90°).") int pairs;
    @Option(names = "--target", paramLabel = "ROI", description = "Structure the seeds go into (default: the first GTV).") String target;
    @Option(names = "--min-spacing-mm", defaultValue = "7", paramLabel = "MM", description = "Least distance between seeds not in a pair (default: ${DEFAULT-VALUE} mm).") double minSpacingMm;
    @Option(names = "--cone-deg", defaultValue = "35", paramLabel = "DEG", description = "Seed axes within this angle of anterior-posterior (default: ${DEFAULT-VALUE}°).") double coneDeg;
    @Option(names = "--from-plan", paramLabel = "PLAN", description = "The plan's seeds, displaced.") String fromPlan;
    @Option(names = "--displacement-mm", defaultValue = "2", paramLabel = "MM", description = "With --from-plan: Gaussian displacement per axis (default: ${DEFAULT-VALUE} mm).") double displacementMm;
    @Option(names = "--tilt-deg", defaultValue = "10", paramLabel = "DEG", description = "With --from-plan: axes tilted by up to this (default: ${DEFAULT-VALUE}°).") double tiltDeg;
    @Option(names = "--new-frame", description = "Write the series in a new frame of reference (as a scan on another day without registration).") boolean newFrame;
    @Option(names = "--shift-mm", paramLabel = "X,Y,Z", description = "With --new-frame: the post-op CT's coordinates are the planning ones plus this shift.") String shift;
    @Option(names = "--transform-out", paramLabel = "FILE", description = "Write the true post-op → planning transform (12 numbers).") String transformOut;
    @Option(names = "--noise-hu", defaultValue = "12", paramLabel = "HU") double noiseHu;
    @Option(names = "--streak-hu", defaultValue = "250", paramLabel = "HU") double streakHu;
    @Option(names = "--random-seed", defaultValue = "1", paramLabel = "N") long randomSeed;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if ((seeds == null) == (fromPlan == null)) {
            throw new CommandException("give --seeds N (spread through the target) or --from-plan PLAN (its seeds displaced)");
        }
        if (shift != null && !newFrame) {
            throw new CommandException("--shift-mm moves the coordinates of a new frame of reference: give --new-frame too");
        }
        double[] shiftMm = shift == null ? new double[3] : parseShift(shift);
        CaseFolder opened = CaseFolder.open(context, caseFolder);
        Path dir = opened.dir();
        PatientCase c = opened.patientCase();
        ImageSeries ct = CaseContents.firstSeries(c).orElseThrow(() -> new CommandException(dir + ": the case has no CT"));
        GridGeometry grid = GridGeometry.of(ct);
        List<TrueSeed> truthPlanning;
        try {
            if (seeds != null) {
                Structure structure = SeedLayouts.target(c, target).orElseThrow(() -> new CommandException(dir + ": no structure " + (target != null ? target : "of type GTV")));
                Mask mask = StructureGeometry.mask(structure, grid);
                truthPlanning = SeedLayouts.inTarget(mask, seeds, pairs, minSpacingMm, new double[] { 0, 1, 0 }, coneDeg, randomSeed);
            } else {
                Plan plan = c.getPlans().stream().filter(p -> p.getPlanId().equals(fromPlan)).findFirst()
                        .orElseThrow(() -> new CommandException(dir + ": no plan " + fromPlan));
                List<TrueSeed> planned = new ArrayList<>();
                for (Seed s : plan.getSeeds()) {
                    planned.add(new TrueSeed(s.getSeedId(), s.getPositionMm().stream().mapToDouble(Double::doubleValue).toArray(),
                            s.getDirectionUnit().stream().mapToDouble(Double::doubleValue).toArray()));
                }
                truthPlanning = SeedLayouts.displaced(planned, displacementMm, tiltDeg, randomSeed);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        context.progress("postop-synth: putting " + truthPlanning.size() + " seeds into the " + ct.getColumns() + "×" + ct.getRows() + "×" + ct.getSlices() + " CT");
        short[] hu = SyntheticImplantCt.insert(ct.getVoxels(), grid, truthPlanning, new SyntheticImplantCt.Settings(7000, 150000, 1.3, Double.NaN, streakHu,
                noiseHu, 3071, randomSeed));

        // the post-op series: same voxels and axes; with a new frame, coordinates shifted
        ImageSeries geometry = ModelFactory.eINSTANCE.createImageSeries();
        geometry.setModality("CT");
        geometry.setColumns(ct.getColumns());
        geometry.setRows(ct.getRows());
        geometry.setSlices(ct.getSlices());
        for (int k = 0; k < 3; k++) {
            geometry.getOriginMm().add(ct.getOriginMm().get(k) + shiftMm[k]);
            geometry.getSpacingMm().add(ct.getSpacingMm().get(k));
            geometry.getRowDirection().add(ct.getRowDirection().get(k));
            geometry.getColumnDirection().add(ct.getColumnDirection().get(k));
            geometry.getSliceDirection().add(ct.getSliceDirection().get(k));
        }
        String frame = newFrame ? null : ct.getFrameOfReferenceUid();
        List<TrueSeed> truth = new ArrayList<>();
        for (TrueSeed s : truthPlanning) {
            double[] p = s.positionMm();
            truth.add(new TrueSeed(s.seedId(), new double[] { p[0] + shiftMm[0], p[1] + shiftMm[1], p[2] + shiftMm[2] }, s.directionUnit()));
        }
        Path folder = context.resolve(out);
        Path truthFile = truthCsv != null ? context.resolve(truthCsv) : folder.resolveSibling(folder.getFileName() + ".truth.csv");
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new CommandException(folder + " is not empty: give a new folder for the series");
                    }
                }
            }
            List<Path> files;
            try {
                files = DicomToolkits.get().writeCtSeries(c, geometry, hu, folder, new CtSeriesOptions(null, null, frame,
                        "OpenSABT synthetic post-implant CT (" + truth.size() + " seeds)", 801));
            } catch (DicomExportException | IOException e) {
                deleteTree(folder);
                throw new CommandException(folder + ": " + e.getMessage(), e);
            }
            SeedTables.writeTruth(truthFile, truth);
            if (transformOut != null) {
                SeedTables.writeAtomically(context.resolve(transformOut), String.format(Locale.ROOT,
                        "# post-op CT -> planning CT (patient LPS mm): rows of [R | t]%n1 0 0 %.4f%n0 1 0 %.4f%n0 0 1 %.4f%n", -shiftMm[0], -shiftMm[1], -shiftMm[2]));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("folder", folder.toString());
            json.put("files", files.size());
            json.put("seeds", truth.size());
            json.put("touchingPairs", seeds != null ? pairs : 0);
            json.put("truthCsv", truthFile.toString());
            json.put("newFrame", newFrame);
            json.put("shiftMm", shiftMm);
            return CommandResult.of(String.format(Locale.ROOT, "Synthetic post-implant CT: %d seeds%s in %s (%d slices%s); truth in %s", truth.size(),
                    seeds != null && pairs > 0 ? " (" + pairs + " touching pairs)" : fromPlan != null ? String.format(Locale.ROOT,
                            " (plan %s, displaced σ = %.1f mm per axis)", fromPlan, displacementMm) : "", folder, files.size(),
                    newFrame ? ", new frame of reference" : ", planning frame of reference", truthFile), json);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static double[] parseShift(String text) throws CommandException {
        String[] p = text.split(",");
        if (p.length != 3) {
            throw new CommandException("--shift-mm takes X,Y,Z (mm), not " + text);
        }
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            try {
                v[k] = Double.parseDouble(p[k].trim());
            } catch (NumberFormatException e) {
                throw new CommandException("--shift-mm: '" + p[k] + "' is not a number");
            }
        }
        return v;
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the error that brought us here is reported
        }
    }
}
