package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.CaseExport;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.Deidentification;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.DicomToolkit;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.dicom.SeriesInfo;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.store.CaseStore;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The import and export facades through the installed toolkit (PixelMed, registered here when declarative services do not run). */
class DicomFacadesTest {

    static final Path STS = DicomCaseImporterTest.STS;

    static ServiceRegistration<DicomToolkit> registration;

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() {
        try {
            DicomToolkits.get();
        } catch (IllegalStateException none) {
            registration = FrameworkUtil.getBundle(PixelMedToolkit.class).getBundleContext().registerService(DicomToolkit.class, new PixelMedToolkit(), null);
        }
    }

    @AfterAll
    static void unregister() {
        if (registration != null) {
            registration.unregister();
        }
    }

    @Test
    void importListsTheSeriesThenMakesTheCaseWithItsSummaryAndSavesIt() throws Exception {
        List<SeriesInfo> series = CaseImport.listSeries(List.of(STS.resolve("ct"), STS.resolve("rtstruct")), null);
        assertEquals(List.of("CT", "RTSTRUCT"), series.stream().map(SeriesInfo::modality).sorted().toList());
        int slices = DcmDump.list(STS.resolve("ct")).size();
        CaseImport.Result r = CaseImport.run(new CaseImport.Request(List.of(STS.resolve("ct"), STS.resolve("rtstruct")), "sts", null, false), null);
        assertEquals("sts", r.patientCase().getCaseId());
        List<String> names = r.patientCase().getStudies().get(0).getStructureSets().get(0).getStructures().stream().map(Structure::getName).toList();
        assertTrue(names.contains("GTV_Mass_CT"), names.toString());
        assertTrue(r.summary().contains(" x " + slices + " voxels") && r.summary().contains("GTV_Mass_CT"), r.summary());
        Path dir = tmp.resolve("case");
        CaseImport.save(r, dir, false, new CaseStore("test"));
        assertEquals("sts", new CaseStore().load(dir).getCaseId());
        CaseImport.Result again = CaseImport.run(new CaseImport.Request(List.of(STS.resolve("ct")), "other", null, false), null);
        assertThrows(IOException.class, () -> CaseImport.save(again, dir, false, new CaseStore("test")), "a new import never overwrites a case");
        assertEquals("sts", new CaseStore().load(dir).getCaseId());
    }

    @Test
    void importOfNothingDicomIsOneLine() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        DicomImportException e = assertThrows(DicomImportException.class, () -> CaseImport.run(new CaseImport.Request(List.of(empty), "x", null, false), null));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals("no DICOM files or folders to import",
                assertThrows(DicomImportException.class, () -> CaseImport.run(new CaseImport.Request(List.of(), "x", null, false), null)).getMessage());
    }

    @Test
    void exportWritesEveryObjectOfThePlanAndDeidentifiesWithTheSiteKey() throws Exception {
        PatientCase c = RtExportDeidentificationTest.sampleCase(tmp.resolve("case"));
        CaseExport.Result all = CaseExport.run(new CaseExport.Request(c, CaseExport.Kind.ALL, tmp.resolve("out"), null, null), null);
        assertEquals(List.of("RS.dcm", "RP.dcm", "RD.dcm"), all.written().stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : all.written()) {
            assertTrue(Files.size(p) > 0);
        }
        assertEquals(null, all.pseudonym());
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        Deidentification deid = new Deidentification(key, false, false);
        CaseExport.Result anon = CaseExport.run(new CaseExport.Request(c, CaseExport.Kind.RTSTRUCT, tmp.resolve("RS-anon.dcm"), null, deid), null);
        assertEquals(deid.pseudonym(Deidentification.patientIdOf(c)), anon.pseudonym());
        assertEquals(anon.pseudonym(), DcmDump.value(anon.written().get(0), "PatientID"), "read back with dcmtk");
        assertTrue(DcmDump.value(anon.written().get(0), "PatientName").startsWith(anon.pseudonym()), "no patient name left");
    }

    @Test
    void exportRefusesWhatTheCaseCannotGive() throws Exception {
        PatientCase c = RtExportDeidentificationTest.sampleCase(tmp.resolve("case"));
        c.getPlans().clear();
        assertEquals("the case has no plan (compute a dose first)", assertThrows(DicomExportException.class,
                () -> CaseExport.run(new CaseExport.Request(c, CaseExport.Kind.RTPLAN, tmp.resolve("RP.dcm"), null, null), null)).getMessage());
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertTrue(assertThrows(DicomExportException.class, () -> CaseExport.run(new CaseExport.Request(c, CaseExport.Kind.ALL, file, null, null), null))
                .getMessage().startsWith(file + " exists and is not a folder"));
    }
}
