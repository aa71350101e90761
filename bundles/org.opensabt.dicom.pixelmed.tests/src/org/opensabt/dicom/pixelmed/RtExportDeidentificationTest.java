package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.Deidentification;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.dicom.RtExporter;
import org.opensabt.dicom.SiteKey;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.FollowUp;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.SourceModel;
import org.opensabt.model.Structure;
import org.opensabt.model.schema.CaseSchema;
import org.opensabt.model.store.CaseStore;

/**
 * RT export, plain and de-identified (PS3.15 Annex E), of the STS case with a seed plan and its dose: every object
 * passes dciodvfy (dicom3tools) without errors, and dcmtk's dcmdump finds no original identifying value in the
 * de-identified ones.
 */
class RtExportDeidentificationTest {

    static final ModelFactory F = ModelFactory.eINSTANCE;
    static final String NAME = "Doe^Jane";
    static final String PATIENT_ID = "MRN-4711";
    static final String CALIBRATION = "2026-03-14T09:30";

    static PatientCase imported;

    @BeforeAll
    static void importSts() throws Exception {
        imported = new PixelMedToolkit().importCase(List.of(DicomCaseImporterTest.STS.resolve("ct"), DicomCaseImporterTest.STS.resolve("rtstruct")),
                new ImportOptions("sts", null, false)).patientCase();
    }

    /** The imported STS case with a known patient, a three-seed plan (strength calibrated on {@link #CALIBRATION}) and a small dose grid, saved in {@code dir}. */
    static PatientCase sampleCase(Path dir) throws IOException {
        PatientCase c = org.eclipse.emf.ecore.util.EcoreUtil.copy(imported);
        Patient p = c.getPatient() != null ? c.getPatient() : F.createPatient();
        p.setName(NAME);
        p.setPatientId(PATIENT_ID);
        p.setBirthDate(org.opensabt.model.schema.CaseDates.of(LocalDate.of(1950, 3, 4)));
        c.setPatient(p);
        ImageSeries ct = c.getStudies().get(0).getSeries().get(0);
        SourceModel source = F.createSourceModel();
        source.setModelId("6711");
        source.setRadionuclide("I-125");
        source.setHalfLifeDays(59.4);
        c.getSourceModels().add(source);
        Plan plan = F.createPlan();
        plan.setPlanId("plan-1");
        plan.setLabel("Jane Doe lateral");
        plan.setPrescriptionDoseGy(140);
        plan.setAirKermaStrengthU(0.635);
        plan.setSourceModel(source);
        plan.setImageSeries(ct);
        plan.setSourceStrengthReferenceDateTime(CALIBRATION);
        double[] o = ct.getOriginMm().stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < 3; i++) {
            Seed s = F.createSeed();
            s.setSeedId("S" + i);
            s.getPositionMm().addAll(List.of(o[0] + 90 + 5 * i, o[1] + 90, o[2] + 60));
            s.getDirectionUnit().addAll(List.of(0.0, 0.0, 1.0));
            s.setAirKermaStrengthU(0.635);
            plan.getSeeds().add(s);
        }
        DoseGrid g = F.createDoseGrid();
        g.getOriginMm().addAll(List.of(o[0] + 80, o[1] + 80, o[2] + 50));
        g.getSpacingMm().addAll(List.of(2.0, 2.0, 2.0));
        g.getRowDirection().addAll(List.of(1.0, 0.0, 0.0));
        g.getColumnDirection().addAll(List.of(0.0, 1.0, 0.0));
        g.getSliceDirection().addAll(List.of(0.0, 0.0, 1.0));
        g.setColumns(10);
        g.setRows(8);
        g.setSlices(6);
        g.setDoseUnit("Gy");
        float[] dose = new float[10 * 8 * 6];
        for (int i = 0; i < dose.length; i++) {
            dose[i] = 10 + (i % 97);
        }
        g.setDoseValues(dose);
        plan.setDoseGrid(g);
        c.getPlans().add(plan);
        new CaseStore().save(c, dir);
        return new CaseStore().load(dir);
    }

    static Deidentification deid(byte fill, boolean retainUids, boolean clean) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, fill);
        key[0] = 7;
        return new Deidentification(key, retainUids, clean);
    }

    /** RS, RP and RD of the case's first plan into {@code dir}. */
    static Map<String, Path> export(PatientCase c, Deidentification deid, Path dir) throws Exception {
        RtExporter e = new PixelMedToolkit().exporter(c, deid);
        Plan plan = c.getPlans().get(0);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("RS", e.exportRtStruct(dir.resolve("RS.dcm")));
        files.put("RP", e.exportRtPlan(plan, dir.resolve("RP.dcm")));
        files.put("RD", e.exportRtDose(plan, dir.resolve("RD.dcm")));
        return files;
    }

    /** dciodvfy's error and warning lines for a file. */
    static List<String> dciodvfy(Path file, String level) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dciodvfy", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().filter(l -> l.startsWith(level)).toList();
    }

    static void assertValid(Map<String, Path> files) throws Exception {
        for (Map.Entry<String, Path> f : files.entrySet()) {
            List<String> errors = dciodvfy(f.getValue(), "Error");
            System.out.println("dciodvfy " + f.getKey() + " " + f.getValue().getParent().getFileName() + ": " + errors.size() + " errors, "
                    + dciodvfy(f.getValue(), "Warning").size() + " warnings " + dciodvfy(f.getValue(), "Warning"));
            assertEquals(List.of(), errors, f.getKey() + " " + f.getValue());
        }
    }

    static String dump(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dcmdump", "+L", "-Un", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    static String dicomDate(String isoDate) {
        return isoDate.replace("-", "");
    }

    @Test
    void plainExportIsValidAndGivesTheStoredCalibrationDate(@TempDir Path tmp) throws Exception {
        PatientCase c = sampleCase(tmp.resolve("case"));
        assertEquals(CALIBRATION, c.getPlans().get(0).getSourceStrengthReferenceDateTime(), "kept by save and load");
        Map<String, Path> files = export(c, null, tmp.resolve("plain"));
        assertValid(files);
        assertEquals("20260314", DcmDump.value(files.get("RP"), "300a,022c"));
        assertEquals("093000", DcmDump.value(files.get("RP"), "300a,022e"));
        assertEquals(PATIENT_ID, DcmDump.value(files.get("RP"), "0010,0020"));
        assertEquals(DcmDump.value(files.get("RS"), "0008,0018"), DcmDump.value(files.get("RP"), "0008,1155"), "RTPLAN -> RTSTRUCT");
        assertEquals(DcmDump.value(files.get("RP"), "0008,0018"), DcmDump.value(files.get("RD"), "0008,1155"), "RTDOSE -> RTPLAN");
    }

    @Test
    void anonymisedExportIsValidAndKeepsNoOriginalIdentifier(@TempDir Path tmp) throws Exception {
        PatientCase c = sampleCase(tmp.resolve("case"));
        Map<String, Path> plain = export(c, null, tmp.resolve("plain"));
        Map<String, Path> anon = export(c, deid((byte) 1, false, false), tmp.resolve("anon"));
        assertValid(anon);

        ImageSeries ct = c.getStudies().get(0).getSeries().get(0);
        List<String> originals = new ArrayList<>(List.of(NAME, "Doe", PATIENT_ID, "19500304", "GTV_Mass_CT", c.getStudies().get(0).getStudyInstanceUid(), ct.getSeriesInstanceUid(),
                ct.getFrameOfReferenceUid(), "Jane Doe lateral", dicomDate(DcmDump.value(plain.get("RS"), "0008,0020")), "20260314"));
        originals.addAll(ct.getSopInstanceUids());
        for (Path f : plain.values()) {
            for (String tag : List.of("0008,0018", "0020,000e")) {
                originals.add(DcmDump.value(f, tag));
            }
        }
        for (Map.Entry<String, Path> f : anon.entrySet()) {
            String text = dump(f.getValue());
            String bytes = new String(Files.readAllBytes(f.getValue()), StandardCharsets.ISO_8859_1);
            for (String original : originals) {
                assertFalse(text.contains(original), f.getKey() + " (dcmdump) still holds " + original);
                assertFalse(bytes.contains(original), f.getKey() + " (bytes) still holds " + original);
            }
            assertEquals("YES", DcmDump.value(f.getValue(), "0012,0062"));
            assertTrue(text.contains("[113100]") && text.contains("[113107]") && !text.contains("[113110]"), text);
            String pseudonym = DcmDump.value(f.getValue(), "0010,0020");
            assertTrue(pseudonym.matches("OPENSABT-[0-9A-V]{10}"), pseudonym);
            assertEquals(pseudonym + "^", DcmDump.value(f.getValue(), "0010,0010"));
            for (String tag : List.of("0020,000d", "0020,000e", "0008,0018", "0020,0052")) {
                String uid = DcmDump.value(f.getValue(), tag);
                assertTrue(uid.matches("2\\.25\\.[0-9]{1,39}"), tag + " " + uid);
                assertNotEquals(DcmDump.value(plain.get(f.getKey()), tag), uid, tag);
            }
        }
        // references between the de-identified objects hold
        assertEquals(DcmDump.value(anon.get("RS"), "0008,0018"), DcmDump.value(anon.get("RP"), "0008,1155"), "RTPLAN -> RTSTRUCT");
        assertEquals(DcmDump.value(anon.get("RP"), "0008,0018"), DcmDump.value(anon.get("RD"), "0008,1155"), "RTDOSE -> RTPLAN");
        assertEquals(DcmDump.value(anon.get("RS"), "0020,000d"), DcmDump.value(anon.get("RD"), "0020,000d"));
        assertEquals(DcmDump.value(anon.get("RS"), "0020,0052"), DcmDump.value(anon.get("RP"), "0020,0052"));
        // the calibration date is kept (Type 1), moved like the study date
        LocalDate study = LocalDate.parse(DcmDump.value(plain.get("RS"), "0008,0020"), DateTimeFormatter.BASIC_ISO_DATE);
        LocalDate shiftedStudy = LocalDate.parse(DcmDump.value(anon.get("RS"), "0008,0020"), DateTimeFormatter.BASIC_ISO_DATE);
        LocalDate shiftedCalibration = LocalDate.parse(DcmDump.value(anon.get("RP"), "300a,022c"), DateTimeFormatter.BASIC_ISO_DATE);
        assertEquals(ChronoUnit.DAYS.between(study, LocalDate.of(2026, 3, 14)), ChronoUnit.DAYS.between(shiftedStudy, shiftedCalibration));
        long shift = ChronoUnit.DAYS.between(study, shiftedStudy);
        assertTrue(shift <= -365 && shift >= -3650, "shift " + shift);
        String birth = DcmDump.value(anon.get("RP"), "0010,0030");
        assertTrue(birth.isBlank() || birth.equals("(no value available)"), "birth date emptied: " + birth);
    }

    @Test
    void pseudonymAndUidsAreStableAcrossExportsAndAFollowUpSaveAndDependOnTheKey(@TempDir Path tmp) throws Exception {
        Path caseDir = tmp.resolve("case");
        PatientCase c = sampleCase(caseDir);
        Map<String, Path> first = export(c, deid((byte) 1, false, false), tmp.resolve("first"));
        // a follow-up is recorded and the case saved again (modifiedAt changes)
        String before = c.getModifiedAt();
        Thread.sleep(5);
        FollowUp f = F.createFollowUp();
        c.getFollowUps().add(f);
        new CaseStore().save(c, caseDir);
        PatientCase later = new CaseStore().load(caseDir);
        assertNotEquals(before, later.getModifiedAt());
        Map<String, Path> second = export(later, deid((byte) 1, false, false), tmp.resolve("second"));
        Map<String, Path> otherKey = export(later, deid((byte) 2, false, false), tmp.resolve("other-key"));
        Map<String, Path> retained = export(later, deid((byte) 1, true, false), tmp.resolve("retained"));
        Map<String, Path> plain = export(later, null, tmp.resolve("plain"));
        assertValid(retained);
        for (String kind : first.keySet()) {
            for (String tag : List.of("0010,0020", "0010,0010", "0020,000d", "0020,000e", "0008,0018", "0020,0052", "0008,0020")) {
                assertEquals(DcmDump.value(first.get(kind), tag), DcmDump.value(second.get(kind), tag), kind + " " + tag + " after a follow-up save");
                assertNotEquals(DcmDump.value(first.get(kind), tag), DcmDump.value(otherKey.get(kind), tag), kind + " " + tag + " with another key");
            }
            for (String tag : List.of("0020,000d", "0020,000e", "0008,0018", "0020,0052")) {
                assertEquals(DcmDump.value(plain.get(kind), tag), DcmDump.value(retained.get(kind), tag), kind + " " + tag + " with --retain-uids");
            }
            assertNotEquals(PATIENT_ID, DcmDump.value(retained.get(kind), "0010,0020"));
            assertTrue(dump(retained.get(kind)).contains("[113110]"), "Retain UIDs Option code");
        }
        // an RTPLAN exported after the follow-up refers to the RTSTRUCT exported before it
        assertEquals(DcmDump.value(first.get("RS"), "0008,0018"), DcmDump.value(second.get("RP"), "0008,1155"));
    }

    @Test
    void roiNamesGetDummiesUnlessCleanDescriptorsFindsThemClean(@TempDir Path tmp) throws Exception {
        PatientCase c = sampleCase(tmp.resolve("case"));
        Structure gtv = c.getStudies().get(0).getStructureSets().get(0).getStructures().get(0);
        assertEquals("GTV_Mass_CT", gtv.getName());
        int roi = gtv.getRoiNumber() > 0 ? gtv.getRoiNumber() : 1;
        Map<String, Path> basic = export(c, deid((byte) 1, false, false), tmp.resolve("basic"));
        assertEquals("GTV_" + roi, DcmDump.value(basic.get("RS"), "3006,0026"), "Basic Profile: ROI Name (D) a dummy of type and number");
        assertFalse(dump(basic.get("RS")).contains("[113105]"));
        Map<String, Path> clean = export(c, deid((byte) 1, false, true), tmp.resolve("clean"));
        assertValid(clean);
        String text = dump(clean.get("RS"));
        assertEquals("GTV_Mass_CT", DcmDump.value(clean.get("RS"), "3006,0026"), "a clean name is kept");
        assertTrue(text.contains("[113105]"), "Clean Descriptors Option code");
        String label = DcmDump.value(clean.get("RP"), "300a,0002");
        assertTrue(label.matches("PLAN-[0-9A-V]{6}"), label);
        assertFalse(dump(clean.get("RP")).contains("(300a,0003)"), "RT Plan Name removed");
        // a name with anything but structure terms is replaced, also with Clean Descriptors
        gtv.setName("GTV Jane Doe");
        Map<String, Path> dirty = export(c, deid((byte) 1, false, true), tmp.resolve("dirty"));
        assertEquals("GTV_" + roi, DcmDump.value(dirty.get("RS"), "3006,0026"));
        assertFalse(dump(dirty.get("RS")).contains("Jane"));
        assertValid(dirty);
        assertTrue(Deidentification.isCleanRoiName("PTV_5mm_minus_Rectum") && Deidentification.isCleanRoiName("TARGET50"));
        assertFalse(Deidentification.isCleanRoiName("Smith GTV") || Deidentification.isCleanRoiName(""));
    }

    @Test
    void aPlanFromAnOlderCaseGetsTheSaveDateWithAWarningNeverToday(@TempDir Path tmp) throws Exception {
        Path caseDir = tmp.resolve("case");
        sampleCase(caseDir);
        // the case as OpenSABT 1.2 wrote it: no reference date
        Path xmi = caseDir.resolve(CaseStore.CASE_FILE);
        String text = Files.readString(xmi).replaceAll(" sourceStrengthReferenceDateTime=\"[^\"]*\"", "")
                .replace("schemaVersion=\"" + CaseSchema.VERSION + "\"", "schemaVersion=\"1.2\"");
        assertTrue(text.contains("schemaVersion=\"1.2\""), "schemaVersion attribute in case.xmi");
        Files.writeString(xmi, text);
        PatientCase old = new CaseStore().load(caseDir);
        assertNull(old.getPlans().get(0).getSourceStrengthReferenceDateTime());
        old.setModifiedAt("2025-01-02T03:04:05Z");
        RtExporter e = new PixelMedToolkit().exporter(old);
        Path rp = e.exportRtPlan(old.getPlans().get(0), tmp.resolve("RP.dcm"));
        String expected = java.time.LocalDateTime.ofInstant(java.time.Instant.parse("2025-01-02T03:04:05Z"), java.time.ZoneId.systemDefault())
                .format(DateTimeFormatter.BASIC_ISO_DATE);
        assertEquals(expected, DcmDump.value(rp, "300a,022c"));
        assertEquals(1, e.warnings().size(), e.warnings().toString());
        assertTrue(e.warnings().get(0).contains("plan-1") && e.warnings().get(0).contains("last save"), e.warnings().get(0));
        assertEquals(List.of(), dciodvfy(rp, "Error"));
    }

    @Test
    void theSiteKeyIsCreatedPrivatelyOnceAndANamedMissingKeyIsRefused(@TempDir Path tmp) throws Exception {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        SiteKey.Loaded created = SiteKey.load(null, env, tmp.toString());
        assertTrue(created.created());
        assertEquals(tmp.resolve("config/opensabt/deid.key"), created.file());
        assertEquals(32, Files.size(created.file()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created.file())));
        SiteKey.Loaded again = SiteKey.load(null, env, tmp.toString());
        assertFalse(again.created());
        assertArrayEquals(created.key(), again.key());
        try (var s = Files.list(created.file().getParent())) {
            assertEquals(1, s.count(), "no temporary file left");
        }
        // the environment variable and an explicit file name a key that must exist
        Path missing = tmp.resolve("nope.key");
        DicomExportException e = assertThrows(DicomExportException.class, () -> SiteKey.load(null, Map.of(SiteKey.ENV, missing.toString()), tmp.toString()));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
        Path shortKey = tmp.resolve("short.key");
        Files.write(shortKey, new byte[16]);
        e = assertThrows(DicomExportException.class, () -> SiteKey.load(shortKey, env, tmp.toString()));
        assertTrue(e.getMessage().contains("at least 32 bytes"), e.getMessage());
        Files.setPosixFilePermissions(created.file(), PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(1, SiteKey.load(created.file(), env, tmp.toString()).notes().size());
        assertFalse(Files.exists(missing));
    }
}
