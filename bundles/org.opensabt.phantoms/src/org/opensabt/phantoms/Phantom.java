package org.opensabt.phantoms;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.opensabt.model.Contour;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Sex;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;

/**
 * A synthetic planning phantom in patient LPS coordinates (mm), for the planning, template and
 * post-implant tests and benchmarks: a water box (the BODY, anterior skin at y = −{@link #BODY_HALF_Y})
 * in air, a spherical GTV of a chosen volume at the origin, optionally a spherical OAR of radius
 * {@link #OAR_RADIUS_MM} a chosen gap from the GTV surface along +x (patient left), and optionally a
 * bone slab (structure type AVOID, 700 HU) between the GTV and the anterior skin, which a needle from
 * the front must go around. Contours are polygons whose area equals the exact circle (or rectangle)
 * section on each CT slice, so planimetric volumes are the slab-integrated analytic ones.
 *
 * @param targetCc  GTV volume (cc)
 * @param oarGapMm  gap between GTV and OAR surfaces (mm), or NaN for no OAR
 * @param boneSlab  whether to add the bone slab
 * @param pixelMm   in-plane CT spacing (mm)
 * @param sliceMm   CT slice spacing (mm)
 */
public record Phantom(double targetCc, double oarGapMm, boolean boneSlab, double pixelMm, double sliceMm) {

    public static final double BODY_HALF_X = 80;
    public static final double BODY_HALF_Y = 65;
    public static final double BODY_HALF_Z = 60;
    public static final double OAR_RADIUS_MM = 8;
    static final double AIR_MARGIN_MM = 10;
    static final int POLYGON_VERTICES = 96;
    public static final short WATER_HU = 0;
    public static final short TARGET_HU = 40;
    public static final short OAR_HU = 30;
    public static final short BONE_HU = 700;
    public static final short AIR_HU = -1000;

    public Phantom {
        if (!(targetCc > 0) || targetCc > 400) {
            throw new IllegalArgumentException("target volume must be in (0, 400] cc, is " + targetCc);
        }
        if (!(pixelMm >= 0.5 && pixelMm <= 3) || !(sliceMm >= 0.5 && sliceMm <= 5)) {
            throw new IllegalArgumentException("pixel spacing must be 0.5–3 mm and slice spacing 0.5–5 mm");
        }
        double r = radiusMm(targetCc);
        if (!Double.isNaN(oarGapMm) && (!(oarGapMm >= 0) || r + oarGapMm + 2 * OAR_RADIUS_MM > BODY_HALF_X - 5)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "an OAR %.1f mm from a %.0f cc target does not fit in the phantom", oarGapMm, targetCc));
        }
        if (boneSlab && r + 15 > BODY_HALF_Y - 5) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a bone slab does not fit in front of a %.0f cc target", targetCc));
        }
    }

    /** Radius (mm) of a sphere of {@code cc} cubic centimetres. */
    public static double radiusMm(double cc) {
        return Math.cbrt(3 * cc * 1000 / (4 * Math.PI));
    }

    public double targetRadiusMm() {
        return radiusMm(targetCc);
    }

    /** Centre of the OAR sphere (mm). */
    public double[] oarCentreMm() {
        return new double[] { targetRadiusMm() + oarGapMm + OAR_RADIUS_MM, 0, 0 };
    }

    /** The bone slab's box {x0, x1, y0, y1, z0, z1} (mm): 10 mm thick, 5 mm in front of the GTV. */
    public double[] boneSlabMm() {
        double r = targetRadiusMm();
        return new double[] { -30, 30, -r - 15, -r - 5, -30, 30 };
    }

    public PatientCase build() {
        PatientCase c = ModelFactory.eINSTANCE.createPatientCase();
        String id = String.format(Locale.ROOT, "PHANTOM-%.0fcc%s%s", targetCc, Double.isNaN(oarGapMm) ? "" : String.format(Locale.ROOT, "-oar%.0fmm", oarGapMm),
                boneSlab ? "-bone" : "");
        c.setCaseId(id);
        Patient p = ModelFactory.eINSTANCE.createPatient();
        p.setPatientId(id);
        p.setName("Phantom^Synthetic");
        p.setSex(Sex.OTHER);
        c.setPatient(p);
        Study study = ModelFactory.eINSTANCE.createStudy();
        study.setStudyInstanceUid(uid(id, "study"));
        study.setDescription("synthetic phantom (water box)");
        c.getStudies().add(study);
        ImageSeries ct = ct(id);
        study.getSeries().add(ct);
        StructureSet set = ModelFactory.eINSTANCE.createStructureSet();
        set.setLabel("PHANTOM");
        set.setSopInstanceUid(uid(id, "rtstruct"));
        set.setFrameOfReferenceUid(ct.getFrameOfReferenceUid());
        set.setReferencedSeriesUid(ct.getSeriesInstanceUid());
        double[] z = slicePositions(ct);
        set.getStructures().add(box("BODY", RoiType.BODY, 1, new int[] { 0, 255, 0 }, new double[] { -BODY_HALF_X, BODY_HALF_X, -BODY_HALF_Y, BODY_HALF_Y,
                -BODY_HALF_Z, BODY_HALF_Z }, z));
        set.getStructures().add(sphere("GTV", RoiType.GTV, 2, new int[] { 255, 0, 0 }, new double[] { 0, 0, 0 }, targetRadiusMm(), z));
        if (!Double.isNaN(oarGapMm)) {
            set.getStructures().add(sphere("OAR", RoiType.OAR, 3, new int[] { 0, 128, 255 }, oarCentreMm(), OAR_RADIUS_MM, z));
        }
        if (boneSlab) {
            set.getStructures().add(box("BONE", RoiType.AVOID, 4, new int[] { 255, 255, 200 }, boneSlabMm(), z));
        }
        study.getStructureSets().add(set);
        return c;
    }

    private ImageSeries ct(String id) {
        double halfX = BODY_HALF_X + AIR_MARGIN_MM;
        double halfY = BODY_HALF_Y + AIR_MARGIN_MM;
        double halfZ = BODY_HALF_Z + AIR_MARGIN_MM;
        int columns = (int) Math.round(2 * halfX / pixelMm) + 1;
        int rows = (int) Math.round(2 * halfY / pixelMm) + 1;
        int slices = (int) Math.round(2 * halfZ / sliceMm) + 1;
        ImageSeries s = ModelFactory.eINSTANCE.createImageSeries();
        s.setSeriesInstanceUid(uid(id, "ct"));
        s.setFrameOfReferenceUid(uid(id, "frame"));
        s.setModality("CT");
        s.setDescription("synthetic phantom");
        s.setVoxelUnit("HU");
        double[] origin = { -(columns - 1) * pixelMm / 2, -(rows - 1) * pixelMm / 2, -(slices - 1) * sliceMm / 2 };
        for (int k = 0; k < 3; k++) {
            s.getOriginMm().add(origin[k]);
            s.getRowDirection().add(k == 0 ? 1.0 : 0.0);
            s.getColumnDirection().add(k == 1 ? 1.0 : 0.0);
            s.getSliceDirection().add(k == 2 ? 1.0 : 0.0);
        }
        s.getSpacingMm().add(pixelMm);
        s.getSpacingMm().add(pixelMm);
        s.getSpacingMm().add(sliceMm);
        s.setColumns(columns);
        s.setRows(rows);
        s.setSlices(slices);
        short[] hu = new short[Math.multiplyExact(Math.multiplyExact(columns, rows), slices)];
        double r2 = targetRadiusMm() * targetRadiusMm();
        double[] oar = Double.isNaN(oarGapMm) ? null : oarCentreMm();
        double[] bone = boneSlab ? boneSlabMm() : null;
        int i = 0;
        for (int k = 0; k < slices; k++) {
            double z = origin[2] + k * sliceMm;
            for (int r = 0; r < rows; r++) {
                double y = origin[1] + r * pixelMm;
                for (int c = 0; c < columns; c++) {
                    double x = origin[0] + c * pixelMm;
                    short v = AIR_HU;
                    if (Math.abs(x) <= BODY_HALF_X && Math.abs(y) <= BODY_HALF_Y && Math.abs(z) <= BODY_HALF_Z) {
                        v = WATER_HU;
                        if (x * x + y * y + z * z <= r2) {
                            v = TARGET_HU;
                        } else if (oar != null && sq(x - oar[0]) + sq(y - oar[1]) + sq(z - oar[2]) <= OAR_RADIUS_MM * OAR_RADIUS_MM) {
                            v = OAR_HU;
                        } else if (bone != null && x >= bone[0] && x <= bone[1] && y >= bone[2] && y <= bone[3] && z >= bone[4] && z <= bone[5]) {
                            v = BONE_HU;
                        }
                    }
                    hu[i++] = v;
                }
            }
        }
        s.setVoxels(hu);
        return s;
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double[] slicePositions(ImageSeries ct) {
        double[] z = new double[ct.getSlices()];
        for (int k = 0; k < z.length; k++) {
            z[k] = ct.getOriginMm().get(2) + k * ct.getSpacingMm().get(2);
        }
        return z;
    }

    /** A sphere as one polygon per slice plane that cuts it, each with the exact area of its circular section. */
    static Structure sphere(String name, RoiType type, int number, int[] rgb, double[] centre, double radius, double[] planes) {
        Structure s = structure(name, type, number, rgb);
        // a regular n-gon of circumradius ρ has area n ρ² sin(2π/n) / 2: scale so that it equals π r²
        double scale = Math.sqrt(2 * Math.PI / (POLYGON_VERTICES * Math.sin(2 * Math.PI / POLYGON_VERTICES)));
        for (double z : planes) {
            double dz = z - centre[2];
            if (Math.abs(dz) >= radius) {
                continue;
            }
            double rho = Math.sqrt(radius * radius - dz * dz) * scale;
            Contour contour = ModelFactory.eINSTANCE.createContour();
            for (int v = 0; v < POLYGON_VERTICES; v++) {
                double a = 2 * Math.PI * v / POLYGON_VERTICES;
                contour.getPointsMm().add(centre[0] + rho * Math.cos(a));
                contour.getPointsMm().add(centre[1] + rho * Math.sin(a));
                contour.getPointsMm().add(z);
            }
            s.getContours().add(contour);
        }
        return s;
    }

    /** A box {x0, x1, y0, y1, z0, z1} as one rectangle per slice plane within [z0, z1]. */
    static Structure box(String name, RoiType type, int number, int[] rgb, double[] b, double[] planes) {
        Structure s = structure(name, type, number, rgb);
        for (double z : planes) {
            if (z < b[4] - 1e-9 || z > b[5] + 1e-9) {
                continue;
            }
            Contour contour = ModelFactory.eINSTANCE.createContour();
            double[][] corners = { { b[0], b[2] }, { b[1], b[2] }, { b[1], b[3] }, { b[0], b[3] } };
            for (double[] corner : corners) {
                contour.getPointsMm().add(corner[0]);
                contour.getPointsMm().add(corner[1]);
                contour.getPointsMm().add(z);
            }
            s.getContours().add(contour);
        }
        return s;
    }

    private static Structure structure(String name, RoiType type, int number, int[] rgb) {
        Structure s = ModelFactory.eINSTANCE.createStructure();
        s.setName(name);
        s.setType(type);
        s.setRoiNumber(number);
        for (int v : rgb) {
            s.getColorRgb().add(v);
        }
        return s;
    }

    /** A deterministic UID under 2.25 (PS3.5 B.2) from the phantom's name. */
    static String uid(String id, String what) {
        UUID u = UUID.nameUUIDFromBytes((id + "|" + what).getBytes(StandardCharsets.UTF_8));
        return "2.25." + new BigInteger(1, ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
    }
}
