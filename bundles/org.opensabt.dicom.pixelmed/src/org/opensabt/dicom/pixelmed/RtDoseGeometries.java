package org.opensabt.dicom.pixelmed;

import java.nio.file.Path;

import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.RtDoseGeometry;
import org.opensabt.model.geometry.Vec3;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;

/** Reads the {@link RtDoseGeometry} of an RT Dose (DICOM PS3.3 C.8.8.3); frames must be evenly spaced. */
final class RtDoseGeometries {

    private RtDoseGeometries() {
    }

    static final AttributeTag GridFrameOffsetVector = new AttributeTag(0x3004, 0x000C);

    static RtDoseGeometry read(Path file) throws DicomImportException {
        return of(DicomFiles.read(file, true), file);
    }

    /** The geometry from an RT Dose's attributes ({@code file} names it in messages). */
    static RtDoseGeometry of(AttributeList list, Path file) throws DicomImportException {
        String modality = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality);
        if (!modality.equals("RTDOSE")) {
            throw new DicomImportException(file, "(0008,0060) Modality is \"" + modality + "\", not RTDOSE");
        }
        double[] position = DicomFiles.requiredDoubles(list, TagFromName.ImagePositionPatient, 3, file);
        double[] orientation = DicomFiles.requiredDoubles(list, TagFromName.ImageOrientationPatient, 6, file);
        double[] pixelSpacing = DicomFiles.requiredDoubles(list, TagFromName.PixelSpacing, 2, file);
        int rows = DicomFiles.requiredPositiveInt(list, TagFromName.Rows, file);
        int columns = DicomFiles.requiredPositiveInt(list, TagFromName.Columns, file);
        int frames = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1);
        double[] row = { orientation[0], orientation[1], orientation[2] };
        double[] column = { orientation[3], orientation[4], orientation[5] };
        double[] normal = Vec3.cross(row, column);
        double sliceSpacing = 1.0;
        if (frames > 1) {
            double[] offsets = DicomFiles.requiredDoubles(list, GridFrameOffsetVector, frames, file);
            double step = offsets[1] - offsets[0];
            for (int i = 1; i < frames; i++) {
                if (Math.abs(offsets[i] - offsets[i - 1] - step) > 1e-3 || step == 0) {
                    throw new DicomImportException(file, DicomFiles.tagName(GridFrameOffsetVector) + " is not evenly spaced (frame " + i + ")");
                }
            }
            sliceSpacing = Math.abs(step);
            if (step < 0) {
                normal = new double[] { -normal[0], -normal[1], -normal[2] };
            }
        }
        // PixelSpacing is (row spacing, column spacing): adjacent rows, then adjacent columns (PS3.3 10.7.1.3)
        return new RtDoseGeometry(position, row, column, normal, new double[] { pixelSpacing[1], pixelSpacing[0], sliceSpacing }, columns, rows,
                frames, Attribute.getSingleStringValueOrEmptyString(list, TagFromName.FrameOfReferenceUID));
    }
}
