package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads header values with dcmtk's dcmdump: an implementation independent of PixelMed for the tests. */
final class DcmDump {

    private static final Pattern VALUE = Pattern.compile("\\[([^\\]]*)\\]");

    private DcmDump() {
    }

    static String value(Path file, String tag) throws IOException {
        Process p = new ProcessBuilder("dcmdump", "+L", "+P", tag, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("dcmdump failed on " + file + ": " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Matcher m = VALUE.matcher(out);
        if (!m.find()) {
            // binary VRs (US, UL, FL…) are printed without brackets: "(0028,0010) US 10   #   2, 1 Rows"
            m = Pattern.compile("\\)\\s+[A-Z]{2}\\s+([^#\\s][^#]*?)\\s+#").matcher(out);
        }
        if (!m.find(0)) {
            throw new IOException("dcmdump printed no value of " + tag + " for " + file + ": " + out);
        }
        return m.group(1);
    }

    static double[] doubles(Path file, String tag) throws IOException {
        String[] parts = value(file, tag).split("\\\\");
        double[] d = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            d[i] = Double.parseDouble(parts[i].strip());
        }
        return d;
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static List<double[]> imagePositions(Path dir) throws IOException {
        List<double[]> out = new ArrayList<>();
        for (Path f : list(dir)) {
            out.add(doubles(f, "0020,0032"));
        }
        return out;
    }
}
