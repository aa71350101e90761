package org.opensabt.dicom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.StructureSet;

/**
 * The DICOM toolkit behind OpenSABT's import, export and network commands, registered as an OSGi
 * service. OpenSABT ships one on PixelMed (bundle {@code org.opensabt.dicom.pixelmed}); a centre can
 * install another (dcm4che, say) and the commands use whichever {@link DicomToolkits#get()} finds.
 * Errors name the file and, where one is at fault, the attribute.
 */
public interface DicomToolkit {

    /** Short name for messages, e.g. "PixelMed". */
    String name();

    /** Every series in the files and folder trees given (folders are walked; hidden entries skipped). */
    List<SeriesInfo> listSeries(List<Path> inputs) throws DicomImportException;

    /** One CT series with the RT Structure Sets on its frame of reference, as a new case (not saved). */
    CaseImport importCase(List<Path> inputs, ImportOptions options) throws DicomImportException;

    /** The structures of an RT Structure Set file; warnings are added to {@code warnings}. */
    StructureSet readStructureSet(Path file, List<String> warnings) throws DicomImportException;

    /** A brachytherapy RT Plan (external-beam plans are refused). */
    BrachyPlan readBrachyPlan(Path file) throws DicomImportException;

    /** An RT Dose with its values. */
    RtDose readRtDose(Path file) throws DicomImportException;

    /** Only the grid of an RT Dose (the pixels are not read). */
    RtDoseGeometry readRtDoseGeometry(Path file) throws DicomImportException;

    /** An exporter of the case as it is (no de-identification). */
    default RtExporter exporter(PatientCase patientCase) {
        return exporter(patientCase, null);
    }

    /**
     * An exporter for the case; with a {@link Deidentification}, every object is de-identified per DICOM PS3.15
     * Annex E as it describes (null: the case as it is).
     */
    RtExporter exporter(PatientCase patientCase, Deidentification deidentification);

    /**
     * Writes a CT series (one CT Image Storage file per slice, HU stored as signed 16-bit with rescale 1/0)
     * with the geometry and patient of {@code geometry} and the voxels {@code hu} (column fastest, then
     * row, then slice). Each file is written atomically; returns the files in slice order.
     */
    List<Path> writeCtSeries(PatientCase patientCase, ImageSeries geometry, short[] hu, Path folder, CtSeriesOptions options)
            throws DicomExportException, IOException;

    /** Starts a C-STORE / C-ECHO SCP; close it to stop. */
    StorageReceiver receive(StorageReceiver.Settings settings, StorageReceiver.Listener listener) throws IOException;
}
