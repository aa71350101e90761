package org.opensabt.dose.dicom;

import java.nio.file.Path;
import java.util.List;

import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.RtDoseGeometry;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.ImageSeries;

/**
 * The grid of an RTDOSE file, through the DICOM bundle (an optional dependency: kept in its own
 * class so that the dose command loads without it).
 */
public final class RtDoseGrids {

    private RtDoseGrids() {
    }

    /** The dose values (Gy) of an RTDOSE; RELATIVE doses are refused. */
    public static float[] doseGy(Path file) throws DoseInputException {
        try {
            org.opensabt.dicom.RtDose dose = DicomDoseInputs.toolkit().readRtDose(file);
            if (!dose.doseUnits().equalsIgnoreCase("GY")) {
                throw new DoseInputException(file + ": (3004,0002) DoseUnits is " + dose.doseUnits() + ", not GY: cannot compare with a dose in Gy");
            }
            return dose.dose();
        } catch (DicomImportException e) {
            throw new DoseInputException(e.getMessage(), e);
        }
    }

    public static GridGeometry read(Path file, ImageSeries ct, List<String> notes) throws DoseInputException {
        RtDoseGeometry geometry;
        try {
            geometry = DicomDoseInputs.toolkit().readRtDoseGeometry(file);
        } catch (DicomImportException e) {
            throw new DoseInputException(e.getMessage(), e);
        }
        if (ct != null && ct.getFrameOfReferenceUid() != null && !ct.getFrameOfReferenceUid().equals(geometry.frameOfReferenceUid())) {
            notes.add(file.getFileName() + ": frame of reference " + geometry.frameOfReferenceUid() + " differs from the CT's "
                    + ct.getFrameOfReferenceUid() + "; its grid is used in patient coordinates as given");
        }
        try {
            return new GridGeometry(geometry.originMm(), geometry.rowDirection(), geometry.columnDirection(), geometry.sliceDirection(),
                    geometry.spacingMm(), geometry.columns(), geometry.rows(), geometry.frames());
        } catch (IllegalArgumentException e) {
            throw new DoseInputException(file + ": " + e.getMessage(), e);
        }
    }
}
