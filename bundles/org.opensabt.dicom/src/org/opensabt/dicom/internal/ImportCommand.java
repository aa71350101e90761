package org.opensabt.dicom.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.cli.api.CaseSummaries;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.DicomCaseImporter;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.model.store.CaseStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import a CT series and its RT Structure Set(s) from DICOM files or folders into a new case folder.")
public final class ImportCommand implements CliCommand {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "DICOM files or folders (CT images, RTSTRUCT).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "CASE", description = "Case folder to create.")
    String out;

    @Option(names = "--case-id", description = "Case identifier (default: the case folder's name).")
    String caseId;

    @Option(names = "--series", description = "Series Instance UID to import when the input holds several CT series.")
    String series;

    @Option(names = "--replace", description = "Replace an existing case folder (the old case stays intact if the import fails).")
    boolean replace;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        Path caseDir = context.resolve(out);
        if (Files.exists(caseDir.resolve(CaseStore.CASE_FILE)) && !replace) {
            throw new CommandException(caseDir + " already holds a case; use --replace to overwrite it");
        }
        if (Files.exists(caseDir) && !Files.isDirectory(caseDir)) {
            throw new CommandException(caseDir + " exists and is not a folder");
        }
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            paths.add(context.resolve(input));
        }
        DicomCaseImporter.Result result;
        try {
            result = new DicomCaseImporter().importCase(caseId != null ? caseId : caseDir.getFileName().toString(), paths, series);
        } catch (DicomImportException e) {
            throw new CommandException(e.getMessage(), e);
        }
        for (String warning : result.warnings()) {
            context.progress("warning: " + warning);
        }
        try {
            new CaseStore(context.productVersion()).save(result.patientCase(), caseDir);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("caseFolder", caseDir.toString());
        json.put("warnings", result.warnings());
        json.put("case", CaseSummaries.toJson(result.patientCase()));
        return CommandResult.of("Imported into " + caseDir + "\n" + CaseSummaries.toText(result.patientCase()), json);
    }
}
