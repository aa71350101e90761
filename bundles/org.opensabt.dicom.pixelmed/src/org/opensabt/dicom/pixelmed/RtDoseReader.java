package org.opensabt.dicom.pixelmed;

import java.nio.file.Path;

import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.RtDose;
import org.opensabt.dicom.RtDoseGeometry;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;

/**
 * Reads an RT Dose (PS3.3 C.8.8.3): its grid ({@link RtDoseGeometries}) and the dose of every voxel,
 * pixel value × Dose Grid Scaling (3004,000E), in the file's Dose Units (3004,0002): GY or RELATIVE.
 * 16- and 32-bit, unsigned and signed pixels.
 */
final class RtDoseReader {

    static final AttributeTag DoseUnits = new AttributeTag(0x3004, 0x0002);
    static final AttributeTag DoseSummationType = new AttributeTag(0x3004, 0x000A);
    static final AttributeTag DoseGridScaling = new AttributeTag(0x3004, 0x000E);

    RtDose read(Path file) throws DicomImportException {
        AttributeList list = DicomFiles.read(file);
        RtDoseGeometry geometry = RtDoseGeometries.of(list, file);
        double scaling = Attribute.getSingleDoubleValueOrDefault(list, DoseGridScaling, Double.NaN);
        if (!(scaling > 0)) {
            throw new DicomImportException(file, "(3004,000E) DoseGridScaling is missing or not positive");
        }
        int bits = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 0);
        boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
        Attribute pixels = list.get(TagFromName.PixelData);
        if (pixels == null) {
            throw new DicomImportException(file, "(7FE0,0010) PixelData is missing");
        }
        int n = geometry.columns() * geometry.rows() * geometry.frames();
        float[] dose = new float[n];
        try {
            short[] words = pixels.getShortValues();
            if (bits == 16) {
                check(words.length >= n, file, n, words.length);
                for (int i = 0; i < n; i++) {
                    dose[i] = (float) ((signed ? words[i] : words[i] & 0xFFFF) * scaling);
                }
            } else if (bits == 32) {
                check(words.length >= 2 * n, file, n, words.length / 2);
                for (int i = 0; i < n; i++) {
                    long v = (words[2 * i] & 0xFFFFL) | ((words[2 * i + 1] & 0xFFFFL) << 16); // little endian words
                    dose[i] = (float) ((signed ? (int) v : v) * scaling);
                }
            } else {
                throw new DicomImportException(file, "(0028,0100) BitsAllocated " + bits + " is not 16 or 32");
            }
        } catch (DicomException e) {
            throw new DicomImportException(file, "(7FE0,0010) PixelData cannot be read: " + e.getMessage(), e);
        }
        return new RtDose(geometry, dose, Attribute.getSingleStringValueOrEmptyString(list, DoseUnits),
                Attribute.getSingleStringValueOrEmptyString(list, DoseSummationType),
                Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPInstanceUID).strip());
    }

    private static void check(boolean enough, Path file, int expected, int found) throws DicomImportException {
        if (!enough) {
            throw new DicomImportException(file, "(7FE0,0010) PixelData holds " + found + " values, the grid needs " + expected);
        }
    }
}
