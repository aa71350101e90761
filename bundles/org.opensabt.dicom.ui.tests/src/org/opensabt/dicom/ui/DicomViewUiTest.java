package org.opensabt.dicom.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.opensabt.contour.CaseContents;
import org.opensabt.dicom.CtSeriesOptions;
import org.opensabt.dicom.DicomToolkit;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.Study;
import org.opensabt.phantoms.Phantom;
import org.opensabt.viewer.ui.CaseSession;

/**
 * The DICOM view on real SWT widgets, on DICOM files the test writes from a phantom (a CT series and an RT
 * Structure Set with BODY and GTV): an empty folder is refused with a reason and no case folder; "Import and
 * open" imports the phantom as a job and opens it (its CT grid and structures as written); the listener on a
 * free loopback port receives 5 CT images sent by dcmtk's storescu. Screenshot: target/ui-test/dicom.png.
 */
class DicomViewUiTest {

    @Test
    void emptyFolderRefusedPhantomImportedAndOpenedListenerReceivesStorescu() throws Exception {
        Path dir = outputDir().resolve("dicom");
        deleteTree(dir);
        Files.createDirectories(dir);
        // the DICOM input: a phantom written as CT + RTSTRUCT
        PatientCase phantom = new Phantom(30, Double.NaN, false, 2, 3).build();
        Study study = phantom.getStudies().get(0);
        ImageSeries ct = study.getSeries().get(0);
        DicomToolkit toolkit = DicomToolkits.get();
        Path dicom = dir.resolve("phantom-dicom");
        List<Path> ctFiles = toolkit.writeCtSeries(phantom, ct, ct.getVoxels(), dicom.resolve("ct"),
                new CtSeriesOptions(study.getStudyInstanceUid(), ct.getSeriesInstanceUid(), ct.getFrameOfReferenceUid(), "synthetic phantom", 1));
        toolkit.exporter(phantom).exportRtStruct(dicom.resolve("rtstruct.dcm"));
        assertEquals(ct.getSlices(), ctFiles.size());

        CaseSession session = CaseSession.get();
        Shell shell = shell("OpenSABT DICOM (UI test)", 720, 600);
        try {
            DicomPanel panel = new DicomPanel(shell, session);
            shell.open();

            Path empty = Files.createDirectories(dir.resolve("empty"));
            panel.setImport(empty, dir.resolve("not-a-case"));
            press(button(panel, "Import and open"));
            assertTrue(waitFor(() -> !panel.busy(), 60), "the refused import ends");
            System.out.println("empty folder: " + panel.importStatus());
            assertTrue(panel.importStatus().startsWith("Not imported:"), panel.importStatus());
            assertFalse(Files.exists(dir.resolve("not-a-case")), "no case folder made");
            assertNull(session.patientCase(), "nothing opened");

            Path target = dir.resolve("imported-case");
            panel.setImport(dicom, target);
            long t0 = System.nanoTime();
            press(button(panel, "Import and open"));
            assertTrue(waitFor(() -> !panel.busy() && session.patientCase() != null, 120), "imported and opened: " + panel.importStatus());
            System.out.printf(Locale.ROOT, "import (job, %.1f s): %s%n", (System.nanoTime() - t0) / 1e9, panel.importStatus());
            assertEquals(target.toAbsolutePath(), session.folder().toAbsolutePath());
            ImageSeries imported = session.patientCase().getStudies().get(0).getSeries().get(0);
            assertEquals(List.of(ct.getColumns(), ct.getRows(), ct.getSlices()), List.of(imported.getColumns(), imported.getRows(), imported.getSlices()),
                    "the CT grid as written");
            assertEquals(List.of("BODY", "GTV"), CaseContents.structures(session.patientCase()).stream().map(Structure::getName).sorted().toList());
            screenshot(shell, "dicom.png");

            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path store = dir.resolve("incoming");
            panel.setListener("OPENSABT", port, store);
            press(button(panel, "Start listener"));
            assertTrue(panel.listening(), panel.listenerStatus());
            List<String> command = new ArrayList<>(List.of("storescu", "-aec", "OPENSABT", "127.0.0.1", String.valueOf(port)));
            ctFiles.stream().limit(5).forEach(f -> command.add(f.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("storescu.log").toFile()).start();
            int code = p.waitFor();
            assertEquals(0, code, "storescu (dcmtk) exit code; see " + dir.resolve("storescu.log"));
            waitFor(() -> panel.listenerStatus().contains(" 5 instances"), 30);
            System.out.println("listener: " + panel.listenerStatus());
            assertTrue(panel.listenerStatus().contains("5 instances received in 1 series"), panel.listenerStatus());
            panel.stopListener();
            assertFalse(panel.listening());
        } finally {
            shell.dispose();
        }
    }
}
