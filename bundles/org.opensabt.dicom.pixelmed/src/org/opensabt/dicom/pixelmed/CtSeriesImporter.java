package org.opensabt.dicom.pixelmed;

import static org.opensabt.model.geometry.Vec3.cross;
import static org.opensabt.model.geometry.Vec3.dot;
import static org.opensabt.model.geometry.Vec3.norm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.dicom.DicomImportException;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;

/**
 * Builds an {@link ImageSeries} (voxels in HU) from the single-frame axial CT images of one series:
 * checks each image on its own first ({@link ImportChecks#checkCtImage}: size limits, pixel format,
 * spacing, orientation, rescale), refuses a one-image series, checks that every slice has the same
 * geometry (DICOM PS3.3 C.7.6.2 Image Plane module), orders the slices along the plane normal, and
 * refuses duplicated slices. Missing slices, uneven spacing and gantry tilt (slices shifted within their
 * plane) are refused too, naming the file, unless the caller asks for resampling: then the series is
 * interpolated onto a regular grid and each finding becomes a warning.
 */
final class CtSeriesImporter {

    /** A gap larger than this many times the regular slice spacing means a slice is missing. */
    static final double MISSING_SLICE_FACTOR = 1.5;
    private static final double POSITION_TOLERANCE_MM = 0.05;
    private static final AttributeTag GantryDetectorTilt = new AttributeTag(0x0018, 0x1120);
    static final AttributeTag LossyImageCompression = new AttributeTag(0x0028, 0x2110);
    static final AttributeTag LossyImageCompressionRatio = new AttributeTag(0x0028, 0x2112);
    static final AttributeTag LossyImageCompressionMethod = new AttributeTag(0x0028, 0x2114);

    record Slice(Path file, AttributeList attributes, double[] position, double along) {
    }

    private final PixelReader pixels = new PixelReader();
    /** Images of the series being imported whose decoded values are not the original ones, and why (lossy compression). */
    private final Map<Path, String> lossy = new HashMap<>();

    /** Imports the given files, which must all belong to one CT series; see the class comment for {@code resample}. */
    ImageSeries importSeries(List<Path> files, List<AttributeList> lists, boolean resample, List<String> warnings) throws DicomImportException {
        if (files.isEmpty()) {
            throw new DicomImportException(null, "no CT images given");
        }
        lossy.clear();
        // each image on its own first, so that a message names the file at fault (not the first of the series)
        for (int i = 0; i < files.size(); i++) {
            ImportChecks.checkCtImage(files.get(i), lists.get(i));
        }
        // then the geometry shared by the series: the most common one is the reference, a file that differs is named
        int reference = majority(lists);
        Path firstFile = files.get(reference);
        AttributeList first = lists.get(reference);
        double[] orientation = DicomFiles.requiredDoubles(first, TagFromName.ImageOrientationPatient, 6, firstFile);
        double[] rowDir = { orientation[0], orientation[1], orientation[2] };
        double[] colDir = { orientation[3], orientation[4], orientation[5] };
        double[] normal = cross(rowDir, colDir);
        if (Math.abs(norm(rowDir) - 1) > 1e-3 || Math.abs(norm(colDir) - 1) > 1e-3 || Math.abs(norm(normal) - 1) > 1e-3) {
            throw new DicomImportException(firstFile, "(0020,0037) ImageOrientationPatient is not two orthogonal unit vectors");
        }
        int rows = DicomFiles.requiredPositiveInt(first, TagFromName.Rows, firstFile);
        int columns = DicomFiles.requiredPositiveInt(first, TagFromName.Columns, firstFile);
        double[] pixelSpacing = DicomFiles.requiredDoubles(first, TagFromName.PixelSpacing, 2, firstFile);
        String seriesUid = DicomFiles.requiredString(first, TagFromName.SeriesInstanceUID, firstFile);

        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            AttributeList list = lists.get(i);
            double[] o = DicomFiles.requiredDoubles(list, TagFromName.ImageOrientationPatient, 6, file);
            for (int k = 0; k < 6; k++) {
                if (Math.abs(o[k] - orientation[k]) > 1e-4) {
                    throw new DicomImportException(file, "(0020,0037) ImageOrientationPatient is " + ImportChecks.raw(list, TagFromName.ImageOrientationPatient)
                            + ", unlike the series' " + ImportChecks.raw(first, TagFromName.ImageOrientationPatient) + " (" + firstFile.getFileName() + ")");
                }
            }
            int r = DicomFiles.requiredPositiveInt(list, TagFromName.Rows, file);
            int c = DicomFiles.requiredPositiveInt(list, TagFromName.Columns, file);
            if (r != rows || c != columns) {
                throw new DicomImportException(file, "(0028,0011) Columns × (0028,0010) Rows is " + c + " × " + r + ", unlike the series' " + columns + " × "
                        + rows + " (" + firstFile.getFileName() + ")");
            }
            double[] ps = DicomFiles.requiredDoubles(list, TagFromName.PixelSpacing, 2, file);
            if (Math.abs(ps[0] - pixelSpacing[0]) > 1e-4 || Math.abs(ps[1] - pixelSpacing[1]) > 1e-4) {
                throw new DicomImportException(file, "(0028,0030) PixelSpacing is " + ImportChecks.raw(list, TagFromName.PixelSpacing) + ", unlike the series' "
                        + ImportChecks.raw(first, TagFromName.PixelSpacing) + " (" + firstFile.getFileName() + ")");
            }
            double[] position = DicomFiles.requiredDoubles(list, TagFromName.ImagePositionPatient, 3, file);
            slices.add(new Slice(file, list, position, dot(position, normal)));
        }
        if (slices.size() < 2) {
            throw new DicomImportException(firstFile, "the CT series " + seriesUid + " has only one image; a planning volume needs at least 2 slices"
                    + " (are the other files of the series missing from the input?)");
        }
        slices.sort(Comparator.comparingDouble(Slice::along));

        List<String> irregularities = new ArrayList<>();
        double sliceSpacing = checkSliceSpacing(slices, rowDir, colDir, irregularities);
        if (!irregularities.isEmpty() && !resample) {
            throw new DicomImportException(null, String.join("; ", irregularities.subList(0, Math.min(3, irregularities.size())))
                    + (irregularities.size() > 3 ? " (and " + (irregularities.size() - 3) + " more finding(s))" : "")
                    + "; import with --resample to interpolate onto a regular grid");
        }
        int outputSlices = slices.size();
        if (!irregularities.isEmpty()) {
            long regular = Math.round((slices.get(slices.size() - 1).along() - slices.get(0).along()) / sliceSpacing) + 1;
            ImportChecks.checkVolumeSize(columns, rows, regular); // one slice far away from the others would make a huge grid
            outputSlices = (int) Math.round((slices.get(slices.size() - 1).along() - slices.get(0).along()) / sliceSpacing) + 1;
            for (String finding : irregularities) {
                warnings.add("resampled: " + finding);
            }
            warnings.add(String.format(Locale.ROOT, "resampled %d slices onto %d regular slices %.3f mm apart along the slice normal"
                    + " (bilinear in plane, linear between slices; voxels outside every slice set to -1024 HU)", slices.size(), outputSlices, sliceSpacing));
        }
        ImageSeries series = ModelFactory.eINSTANCE.createImageSeries();
        series.setSeriesInstanceUid(seriesUid);
        series.setModality(Attribute.getSingleStringValueOrEmptyString(first, TagFromName.Modality).strip());
        series.setFrameOfReferenceUid(emptyToNull(Attribute.getSingleStringValueOrEmptyString(first, TagFromName.FrameOfReferenceUID)));
        series.setDescription(emptyToNull(Attribute.getSingleStringValueOrEmptyString(first, TagFromName.SeriesDescription)));
        for (double v : slices.get(0).position()) {
            series.getOriginMm().add(v);
        }
        // PixelSpacing is (row spacing, column spacing): adjacent rows, then adjacent columns (PS3.3 10.7.1.3)
        series.getSpacingMm().add(pixelSpacing[1]);
        series.getSpacingMm().add(pixelSpacing[0]);
        series.getSpacingMm().add(sliceSpacing);
        for (int k = 0; k < 3; k++) {
            series.getRowDirection().add(rowDir[k]);
            series.getColumnDirection().add(colDir[k]);
            series.getSliceDirection().add(normal[k]);
        }
        series.setColumns(columns);
        series.setRows(rows);
        series.setSlices(outputSlices);
        series.setVoxelUnit("HU");

        ImportChecks.checkVolumeSize(columns, rows, outputSlices);
        int perSlice = columns * rows;
        if (outputSlices == slices.size() && irregularities.isEmpty()) {
            short[] voxels = new short[Math.multiplyExact(perSlice, slices.size())];
            for (int z = 0; z < slices.size(); z++) {
                Slice s = slices.get(z);
                series.getSopInstanceUids().add(DicomFiles.requiredString(s.attributes(), TagFromName.SOPInstanceUID, s.file()));
                readHounsfield(s, perSlice, voxels, z * perSlice);
            }
            series.setVoxels(voxels);
        } else {
            // the resampled planes are no source images: no SOP Instance UIDs are listed for them
            series.setVoxels(resample(slices, rowDir, colDir, pixelSpacing[1], pixelSpacing[0], columns, rows, sliceSpacing, outputSlices));
        }
        lossyWarning(slices, seriesUid, warnings);
        return series;
    }

    /**
     * One warning when images of the series were lossy-compressed (PS3.3 C.7.6.1.1.5): by their transfer syntax
     * (as decoded) or, whatever the syntax now, by (0028,2110) LossyImageCompression 01 with its ratio and method.
     */
    private void lossyWarning(List<Slice> slices, String seriesUid, List<String> warnings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, double[]> ratios = new HashMap<>(); // reason -> {min, max} of (0028,2112)
        for (Slice s : slices) {
            String reason = lossy.get(s.file());
            if (Attribute.getSingleStringValueOrEmptyString(s.attributes(), LossyImageCompression).strip().equals("01")) {
                String syntax = CompressedPixels.syntax(s.attributes());
                if (reason == null) {
                    reason = "(0028,2110) LossyImageCompression 01, now stored as "
                            + (CompressedPixels.handles(syntax) ? CompressedPixels.describe(syntax) : "transfer syntax " + syntax);
                }
                String method = ImportChecks.raw(s.attributes(), LossyImageCompressionMethod);
                reason += method.equals("empty") ? "" : ", method " + method;
                double[] ratio = Attribute.getDoubleValues(s.attributes(), LossyImageCompressionRatio);
                if (ratio != null && ratio.length > 0) {
                    double r = ratio[ratio.length - 1]; // one value per lossy step; the last is the latest
                    ratios.merge(reason, new double[] { r, r }, (a, b) -> new double[] { Math.min(a[0], b[0]), Math.max(a[1], b[1]) });
                }
            }
            if (reason != null) {
                counts.merge(reason, 1, Integer::sum);
            }
        }
        if (!counts.isEmpty()) {
            StringBuilder text = new StringBuilder("lossy-compressed images: the HU values of CT series " + seriesUid + " are not the scanner's (");
            String sep = "";
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                text.append(sep).append(e.getValue()).append(" of ").append(slices.size()).append(" images: ").append(e.getKey());
                double[] r = ratios.get(e.getKey());
                if (r != null) {
                    text.append(r[0] == r[1] ? String.format(Locale.ROOT, ", compression ratio %.3g", r[0])
                            : String.format(Locale.ROOT, ", compression ratio %.3g to %.3g", r[0], r[1]));
                }
                sep = "; ";
            }
            warnings.add(text.append("); check them before planning").toString());
        }
    }

    /**
     * Regular grid on the first slice's plane and in-plane axes, {@code spacing} apart along the normal.
     * Each output plane lies between two source slices: both are sampled bilinearly at the output
     * voxel's in-plane position (source slices may be shifted in plane: gantry tilt) and the two values
     * are interpolated linearly along the normal.
     */
    private short[] resample(List<Slice> slices, double[] rowDir, double[] colDir, double dx, double dy, int columns, int rows, double spacing,
            int outputSlices) throws DicomImportException {
        int perSlice = columns * rows;
        short[][] source = new short[slices.size()][];
        double[] shiftU = new double[slices.size()];
        double[] shiftV = new double[slices.size()];
        double[] origin = slices.get(0).position();
        for (int i = 0; i < slices.size(); i++) {
            Slice s = slices.get(i);
            source[i] = new short[perSlice];
            readHounsfield(s, perSlice, source[i], 0);
            double[] d = { origin[0] - s.position()[0], origin[1] - s.position()[1], origin[2] - s.position()[2] };
            shiftU[i] = dot(d, rowDir) / dx;
            shiftV[i] = dot(d, colDir) / dy;
        }
        short[] out = new short[Math.multiplyExact(perSlice, outputSlices)];
        int below = 0;
        double first = slices.get(0).along();
        for (int k = 0; k < outputSlices; k++) {
            double along = first + k * spacing;
            while (below < slices.size() - 2 && slices.get(below + 1).along() <= along) {
                below++;
            }
            double span = slices.get(below + 1).along() - slices.get(below).along();
            double w = Math.max(0, Math.min(1, (along - slices.get(below).along()) / span));
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    double a = bilinear(source[below], columns, rows, c + shiftU[below], r + shiftV[below]);
                    double b = bilinear(source[below + 1], columns, rows, c + shiftU[below + 1], r + shiftV[below + 1]);
                    out[k * perSlice + r * columns + c] = (short) Math.round(a + w * (b - a));
                }
            }
        }
        return out;
    }

    private static double bilinear(short[] plane, int columns, int rows, double u, double v) {
        if (u < -1e-3 || v < -1e-3 || u > columns - 1 + 1e-3 || v > rows - 1 + 1e-3) { // 1e-3 pixel: DS rounding of positions
            return -1024;
        }
        int c0 = Math.min((int) Math.floor(Math.max(0, u)), columns - 1);
        int r0 = Math.min((int) Math.floor(Math.max(0, v)), rows - 1);
        int c1 = Math.min(c0 + 1, columns - 1);
        int r1 = Math.min(r0 + 1, rows - 1);
        double fu = Math.max(0, u - c0);
        double fv = Math.max(0, v - r0);
        double top = plane[r0 * columns + c0] + fu * (plane[r0 * columns + c1] - plane[r0 * columns + c0]);
        double bottom = plane[r1 * columns + c0] + fu * (plane[r1 * columns + c1] - plane[r1 * columns + c0]);
        return top + fv * (bottom - top);
    }

    /**
     * The regular slice spacing (median gap along the normal). Duplicates are an error; missing slices,
     * uneven gaps and in-plane shifts are added to {@code findings}, each naming the file.
     */
    private static double checkSliceSpacing(List<Slice> slices, double[] rowDir, double[] colDir, List<String> findings) throws DicomImportException {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < slices.size(); i++) {
            Slice a = slices.get(i - 1);
            Slice b = slices.get(i);
            double gap = b.along() - a.along();
            if (gap < POSITION_TOLERANCE_MM) {
                throw new DicomImportException(b.file(), String.format(Locale.ROOT,
                        "duplicate slice: same position (%.2f mm along the normal) as %s", b.along(), a.file().getFileName()));
            }
            double[] d = { b.position()[0] - slices.get(0).position()[0], b.position()[1] - slices.get(0).position()[1],
                    b.position()[2] - slices.get(0).position()[2] };
            if (Math.abs(dot(d, rowDir)) > POSITION_TOLERANCE_MM || Math.abs(dot(d, colDir)) > POSITION_TOLERANCE_MM) {
                double tilt = Attribute.getSingleDoubleValueOrDefault(b.attributes(), GantryDetectorTilt, 0);
                findings.add(String.format(Locale.ROOT, "%s: (0020,0032) ImagePositionPatient is shifted %.2f mm within the image plane relative to %s (%s)",
                        b.file(), Math.hypot(dot(d, rowDir), dot(d, colDir)), slices.get(0).file().getFileName(),
                        tilt != 0 ? String.format(Locale.ROOT, "gantry tilt %.1f° in (0018,1120)", tilt) : "tilted gantry or non-stacked series"));
            }
            gaps.add(gap);
        }
        List<Double> sorted = new ArrayList<>(gaps);
        sorted.sort(null);
        double regular = sorted.get(sorted.size() / 2);
        for (int i = 0; i < gaps.size(); i++) {
            if (gaps.get(i) > MISSING_SLICE_FACTOR * regular) {
                findings.add(String.format(Locale.ROOT, "%s: missing slice(s): gap of %.2f mm after %s (regular spacing %.2f mm)",
                        slices.get(i + 1).file(), gaps.get(i), slices.get(i).file().getFileName(), regular));
            } else if (Math.abs(gaps.get(i) - regular) > Math.max(0.01, 0.02 * regular)) {
                findings.add(String.format(Locale.ROOT, "%s: irregular slice spacing: %.3f mm after %s, elsewhere %.3f mm",
                        slices.get(i + 1).file(), gaps.get(i), slices.get(i).file().getFileName(), regular));
            }
        }
        return regular;
    }

    /**
     * Stored values of one slice converted to HU (PS3.3 C.11.1.1.2 Modality LUT: HU = SV · slope + intercept).
     * The values come straight from the file when its pixel data is plain little-endian words at its end
     * (see {@link PixelReader}); otherwise PixelMed reads the whole file.
     */
    private void readHounsfield(Slice s, int count, short[] target, int offset) throws DicomImportException {
        AttributeList list = s.attributes();
        int bitsAllocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 0);
        int samples = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1);
        String syntax = CompressedPixels.syntax(list);
        if ((bitsAllocated != 16 && !(bitsAllocated == 8 && ImportChecks.eightBitJpeg(syntax))) || samples != 1) {
            throw new DicomImportException(s.file(), "unsupported pixel data (BitsAllocated " + bitsAllocated + ", SamplesPerPixel "
                    + samples + "): uncompressed 16-bit greyscale CT is required");
        }
        boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
        int bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, 16);
        double slope = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleSlope, 1.0);
        double intercept = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleIntercept, 0.0);
        short[] raw;
        try {
            if (CompressedPixels.handles(syntax)) {
                int columns = DicomFiles.requiredPositiveInt(list, TagFromName.Columns, s.file());
                CompressedPixels.Decoded decoded = CompressedPixels.decode(s.file(), syntax, columns, count / columns);
                if (decoded.lossy() != null) {
                    lossy.put(s.file(), decoded.lossy());
                }
                raw = decoded.values();
            } else {
                raw = pixels.read(s.file(), list, count);
                if (raw == null) {
                    raw = readWithPixelMed(s, count);
                }
            }
        } catch (RuntimeException e) {
            throw new DicomImportException(s.file(), "cannot read the pixel data (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " ")) + ")", e);
        }
        int shift = 32 - bitsStored;
        for (int i = 0; i < count; i++) {
            int stored = signed ? (raw[i] << shift) >> shift : raw[i] & ((1 << bitsStored) - 1);
            long hu = Math.round(stored * slope + intercept);
            if (hu < Short.MIN_VALUE || hu > Short.MAX_VALUE) {
                throw new DicomImportException(s.file(), "pixel value " + hu + " HU is outside the int16 range");
            }
            target[offset + i] = (short) hu;
        }
    }

    private static short[] readWithPixelMed(Slice s, int count) throws DicomImportException {
        AttributeList list = s.attributes().getPixelData() != null ? s.attributes() : DicomFiles.read(s.file());
        Attribute pixelData = list.getPixelData();
        if (pixelData == null) {
            throw new DicomImportException(s.file(), "(7FE0,0010) PixelData is missing");
        }
        if (!(pixelData instanceof OtherWordAttribute)) {
            throw new DicomImportException(s.file(), "unsupported pixel data (" + pixelData.getClass().getSimpleName()
                    + "): uncompressed 16-bit greyscale CT is required");
        }
        short[] raw;
        try {
            raw = pixelData.getShortValues();
        } catch (Exception e) {
            throw new DicomImportException(s.file(), "(7FE0,0010) PixelData cannot be read: " + e.getMessage(), e);
        }
        if (raw == null || raw.length != count) {
            throw new DicomImportException(s.file(), "(7FE0,0010) PixelData holds " + (raw == null ? 0 : raw.length)
                    + " values, but Rows × Columns is " + count + " (truncated file or wrong image size?)");
        }
        return raw;
    }

    /** Index of a file whose size, spacing and orientation most files of the series share. */
    private static int majority(List<AttributeList> lists) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int best = 0, bestCount = 0;
        for (int i = 0; i < lists.size(); i++) {
            AttributeList l = lists.get(i);
            String key = ImportChecks.raw(l, TagFromName.Rows) + "|" + ImportChecks.raw(l, TagFromName.Columns) + "|"
                    + ImportChecks.raw(l, TagFromName.PixelSpacing) + "|" + ImportChecks.raw(l, TagFromName.ImageOrientationPatient);
            int n = counts.merge(key, 1, Integer::sum);
            if (n > bestCount) {
                best = i;
                bestCount = n;
            }
        }
        return best;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
