package org.opensabt.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.FloatSingleAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.ValueRepresentation;

/**
 * Brachytherapy RT Plans and an RT Structure Set written with PixelMed alone (not the product's export), in the
 * patterns commercial planning systems write (issue 23; PS3.3 C.8.8.15): the vendor four-point channel, one point
 * per seed, two points at one position, strands, and a true HDR stepping plan. Used by the plan reader's tests
 * (org.opensabt.dicom.pixelmed.tests) and the dose re-check's (org.opensabt.cli.tests).
 */
public final class LdrPlanFixtures {

    public enum Pattern { VENDOR_4CP, ONE_POINT, TWO_POINTS, STRANDS, HDR_STEPPING }

    /** A seed: position (patient LPS mm) and unit axis. */
    public record Seed(double[] positionMm, double[] axis) {
    }

    public static final String RT_PLAN = "1.2.840.10008.5.1.4.1.1.481.5";
    public static final String RT_STRUCT = "1.2.840.10008.5.1.4.1.1.481.3";
    public static final double HALF_LIFE_DAYS = 59.4;

    public final String frame = uid();
    public final String study = uid();

    private LdrPlanFixtures() {
    }

    public static LdrPlanFixtures newPatient() {
        return new LdrPlanFixtures();
    }

    public static String uid() {
        UUID u = UUID.randomUUID();
        ByteBuffer b = ByteBuffer.allocate(17).put((byte) 0).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
        return "2.25." + new BigInteger(b.array());
    }

    /** A 3 × 3 × 3 lattice of seeds 10 mm apart around the origin, all with this axis. */
    public static List<Seed> lattice(double[] axis) {
        List<Seed> seeds = new ArrayList<>();
        for (double x : new double[] { -10, 0, 10 }) {
            for (double y : new double[] { -10, 0, 10 }) {
                for (double z : new double[] { -10, 0, 10 }) {
                    seeds.add(new Seed(new double[] { x, y, z }, axis));
                }
            }
        }
        return seeds;
    }

    /** The seeds as the reference script's table: x_mm,y_mm,z_mm,ax,ay,az,strength_U. */
    public static String table(List<Seed> seeds, double strengthU) {
        StringBuilder s = new StringBuilder("x_mm,y_mm,z_mm,ax,ay,az,strength_U\n");
        for (Seed seed : seeds) {
            double[] p = seed.positionMm();
            double[] a = seed.axis();
            s.append(String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.9f,%.9f,%.9f,%.6f%n", p[0], p[1], p[2], a[0], a[1], a[2], strengthU));
        }
        return s.toString();
    }

    /**
     * The plan of {@code seeds} in {@code pattern}: one channel per seed (VENDOR_4CP, ONE_POINT, TWO_POINTS), one channel
     * per column of seeds with equal x and y (STRANDS), or dwell positions of an Ir-192 stepping source (HDR_STEPPING).
     */
    public AttributeList plan(Pattern pattern, List<Seed> seeds, double strengthU, double prescriptionGy) throws DicomException {
        AttributeList l = new AttributeList();
        put(l, 0x0008, 0x0016, ValueRepresentation.UI, RT_PLAN);
        put(l, 0x0008, 0x0018, ValueRepresentation.UI, uid());
        put(l, 0x0008, 0x0060, ValueRepresentation.CS, "RTPLAN");
        put(l, 0x0010, 0x0010, ValueRepresentation.PN, "Ldr^Fixture");
        put(l, 0x0010, 0x0020, ValueRepresentation.LO, "LDR-FIXTURE");
        put(l, 0x0008, 0x0020, ValueRepresentation.DA, "20260101");
        put(l, 0x0020, 0x000D, ValueRepresentation.UI, study);
        put(l, 0x0020, 0x000E, ValueRepresentation.UI, uid());
        put(l, 0x0020, 0x0052, ValueRepresentation.UI, frame);
        put(l, 0x300A, 0x0002, ValueRepresentation.SH, pattern.name());
        put(l, 0x300A, 0x000C, ValueRepresentation.CS, "PATIENT");
        put(l, 0x300A, 0x0200, ValueRepresentation.CS, "INTERSTITIAL");
        boolean hdr = pattern == Pattern.HDR_STEPPING;
        put(l, 0x300A, 0x0202, ValueRepresentation.CS, hdr ? "HDR" : "LDR");
        AttributeList reference = new AttributeList();
        put(reference, 0x300A, 0x0012, ValueRepresentation.IS, "1");
        put(reference, 0x300A, 0x0014, ValueRepresentation.CS, "SITE");
        put(reference, 0x300A, 0x0020, ValueRepresentation.CS, "TARGET");
        put(reference, 0x300A, 0x0026, ValueRepresentation.DS, ds(prescriptionGy));
        sequence(l, 0x300A, 0x0010, reference);

        List<AttributeList> sources = new ArrayList<>();
        sources.add(source(1, hdr ? "Ir-192" : "I-125", hdr ? 73.8 : HALF_LIFE_DAYS, strengthU));
        if (pattern == Pattern.VENDOR_4CP) {
            sources.add(source(2, "---", 0, 0)); // what one vendor writes: a second source item no channel uses
        }
        sequence(l, 0x300A, 0x0210, sources.toArray(AttributeList[]::new));

        List<AttributeList> channels = new ArrayList<>();
        double meanLifeS = HALF_LIFE_DAYS * 86400 / Math.log(2);
        switch (pattern) {
        case VENDOR_4CP -> {
            for (Seed s : seeds) { // CP0/CP1 at the seed with weights 0/100, CP2/CP3 1 mm along its axis with weights 0/0
                double[] p = s.positionMm();
                double[] q = { p[0] + s.axis()[0], p[1] + s.axis()[1], p[2] + s.axis()[2] };
                channels.add(channel(channels.size() + 1, "FIXED", meanLifeS, 100, point(0, p, 0, null), point(1, p, 100, null), point(2, q, 0, null),
                        point(3, q, 0, null)));
            }
        }
        case ONE_POINT -> {
            for (Seed s : seeds) { // weight 0 or the final weight only
                boolean zero = channels.size() % 2 == 0;
                channels.add(channel(channels.size() + 1, "FIXED", meanLifeS, 1, point(0, s.positionMm(), zero ? 0 : 1, null)));
            }
        }
        case TWO_POINTS -> {
            for (Seed s : seeds) { // no Source Movement Type: the LDR plan type says the source is fixed
                channels.add(channel(channels.size() + 1, null, meanLifeS, 1, point(0, s.positionMm(), 0, s.axis()), point(1, s.positionMm(), 1, s.axis())));
            }
        }
        case STRANDS -> {
            java.util.Map<String, List<Seed>> strands = new java.util.LinkedHashMap<>();
            for (Seed s : seeds) {
                strands.computeIfAbsent(s.positionMm()[0] + "/" + s.positionMm()[1], k -> new ArrayList<>()).add(s);
            }
            for (List<Seed> strand : strands.values()) { // seed (weight up), spacer half-way to the next seed (weight unchanged)
                List<AttributeList> points = new ArrayList<>();
                int w = 0;
                for (int k = 0; k < strand.size(); k++) {
                    double[] p = strand.get(k).positionMm();
                    points.add(point(points.size(), p, w, null));
                    points.add(point(points.size(), p, ++w, null));
                    if (k + 1 < strand.size()) {
                        double[] n = strand.get(k + 1).positionMm();
                        points.add(point(points.size(), new double[] { (p[0] + n[0]) / 2, (p[1] + n[1]) / 2, (p[2] + n[2]) / 2 }, w, null));
                    }
                }
                channels.add(channel(channels.size() + 1, "FIXED", meanLifeS, w, points.toArray(AttributeList[]::new)));
            }
        }
        case HDR_STEPPING -> {
            for (Seed s : seeds) { // each "seed" a catheter with 4 dwell positions 5 mm apart, 10 s each
                List<AttributeList> points = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    double[] p = { s.positionMm()[0], s.positionMm()[1], s.positionMm()[2] + 5 * k };
                    points.add(point(points.size(), p, k, null));
                    points.add(point(points.size(), p, k + 1, null));
                }
                channels.add(channel(channels.size() + 1, "STEPWISE", 40, 4, points.toArray(AttributeList[]::new)));
            }
        }
        }
        AttributeList setup = new AttributeList();
        put(setup, 0x300A, 0x0232, ValueRepresentation.CS, "PERINEAL");
        put(setup, 0x300A, 0x0234, ValueRepresentation.IS, "1");
        put(setup, 0x300A, 0x0250, ValueRepresentation.DS, ds(strengthU * channels.size()));
        sequence(setup, 0x300A, 0x0280, channels.toArray(AttributeList[]::new));
        sequence(l, 0x300A, 0x0230, setup);
        return l;
    }

    private static AttributeList source(int number, String isotope, double halfLifeDays, double strengthU) throws DicomException {
        AttributeList s = new AttributeList();
        put(s, 0x300A, 0x0212, ValueRepresentation.IS, String.valueOf(number));
        put(s, 0x300A, 0x0214, ValueRepresentation.CS, "CYLINDER");
        put(s, 0x300A, 0x0226, ValueRepresentation.LO, isotope);
        put(s, 0x300A, 0x0228, ValueRepresentation.DS, ds(halfLifeDays));
        put(s, 0x300A, 0x022A, ValueRepresentation.DS, ds(strengthU));
        put(s, 0x300A, 0x022C, ValueRepresentation.DA, "20260101");
        put(s, 0x300A, 0x022E, ValueRepresentation.TM, "120000");
        put(s, 0x300A, 0x021A, ValueRepresentation.DS, "3");
        return s;
    }

    private static AttributeList channel(int number, String movement, double totalTimeS, double finalWeight, AttributeList... points) throws DicomException {
        AttributeList c = new AttributeList();
        put(c, 0x300A, 0x0282, ValueRepresentation.IS, String.valueOf(number));
        put(c, 0x300A, 0x0284, ValueRepresentation.DS, "0");
        put(c, 0x300A, 0x0286, ValueRepresentation.DS, ds(totalTimeS));
        if (movement != null) {
            put(c, 0x300A, 0x0288, ValueRepresentation.CS, movement);
        }
        put(c, 0x300C, 0x000E, ValueRepresentation.IS, "1");
        put(c, 0x300A, 0x0110, ValueRepresentation.IS, String.valueOf(points.length));
        put(c, 0x300A, 0x02C8, ValueRepresentation.DS, ds(finalWeight));
        sequence(c, 0x300A, 0x02D0, points);
        return c;
    }

    private static AttributeList point(int index, double[] positionMm, double weight, double[] orientation) throws DicomException {
        AttributeList p = new AttributeList();
        put(p, 0x300A, 0x0112, ValueRepresentation.IS, String.valueOf(index));
        put(p, 0x300A, 0x02D2, ValueRepresentation.DS, "0");
        put(p, 0x300A, 0x02D4, ValueRepresentation.DS, ds(positionMm[0]), ds(positionMm[1]), ds(positionMm[2]));
        put(p, 0x300A, 0x02D6, ValueRepresentation.DS, ds(weight));
        if (orientation != null) {
            FloatSingleAttribute o = new FloatSingleAttribute(new AttributeTag(0x300A, 0x0412));
            for (double v : orientation) {
                o.addValue((float) v);
            }
            p.put(o);
        }
        return p;
    }

    /** An RT Structure Set with one PTV: squares of ± halfMm in x and y on planes from z0 to z1 every stepMm. */
    public AttributeList structureSet(String name, double halfMm, double z0, double z1, double stepMm) throws DicomException {
        AttributeList l = new AttributeList();
        put(l, 0x0008, 0x0016, ValueRepresentation.UI, RT_STRUCT);
        put(l, 0x0008, 0x0018, ValueRepresentation.UI, uid());
        put(l, 0x0008, 0x0060, ValueRepresentation.CS, "RTSTRUCT");
        put(l, 0x0010, 0x0010, ValueRepresentation.PN, "Ldr^Fixture");
        put(l, 0x0010, 0x0020, ValueRepresentation.LO, "LDR-FIXTURE");
        put(l, 0x0020, 0x000D, ValueRepresentation.UI, study);
        put(l, 0x0020, 0x000E, ValueRepresentation.UI, uid());
        put(l, 0x3006, 0x0002, ValueRepresentation.SH, "LDR fixture");
        AttributeList frameItem = new AttributeList();
        put(frameItem, 0x0020, 0x0052, ValueRepresentation.UI, frame);
        sequence(l, 0x3006, 0x0010, frameItem);
        AttributeList roi = new AttributeList();
        put(roi, 0x3006, 0x0022, ValueRepresentation.IS, "1");
        put(roi, 0x3006, 0x0024, ValueRepresentation.UI, frame);
        put(roi, 0x3006, 0x0026, ValueRepresentation.LO, name);
        put(roi, 0x3006, 0x0036, ValueRepresentation.CS, "MANUAL");
        sequence(l, 0x3006, 0x0020, roi);
        List<AttributeList> contours = new ArrayList<>();
        for (double z = z0; z <= z1 + 1e-9; z += stepMm) {
            AttributeList c = new AttributeList();
            put(c, 0x3006, 0x0042, ValueRepresentation.CS, "CLOSED_PLANAR");
            put(c, 0x3006, 0x0046, ValueRepresentation.IS, "4");
            put(c, 0x3006, 0x0050, ValueRepresentation.DS, ds(-halfMm), ds(-halfMm), ds(z), ds(halfMm), ds(-halfMm), ds(z), ds(halfMm), ds(halfMm), ds(z),
                    ds(-halfMm), ds(halfMm), ds(z));
            contours.add(c);
        }
        AttributeList roiContour = new AttributeList();
        put(roiContour, 0x3006, 0x002A, ValueRepresentation.IS, "255", "0", "0");
        put(roiContour, 0x3006, 0x0084, ValueRepresentation.IS, "1");
        sequence(roiContour, 0x3006, 0x0040, contours.toArray(AttributeList[]::new));
        sequence(l, 0x3006, 0x0039, roiContour);
        AttributeList observation = new AttributeList();
        put(observation, 0x3006, 0x0082, ValueRepresentation.IS, "1");
        put(observation, 0x3006, 0x0084, ValueRepresentation.IS, "1");
        put(observation, 0x3006, 0x00A4, ValueRepresentation.CS, "PTV");
        put(observation, 0x3006, 0x00A6, ValueRepresentation.PN, "");
        sequence(l, 0x3006, 0x0080, observation);
        return l;
    }

    /** A Part 10 file, explicit VR little endian, through PixelMed's own writer. */
    public static Path write(AttributeList l, Path file) {
        try {
            FileMetaInformation.addFileMetaInformation(l, Attribute.getSingleStringValueOrEmptyString(l, new AttributeTag(0x0008, 0x0016)),
                    Attribute.getSingleStringValueOrEmptyString(l, new AttributeTag(0x0008, 0x0018)), TransferSyntax.ExplicitVRLittleEndian, "OPENSABT_TEST");
            l.write(file.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
            return file;
        } catch (DicomException | IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    public static void put(AttributeList l, int group, int element, byte[] vr, String... values) throws DicomException {
        Attribute a = AttributeFactory.newAttribute(new AttributeTag(group, element), vr);
        for (String v : values) {
            a.addValue(v);
        }
        l.put(a);
    }

    public static void sequence(AttributeList l, int group, int element, AttributeList... items) {
        SequenceAttribute s = new SequenceAttribute(new AttributeTag(group, element));
        for (AttributeList item : items) {
            s.addItem(item);
        }
        l.put(s);
    }

    /** A decimal string (DS, at most 16 characters). */
    public static String ds(double v) {
        String s = String.format(Locale.ROOT, "%.8g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
