package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.model.ImageSeries;

/**
 * Compressed CT series (issue 23 part 3): the demo CT compressed by independent encoders (dcmtk's dcmcjpeg and
 * dcmcjpls; OpenJPEG through Pillow, wrapped by pydicom, for JPEG 2000) must import with the very HU voxels of the
 * uncompressed series when the syntax is lossless, checked by a SHA-256 of the voxel array against the uncompressed
 * import and against an independent decode (dcmdjpeg, dcmdjpls, pydicom) read by the uncompressed path. Lossy
 * series import with one warning naming the transfer syntax; damaged data is one line naming the file.
 */
class CompressedSeriesTest {

    static final Path DEMO_CT = DicomCaseImporterTest.STS.resolve("ct");
    static final Path SCRIPT = Path.of("scripts/j2k_encode.py").toAbsolutePath();
    static final String PYTHON = "/usr/bin/python3"; // Debian's, which has pydicom and Pillow with OpenJPEG

    @TempDir
    static Path tmp;

    static ImageSeries original;

    @BeforeAll
    static void importOriginal() throws Exception {
        original = series(imported(DEMO_CT));
    }

    private static CaseImport imported(Path folder) throws DicomImportException {
        return new PixelMedToolkit().importCase(List.of(folder), new ImportOptions("c", null, false));
    }

    private static ImageSeries series(CaseImport imported) {
        return imported.patientCase().getStudies().get(0).getSeries().get(0);
    }

    static String sha256(ImageSeries s) throws Exception {
        ByteBuffer bytes = ByteBuffer.allocate(2 * s.getVoxels().length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(s.getVoxels());
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
    }

    /** Runs {@code tool [options] in out} on every file of {@code from} into a new folder. */
    static Path eachFile(Path from, String name, String... tool) throws Exception {
        Path to = Files.createDirectories(tmp.resolve(name));
        for (Path f : DcmDump.list(from)) {
            List<String> command = new ArrayList<>(List.of(tool));
            command.add(f.toString());
            command.add(to.resolve(f.getFileName()).toString());
            run(command.toArray(String[]::new));
        }
        return to;
    }

    static Path script(String mode, Path from, String name) throws Exception {
        Path to = tmp.resolve(name);
        run(PYTHON, SCRIPT.toString(), mode, from.toString(), to.toString());
        return to;
    }

    /** The transfer syntax UID of the folder's first file, as dcmtk reads it. */
    static String syntaxOf(Path folder) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dcmdump", "-Un", "+P", "0002,0010", DcmDump.list(folder).get(0).toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[([0-9.]+)\\]").matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }

    /** Imports the compressed series: same voxels as the original and as the independent decode, no lossy warning. */
    private static void assertLossless(Path compressed, String syntax, Path independentlyDecoded) throws Exception {
        assertEquals(syntax, syntaxOf(compressed), "the encoder wrote another syntax");
        CaseImport r = imported(compressed);
        ImageSeries s = series(r);
        assertEquals(original.getSlices(), s.getSlices());
        assertEquals(sha256(original), sha256(s), syntax + ": voxels differ from the uncompressed series");
        assertEquals(sha256(series(imported(independentlyDecoded))), sha256(s), syntax + ": voxels differ from the independent decode");
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("lossy")), r.warnings().toString());
        System.out.println("compressed CT " + syntax + ": " + s.getColumns() + " x " + s.getRows() + " x " + s.getSlices()
                + " voxels identical to the uncompressed series, SHA-256 " + sha256(s));
    }

    @Test
    void jpegLosslessFirstOrderPredictionIsVoxelIdentical() throws Exception {
        Path c = eachFile(DEMO_CT, "jpeg70", "dcmcjpeg", "+e1");
        assertLossless(c, "1.2.840.10008.1.2.4.70", eachFile(c, "jpeg70-d", "dcmdjpeg"));
    }

    @Test
    void jpegLosslessProcess14IsVoxelIdentical() throws Exception {
        // selection value 6 and 1 KB fragments: another predictor and a frame split over several items
        Path c = eachFile(DEMO_CT, "jpeg57", "dcmcjpeg", "+el", "+sv", "6", "+fs", "1");
        assertLossless(c, "1.2.840.10008.1.2.4.57", eachFile(c, "jpeg57-d", "dcmdjpeg"));
    }

    @Test
    void jpegLsLosslessIsVoxelIdentical() throws Exception {
        Path c = eachFile(DEMO_CT, "jls80", "dcmcjpls", "+el");
        assertLossless(c, "1.2.840.10008.1.2.4.80", eachFile(c, "jls80-d", "dcmdjpls"));
    }

    @Test
    void jpeg2000LosslessIsVoxelIdentical() throws Exception {
        Path c = script("lossless", DEMO_CT, "j2k90");
        assertLossless(c, "1.2.840.10008.1.2.4.90", script("decode", c, "j2k90-d"));
    }

    @Test
    void rleIsVoxelIdentical() throws Exception {
        Path c = eachFile(DEMO_CT, "rle", "dcmcrle");
        assertLossless(c, "1.2.840.10008.1.2.5", eachFile(c, "rle-d", "dcmdrle"));
    }

    /** Mean absolute HU difference to the original. */
    private static double meanError(ImageSeries s) {
        double sum = 0;
        for (int i = 0; i < s.getVoxels().length; i++) {
            sum += Math.abs(s.getVoxels()[i] - original.getVoxels()[i]);
        }
        return sum / s.getVoxels().length;
    }

    private static String lossyWarning(CaseImport r) {
        List<String> lossy = r.warnings().stream().filter(w -> w.startsWith("lossy-compressed images")).toList();
        assertEquals(1, lossy.size(), "one warning for the series: " + r.warnings());
        assertFalse(lossy.get(0).contains("\n"));
        return lossy.get(0);
    }

    @Test
    void jpegLsNearLosslessImportsWithAWarningAndStaysWithinNear() throws Exception {
        Path unsigned = script("unsigned", DEMO_CT, "unsigned"); // dcmcjpls +en encodes unsigned images only
        assertEquals(sha256(original), sha256(series(imported(unsigned))), "the +2048 shift must keep every HU value");
        Path c = eachFile(unsigned, "jls81", "dcmcjpls", "+en", "+md", "2");
        assertEquals("1.2.840.10008.1.2.4.81", syntaxOf(c));
        CaseImport r = imported(c);
        ImageSeries s = series(r);
        String warning = lossyWarning(r);
        assertTrue(warning.contains("1.2.840.10008.1.2.4.81") && warning.contains("NEAR=2") && warning.contains("59 of 59 images"), warning);
        assertTrue(warning.matches(".*method ISO_14495_1, compression ratio [0-9.]+ to [0-9.]+\\).*"), "method and ratios from (0028,2114), (0028,2112): " + warning);
        assertNotEquals(sha256(original), sha256(s));
        // T.87: near-lossless coding keeps every sample within NEAR of the original; the independent dcmdjpls decode agrees exactly
        for (int i = 0; i < s.getVoxels().length; i++) {
            assertTrue(Math.abs(s.getVoxels()[i] - original.getVoxels()[i]) <= 2, "voxel " + i);
        }
        assertEquals(sha256(series(imported(eachFile(c, "jls81-d", "dcmdjpls")))), sha256(s));
        System.out.println("compressed CT 1.2.840.10008.1.2.4.81 (NEAR=2): mean |ΔHU| " + meanError(s) + ", warning: " + warning);
    }

    @Test
    void lossyJpeg2000ImportsWithAWarning() throws Exception {
        Path c = script("lossy", DEMO_CT, "j2k91");
        CaseImport r = imported(c);
        ImageSeries s = series(r);
        String warning = lossyWarning(r);
        assertTrue(warning.contains("1.2.840.10008.1.2.4.91") && warning.contains("irreversible 9/7"), warning);
        assertTrue(warning.contains("method ISO_15444_1, compression ratio 10.0"), warning);
        assertNotEquals(sha256(original), sha256(s));
        assertTrue(meanError(s) < 20, "mean |ΔHU| " + meanError(s));
        assertEquals(sha256(series(imported(script("decode", c, "j2k91-d")))), sha256(s), "the independent decode of the same codestream");
        System.out.println("compressed CT 1.2.840.10008.1.2.4.91 (9/7, 10:1): mean |ΔHU| " + meanError(s) + ", warning: " + warning);
    }

    @Test
    void jpegBaselineImportsWithAWarning() throws Exception {
        Path c = eachFile(DEMO_CT, "jpeg50", "dcmcjpeg", "+eb");
        assertEquals("1.2.840.10008.1.2.4.50", syntaxOf(c));
        CaseImport r = imported(c);
        ImageSeries s = series(r);
        String warning = lossyWarning(r);
        assertTrue(warning.contains("JPEG Baseline (Process 1) (1.2.840.10008.1.2.4.50)") && warning.contains("compression ratio"), warning);
        // dcmcjpeg scales the 16-bit values to 8 bits (RescaleSlope ≈ 16 HU): the HU are close, not equal
        assertTrue(meanError(s) < 20, "mean |ΔHU| " + meanError(s));
        // independent decode: dcmdjpeg, then pydicom widens the 8-bit values to the 16 bits the uncompressed path reads
        assertEquals(sha256(series(imported(script("decode", eachFile(c, "jpeg50-d", "dcmdjpeg"), "jpeg50-d16")))), sha256(s),
                "the independent decode (dcmdjpeg)");
    }

    @Test
    void anUncompressedSeriesMarkedLossyGetsTheWarning() throws Exception {
        Path c = Files.createDirectories(tmp.resolve("marked"));
        for (Path f : DcmDump.list(DEMO_CT)) {
            Files.copy(f, c.resolve(f.getFileName()));
        }
        Path first = DcmDump.list(c).get(0);
        run("dcmodify", "-nb", "-q", "-i", "(0028,2110)=01", "-i", "(0028,2112)=7.5", first.toString());
        CaseImport r = imported(c);
        String warning = lossyWarning(r);
        assertTrue(warning.contains("1 of 59 images") && warning.contains("(0028,2110)") && warning.contains("compression ratio 7.50"), warning);
        assertEquals(sha256(original), sha256(series(r)));
    }

    @Test
    void twelveBitLossyJpegIsRefusedNamingTheSyntax() throws Exception {
        Path c = eachFile(DEMO_CT, "jpeg51", "dcmcjpeg", "+ee");
        DicomImportException e = assertThrows(DicomImportException.class, () -> imported(c));
        assertTrue(e.getMessage().contains("1.2.840.10008.1.2.4.51") && e.getMessage().contains("12-bit"), e.getMessage());
        assertTrue(e.getMessage().startsWith(c.toString()), "names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aTruncatedFragmentIsOneLineNamingTheFile() throws Exception {
        Path c = eachFile(DEMO_CT, "truncated", "dcmcjpeg", "+e1");
        Path victim = DcmDump.list(c).get(7);
        byte[] bytes = Files.readAllBytes(victim);
        Files.write(victim, java.util.Arrays.copyOf(bytes, bytes.length - 5000));
        DicomImportException e = assertThrows(DicomImportException.class, () -> imported(c));
        assertTrue(e.getMessage().startsWith(victim.toString() + ": ") && e.getMessage().contains("truncated"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        System.out.println("truncated: " + e.getMessage());
    }

    @Test
    void aCorruptCodestreamIsOneLineNamingTheFileAndTheSyntax() throws Exception {
        for (String[] encoder : List.of(new String[] { "jls-bad", "dcmcjpls", "+el" }, new String[] { "jpeg-bad", "dcmcjpeg", "+e1" })) {
            Path c = eachFile(DEMO_CT, encoder[0], encoder[1], encoder[2]);
            Path victim = DcmDump.list(c).get(3);
            byte[] bytes = Files.readAllBytes(victim);
            // overwrite the middle of the entropy-coded data, leaving every DICOM length intact
            for (int i = bytes.length - 9000; i < bytes.length - 8000; i++) {
                bytes[i] = (byte) 0xFF;
            }
            Files.write(victim, bytes);
            DicomImportException e = assertThrows(DicomImportException.class, () -> imported(c), encoder[0]);
            assertTrue(e.getMessage().startsWith(victim.toString() + ": cannot decode the "), e.getMessage());
            assertTrue(e.getMessage().contains(syntaxOf(c)), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            System.out.println("corrupt: " + e.getMessage());
        }
    }
}
