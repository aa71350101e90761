package org.opensabt.dicom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.model.store.CaseSummaries;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.SeriesInfo;
import org.opensabt.model.store.CaseStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import a CT series and its RT Structure Set(s) from DICOM files or folders into a new case folder.")
public final class ImportCommand implements CliCommand {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "DICOM files or folders (CT images, RTSTRUCT).")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "CASE", description = "Case folder to create (required unless --list).")
    String out;

    @Option(names = "--list", description = "Only list every series found (modality, UID, images, size, description); import nothing.")
    boolean list;

    @Option(names = "--resample", description = "Resample a CT with missing slices, uneven spacing or gantry tilt onto a regular grid instead of refusing it.")
    boolean resample;

    @Option(names = "--case-id", description = "Case identifier (default: the case folder's name).")
    String caseId;

    @Option(names = "--series", description = "Series Instance UID to import when the input holds several CT series.")
    String series;

    @Option(names = "--replace", description = "Replace an existing case folder (the old case stays intact if the import fails).")
    boolean replace;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            paths.add(context.resolve(input));
        }
        if (list) {
            return listing(paths);
        }
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--out=CASE' (or --list to see the series)");
        }
        Path caseDir = context.resolve(out);
        if (Files.exists(caseDir.resolve(CaseStore.CASE_FILE)) && !replace) {
            throw new CommandException(caseDir + " already holds a case; use --replace to overwrite it");
        }
        if (Files.exists(caseDir) && !Files.isDirectory(caseDir)) {
            throw new CommandException(caseDir + " exists and is not a folder");
        }
        CaseImport.Result result;
        try {
            result = CaseImport.run(new CaseImport.Request(paths, caseId != null ? caseId : caseDir.getFileName().toString(), series, resample), null);
        } catch (DicomImportException e) {
            throw new CommandException(e.getMessage(), e);
        }
        for (String warning : result.warnings()) {
            context.progress("warning: " + warning);
        }
        try {
            CaseImport.save(result, caseDir, replace, new CaseStore(context.productVersion()));
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", caseDir.toString());
        json.put("warnings", result.warnings());
        json.put("case", CaseSummaries.toJson(result.patientCase()));
        String warned = result.warnings().isEmpty() ? "" : "\n" + result.warnings().size() + " warning(s), listed on stderr (the 'warnings' array with --json)";
        return CommandResult.of("Imported into " + caseDir + "\n" + result.summary() + warned, json);
    }

    private static CommandResult listing(List<Path> paths) throws CommandException {
        List<SeriesInfo> found;
        try {
            found = CaseImport.listSeries(paths, null);
        } catch (DicomImportException e) {
            throw new CommandException(e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder(found.size() + " series:");
        List<Map<String, Object>> json = new ArrayList<>();
        for (SeriesInfo s : found) {
            text.append(String.format(java.util.Locale.ROOT, "%n  %-8s %s  %4d instance(s)%s  %s", s.modality(), s.seriesInstanceUid(), s.instances(),
                    s.columns() > 0 ? "  " + s.columns() + "×" + s.rows() : "", s.description()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("modality", s.modality());
            m.put("seriesInstanceUid", s.seriesInstanceUid());
            m.put("studyInstanceUid", s.studyInstanceUid());
            m.put("frameOfReferenceUid", s.frameOfReferenceUid());
            m.put("description", s.description());
            m.put("instances", s.instances());
            m.put("columns", s.columns());
            m.put("rows", s.rows());
            json.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("series", json);
        return CommandResult.of(text.toString(), root);
    }
}
