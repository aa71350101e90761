package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.RtExporter;
import org.opensabt.model.Contour;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;

import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.ClinicalTrialsAttributes;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherWordAttribute;

/**
 * DICOM RT export of a case (PS3.3 A.19 RT Structure Set, A.18 RT Dose, A.20 RT Plan with the RT
 * Brachy Application Setups module): the structures, the total dose of a plan in Gy, and an LDR seed
 * plan with one channel per seed. UIDs are derived from the case, the object and the case's
 * modification time (root 2.25, PS3.5 B.2), so an RTDOSE and an RTPLAN exported from the same case
 * state refer to each other. With {@code anonymize}, the PS3.15 basic profile is applied (PixelMed's
 * ClinicalTrialsAttributes) and a pseudonymous patient ID and name are written.
 */
final class RtExport implements RtExporter {

    static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
    static final String RT_STRUCTURE_SET_STORAGE = "1.2.840.10008.5.1.4.1.1.481.3";
    static final String RT_DOSE_STORAGE = "1.2.840.10008.5.1.4.1.1.481.2";
    static final String RT_PLAN_STORAGE = "1.2.840.10008.5.1.4.1.1.481.5";
    static final String STUDY_COMPONENT = "1.2.840.10008.3.1.2.3.1"; // Detached Study Management, as RT objects reference studies

    private final PatientCase patientCase;
    private final boolean anonymize;
    private final String date = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);

    RtExport(PatientCase patientCase, boolean anonymize) {
        this.patientCase = patientCase;
        this.anonymize = anonymize;
    }

    /** A UID under 2.25 from a name (deterministic for the same case state). */
    String uid(String... parts) {
        String name = patientCase.getCaseId() + "|" + patientCase.getModifiedAt() + "|" + String.join("|", parts);
        UUID u = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        BigInteger value = new BigInteger(1, java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits()).array());
        return "2.25." + value;
    }

    ImageSeries ct() throws DicomExportException {
        for (Study study : patientCase.getStudies()) {
            if (!study.getSeries().isEmpty()) {
                return study.getSeries().get(0);
            }
        }
        throw new DicomExportException("the case has no CT series to refer to");
    }

    /** Patient, General Study, RT Series, General Equipment and SOP Common modules. */
    private Dataset common(String modality, String sopClass, String sopInstance, String seriesUid, int seriesNumber) throws DicomException, DicomExportException {
        ImageSeries ct = ct();
        Study study = (Study) ct.eContainer();
        Patient p = patientCase.getPatient();
        Dataset d = new Dataset();
        d.put(0x0008, 0x0016, "UI", sopClass).put(0x0008, 0x0018, "UI", sopInstance);
        d.put(0x0008, 0x0020, "DA", study.getStudyDate() == null ? null : study.getStudyDate().toXMLFormat().replace("-", "").substring(0, 8));
        d.put(0x0008, 0x0030, "TM").put(0x0008, 0x0050, "SH").put(0x0008, 0x0060, "CS", modality).put(0x0008, 0x1070, "PN");
        d.put(0x0008, 0x0070, "LO", "OpenSABT").put(0x0008, 0x0090, "PN").put(0x0008, 0x1090, "LO", "OpenSABT");
        d.put(0x0010, 0x0010, "PN", p == null ? "" : nz(p.getName())).put(0x0010, 0x0020, "LO", p == null ? patientCase.getCaseId() : nz(p.getPatientId()));
        d.put(0x0010, 0x0030, "DA", p == null || p.getBirthDate() == null ? null : p.getBirthDate().toXMLFormat().replace("-", "").substring(0, 8));
        d.put(0x0010, 0x0040, "CS", p == null || p.getSex() == null || p.getSex().getLiteral().equals("U") ? null : p.getSex().getLiteral());
        d.put(0x0018, 0x1020, "LO", "0.1");
        d.put(0x0020, 0x000D, "UI", study.getStudyInstanceUid()).put(0x0020, 0x000E, "UI", seriesUid);
        d.put(0x0020, 0x0010, "SH").put(0x0020, 0x0011, "IS", String.valueOf(seriesNumber)).put(0x0020, 0x0013, "IS", "1");
        d.put(0x0008, 0x0012, "DA", date).put(0x0008, 0x0013, "TM", "000000");
        return d;
    }

    private void finish(Dataset d, Path file, String sopClass, String sopInstance) throws DicomException, IOException {
        if (anonymize) {
            // keep UIDs (references between the exported objects and the CT) and descriptions; remove patient
            // characteristics, institution identity and dates
            ClinicalTrialsAttributes.removeOrNullIdentifyingAttributes(d.list, ClinicalTrialsAttributes.HandleUIDs.keep, true, true, false, true,
                    false, ClinicalTrialsAttributes.HandleDates.remove, null, null);
            String pseudonym = "OPENSABT-" + uid("pseudonym").substring(5, 17);
            d.put(0x0010, 0x0010, "PN", pseudonym).put(0x0010, 0x0020, "LO", pseudonym);
            d.put(0x0012, 0x0062, "CS", "YES").put(0x0012, 0x0063, "LO", "DICOM PS3.15 basic profile (PixelMed)");
            // the profile removes some type 2 attributes that the IODs still require, empty
            String[][] typeTwo = { { "0008", "0020", "DA" }, { "0008", "0030", "TM" }, { "0008", "0050", "SH" }, { "0008", "0090", "PN" },
                    { "0008", "1070", "PN" }, { "0010", "0030", "DA" }, { "0010", "0040", "CS" }, { "0020", "0010", "SH" },
                    { "3006", "0008", "DA" }, { "3006", "0009", "TM" }, { "300A", "0006", "DA" }, { "300A", "0007", "TM" } };
            boolean structureSet = RT_STRUCTURE_SET_STORAGE.equals(sopClass);
            boolean rtPlan = RT_PLAN_STORAGE.equals(sopClass);
            for (String[] t : typeTwo) {
                AttributeTag tag = new AttributeTag(Integer.parseInt(t[0], 16), Integer.parseInt(t[1], 16));
                boolean applies = !t[0].equals("3006") && !t[0].equals("300A") || t[0].equals("3006") && structureSet || t[0].equals("300A") && rtPlan;
                if (applies && d.list.get(tag) == null) {
                    d.put(tag.getGroup(), tag.getElement(), t[2]);
                }
            }
        }
        d.write(file, sopClass, sopInstance);
    }

    @Override
    public Path exportRtStruct(Path file) throws DicomExportException, IOException {
        try {
            ImageSeries ct = ct();
            Study study = (Study) ct.eContainer();
            String sop = rtStructUid();
            Dataset d = common("RTSTRUCT", RT_STRUCTURE_SET_STORAGE, sop, uid("rtstruct-series"), 901);
            d.put(0x0020, 0x0052, "UI", ct.getFrameOfReferenceUid()).put(0x0020, 0x1040, "LO");
            d.put(0x3006, 0x0002, "SH", "OpenSABT").put(0x3006, 0x0008, "DA", date).put(0x3006, 0x0009, "TM", "000000");
            List<Dataset> images = new ArrayList<>();
            for (String sopUid : ct.getSopInstanceUids()) {
                images.add(new Dataset().put(0x0008, 0x1150, "UI", CT_IMAGE_STORAGE).put(0x0008, 0x1155, "UI", sopUid));
            }
            Dataset series = new Dataset().put(0x0020, 0x000E, "UI", ct.getSeriesInstanceUid()).sequence(0x3006, 0x0016, images);
            Dataset studyRef = new Dataset().put(0x0008, 0x1150, "UI", STUDY_COMPONENT).put(0x0008, 0x1155, "UI", study.getStudyInstanceUid())
                    .sequence(0x3006, 0x0014, series);
            d.sequence(0x3006, 0x0010, new Dataset().put(0x0020, 0x0052, "UI", ct.getFrameOfReferenceUid()).sequence(0x3006, 0x0012, studyRef));
            List<Dataset> rois = new ArrayList<>();
            List<Dataset> roiContours = new ArrayList<>();
            List<Dataset> observations = new ArrayList<>();
            int number = 0;
            for (Study s : patientCase.getStudies()) {
                for (StructureSet set : s.getStructureSets()) {
                    for (Structure structure : set.getStructures()) {
                        number++;
                        int roi = structure.getRoiNumber() > 0 ? structure.getRoiNumber() : number;
                        rois.add(new Dataset().put(0x3006, 0x0022, "IS", String.valueOf(roi)).put(0x3006, 0x0024, "UI", ct.getFrameOfReferenceUid())
                                .put(0x3006, 0x0026, "LO", structure.getName()).put(0x3006, 0x0036, "CS", "MANUAL"));
                        Dataset roiContour = new Dataset();
                        List<Integer> rgb = structure.getColorRgb();
                        roiContour.put(0x3006, 0x002A, "IS", rgb.size() == 3 ? new String[] { "" + rgb.get(0), "" + rgb.get(1), "" + rgb.get(2) }
                                : new String[] { "255", "0", "0" });
                        List<Dataset> contours = new ArrayList<>();
                        for (Contour c : structure.getContours()) {
                            double[] pts = c.getPointsMm().stream().mapToDouble(Double::doubleValue).toArray();
                            String[] text = new String[pts.length];
                            for (int i = 0; i < pts.length; i++) {
                                text[i] = Dataset.decimal(Math.round(pts[i] * 1e4) / 1e4);
                            }
                            contours.add(new Dataset().put(0x3006, 0x0042, "CS", "CLOSED_PLANAR")
                                    .put(0x3006, 0x0046, "IS", String.valueOf(pts.length / 3)).put(0x3006, 0x0050, "DS", text));
                        }
                        if (!contours.isEmpty()) {
                            roiContour.sequence(0x3006, 0x0040, contours);
                        }
                        roiContour.put(0x3006, 0x0084, "IS", String.valueOf(roi));
                        roiContours.add(roiContour);
                        observations.add(new Dataset().put(0x3006, 0x0082, "IS", String.valueOf(number)).put(0x3006, 0x0084, "IS", String.valueOf(roi))
                                .put(0x3006, 0x00A4, "CS", interpretedType(structure)).put(0x3006, 0x00A6, "PN"));
                    }
                }
            }
            if (rois.isEmpty()) {
                throw new DicomExportException("the case has no structures to export");
            }
            d.sequence(0x3006, 0x0020, rois).sequence(0x3006, 0x0039, roiContours).sequence(0x3006, 0x0080, observations);
            d.put(0x300E, 0x0002, "CS", "UNAPPROVED");
            finish(d, file, RT_STRUCTURE_SET_STORAGE, sop);
            return file;
        } catch (DicomException e) {
            throw new DicomExportException("cannot build the RT Structure Set: " + e.getMessage());
        }
    }

    String rtStructUid() {
        return uid("rtstruct");
    }

    private static String interpretedType(Structure s) {
        return switch (s.getType()) {
            case GTV -> "GTV";
            case CTV -> "CTV";
            case PTV -> "PTV";
            case OAR -> "ORGAN";
            case BODY -> "EXTERNAL";
            case AVOID -> "AVOIDANCE";
            default -> "CONTROL"; // a helper structure; read back as OTHER
        };
    }

    /** RT Dose: the plan's total dose in Gy, unsigned 16-bit with a grid scaling. */
    @Override
    public Path exportRtDose(Plan plan, Path file, String referencedRtPlanUid) throws DicomExportException, IOException {
        DoseGrid grid = plan.getDoseGrid();
        if (grid == null || grid.getDoseValues() == null) {
            throw new DicomExportException("plan " + plan.getPlanId() + " has no dose grid");
        }
        if (!"Gy".equals(grid.getDoseUnit())) {
            throw new DicomExportException("plan " + plan.getPlanId() + ": dose unit " + grid.getDoseUnit() + ", expected Gy");
        }
        try {
            ImageSeries ct = ct();
            String sop = uid("rtdose", plan.getPlanId());
            Dataset d = common("RTDOSE", RT_DOSE_STORAGE, sop, uid("rtdose-series", plan.getPlanId()), 903);
            double[] row = direction(grid.getRowDirection(), 1, 0, 0);
            double[] col = direction(grid.getColumnDirection(), 0, 1, 0);
            double[] slice = direction(grid.getSliceDirection(), 0, 0, 1);
            double[] normal = { row[1] * col[2] - row[2] * col[1], row[2] * col[0] - row[0] * col[2], row[0] * col[1] - row[1] * col[0] };
            double sign = normal[0] * slice[0] + normal[1] * slice[1] + normal[2] * slice[2] >= 0 ? 1 : -1;
            d.put(0x0020, 0x0052, "UI", ct.getFrameOfReferenceUid()).put(0x0020, 0x1040, "LO");
            d.putNumbers(0x0020, 0x0032, "DS", grid.getOriginMm().get(0), grid.getOriginMm().get(1), grid.getOriginMm().get(2));
            d.putNumbers(0x0020, 0x0037, "DS", row[0], row[1], row[2], col[0], col[1], col[2]);
            d.putNumbers(0x0028, 0x0030, "DS", grid.getSpacingMm().get(1), grid.getSpacingMm().get(0));
            d.put(0x0018, 0x0050, "DS");
            d.put(0x0028, 0x0002, "US", "1").put(0x0028, 0x0004, "CS", "MONOCHROME2");
            d.put(0x0028, 0x0010, "US", String.valueOf(grid.getRows())).put(0x0028, 0x0011, "US", String.valueOf(grid.getColumns()));
            // 16-bit unsigned: what most planning systems write and every reader (dciodvfy too) accepts; the step is
            // max/65535 (0.013 Gy for a 850 Gy maximum next to a seed)
            d.put(0x0028, 0x0100, "US", "16").put(0x0028, 0x0101, "US", "16").put(0x0028, 0x0102, "US", "15").put(0x0028, 0x0103, "US", "0");
            d.put(0x0028, 0x0008, "IS", String.valueOf(grid.getSlices()));
            AttributeTagAttribute increment = new AttributeTagAttribute(Dataset.tag(0x0028, 0x0009));
            increment.addValue(new AttributeTag(0x3004, 0x000C));
            d.list.put(increment);
            double[] offsets = new double[grid.getSlices()];
            for (int s = 0; s < offsets.length; s++) {
                offsets[s] = sign * s * grid.getSpacingMm().get(2);
            }
            d.putNumbers(0x3004, 0x000C, "DS", offsets);
            float[] dose = grid.getDoseValues();
            double max = 0;
            for (float v : dose) {
                max = Math.max(max, v);
            }
            double scaling = max > 0 ? max / 65000.0 : 1.0;
            scaling = Double.parseDouble(Dataset.decimal(scaling)); // the value written is the value used
            short[] words = new short[dose.length];
            for (int i = 0; i < dose.length; i++) {
                words[i] = (short) Math.max(0, Math.min(0xFFFF, Math.round(Math.max(0, dose[i]) / scaling)));
            }
            OtherWordAttribute pixels = new OtherWordAttribute(Dataset.tag(0x7FE0, 0x0010));
            pixels.setValues(words);
            d.list.put(pixels);
            d.put(0x3004, 0x0002, "CS", "GY").put(0x3004, 0x0004, "CS", "PHYSICAL").put(0x3004, 0x000A, "CS", "PLAN");
            d.put(0x3004, 0x000E, "DS", Dataset.decimal(scaling));
            d.sequence(0x300C, 0x0002, new Dataset().put(0x0008, 0x1150, "UI", RT_PLAN_STORAGE).put(0x0008, 0x1155, "UI",
                    referencedRtPlanUid != null ? referencedRtPlanUid : uid("rtplan", plan.getPlanId())));
            finish(d, file, RT_DOSE_STORAGE, sop);
            return file;
        } catch (DicomException e) {
            throw new DicomExportException("cannot build the RT Dose: " + e.getMessage());
        }
    }

    /** RT Plan of an LDR seed implant: one source, one application setup, one channel per seed (total time = mean life). */
    @Override
    public Path exportRtPlan(Plan plan, Path file) throws DicomExportException, IOException {
        if (plan.getSeeds().isEmpty()) {
            throw new DicomExportException("plan " + plan.getPlanId() + " has no seeds");
        }
        try {
            String sop = uid("rtplan", plan.getPlanId());
            Dataset d = common("RTPLAN", RT_PLAN_STORAGE, sop, uid("rtplan-series", plan.getPlanId()), 902);
            d.put(0x0020, 0x0052, "UI", ct().getFrameOfReferenceUid()).put(0x0020, 0x1040, "LO");
            d.put(0x300A, 0x0002, "SH", truncate(plan.getPlanId(), 16)).put(0x300A, 0x0003, "LO", plan.getLabel());
            d.put(0x300A, 0x0006, "DA", date).put(0x300A, 0x0007, "TM", "000000").put(0x300A, 0x000C, "CS", "PATIENT");
            d.sequence(0x300C, 0x0060, new Dataset().put(0x0008, 0x1150, "UI", RT_STRUCTURE_SET_STORAGE).put(0x0008, 0x1155, "UI", rtStructUid()));
            if (plan.getPrescriptionDoseGy() > 0) {
                d.sequence(0x300A, 0x0010, new Dataset().put(0x300A, 0x0012, "IS", "1").put(0x300A, 0x0014, "CS", "SITE")
                        .put(0x300A, 0x0020, "CS", "TARGET").putNumbers(0x300A, 0x0026, "DS", plan.getPrescriptionDoseGy()));
            }
            double halfLife = plan.getSourceModel() != null && plan.getSourceModel().getHalfLifeDays() > 0 ? plan.getSourceModel().getHalfLifeDays() : 59.4;
            double meanLifeSeconds = halfLife * 86400 / Math.log(2);
            double strength = plan.getSeeds().get(0).getAirKermaStrengthU();
            d.put(0x300A, 0x0200, "CS", "INTERSTITIAL").put(0x300A, 0x0202, "CS", "LDR");
            d.sequence(0x300A, 0x0206, new Dataset().put(0x300A, 0x00B2, "SH", "OpenSABT LDR").put(0x0008, 0x0070, "LO", "OpenSABT")
                    .put(0x0008, 0x0080, "LO").put(0x0008, 0x1090, "LO", "OpenSABT").put(0x0018, 0x1000, "LO"));
            String isotope = plan.getSourceModel() == null ? "I-125" : nz(plan.getSourceModel().getRadionuclide());
            // Reference Air Kerma Rate in µGy/h at 1 m = air-kerma strength in U (1 U = 1 µGy m² h⁻¹)
            d.sequence(0x300A, 0x0210, new Dataset().put(0x300A, 0x0212, "IS", "1").put(0x300A, 0x0214, "CS", "LINE")
                    .put(0x300A, 0x0216, "LO", plan.getSourceModel() == null ? "" : nz(plan.getSourceModel().getModelId()))
                    .put(0x300A, 0x0226, "LO", isotope).putNumbers(0x300A, 0x0228, "DS", halfLife).put(0x300A, 0x0229, "CS", "AIR_KERMA_RATE")
                    .putNumbers(0x300A, 0x022A, "DS", strength).putNumbers(0x300A, 0x022B, "DS", strength).put(0x300A, 0x022C, "DA", date).put(0x300A, 0x022E, "TM", "000000"));
            List<Dataset> channels = new ArrayList<>();
            double totalKerma = 0;
            int channel = 0;
            for (Seed seed : plan.getSeeds()) {
                channel++;
                double[] p = seed.getPositionMm().stream().mapToDouble(Double::doubleValue).toArray();
                double[] u = seed.getDirectionUnit().size() == 3 ? seed.getDirectionUnit().stream().mapToDouble(Double::doubleValue).toArray() : null;
                totalKerma += seed.getAirKermaStrengthU() * meanLifeSeconds / 3600.0;
                channels.add(new Dataset().put(0x300A, 0x0282, "IS", String.valueOf(channel)).putNumbers(0x300A, 0x0286, "DS", Math.round(meanLifeSeconds))
                        .put(0x300A, 0x0284, "DS").put(0x300A, 0x0288, "CS", "FIXED").put(0x300C, 0x000E, "IS", "1").put(0x300A, 0x0110, "IS", "2")
                        .put(0x300A, 0x02A2, "IS")
                        .put(0x300A, 0x02C8, "DS", "1")
                        .sequence(0x300A, 0x02D0,
                                orientation(new Dataset().put(0x300A, 0x0112, "IS", "0").put(0x300A, 0x02D6, "DS", "0").put(0x300A, 0x02D2, "DS", "0")
                                        .putNumbers(0x300A, 0x02D4, "DS", p), u),
                                orientation(new Dataset().put(0x300A, 0x0112, "IS", "1").put(0x300A, 0x02D6, "DS", "1").put(0x300A, 0x02D2, "DS", "0")
                                        .putNumbers(0x300A, 0x02D4, "DS", p), u)));
            }
            d.sequence(0x300A, 0x0230, new Dataset().put(0x300A, 0x0232, "CS", "PERINEAL").put(0x300A, 0x0234, "IS", "1")
                    .putNumbers(0x300A, 0x0250, "DS", totalKerma).sequence(0x300A, 0x0280, channels));
            d.sequence(0x300A, 0x0070, new Dataset().put(0x300A, 0x0071, "IS", "1").put(0x300A, 0x0078, "IS", "1").put(0x300A, 0x0080, "IS", "0")
                    .put(0x300A, 0x00A0, "IS", "1").sequence(0x300C, 0x000A, new Dataset().put(0x300C, 0x000C, "IS", "1")));
            d.put(0x300E, 0x0002, "CS", "UNAPPROVED");
            finish(d, file, RT_PLAN_STORAGE, sop);
            return file;
        } catch (DicomException e) {
            throw new DicomExportException("cannot build the RT Plan: " + e.getMessage());
        }
    }

    /** Control Point Orientation (300A,0412): the seed's axis, FL ×3. */
    private static Dataset orientation(Dataset point, double[] unit) throws DicomException {
        if (unit != null) {
            com.pixelmed.dicom.FloatSingleAttribute a = new com.pixelmed.dicom.FloatSingleAttribute(Dataset.tag(0x300A, 0x0412));
            for (double v : unit) {
                a.addValue(v);
            }
            point.list.put(a);
        }
        return point;
    }

    private static double[] direction(List<Double> values, double x, double y, double z) {
        return values.size() == 3 ? new double[] { values.get(0), values.get(1), values.get(2) } : new double[] { x, y, z };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

}
