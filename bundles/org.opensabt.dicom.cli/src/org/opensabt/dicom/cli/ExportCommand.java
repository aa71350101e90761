package org.opensabt.dicom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.Deidentification;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.CaseExport;
import org.opensabt.dicom.SiteKey;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = { "Export a case as DICOM RT: RTSTRUCT (structures), RTPLAN (LDR seeds, one channel per seed),",
        "RTDOSE (total dose in Gy) or all three into a folder. Each file is written whole or not at all." })
public final class ExportCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE")
    String caseFolder;

    @Option(names = "--what", required = true, paramLabel = "rtstruct|rtplan|rtdose|all")
    String what;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR", description = "File (or folder for --what all).")
    String out;

    @Option(names = "--plan", paramLabel = "ID", description = "Plan for rtplan/rtdose (default: the case's only or last plan).")
    String planId;

    @Option(names = "--anonymize", description = { "De-identify per DICOM PS3.15 Annex E: Basic Profile, dates moved by a per-patient offset (E.3.6),",
            "UIDs and the patient replaced by keyed hashes: the same in every object and every export of the patient (see --deid-key)." })
    boolean anonymize;

    @Option(names = "--retain-uids", description = "With --anonymize: keep the original UIDs (PS3.15 E.3.9 Retain UIDs Option).")
    boolean retainUids;

    @Option(names = "--clean-descriptors", description = { "With --anonymize: keep ROI names made only of structure terms (GTV, PTV, Rectum, mm, …;",
            "PS3.15 E.3.5 Clean Descriptors Option). Without it every ROI name becomes its type and number, e.g. GTV_1;",
            "plan labels are always replaced and plan names removed." })
    boolean cleanDescriptors;

    @Option(names = "--deid-key", paramLabel = "FILE", description = { "With --anonymize: the site's secret key file (at least 32 bytes). Default: $" + SiteKey.ENV + ",",
            "else $XDG_CONFIG_HOME/opensabt/deid.key (~/.config/opensabt/deid.key), created on first use." })
    String deidKey;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        Path caseDir = context.resolve(caseFolder);
        PatientCase patientCase;
        try {
            patientCase = new CaseStore(context.productVersion()).load(caseDir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        String kind = what.toLowerCase(Locale.ROOT);
        if (!List.of("rtstruct", "rtplan", "rtdose", "all").contains(kind)) {
            throw new CommandException("--what takes rtstruct, rtplan, rtdose or all, not " + what);
        }
        Path target = context.resolve(out);
        if (!anonymize && (retainUids || cleanDescriptors || deidKey != null)) {
            throw new CommandException("--retain-uids, --clean-descriptors and --deid-key go with --anonymize");
        }
        Deidentification deid = null;
        List<String> warnings = new ArrayList<>();
        if (anonymize) {
            SiteKey.Loaded key;
            try {
                key = SiteKey.load(deidKey == null ? null : context.resolve(deidKey), System.getenv(), System.getProperty("user.home"));
            } catch (DicomExportException e) {
                throw new CommandException(e.getMessage(), e);
            }
            if (key.created()) {
                context.err().println("export: created this site's de-identification key " + key.file() + " (mode 600); keep and back it up: "
                        + "the same key gives the same pseudonyms and UIDs");
            }
            warnings.addAll(key.notes());
            deid = new Deidentification(key.key(), retainUids, cleanDescriptors);
        }
        Toolkit.get();
        CaseExport.Kind exportKind = CaseExport.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        Plan plan = null;
        if (kind.equals("all")) {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new CommandException(target + " exists and is not a folder (--what all writes three files into a folder)");
            }
            plan = patientCase.getPlans().isEmpty() ? null : plan(patientCase);
        } else if (!kind.equals("rtstruct")) {
            plan = plan(patientCase);
        }
        CaseExport.Result result;
        try {
            result = CaseExport.run(new CaseExport.Request(patientCase, exportKind, target, plan, deid), null);
        } catch (DicomExportException e) {
            throw new CommandException(caseDir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandException(target + ": cannot write: " + e.getMessage(), e);
        }
        List<String> written = result.written().stream().map(Path::toString).toList();
        warnings.addAll(result.warnings());
        for (String warning : warnings) {
            context.progress("warning: " + warning);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("written", written);
        json.put("anonymized", anonymize);
        String text = "Wrote " + String.join(", ", written);
        if (deid != null) {
            String pseudonym = result.pseudonym();
            json.put("pseudonym", pseudonym);
            json.put("retainUids", retainUids);
            json.put("cleanDescriptors", cleanDescriptors);
            text += " (de-identified as " + pseudonym + ")";
        }
        json.put("warnings", warnings);
        return CommandResult.of(text, json);
    }

    private Plan plan(PatientCase patientCase) throws CommandException {
        if (patientCase.getPlans().isEmpty()) {
            throw new CommandException("the case has no plan (run opensabt dose first)");
        }
        if (planId == null) {
            return patientCase.getPlans().get(patientCase.getPlans().size() - 1);
        }
        return patientCase.getPlans().stream().filter(p -> planId.equals(p.getPlanId())).findFirst().orElseThrow(() -> new CommandException(
                "no plan " + planId + " (have: " + String.join(", ", patientCase.getPlans().stream().map(Plan::getPlanId).toList()) + ")"));
    }
}
