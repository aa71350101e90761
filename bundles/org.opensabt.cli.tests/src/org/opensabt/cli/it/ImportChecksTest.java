package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Impossible DICOM input is refused at the door: each bad input, made from the demo CT and RTSTRUCT with dcmtk's
 * dcmodify, ends with exit 1 and one stderr line naming the file and the attribute, or imports with a 'warning:' line;
 * never exit 70 (formerly tests/smoke-importcheck.sh).
 */
class ImportChecksTest {

    @TempDir
    Path tmp;

    private Path ctCopy(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        try (Stream<Path> files = Files.list(Fixtures.ct())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".dcm")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private Path rsCopy(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        return Files.copy(Fixtures.rtstruct().resolve("RS.dcm"), dir.resolve("RS.dcm"));
    }

    private void modify(Object... args) {
        List<Object> argv = new ArrayList<>(List.of("dcmodify", "-nb", "-q"));
        argv.addAll(List.of(args));
        Fixtures.tool(tmp, argv.toArray()).ok("dcmodify");
    }

    private static List<Object> dicomFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".dcm")).sorted().map(f -> (Object) f).toList());
        }
    }

    /** exit 1, one line naming each fragment, nothing saved. */
    private void refused(String name, Object[] importArgs, String... fragments) {
        Path out = tmp.resolve("case-" + name);
        List<Object> argv = new ArrayList<>(List.of("import"));
        argv.addAll(List.of(importArgs));
        argv.add("--out");
        argv.add(out);
        Cli.run(tmp, argv.toArray()).refused(fragments);
        assertFalse(Files.exists(out.resolve("case.xmi")), name + ": nothing saved");
    }

    @Test
    void badCtHeaders() throws IOException {
        Path d = ctCopy("spacing");
        List<Object> m = new ArrayList<>(List.of("-m", "(0028,0030)=0\\0"));
        m.addAll(dicomFiles(d));
        modify(m.toArray());
        refused("spacing", new Object[] { d }, "000000.dcm", "PixelSpacing", "0\\0");

        d = ctCopy("nospacing");
        modify("-e", "(0028,0030)", d.resolve("000010.dcm"));
        refused("nospacing", new Object[] { d }, "000010.dcm", "PixelSpacing", "missing");

        d = ctCopy("slope");
        m = new ArrayList<>(List.of("-m", "(0028,1053)=0"));
        m.addAll(dicomFiles(d));
        modify(m.toArray());
        refused("slope", new Object[] { d }, "000000.dcm", "RescaleSlope");

        d = ctCopy("sagittal");
        m = new ArrayList<>(List.of("-m", "(0020,0037)=0\\1\\0\\0\\0\\-1"));
        m.addAll(dicomFiles(d));
        modify(m.toArray());
        refused("sagittal", new Object[] { d, Fixtures.rtstruct().resolve("RS.dcm") }, "ImageOrientationPatient", "only axial CT series are supported");

        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.copy(Fixtures.ct().resolve("000020.dcm"), one.resolve("000020.dcm"));
        refused("one", new Object[] { one }, "000020.dcm", "only one image");

        d = ctCopy("huge");
        modify("-m", "(0028,0010)=65535", "-m", "(0028,0011)=65535", "-e", "(7fe0,0010)", d.resolve("000030.dcm"));
        refused("huge", new Object[] { d }, "000030.dcm", "Rows");
    }

    @Test
    void badRtStructs() throws IOException {
        Path rs = rsCopy("truncated");
        Files.write(rs, java.util.Arrays.copyOf(Files.readAllBytes(rs), 250000));
        refused("truncated", new Object[] { Fixtures.ct(), rs }, "RS.dcm", "ReferencedROINumber");

        rs = rsCopy("nan");
        modify("-m", "(3006,0039)[0].(3006,0040)[0].(3006,0050)=45\\NaN\\-743.98\\60\\8\\-743.98\\50\\20\\-743.98", "-m",
                "(3006,0039)[0].(3006,0040)[0].(3006,0046)=3", rs);
        refused("nan", new Object[] { Fixtures.ct(), rs }, "RS.dcm", "ContourData", "NaN");

        // every contour of the only ROI moved 1 m to the right: a square at x = 1040…1060 mm
        rs = rsCopy("far");
        String dump = Fixtures.tool(tmp, "dcmdump", "+P", "3006,0050", Fixtures.rtstruct().resolve("RS.dcm")).ok("dcmdump").output();
        Pattern z = Pattern.compile("\\[[^\\\\]*\\\\[^\\\\]*\\\\([^\\\\]*)\\\\");
        List<Object> args = new ArrayList<>();
        int i = 0;
        for (String line : dump.split("\\R")) {
            Matcher mz = z.matcher(line);
            if (!mz.find()) {
                continue;
            }
            String zz = mz.group(1);
            args.addAll(List.of("-m", "(3006,0039)[0].(3006,0040)[" + i + "].(3006,0050)=1040\\0\\" + zz + "\\1060\\0\\" + zz + "\\1060\\20\\" + zz + "\\1040\\20\\" + zz,
                    "-m", "(3006,0039)[0].(3006,0040)[" + i + "].(3006,0046)=4"));
            i++;
        }
        assertTrue(i > 0, dump);
        args.add(rs);
        modify(args.toArray());
        refused("far", new Object[] { Fixtures.ct(), rs }, "RS.dcm", "GTV_Mass_CT", "wholly outside the CT");
    }

    @Test
    void bowTieContourImportsWithAWarning() throws IOException {
        Path rs = rsCopy("bowtie");
        modify("-m", "(3006,0039)[0].(3006,0040)[0].(3006,0050)=40\\0\\-743.98\\60\\20\\-743.98\\60\\0\\-743.98\\40\\20\\-743.98", "-m",
                "(3006,0039)[0].(3006,0040)[0].(3006,0046)=4", rs);
        Cli.Run json = Cli.json(tmp, "import", Fixtures.ct(), rs, "--out", tmp.resolve("case-bowtie")).ok();
        assertTrue(json.result().getAsJsonArray("warnings").asList().stream().map(w -> w.getAsString())
                .anyMatch(w -> w.contains("bow-tie") && w.contains("GTV_Mass_CT") && w.contains("contour 1 at z = -743.98 mm")), json::toString);
        Cli.Run text = Cli.run(tmp, "import", Fixtures.ct(), rs, "--out", tmp.resolve("case-bowtie"), "--replace").ok();
        assertTrue(text.errLines().stream().anyMatch(l -> l.startsWith("warning: ") && l.contains("ROI 'GTV_Mass_CT': 1 contour(s) cross themselves (bow-tie)")),
                text::toString);
    }

    /** The demo case imports with its one benign warning; our own export with BODY re-imports without any. */
    @Test
    void demoCaseAndOurOwnExport() {
        Path good = tmp.resolve("case-good");
        Cli.Run r = Cli.run(tmp, "import", Fixtures.ct(), Fixtures.rtstruct().resolve("RS.dcm"), "--out", good).ok();
        List<String> warnings = r.errLines().stream().filter(l -> l.startsWith("warning:")).toList();
        assertEquals(1, warnings.size(), r::toString);
        assertTrue(warnings.get(0).contains("refers to series"), r::toString);
        Cli.run(tmp, "contour", "body", "--case", good).ok();
        Cli.run(tmp, "export", "--case", good, "--what", "rtstruct", "--out", tmp.resolve("export/RS.dcm")).ok();
        Cli.Run again = Cli.run(tmp, "import", Fixtures.ct(), tmp.resolve("export/RS.dcm"), "--out", tmp.resolve("case-reimported")).ok();
        assertTrue(again.errLines().stream().noneMatch(l -> l.startsWith("warning:")), again::toString);
        assertTrue(again.out().contains("BODY"), again::toString);
    }
}
