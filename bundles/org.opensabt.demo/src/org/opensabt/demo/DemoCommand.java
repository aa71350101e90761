package org.opensabt.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.model.store.CaseSummaries;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.contour.AutoStructures;
import org.opensabt.contour.CaseContours;
import org.opensabt.contour.ContourException;
import org.opensabt.dicom.CaseExport;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.outcomes.StudyAnalysis;
import org.opensabt.plan.cli.PlanCommand;
import org.opensabt.template.cli.TemplateCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job on the bundled demo case: DICOM import of the real STS CT and its GTV into a case
 * folder; BODY and BONE outlines from the CT numbers; an inverse plan of free needles within 35° of
 * the anterior direction, entering through skin inside the CT (none through bone or the other limb)
 * and I-125 seeds for Rx 140 Gy at 0.7 mCi (the source study's median), evaluated with the TG-43 engine and stored in the case; the plan exported as DICOM RT
 * (RTSTRUCT, RTPLAN, RTDOSE) and re-checked from those files alone, the way a centre re-checks
 * another system's plan; the plan's 3D-printed needle template (STL, needle table, drawing); then
 * the outcome analysis of the bundled synthetic cohort.
 */
@Command(name = "demo", description = "Run the workflow on the bundled demo case (real STS CT + GTV): import, BODY/BONE, inverse plan, TG-43 dose and metrics, "
        + "DICOM RT export and re-check, and the outcome analysis of the synthetic cohort.")
public final class DemoCommand implements CliCommand {

    static final String TARGET = "GTV_Mass_CT";
    static final double RX_GY = 140;
    static final double STRENGTH_MCI = 0.7;
    static final String NEEDLES = "free:ap:35";
    static final String PLAN_ID = "demo-plan";
    static final double POSTOP_DISPLACEMENT_MM = 2;

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
        try {
            CaseImport.save(imported, caseDir, true, store);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        context.progress("demo: saved case folder " + caseDir);
        context.progress("demo: BODY and BONE (needle avoidance) from the CT numbers");
        try {
            PatientCase c = imported.patientCase();
            CaseContours.apply(c, CaseContours.compute(new CaseContours.Request(c, new CaseContours.Body(AutoStructures.BODY_THRESHOLD_HU, "BODY"), false), null));
            CaseContours.apply(c, CaseContours.compute(new CaseContours.Request(c, new CaseContours.Bone(AutoStructures.BONE_THRESHOLD_HU, "BODY", "BONE"), false),
                    null));
            store.save(c, caseDir);
        } catch (ContourException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        context.progress("demo: inverse planning of free needles from the anterior skin (none through bone) and I-125 seeds, Rx " + RX_GY + " Gy, "
                + STRENGTH_MCI + " mCi");
        CommandResult plan = run(context, new PlanCommand(), "--case", caseDir.toString(), "--target", TARGET, "--rx", String.valueOf(RX_GY),
                "--strength-mci", String.valueOf(STRENGTH_MCI), "--needles", NEEDLES, "--skin-in-ct", "--plan-id", PLAN_ID);
        context.progress("demo: the 3D-printed needle template of the plan into " + caseDir.resolve("template"));
        CommandResult template = run(context, new TemplateCommand(), "--case", caseDir.toString(), "--plan", PLAN_ID, "--out",
                caseDir.resolve("template").toString());
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
        CommandResult recheck = recheckFromDicom(context, reloaded, caseDir.resolve("dicom"));
        json.put("dicomRecheck", recheck.toJson());
        CommandResult postImplant = postImplantCheck(context, caseDir);
        json.put("postImplant", postImplant.toJson());
        CommandResult outcomes = outcomes(context, dataDir.resolveSibling("cohorts").resolve("sabt_synthetic_120.csv"), caseDir.resolveSibling("outcomes"));
        json.put("outcomes", outcomes.toJson());
        return CommandResult.of("Demo case folder: " + caseDir + "\n" + CaseSummaries.toText(reloaded) + "\n" + plan.toText() + "\n" + template.toText() + "\n"
                + "Re-checked from the exported DICOM RT files alone (no case):\n" + recheck.toText() + "\n"
                + "Post-implant check on a SYNTHETIC post-operative CT (the plan's seeds displaced, σ = " + POSTOP_DISPLACEMENT_MM + " mm per axis):\n"
                + postImplant.toText() + "\n"
                + "Outcome analysis of the bundled SYNTHETIC 120-patient cohort:\n" + outcomes.toText(), json);
    }

    /**
     * A synthetic post-operative CT (the plan's seeds displaced, written as DICOM with their true places in a CSV), then
     * post-implant dosimetry on it: seeds found, paired with the plan, dose recomputed, D90 plan versus actual.
     */
    private static CommandResult postImplantCheck(CommandContext context, Path caseDir) throws CommandException {
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
        run(context, new org.opensabt.postplan.cli.SynthesizePostopCommand(), "--case", caseDir.toString(), "--from-plan", PLAN_ID,
                "--displacement-mm", String.valueOf(POSTOP_DISPLACEMENT_MM), "--out", ct.toString(), "--truth", truth.toString(), "--random-seed", "7");
        context.progress("demo: post-implant dosimetry (seeds found on the post-operative CT, plan versus actual)");
        return run(context, new org.opensabt.postplan.cli.PostplanCommand(), "--case", caseDir.toString(), "--postop", ct.toString(), "--plan", PLAN_ID,
                "--truth", truth.toString(), "--seeds-csv", caseDir.resolve("implant-seeds.csv").toString());
    }

    /** Runs another command of the platform with these arguments, as the command line would. */
    private static CommandResult run(CommandContext context, CliCommand command, String... args) throws CommandException {
        new picocli.CommandLine(command).parseArgs(args);
        try {
            return command.run(context);
        } catch (CommandException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandException(e.getMessage(), e);
        }
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

    /** Exports RS/RP/RD of the demo plan, then runs the dose command on those files only and compares with the exported RT Dose. */
    private static CommandResult recheckFromDicom(CommandContext context, PatientCase patientCase, Path folder) throws CommandException {
        context.progress("demo: exporting RTSTRUCT, RTPLAN and RTDOSE to " + folder + " and re-checking the dose from them");
        org.opensabt.model.Plan plan = patientCase.getPlans().stream().filter(p -> p.getPlanId().equals(PLAN_ID)).findFirst()
                .orElseThrow(() -> new CommandException("the demo plan was not stored"));
        try {
            CaseExport.run(new CaseExport.Request(patientCase, CaseExport.Kind.ALL, folder, plan, null), null);
        } catch (org.opensabt.dicom.DicomExportException | IOException e) {
            throw new CommandException(folder + ": " + e.getMessage(), e);
        }
        return run(context, new org.opensabt.dose.cli.DoseCommand(), "--rtplan", folder.resolve("RP.dcm").toString(), "--rtstruct",
                folder.resolve("RS.dcm").toString(), "--grid-like", folder.resolve("RD.dcm").toString(), "--compare-rtdose", folder.resolve("RD.dcm").toString(),
                "--plan-id", "recheck");
    }

    private static Path defaultData() throws CommandException {
        String home = System.getProperty("opensabt.home");
        if (home == null) {
            throw new CommandException("the installation folder is unknown (system property opensabt.home); give --data");
        }
        return Path.of(home, "demo-data", "sts-001");
    }
}
