package org.opensabt.plan.cli;

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
import org.eclipse.core.runtime.OperationCanceledException;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.PatientCase;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.PlanningException;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.SeedPlanner;

import org.opensabt.dose.SupplierPreferences;
import org.opensabt.outcomes.LocalControlModel;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.outcomes.OutcomeInputException;

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
    @Option(names = "--grid-mm", defaultValue = "" + PlanDefaults.TEMPLATE_GRID_MM, paramLabel = "MM", description = "Template grid spacing (default: ${DEFAULT-VALUE} mm).") double gridMm;
    @Option(names = "--free-pitch-mm", defaultValue = "" + PlanDefaults.FREE_PITCH_MM, paramLabel = "MM", description = "Free needles: spacing of parallel candidates per direction (default: ${DEFAULT-VALUE} mm).") double freePitchMm;
    @Option(names = "--direction-step-deg", defaultValue = "" + PlanDefaults.DIRECTION_STEP_DEG, paramLabel = "DEG", description = "Free needles: spacing of candidate directions (default: ${DEFAULT-VALUE}°).") double directionStepDeg;
    @Option(names = "--min-angle-deg", defaultValue = "" + PlanDefaults.MIN_ANGLE_DEG, paramLabel = "DEG", description = "Free needles: non-parallel needles at least this far apart in angle (default: ${DEFAULT-VALUE}°).") double minAngleDeg;
    @Option(names = "--min-separation-mm", defaultValue = "" + PlanDefaults.MIN_SEPARATION_MM, paramLabel = "MM", description = "Free needles: closest approach of two needles (default: ${DEFAULT-VALUE} mm).") double minSeparationMm;
    @Option(names = "--max-needles", defaultValue = "" + PlanDefaults.MAX_NEEDLES, paramLabel = "N", description = "Needle limit (default: none).") int maxNeedles;
    @Option(names = "--max-needle-length-mm", defaultValue = "" + PlanDefaults.MAX_NEEDLE_LENGTH_MM, paramLabel = "MM", description = "Longest path from skin to tip (default: ${DEFAULT-VALUE} mm).") double maxNeedleLengthMm;
    @Option(names = "--seed-spacing-mm", defaultValue = "" + PlanDefaults.SEED_SPACING_MM, paramLabel = "MM", description = "Seed spacing along a needle (default: ${DEFAULT-VALUE} mm, at least 5).") double seedSpacingMm;
    @Option(names = "--min-skin-distance-mm", defaultValue = "" + PlanDefaults.MIN_SKIN_DISTANCE_MM, paramLabel = "MM", description = "No seed closer than this to the BODY surface (default: ${DEFAULT-VALUE} mm).") double minSkinDistanceMm;
    @Option(names = "--bone-margin-mm", defaultValue = "" + PlanDefaults.BONE_MARGIN_MM, paramLabel = "MM", description = "No seed in a BONE or AVOID structure nor closer than this to it (default: ${DEFAULT-VALUE} mm).") double boneMarginMm;
    @Option(names = "--oar", paramLabel = "ROI:Dmax<GY,D2cc<GY", description = "OAR limits (repeatable); Dmax, D0.1cc, D2cc.") List<String> oar = new ArrayList<>();
    @Option(names = "--pass-through", paramLabel = "ROI", description = "An OAR needles may cross (repeatable; by default needles cross lung, liver, muscle and fat, and no other OAR, AVOID structure or bone).") List<String> passThrough = new ArrayList<>();
    @Option(names = "--no-traverse", paramLabel = "ROI", description = "An OAR no needle may cross, even an organ crossed by default such as lung or liver (repeatable).") List<String> noTraverse = new ArrayList<>();
    @Option(names = "--v100", defaultValue = "" + PlanDefaults.V100_PERCENT, paramLabel = "PERCENT", description = "V100 goal, required (default: ${DEFAULT-VALUE} %%).") double v100;
    @Option(names = "--v150", defaultValue = "" + PlanDefaults.V150_PERCENT, paramLabel = "PERCENT", description = "V150 goal, sought (default: at most ${DEFAULT-VALUE} %%).") double v150;
    @Option(names = "--v200", defaultValue = "" + PlanDefaults.V200_PERCENT, paramLabel = "PERCENT", description = "V200 goal, sought (default: at most ${DEFAULT-VALUE} %%).") double v200;
    @Option(names = "--max-seeds", paramLabel = "N", description = "Seed budget: most seeds the plan may use, never exceeded (default: none).") Integer maxSeeds;
    @Option(names = "--max-total-strength-u", paramLabel = "U", description = "Seed budget: most total air-kerma strength (U) the plan may use (default: none).") Double maxTotalStrengthU;
    @Option(names = "--random-seed", defaultValue = "" + PlanDefaults.RANDOM_SEED, paramLabel = "N", description = "Seed of the annealing: equal inputs and seeds give equal plans (default: ${DEFAULT-VALUE}).") long randomSeed;
    @Option(names = "--optimiser", paramLabel = "ID", description = "Seed optimiser service (default: the preference org.opensabt.plan/optimiser, else greedy-annealing).") String optimiserId;
    @Option(names = "--engine", paramLabel = "ID", description = "Dose engine of the kernel and of the plan's dose (default: the preference org.opensabt.dose/engine, else tg43).") String engineId;
    @Option(names = "--replan-from", paramLabel = "PLAN", description = "Intra-operative re-plan: re-optimise the seeds on the needles of this stored plan (as inserted).") String replanFrom;
    @Option(names = "--inserted-needles", paramLabel = "CSV", description = "Intra-operative re-plan on needles as inserted: needle_id,entry_x_mm,entry_y_mm,entry_z_mm,tip_x_mm,tip_y_mm,tip_z_mm (LPS).") String insertedCsv;
    @Option(names = "--skin-in-ct", description = "Only needles whose skin entry lies in the CT (where the body goes on beyond the CT's field of view, needles would enter at its edge); with free needles also only entries one template plate can hold (not round a corner of the body seen along the cone's axis, not where the skin within 12 mm is steeper than 50° to it); use it for a template.") boolean skinInCt;
    @Option(names = "--source", defaultValue = PlanDefaults.SOURCE, paramLabel = "NAME|FILE") String source;
    @Option(names = "--plan-id", paramLabel = "ID", description = "Id of the stored plan (default: plan-1, or <PLAN>-replan with --replan-from).") String planId;
    @Option(names = "--lc-model", paramLabel = "ID|FILE", description = { "Local-control model for the plan's predicted local control (default: the preference",
            "org.opensabt.outcomes/localControlModel, else " + LocalControlModels.DEFAULT_ID + "); see opensabt lc-model." }) String lcModel;
    @Option(names = "--implant-method", defaultValue = "CT_TEMPLATE", paramLabel = "CT|CT_TEMPLATE", description = "Implant method of the prediction: with a 3D-printed template or CT-guided free hand (default: ${DEFAULT-VALUE}).") String implantMethod;
    @Option(names = "--lc-target-percent", defaultValue = "80", paramLabel = "PERCENT", description = "What-if of the prediction: the D90 that reaches this local control at 36 months (default: ${DEFAULT-VALUE} %%).") double lcTargetPercent;
    @Option(names = "--no-prediction", description = "Leave out the predicted local control.") boolean noPrediction;
    @Option(names = "--keep-partial", description = "Store the plan even when a required goal or an OAR limit is not met (default: exit 1 and store nothing).") boolean keepPartial;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        SeedSource seed = resolveSource(source, context);
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
        LocalControlModel model = null;
        if (!noPrediction) {
            if (!LocalControlModel.METHODS.contains(implantMethod)) {
                throw new CommandException("--implant-method: expected CT or CT_TEMPLATE, found " + implantMethod);
            }
            if (!(lcTargetPercent > 0 && lcTargetPercent < 100)) {
                throw new CommandException("--lc-target-percent must lie between 0 and 100");
            }
            try {
                model = LocalControlModels.load(lcModel != null ? lcModel
                        : SupplierPreferences.get(LocalControlModels.PREFERENCE_NODE, LocalControlModels.PREFERENCE_KEY, LocalControlModels.DEFAULT_ID),
                        context.workingDirectory());
            } catch (OutcomeInputException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        // the case stays locked from load to save: the optimisation may take minutes
        try (CaseFolder opened = CaseFolder.openForWrite(context, caseFolder)) {
            return plan(context, opened, seed, u, id, reference, model);
        }
    }

    private CommandResult plan(CommandContext context, CaseFolder opened, SeedSource seed, double u, String id, String reference, LocalControlModel model)
            throws CommandException {
        Path dir = opened.dir();
        PatientCase c = opened.patientCase();
        String approved = CaseDose.approvedPlanRefusal(c, id);
        if (approved != null) {
            throw new CommandException(dir + ": " + approved + "; give another --plan-id");
        }
        CasePlanning.Request request;
        try {
            List<OarLimit> limits = new ArrayList<>();
            for (String o : oar) {
                limits.addAll(OarLimit.parse(o));
            }
            NeedleGeometry geometry = replanFrom != null ? org.opensabt.plan.InsertedNeedles.fromPlan(c, replanFrom)
                    : insertedCsv != null ? org.opensabt.plan.InsertedNeedles.fromCsv(context.resolve(insertedCsv)) : geometry(needles);
            PlanRequest planRequest = new PlanRequest(target, rxGy, u, seedSpacingMm, geometry, maxNeedles, limits,
                    goals(), Set.copyOf(passThrough), maxNeedleLengthMm, randomSeed, skinInCt, Set.copyOf(noTraverse));
            planRequest = planRequest.withSeedClearances(minSkinDistanceMm, boneMarginMm);
            request = CasePlanning.Request.of(planRequest, seed, id).withOptimiser(optimiserId).withEngine(engineId).withKeepPartial(keepPartial);
            SeedOptimisers.find(optimiserId); // an unknown id: one line listing the installed ones
            DoseEngines.find(engineId);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        CasePlanning.Result planned;
        try {
            planned = CasePlanning.plan(c, request, context.progressMonitor());
        } catch (PlanningException e) {
            throw new CommandException(dir + ": " + e.getMessage(), e);
        } catch (DoseInputException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw new CommandException("interrupted", e);
        }
        SeedPlanner.Result result = planned.optimised();
        if (planned.dosed() == null) {
            throw new CommandException(dir + ": no plan meets the request: " + String.join("; ", result.unmet()) + " (best found: " + result.seeds().size()
                    + " seeds on " + result.needles().size() + " needles; nothing stored; --keep-partial stores it anyway)" + PlanReport.alternativesLine(planned.soughtGoals()));
        }
        CasePlanning.DosePlan dosed = planned.dosed();
        if (!dosed.engineUnmet().isEmpty() && !keepPartial) {
            throw new CommandException(dir + ": the plan met its goals on the optimiser's grid, but the dose engine finds " + String.join("; ", dosed.engineUnmet())
                    + " (" + result.seeds().size() + " seeds on " + result.needles().size() + " needles; nothing stored; raise --v100 a little, or "
                    + "--keep-partial stores it anyway)" + PlanReport.alternativesLine(planned.soughtGoals()));
        }
        if (reference != null) {
            dosed.plan().setSourceStrengthReferenceDateTime(reference);
        }
        CasePlanning.apply(c, dosed);
        opened.save();
        return PlanReport.result(dir, id, request.plan(), result, dosed.outcome(), dosed.goals(), planned.planSeconds(), planned.optimiserId(),
                planned.soughtGoals(), model == null ? null : LocalControlModels.predict(model, dosed.plan(), implantMethod, lcTargetPercent / 100));
    }

    /** The goals of the options, with the seed budget when given. */
    private PlanGoals goals() {
        if (maxSeeds != null && maxSeeds < 1 || maxTotalStrengthU != null && !(maxTotalStrengthU > 0)) {
            throw new IllegalArgumentException("--max-seeds must be at least 1 and --max-total-strength-u positive (U)");
        }
        return new PlanGoals(v100 / 100, v150 / 100, v200 / 100).withSeedBudget(maxSeeds == null ? 0 : maxSeeds, maxTotalStrengthU == null ? 0 : maxTotalStrengthU);
    }

    static SeedSource resolveSource(String nameOrFile, CommandContext context) throws CommandException {
        try {
            return SourceLibraries.resolve(nameOrFile, context.workingDirectory());
        } catch (SourceDescriptorException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    NeedleGeometry geometry(String spec) {
        try {
            return NeedleGeometry.parse(spec, gridMm, new NeedleGeometry.Free(null, 180, directionStepDeg, freePitchMm, minAngleDeg, minSeparationMm));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--needles: " + e.getMessage(), e);
        }
    }
}
