package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.opensabt.dicom.BrachyPlan;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.CtSeriesOptions;
import org.opensabt.dicom.Deidentification;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.DicomToolkit;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.dicom.RtDose;
import org.opensabt.dicom.RtDoseGeometry;
import org.opensabt.dicom.RtExporter;
import org.opensabt.dicom.SeriesInfo;
import org.opensabt.dicom.StorageReceiver;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.StructureSet;

/** The {@link DicomToolkit} on PixelMed (Debian's libpixelmed-java), registered by Declarative Services. */
public final class PixelMedToolkit implements DicomToolkit {

    @Override
    public String name() {
        return "PixelMed";
    }

    @Override
    public List<SeriesInfo> listSeries(List<Path> inputs) throws DicomImportException {
        try {
            return new DicomCaseImporter().listSeries(inputs);
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    @Override
    public CaseImport importCase(List<Path> inputs, ImportOptions options) throws DicomImportException {
        try {
            return new DicomCaseImporter().importCase(inputs, options);
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    @Override
    public StructureSet readStructureSet(Path file, List<String> warnings) throws DicomImportException {
        try {
            return new RtStructImporter().importStructureSet(file, DicomFiles.read(file), warnings);
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    /**
     * Input the checks did not foresee must still end as one line (exit 1), not as an internal error:
     * the file-level readers name their file; this last guard names the failure.
     */
    private static DicomImportException unexpected(RuntimeException e) {
        return new DicomImportException(null, "the input could not be imported (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " ")) + ")", e);
    }

    @Override
    public BrachyPlan readBrachyPlan(Path file) throws DicomImportException {
        return new BrachyPlanReader().read(file);
    }

    @Override
    public RtDose readRtDose(Path file) throws DicomImportException {
        return new RtDoseReader().read(file);
    }

    @Override
    public RtDoseGeometry readRtDoseGeometry(Path file) throws DicomImportException {
        return RtDoseGeometries.read(file);
    }

    @Override
    public RtExporter exporter(PatientCase patientCase, Deidentification deidentification) {
        return new RtExport(patientCase, deidentification);
    }

    @Override
    public List<Path> writeCtSeries(PatientCase patientCase, ImageSeries geometry, short[] hu, Path folder, CtSeriesOptions options)
            throws DicomExportException, IOException {
        return new CtSeriesWriter().write(patientCase, geometry, hu, folder, options);
    }

    @Override
    public StorageReceiver receive(StorageReceiver.Settings settings, StorageReceiver.Listener listener) throws IOException {
        return new DicomScp(settings, listener);
    }
}
