package org.opensabt.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CaseSummaries;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job on the bundled demo case: DICOM import of the real STS CT and its GTV into a case
 * folder, a simple seed arrangement in the GTV (a 10 mm lattice, not an optimised plan), its TG-43
 * dose and DVH metrics stored in the case, the case summary read back from disk, then the plan
 * exported as DICOM RT (RTSTRUCT, RTPLAN, RTDOSE) and re-checked from those files alone, the way a
 * centre re-checks another system's plan ({@code opensabt dose --rtplan --rtstruct --grid-like
 * --compare-rtdose}). Planning, template and outcome steps join here as those capabilities land.
 */
@Command(name = "demo", description = "Run the workflow on the bundled demo case (real STS CT + GTV): import, seeds on a 10 mm lattice in the GTV, TG-43 dose and metrics.")
public final class DemoCommand implements CliCommand {

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
        CaseImport imported;
        try {
            imported = DicomToolkits.get().importCase(Files.isDirectory(dataDir.resolve("rtstruct")) ? List.of(dataDir.resolve("ct"), dataDir.resolve("rtstruct"))
                    : List.of(dataDir.resolve("ct")), new ImportOptions("sts-001", null, false));
        } catch (DicomImportException | IllegalStateException e) {
            throw new CommandException(e.getMessage(), e);
        }
        for (String warning : imported.warnings()) {
            context.progress("warning: " + warning);
        }
        CaseStore store = new CaseStore(context.productVersion());
        PatientCase reloaded;
        CaseDose.Outcome dose;
        SeedSource source;
        try {
            store.save(imported.patientCase(), caseDir);
            context.progress("demo: saved case folder " + caseDir);
            PatientCase patientCase = store.load(caseDir);
            context.progress("demo: TG-43 dose of a 10 mm seed lattice in the GTV");
            source = DemoPlan.source();
            dose = DemoPlan.computeDose(patientCase, source);
            for (String warning : dose.warnings()) {
                context.progress("warning: " + warning);
            }
            CaseDose.store(patientCase, dose.plan());
            store.save(patientCase, caseDir);
            reloaded = store.load(caseDir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (DoseInputException | SourceDescriptorException e) {
            throw new CommandException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("interrupted", e);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", caseDir.toString());
        json.put("warnings", imported.warnings());
        json.put("case", CaseSummaries.toJson(reloaded));
        CommandResult doseResult = DemoPlan.report(caseDir, dose, source);
        json.put("dose", doseResult.toJson());
        CommandResult recheck = recheckFromDicom(context, reloaded, dose, caseDir.resolve("dicom"));
        json.put("dicomRecheck", recheck.toJson());
        CommandResult outcomes = outcomes(context, dataDir.resolveSibling("cohorts").resolve("sabt_synthetic_120.csv"), caseDir.resolveSibling("outcomes"));
        json.put("outcomes", outcomes.toJson());
        return CommandResult.of("Demo case folder: " + caseDir + "\n" + CaseSummaries.toText(reloaded) + "\n" + doseResult.toText() + "\n"
                + "Re-checked from the exported DICOM RT files alone (no case):\n" + recheck.toText() + "\n"
                + "Outcome analysis of the bundled SYNTHETIC 120-patient cohort:\n" + outcomes.toText(), json);
    }

    /** The default study analysis (tables, figures, report) on the bundled synthetic cohort. */
    private static CommandResult outcomes(CommandContext context, Path cohort, Path out) throws CommandException {
        context.progress("demo: outcome analysis of the synthetic cohort " + cohort + " into " + out);
        org.opensabt.outcomes.internal.OutcomesCommand command = new org.opensabt.outcomes.internal.OutcomesCommand();
        new picocli.CommandLine(command).parseArgs("--cohort", cohort.toString(), "--out", out.toString(), "--adverse-events",
                cohort.resolveSibling("sabt_synthetic_120.adverse_events.csv").toString());
        return command.run(context);
    }

    /** Exports RS/RP/RD of the plan, then runs the dose command on those files only and compares with the exported RT Dose. */
    private static CommandResult recheckFromDicom(CommandContext context, PatientCase patientCase, CaseDose.Outcome dose, Path folder) throws CommandException {
        context.progress("demo: exporting RTSTRUCT, RTPLAN and RTDOSE to " + folder + " and re-checking the dose from them");
        org.opensabt.model.Plan plan = patientCase.getPlans().stream().filter(p -> p.getPlanId().equals(dose.plan().getPlanId())).findFirst()
                .orElseThrow(() -> new CommandException("the demo plan was not stored"));
        try {
            org.opensabt.dicom.RtExporter exporter = DicomToolkits.get().exporter(patientCase, false);
            exporter.exportRtStruct(folder.resolve("RS.dcm"));
            exporter.exportRtPlan(plan, folder.resolve("RP.dcm"));
            exporter.exportRtDose(plan, folder.resolve("RD.dcm"));
        } catch (org.opensabt.dicom.DicomExportException | IOException e) {
            throw new CommandException(folder + ": " + e.getMessage(), e);
        }
        org.opensabt.dose.internal.DoseCommand recheck = new org.opensabt.dose.internal.DoseCommand();
        new picocli.CommandLine(recheck).parseArgs("--rtplan", folder.resolve("RP.dcm").toString(), "--rtstruct", folder.resolve("RS.dcm").toString(),
                "--grid-like", folder.resolve("RD.dcm").toString(), "--compare-rtdose", folder.resolve("RD.dcm").toString(), "--plan-id", "recheck");
        return recheck.run(context);
    }

    private static Path defaultData() throws CommandException {
        String home = System.getProperty("opensabt.home");
        if (home == null) {
            throw new CommandException("the installation folder is unknown (system property opensabt.home); give --data");
        }
        return Path.of(home, "demo-data", "sts-001");
    }
}
