package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.UnsignedShortAttribute;

/**
 * Impossible input is refused with one line naming the file and the attribute (DicomImportException:
 * exit 1 in the import command), usable but doubtful input imports with a warning. Each bad input is
 * made from the real STS CT and RTSTRUCT by editing one attribute with PixelMed and writing the file back.
 */
class ImportValidationTest {

    static final Path STS = DicomCaseImporterTest.STS;
    static final AttributeTag ROIContourSequence = new AttributeTag(0x3006, 0x0039);
    static final AttributeTag StructureSetROISequence = new AttributeTag(0x3006, 0x0020);
    static final AttributeTag ContourSequence = new AttributeTag(0x3006, 0x0040);
    /** z of a CT slice plane of the STS CT that the GTV is contoured on. */
    static final double SLICE_Z = -743.98;

    @TempDir
    Path tmp;

    interface Change {
        void apply(AttributeList list) throws Exception;
    }

    // ---- refused: one line naming the file and the attribute ----

    @Test
    void zeroPixelSpacingIsRefused() throws Exception {
        Path ct = copyCt();
        editAll(ct, l -> putDs(l, TagFromName.PixelSpacing, "0", "0"));
        assertRefused(() -> importCt(ct), "000000.dcm", "PixelSpacing", "0\\0", "positive");
    }

    @Test
    void zeroPixelSpacingInOneFileNamesThatFile() throws Exception {
        Path ct = copyCt();
        edit(ct.resolve("000010.dcm"), l -> putDs(l, TagFromName.PixelSpacing, "0", "0"));
        assertRefused(() -> importCt(ct), "000010.dcm", "PixelSpacing", "0\\0", "positive");
    }

    @Test
    void eightBitAndColourImagesAreRefused() throws Exception {
        Path ct = copyCt();
        edit(ct.resolve("000012.dcm"), l -> putUs(l, TagFromName.BitsAllocated, 8));
        assertRefused(() -> importCt(ct), "000012.dcm", "BitsAllocated", "8");
        Files.copy(STS.resolve("ct/000012.dcm"), ct.resolve("000012.dcm"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        edit(ct.resolve("000013.dcm"), l -> {
            l.remove(TagFromName.PhotometricInterpretation);
            Attribute a = new com.pixelmed.dicom.CodeStringAttribute(TagFromName.PhotometricInterpretation);
            a.addValue("RGB");
            l.put(a);
        });
        assertRefused(() -> importCt(ct), "000013.dcm", "PhotometricInterpretation", "RGB");
    }

    @Test
    void multiFrameAndMixedOrientationAreRefusedNamingTheFile() throws Exception {
        Path ct = copyCt();
        edit(ct.resolve("000044.dcm"), l -> {
            Attribute a = new com.pixelmed.dicom.IntegerStringAttribute(TagFromName.NumberOfFrames);
            a.addValue("2");
            l.put(a);
        });
        assertRefused(() -> importCt(ct), "000044.dcm", "NumberOfFrames", "2");
        Files.copy(STS.resolve("ct/000044.dcm"), ct.resolve("000044.dcm"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // still axial (feet first), but unlike the other 58 images of the series
        edit(ct.resolve("000000.dcm"), l -> putDs(l, TagFromName.ImageOrientationPatient, "-1", "0", "0", "0", "1", "0"));
        assertRefused(() -> importCt(ct), "000000.dcm", "ImageOrientationPatient", "-1\\0\\0\\0\\1\\0", "unlike the series'");
    }

    @Test
    void aSliceOneKilometreAwayIsRefusedEvenWithResampling() throws Exception {
        Path ct = copyCt();
        // resampling would need 24 GB of voxels to bridge the gap: refused before anything is allocated
        edit(ct.resolve("000030.dcm"), l -> {
            double[] p = Attribute.getDoubleValues(l, TagFromName.ImagePositionPatient);
            putDs(l, TagFromName.ImagePositionPatient, Dataset.decimal(p[0]), Dataset.decimal(p[1]), Dataset.decimal(p[2] + 1_000_000));
        });
        assertRefused(() -> importCt(ct), "000030.dcm", "missing slice(s)", "--resample");
        assertRefused(() -> importCase(List.of(ct), true), "CT volume would be", "GiB", "maxVolumeBytes");
    }

    @Test
    void missingPixelSpacingIsRefused() throws Exception {
        Path ct = copyCt();
        edit(ct.resolve("000010.dcm"), l -> l.remove(TagFromName.PixelSpacing));
        assertRefused(() -> importCt(ct), "000010.dcm", "PixelSpacing", "missing");
    }

    @Test
    void nanPixelSpacingIsRefused() throws Exception {
        Path ct = copyCt();
        edit(ct.resolve("000033.dcm"), l -> putDs(l, TagFromName.PixelSpacing, "NaN", "0.976562"));
        assertRefused(() -> importCt(ct), "000033.dcm", "PixelSpacing", "NaN");
    }

    @Test
    void zeroRescaleSlopeIsRefused() throws Exception {
        Path ct = copyCt();
        edit(ct.resolve("000010.dcm"), l -> putDs(l, TagFromName.RescaleSlope, "0"));
        assertRefused(() -> importCt(ct), "000010.dcm", "RescaleSlope", "non-zero");
    }

    @Test
    void aSagittalSeriesIsRefusedNamingItsOrientation() throws Exception {
        Path ct = copyCt();
        editAll(ct, l -> putDs(l, TagFromName.ImageOrientationPatient, "0", "1", "0", "0", "0", "-1"));
        DicomImportException e = assertRefused(() -> importCase(List.of(ct, STS.resolve("rtstruct")), false), ".dcm",
                "ImageOrientationPatient", "only axial CT series are supported", "0\\1\\0\\0\\0\\-1", "sagittal");
        assertTrue(e.getMessage().startsWith(ct.toString()), e.getMessage());
    }

    @Test
    void aOneSliceSeriesIsRefused() throws Exception {
        Path one = tmp.resolve("one");
        Files.createDirectories(one);
        Files.copy(STS.resolve("ct/000020.dcm"), one.resolve("000020.dcm"));
        assertRefused(() -> importCt(one), "000020.dcm", "only one image", "at least 2 slices");
    }

    @Test
    void aHugeImageHeaderIsRefusedNamingTheFileAtFault() throws Exception {
        Path ct = copyCt();
        // header only: Rows = Columns = 65535 and no pixels (a 2 KB file); it sorts first in the folder
        edit(ct.resolve("000000.dcm"), l -> {
            l.remove(TagFromName.PixelData);
            putUs(l, TagFromName.Rows, 65535);
            putUs(l, TagFromName.Columns, 65535);
        });
        assertTrue(Files.size(ct.resolve("000000.dcm")) < 10_000);
        DicomImportException e = assertRefused(() -> importCt(ct), "000000.dcm", "Rows", "65535");
        assertTrue(e.getMessage().startsWith(ct.resolve("000000.dcm").toString()), e.getMessage());
    }

    @Test
    void anImageSizeThePixelsDoNotFillIsRefusedBeforeAllocating() throws Exception {
        Path ct = copyCt();
        edit(ct.resolve("000007.dcm"), l -> {
            putUs(l, TagFromName.Rows, 1000);
            putUs(l, TagFromName.Columns, 1000);
        });
        assertRefused(() -> importCt(ct), "000007.dcm", "Rows", "Columns", "only");
    }

    @Test
    void oneImageOfAnotherSizeIsNamedItself() throws Exception {
        Path ct = copyCt();
        // 000000.dcm sorts first: the message must name the odd file, not the files after the first
        edit(ct.resolve("000000.dcm"), l -> {
            putUs(l, TagFromName.Rows, 101);
            putUs(l, TagFromName.Columns, 99);
        });
        assertRefused(() -> importCt(ct), "000000.dcm", "Columns", "Rows", "99 × 101");
    }

    @Test
    void aTruncatedStructureSetIsRefusedNamingTheAttribute() throws Exception {
        Path rs = tmp.resolve("rs/RS.dcm");
        Files.createDirectories(rs.getParent());
        byte[] bytes = Files.readAllBytes(STS.resolve("rtstruct/RS.dcm"));
        Files.write(rs, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(() -> importCase(List.of(STS.resolve("ct"), rs), false), "RS.dcm", "ReferencedROINumber", "truncated");
    }

    @Test
    void nanInContourDataIsRefused() throws Exception {
        Path rs = copyRs(l -> {
            AttributeList contour = contours(l, 0).get(5);
            double[] p = Attribute.getDoubleValues(contour, TagFromName.ContourData);
            String[] text = new String[p.length];
            for (int i = 0; i < p.length; i++) {
                text[i] = i == 4 ? "NaN" : Double.toString(p[i]);
            }
            putDs(contour, TagFromName.ContourData, text);
        });
        assertRefused(() -> importCase(List.of(STS.resolve("ct"), rs), false), "RS.dcm", "ContourData", "GTV_Mass_CT", "contour 6", "NaN");
    }

    @Test
    void garbledContourDataAndRoiNumbersAreRefused() throws Exception {
        Path garbled = copyRs(l -> {
            AttributeList contour = contours(l, 0).get(2);
            String[] text = ((DecimalStringAttribute) contour.get(TagFromName.ContourData)).getStringValues().clone();
            text[7] = "1.2.3";
            putDs(contour, TagFromName.ContourData, text);
        });
        assertRefused(() -> importCase(List.of(STS.resolve("ct"), garbled), false), "RS.dcm", "ContourData", "contour 3", "'1.2.3'");
        for (String number : new String[] { "-3", "one" }) {
            Files.delete(garbled);
            Path rs = copyRs(l -> {
                AttributeList roi = ((SequenceAttribute) l.get(StructureSetROISequence)).getItem(0).getAttributeList();
                Attribute a = new com.pixelmed.dicom.IntegerStringAttribute(new AttributeTag(0x3006, 0x0022));
                a.addValue(number);
                roi.put(a);
            });
            assertRefused(() -> importCase(List.of(STS.resolve("ct"), rs), false), "RS.dcm", "ROINumber", number);
        }
    }

    @Test
    void aContourOutsideAnAxialPlaneIsWarned() throws Exception {
        double[] tilted = { 40, 0, SLICE_Z, 60, 0, SLICE_Z, 60, 20, SLICE_Z + 5, 40, 20, SLICE_Z + 5 };
        Path rs = copyRs(l -> addRoi(l, 10, "TILTED", tilted));
        CaseImport r = importCase(List.of(STS.resolve("ct"), rs), false);
        assertWarning(r, "RS.dcm", "ROI 'TILTED': 1 contour(s) not in an axial plane", "z from -743.98 to -738.98 mm");
    }

    @Test
    void aStructureSetWhollyOutsideTheCtIsRefused() throws Exception {
        Path rs = copyRs(l -> shiftRoi(l, 0, 1000));
        assertRefused(() -> importCase(List.of(STS.resolve("ct"), rs), false), "RS.dcm", "GTV_Mass_CT", "wholly outside the CT", "CT x");
    }

    @Test
    void aStructureOneMetreAwayIsDroppedWithAWarningWhenOthersRemain() throws Exception {
        Path rs = copyRs(l -> addRoi(l, 7, "FAR", square(1040, 1060, 0, 20, SLICE_Z)));
        CaseImport r = importCase(List.of(STS.resolve("ct"), rs), false);
        StructureSet set = r.patientCase().getStudies().get(0).getStructureSets().get(0);
        assertEquals(List.of("GTV_Mass_CT"), set.getStructures().stream().map(Structure::getName).toList());
        assertWarning(r, "RS.dcm", "ROI 'FAR' lies wholly outside the CT", "not imported");
    }

    @Test
    void aBowTieContourIsWarnedAndKept() throws Exception {
        // (40,0) → (60,20) → (60,0) → (40,20): the edges cross at (50,10)
        double[] bowTie = { 40, 0, SLICE_Z, 60, 20, SLICE_Z, 60, 0, SLICE_Z, 40, 20, SLICE_Z };
        Path rs = copyRs(l -> addRoi(l, 8, "BOWTIE", square(40, 60, 0, 20, SLICE_Z + 3.27), bowTie));
        CaseImport r = importCase(List.of(STS.resolve("ct"), rs), false);
        StructureSet set = r.patientCase().getStudies().get(0).getStructureSets().get(0);
        assertEquals(2, set.getStructures().size());
        assertWarning(r, "RS.dcm", "ROI 'BOWTIE'", "1 contour(s) cross themselves (bow-tie)", "contour 2 at z = -743.98 mm");
        // the square contour and the GTV's contours are not bow-ties
        assertEquals(1, r.warnings().stream().filter(w -> w.contains("bow-tie")).count(), r.warnings().toString());
    }

    @Test
    void contoursBetweenSlicePlanesAndPartlyOutsideAreWarned() throws Exception {
        // 1.5 mm off the slice grid, and reaching 30 mm beyond the CT's right edge (x -23.9…169.4 mm)
        Path rs = copyRs(l -> addRoi(l, 9, "EDGE", square(150, 200, 0, 20, SLICE_Z + 1.5)));
        CaseImport r = importCase(List.of(STS.resolve("ct"), rs), false);
        assertEquals(2, r.patientCase().getStudies().get(0).getStructureSets().get(0).getStructures().size());
        assertWarning(r, "RS.dcm", "ROI 'EDGE' lies partly outside the CT");
        assertWarning(r, "RS.dcm", "ROI 'EDGE': 1 of 1 contour(s) lie between CT slice planes", "1.50 mm off");
    }

    @Test
    void aBodyContourAlongTheImageBorderIsNotOutside() throws Exception {
        // what 'contour body' exports for a patient filling the image: the outer voxel edges, give or take DS rounding
        double[][] box = ImportChecks.ctBox(importCt(STS.resolve("ct")).patientCase().getStudies().get(0).getSeries().get(0));
        Path rs = copyRs(l -> addRoi(l, 11, "BORDER", square(box[0][0] - 0.01, box[1][0] + 0.01, box[0][1] - 0.01, box[1][1] + 0.01, SLICE_Z)));
        CaseImport r = importCase(List.of(STS.resolve("ct"), rs), false);
        // besides the series reference, only the type of the added ROI (no observation item), inferred from its name (issue 23)
        assertEquals(1, r.warnings().stream().filter(w -> !w.contains("ROI 11 'BORDER' imported as OTHER")).count(), r.warnings().toString());
    }

    @Test
    void theDemoCaseImportsWithOnlyTheBenignSeriesReferenceWarning() throws Exception {
        CaseImport r = importCase(List.of(STS.resolve("ct"), STS.resolve("rtstruct")), false);
        // the demo RTSTRUCT was drawn on the original series, which TCIA's de-identification renamed: same frame of reference
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("refers to series") && r.warnings().get(0).contains("frame of reference matches"), r.warnings().toString());
    }

    @Test
    void selfIntersectionTestAgainstKnownShapes() {
        assertTrue(ImportChecks.selfIntersects(List.of(0.0, 0.0, 1.0, 2.0, 2.0, 1.0, 2.0, 0.0, 1.0, 0.0, 2.0, 1.0)));
        assertFalse(ImportChecks.selfIntersects(List.of(0.0, 0.0, 1.0, 2.0, 0.0, 1.0, 2.0, 2.0, 1.0, 0.0, 2.0, 1.0)));
        // a concave (L-shaped) polygon and a 2000-point circle are simple
        assertFalse(ImportChecks.selfIntersects(List.of(0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 4.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 4.0, 0.0, 0.0, 4.0, 0.0)));
        List<Double> circle = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            circle.addAll(List.of(50 * Math.cos(2 * Math.PI * i / 2000), 50 * Math.sin(2 * Math.PI * i / 2000), -3.0));
        }
        assertFalse(ImportChecks.selfIntersects(circle));
        // the same circle with two points swapped crosses itself
        for (int k = 0; k < 3; k++) {
            double t = circle.get(3 * 700 + k);
            circle.set(3 * 700 + k, circle.get(3 * 701 + k));
            circle.set(3 * 701 + k, t);
        }
        assertTrue(ImportChecks.selfIntersects(circle));
    }

    // ---- helpers ----

    private static CaseImport importCt(Path ct) throws DicomImportException {
        return importCase(List.of(ct), false);
    }

    private static CaseImport importCase(List<Path> inputs, boolean resample) throws DicomImportException {
        return new PixelMedToolkit().importCase(inputs, new ImportOptions("x", null, resample));
    }

    private static DicomImportException assertRefused(org.junit.jupiter.api.function.Executable run, String... expected) {
        DicomImportException e = assertThrows(DicomImportException.class, run);
        String m = e.getMessage();
        assertFalse(m.contains("\n") || m.contains("\r"), "one line: " + m);
        for (String s : expected) {
            assertTrue(m.contains(s), "'" + s + "' in: " + m);
        }
        return e;
    }

    private static void assertWarning(CaseImport r, String... expected) {
        assertTrue(r.warnings().stream().anyMatch(w -> Stream.of(expected).allMatch(w::contains) && !w.contains("\n")),
                String.join(" + ", expected) + " in " + r.warnings());
    }

    private Path copyCt() throws Exception {
        Path target = tmp.resolve("ct");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(STS.resolve("ct"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    private static void editAll(Path dir, Change change) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                edit(f, change);
            }
        }
    }

    private Path copyRs(Change change) throws Exception {
        Path rs = tmp.resolve("rs/RS.dcm");
        Files.createDirectories(rs.getParent());
        Files.copy(STS.resolve("rtstruct/RS.dcm"), rs);
        edit(rs, change);
        return rs;
    }

    /** Reads the whole file, applies the change and writes it back (explicit VR little endian, new file meta information). */
    static void edit(Path file, Change change) throws Exception {
        AttributeList l = new AttributeList();
        l.read(file.toString());
        change.apply(l);
        l.removeGroupLengthAttributes();
        l.removeMetaInformationHeaderAttributes();
        FileMetaInformation.addFileMetaInformation(l, TransferSyntax.ExplicitVRLittleEndian, "OPENSABT");
        l.write(file.toString(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    }

    static void putDs(AttributeList l, AttributeTag tag, String... values) throws Exception {
        Attribute a = new DecimalStringAttribute(tag);
        for (String v : values) {
            a.addValue(v);
        }
        l.put(a);
    }

    static void putUs(AttributeList l, AttributeTag tag, int value) throws Exception {
        Attribute a = new UnsignedShortAttribute(tag);
        a.addValue(value);
        l.put(a);
    }

    /** The ContourSequence items of the ROIContourSequence item {@code roi}. */
    static List<AttributeList> contours(AttributeList l, int roi) {
        AttributeList item = ((SequenceAttribute) l.get(ROIContourSequence)).getItem(roi).getAttributeList();
        SequenceAttribute seq = (SequenceAttribute) item.get(ContourSequence);
        List<AttributeList> out = new ArrayList<>();
        for (int i = 0; i < seq.getNumberOfItems(); i++) {
            out.add(seq.getItem(i).getAttributeList());
        }
        return out;
    }

    static void shiftRoi(AttributeList l, int roi, double dxMm) throws Exception {
        for (AttributeList c : contours(l, roi)) {
            double[] p = Attribute.getDoubleValues(c, TagFromName.ContourData);
            String[] text = new String[p.length];
            for (int i = 0; i < p.length; i++) {
                text[i] = Dataset.decimal(i % 3 == 0 ? p[i] + dxMm : p[i]);
            }
            putDs(c, TagFromName.ContourData, text);
        }
    }

    static double[] square(double x0, double x1, double y0, double y1, double z) {
        return new double[] { x0, y0, z, x1, y0, z, x1, y1, z, x0, y1, z };
    }

    /** Adds an ROI (Structure Set ROI and ROI Contour items) with CLOSED_PLANAR contours. */
    static void addRoi(AttributeList l, int number, String name, double[]... contours) throws Exception {
        Dataset roi = new Dataset().put(0x3006, 0x0022, "IS", String.valueOf(number)).put(0x3006, 0x0026, "LO", name);
        ((SequenceAttribute) l.get(StructureSetROISequence)).addItem(roi.list);
        List<Dataset> items = new ArrayList<>();
        for (double[] points : contours) {
            items.add(new Dataset().put(0x3006, 0x0042, "CS", "CLOSED_PLANAR").putNumbers(0x3006, 0x0046, "IS", points.length / 3)
                    .putNumbers(0x3006, 0x0050, "DS", points));
        }
        Dataset roiContour = new Dataset().sequence(0x3006, 0x0040, items).put(0x3006, 0x0084, "IS", String.valueOf(number));
        ((SequenceAttribute) l.get(ROIContourSequence)).addItem(roiContour.list);
    }
}
