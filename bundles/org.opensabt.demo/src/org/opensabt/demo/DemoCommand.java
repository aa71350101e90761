package org.opensabt.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.contour.AutoStructures;
import org.opensabt.contour.CaseContours;
import org.opensabt.contour.ContourException;
import org.opensabt.dicom.CaseExport;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseComparison;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.dicom.DicomDoseInputs;
import org.opensabt.dose.dicom.RtDoseGrids;
import org.opensabt.dose.dicom.RtPlanSeeds;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.store.CaseStore;
import org.opensabt.model.store.CaseSummaries;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.outcomes.StudyAnalysis;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.PlanningException;
import org.opensabt.postplan.DetectionAccuracy;
import org.opensabt.postplan.PostImplant;
import org.opensabt.postplan.PostImplantException;
import org.opensabt.postplan.SeedTables;
import org.opensabt.postplan.SyntheticPostop;
import org.opensabt.template.CaseTemplates;
import org.opensabt.template.TemplateException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job on the bundled demo case, through the capabilities' public facades only: DICOM import of the
 * real STS CT and its GTV into a case folder ({@link CaseImport}); BODY and BONE outlines from the CT numbers
 * ({@link CaseContours}); an inverse plan of free needles within 35° of the anterior direction, entering through
 * skin inside the CT (none through bone or the other limb) and I-125 seeds for Rx 140 Gy at 0.7 mCi (the source
 * study's median), evaluated with the dose engine and stored in the case ({@link CasePlanning}); the plan's
 * 3D-printed needle template ({@link CaseTemplates}); the plan exported as DICOM RT ({@link CaseExport}) and
 * re-checked from those files alone, the way a centre re-checks another system's plan ({@link CaseDose} without a
 * case); a synthetic post-operative CT and post-implant dosimetry on it ({@link SyntheticPostop},
 * {@link PostImplant}); then the outcome analysis of the bundled synthetic cohort ({@link StudyAnalysis}).
 */
@Command(name = "demo", description = "Run the workflow on the bundled demo case (real STS CT + GTV): import, BODY/BONE, inverse plan, TG-43 dose and metrics, "
        + "DICOM RT export and re-check, and the outcome analysis of the synthetic cohort.")
public final class DemoCommand implements CliCommand {

    static final String TARGET = "GTV_Mass_CT";
    static final double RX_GY = 140;
    static final double STRENGTH_MCI = 0.7;
    /** Free needles entering within 35° of anterior (the command line's {@code --needles free:ap:35}). */
    static final double[] NEEDLES_AROUND = { 0, 1, 0 };
    static final double NEEDLES_CONE_DEG = 35;
    static final String PLAN_ID = "demo-plan";
    static final String MC_PLAN_ID = "demo-plan-mc";
    static final String MC_ENGINE = "mc";
    private static final String TG43_ENGINE = "tg43";
    /** Histories of the demo's Monte Carlo re-evaluation (about 20 s on two cores; the uncertainty is printed). */
    static final long MC_HISTORIES = 12_000_000;
    static final double POSTOP_DISPLACEMENT_MM = 2;
    static final double POSTOP_TILT_DEG = 10;
    static final long POSTOP_RANDOM_SEED = 7;
    /** The re-check's dose grid where the RT Dose gives none, and its margin (mm): the dose command's defaults. */
    static final double RECHECK_GRID_MM = 1;
    static final double RECHECK_MARGIN_MM = 20;

    @Option(names = "--data", paramLabel = "DIR", description = "Demo case folder with ct/ and rtstruct/ (default: demo-data/sts-001 of the installation).")
    String data;

    @Option(names = "--out", paramLabel = "CASE", description = "Case folder to write (default: out/demo/sts-001 under the working directory).")
    String out;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        Path dataDir = data != null ? context.resolve(data) : defaultData();
        Path caseDir = context.resolve(out != null ? out : "out/demo/sts-001");
        if (!Files.isDirectory(dataDir.resolve("ct"))) {
            throw new CommandException(dataDir + ": no ct/ folder with the demo CT (give --data)");
        }
        context.progress("demo: importing DICOM from " + dataDir);
        CaseImport.Result imported;
        try {
            imported = CaseImport.run(new CaseImport.Request(Files.isDirectory(dataDir.resolve("rtstruct"))
                    ? List.of(dataDir.resolve("ct"), dataDir.resolve("rtstruct")) : List.of(dataDir.resolve("ct")), "sts-001", null, false), null);
        } catch (DicomImportException e) {
            throw new CommandException(e.getMessage(), e);
        }
        for (String warning : imported.warnings()) {
            context.progress("warning: " + warning);
        }
        CaseStore store = new CaseStore(context.productVersion());
        PatientCase c = imported.patientCase();
        try {
            CaseImport.save(imported, caseDir, true, store);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        context.progress("demo: saved case folder " + caseDir);
        context.progress("demo: BODY and BONE (needle avoidance) from the CT numbers");
        try {
            CaseContours.apply(c, CaseContours.compute(new CaseContours.Request(c, new CaseContours.Body(AutoStructures.BODY_THRESHOLD_HU, "BODY"), false), null));
            CaseContours.apply(c, CaseContours.compute(new CaseContours.Request(c, new CaseContours.Bone(AutoStructures.BONE_THRESHOLD_HU, "BODY", "BONE"), false),
                    null));
        } catch (ContourException e) {
            throw new CommandException(e.getMessage(), e);
        }
        save(store, c, caseDir);
        context.progress("demo: inverse planning of free needles from the anterior skin (none through bone) and I-125 seeds, Rx " + RX_GY + " Gy, "
                + STRENGTH_MCI + " mCi");
        CommandResult plan = plan(context, store, c, caseDir);
        CommandResult modelBased = modelBased(context, store, c, caseDir);
        context.progress("demo: the 3D-printed needle template of the plan into " + caseDir.resolve("template"));
        CommandResult template = template(context, store, c, caseDir);
        PatientCase reloaded;
        try {
            reloaded = store.load(caseDir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", caseDir.toString());
        json.put("warnings", imported.warnings());
        json.put("case", CaseSummaries.toJson(reloaded));
        json.put("plan", plan.toJson());
        json.put("template", template.toJson());
        if (modelBased != null) {
            json.put("modelBased", modelBased.toJson());
        }
        CommandResult recheck = recheckFromDicom(context, reloaded, caseDir.resolve("dicom"));
        json.put("dicomRecheck", recheck.toJson());
        String summary = CaseSummaries.toText(reloaded); // the planned case, before the implant is stored in it
        CommandResult postImplant = postImplantCheck(context, store, c, caseDir);
        json.put("postImplant", postImplant.toJson());
        CommandResult outcomes = outcomes(context, dataDir.resolveSibling("cohorts").resolve("sabt_synthetic_120.csv"), caseDir.resolveSibling("outcomes"));
        json.put("outcomes", outcomes.toJson());
        return CommandResult.of("Demo case folder: " + caseDir + "\n" + summary + "\n" + plan.toText() + "\n"
                + (modelBased == null ? "" : modelBased.toText() + "\n") + template.toText() + "\n"
                + "Re-checked from the exported DICOM RT files alone (no case):\n" + recheck.toText() + "\n"
                + "Post-implant check on a SYNTHETIC post-operative CT (the plan's seeds displaced, σ = " + POSTOP_DISPLACEMENT_MM + " mm per axis):\n"
                + postImplant.toText() + "\n"
                + "Outcome analysis of the bundled SYNTHETIC 120-patient cohort:\n" + outcomes.toText(), json);
    }

    /** The inverse plan (the command line's defaults, free needles around anterior, template needles entering in the CT), stored in the case. */
    private static CommandResult plan(CommandContext context, CaseStore store, PatientCase c, Path caseDir) throws CommandException {
        SeedSource seed = source(context, PlanDefaults.SOURCE);
        double u = PermanentImplant.strengthFromApparentActivityU(STRENGTH_MCI, seed.uPerMCi());
        PlanRequest request = new PlanRequest(TARGET, RX_GY, u, PlanDefaults.SEED_SPACING_MM, NeedleGeometry.Free.around(NEEDLES_AROUND, NEEDLES_CONE_DEG),
                PlanDefaults.MAX_NEEDLES, List.of(), new PlanGoals(PlanDefaults.V100_PERCENT / 100.0, PlanDefaults.V150_PERCENT / 100.0,
                        PlanDefaults.V200_PERCENT / 100.0), Set.of(), PlanDefaults.MAX_NEEDLE_LENGTH_MM, PlanDefaults.RANDOM_SEED, true);
        CasePlanning.Result planned;
        try {
            planned = CasePlanning.plan(c, CasePlanning.Request.of(request, seed, PLAN_ID), progress(context));
        } catch (PlanningException e) {
            throw new CommandException(caseDir + ": " + e.getMessage(), e);
        } catch (DoseInputException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw new CommandException("interrupted", e);
        }
        if (planned.dosed() == null || !planned.dosed().engineUnmet().isEmpty()) {
            throw new CommandException(caseDir + ": the demo plan did not meet its goals: "
                    + String.join("; ", planned.dosed() == null ? planned.optimised().unmet() : planned.dosed().engineUnmet()));
        }
        CasePlanning.apply(c, planned.dosed());
        save(store, c, caseDir);
        return DemoReports.plan(PLAN_ID, request, planned);
    }

    /**
     * The TG-43 plan re-evaluated with the model-based engine "mc" when it is installed (TG-186): the same seeds on
     * the same grid in the patient's tissues, stored as plan {@value #MC_PLAN_ID}, with the DVH differences; null
     * without the engine.
     */
    private static CommandResult modelBased(CommandContext context, CaseStore store, PatientCase c, Path caseDir) throws CommandException {
        if (!org.opensabt.dose.DoseEngines.ids().contains(MC_ENGINE)) {
            return null;
        }
        org.opensabt.model.Plan tg43Plan = c.getPlans().stream().filter(p -> p.getPlanId().equals(PLAN_ID)).findFirst().orElseThrow();
        SeedSource seed = source(context, PlanDefaults.SOURCE);
        context.progress("demo: the plan re-evaluated with the Monte Carlo engine in the patient's tissues (" + MC_HISTORIES + " histories)");
        List<org.opensabt.dose.SeedPlacement> seeds = CaseDose.seedsOf(tg43Plan);
        CaseDose.Request tg43 = new CaseDose.Request(MC_PLAN_ID, seed, KernelOptions.of(DoseMode.LINE_2D), seeds, 1, 0, RX_GY, TARGET,
                Runtime.getRuntime().availableProcessors(), org.opensabt.model.geometry.GridGeometry.of(tg43Plan.getDoseGrid()), null, Double.NaN,
                TG43_ENGINE);
        try {
            CaseDose.Outcome water = new CaseDose().compute(c, tg43, null);
            CaseDose.Outcome mc = new CaseDose().compute(c, tg43.withEngine(MC_ENGINE)
                    .withMedium(new CaseDose.MediumOptions(MC_HISTORIES, 1, null, false)), null);
            CaseDose.apply(c, mc);
            save(store, c, caseDir);
            return DemoReports.modelBased(mc, org.opensabt.dose.cases.EngineComparison.of(mc, water, RX_GY));
        } catch (DoseInputException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw new CommandException("interrupted", e);
        }
    }

    /** The plan's needle template with the default design, its files in {@code <case>/template}, recorded in the case. */
    private static CommandResult template(CommandContext context, CaseStore store, PatientCase c, Path caseDir) throws CommandException {
        Path folder = caseDir.resolve("template");
        CaseTemplates.Result designed;
        try {
            designed = CaseTemplates.design(c, new CaseTemplates.Request(PLAN_ID), progress(context));
        } catch (TemplateException e) {
            throw new CommandException(caseDir + ", plan " + PLAN_ID + ": " + e.getMessage(), e);
        }
        CaseTemplates.Exported files;
        try {
            files = CaseTemplates.export(designed, folder, null);
        } catch (IOException e) {
            throw new CommandException(folder + ": " + e.getMessage(), e);
        }
        CaseTemplates.apply(c, designed, files);
        save(store, c, caseDir);
        return DemoReports.template(designed, files);
    }

    /**
     * A synthetic post-operative CT (the plan's seeds displaced, written as DICOM with their true places in a CSV), then
     * post-implant dosimetry on it: seeds found, paired with the plan, dose recomputed, D90 plan versus actual.
     */
    private static CommandResult postImplantCheck(CommandContext context, CaseStore store, PatientCase c, Path caseDir) throws CommandException {
        Path ct = caseDir.resolve("postop-ct");
        Path truth = caseDir.resolve("postop-ct.truth.csv");
        try {
            if (Files.isDirectory(ct)) {
                try (java.util.stream.Stream<Path> files = Files.walk(ct)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new CommandException(ct + ": cannot clear the last demo's post-operative CT: " + e.getMessage(), e);
        }
        context.progress("demo: synthetic post-operative CT with the plan's seeds displaced into " + ct);
        try {
            SyntheticPostop.write(c, new SyntheticPostop.Request(new SyntheticPostop.FromPlan(PLAN_ID, POSTOP_DISPLACEMENT_MM, POSTOP_TILT_DEG), ct, truth, false,
                    null, null, 12, 250, POSTOP_RANDOM_SEED), progress(context));
        } catch (PostImplantException e) {
            throw new CommandException(e.concernsCase() ? caseDir + ": " + e.getMessage() : e.getMessage(), e);
        }
        context.progress("demo: post-implant dosimetry (seeds found on the post-operative CT, plan versus actual)");
        PostImplant.Result result;
        try {
            result = new PostImplant(context.workingDirectory()).evaluate(c, PostImplant.Request.of(new PostImplant.PostopDicom(ct, null)).withPlan(PLAN_ID),
                    progress(context));
        } catch (PostImplantException e) {
            throw new CommandException(e.concernsCase() ? caseDir + ": " + e.getMessage() : e.getMessage(), e);
        }
        PostImplant.apply(c, result);
        Path seedsCsv = caseDir.resolve("implant-seeds.csv");
        DetectionAccuracy accuracy;
        try {
            SeedTables.writeImplant(seedsCsv, result.dosimetry());
            accuracy = DetectionAccuracy.of(SeedTables.readTruth(truth),
                    result.postopFrameSeeds().stream().map(s -> new double[][] { s.positionMm(), s.directionUnit() }).toList(), 2.5);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandException(caseDir + ": " + e.getMessage(), e);
        }
        save(store, c, caseDir);
        return DemoReports.postImplant(caseDir, result, accuracy);
    }

    /** Exports RS/RP/RD of the demo plan, then computes the dose from those files only (no case) and compares it with the exported RT Dose. */
    private static CommandResult recheckFromDicom(CommandContext context, PatientCase patientCase, Path folder) throws CommandException {
        context.progress("demo: exporting RTSTRUCT, RTPLAN and RTDOSE to " + folder + " and re-checking the dose from them");
        org.opensabt.model.Plan plan = patientCase.getPlans().stream().filter(p -> p.getPlanId().equals(PLAN_ID)).findFirst()
                .orElseThrow(() -> new CommandException("the demo plan was not stored"));
        try {
            CaseExport.run(new CaseExport.Request(patientCase, CaseExport.Kind.ALL, folder, plan, null), null);
        } catch (DicomExportException | IOException e) {
            throw new CommandException(folder + ": " + e.getMessage(), e);
        }
        Path rp = folder.resolve("RP.dcm");
        Path rs = folder.resolve("RS.dcm");
        Path rd = folder.resolve("RD.dcm");
        SeedSource seed = source(context, PlanDefaults.SOURCE);
        List<String> notes = new ArrayList<>();
        CaseDose.Outcome outcome;
        DoseComparison comparison;
        try {
            RtPlanSeeds.Read seeds = RtPlanSeeds.read(rp, new double[] { 0, 0, 1 }, 0, notes);
            double prescriptionGy = seeds.prescriptionGy();
            if (Double.isFinite(prescriptionGy)) {
                notes.add("prescription " + prescriptionGy + " Gy from the RT Plan");
            }
            GridGeometry grid = RtDoseGrids.read(rd, null, notes);
            PatientCase fromDicom = DicomDoseInputs.caseFor(rp, seeds, rs, grid, RECHECK_MARGIN_MM, RECHECK_GRID_MM, notes);
            outcome = new CaseDose().compute(fromDicom, new CaseDose.Request("recheck", seed, KernelOptions.of(DoseMode.parse("2d")), seeds.seeds(),
                    RECHECK_GRID_MM, RECHECK_MARGIN_MM, prescriptionGy, null, Runtime.getRuntime().availableProcessors(), grid, null, Double.NaN), null);
            comparison = DoseComparison.of(RtDoseGrids.doseGy(rd), outcome.doseGy());
        } catch (DoseInputException | IllegalArgumentException e) {
            throw new CommandException(folder + ": " + e.getMessage(), e);
        }
        notes.addAll(outcome.warnings());
        for (String note : notes) {
            context.progress("warning: " + note);
        }
        return DemoReports.recheck(outcome, seed, rd, comparison, notes);
    }

    /** The default study analysis (tables, figures, report) on the bundled synthetic cohort. */
    private static CommandResult outcomes(CommandContext context, Path cohort, Path out) throws CommandException {
        context.progress("demo: outcome analysis of the synthetic cohort " + cohort + " into " + out);
        StudyAnalysis.Request request = new StudyAnalysis.Request(StudyAnalysis.Cohort.csv(cohort), out, Map.of(), List.of(), Map.of(), 0.05,
                cohort.resolveSibling("sabt_synthetic_120.adverse_events.csv"), null, Map.of());
        StudyAnalysis.Result result;
        try {
            result = StudyAnalysis.run(request, null);
        } catch (OutcomeInputException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException(out + ": cannot write: " + e.getMessage(), e);
        }
        Map<String, Object> json = new LinkedHashMap<>(result.tree());
        json.put("files", result.files().stream().map(Path::toString).toList());
        return CommandResult.of(result.summary() + "\nWrote " + result.outcomesJson() + (result.files().isEmpty() ? ""
                : " and " + result.files().size() + " figures/reports in " + out), json);
    }

    private static SeedSource source(CommandContext context, String name) throws CommandException {
        try {
            return SourceLibraries.resolve(name, context.workingDirectory());
        } catch (SourceDescriptorException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static void save(CaseStore store, PatientCase c, Path caseDir) throws CommandException {
        try {
            store.save(c, caseDir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /** Progress lines of the facades for a person (stderr, silenced by --json). */
    private static IProgressMonitor progress(CommandContext context) {
        return context.progressMonitor();
    }

    private static Path defaultData() throws CommandException {
        String home = System.getProperty("opensabt.home");
        if (home == null) {
            throw new CommandException("the installation folder is unknown (system property opensabt.home); give --data");
        }
        return Path.of(home, "demo-data", "sts-001");
    }
}
