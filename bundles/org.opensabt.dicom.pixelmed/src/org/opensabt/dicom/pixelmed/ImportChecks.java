package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.opensabt.dicom.DicomImportException;
import org.opensabt.model.Contour;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.geometry.Vec3;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;

/**
 * Validation of import input before anything is allocated or stored: each CT image's own attributes
 * (one line naming the file, the attribute and its value), the size limits, and the structures of an RT
 * Structure Set against the CT they are placed on (warnings where the data stays usable).
 */
final class ImportChecks {

    /** Largest image (Rows × Columns) accepted; {@code -Dopensabt.import.maxSliceVoxels=N} raises it. */
    static final long MAX_SLICE_VOXELS = Long.getLong("opensabt.import.maxSliceVoxels", 1024L * 1024);
    /** Largest CT volume in bytes (int16 voxels); {@code -Dopensabt.import.maxVolumeBytes=N} changes it (Java arrays end at 2^31). */
    static final long MAX_VOLUME_BYTES = Math.min(Long.getLong("opensabt.import.maxVolumeBytes", 1L << 31), 2L * (Integer.MAX_VALUE - 8));
    /** Largest deviation of an axial image's direction cosines from ±x (rows) and ±y (columns), about 0.6°. */
    static final double AXIAL_TOLERANCE = 0.01;
    /**
     * How far a contour may reach beyond the CT's outer voxel edges before it counts as partly outside: a body
     * contour traced along the image border ends on the edge, give or take the rounding of DS coordinates and spacing.
     */
    static final double OUTSIDE_TOLERANCE_MM = 0.5;
    /** A contour farther than this from every CT slice plane is "not on a slice". */
    static final double PLANE_TOLERANCE_MM = 0.05;

    private ImportChecks() {
    }

    /**
     * Checks one CT image's Image Pixel (PS3.3 C.7.6.3), Image Plane (C.7.6.2) and CT Image (C.8.2.1)
     * attributes on their own, so that the message names the file at fault rather than the first of the series.
     */
    static void checkCtImage(Path file, AttributeList list) throws DicomImportException {
        int rows = positiveUs(file, list, TagFromName.Rows);
        int columns = positiveUs(file, list, TagFromName.Columns);
        if ((long) rows * columns > MAX_SLICE_VOXELS) {
            throw new DicomImportException(file, String.format(Locale.ROOT,
                    "(0028,0010) Rows × (0028,0011) Columns is %d × %d, more than the %d voxels per image accepted"
                            + " (-Dopensabt.import.maxSliceVoxels to raise it)", rows, columns, MAX_SLICE_VOXELS));
        }
        String frames = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.NumberOfFrames).strip();
        if (!frames.isEmpty() && !frames.equals("1")) {
            throw new DicomImportException(file, "(0028,0008) NumberOfFrames is " + frames + "; only single-frame CT images (CT Image Storage) are supported");
        }
        String syntax = CompressedPixels.syntax(list);
        checkTransferSyntax(file, list, syntax);
        int bitsAllocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 0);
        if (bitsAllocated != 16 && !(bitsAllocated == 8 && eightBitJpeg(syntax))) {
            throw new DicomImportException(file, "(0028,0100) BitsAllocated is " + (bitsAllocated == 0 ? "missing" : bitsAllocated)
                    + "; uncompressed 16-bit greyscale CT is required");
        }
        int bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, 16);
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw new DicomImportException(file, "(0028,0101) BitsStored is " + bitsStored + "; it must be 1 to BitsAllocated (" + bitsAllocated + ")");
        }
        int samples = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1);
        String photometric = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PhotometricInterpretation).strip();
        if (samples != 1 || !(photometric.isEmpty() || photometric.equals("MONOCHROME2") || photometric.equals("MONOCHROME1"))) {
            throw new DicomImportException(file, "(0028,0004) PhotometricInterpretation is '" + photometric + "' with (0028,0002) SamplesPerPixel "
                    + samples + "; CT must be greyscale (MONOCHROME2, PS3.3 C.8.2.1.1.1)");
        }
        double[] spacing = numbers(file, list, TagFromName.PixelSpacing, 2, "two positive numbers (mm)");
        if (!(spacing[0] > 0) || !(spacing[1] > 0)) {
            throw new DicomImportException(file, "(0028,0030) PixelSpacing is " + raw(list, TagFromName.PixelSpacing)
                    + "; it must be two positive numbers (mm)");
        }
        double[] o = numbers(file, list, TagFromName.ImageOrientationPatient, 6, "six direction cosines");
        if (!axial(o)) {
            throw new DicomImportException(file, "only axial CT series are supported; the series' (0020,0037) ImageOrientationPatient is "
                    + raw(list, TagFromName.ImageOrientationPatient) + " (" + plane(o) + "), not ±1\\0\\0\\0\\±1\\0");
        }
        numbers(file, list, TagFromName.ImagePositionPatient, 3, "three coordinates (mm)");
        // Modality LUT (PS3.3 C.11.1.1.2): HU = stored value × slope + intercept; a slope of 0 makes every voxel the intercept
        if (list.get(TagFromName.RescaleSlope) != null) {
            double slope = numbers(file, list, TagFromName.RescaleSlope, 1, "a non-zero number")[0];
            if (slope == 0) {
                throw new DicomImportException(file, "(0028,1053) RescaleSlope is " + raw(list, TagFromName.RescaleSlope)
                        + "; it must be a non-zero number (every voxel would have the same HU)");
            }
        }
        if (list.get(TagFromName.RescaleIntercept) != null) {
            numbers(file, list, TagFromName.RescaleIntercept, 1, "a number (HU)");
        }
        // the pixels must fit in the file: a header claiming a huge image is refused before anything is allocated
        // (compressed pixel data is smaller: its decoder checks the decoded size against Rows × Columns)
        long pixelBytes = (long) rows * columns * (bitsAllocated / 8);
        if (CompressedPixels.encapsulated(syntax)) {
            return;
        }
        try {
            long size = Files.size(file);
            if (size < pixelBytes) {
                throw new DicomImportException(file, String.format(Locale.ROOT, "(0028,0010) Rows × (0028,0011) Columns is %d × %d (%d bytes of pixels),"
                        + " but the file holds only %d bytes (truncated file or wrong image size?)", rows, columns, pixelBytes, size));
            }
        } catch (IOException e) {
            throw new DicomImportException(file, "cannot read the file size: " + e.getMessage(), e);
        }
    }

    /** JPEG baseline and 8-bit extended images are 8 bits allocated (PS3.5 8.2.1); their stored values fit the 16-bit volume. */
    static boolean eightBitJpeg(String syntax) {
        return syntax.equals(CompressedPixels.JPEG_BASELINE) || syntax.equals(CompressedPixels.JPEG_EXTENDED);
    }

    /**
     * Compressed pixel data is read in the syntaxes {@link CompressedPixels} decodes and in RLE (PixelMed's own
     * decoder); anything else is refused before any pixel is read, naming the syntax.
     */
    private static void checkTransferSyntax(Path file, AttributeList list, String syntax) throws DicomImportException {
        if (!CompressedPixels.encapsulated(syntax) || CompressedPixels.handles(syntax) && !syntax.equals(CompressedPixels.JPEG_EXTENDED)
                || syntax.equals(RLE_LOSSLESS)) {
            return;
        }
        int bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, 0);
        if (syntax.equals(CompressedPixels.JPEG_EXTENDED)) {
            if (bitsStored <= 8) {
                return;
            }
            throw new DicomImportException(file, "(0002,0010) TransferSyntaxUID is " + CompressedPixels.describe(syntax) + " with " + bitsStored
                    + "-bit samples ((0028,0101) BitsStored): no 12-bit lossy JPEG decoder is available (the JDK's reads 8 bits); "
                    + "convert the series (e.g. dcmdjpeg) before importing");
        }
        throw new DicomImportException(file, "(0002,0010) TransferSyntaxUID is " + syntax + ": compressed CT is read as JPEG lossless (.57, .70),"
                + " JPEG baseline/extended 8-bit (.50, .51), JPEG-LS (.80, .81), JPEG 2000 (.90, .91) or RLE (1.2.840.10008.1.2.5) only;"
                + " convert the series (e.g. dcmdjpeg, dcmdjpls) before importing");
    }

    static final String RLE_LOSSLESS = "1.2.840.10008.1.2.5";

    /** True when rows run along ±x and columns along ±y (head/feet first, supine/prone). */
    static boolean axial(double[] o) {
        return Math.abs(Math.abs(o[0]) - 1) <= AXIAL_TOLERANCE && Math.abs(o[1]) <= AXIAL_TOLERANCE && Math.abs(o[2]) <= AXIAL_TOLERANCE
                && Math.abs(o[3]) <= AXIAL_TOLERANCE && Math.abs(Math.abs(o[4]) - 1) <= AXIAL_TOLERANCE && Math.abs(o[5]) <= AXIAL_TOLERANCE;
    }

    private static String plane(double[] o) {
        double[] n = Vec3.cross(new double[] { o[0], o[1], o[2] }, new double[] { o[3], o[4], o[5] });
        double ax = Math.abs(n[0]), ay = Math.abs(n[1]), az = Math.abs(n[2]);
        if (ax > 0.99) {
            return "sagittal";
        }
        if (ay > 0.99) {
            return "coronal";
        }
        if (az > 0.99) {
            return "axial, rotated in plane";
        }
        return "oblique";
    }

    static void checkVolumeSize(int columns, int rows, long slices) throws DicomImportException {
        double bytes = 2.0 * columns * rows * slices; // double: a slice kilometres away must not overflow the product
        if (bytes > MAX_VOLUME_BYTES) {
            throw new DicomImportException(null, String.format(Locale.ROOT, "the CT volume would be %d × %d × %d voxels (%.1f GiB), more than the %.1f GiB"
                    + " accepted (-Dopensabt.import.maxVolumeBytes to change it)", columns, rows, slices, bytes / 1073741824.0, MAX_VOLUME_BYTES / 1073741824.0));
        }
    }

    private static int positiveUs(Path file, AttributeList list, AttributeTag tag) throws DicomImportException {
        int value = Attribute.getSingleIntegerValueOrDefault(list, tag, -1);
        if (value <= 0) {
            throw new DicomImportException(file, DicomFiles.tagName(tag) + " is " + (value < 0 ? "missing" : "0") + "; it must be a positive number");
        }
        return value;
    }

    /** The attribute's values as written (PixelMed reads an unparsable DS as 0, which must not pass as a value). */
    static double[] numbers(Path file, AttributeList list, AttributeTag tag, int count, String expected) throws DicomImportException {
        Attribute a = list.get(tag);
        String[] text = null;
        try {
            text = a == null ? null : a.getStringValues();
        } catch (Exception e) {
            // handled as missing below
        }
        if (text == null || text.length == 0) {
            throw new DicomImportException(file, DicomFiles.tagName(tag) + " is missing; it must be " + expected);
        }
        if (text.length != count) {
            throw new DicomImportException(file, DicomFiles.tagName(tag) + " is " + raw(list, tag) + " (" + text.length + " value(s)); it must be " + expected);
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                values[i] = Double.parseDouble(text[i].strip());
            } catch (NumberFormatException e) {
                values[i] = Double.NaN;
            }
            if (!Double.isFinite(values[i])) {
                throw new DicomImportException(file, DicomFiles.tagName(tag) + " is " + raw(list, tag) + "; it must be " + expected);
            }
        }
        return values;
    }

    static String raw(AttributeList list, AttributeTag tag) {
        String s = Attribute.getDelimitedStringValuesOrEmptyString(list, tag).strip();
        s = s.replaceAll("\\p{Cntrl}", "?");
        return s.isEmpty() ? "empty" : s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    // ---- structures against the CT ----

    /**
     * Places the structures of {@code set} on the CT: a structure wholly outside the CT volume is dropped
     * with a warning (refused when no contoured structure would remain), one partly outside or with
     * contours between the slice planes is kept with a warning. Bounds are the voxel centres ± half a voxel.
     */
    static void checkStructuresOnCt(Path file, StructureSet set, ImageSeries ct, List<String> warnings) throws DicomImportException {
        double[][] box = ctBox(ct);
        double along0 = Vec3.of(ct.getOriginMm()).dot(Vec3.of(ct.getSliceDirection()));
        double dz = ct.getSpacingMm().get(2);
        List<Structure> outside = new ArrayList<>();
        int contoured = 0;
        for (Structure s : set.getStructures()) {
            if (s.getContours().isEmpty()) {
                continue;
            }
            contoured++;
            double[][] extent = extent(s);
            if (disjoint(extent, box)) {
                outside.add(s);
                continue;
            }
            if (!inside(extent, box)) {
                warnings.add(file.getFileName() + ": ROI '" + s.getName() + "' lies partly outside the CT (ROI " + describe(extent) + "; CT "
                        + describe(box) + "); the part outside is not used");
            }
            int off = 0;
            double worst = 0, worstZ = 0;
            for (Contour c : s.getContours()) {
                double along = c.getPointsMm().get(0) * ct.getSliceDirection().get(0) + c.getPointsMm().get(1) * ct.getSliceDirection().get(1)
                        + c.getPointsMm().get(2) * ct.getSliceDirection().get(2);
                double k = (along - along0) / dz;
                double distance = Math.abs(k - Math.rint(k)) * dz;
                if (distance > PLANE_TOLERANCE_MM) {
                    if (distance > worst) {
                        worst = distance;
                        worstZ = c.getPointsMm().get(2);
                    }
                    off++;
                }
            }
            if (off > 0) {
                warnings.add(String.format(Locale.ROOT, "%s: ROI '%s': %d of %d contour(s) lie between CT slice planes (up to %.2f mm off, at z = %.2f mm;"
                        + " slices every %.3f mm)", file.getFileName(), s.getName(), off, s.getContours().size(), worst, worstZ, dz));
            }
        }
        if (!outside.isEmpty() && outside.size() == contoured) {
            Structure s = outside.get(0);
            throw new DicomImportException(file, "ROI '" + s.getName() + "' lies wholly outside the CT (ROI " + describe(extent(s)) + "; CT " + describe(box)
                    + ")" + (outside.size() > 1 ? ", and so do the other " + (outside.size() - 1) + " contoured ROI(s)" : "")
                    + ": the structure set does not belong to this CT or its coordinates are wrong");
        }
        for (Iterator<Structure> it = set.getStructures().iterator(); it.hasNext();) {
            Structure s = it.next();
            if (outside.contains(s)) {
                warnings.add(file.getFileName() + ": ROI '" + s.getName() + "' lies wholly outside the CT (ROI " + describe(extent(s)) + "; CT " + describe(box)
                        + ") and was not imported");
                it.remove();
            }
        }
    }

    /** Axis-aligned bounds {min, max} in patient coordinates (mm) of the CT's voxels, half a voxel beyond the outer voxel centres. */
    static double[][] ctBox(ImageSeries ct) {
        double[] min = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
        double[] max = { -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        int[] n = { ct.getColumns(), ct.getRows(), ct.getSlices() };
        List<List<Double>> dirs = List.of(ct.getRowDirection(), ct.getColumnDirection(), ct.getSliceDirection());
        for (int corner = 0; corner < 8; corner++) {
            double[] p = new double[3];
            for (int k = 0; k < 3; k++) {
                p[k] = ct.getOriginMm().get(k);
            }
            for (int axis = 0; axis < 3; axis++) {
                double index = (corner >> axis & 1) == 0 ? -0.5 : n[axis] - 0.5;
                for (int k = 0; k < 3; k++) {
                    p[k] += index * ct.getSpacingMm().get(axis) * dirs.get(axis).get(k);
                }
            }
            for (int k = 0; k < 3; k++) {
                min[k] = Math.min(min[k], p[k]);
                max[k] = Math.max(max[k], p[k]);
            }
        }
        return new double[][] { min, max };
    }

    static double[][] extent(Structure s) {
        double[] min = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
        double[] max = { -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (Contour c : s.getContours()) {
            List<Double> p = c.getPointsMm();
            for (int i = 0; i < p.size(); i++) {
                min[i % 3] = Math.min(min[i % 3], p.get(i));
                max[i % 3] = Math.max(max[i % 3], p.get(i));
            }
        }
        return new double[][] { min, max };
    }

    private static boolean disjoint(double[][] a, double[][] b) {
        for (int k = 0; k < 3; k++) {
            if (a[1][k] < b[0][k] || a[0][k] > b[1][k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(double[][] a, double[][] b) {
        for (int k = 0; k < 3; k++) {
            if (a[0][k] < b[0][k] - OUTSIDE_TOLERANCE_MM || a[1][k] > b[1][k] + OUTSIDE_TOLERANCE_MM) {
                return false;
            }
        }
        return true;
    }

    private static String describe(double[][] box) {
        return String.format(Locale.ROOT, "x %.1f…%.1f, y %.1f…%.1f, z %.1f…%.1f mm", box[0][0], box[1][0], box[0][1], box[1][1], box[0][2], box[1][2]);
    }

    // ---- contour shape ----

    /**
     * Whether a closed planar contour crosses itself (a bow-tie): two non-adjacent edges intersect properly.
     * Hand-written because the target platform has no geometry library (JTS); edges are sorted by their
     * smallest in-plane u so that each is only tested against edges overlapping it in u (a sweep), which
     * keeps body contours of thousands of points fast. Coordinates are projected on the plane's two
     * largest axes (x, y for an axial contour).
     */
    static boolean selfIntersects(List<Double> points) {
        int n = points.size() / 3;
        if (n < 4) {
            return false;
        }
        // drop the axis along which the contour is flattest (z for axial contours)
        double[] min = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
        double[] max = { -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (int i = 0; i < points.size(); i++) {
            min[i % 3] = Math.min(min[i % 3], points.get(i));
            max[i % 3] = Math.max(max[i % 3], points.get(i));
        }
        int drop = 2;
        for (int k = 0; k < 3; k++) {
            if (max[k] - min[k] < max[drop] - min[drop]) {
                drop = k;
            }
        }
        int ua = drop == 0 ? 1 : 0, va = drop == 2 ? 1 : 2;
        double[] u = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = points.get(3 * i + ua);
            v[i] = points.get(3 * i + va);
        }
        Integer[] edges = new Integer[n]; // edge i runs from point i to point (i + 1) % n
        for (int i = 0; i < n; i++) {
            edges[i] = i;
        }
        java.util.Arrays.sort(edges, (a, b) -> Double.compare(Math.min(u[a], u[(a + 1) % n]), Math.min(u[b], u[(b + 1) % n])));
        for (int x = 0; x < n; x++) {
            int a = edges[x];
            int a1 = (a + 1) % n;
            double aMax = Math.max(u[a], u[a1]);
            for (int y = x + 1; y < n; y++) {
                int b = edges[y];
                if (Math.min(u[b], u[(b + 1) % n]) > aMax) {
                    break;
                }
                int b1 = (b + 1) % n;
                if (b == a1 || b1 == a) {
                    continue; // adjacent edges share a point
                }
                if (properlyCross(u[a], v[a], u[a1], v[a1], u[b], v[b], u[b1], v[b1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Segments p1p2 and p3p4 cross at a point interior to both (touching and collinear overlap do not count). */
    private static boolean properlyCross(double x1, double y1, double x2, double y2, double x3, double y3, double x4, double y4) {
        double d1 = orient(x3, y3, x4, y4, x1, y1);
        double d2 = orient(x3, y3, x4, y4, x2, y2);
        double d3 = orient(x1, y1, x2, y2, x3, y3);
        double d4 = orient(x1, y1, x2, y2, x4, y4);
        return (d1 > 0 && d2 < 0 || d1 < 0 && d2 > 0) && (d3 > 0 && d4 < 0 || d3 < 0 && d4 > 0);
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }
}
