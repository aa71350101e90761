package org.opensabt.postplan.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.postplan.DetectionAccuracy;
import org.opensabt.postplan.SeedDetector;
import org.opensabt.postplan.SeedLayouts;
import org.opensabt.postplan.SyntheticImplantCt;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "postplan", description = { "Benchmark of seed detection: synthetic post-implant CTs with known seeds (10 %% of them in touching pairs),",
        "on a case's CT and target (--case) and on a synthetic 512×512×134 CT; prints accuracy against the truth and the median detection time." })
public final class PostplanBenchmark implements CliCommand {

    @Option(names = "--case", paramLabel = "CASE", description = "A case whose CT and target take the seeds (e.g. the demo case).") String caseFolder;
    @Option(names = "--target", paramLabel = "ROI", description = "Structure the seeds go into (default: the first GTV).") String target;
    @Option(names = "--seeds", split = ",", defaultValue = "30,80,200", paramLabel = "N", description = "Seed counts (default: ${DEFAULT-VALUE}).") int[] counts;
    @Option(names = "--large-seeds", defaultValue = "200", paramLabel = "N", description = "Seeds in the 512×512×134 CT (default: ${DEFAULT-VALUE}; 0: skip it).") int largeSeeds;
    @Option(names = "--repeats", defaultValue = "3", description = "Timed detections per row (default: ${DEFAULT-VALUE}).") int repeats;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (repeats < 1) {
            throw new CommandException("--repeats must be at least 1");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-34s %6s %6s %7s %6s %8s %8s %8s %7s %10s%n", "CT", "seeds", "pairs", "sens %",
                "false", "/100", "med mm", "p95 mm", "max mm", "detect s"));
        if (caseFolder != null) {
            PatientCase c = CaseFolder.open(context, caseFolder).patientCase();
            ImageSeries ct = CaseContents.firstSeries(c).orElseThrow(() -> new CommandException(caseFolder + ": no CT"));
            GridGeometry grid = GridGeometry.of(ct);
            Structure structure = SeedLayouts.target(c, target).orElseThrow(() -> new CommandException(caseFolder + ": no structure " + (target != null ? target : "of type GTV")));
            Mask mask = StructureGeometry.mask(structure, grid);
            for (int n : counts) {
                context.progress("bench postplan: " + n + " seeds in " + caseFolder);
                rows.add(row(caseFolder + " " + ct.getColumns() + "×" + ct.getRows() + "×" + ct.getSlices(), ct.getVoxels(), grid, mask, n, text));
            }
        }
        if (largeSeeds > 0) {
            context.progress("bench postplan: " + largeSeeds + " seeds in a synthetic 512×512×134 CT");
            GridGeometry grid = GridGeometry.axisAligned(new double[] { -249.5, -249.5, -166.25 }, new double[] { 0.977, 0.977, 2.5 }, 512, 512, 134);
            short[] hu = new short[grid.voxelCount()];
            Mask mask = new Mask(grid);
            for (int s = 0; s < 134; s++) {
                for (int r = 0; r < 512; r++) {
                    for (int col = 0; col < 512; col++) {
                        double[] p = grid.positionMm(col, r, s);
                        double e = p[0] * p[0] / (180.0 * 180) + p[1] * p[1] / (120.0 * 120);
                        int i = grid.index(col, r, s);
                        hu[i] = (short) (e > 1 ? -1000 : e > 0.85 ? 1200 : 40); // air, a ring of bone, soft tissue
                        mask.set(i, p[0] * p[0] + p[1] * p[1] + p[2] * p[2] < 60 * 60);
                    }
                }
            }
            rows.add(row("synthetic 512×512×134 (0.98/2.5 mm)", hu, grid, mask, largeSeeds, text));
        }
        if (rows.isEmpty()) {
            throw new CommandException("nothing to measure: give --case or a positive --large-seeds");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", rows);
        return CommandResult.of(text.toString().stripTrailing(), json);
    }

    private Map<String, Object> row(String name, short[] base, GridGeometry grid, Mask target, int n, StringBuilder text) throws CommandException {
        int pairs = n / 20; // 10 % of the seeds in touching pairs
        List<TrueSeed> truth;
        try {
            truth = SeedLayouts.inTarget(target, n, pairs, 7, new double[] { 0, 1, 0 }, 35, n);
        } catch (IllegalArgumentException e) {
            throw new CommandException(name + ": " + e.getMessage(), e);
        }
        short[] hu = SyntheticImplantCt.insert(base, grid, truth, SyntheticImplantCt.Settings.defaults(n));
        SeedDetector detector = new SeedDetector(SeedDetector.Settings.defaults());
        double[] seconds = new double[repeats];
        SeedDetector.Detection detection = null;
        detector.detect(hu, grid); // warm-up
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            detection = detector.detect(hu, grid);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        List<double[][]> found = detection.seeds().stream().map(s -> new double[][] { s.positionMm(), s.directionUnit() }).toList();
        List<double[][]> truthRows = truth.stream().map(s -> new double[][] { s.positionMm(), s.directionUnit() }).toList();
        DetectionAccuracy a = DetectionAccuracy.of(truthRows, found, 2.5);
        long split = detection.seeds().stream().filter(s -> s.seedsInObject() > 1).map(SeedDetector.FoundSeed::objectId).distinct().count();
        text.append(String.format(Locale.ROOT, "%-34s %6d %6d %7.1f %6d %8.2f %8.2f %8.2f %7.2f %10.3f%n", name, n, pairs, 100 * a.sensitivity(),
                a.foundSeeds() - a.paired(), a.falsePer100(), a.medianErrorMm(), a.p95ErrorMm(), a.maxErrorMm(), seconds[seconds.length / 2]));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ct", name);
        row.put("voxels", grid.voxelCount());
        row.put("seeds", n);
        row.put("touchingPairs", pairs);
        row.put("objectsSplit", split);
        row.put("accuracy", a);
        row.put("detectSecondsMedian", seconds[seconds.length / 2]);
        row.put("detectSecondsAll", seconds);
        return row;
    }
}
