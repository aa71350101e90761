package org.opensabt.dicom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;
import org.opensabt.model.store.CaseSummaries;

/**
 * What a toolkit's import produced (a new case, not yet saved) with the warnings a user should read; and the
 * import facade shared by {@code opensabt import}, the workbench, the demo and tests: {@link #listSeries},
 * {@link #run} (DICOM files and folders to a new case in memory, through the installed {@link DicomToolkit})
 * and {@link #save}. Nothing is printed.
 */
public record CaseImport(PatientCase patientCase, List<String> warnings) {

    /**
     * @param inputs    DICOM files and folders (CT images, RT Structure Sets); folders are walked
     * @param caseId    identifier of the new case
     * @param seriesUid the CT series to import when the input holds several (null: the only one)
     * @param resample  resample a CT with missing slices, uneven spacing or gantry tilt instead of refusing it
     */
    public record Request(List<Path> inputs, String caseId, String seriesUid, boolean resample) {
    }

    /** The new case (not saved), its summary for a person (patient, CT grid, structures), and the warnings. */
    public record Result(PatientCase patientCase, String summary, List<String> warnings) {
    }

    /** Every series in the inputs (nothing is imported). */
    public static List<SeriesInfo> listSeries(List<Path> inputs, IProgressMonitor monitor) throws DicomImportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading DICOM", 1);
        List<SeriesInfo> found = toolkit().listSeries(inputs);
        progress.worked(1);
        return found;
    }

    /** Imports one CT series and the RT Structure Sets on its frame of reference as a new case (not saved). */
    public static Result run(Request request, IProgressMonitor monitor) throws DicomImportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing DICOM", 2);
        if (request.inputs() == null || request.inputs().isEmpty()) {
            throw new DicomImportException(null, "no DICOM files or folders to import");
        }
        if (request.caseId() == null || request.caseId().isBlank()) {
            throw new DicomImportException(null, "the new case needs an identifier");
        }
        DicomToolkit toolkit = toolkit();
        progress.worked(1);
        CaseImport imported = toolkit.importCase(request.inputs(), new ImportOptions(request.caseId(), request.seriesUid(), request.resample()));
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(1);
        return new Result(imported.patientCase(), CaseSummaries.toText(imported.patientCase()), List.copyOf(imported.warnings()));
    }

    /**
     * Saves the imported case into {@code caseDir} (atomically, under the folder's write lock). Without
     * {@code replace} the save is refused if the folder holds a case by then (e.g. a concurrent import).
     * A result once saved without {@code replace} stays a new case: to replace after a refusal, import it again.
     */
    public static void save(Result result, Path caseDir, boolean replace, CaseStore store) throws IOException {
        if (!replace) {
            CaseStore.expectNewFolder(result.patientCase());
        }
        store.save(result.patientCase(), caseDir);
    }

    private static DicomToolkit toolkit() throws DicomImportException {
        try {
            return DicomToolkits.get();
        } catch (IllegalStateException e) {
            throw new DicomImportException(null, e.getMessage(), e);
        }
    }
}
