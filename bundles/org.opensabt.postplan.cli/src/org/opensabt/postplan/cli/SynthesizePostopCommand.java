package org.opensabt.postplan.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.postplan.PostImplantException;
import org.opensabt.postplan.SyntheticPostop;

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
        SyntheticPostop.Layout layout = seeds != null ? new SyntheticPostop.InTarget(seeds, pairs, target, minSpacingMm, coneDeg)
                : new SyntheticPostop.FromPlan(fromPlan, displacementMm, tiltDeg);
        Path folder = context.resolve(out);
        SyntheticPostop.Result result;
        try {
            result = SyntheticPostop.write(opened.patientCase(), new SyntheticPostop.Request(layout, folder, truthCsv != null ? context.resolve(truthCsv) : null,
                    newFrame, shiftMm, transformOut != null ? context.resolve(transformOut) : null, noiseHu, streakHu, randomSeed),
                    context.progressMonitor("postop-synth: "));
        } catch (PostImplantException e) {
            throw new CommandException(e.concernsCase() ? dir + ": " + e.getMessage() : e.getMessage(), e);
        }
        int n = result.truth().size();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folder", result.folder().toString());
        json.put("files", result.files());
        json.put("seeds", n);
        json.put("touchingPairs", seeds != null ? pairs : 0);
        json.put("truthCsv", result.truthCsv().toString());
        json.put("newFrame", newFrame);
        json.put("shiftMm", shiftMm);
        return CommandResult.of(String.format(Locale.ROOT, "Synthetic post-implant CT: %d seeds%s in %s (%d slices%s); truth in %s", n,
                seeds != null && pairs > 0 ? " (" + pairs + " touching pairs)" : fromPlan != null ? String.format(Locale.ROOT,
                        " (plan %s, displaced σ = %.1f mm per axis)", fromPlan, displacementMm) : "", result.folder(), result.files(),
                newFrame ? ", new frame of reference" : ", planning frame of reference", result.truthCsv()), json);
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
}
