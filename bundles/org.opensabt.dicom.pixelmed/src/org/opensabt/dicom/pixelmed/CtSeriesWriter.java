package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opensabt.dicom.CtSeriesOptions;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.geometry.GridGeometry;

import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;

/** Writes a CT series slice by slice (PS3.3 A.3 CT Image IOD), HU stored directly (rescale slope 1, intercept 0). */
final class CtSeriesWriter {

    List<Path> write(PatientCase patientCase, ImageSeries geometry, short[] hu, Path folder, CtSeriesOptions options)
            throws DicomExportException, IOException {
        GridGeometry grid = GridGeometry.of(geometry);
        int perSlice = grid.columns() * grid.rows();
        if (hu == null || hu.length != (long) perSlice * grid.slices()) {
            throw new DicomExportException("CT voxels: expected " + (long) perSlice * grid.slices() + " values for " + grid.columns() + "×"
                    + grid.rows() + "×" + grid.slices() + ", got " + (hu == null ? 0 : hu.length));
        }
        String study = options.studyUid() != null ? options.studyUid() : newUid();
        String series = options.seriesUid() != null ? options.seriesUid() : newUid();
        String frame = options.frameOfReferenceUid() != null ? options.frameOfReferenceUid() : newUid();
        Patient p = patientCase.getPatient();
        String date = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        double[] row = grid.rowDirection();
        double[] column = grid.columnDirection();
        short min = Short.MAX_VALUE;
        short max = Short.MIN_VALUE;
        for (short v : hu) {
            min = (short) Math.min(min, v);
            max = (short) Math.max(max, v);
        }
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        try {
            for (int s = 0; s < grid.slices(); s++) {
                String sop = series + "." + (s + 1);
                double[] position = grid.positionMm(0, 0, s);
                Dataset d = new Dataset();
                d.put(0x0008, 0x0008, "CS", "DERIVED", "SECONDARY", "AXIAL");
                d.put(0x0008, 0x0016, "UI", RtExport.CT_IMAGE_STORAGE).put(0x0008, 0x0018, "UI", sop);
                d.put(0x0008, 0x0020, "DA", date).put(0x0008, 0x0030, "TM", "000000").put(0x0008, 0x0050, "SH");
                d.put(0x0008, 0x0060, "CS", "CT").put(0x0008, 0x0070, "LO", "OpenSABT").put(0x0008, 0x0090, "PN");
                d.put(0x0008, 0x103E, "LO", options.seriesDescription());
                d.put(0x0010, 0x0010, "PN", p == null || p.getName() == null ? "" : p.getName());
                d.put(0x0010, 0x0020, "LO", p == null || p.getPatientId() == null ? patientCase.getCaseId() : p.getPatientId());
                d.put(0x0010, 0x0030, "DA").put(0x0010, 0x0040, "CS");
                d.put(0x0018, 0x0050, "DS", Dataset.decimal(grid.spacingMm()[2])).put(0x0018, 0x0060, "DS").put(0x0018, 0x5100, "CS");
                d.put(0x0020, 0x0012, "IS").put(0x0020, 0x0060, "CS"); // acquisition number, laterality: type 2, unknown here
                d.put(0x0020, 0x000D, "UI", study).put(0x0020, 0x000E, "UI", series).put(0x0020, 0x0010, "SH");
                d.put(0x0020, 0x0011, "IS", String.valueOf(options.seriesNumber())).put(0x0020, 0x0013, "IS", String.valueOf(s + 1));
                d.putNumbers(0x0020, 0x0032, "DS", position);
                d.putNumbers(0x0020, 0x0037, "DS", row[0], row[1], row[2], column[0], column[1], column[2]);
                d.put(0x0020, 0x0052, "UI", frame).put(0x0020, 0x1040, "LO");
                d.putNumbers(0x0028, 0x0030, "DS", grid.spacingMm()[1], grid.spacingMm()[0]); // row spacing \ column spacing
                d.put(0x0028, 0x0002, "US", "1").put(0x0028, 0x0004, "CS", "MONOCHROME2");
                d.put(0x0028, 0x0010, "US", String.valueOf(grid.rows())).put(0x0028, 0x0011, "US", String.valueOf(grid.columns()));
                d.put(0x0028, 0x0100, "US", "16").put(0x0028, 0x0101, "US", "16").put(0x0028, 0x0102, "US", "15").put(0x0028, 0x0103, "US", "1");
                d.put(0x0028, 0x1050, "DS", "40").put(0x0028, 0x1051, "DS", "400");
                d.put(0x0028, 0x1052, "DS", "0").put(0x0028, 0x1053, "DS", "1").put(0x0028, 0x1054, "LO", "HU");
                short[] pixels = new short[perSlice];
                System.arraycopy(hu, s * perSlice, pixels, 0, perSlice);
                OtherWordAttribute pixelData = new OtherWordAttribute(TagFromName.PixelData);
                pixelData.setValues(pixels);
                d.list.put(pixelData);
                Path file = folder.resolve(String.format("CT%04d.dcm", s + 1));
                d.write(file, RtExport.CT_IMAGE_STORAGE, sop);
                files.add(file);
            }
        } catch (DicomException e) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            throw new DicomExportException("CT series: " + e.getMessage(), e);
        } catch (IOException e) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            throw e;
        }
        return files;
    }

    /** A new UID under 2.25 (PS3.5 B.2) from a random UUID. */
    static String newUid() {
        UUID u = UUID.randomUUID();
        BigInteger value = new BigInteger(1, java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
        return "2.25." + value;
    }
}
