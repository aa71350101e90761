package org.opensabt.pacs;

import org.opensabt.testing.Orthanc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.CaseExport;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.Contour;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.store.CaseStore;
import org.opensabt.pacs.cli.PacsCommands;

import picocli.CommandLine;

/**
 * The PACS client against a real Orthanc started for this class on loopback (free ports, own configuration and
 * storage), loaded with the demo CT and its RT Structure Set by C-STORE from dcmtk's storescu (an independent sender).
 * What Orthanc holds is checked through its REST API, an independent view of the PACS.
 */
class PacsOrthancTest {

    static final String OUR_AE = "OPENSABT";
    static final String TARGET = "GTV_Mass_CT";

    static Path work;
    static Orthanc orthanc;
    static Path demo;
    static int ctSlices;
    static String studyUid;
    static String ctSeriesUid;
    static String patientId;

    @BeforeAll
    static void startOrthancAndLoadTheDemoStudy() throws Exception {
        assumeTrue(Files.isExecutable(Orthanc.BINARY), "Orthanc is not installed (" + Orthanc.BINARY + ", Debian package orthanc): the PACS tests need a real PACS");
        demo = Path.of(System.getProperty("opensabt.repo", "../..")).resolve("demo-data/sts-001").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(demo.resolve("ct")), demo + " holds the demo CT");
        work = Files.createTempDirectory("opensabt-pacs-test-");
        orthanc = new Orthanc(work.resolve("orthanc"), OUR_AE);
        try (Stream<Path> files = Files.list(demo.resolve("ct"))) {
            ctSlices = (int) files.filter(Files::isRegularFile).count();
        }
        Path storescu = Path.of("/usr/bin/storescu");
        if (Files.isExecutable(storescu)) {
            Process p = new ProcessBuilder(storescu.toString(), "-aet", "LOADER", "-aec", Orthanc.AE, "+sd", "127.0.0.1", String.valueOf(orthanc.dicomPort),
                    demo.resolve("ct").toString(), demo.resolve("rtstruct").toString()).redirectErrorStream(true).redirectOutput(work.resolve("storescu.log")
                            .toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "storescu finished");
            assertEquals(0, p.exitValue(), () -> "storescu: " + read(work.resolve("storescu.log")));
        } else { // without dcmtk: our own C-STORE loads it
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Stream.concat(Files.list(demo.resolve("ct")), Files.list(demo.resolve("rtstruct")))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
            PacsClient.send(new PacsClient.SendRequest(connection(), null, null, null, files), null);
        }
        String stats = orthanc.get("/statistics");
        assertEquals(ctSlices + 1, number(stats, "CountInstances"), stats);
        // the independent view of what the PACS holds: Orthanc's REST API
        String series = orthanc.get("/series?expand");
        ctSeriesUid = first(series, "\"Modality\"\\s*:\\s*\"CT\"[^}]*?\"SeriesInstanceUID\"\\s*:\\s*\"([0-9.]+)\"",
                "\"SeriesInstanceUID\"\\s*:\\s*\"([0-9.]+)\"[^}]*?\"Modality\"\\s*:\\s*\"CT\"");
        String studies = orthanc.get("/studies?expand");
        studyUid = first(studies, "\"StudyInstanceUID\"\\s*:\\s*\"([0-9.]+)\"");
        patientId = first(orthanc.get("/patients?expand"), "\"PatientID\"\\s*:\\s*\"([^\"]*)\"");
    }

    @AfterAll
    static void stopOrthanc() throws Exception {
        if (orthanc != null) {
            orthanc.close();
        }
        if (work != null) {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static PacsClient.Connection connection() {
        return new PacsClient.Connection(new PacsNode("orthanc", Orthanc.AE, "127.0.0.1", orthanc.dicomPort, null, 20_000), OUR_AE, null);
    }

    @Test
    void echoFindGetPlanExportSendAndTheRtObjectsAreInOrthanc(@TempDir Path tmp) throws Exception {
        long t0 = System.nanoTime();
        PacsClient.echo(connection(), null);

        PacsClient.FindResult patients = PacsClient.find(new PacsClient.FindRequest(connection(), PacsClient.Level.PATIENT, PacsClient.Keys.ANY), null);
        assertEquals(1, patients.matches().size(), patients.toString());
        assertEquals(patientId, patients.matches().get(0).patientId());
        assertEquals(ctSlices + 1, patients.matches().get(0).instances());

        PacsClient.FindResult studies = PacsClient.find(new PacsClient.FindRequest(connection(), PacsClient.Level.STUDY,
                new PacsClient.Keys(patientId, null, null, "CT", null, null)), null);
        assertEquals(1, studies.matches().size(), studies.toString());
        assertEquals(studyUid, studies.matches().get(0).studyUid());
        PacsClient.FindResult none = PacsClient.find(new PacsClient.FindRequest(connection(), PacsClient.Level.STUDY,
                new PacsClient.Keys("NO-SUCH-PATIENT", null, null, null, null, null)), null);
        assertEquals(0, none.matches().size());

        PacsClient.FindResult series = PacsClient.find(new PacsClient.FindRequest(connection(), PacsClient.Level.SERIES,
                new PacsClient.Keys(patientId, null, null, null, null, null)), null);
        assertEquals(2, series.matches().size(), series.toString());
        PacsClient.Match ct = series.matches().stream().filter(m -> "CT".equals(m.modality())).findFirst().orElseThrow();
        assertEquals(ctSeriesUid, ct.seriesUid());
        assertEquals(ctSlices, ct.instances());
        assertEquals(studyUid, ct.studyUid());

        // C-GET of the whole study (CT and RT Structure Set) into a new case
        long tGet = System.nanoTime();
        Path caseDir = tmp.resolve("retrieved");
        List<String> progress = new ArrayList<>();
        PacsClient.RetrieveResult got = PacsClient.retrieve(PacsClient.RetrieveRequest.get(connection(), studyUid, null, caseDir), new CaseStore("test"),
                new NullProgressMonitor() {
                    @Override
                    public void subTask(String name) {
                        progress.add(name);
                    }
                });
        double getSeconds = (System.nanoTime() - tGet) / 1e9;
        assertEquals(ctSlices + 1, got.expected());
        assertEquals(ctSlices + 1, got.received());
        assertTrue(progress.stream().anyMatch(s -> s.startsWith("received ") && s.contains(" of " + (ctSlices + 1))), progress.toString());
        PatientCase c = new CaseStore("test").load(caseDir);
        assertEquals(ctSlices, c.getStudies().get(0).getSeries().get(0).getSlices());
        Structure target = c.getStudies().stream().flatMap(st -> st.getStructureSets().stream()).flatMap(ss -> ss.getStructures().stream()).filter(s -> TARGET.equals(s.getName())).findFirst().orElseThrow();

        // a small fixed plan: four seeds around the target's centre, dose by the dose facade
        double[] centre = centre(target);
        SeedSource source = SourceLibraries.resolve("6711", tmp);
        List<SeedPlacement> seeds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double dx = (i % 2 == 0 ? -5 : 5), dy = (i < 2 ? -5 : 5);
            seeds.add(new SeedPlacement("s" + (i + 1), new double[] { centre[0] + dx, centre[1] + dy, centre[2] }, new double[] { 0, 0, 1 }, 0.5));
        }
        CaseDose.Outcome dose = new CaseDose().compute(c, CaseDose.Request.automatic("plan-1", source, KernelOptions.of(DoseMode.LINE_2D), seeds, 3.0, 10.0,
                145, TARGET, 2), null);
        CaseDose.apply(c, dose);

        long tSend = System.nanoTime();
        PacsClient.SendResult sent = PacsClient.send(new PacsClient.SendRequest(connection(), c, EnumSet.of(CaseExport.Kind.ALL), null, List.of()), null);
        double sendSeconds = (System.nanoTime() - tSend) / 1e9;
        assertEquals(3, sent.instances().size(), sent.toString());
        assertEquals(0, sent.failed(), sent.toString());
        String instances = orthanc.get("/instances?expand");
        for (PacsNetwork.Stored s : sent.instances()) {
            assertEquals(0, s.status(), s.toString());
            assertTrue(Pattern.compile("\"SOPInstanceUID\"\\s*:\\s*\"" + Pattern.quote(s.sopInstanceUid()) + "\"").matcher(instances).find(),
                    s.file().getFileName() + " " + s.sopInstanceUid() + " is in Orthanc");
        }
        String seriesNow = orthanc.get("/series?expand");
        for (String modality : List.of("RTSTRUCT", "RTPLAN", "RTDOSE")) {
            assertTrue(seriesNow.contains("\"Modality\" : \"" + modality + "\"") || seriesNow.contains("\"Modality\":\"" + modality + "\""), modality
                    + " series in Orthanc");
        }
        // and our own C-FIND sees them too, in the study we retrieved
        PacsClient.FindResult after = PacsClient.find(new PacsClient.FindRequest(connection(), PacsClient.Level.SERIES,
                new PacsClient.Keys(null, null, null, "RTPLAN", studyUid, null)), null);
        assertEquals(1, after.matches().size(), after.toString());
        double total = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "PACS round trip of the demo study (%d CT slices + RTSTRUCT) with Orthanc on loopback: %.2f s "
                + "(echo, 4 C-FINDs, C-GET + import %.2f s, plan, export + C-STORE of RTSTRUCT/RTPLAN/RTDOSE %.2f s)%n", ctSlices, total, getSeconds,
                sendSeconds);
    }

    @Test
    void cMoveToOurTemporaryScpBringsTheCtSeriesIntoACase(@TempDir Path tmp) throws Exception {
        Path caseDir = tmp.resolve("moved");
        long t0 = System.nanoTime();
        PacsClient.RetrieveResult moved = PacsClient.retrieve(PacsClient.RetrieveRequest.move(connection(), studyUid, ctSeriesUid, caseDir, orthanc.movePort),
                new CaseStore("test"), null);
        System.out.printf(Locale.ROOT, "C-MOVE of the demo CT series (%d slices) into a case: %.2f s%n", ctSlices, (System.nanoTime() - t0) / 1e9);
        assertEquals(ctSlices, moved.received());
        assertEquals(ctSlices, moved.transfer().completed());
        assertEquals(0, moved.transfer().failed());
        assertEquals(ctSlices, new CaseStore("test").load(caseDir).getStudies().get(0).getSeries().get(0).getSlices());
        // the temporary SCP is closed after the move
        assertThrows(java.net.ConnectException.class, () -> new java.net.Socket("127.0.0.1", orthanc.movePort).close());
    }

    @Test
    void aMoveToAnotherNamedAeReportsTheSubOperationCounts(@TempDir Path tmp) throws Exception {
        // the other AE: a storage SCP of our DICOM toolkit that Orthanc knows as OTHERAE
        List<Path> stored = java.util.Collections.synchronizedList(new ArrayList<>());
        try (org.opensabt.dicom.StorageReceiver other = org.opensabt.dicom.DicomToolkits.get().receive(new org.opensabt.dicom.StorageReceiver.Settings(
                Orthanc.OTHER_AE, orthanc.otherPort, tmp.resolve("other"), java.util.Set.of(Orthanc.AE)), new org.opensabt.dicom.StorageReceiver.Listener() {
                    @Override
                    public void stored(String modality, String study, String series, Path file) {
                        stored.add(file);
                    }

                    @Override
                    public void rejected(String callingAe) {
                    }

                    @Override
                    public void failed(String message) {
                    }
                })) {
            PacsClient.RetrieveResult r = PacsClient.retrieve(new PacsClient.RetrieveRequest(connection(), PacsClient.Method.MOVE, studyUid, ctSeriesUid, null,
                    null, Orthanc.OTHER_AE, null, 0, false), new CaseStore("test"), null);
            assertEquals(ctSlices, r.transfer().completed(), r.toString());
            assertEquals(0, r.transfer().failed(), r.toString());
            assertEquals(ctSlices, r.expected());
            assertEquals(null, r.imported());
            assertEquals(ctSlices, stored.size(), "the other AE received the series");
        }
    }

    @Test
    void aMoveToAnAeThePacsDoesNotKnowFailsWithItsStatus() {
        PacsClient.RetrieveRequest toNowhere = new PacsClient.RetrieveRequest(connection(), PacsClient.Method.MOVE, studyUid, ctSeriesUid, null, null,
                "NOWHERE", null, 0, false);
        PacsException e = assertThrows(PacsException.class, () -> PacsClient.retrieve(toNowhere, new CaseStore("test"), null));
        assertEquals(PacsException.Reason.FAILED, e.reason(), e.getMessage());
        // a failure status (PS3.4 C.4.2.1.5: 0xA801 move destination unknown; Orthanc answers 0xC000, unable to process)
        assertTrue(Pattern.matches("orthanc \\(ORTHANC@127\\.0\\.0\\.1:" + orthanc.dicomPort + "\\): C-MOVE to NOWHERE failed \\(status 0x[AC][0-9A-F]{3}\\): "
                + "0 completed, 0 failed", e.getMessage()), e.getMessage());
    }

    @Test
    void eachInstanceRefusedByThePacsIsReportedWithItsStatus(@TempDir Path tmp) throws Exception {
        Path dcmodify = Path.of("/usr/bin/dcmodify");
        assumeTrue(Files.isExecutable(dcmodify), "dcmtk's dcmodify makes the instance the PACS refuses (Debian package dcmtk)");
        // an instance of a SOP class Orthanc does not accept (UnknownSopClassAccepted is false by default): its presentation
        // context is rejected, so the PACS refuses it while the CT slice sent on the same association is stored
        Path unknown = tmp.resolve("unknown-class.dcm");
        Files.copy(demo.resolve("rtstruct/RS.dcm"), unknown);
        Process p = new ProcessBuilder(dcmodify.toString(), "-nb", "-m", "(0008,0016)=1.2.826.0.1.3680043.9.7433.99.1", unknown.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("dcmodify.log").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), () -> read(tmp.resolve("dcmodify.log")));
        Path slice;
        try (Stream<Path> s = Files.list(demo.resolve("ct"))) {
            slice = s.sorted().findFirst().orElseThrow();
        }
        PacsClient.SendResult r = PacsClient.send(new PacsClient.SendRequest(connection(), null, null, null, List.of(unknown, slice)), null);
        assertEquals(1, r.failed(), r.toString());
        assertEquals(0x0122, r.instances().get(0).status(), r.toString());
        assertEquals(0, r.instances().get(1).status(), r.toString());
        // the command says which instance and why, in one line, and exits 1
        Path file = tmp.resolve("nodes.properties");
        Files.writeString(file, "node.pacs.ae = " + Orthanc.AE + "\nnode.pacs.host = 127.0.0.1\nnode.pacs.port = " + orthanc.dicomPort + "\n");
        CommandException e = assertThrows(CommandException.class, () -> run(tmp, new PacsCommands.Send(), "--nodes", file.toString(), "--node", "pacs",
                unknown.toString(), slice.toString()));
        assertEquals("pacs (ORTHANC@127.0.0.1:" + orthanc.dicomPort + ") refused 1 of 2 instance(s): unknown-class.dcm 0x0122 refused: SOP class not supported",
                e.getMessage());
    }

    @Test
    void theRelayDropsAConnectionFromAnotherProcessAndServesOurs() throws Exception {
        try (org.opensabt.pacs.internal.Relay relay = new org.opensabt.pacs.internal.Relay("127.0.0.1", orthanc.dicomPort, null, false, 10_000)) {
            // another local process races the toolkit to the relay's port: the relay closes its connection (head sees EOF)
            Process other = new ProcessBuilder("bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/" + relay.port() + " && head -c 1 <&3 | wc -c")
                    .redirectErrorStream(true).redirectOutput(work.resolve("other.log").toFile()).start();
            assertTrue(other.waitFor(8, TimeUnit.SECONDS), "the other process's connection was dropped by the relay");
            assertEquals("0", read(work.resolve("other.log")).strip(), "the other process got nothing from the PACS");
            // the toolkit in this process then gets through
            PacsNetworks.get(null).echo(new PacsNetwork.Peer(relay.host(), relay.port(), Orthanc.AE, OUR_AE));
        }
    }

    @Test
    void aWrongCalledAeIsRejectedInOneLine() {
        PacsNode wrong = new PacsNode("wrong", "NOTORTHANC", "127.0.0.1", orthanc.dicomPort, null, 10_000);
        PacsException e = assertThrows(PacsException.class, () -> PacsClient.echo(new PacsClient.Connection(wrong, OUR_AE, null), null));
        assertEquals(PacsException.Reason.REJECTED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("wrong (NOTORTHANC@127.0.0.1:" + orthanc.dicomPort + "): C-ECHO: association rejected"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        PacsNode closed = new PacsNode("closed", Orthanc.AE, "127.0.0.1", Orthanc.freePort(), null, 5_000);
        PacsException e = assertThrows(PacsException.class, () -> PacsClient.echo(new PacsClient.Connection(closed, OUR_AE, null), null));
        assertEquals(PacsException.Reason.UNREACHABLE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("closed (ORTHANC@127.0.0.1:"), e.getMessage());
    }

    @Test
    void aNonExistentStudyIsRefusedAndNothingIsSaved(@TempDir Path tmp) {
        Path caseDir = tmp.resolve("none");
        PacsException e = assertThrows(PacsException.class, () -> PacsClient.retrieve(PacsClient.RetrieveRequest.get(connection(), "1.2.3.4.5", null, caseDir),
                new CaseStore("test"), null));
        assertTrue(e.getMessage().endsWith(": no study 1.2.3.4.5 there"), e.getMessage());
        assertFalse(Files.exists(caseDir.resolve(CaseStore.CASE_FILE)));
        e = assertThrows(PacsException.class, () -> PacsClient.retrieve(PacsClient.RetrieveRequest.get(connection(), "1.2/../x", null, caseDir),
                new CaseStore("test"), null));
        assertEquals("study UID: \"1.2/../x\" is not a DICOM UID (digits and dots, at most 64)", e.getMessage());
    }

    @Test
    void cancelMidRetrieveLeavesNoCase(@TempDir Path tmp) {
        Path caseDir = tmp.resolve("canceled");
        int[] worked = { 0 };
        NullProgressMonitor cancelAfterFive = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                Matcher m = Pattern.compile("received (\\d+)").matcher(name);
                if (m.find() && Integer.parseInt(m.group(1)) >= 5) {
                    worked[0] = Integer.parseInt(m.group(1));
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class, () -> PacsClient.retrieve(PacsClient.RetrieveRequest.get(connection(), studyUid, ctSeriesUid, caseDir),
                new CaseStore("test"), cancelAfterFive));
        assertTrue(worked[0] >= 5, "canceled after " + worked[0] + " instances");
        assertFalse(Files.exists(caseDir.resolve(CaseStore.CASE_FILE)), "no case saved");
    }

    @Test
    void nodesComeFromTheConfigurationAndBadOnesAreRefusedNamingFileAndKey(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("pacs-nodes.properties");
        Files.writeString(file, "calling-ae = " + OUR_AE + "\nnode.main.ae = " + Orthanc.AE + "\nnode.main.host = 127.0.0.1\nnode.main.port = "
                + orthanc.dicomPort + "\nmove.port = " + orthanc.movePort + "\n");
        PacsNodes nodes = PacsNodes.load(file, false, k -> null);
        assertEquals(OUR_AE, nodes.callingAe());
        assertEquals(orthanc.movePort, nodes.movePort());
        PacsClient.echo(new PacsClient.Connection(nodes.node("main"), nodes.callingAe(), null), null);
        PacsException e = assertThrows(PacsException.class, () -> nodes.node("research"));
        assertEquals("no PACS node \"research\" in " + file + " (configured: main)", e.getMessage());

        Files.writeString(file, "node.main.ae = ORTHANC\nnode.main.host = h\nnode.main.port = 70000\n");
        e = assertThrows(PacsException.class, () -> PacsNodes.load(file, false, k -> null));
        assertEquals(file + ": node.main.port: must be a whole number 1..65535, is \"70000\"", e.getMessage());
        Files.writeString(file, "node.main.ae = ORTHANC\nnode.main.host = h\nnode.main.port = 104\nnode.main.tls = true\nnode.main.tls.truststore = t.p12\n"
                + "node.main.tls.truststore-password-env = NO_SUCH_VARIABLE\n");
        e = assertThrows(PacsException.class, () -> PacsNodes.load(file, false, k -> null));
        assertEquals(file + ": node.main.tls.truststore-password-env: environment variable NO_SUCH_VARIABLE is not set", e.getMessage());
        Files.writeString(file, "node.main.aet = ORTHANC\n");
        e = assertThrows(PacsException.class, () -> PacsNodes.load(file, false, k -> null));
        assertTrue(e.getMessage().startsWith(file + ": node.main.aet: unknown key"), e.getMessage());
        Files.writeString(file, "calling-ae = MUCH-TOO-LONG-AE-TITLE\n");
        e = assertThrows(PacsException.class, () -> PacsNodes.load(file, false, k -> null));
        assertEquals(file + ": calling-ae: \"MUCH-TOO-LONG-AE-TITLE\" is longer than 16 characters", e.getMessage());
        e = assertThrows(PacsException.class, () -> PacsNodes.load(tmp.resolve("missing.properties"), false, k -> null));
        assertEquals(tmp.resolve("missing.properties") + ": no such PACS node configuration file", e.getMessage());
        assertTrue(PacsNodes.load(tmp.resolve("missing.properties"), true, k -> null).nodes().isEmpty());
    }

    @Test
    void theCommandsFindInJsonAndRefuseInOneLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("nodes.properties");
        Files.writeString(file, "node.pacs.ae = " + Orthanc.AE + "\nnode.pacs.host = 127.0.0.1\nnode.pacs.port = " + orthanc.dicomPort + "\n");
        CommandResult r = run(tmp, new PacsCommands.Find(), "--nodes", file.toString(), "--node", "pacs", "--level", "series", "--study-uid", studyUid,
                "--modality", "CT");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> matches = (List<Map<String, Object>>) ((Map<String, Object>) r.toJson()).get("matches");
        assertEquals(1, matches.size(), r.toText());
        assertEquals(ctSeriesUid, matches.get(0).get("seriesUid"));
        assertEquals(ctSlices, matches.get(0).get("instances"));
        assertTrue(r.toText().startsWith("1 series match(es) in pacs (ORTHANC@127.0.0.1:" + orthanc.dicomPort + ")"), r.toText());
        r = run(tmp, new PacsCommands.Echo(), "--aet", Orthanc.AE, "--host", "127.0.0.1", "--port", String.valueOf(orthanc.dicomPort));
        assertTrue(r.toText().startsWith("C-ECHO ORTHANC@127.0.0.1:" + orthanc.dicomPort + ": ok"), r.toText());
        CommandException e = assertThrows(CommandException.class, () -> run(tmp, new PacsCommands.Echo(), "--aet", "WRONG", "--host", "127.0.0.1",
                "--port", String.valueOf(orthanc.dicomPort)));
        assertTrue(e.getMessage().startsWith("WRONG@127.0.0.1:" + orthanc.dicomPort + ": C-ECHO: association rejected"), e.getMessage());
        e = assertThrows(CommandException.class, () -> run(tmp, new PacsCommands.Echo(), "--nodes", file.toString(), "--node", "other"));
        assertEquals("no PACS node \"other\" in " + file + " (configured: pacs)", e.getMessage());
        e = assertThrows(CommandException.class, () -> run(tmp, new PacsCommands.Get(), "--nodes", file.toString(), "--node", "pacs", "--study-uid",
                studyUid));
        assertEquals("--into CASE: the new case folder to retrieve into", e.getMessage());
        r = run(tmp, new PacsCommands.Nodes(), "--nodes", file.toString());
        assertTrue(r.toText().contains("pacs         ORTHANC          127.0.0.1:" + orthanc.dicomPort), r.toText());
    }

    static CommandResult run(Path tmp, CliCommand command, String... args) throws Exception {
        new CommandLine(command).parseArgs(args);
        return command.run(new CommandContext(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), tmp, false, false,
                "test"));
    }

    static double[] centre(Structure s) {
        double[] sum = new double[3];
        int n = 0;
        for (Contour c : s.getContours()) {
            List<Double> p = c.getPointsMm();
            for (int i = 0; i + 2 < p.size(); i += 3) {
                sum[0] += p.get(i);
                sum[1] += p.get(i + 1);
                sum[2] += p.get(i + 2);
                n++;
            }
        }
        assertTrue(n > 0, s.getName() + " has contour points");
        return new double[] { sum[0] / n, sum[1] / n, sum[2] / n };
    }

    static int number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Integer.parseInt(m.group(1));
    }

    static String first(String json, String... patterns) {
        for (String p : patterns) {
            Matcher m = Pattern.compile(p, Pattern.DOTALL).matcher(json);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("none of " + List.of(patterns) + " in " + json);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
