package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.opensabt.dicom.Deidentification;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.RtExporter;
import org.opensabt.model.Contour;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.geometry.Vec3;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.ClinicalTrialsAttributes;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;

/**
 * DICOM RT export of a case (PS3.3 A.19 RT Structure Set, A.18 RT Dose, A.20 RT Plan with the RT
 * Brachy Application Setups module): the structures, the total dose of a plan in Gy, and an LDR seed
 * plan with one channel per seed. UIDs are derived from the case and the object's content (root 2.25,
 * PS3.5 B.2): the same structures, plan or dose give the same SOP Instance UID in every export, and a
 * changed one a new UID, so an RTPLAN exported later still refers to the RTSTRUCT exported earlier.
 * With a {@link Deidentification}, each object is de-identified per PS3.15 Annex E (see {@link #deidentify}).
 */
final class RtExport implements RtExporter {

    static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
    static final String RT_STRUCTURE_SET_STORAGE = "1.2.840.10008.5.1.4.1.1.481.3";
    static final String RT_DOSE_STORAGE = "1.2.840.10008.5.1.4.1.1.481.2";
    static final String RT_PLAN_STORAGE = "1.2.840.10008.5.1.4.1.1.481.5";
    static final String STUDY_COMPONENT = "1.2.840.10008.3.1.2.3.1"; // Detached Study Management, as RT objects reference studies
    private static final String DICOM_UID_ROOT = "1.2.840.10008."; // SOP classes, transfer syntaxes: never replaced

    private final PatientCase patientCase;
    private final Deidentification deid;
    private final String date = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    private final List<String> warnings = new ArrayList<>();

    RtExport(PatientCase patientCase, Deidentification deidentification) {
        this.patientCase = patientCase;
        this.deid = deidentification;
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** A UID under 2.25 from a name within this case (the case id and its first study). */
    String uid(String... parts) {
        String study = patientCase.getStudies().isEmpty() ? "" : String.valueOf(patientCase.getStudies().get(0).getStudyInstanceUid());
        String name = patientCase.getCaseId() + "|" + study + "|" + String.join("|", parts);
        UUID u = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        BigInteger value = new BigInteger(1, ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                .putLong(u.getLeastSignificantBits()).array());
        return "2.25." + value;
    }

    /** SHA-256 of an object's content, for its UID. */
    private static final class Digest {
        private final MessageDigest md;

        Digest() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Digest add(Object... values) {
            for (Object v : values) {
                md.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return this;
        }

        Digest add(float[] values) {
            ByteBuffer b = ByteBuffer.allocate(4 * 4096);
            for (int i = 0; i < values.length; i++) {
                if (!b.hasRemaining()) {
                    md.update(b.array(), 0, b.position());
                    b.clear();
                }
                b.putFloat(values[i]);
            }
            md.update(b.array(), 0, b.position());
            return this;
        }

        String hex() {
            return String.format("%064x", new BigInteger(1, md.digest()));
        }
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
        String written = sopInstance;
        if (deid != null) {
            deidentify(d, sopClass);
            written = deid.uid(sopInstance);
        }
        d.write(file, sopClass, written);
    }

    /**
     * PS3.15 Annex E on an object built from the case: first PixelMed's Basic Profile (ClinicalTrialsAttributes,
     * UIDs and dates kept for the steps below, patient characteristics and institution removed), then
     * <ul>
     * <li>every UID other than the standard's own (1.2.840.10008.*), at any depth, replaced by
     * {@link Deidentification#uid} (unless Retain UIDs, E.3.9): references between the objects, to the CT and
     * between exports keep pointing at each other. PixelMed's own remapping is not keyed and not kept between runs;</li>
     * <li>every date (DA, DT), at any depth, moved by the patient's {@link Deidentification#dateShiftDays} (Retain
     * Longitudinal Temporal Information with Modified Dates, E.3.6); times of day are kept. So the Type 1 Source
     * Strength Reference Date stays present and its interval to the other dates is unchanged;</li>
     * <li>Patient Name and ID: the pseudonym; birth date and sex empty (Type 2);</li>
     * <li>RT Plan Label (action D): a keyed dummy; RT Plan Name (X): removed. ROI names (D) are replaced when the
     * objects are built ({@link #roiName}); the Structure Set Label, Manufacturer, Treatment Machine Name and Source
     * Manufacturer are OpenSABT's own constants and the seed model, not the patient's or the institution's;</li>
     * <li>Patient Identity Removed YES, De-identification Method and its Code Sequence (PS3.16 CID 7050) for the
     * profile and options applied, Longitudinal Temporal Information Modified MODIFIED.</li>
     * </ul>
     */
    private void deidentify(Dataset d, String sopClass) throws DicomException {
        String patientId = Deidentification.patientIdOf(patientCase);
        String pseudonym = deid.pseudonym(patientId);
        Attribute label = d.list.get(Dataset.tag(0x300A, 0x0002));
        String planLabel = label == null ? "" : label.getSingleStringValueOrEmptyString();
        ClinicalTrialsAttributes.removeOrNullIdentifyingAttributes(d.list, ClinicalTrialsAttributes.HandleUIDs.keep, true, true, false, false,
                true, false, ClinicalTrialsAttributes.HandleDates.keep, null, null);
        replaceUidsAndDates(d.list, deid.dateShiftDays(patientId));
        // the name as a family name component ("^"): a name without delimiter is the retired PN form to dciodvfy
        d.put(0x0010, 0x0010, "PN", pseudonym + "^").put(0x0010, 0x0020, "LO", pseudonym);
        d.put(0x0010, 0x0030, "DA").put(0x0010, 0x0040, "CS");
        if (RT_PLAN_STORAGE.equals(sopClass)) {
            d.put(0x300A, 0x0002, "SH", deid.label("PLAN", planLabel));
            d.list.remove(Dataset.tag(0x300A, 0x0003));
            Attribute status = d.list.get(Dataset.tag(0x300E, 0x0002));
            if (status != null && "APPROVED".equals(status.getSingleStringValueOrEmptyString())) { // Reviewer Name (E.1-1 X/Z): empty, Type 2C
                d.put(0x300E, 0x0008, "PN");
            }
        }
        // Type 2 attributes the profile removes but the IODs require, empty
        String[][] typeTwo = { { "0008", "0020", "DA" }, { "0008", "0030", "TM" }, { "0008", "0050", "SH" }, { "0008", "0090", "PN" },
                { "0020", "0010", "SH" }, { "0008", "0070", "LO" }, { "0008", "1070", "PN" } };
        for (String[] t : typeTwo) {
            AttributeTag tag = new AttributeTag(Integer.parseInt(t[0], 16), Integer.parseInt(t[1], 16));
            if (d.list.get(tag) == null) {
                d.put(tag.getGroup(), tag.getElement(), t[2]);
            }
        }
        List<String[]> codes = new ArrayList<>();
        List<String> method = new ArrayList<>();
        codes.add(new String[] { "113100", "Basic Application Confidentiality Profile" });
        method.add("OpenSABT: PS3.15 E Basic Profile");
        codes.add(new String[] { "113107", "Retain Longitudinal Temporal Information Modified Dates Option" });
        method.add("dates shifted by a keyed per-patient offset");
        if (deid.cleanDescriptors()) {
            codes.add(new String[] { "113105", "Clean Descriptors Option" });
            method.add("clean descriptors: ROI names of listed terms kept");
        }
        if (deid.retainUids()) {
            codes.add(new String[] { "113110", "Retain UIDs Option" });
            method.add("UIDs retained");
        } else {
            method.add("UIDs replaced by keyed hashes (2.25)");
        }
        d.put(0x0012, 0x0062, "CS", "YES").put(0x0012, 0x0063, "LO", method.toArray(String[]::new));
        List<Dataset> items = new ArrayList<>();
        for (String[] c : codes) {
            items.add(new Dataset().put(0x0008, 0x0100, "SH", c[0]).put(0x0008, 0x0102, "SH", "DCM").put(0x0008, 0x0104, "LO", c[1]));
        }
        d.sequence(0x0012, 0x0064, items);
        d.put(0x0028, 0x0303, "CS", "MODIFIED");
    }

    /** Replaces UIDs and shifts dates at every depth of {@code list} (see {@link #deidentify}). */
    private void replaceUidsAndDates(AttributeList list, int shiftDays) throws DicomException {
        for (Attribute a : new ArrayList<>(list.values())) {
            String vr = a.getVRAsString();
            if (a instanceof SequenceAttribute seq) {
                Iterator<?> it = seq.iterator();
                while (it.hasNext()) {
                    replaceUidsAndDates(((SequenceItem) it.next()).getAttributeList(), shiftDays);
                }
            } else if (vr.equals("UI") || vr.equals("DA") || vr.equals("DT")) {
                String[] values = a.getStringValues();
                if (values == null || values.length == 0) {
                    continue;
                }
                a.removeValues();
                for (String v : values) {
                    String t = v.trim();
                    if (vr.equals("UI")) {
                        a.addValue(t.startsWith(DICOM_UID_ROOT) ? t : deid.uid(t));
                    } else if (t.length() >= 8) {
                        LocalDate shifted = LocalDate.parse(t.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE).plusDays(shiftDays);
                        // a DT keeps its time of day (and offset) after the date
                        a.addValue(shifted.format(DateTimeFormatter.BASIC_ISO_DATE) + t.substring(8));
                    }
                }
            }
        }
    }

    /**
     * ROI Name (3006,0026), in PS3.15 Table E.1-1 with action D: when de-identifying, a dummy made of the RT ROI
     * Interpreted Type and the ROI number (e.g. GTV_1), unless Clean Descriptors keeps a clean name (E.3.5).
     */
    private String roiName(Structure structure, int roiNumber) {
        if (deid == null || deid.cleanDescriptors() && Deidentification.isCleanRoiName(structure.getName())) {
            return structure.getName();
        }
        return interpretedType(structure) + "_" + roiNumber;
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
            Dataset frameRef = new Dataset().put(0x0020, 0x0052, "UI", ct.getFrameOfReferenceUid());
            if (!images.isEmpty()) {
                // RT Referenced Study Sequence is Type 3 (PS3.3 C.8.8.5), but its Contour Image Sequence is Type 1: a case with
                // no CT images of its own (a phantom) refers to the frame of reference alone.
                frameRef.sequence(0x3006, 0x0012, studyRef);
            }
            d.sequence(0x3006, 0x0010, frameRef);
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
                                .put(0x3006, 0x0026, "LO", roiName(structure, roi)).put(0x3006, 0x0036, "CS", "MANUAL"));
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

    /** The RT Structure Set's SOP Instance UID: from the CT it refers to and every structure's name, type, colour and contours. */
    String rtStructUid() {
        Digest dg = new Digest();
        for (Study s : patientCase.getStudies()) {
            for (ImageSeries series : s.getSeries()) {
                dg.add(series.getSeriesInstanceUid(), series.getFrameOfReferenceUid(), series.getSopInstanceUids());
            }
            for (StructureSet set : s.getStructureSets()) {
                for (Structure structure : set.getStructures()) {
                    dg.add(structure.getName(), structure.getType(), structure.getRoiNumber(), structure.getColorRgb());
                    for (Contour c : structure.getContours()) {
                        dg.add(c.getPointsMm());
                    }
                }
            }
        }
        return uid("rtstruct", dg.hex());
    }

    /** The RT Plan's SOP Instance UID: from the structure set it refers to and the plan's prescription, source and seeds. */
    String rtPlanUid(Plan plan) throws DicomExportException {
        Digest dg = new Digest().add(rtStructUid(), plan.getPlanId(), plan.getLabel(), plan.getPrescriptionDoseGy(), referenceDateTime(plan, false));
        if (plan.getStatus() == PlanStatus.APPROVED) { // an approval makes another instance; a draft's UID is as before
            dg.add("APPROVED", plan.getApprovedBy(), plan.getApprovedDateTime());
        }
        if (plan.getSourceModel() != null) {
            dg.add(plan.getSourceModel().getModelId(), plan.getSourceModel().getRadionuclide(), plan.getSourceModel().getHalfLifeDays());
        }
        for (Seed seed : plan.getSeeds()) {
            dg.add(seed.getPositionMm(), seed.getDirectionUnit(), seed.getAirKermaStrengthU());
        }
        return uid("rtplan", plan.getPlanId(), dg.hex());
    }

    /** The RT Dose's SOP Instance UID: from the plan it refers to and the grid with its values. */
    private String rtDoseUid(Plan plan, String referencedPlanUid) {
        DoseGrid g = plan.getDoseGrid();
        Digest dg = new Digest().add(referencedPlanUid, g.getOriginMm(), g.getSpacingMm(), g.getRowDirection(), g.getColumnDirection(),
                g.getSliceDirection(), g.getColumns(), g.getRows(), g.getSlices()).add(g.getDoseValues());
        return uid("rtdose", plan.getPlanId(), dg.hex());
    }

    /**
     * The date and time the seeds' strength refers to: the plan's (schema 1.3); for a plan saved before OpenSABT
     * recorded it, the case's last save (the plan existed then), with a warning. Never the export date.
     */
    private LocalDateTime referenceDateTime(Plan plan, boolean warn) throws DicomExportException {
        String stored = plan.getSourceStrengthReferenceDateTime();
        if (stored != null && !stored.isBlank()) {
            try {
                return stored.length() == 10 ? LocalDate.parse(stored).atStartOfDay() : LocalDateTime.parse(stored);
            } catch (DateTimeParseException e) {
                throw new DicomExportException("plan " + plan.getPlanId() + ": sourceStrengthReferenceDateTime '" + stored
                        + "' is not YYYY-MM-DD[THH:MM]");
            }
        }
        String fallback = patientCase.getModifiedAt() != null ? patientCase.getModifiedAt() : patientCase.getCreatedAt();
        if (fallback == null) {
            throw new DicomExportException("plan " + plan.getPlanId() + " has no source strength reference date (the RT Plan requires one)");
        }
        LocalDateTime t;
        try {
            t = LocalDateTime.ofInstant(Instant.parse(fallback), ZoneId.systemDefault()).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            throw new DicomExportException("plan " + plan.getPlanId() + " has no source strength reference date, and the case's save time '" + fallback
                    + "' is not an ISO-8601 instant");
        }
        String note = "plan " + plan.getPlanId() + " has no source strength reference date (saved before OpenSABT recorded it): the RT Plan gives the "
                + "case's last save, " + t + ", as Source Strength Reference Date/Time; check it against the seeds' calibration certificate";
        if (warn && !warnings.contains(note)) {
            warnings.add(note);
        }
        return t;
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
            String planUid = referencedRtPlanUid != null ? referencedRtPlanUid : rtPlanUid(plan);
            String sop = rtDoseUid(plan, planUid);
            Dataset d = common("RTDOSE", RT_DOSE_STORAGE, sop, uid("rtdose-series", plan.getPlanId()), 903);
            double[] row = direction(grid.getRowDirection(), 1, 0, 0);
            double[] col = direction(grid.getColumnDirection(), 0, 1, 0);
            double[] slice = direction(grid.getSliceDirection(), 0, 0, 1);
            double sign = Vec3.dot(Vec3.cross(row, col), slice) >= 0 ? 1 : -1;
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
                    planUid));
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
            String sop = rtPlanUid(plan);
            LocalDateTime reference = referenceDateTime(plan, true);
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
                    .putNumbers(0x300A, 0x022A, "DS", strength).putNumbers(0x300A, 0x022B, "DS", strength).put(0x300A, 0x022C, "DA", reference.format(DateTimeFormatter.BASIC_ISO_DATE))
                    .put(0x300A, 0x022E, "TM", reference.format(DateTimeFormatter.ofPattern("HHmmss"))));
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
            approval(d, plan);
            finish(d, file, RT_PLAN_STORAGE, sop);
            return file;
        } catch (DicomException e) {
            throw new DicomExportException("cannot build the RT Plan: " + e.getMessage());
        }
    }

    /**
     * The RT Plan's Approval module (PS3.3 C.8.8.16): Approval Status (300E,0002) APPROVED for an approved plan,
     * else UNAPPROVED; for an approved plan also Review Date (300E,0004), Review Time (300E,0005) and Reviewer
     * Name (300E,0008) from its approval (Type 2C: required when APPROVED; empty if the case lacks them).
     */
    private static void approval(Dataset d, Plan plan) throws DicomException {
        if (plan.getStatus() != PlanStatus.APPROVED) {
            d.put(0x300E, 0x0002, "CS", "UNAPPROVED");
            return;
        }
        String date = null;
        String time = null;
        String when = plan.getApprovedDateTime();
        if (when != null && !when.isBlank()) {
            try {
                LocalDateTime t = LocalDateTime.parse(when.strip());
                date = String.format(Locale.ROOT, "%04d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
                time = String.format(Locale.ROOT, "%02d%02d%02d", t.getHour(), t.getMinute(), t.getSecond());
            } catch (java.time.format.DateTimeParseException e) {
                // not a date and time: the Type 2 attributes stay empty
            }
        }
        String who = plan.getApprovedBy();
        d.put(0x300E, 0x0002, "CS", "APPROVED").put(0x300E, 0x0004, "DA", date).put(0x300E, 0x0005, "TM", time)
                .put(0x300E, 0x0008, "PN", who == null || who.isBlank() ? null : who.strip());
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
