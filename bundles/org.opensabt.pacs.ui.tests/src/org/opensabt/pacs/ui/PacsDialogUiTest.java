package org.opensabt.pacs.ui;

import org.opensabt.testing.Orthanc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.opensabt.dicom.CtSeriesOptions;
import org.opensabt.dicom.DicomToolkit;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Study;
import org.opensabt.model.store.CaseStore;
import org.opensabt.pacs.PacsClient;
import org.opensabt.pacs.PacsNodes;
import org.opensabt.phantoms.Phantom;
import org.opensabt.viewer.ui.CaseSession;

/**
 * The query/retrieve dialog's panel on real SWT widgets against a real Orthanc (started on loopback on free ports,
 * loaded with a phantom CT and its RT Structure Set by our C-STORE): the node comes from a configuration file; Find
 * lists the study, clicking it lists its two series, choosing the CT and "Retrieve and open" retrieves it by C-GET
 * into a new case that opens in the session; an existing case folder is refused. Screenshot: target/ui-test/pacs.png.
 */
class PacsDialogUiTest {

    @Test
    void findListsTheStudyAndItsSeriesAndRetrieveOpensTheNewCase() throws Exception {
        assumeTrue(Files.isExecutable(Orthanc.BINARY), "Orthanc is not installed (" + Orthanc.BINARY + ", Debian package orthanc)");
        Path dir = outputDir().resolve("pacs");
        deleteTree(dir);
        Files.createDirectories(dir);
        PatientCase phantom = new Phantom(30, Double.NaN, false, 2, 3).build();
        Study study = phantom.getStudies().get(0);
        ImageSeries ct = study.getSeries().get(0);
        DicomToolkit toolkit = DicomToolkits.get();
        Path dicom = dir.resolve("phantom-dicom");
        List<Path> files = new ArrayList<>(toolkit.writeCtSeries(phantom, ct, ct.getVoxels(), dicom.resolve("ct"),
                new CtSeriesOptions(study.getStudyInstanceUid(), ct.getSeriesInstanceUid(), ct.getFrameOfReferenceUid(), "synthetic phantom", 1)));
        files.add(toolkit.exporter(phantom).exportRtStruct(dicom.resolve("rtstruct.dcm")));

        try (Orthanc orthanc = new Orthanc(dir.resolve("orthanc"), "OPENSABT")) {
            Path config = dir.resolve("pacs-nodes.properties");
            Files.writeString(config, "calling-ae = OPENSABT\nnode.test.ae = " + Orthanc.AE + "\nnode.test.host = 127.0.0.1\nnode.test.port = "
                    + orthanc.dicomPort + "\n");
            PacsNodes nodes = PacsNodes.load(config, false, k -> null);
            PacsClient.SendResult loaded = PacsClient.send(new PacsClient.SendRequest(new PacsClient.Connection(nodes.node("test"), "OPENSABT", null), null,
                    null, null, files), null);
            assertEquals(0, loaded.failed(), loaded.toString());

            CaseSession session = CaseSession.get();
            Shell shell = shell("Query/Retrieve from PACS (UI test)", 820, 620);
            try {
                PacsPanel panel = new PacsPanel(shell, session);
                panel.setNodes(nodes);
                shell.open();
                panel.setKeys(null, null, null);
                press(button(panel, "Find"));
                assertTrue(waitFor(() -> !panel.busy() && panel.studies().getItemCount() > 0, 60), "studies found: " + panel.status());
                assertEquals(1, panel.studies().getItemCount(), panel.status());
                panel.selectStudy(0);
                assertTrue(waitFor(() -> !panel.busy() && panel.series().getItemCount() > 0, 60), "series listed: " + panel.status());
                assertEquals(2, panel.series().getItemCount());
                int ctRow = panel.series().getItem(0).getText(0).equals("CT") ? 0 : 1;
                assertEquals("CT", panel.series().getItem(ctRow).getText(0));
                assertEquals(String.valueOf(ct.getSlices()), panel.series().getItem(ctRow).getText(2));
                panel.selectSeries(ctRow);

                // a folder holding a case is refused before anything is asked of the PACS
                Path existing = dir.resolve("existing");
                new CaseStore("test").save(phantom, existing);
                panel.setCaseFolder(existing);
                press(button(panel, "Retrieve and open"));
                assertTrue(panel.status().startsWith("Not retrieved: ") && panel.status().endsWith("already holds a case"), panel.status());

                Path target = dir.resolve("retrieved-case");
                panel.setCaseFolder(target);
                long t0 = System.nanoTime();
                press(button(panel, "Retrieve and open"));
                assertTrue(waitFor(() -> !panel.busy() && session.patientCase() != null, 120), "retrieved and opened: " + panel.status());
                System.out.printf(Locale.ROOT, "retrieve in the dialog (job, %.1f s): %s%n", (System.nanoTime() - t0) / 1e9, panel.status());
                assertTrue(panel.status().startsWith("Retrieved " + ct.getSlices() + " instance(s) into " + target.toAbsolutePath()), panel.status());
                assertEquals(target.toAbsolutePath(), session.folder().toAbsolutePath());
                ImageSeries got = session.patientCase().getStudies().get(0).getSeries().get(0);
                assertEquals(List.of(ct.getColumns(), ct.getRows(), ct.getSlices()), List.of(got.getColumns(), got.getRows(), got.getSlices()));
                assertFalse(panel.busy());
                screenshot(shell, "pacs.png");
            } finally {
                shell.dispose();
            }
        }
    }
}
