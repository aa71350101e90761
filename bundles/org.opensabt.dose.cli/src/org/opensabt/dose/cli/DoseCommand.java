package org.opensabt.dose.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.OutputFiles;
import org.opensabt.cli.api.CommandResult;
import org.eclipse.core.runtime.OperationCanceledException;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.EngineComparison;
import org.opensabt.dose.cases.DoseComparison;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.cases.PrescriptionRecheck;
import org.opensabt.dose.dicom.DicomDoseInputs;
import org.opensabt.dose.dicom.RtDoseGrids;
import org.opensabt.dose.dicom.RtPlanSeeds;
import org.opensabt.dose.cases.SeedTable;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dose", description = { "Total dose (Gy, permanent implant: initial dose rate × mean life) of seeds on a case's CT;",
        "stores the plan (seeds, dose grid, metrics) in the case and prints the metrics of every structure.",
        "Without --case it works on DICOM objects alone (re-checking another system's plan): --rtplan for the seeds,",
        "--rtstruct for the structures, --grid-like for the grid, --export-rtdose for the result; nothing is saved." })
public final class DoseCommand implements CliCommand {

    @Option(names = "--case", paramLabel = "CASE", description = "Case folder (from 'opensabt import'); without it, --rtplan is required.")
    String caseFolder;

    @Option(names = "--rtstruct", paramLabel = "FILE", description = "Without --case: structures from this RT Structure Set (same frame of reference as the RT Plan).")
    String rtstruct;

    @Option(names = "--export-rtdose", paramLabel = "FILE", description = "Also write the total dose as a DICOM RT Dose (Gy), referring to the RT Plan it came from.")
    String exportRtdose;

    @Option(names = "--seeds", paramLabel = "CSV", description = "Seeds: x_mm,y_mm,z_mm (patient LPS) [,seed_id,needle,dir_x,dir_y,dir_z,strength_U].")
    String seeds;

    @Option(names = "--rtplan", paramLabel = "FILE", description = "Seeds from a DICOM brachytherapy RT Plan instead (positions, axes, strength, prescription).")
    String rtplan;

    @Option(names = "--source", paramLabel = "NAME|FILE", description = "Seed model (default: the --from-plan plan's, else 6711).")
    String source;

    @Option(names = "--from-plan", paramLabel = "PLAN", description = { "Seeds, strengths, seed model and prescription of this stored plan: the same implant with",
            "another engine, e.g. a TG-43 plan re-evaluated with --engine mc (stored as --plan-id)." })
    String fromPlan;

    @Option(names = "--mode", defaultValue = "2d", paramLabel = "1d|2d", description = "TG-43 formalism (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--grid-mm", defaultValue = "1", paramLabel = "MM", description = "Dose grid spacing (default: ${DEFAULT-VALUE} mm).")
    double gridMm;

    @Option(names = "--margin-mm", defaultValue = "20", paramLabel = "MM", description = "Grid margin around target and seeds (default: ${DEFAULT-VALUE} mm).")
    double marginMm;

    @Option(names = "--strength-U", paramLabel = "U", description = "Air-kerma strength of every seed without a strength_U column (U).")
    Double strengthU;

    @Option(names = "--activity-mCi", paramLabel = "MCI", description = "Apparent activity per seed instead of --strength-U (converted with the seed's U/mCi).")
    Double activityMCi;

    @Option(names = "--decay-days", defaultValue = "0", paramLabel = "DAYS", description = "Days from the strength's reference date to the implant (strength decays).")
    double decayDays;

    @Option(names = { "--strength-date", "--calibration-date" }, paramLabel = "YYYY-MM-DD[THH:MM]", description = {
            "Local date (and time) of the strength, from the seeds' certificate; with --implant-date it decays to the implant.",
            "Stored with the plan (default: now, or the implant date) and exported as the RT Plan's Source Strength Reference Date/Time." })
    String strengthDate;

    @Option(names = "--implant-date", paramLabel = "YYYY-MM-DD[THH:MM]", description = "Implant date (see --strength-date).")
    String implantDate;

    /** The date and time the stored strengths apply to, when the command line gives it (else the plan's date). */
    private String referenceDateTime;

    @Option(names = "--days-after-implant", paramLabel = "DAYS", description = "Dose delivered up to this many days after the implant (default: total dose, Ḋ₀·τ).")
    Double daysAfterImplant;

    @Option(names = "--box-mm", split = ",", paramLabel = "X0,Y0,Z0,X1,Y1,Z1", description = "Opposite corners (patient LPS mm) of the box to compute on (default: target and seeds plus --margin-mm).")
    double[] boxMm;

    @Option(names = { "--grid-from-rtdose", "--grid-like" }, paramLabel = "FILE", description = "Compute on exactly the grid of this RTDOSE file (needs the DICOM feature).")
    String rtdose;

    @Option(names = "--compare-rtdose", paramLabel = "FILE", description = "Compare with this RTDOSE (Gy) voxel by voxel, on its grid: another system's plan re-checked.")
    String compareRtdose;

    @Option(names = "--prescription-Gy", paramLabel = "GY", description = "Prescription dose for V100/V150/V200, CI, COIN, DNR.")
    Double prescriptionGy;

    @Option(names = "--target", paramLabel = "NAME", description = "Target structure (default: the first GTV/CTV/PTV).")
    String target;

    @Option(names = "--plan-id", defaultValue = "dose-1", paramLabel = "ID", description = "Plan to create or replace (default: ${DEFAULT-VALUE}).")
    String planId;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all processors).")
    Integer threads;

    @Option(names = "--engine", paramLabel = "ID", description = "Dose engine (default: the preference org.opensabt.dose/engine, else tg43).")
    String engine;

    @Option(names = "--mc-histories", paramLabel = "N", description = { "Model-based engine (--engine mc): photon histories (default: the preference",
            "org.opensabt.dose.mc/historiesPerSeed per seed, else 250,000 per seed)." })
    Long mcHistories;

    @Option(names = "--mc-seed", defaultValue = "1", paramLabel = "N", description = "Model-based engine: random seed; the same seed gives the same dose (default: ${DEFAULT-VALUE}).")
    long mcSeed;

    @Option(names = "--ct-calibration", paramLabel = "FILE", description = { "Model-based engine: CT-number-to-tissue calibration (JSON, see docs/user/monte-carlo.md;",
            "default: the preference org.opensabt.dose.mc/ctCalibration, else the built-in generic one)." })
    String ctCalibration;

    @Option(names = "--dose-to-water", description = "Model-based engine: store and evaluate D(w,m), dose to water in medium, instead of D(m,m), dose to medium.")
    boolean doseToWater;

    @Option(names = "--compare-engine", paramLabel = "ID", description = { "Also dose the same seeds with this engine on the same grid and report each structure's D90, D2cc,",
            "mean dose and V100 by both (not stored); e.g. --engine mc --compare-engine tg43." })
    String compareEngine;

    @Option(names = "--dvh-csv", paramLabel = "FILE", description = "Also write cumulative and differential DVHs of every structure (CSV).")
    String dvhCsv;

    @Option(names = "--dvh-bin-Gy", defaultValue = "1", paramLabel = "GY", description = "DVH bin width (default: ${DEFAULT-VALUE} Gy).")
    double dvhBinGy;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (!(dvhBinGy > 0)) {
            throw new CommandException("--dvh-bin-Gy must be positive, is " + dvhBinGy);
        }
        boolean caseless = caseFolder == null;
        CaseStore store = new CaseStore(context.productVersion()).onNotice(notice -> context.progress("warning: " + notice));
        PatientCase patientCase = null;
        org.opensabt.model.Plan stored = null;
        if (fromPlan != null) {
            if (caseless || seeds != null || rtplan != null || strengthU != null || activityMCi != null) {
                throw new CommandException("--from-plan takes the seeds and strengths of a plan of --case: give no --seeds, --rtplan, --strength-U or --activity-mCi");
            }
            patientCase = load(store, context.resolve(caseFolder)); // read once: the plan's seeds here, the dose below
            stored = storedPlan(patientCase, context.resolve(caseFolder), fromPlan);
            if (source == null && stored.getSourceModel() != null) {
                source = stored.getSourceModel().getModelId();
            }
            if (prescriptionGy == null && stored.getPrescriptionDoseGy() > 0) {
                prescriptionGy = stored.getPrescriptionDoseGy();
            }
        }
        SeedSource seed = Tg43Command.resolveSource(source == null ? "6711" : source, context);
        KernelOptions options = KernelOptions.of(Tg43Command.parseMode(mode));
        double strength = resolveStrength(seed);
        if (caseless && rtplan == null) {
            throw new CommandException("give --case CASE, or --rtplan FILE to compute from DICOM objects without a case");
        }
        if (!caseless && rtstruct != null) {
            throw new CommandException("--rtstruct is for computing without a case; the case's own structures are used with --case");
        }
        Path caseDir = caseless ? null : context.resolve(caseFolder);
        if (!caseless) {
            if (patientCase == null) {
                patientCase = load(store, caseDir);
            }
            String approved = CaseDose.approvedPlanRefusal(patientCase, planId);
            if (approved != null) {
                throw new CommandException(caseDir + ": " + approved + "; give another --plan-id");
            }
        }
        CaseDose.Outcome outcome;
        EngineComparison engineComparison = null;
        RtPlanSeeds.Read planSeeds = null; // the RT Plan read once, for the seeds, the case without a case folder and the RT Dose reference
        List<String> notes;
        try {
            ImageSeries ct = caseless || patientCase.getStudies().isEmpty() || patientCase.getStudies().get(0).getSeries().isEmpty() ? null
                    : patientCase.getStudies().get(0).getSeries().get(0);
            double[] defaultDirection = ct == null ? new double[] { 0, 0, 1 }
                    : ct.getSliceDirection().stream().mapToDouble(Double::doubleValue).toArray();
            if (stored == null && (seeds == null) == (rtplan == null)) {
                throw new CommandException("give the seeds with either --seeds CSV, --rtplan FILE or --from-plan PLAN");
            }
            List<org.opensabt.dose.SeedPlacement> placements;
            if (stored != null) {
                notes = new ArrayList<>();
                placements = CaseDose.seedsOf(stored);
                if (placements.isEmpty()) {
                    throw new CommandException("plan " + fromPlan + " has no seeds");
                }
            } else if (seeds != null) {
                SeedTable.Read table = SeedTable.read(context.resolve(seeds), strength, defaultDirection);
                notes = new ArrayList<>(table.notes());
                placements = table.seeds();
            } else {
                notes = new ArrayList<>();
                try {
                    RtPlanSeeds.Read plan = RtPlanSeeds.read(context.resolve(rtplan), defaultDirection, Double.isFinite(strength) ? strength : 0, notes);
                    planSeeds = plan;
                    placements = plan.seeds();
                    if (prescriptionGy == null && Double.isFinite(plan.prescriptionGy())) {
                        prescriptionGy = plan.prescriptionGy();
                        notes.add("prescription " + plan.prescriptionGy() + " Gy from the RT Plan");
                    }
                } catch (NoClassDefFoundError e) {
                    throw new CommandException("--rtplan needs the DICOM capability (install org.opensabt.dicom.feature)", e);
                }
            }
            if (boxMm != null && boxMm.length != 6) {
                throw new CommandException("--box-mm takes six numbers: two opposite corners x,y,z,x,y,z (patient LPS mm)");
            }
            if (daysAfterImplant != null && !(daysAfterImplant >= 0)) {
                throw new CommandException("--days-after-implant must not be negative, is " + daysAfterImplant);
            }
            GridGeometry grid = null;
            if (compareRtdose != null && rtdose == null) {
                rtdose = compareRtdose;
            }
            if (rtdose != null) {
                try {
                    grid = RtDoseGrids.read(context.resolve(rtdose), ct, notes);
                } catch (NoClassDefFoundError e) {
                    throw new CommandException("--grid-from-rtdose needs the DICOM capability (install org.opensabt.dicom.feature)", e);
                }
            }
            if (caseless) {
                patientCase = DicomDoseInputs.caseFor(context.resolve(rtplan), planSeeds, rtstruct == null ? null : context.resolve(rtstruct), grid,
                        marginMm, gridMm, notes);
            }
            if (mcHistories != null && mcHistories <= 0) {
                throw new CommandException("--mc-histories must be positive, is " + mcHistories);
            }
            CaseDose.Request request = new CaseDose.Request(planId, seed, options, placements, gridMm, marginMm,
                    prescriptionGy == null ? Double.NaN : prescriptionGy, target, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    grid, boxMm, daysAfterImplant == null ? Double.NaN : daysAfterImplant, engine,
                    new CaseDose.MediumOptions(mcHistories == null ? 0 : mcHistories, mcSeed, ctCalibration == null ? null : context.resolve(ctCalibration),
                            doseToWater));
            outcome = new CaseDose().compute(patientCase, request, null);
            if (compareEngine != null) {
                CaseDose.Outcome other = new CaseDose().compute(patientCase,
                        new CaseDose.Request(planId, seed, options, placements, gridMm, marginMm, request.prescriptionGy(), target, request.threads(),
                                outcome.grid(), null, request.daysAfterImplant(), compareEngine, request.medium()),
                        null);
                engineComparison = EngineComparison.of(outcome, other, request.prescriptionGy());
            }
        } catch (DoseInputException | IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw new CommandException("interrupted", e);
        }
        notes.addAll(outcome.warnings());
        for (String note : notes) {
            context.progress("warning: " + note);
        }
        if (referenceDateTime != null) {
            outcome.plan().setSourceStrengthReferenceDateTime(referenceDateTime);
        }
        CaseDose.apply(patientCase, outcome);
        if (!caseless) {
            try {
                store.save(patientCase, caseDir);
            } catch (IOException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        if (exportRtdose != null) {
            try {
                Path written = DicomDoseInputs.exportRtDose(patientCase, outcome.plan(), context.resolve(exportRtdose),
                        planSeeds != null ? DicomDoseInputs.planUid(planSeeds) : null);
                context.progress("dose: wrote the RT Dose " + written);
            } catch (NoClassDefFoundError e) {
                throw new CommandException("--export-rtdose needs the DICOM capability (install org.opensabt.dicom.feature)", e);
            } catch (DoseInputException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        if (dvhCsv != null) {
            writeDvhCsv(context.resolve(dvhCsv), outcome);
        }
        Map<String, Object> comparison = null;
        PrescriptionRecheck recheck = null;
        if (compareRtdose != null) {
            float[] reference = referenceDose(context.resolve(compareRtdose));
            comparison = compare(context.resolve(compareRtdose), reference, outcome.doseGy());
            try {
                recheck = PrescriptionRecheck.of(patientCase, outcome, reference, prescriptionGy == null ? Double.NaN : prescriptionGy);
            } catch (DoseInputException e) {
                throw new CommandException(context.resolve(compareRtdose) + ": " + e.getMessage(), e);
            }
            comparison.put("prescriptionGy", finite(recheck.prescriptionGy()));
            comparison.put("voxelsAbove50PercentRx", recheck.voxelsAbove50PercentRx());
            comparison.put("within2PercentAbove50PercentRxPercent", finite(recheck.within2PercentPercent()));
            comparison.put("target", recheck.target());
            comparison.put("d90Gy", finite(recheck.d90Gy()));
            comparison.put("referenceD90Gy", finite(recheck.referenceD90Gy()));
            comparison.put("d90DifferencePercent", finite(recheck.d90DifferencePercent()));
            comparison.put("criteriaEvaluated", recheck.evaluated());
            comparison.put("meetsCriteria", recheck.meetsCriteria());
        }
        double reported = Double.isFinite(strength) ? strength
                : outcome.plan().getAirKermaStrengthU() > 0 ? outcome.plan().getAirKermaStrengthU() : Double.NaN;
        CommandResult result = result(caseDir, outcome, seed, reported, notes);
        if (engineComparison != null) {
            result = DoseCommandResults.withEngineComparison(result, engineComparison);
        }
        if (comparison == null) {
            return result;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new java.util.LinkedHashMap<>((Map<String, Object>) result.toJson());
        json.put("comparison", comparison);
        String text = result.toText() + String.format(Locale.ROOT, "%nAgainst %s: %.2f %% of the %d voxels above 10 %% of its maximum within 2 %%; largest difference %.3f Gy, mean |difference| %.3f Gy",
                compareRtdose, comparison.get("within2PercentPercent"), comparison.get("voxelsCompared"), comparison.get("maxAbsDifferenceGy"),
                comparison.get("meanAbsDifferenceGy"));
        text += String.format(Locale.ROOT, "%nRe-check (≥ %.0f %% of the voxels above 50 %% of the prescription within 2 %%, D90 within %.1f %%): ",
                PrescriptionRecheck.MIN_WITHIN_PERCENT, PrescriptionRecheck.MAX_D90_DIFFERENCE_PERCENT)
                + (Double.isNaN(recheck.prescriptionGy()) ? "no prescription (give --prescription-Gy)"
                        : String.format(Locale.ROOT, "%.2f %% of the %d voxels above %.4g Gy", recheck.within2PercentPercent(), recheck.voxelsAbove50PercentRx(),
                                0.5 * recheck.prescriptionGy()))
                + "; " + (recheck.target() == null || Double.isNaN(recheck.d90DifferencePercent()) ? "no target D90"
                        : String.format(Locale.ROOT, "D90 of %s %.2f Gy, the RT Dose's %.2f Gy (%+.2f %%)", recheck.target(), recheck.d90Gy(), recheck.referenceD90Gy(),
                                recheck.d90DifferencePercent()))
                + (!recheck.evaluated() ? ": criteria not evaluated" : recheck.meetsCriteria() ? ": agrees" : ": DOES NOT AGREE");
        return CommandResult.of(text, json);
    }

    private static PatientCase load(CaseStore store, Path caseDir) throws CommandException {
        try {
            return store.load(caseDir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /** The plan of the case with this id, or a one-line refusal listing the case's plans. */
    private static org.opensabt.model.Plan storedPlan(PatientCase c, Path caseDir, String planId) throws CommandException {
        return c.getPlans().stream().filter(p -> p.getPlanId().equals(planId)).findFirst()
                .orElseThrow(() -> new CommandException(caseDir + ": no plan " + planId + " (have: "
                        + String.join(", ", c.getPlans().stream().map(org.opensabt.model.Plan::getPlanId).toList()) + ")"));
    }

    private double resolveStrength(SeedSource seed) throws CommandException {
        if (strengthU != null && activityMCi != null) {
            throw new CommandException("give --strength-U or --activity-mCi, not both");
        }
        double value = Double.NaN;
        if (strengthU != null) {
            if (!(strengthU > 0)) {
                throw new CommandException("--strength-U must be positive (U), is " + strengthU);
            }
            value = strengthU;
        } else if (activityMCi != null) {
            if (!(activityMCi > 0)) {
                throw new CommandException("--activity-mCi must be positive, is " + activityMCi);
            }
            if (!seed.hasUPerMCi()) {
                throw new CommandException(seed.name() + " has no U_per_mCi factor in its descriptor: give --strength-U");
            }
            value = PermanentImplant.strengthFromApparentActivityU(activityMCi, seed.uPerMCi());
        }
        double days = decayDays;
        if (implantDate != null || strengthDate != null && decayDays != 0) {
            if (strengthDate == null || implantDate == null || decayDays != 0) {
                throw new CommandException("give both --strength-date and --implant-date (and not --decay-days)");
            }
            try {
                java.time.LocalDateTime from = CaseDose.parseReferenceDateTime("--strength-date/--calibration-date", strengthDate);
                java.time.LocalDateTime to = CaseDose.parseReferenceDateTime("--implant-date", implantDate);
                days = java.time.Duration.between(from, to).toMinutes() / 1440.0;
                referenceDateTime = CaseDose.referenceDateTime(to); // the stored strength is the decayed one, at the implant
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage(), e);
            }
        } else if (strengthDate != null) {
            try {
                referenceDateTime = CaseDose.referenceDateTime(CaseDose.parseReferenceDateTime("--strength-date/--calibration-date", strengthDate));
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
        if (Double.isFinite(value) && days != 0) {
            value = PermanentImplant.decayedStrengthU(value, seed.halfLifeDays(), days);
        }
        return value;
    }

    static CommandResult result(Path caseDir, CaseDose.Outcome outcome, SeedSource seed, double strength, List<String> notes) {
        return DoseCommandResults.of(caseDir, outcome, seed, strength, notes);
    }

    /** structure, dose_Gy, cumulative volume (cc and %) with dose ≥ dose_Gy, differential volume in [dose, dose + bin). Atomic write. */
    private void writeDvhCsv(Path file, CaseDose.Outcome outcome) throws CommandException {
        StringBuilder csv = new StringBuilder("structure,dose_Gy,cumulative_volume_cc,cumulative_volume_percent,differential_volume_cc\n");
        for (Map.Entry<String, org.opensabt.dose.dvh.Dvh> e : outcome.dvhs().entrySet()) {
            double[][] cumulative = e.getValue().cumulative(dvhBinGy);
            double[][] differential = e.getValue().differential(dvhBinGy);
            for (int b = 0; b < cumulative.length; b++) {
                csv.append(String.format(Locale.ROOT, "\"%s\",%.4g,%.6g,%.4f,%.6g%n", e.getKey().replace("\"", "\"\""), cumulative[b][0],
                        cumulative[b][1], 100 * cumulative[b][1] / e.getValue().volumeCc(), differential[b][1]));
            }
        }
        try {
            OutputFiles.writeAtomically(file, csv);
        } catch (IOException e) {
            throw new CommandException(file + ": cannot write the DVH table: " + e.getMessage(), e);
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static float[] referenceDose(Path file) throws CommandException {
        try {
            return RtDoseGrids.doseGy(file);
        } catch (NoClassDefFoundError e) {
            throw new CommandException("--compare-rtdose needs the DICOM capability (install org.opensabt.dicom.feature)", e);
        } catch (DoseInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /** Voxel-by-voxel comparison over voxels where the reference exceeds 10 % of its maximum. */
    private static Map<String, Object> compare(Path file, float[] reference, float[] ours) throws CommandException {
        DoseComparison c;
        try {
            c = DoseComparison.of(reference, ours);
        } catch (DoseInputException e) {
            throw new CommandException(file + ": " + e.getMessage(), e);
        }
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("rtdose", file.toString());
        m.put("voxelsCompared", c.voxelsCompared());
        m.put("within2PercentPercent", c.within2PercentPercent());
        m.put("maxAbsDifferenceGy", c.maxAbsDifferenceGy());
        m.put("meanAbsDifferenceGy", c.meanAbsDifferenceGy());
        m.put("referenceMaxGy", c.referenceMaxGy());
        return m;
    }
}
