package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.dicom.RtDose;
import org.opensabt.dicom.RtDoseGeometry;
import org.opensabt.dicom.SeriesInfo;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.schema.CaseDates;
import org.opensabt.model.store.CaseStore;

class DicomCaseImporterTest {

    /** The bundled demo case (real TCIA CT + GTV), relative to this bundle's folder where tests run. */
    static final Path STS = Path.of("../../demo-data/sts-001").toAbsolutePath().normalize();
    static final Path SAMPLES = Path.of("data/pydicom-samples").toAbsolutePath();

    @TempDir
    Path tmp;

    private static CaseImport importCase(String caseId, List<Path> inputs, String seriesUid) throws DicomImportException {
        return new PixelMedToolkit().importCase(inputs, new ImportOptions(caseId, seriesUid, false));
    }

    private static ImageSeries resampled(Path folder, List<String> warnings) throws DicomImportException {
        CaseImport r = new PixelMedToolkit().importCase(List.of(folder), new ImportOptions("r", null, true));
        warnings.addAll(r.warnings());
        return r.patientCase().getStudies().get(0).getSeries().get(0);
    }

    private static ImageSeries stsCt() throws DicomImportException {
        return importCase("ref", List.of(STS.resolve("ct")), null).patientCase().getStudies().get(0).getSeries().get(0);
    }

    @Test
    void everySeriesIsListedWithItsInstances() throws Exception {
        List<SeriesInfo> found = new PixelMedToolkit().listSeries(List.of(STS.resolve("ct"), STS.resolve("rtstruct")));
        assertEquals(2, found.size(), found.toString());
        SeriesInfo ct = found.stream().filter(s -> s.modality().equals("CT")).findFirst().orElseThrow();
        assertEquals(DcmDump.list(STS.resolve("ct")).size(), ct.instances());
        assertEquals(DcmDump.value(DcmDump.list(STS.resolve("ct")).get(0), "0020,000e"), ct.seriesInstanceUid());
        assertEquals(198, ct.columns());
        assertTrue(found.stream().anyMatch(s -> s.modality().equals("RTSTRUCT") && s.instances() == 1), found.toString());
    }

    @Test
    void aMissingSliceIsInterpolatedOnRequest() throws Exception {
        ImageSeries full = stsCt();
        Path ct = copyCt("missing-resampled");
        // the slice at index 30 in position order, whichever file holds it
        Path removed = fileAt(ct, full.getSopInstanceUids().get(30));
        Files.delete(removed);
        List<String> warnings = new ArrayList<>();
        ImageSeries r = resampled(ct, warnings);
        assertEquals(full.getSlices(), r.getSlices());
        assertEquals(full.getSpacingMm().get(2), r.getSpacingMm().get(2), 1e-6);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("missing slice(s)")), warnings.toString());
        int n = full.getColumns() * full.getRows();
        for (int i = 0; i < n; i += 97) {
            // the gap is filled with the mean of its neighbours; every other slice is unchanged
            double mean = (full.getVoxels()[29 * n + i] + full.getVoxels()[31 * n + i]) / 2.0;
            assertEquals(mean, r.getVoxels()[30 * n + i], 0.5 + 1e-9, "voxel " + i);
            assertEquals(full.getVoxels()[31 * n + i], r.getVoxels()[31 * n + i]);
        }
    }

    @Test
    void aTiltedSeriesIsRefusedThenResampledOnRequest() throws Exception {
        ImageSeries full = stsCt();
        Path ct = copyCt("tilted");
        double dy = full.getSpacingMm().get(1);
        java.util.Map<String, Path> bySop = filesBySop(ct);
        // shift slice k by k rows along the column direction: what a tilted gantry does to the stack
        for (int k = 0; k < full.getSlices(); k++) {
            Path f = bySop.get(full.getSopInstanceUids().get(k));
            double[] p = DcmDump.doubles(f, "0020,0032");
            String ipp = String.format(java.util.Locale.ROOT, "%.6f\\%.6f\\%.6f", p[0], p[1] + k * dy, p[2]);
            Process proc = new ProcessBuilder("dcmodify", "-nb", "-q", "-m", "(0020,0032)=" + ipp, f.toString()).redirectErrorStream(true).start();
            assertEquals(0, proc.waitFor(), new String(proc.getInputStream().readAllBytes()));
        }
        DicomImportException e = assertThrows(DicomImportException.class, () -> importCase("x", List.of(ct), null));
        assertTrue(e.getMessage().contains("shifted") && e.getMessage().contains("--resample"), e.getMessage());
        List<String> warnings = new ArrayList<>();
        ImageSeries r = resampled(ct, warnings);
        assertEquals(full.getSlices(), r.getSlices());
        int c = full.getColumns();
        int n = c * full.getRows();
        // resampled voxel (x, y, k) lies k rows further into source slice k: row y - k there
        for (int k = 0; k < full.getSlices(); k += 7) {
            for (int y = 0; y < full.getRows(); y += 5) {
                for (int x = 0; x < c; x += 11) {
                    short expected = y - k >= 0 ? full.getVoxels()[k * n + (y - k) * c + x] : -1024;
                    assertEquals(expected, r.getVoxels()[k * n + y * c + x], "voxel " + x + "," + y + "," + k);
                }
            }
        }
    }

    @Test
    void aDuplicatedSliceIsRefusedEvenWithResampling() throws Exception {
        Path ct = copyCt("duplicate");
        Path copy = ct.resolve("zz-copy.dcm");
        Files.copy(ct.resolve("000020.dcm"), copy);
        Process proc = new ProcessBuilder("dcmodify", "-nb", "-q", "-m", "(0008,0018)=2.25.1234", copy.toString()).redirectErrorStream(true).start();
        assertEquals(0, proc.waitFor());
        DicomImportException e = assertThrows(DicomImportException.class,
                () -> new PixelMedToolkit().importCase(List.of(ct), new ImportOptions("x", null, true)));
        assertTrue(e.getMessage().contains("duplicate slice"), e.getMessage());
        assertTrue(e.getMessage().contains("000020.dcm") && e.getMessage().contains("zz-copy.dcm"), e.getMessage());
    }

    @Test
    void importsTheStsCtWithItsGtv() throws Exception {
        CaseImport r = importCase("sts", List.of(STS.resolve("ct"), STS.resolve("rtstruct")), null);
        PatientCase c = r.patientCase();
        ImageSeries ct = c.getStudies().get(0).getSeries().get(0);
        assertEquals(198, ct.getColumns());
        assertEquals(202, ct.getRows());
        assertEquals(59, ct.getSlices());
        assertEquals("STS_001", c.getPatient().getPatientId());
        assertEquals("2000-09-07", CaseDates.toLocalDate(c.getStudies().get(0).getStudyDate()).toString());

        // Geometry against the file headers read independently of PixelMed (dcmtk's dcmdump, see DcmDump)
        List<double[]> positions = DcmDump.imagePositions(STS.resolve("ct"));
        double minZ = positions.stream().mapToDouble(p -> p[2]).min().orElseThrow();
        double maxZ = positions.stream().mapToDouble(p -> p[2]).max().orElseThrow();
        assertEquals(minZ, ct.getOriginMm().get(2), 1e-6);
        assertEquals((maxZ - minZ) / 58, ct.getSpacingMm().get(2), 1e-3);
        assertEquals(0.976562, ct.getSpacingMm().get(0), 1e-9);

        // Voxels: the last rows*columns*2 bytes of each uncompressed file are its pixels (int16 LE, slope 1, intercept 0)
        int sliceIndex = 17;
        Path file = fileAt(STS.resolve("ct"), ct.getSopInstanceUids().get(sliceIndex));
        byte[] bytes = Files.readAllBytes(file);
        int n = 198 * 202;
        ByteBuffer pixels = ByteBuffer.wrap(bytes, bytes.length - 2 * n, 2 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            assertEquals(pixels.getShort(), ct.getVoxels()[sliceIndex * n + i], "voxel " + i);
        }

        Structure gtv = c.getStudies().get(0).getStructureSets().get(0).getStructures().get(0);
        assertEquals("GTV_Mass_CT", gtv.getName());
        assertEquals(RoiType.GTV, gtv.getType());
        assertEquals(32, gtv.getContours().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("refers to series")), r.warnings().toString());

        // and it survives a save and load
        new CaseStore().save(c, tmp.resolve("sts"));
        PatientCase loaded = new CaseStore().load(tmp.resolve("sts"));
        assertEquals(ct.getVoxels().length, loaded.getStudies().get(0).getSeries().get(0).getVoxels().length);
    }

    private static java.util.Map<String, Path> filesBySop(Path dir) throws IOException {
        java.util.Map<String, Path> map = new java.util.HashMap<>();
        for (Path f : DcmDump.list(dir)) {
            map.put(DcmDump.value(f, "0008,0018"), f);
        }
        return map;
    }

    private static Path fileAt(Path dir, String sopInstanceUid) throws IOException {
        for (Path f : DcmDump.list(dir)) {
            if (DcmDump.value(f, "0008,0018").equals(sopInstanceUid)) {
                return f;
            }
        }
        throw new AssertionError("no file with SOP instance " + sopInstanceUid);
    }

    @Test
    void aMissingSliceIsNamed() throws Exception {
        Path ct = copyCt("missing");
        Files.delete(ct.resolve("000030.dcm"));
        DicomImportException e = assertThrows(DicomImportException.class,
                () -> importCase("x", List.of(ct), null));
        assertTrue(e.getMessage().contains("missing slice(s)") && e.getMessage().contains("--resample"), e.getMessage());
        assertTrue(e.getMessage().contains("000029.dcm") || e.getMessage().contains("000031.dcm"), e.getMessage());
    }

    @Test
    void aCorruptFileIsNamed() throws Exception {
        Path ct = copyCt("corrupt");
        Files.write(ct.resolve("000012.dcm"), new byte[] { 1, 2, 3, 4, 5 });
        DicomImportException e = assertThrows(DicomImportException.class,
                () -> importCase("x", List.of(ct), null));
        assertTrue(e.getMessage().startsWith(ct.resolve("000012.dcm").toString()), e.getMessage());
    }

    @Test
    void aTruncatedFileIsNamed() throws Exception {
        Path ct = copyCt("truncated");
        byte[] bytes = Files.readAllBytes(ct.resolve("000040.dcm"));
        Files.write(ct.resolve("000040.dcm"), java.util.Arrays.copyOf(bytes, bytes.length - 5000));
        DicomImportException e = assertThrows(DicomImportException.class,
                () -> importCase("x", List.of(ct), null));
        assertTrue(e.getMessage().contains("000040.dcm"), e.getMessage());
    }

    @Test
    void aStructureSetOnAnotherFrameOfReferenceIsRefused() throws Exception {
        // the pydicom RTSTRUCT sample belongs to another patient and frame of reference
        DicomImportException e = assertThrows(DicomImportException.class, () -> importCase("x", List.of(STS.resolve("ct"), SAMPLES.resolve("rtstruct.dcm")), null));
        assertTrue(e.getMessage().contains("frame of reference"), e.getMessage());
        assertTrue(e.getMessage().contains("rtstruct.dcm"), e.getMessage());
    }

    @Test
    void aSingleSliceCtFromAnotherVendorIsRefusedAsNoVolume() throws Exception {
        // one image is no planning volume (issue 20 §5): refused with one line naming the file, no longer imported with a made-up slice spacing
        DicomImportException e = assertThrows(DicomImportException.class, () -> importCase("small", List.of(SAMPLES.resolve("CT_small.dcm")), null));
        assertTrue(e.getMessage().startsWith(SAMPLES.resolve("CT_small.dcm").toString()) && e.getMessage().contains("only one image"), e.getMessage());
    }

    @Test
    void shuffledFileNamesAndInstanceNumbersGiveTheSameVolume() throws Exception {
        CaseImport reference = importCase("ref", List.of(STS.resolve("ct")), null);
        Path shuffled = tmp.resolve("shuffled/a/b");
        Files.createDirectories(shuffled);
        List<Path> files = new ArrayList<>(DcmDump.list(STS.resolve("ct")));
        java.util.Collections.shuffle(files, new java.util.Random(3));
        for (int i = 0; i < files.size(); i++) {
            // names and instance numbers in a random order that has nothing to do with the slice positions
            Path target = shuffled.resolve(String.format("x%03d.dcm", (i * 37) % files.size()));
            Files.copy(files.get(i), target);
            Process p = new ProcessBuilder("dcmodify", "-nb", "-q", "-m", "(0020,0013)=" + (1000 - i), target.toString()).redirectErrorStream(true).start();
            assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        }
        ImageSeries a = reference.patientCase().getStudies().get(0).getSeries().get(0);
        ImageSeries b = importCase("shuffled", List.of(tmp.resolve("shuffled")), null).patientCase().getStudies().get(0)
                .getSeries().get(0);
        assertEquals(a.getOriginMm(), b.getOriginMm());
        assertEquals(a.getSopInstanceUids(), b.getSopInstanceUids());
        assertArrayEquals(a.getVoxels(), b.getVoxels());
    }

    @Test
    void rtDoseValuesArePixelsTimesScaling() throws Exception {
        Path file = SAMPLES.resolve("rtdose.dcm");
        RtDose dose = new RtDoseReader().read(file);
        assertEquals("RELATIVE", dose.doseUnits());
        double scaling = DcmDump.doubles(file, "3004,000e")[0];
        // dcmdump prints the 32-bit pixels as 16-bit words, low word first
        String[] words = DcmDump.value(file, "7fe0,0010").split("\\\\");
        for (int i = 0; i < 4; i++) {
            long raw = Long.parseLong(words[2 * i].strip(), 16) | Long.parseLong(words[2 * i + 1].strip(), 16) << 16;
            assertEquals(raw * scaling, dose.dose()[i], 1e-6 * raw * scaling);
        }
        assertEquals(10 * 10 * 15, dose.dose().length);
    }

    @Test
    void anExternalBeamPlanIsNotTakenForSeeds() {
        DicomImportException e = assertThrows(DicomImportException.class, () -> new BrachyPlanReader().read(SAMPLES.resolve("rtplan.dcm")));
        assertTrue(e.getMessage().contains("not a brachytherapy plan (it has beams: an external-beam plan)"), e.getMessage());
        DicomImportException notPlan = assertThrows(DicomImportException.class, () -> new BrachyPlanReader().read(SAMPLES.resolve("rtdose.dcm")));
        assertTrue(notPlan.getMessage().contains("Modality is \"RTDOSE\", not RTPLAN"), notPlan.getMessage());
    }

    @Test
    void rtDoseGridGeometryAgreesWithDcmdump() throws Exception {
        Path file = SAMPLES.resolve("rtdose.dcm");
        RtDoseGeometry g = RtDoseGeometries.read(file);
        double[] ipp = DcmDump.doubles(file, "0020,0032");
        double[] spacing = DcmDump.doubles(file, "0028,0030");
        double[] offsets = DcmDump.doubles(file, "3004,000c");
        assertArrayEquals(ipp, g.originMm(), 1e-9);
        assertEquals(spacing[1], g.spacingMm()[0], 1e-9);
        assertEquals(spacing[0], g.spacingMm()[1], 1e-9);
        assertEquals(offsets[1] - offsets[0], g.spacingMm()[2], 1e-9);
        assertEquals(offsets.length, g.frames());
        assertEquals((int) DcmDump.doubles(file, "0028,0011")[0], g.columns());
        assertEquals((int) DcmDump.doubles(file, "0028,0010")[0], g.rows());
        assertArrayEquals(new double[] { 0, 0, 1 }, g.sliceDirection(), 1e-12);
        DicomImportException notDose = assertThrows(DicomImportException.class, () -> RtDoseGeometries.read(SAMPLES.resolve("CT_small.dcm")));
        assertTrue(notDose.getMessage().contains("Modality is \"CT\", not RTDOSE"), notDose.getMessage());
    }

    private Path copyCt(String name) throws IOException {
        Path target = tmp.resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(STS.resolve("ct"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }
}
