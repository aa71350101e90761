package org.opensabt.plan.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.internal.Tg43Command;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.PatientCase;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanMonitor;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.PlanningException;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.SeedPlanner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", description = { "Inverse planning of needles and I-125 seeds for a target: D90 ≥ Rx, V100 ≥ the goal and the OAR limits required,",
        "V150/V200 goals sought, as few seeds and needles as found; template-grid, free (non-coplanar) or inserted needles (re-plan);",
        "evaluated with the TG-43 engine and stored in the case." })
public final class PlanCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE") String caseFolder;
    @Option(names = "--target", required = true, paramLabel = "ROI") String target;
    @Option(names = "--rx", required = true, paramLabel = "GY", description = "Prescription dose (Gy).") double rxGy;
    @Option(names = "--strength-mci", paramLabel = "MCI", description = "Apparent activity per seed (mCi; converted with the seed's U/mCi).") Double strengthMCi;
    @Option(names = "--strength-u", paramLabel = "U", description = "Air-kerma strength per seed (U).") Double strengthU;
    @Option(names = "--calibration-date", paramLabel = "YYYY-MM-DD[THH:MM]", description = "Local date (and time) the strength applies to, from the seeds' certificate; default: now. Stored with the plan and exported as the RT Plan's Source Strength Reference Date/Time.") String calibrationDate;
    @Option(names = "--needles", defaultValue = "grid:ap", paramLabel = "SPEC", description = { "grid:<dir>: parallel template needles along ap|pa|lr|rl|si|is or x,y,z (patient LPS);",
            "free: non-coplanar needles from anywhere on the skin; free:<dir>[:<cone deg>]: from the skin region around that direction (cone default 45°)",
            "(default: ${DEFAULT-VALUE})." }) String needles;
    @Option(names = "--grid-mm", defaultValue = "5", paramLabel = "MM", description = "Template grid spacing (default: ${DEFAULT-VALUE} mm).") double gridMm;
    @Option(names = "--free-pitch-mm", defaultValue = "10", paramLabel = "MM", description = "Free needles: spacing of parallel candidates per direction (default: ${DEFAULT-VALUE} mm).") double freePitchMm;
    @Option(names = "--direction-step-deg", defaultValue = "15", paramLabel = "DEG", description = "Free needles: spacing of candidate directions (default: ${DEFAULT-VALUE}°).") double directionStepDeg;
    @Option(names = "--min-angle-deg", defaultValue = "10", paramLabel = "DEG", description = "Free needles: non-parallel needles at least this far apart in angle (default: ${DEFAULT-VALUE}°).") double minAngleDeg;
    @Option(names = "--min-separation-mm", defaultValue = "3", paramLabel = "MM", description = "Free needles: closest approach of two needles (default: ${DEFAULT-VALUE} mm).") double minSeparationMm;
    @Option(names = "--max-needles", defaultValue = "0", paramLabel = "N", description = "Needle limit (default: none).") int maxNeedles;
    @Option(names = "--max-needle-length-mm", defaultValue = "200", paramLabel = "MM", description = "Longest path from skin to tip (default: ${DEFAULT-VALUE} mm).") double maxNeedleLengthMm;
    @Option(names = "--seed-spacing-mm", defaultValue = "10", paramLabel = "MM", description = "Seed spacing along a needle (default: ${DEFAULT-VALUE} mm, at least 5).") double seedSpacingMm;
    @Option(names = "--oar", paramLabel = "ROI:Dmax<GY,D2cc<GY", description = "OAR limits (repeatable); Dmax, D0.1cc, D2cc.") List<String> oar = new ArrayList<>();
    @Option(names = "--pass-through", paramLabel = "ROI", description = "An OAR needles may cross (repeatable; by default no needle crosses an OAR, AVOID structure or bone).") List<String> passThrough = new ArrayList<>();
    @Option(names = "--v100", defaultValue = "95", paramLabel = "PERCENT", description = "V100 goal, required (default: ${DEFAULT-VALUE} %%).") double v100;
    @Option(names = "--v150", defaultValue = "60", paramLabel = "PERCENT", description = "V150 goal, sought (default: at most ${DEFAULT-VALUE} %%).") double v150;
    @Option(names = "--v200", defaultValue = "25", paramLabel = "PERCENT", description = "V200 goal, sought (default: at most ${DEFAULT-VALUE} %%).") double v200;
    @Option(names = "--random-seed", defaultValue = "1", paramLabel = "N", description = "Seed of the annealing: equal inputs and seeds give equal plans (default: ${DEFAULT-VALUE}).") long randomSeed;
    @Option(names = "--optimiser", defaultValue = "greedy-annealing", paramLabel = "ID", description = "Seed optimiser service (default: ${DEFAULT-VALUE}).") String optimiserId;
    @Option(names = "--replan-from", paramLabel = "PLAN", description = "Intra-operative re-plan: re-optimise the seeds on the needles of this stored plan (as inserted).") String replanFrom;
    @Option(names = "--inserted-needles", paramLabel = "CSV", description = "Intra-operative re-plan on needles as inserted: needle_id,entry_x_mm,entry_y_mm,entry_z_mm,tip_x_mm,tip_y_mm,tip_z_mm (LPS).") String insertedCsv;
    @Option(names = "--skin-in-ct", description = "Only needles whose skin entry lies in the CT (where the body goes on beyond the CT's field of view, needles would enter at its edge); use it for a template.") boolean skinInCt;
    @Option(names = "--source", defaultValue = "6711", paramLabel = "NAME|FILE") String source;
    @Option(names = "--plan-id", paramLabel = "ID", description = "Id of the stored plan (default: plan-1, or <PLAN>-replan with --replan-from).") String planId;
    @Option(names = "--keep-partial", description = "Store the plan even when a required goal or an OAR limit is not met (default: exit 1 and store nothing).") boolean keepPartial;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        SeedSource seed = Tg43Command.resolveSource(source, context);
        if ((strengthMCi == null) == (strengthU == null)) {
            throw new CommandException("give the seed strength as --strength-mci or --strength-u");
        }
        if (strengthMCi != null && !seed.hasUPerMCi()) {
            throw new CommandException(seed.name() + " has no U/mCi factor: give --strength-u");
        }
        if (replanFrom != null && insertedCsv != null) {
            throw new CommandException("give the inserted needles either as --replan-from PLAN or as --inserted-needles CSV, not both");
        }
        double u = strengthU != null ? strengthU : PermanentImplant.strengthFromApparentActivityU(strengthMCi, seed.uPerMCi());
        String reference;
        try {
            reference = calibrationDate == null ? null : CaseDose.referenceDateTime(CaseDose.parseReferenceDateTime("--calibration-date", calibrationDate));
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        String id = planId != null ? planId : replanFrom != null ? replanFrom + "-replan" : "plan-1";
        // the case stays locked from load to save: the optimisation may take minutes
        try (CaseFolder opened = CaseFolder.openForWrite(context, caseFolder)) {
            return plan(context, opened, seed, u, id, reference);
        }
    }

    private CommandResult plan(CommandContext context, CaseFolder opened, SeedSource seed, double u, String id, String reference) throws CommandException {
        Path dir = opened.dir();
        PatientCase c = opened.patientCase();
        PlanRequest request;
        SeedOptimiser optimiser;
        try {
            List<OarLimit> limits = new ArrayList<>();
            for (String o : oar) {
                limits.addAll(OarLimit.parse(o));
            }
            NeedleGeometry geometry = replanFrom != null ? org.opensabt.plan.InsertedNeedles.fromPlan(c, replanFrom)
                    : insertedCsv != null ? org.opensabt.plan.InsertedNeedles.fromCsv(context.resolve(insertedCsv)) : geometry(needles);
            request = new PlanRequest(target, rxGy, u, seedSpacingMm, geometry, maxNeedles, limits, new PlanGoals(v100 / 100, v150 / 100, v200 / 100),
                    Set.copyOf(passThrough), maxNeedleLengthMm, randomSeed, skinInCt);
            optimiser = SeedOptimisers.find(optimiserId);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        long t0 = System.nanoTime();
        SeedPlanner.Result result;
        try {
            result = CasePlanning.optimise(c, request, seed, optimiser, PlanMonitor.of(context::progress));
        } catch (PlanningException e) {
            throw new CommandException(dir + ": " + e.getMessage(), e);
        }
        double planSeconds = (System.nanoTime() - t0) / 1e9;
        if (!result.unmet().isEmpty() && !keepPartial) {
            throw new CommandException(dir + ": no plan meets the request: " + String.join("; ", result.unmet()) + " (best found: " + result.seeds().size()
                    + " seeds on " + result.needles().size() + " needles; nothing stored; --keep-partial stores it anyway)");
        }
        CasePlanning.DosePlan planned;
        try {
            planned = CasePlanning.dose(c, request, seed, result, id);
        } catch (DoseInputException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("interrupted", e);
        }
        if (!planned.engineUnmet().isEmpty() && !keepPartial) {
            throw new CommandException(dir + ": the plan met its goals on the optimiser's grid, but the dose engine finds " + String.join("; ", planned.engineUnmet())
                    + " (" + result.seeds().size() + " seeds on " + result.needles().size() + " needles; nothing stored; raise --v100 a little, or "
                    + "--keep-partial stores it anyway)");
        }
        if (reference != null) {
            planned.plan().setSourceStrengthReferenceDateTime(reference);
        }
        CaseDose.store(c, planned.plan());
        opened.save();
        return PlanReport.result(dir, id, request, result, planned.outcome(), planned.goals(), planSeconds, optimiser);
    }

    NeedleGeometry geometry(String spec) {
        String[] parts = spec.toLowerCase(Locale.ROOT).split(":");
        if (parts[0].equals("grid") && parts.length == 2) {
            return new NeedleGeometry.TemplateGrid(direction(parts[1], spec), gridMm);
        }
        if (parts[0].equals("free") && parts.length <= 3) {
            double[] around = parts.length >= 2 ? direction(parts[1], spec) : null;
            double cone = parts.length == 3 ? parseNumber(parts[2], spec) : around == null ? 180 : 45;
            return new NeedleGeometry.Free(around, cone, directionStepDeg, freePitchMm, minAngleDeg, minSeparationMm);
        }
        throw new IllegalArgumentException("--needles takes grid:<dir>, free or free:<dir>[:<cone deg>], not " + spec);
    }

    static double[] direction(String d, String spec) {
        return switch (d) {
        case "ap" -> new double[] { 0, 1, 0 };   // from the anterior skin towards posterior (+y in LPS)
        case "pa" -> new double[] { 0, -1, 0 };
        case "rl" -> new double[] { 1, 0, 0 };   // from the patient's right towards left (+x)
        case "lr" -> new double[] { -1, 0, 0 };
        case "si" -> new double[] { 0, 0, -1 };  // from superior towards inferior (-z)
        case "is" -> new double[] { 0, 0, 1 };
        default -> {
            String[] p = d.split(",");
            if (p.length != 3) {
                throw new IllegalArgumentException("a needle direction is ap|pa|rl|lr|is|si or x,y,z, not '" + d + "' in " + spec);
            }
            yield new double[] { parseNumber(p[0], spec), parseNumber(p[1], spec), parseNumber(p[2], spec) };
        }
        };
    }

    private static double parseNumber(String s, String spec) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' in --needles " + spec + " is not a number");
        }
    }
}
