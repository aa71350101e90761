package org.opensabt.pacs;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.dicom.CaseExport;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomExportException;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.dicom.StorageReceiver;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseStore;
import org.opensabt.pacs.PacsException.Reason;
import org.opensabt.pacs.internal.Relay;

/**
 * The PACS client facade shared by {@code opensabt pacs}, the workbench and tests: C-ECHO, C-FIND (Study Root, PS3.4
 * C.6.2), retrieval by C-GET or C-MOVE into a new case, and C-STORE of a case's RT objects, through the installed
 * {@link PacsNetwork} chosen by id. Every association goes through a {@link Relay} on loopback (TLS, connect and idle
 * timeouts, cancel). Nothing is printed; refusals are {@link PacsException}s of one line naming the node.
 */
public final class PacsClient {

    /** The address our temporary C-MOVE destination binds to unless configured otherwise. */
    public static final String LOOPBACK = StorageReceiver.LOOPBACK;

    /** Query levels of the Study Root model; PATIENT is answered by a STUDY query grouped by patient. */
    public enum Level {
        PATIENT, STUDY, SERIES
    }

    /** How instances come back: C-GET on the same association (default) or C-MOVE to a storage SCP. */
    public enum Method {
        GET, MOVE
    }

    /**
     * Whom to talk to and as whom.
     *
     * @param toolkitId the {@link PacsNetwork} id (null: the highest-ranked installed one)
     */
    public record Connection(PacsNode node, String callingAe, String toolkitId) {
        public Connection {
            if (node == null) {
                throw new IllegalArgumentException("no PACS node given");
            }
            String problem = PacsNode.checkAeTitle(callingAe);
            if (problem != null) {
                throw new IllegalArgumentException("calling AE title " + problem);
            }
        }
    }

    public record EchoResult(String node, double seconds) {
    }

    /** Matching keys; null or empty means any. Dates as YYYYMMDD or a range YYYYMMDD-YYYYMMDD; names may use * and ?. */
    public record Keys(String patientId, String patientName, String studyDate, String modality, String studyUid, String seriesUid) {
        public static final Keys ANY = new Keys(null, null, null, null, null, null);
    }

    public record FindRequest(Connection connection, Level level, Keys keys) {
    }

    /**
     * One match; fields of deeper levels are null at higher ones. {@code instances} is the PACS's Number of
     * Patient/Study/Series Related Instances (-1 when it does not say); {@code studies} counts a patient's studies.
     */
    public record Match(String patientId, String patientName, String studyUid, String studyDate, String studyDescription, String modalities,
            String seriesUid, String seriesNumber, String modality, String seriesDescription, int studies, int instances) {
    }

    public record FindResult(String node, Level level, List<Match> matches, double seconds) {
    }

    /**
     * @param studyUid          the study to retrieve
     * @param seriesUid         one series of it (null: the whole study; its one CT series is imported)
     * @param caseDir           the new case folder (must not hold a case); null only with a foreign {@code moveDestinationAe}
     * @param caseId            the new case's identifier (null: the folder's name)
     * @param moveDestinationAe C-MOVE to this AE instead of ours (nothing is imported then); null: our calling AE, served
     *                          by a temporary storage SCP on {@code moveBind}:{@code movePort} for the duration of the move
     * @param moveBind          address of the temporary SCP (null: loopback)
     * @param resample          import a CT with uneven spacing by resampling it
     */
    public record RetrieveRequest(Connection connection, Method method, String studyUid, String seriesUid, Path caseDir, String caseId,
            String moveDestinationAe, String moveBind, int movePort, boolean resample) {

        /** C-GET of a study or series into a new case. */
        public static RetrieveRequest get(Connection connection, String studyUid, String seriesUid, Path caseDir) {
            return new RetrieveRequest(connection, Method.GET, studyUid, seriesUid, caseDir, null, null, null, 0, false);
        }

        /** C-MOVE of a study or series to our temporary SCP on loopback port {@code movePort}, into a new case. */
        public static RetrieveRequest move(Connection connection, String studyUid, String seriesUid, Path caseDir, int movePort) {
            return new RetrieveRequest(connection, Method.MOVE, studyUid, seriesUid, caseDir, null, null, null, movePort, false);
        }
    }

    /**
     * @param expected the PACS's count of matching instances before the retrieval (-1: not said)
     * @param received instances received and checked
     * @param transfer the C-GET/C-MOVE final status and sub-operation counts
     * @param imported the new case (saved in {@code caseDir}), null for a move to another AE
     */
    public record RetrieveResult(String node, Method method, int expected, int received, PacsNetwork.Transfer transfer, CaseImport.Result imported,
            Path caseDir, List<String> warnings, double seconds) {
    }

    /**
     * @param patientCase the case whose RT objects are written with {@link CaseExport} and sent (null: only {@code files})
     * @param objects     which of RTSTRUCT, RTPLAN, RTDOSE (ALL: those the plan has)
     * @param plan        the plan for RT Plan/Dose (null: the case's last plan)
     * @param files       further DICOM files to send
     */
    public record SendRequest(Connection connection, PatientCase patientCase, Set<CaseExport.Kind> objects, Plan plan, List<Path> files) {
    }

    /** Each instance's C-STORE outcome (status 0 = success), with the files' names as given or written (RS.dcm, RP.dcm, RD.dcm). */
    public record SendResult(String node, List<PacsNetwork.Stored> instances, int failed, double seconds) {
    }

    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern DATE = Pattern.compile("[0-9]{8}|[0-9]{8}-|-[0-9]{8}|[0-9]{8}-[0-9]{8}");
    private static final Pattern RECEIVED_NAME = Pattern.compile("instance-[0-9]{6}\\.dcm");

    private PacsClient() {
    }

    /** C-ECHO. */
    public static EchoResult echo(Connection connection, IProgressMonitor monitor) throws PacsException {
        SubMonitor progress = SubMonitor.convert(monitor, "C-ECHO " + connection.node().label(), 1);
        long t0 = System.nanoTime();
        PacsNetwork network = PacsNetworks.get(connection.toolkitId());
        associate(connection, progress, null, peer -> {
            network.echo(peer);
            return null;
        });
        return new EchoResult(connection.node().label(), seconds(t0));
    }

    /** C-FIND at the request's level. */
    public static FindResult find(FindRequest request, IProgressMonitor monitor) throws PacsException {
        Connection c = request.connection();
        SubMonitor progress = SubMonitor.convert(monitor, "C-FIND " + c.node().label(), 2);
        long t0 = System.nanoTime();
        Keys keys = request.keys() == null ? Keys.ANY : request.keys();
        check(keys);
        PacsNetwork network = PacsNetworks.get(c.toolkitId());
        List<Map<String, String>> studies = new ArrayList<>();
        if (request.level() != Level.SERIES || blank(keys.studyUid())) {
            Map<String, String> q = studyKeys(keys);
            studies = query(network, c, "STUDY", q, progress.split(1));
        } else {
            progress.split(1);
        }
        List<Match> matches = new ArrayList<>();
        switch (request.level()) {
        case PATIENT -> {
            Map<String, List<Map<String, String>>> byPatient = new LinkedHashMap<>();
            for (Map<String, String> s : studies) {
                byPatient.computeIfAbsent(s.getOrDefault("PatientID", "") + "\u0000" + s.getOrDefault("PatientName", ""), k -> new ArrayList<>()).add(s);
            }
            for (List<Map<String, String>> ss : byPatient.values()) {
                int instances = ss.stream().mapToInt(s -> count(s.get("NumberOfStudyRelatedInstances"))).reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
                Map<String, String> s = ss.get(0);
                matches.add(new Match(s.get("PatientID"), s.get("PatientName"), null, null, null, null, null, null, null, null, ss.size(), instances));
            }
        }
        case STUDY -> {
            for (Map<String, String> s : studies) {
                matches.add(studyMatch(s, null));
            }
        }
        case SERIES -> {
            List<String> studyUids = blank(keys.studyUid()) ? studies.stream().map(s -> s.get("StudyInstanceUID")).filter(u -> !blank(u)).toList()
                    : List.of(keys.studyUid());
            SubMonitor each = progress.split(1).setWorkRemaining(Math.max(1, studyUids.size()));
            for (String studyUid : studyUids) {
                Map<String, String> q = new LinkedHashMap<>();
                q.put("StudyInstanceUID", studyUid);
                q.put("SeriesInstanceUID", nz(keys.seriesUid()));
                q.put("Modality", nz(keys.modality()));
                for (String k : List.of("SeriesNumber", "SeriesDescription", "NumberOfSeriesRelatedInstances", "PatientID", "PatientName")) {
                    q.put(k, "");
                }
                Map<String, String> study = studies.stream().filter(s -> studyUid.equals(s.get("StudyInstanceUID"))).findFirst().orElse(Map.of());
                for (Map<String, String> s : query(network, c, "SERIES", q, each.split(1))) {
                    Map<String, String> merged = new LinkedHashMap<>(study);
                    s.forEach((k, v) -> {
                        if (!blank(v) || !merged.containsKey(k)) {
                            merged.put(k, v);
                        }
                    });
                    matches.add(studyMatch(merged, merged));
                }
            }
        }
        }
        return new FindResult(c.node().label(), request.level(), List.copyOf(matches), seconds(t0));
    }

    /**
     * Retrieves a study or series into a temporary folder (C-GET, or C-MOVE to our temporary SCP), imports it with
     * {@link CaseImport} and saves the new case into {@code caseDir} atomically under the case lock. On cancel
     * ({@link OperationCanceledException}) or failure nothing is saved and the temporary folder is removed.
     */
    public static RetrieveResult retrieve(RetrieveRequest request, CaseStore store, IProgressMonitor monitor) throws PacsException {
        Connection c = request.connection();
        SubMonitor progress = SubMonitor.convert(monitor, "Retrieving from " + c.node().label(), 100);
        long t0 = System.nanoTime();
        if (blank(request.studyUid()) || !UID.matcher(request.studyUid()).matches() || request.studyUid().length() > 64) {
            throw new PacsException(Reason.BAD_INPUT, "study UID: \"" + nz(request.studyUid()) + "\" is not a DICOM UID (digits and dots, at most 64)");
        }
        if (!blank(request.seriesUid()) && (!UID.matcher(request.seriesUid()).matches() || request.seriesUid().length() > 64)) {
            throw new PacsException(Reason.BAD_INPUT, "series UID: \"" + request.seriesUid() + "\" is not a DICOM UID (digits and dots, at most 64)");
        }
        Method method = request.method() == null ? Method.GET : request.method();
        boolean foreign = method == Method.MOVE && !blank(request.moveDestinationAe()) && !request.moveDestinationAe().equals(c.callingAe());
        if (foreign) {
            String problem = PacsNode.checkAeTitle(request.moveDestinationAe());
            if (problem != null) {
                throw new PacsException(Reason.BAD_INPUT, "move destination AE title " + problem);
            }
        } else {
            if (request.caseDir() == null) {
                throw new PacsException(Reason.BAD_INPUT, "no case folder to retrieve into");
            }
            if (Files.exists(request.caseDir().resolve(CaseStore.CASE_FILE))) {
                throw new PacsException(Reason.BAD_INPUT, request.caseDir() + ": holds a case already; retrieve into a new folder");
            }
            if (method == Method.MOVE && (request.movePort() < 1 || request.movePort() > 65535)) {
                throw new PacsException(Reason.BAD_INPUT, "move port must be 1..65535 (our temporary storage SCP, as the PACS knows our AE), is "
                        + request.movePort());
            }
        }
        PacsNetwork network = PacsNetworks.get(c.toolkitId());
        String level = blank(request.seriesUid()) ? "STUDY" : "SERIES";
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("StudyInstanceUID", request.studyUid());
        if (level.equals("SERIES")) {
            keys.put("SeriesInstanceUID", request.seriesUid());
        }
        // how many instances to expect, for progress and the failed count when the toolkit cannot say
        Map<String, String> countQuery = new LinkedHashMap<>(keys);
        String countKey = level.equals("SERIES") ? "NumberOfSeriesRelatedInstances" : "NumberOfStudyRelatedInstances";
        countQuery.put(countKey, "");
        List<Map<String, String>> found = query(network, c, level, countQuery, progress.split(5));
        if (found.isEmpty()) {
            throw new PacsException(Reason.BAD_INPUT, c.node().label() + ": no " + level.toLowerCase(Locale.ROOT) + " " + (level.equals("SERIES")
                    ? request.seriesUid() : request.studyUid()) + " there");
        }
        int expected = count(found.get(0).get(countKey));
        SubMonitor transfer = progress.split(75);
        transfer.setWorkRemaining(expected > 0 ? expected : 1000);
        AtomicInteger received = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        Path temp = null;
        try {
            temp = Files.createTempDirectory("opensabt-pacs-");
            Path folder = temp.resolve("in");
            Files.createDirectories(folder);
            PacsNetwork.Transfer outcome;
            int[] shown = { 0 };
            Runnable tick = () -> {
                int now = received.get();
                if (now > shown[0]) {
                    transfer.worked(now - shown[0]);
                    shown[0] = now;
                    transfer.subTask(String.format(Locale.ROOT, "received %d%s instance(s) from %s", now, expected > 0 ? " of " + expected : "",
                            c.node().label()));
                }
            };
            if (method == Method.GET) {
                outcome = associate(c, transfer, tick, peer -> network.get(peer, level, keys, folder, file -> received.incrementAndGet()));
            } else if (foreign) {
                outcome = associate(c, transfer, tick, peer -> network.move(peer, level, keys, request.moveDestinationAe()));
                received.set(outcome.completed() < 0 ? 0 : outcome.completed());
            } else {
                outcome = moveToUs(network, request, level, keys, folder, received, problems, transfer, tick);
            }
            tick.run();
            if (transfer.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (foreign && outcome.status() != 0 && (outcome.status() & 0xF000) != 0xB000) {
                throw new PacsException(Reason.FAILED, String.format(Locale.ROOT, "%s: C-MOVE to %s failed (status 0x%04X): %d completed, %d failed",
                        c.node().label(), request.moveDestinationAe(), outcome.status() & 0xFFFF, Math.max(0, outcome.completed()),
                        Math.max(0, outcome.failed())));
            }
            List<Path> files = foreign ? List.of() : checkedFiles(folder);
            int failed = outcome.failed() >= 0 ? outcome.failed() : expected > 0 ? Math.max(0, expected - files.size()) : 0;
            if (!foreign && (failed > 0 || (outcome.status() != 0 && outcome.status() != 0xB000) || files.isEmpty())) {
                throw new PacsException(Reason.FAILED, String.format(Locale.ROOT, "%s: C-%s %s: %d of %s instance(s) received, %d failed (status 0x%04X)%s",
                        c.node().label(), method, level.equals("SERIES") ? "series " + request.seriesUid() : "study " + request.studyUid(), files.size(),
                        expected < 0 ? "?" : String.valueOf(expected), failed, outcome.status() & 0xFFFF,
                        problems.isEmpty() ? "" : "; " + String.join("; ", problems)));
            }
            List<String> warnings = new ArrayList<>(problems);
            if (outcome.warning() > 0) {
                warnings.add(outcome.warning() + " sub-operation(s) ended with a warning");
            }
            if (foreign) {
                return new RetrieveResult(c.node().label(), method, expected, received.get(), outcome, null, null, List.copyOf(warnings), seconds(t0));
            }
            String caseId = blank(request.caseId()) ? request.caseDir().toAbsolutePath().normalize().getFileName().toString() : request.caseId();
            CaseImport.Result imported;
            try {
                imported = CaseImport.run(new CaseImport.Request(List.of(folder), caseId, request.seriesUid(), request.resample()), progress.split(15));
            } catch (DicomImportException e) {
                throw new PacsException(Reason.FAILED, "retrieved from " + c.node().label() + " but cannot import: " + e.getMessage()
                        .replace(folder.toString(), "<retrieved>"), e);
            }
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                CaseImport.save(imported, request.caseDir(), false, store);
            } catch (IOException e) {
                throw new PacsException(Reason.FAILED, request.caseDir() + ": cannot save the retrieved case: " + e.getMessage(), e);
            }
            progress.split(5);
            warnings.addAll(imported.warnings());
            return new RetrieveResult(c.node().label(), method, expected, files.size(), outcome, imported, request.caseDir(), List.copyOf(warnings),
                    seconds(t0));
        } catch (IOException e) {
            throw new PacsException(Reason.FAILED, "temporary folder for the retrieval: " + e.getMessage(), e);
        } finally {
            deleteTree(temp);
        }
    }

    /** C-MOVE to our calling AE, served by a temporary storage SCP that accepts only the called PACS and is closed after the move. */
    private static PacsNetwork.Transfer moveToUs(PacsNetwork network, RetrieveRequest request, String level, Map<String, String> keys, Path folder,
            AtomicInteger received, ConcurrentLinkedQueue<String> problems, SubMonitor transfer, Runnable tick) throws PacsException {
        Connection c = request.connection();
        PacsNode node = c.node();
        StorageReceiver.Tls tls = null;
        if (node.tls() != null && node.tls().keystore() != null) {
            tls = new StorageReceiver.Tls(node.tls().keystore(), node.tls().keystorePassword(), node.tls().truststore(), node.tls().truststorePassword(), true);
        }
        StorageReceiver.Settings settings = new StorageReceiver.Settings(c.callingAe(), blank(request.moveBind()) ? LOOPBACK : request.moveBind(),
                request.movePort(), folder, Set.of(node.aeTitle()), Set.of(node.host()), StorageReceiver.Limits.DEFAULTS, tls,
                folder.resolveSibling("move-audit.log"));
        StorageReceiver.Listener listener = new StorageReceiver.Listener() {
            @Override
            public void stored(String modality, String studyUid, String seriesUid, Path file) {
                received.incrementAndGet();
            }

            @Override
            public void rejected(String callingAe) {
                problems.add("refused an association from AE " + callingAe + " during the move");
            }

            @Override
            public void refused(String peer, String callingAe, String reason) {
                problems.add("refused an association from " + (blank(callingAe) ? "" : "AE " + callingAe + " at ") + peer + " during the move: " + reason);
            }

            @Override
            public void failed(String message) {
                problems.add(message);
            }
        };
        StorageReceiver scp;
        try {
            scp = DicomToolkits.get().receive(settings, listener);
        } catch (java.net.BindException e) {
            throw new PacsException(Reason.BAD_INPUT, "cannot listen for the C-MOVE on " + settings.bindAddress() + " port " + request.movePort() + ": "
                    + e.getMessage(), e);
        } catch (IOException | IllegalStateException e) {
            throw new PacsException(Reason.FAILED, "cannot start our storage SCP for the C-MOVE: " + e.getMessage(), e);
        }
        try (scp) {
            return associate(c, transfer, tick, peer -> network.move(peer, level, keys, c.callingAe()));
        }
    }

    /**
     * Exports the case's RT objects with {@link CaseExport} into a temporary folder and sends them, with the further
     * files, by C-STORE. Instances the PACS refuses are in the result with their status.
     */
    public static SendResult send(SendRequest request, IProgressMonitor monitor) throws PacsException {
        Connection c = request.connection();
        SubMonitor progress = SubMonitor.convert(monitor, "Sending to " + c.node().label(), 10);
        long t0 = System.nanoTime();
        PacsNetwork network = PacsNetworks.get(c.toolkitId());
        Path temp = null;
        try {
            List<Path> files = new ArrayList<>();
            if (request.patientCase() != null && request.objects() != null && !request.objects().isEmpty()) {
                temp = Files.createTempDirectory("opensabt-pacs-send-");
                for (CaseExport.Kind kind : request.objects().stream().sorted().toList()) {
                    Path target = kind == CaseExport.Kind.ALL ? temp : temp.resolve(switch (kind) {
                    case RTSTRUCT -> "RS.dcm";
                    case RTPLAN -> "RP.dcm";
                    default -> "RD.dcm";
                    });
                    try {
                        for (Path written : CaseExport.run(new CaseExport.Request(request.patientCase(), kind, target, request.plan(), null), progress.split(1))
                                .written()) {
                            if (!files.contains(written)) {
                                files.add(written);
                            }
                        }
                    } catch (DicomExportException e) {
                        throw new PacsException(Reason.BAD_INPUT, "case " + request.patientCase().getCaseId() + ": " + e.getMessage(), e);
                    }
                }
            }
            for (Path f : request.files() == null ? List.<Path>of() : request.files()) {
                if (!Files.isRegularFile(f)) {
                    throw new PacsException(Reason.BAD_INPUT, f + ": no such file to send");
                }
                files.add(f);
            }
            if (files.isEmpty()) {
                throw new PacsException(Reason.BAD_INPUT, "nothing to send (give a case with RT objects or files)");
            }
            SubMonitor each = progress.split(8).setWorkRemaining(files.size());
            AtomicInteger done = new AtomicInteger();
            int[] shown = { 0 };
            Runnable tick = () -> {
                int now = done.get();
                if (now > shown[0]) {
                    each.worked(now - shown[0]);
                    shown[0] = now;
                    each.subTask(String.format(Locale.ROOT, "sent %d of %d instance(s) to %s", now, files.size(), c.node().label()));
                }
            };
            List<PacsNetwork.Stored> stored = associate(c, each, tick, peer -> network.store(peer, files, s -> done.incrementAndGet()));
            tick.run();
            int failed = (int) stored.stream().filter(s -> s.status() != 0 && (s.status() & 0xF000) != 0xB000).count() + Math.max(0, files.size()
                    - stored.size());
            return new SendResult(c.node().label(), List.copyOf(stored), failed, seconds(t0));
        } catch (IOException e) {
            throw new PacsException(Reason.FAILED, "cannot write the RT objects to send: " + e.getMessage(), e);
        } finally {
            deleteTree(temp);
        }
    }

    /** What a C-STORE status means (PS3.4 B.2.3, PS3.7 C). */
    public static String describeStatus(int status) {
        int s = status & 0xFFFF;
        if (s == 0) {
            return "success";
        }
        if ((s & 0xFF00) == 0xA700) {
            return "refused: out of resources";
        }
        if ((s & 0xFF00) == 0xA900) {
            return "error: data set does not match SOP class";
        }
        if ((s & 0xF000) == 0xC000) {
            return "error: cannot understand";
        }
        if ((s & 0xF000) == 0xB000) {
            return "warning";
        }
        return switch (s) {
        case 0x0122 -> "refused: SOP class not supported";
        case 0x0124 -> "refused: not authorized";
        case 0x0110 -> "processing failure";
        case 0x0111 -> "duplicate SOP instance";
        case 0x0117 -> "invalid SOP instance";
        case 0x0211 -> "unrecognized operation";
        default -> "failed";
        };
    }

    // --- associations through the relay ---------------------------------------------------------------------------

    @FunctionalInterface
    private interface Exchange<T> {
        T run(PacsNetwork.Peer peer) throws PacsException;
    }

    /**
     * Runs one association of the toolkit through a relay on a worker thread; this thread polls for cancel (which
     * closes the relay) and calls {@code tick} for progress, so the monitor is only touched here.
     */
    private static <T> T associate(Connection c, IProgressMonitor monitor, Runnable tick, Exchange<T> exchange) throws PacsException {
        PacsNode node = c.node();
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        Relay relay;
        try {
            relay = new Relay(node.host(), node.port(), sslContext(node), node.tls() != null && node.tls().verifyHostname(), node.timeoutMs());
        } catch (UnknownHostException e) {
            throw new PacsException(Reason.UNREACHABLE, node.label() + ": unknown host " + node.host());
        } catch (SocketTimeoutException e) {
            throw new PacsException(Reason.TIMEOUT, node.label() + ": no connection within " + node.timeoutMs() / 1000 + " s", e);
        } catch (ConnectException e) {
            throw new PacsException(Reason.UNREACHABLE, node.label() + ": cannot connect: " + e.getMessage(), e);
        } catch (SSLException e) {
            throw new PacsException(Reason.UNREACHABLE, node.label() + ": TLS handshake failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PacsException(Reason.UNREACHABLE, node.label() + ": cannot connect: " + e.getMessage(), e);
        }
        PacsNetwork.Peer peer = new PacsNetwork.Peer(relay.host(), relay.port(), node.aeTitle(), c.callingAe());
        FutureTask<T> task = new FutureTask<>((Callable<T>) () -> exchange.run(peer));
        Thread worker = new Thread(task, "opensabt-pacs-" + node.aeTitle());
        worker.setDaemon(true);
        worker.start();
        try {
            while (true) {
                try {
                    return task.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (tick != null) {
                        tick.run();
                    }
                    if (monitor != null && monitor.isCanceled()) {
                        relay.close("canceled");
                        worker.join(10_000);
                        throw new OperationCanceledException();
                    }
                }
            }
        } catch (InterruptedException e) {
            relay.close("canceled");
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String closed = relay.closedBecause();
            if (closed != null && closed.startsWith("no answer")) {
                throw new PacsException(Reason.TIMEOUT, node.label() + ": " + closed, cause);
            }
            if (cause instanceof PacsException p) {
                throw new PacsException(p.reason(), node.label() + ": " + p.getMessage(), p);
            }
            throw new PacsException(Reason.FAILED, node.label() + ": " + cause, cause);
        } finally {
            relay.close();
        }
    }

    private static SSLContext sslContext(PacsNode node) throws PacsException {
        PacsNode.Tls tls = node.tls();
        if (tls == null) {
            return null;
        }
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(keyStore(tls.truststore(), tls.truststorePassword()));
            KeyManagerFactory kmf = null;
            if (tls.keystore() != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keyStore(tls.keystore(), tls.keystorePassword()), tls.keystorePassword());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new PacsException(Reason.BAD_INPUT, node.label() + ": TLS key or trust store: " + e.getMessage(), e);
        }
    }

    private static KeyStore keyStore(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return ks;
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private static List<Map<String, String>> query(PacsNetwork network, Connection c, String level, Map<String, String> keys, IProgressMonitor monitor)
            throws PacsException {
        List<Map<String, String>> found = new ArrayList<>();
        associate(c, monitor, null, peer -> {
            network.find(peer, level, keys, m -> {
                synchronized (found) {
                    found.add(m);
                }
            });
            return null;
        });
        synchronized (found) {
            return new ArrayList<>(found);
        }
    }

    private static Map<String, String> studyKeys(Keys keys) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("PatientID", nz(keys.patientId()));
        q.put("PatientName", nz(keys.patientName()));
        q.put("StudyDate", nz(keys.studyDate()));
        q.put("ModalitiesInStudy", nz(keys.modality()));
        q.put("StudyInstanceUID", nz(keys.studyUid()));
        q.put("StudyDescription", "");
        q.put("NumberOfStudyRelatedInstances", "");
        return q;
    }

    private static Match studyMatch(Map<String, String> s, Map<String, String> series) {
        int instances = count(series == null ? s.get("NumberOfStudyRelatedInstances") : series.get("NumberOfSeriesRelatedInstances"));
        return new Match(s.get("PatientID"), s.get("PatientName"), s.get("StudyInstanceUID"), s.get("StudyDate"), s.get("StudyDescription"),
                s.get("ModalitiesInStudy"), series == null ? null : series.get("SeriesInstanceUID"), series == null ? null : series.get("SeriesNumber"),
                series == null ? null : series.get("Modality"), series == null ? null : series.get("SeriesDescription"), 1, instances);
    }

    private static void check(Keys keys) throws PacsException {
        for (String[] uid : new String[][] { { "study UID", keys.studyUid() }, { "series UID", keys.seriesUid() } }) {
            if (!blank(uid[1]) && (!UID.matcher(uid[1]).matches() || uid[1].length() > 64)) {
                throw new PacsException(Reason.BAD_INPUT, uid[0] + ": \"" + uid[1] + "\" is not a DICOM UID (digits and dots, at most 64)");
            }
        }
        if (!blank(keys.studyDate()) && !DATE.matcher(keys.studyDate()).matches()) {
            throw new PacsException(Reason.BAD_INPUT, "study date: \"" + keys.studyDate() + "\" is not YYYYMMDD or a range YYYYMMDD-YYYYMMDD");
        }
        for (String[] v : new String[][] { { "patient ID", keys.patientId(), "64" }, { "patient name", keys.patientName(), "64" },
                { "modality", keys.modality(), "16" } }) {
            if (!blank(v[1]) && (v[1].length() > Integer.parseInt(v[2]) || v[1].chars().anyMatch(ch -> ch < 0x20 || ch == '\\'))) {
                throw new PacsException(Reason.BAD_INPUT, v[0] + ": \"" + v[1] + "\" is longer than " + v[2] + " characters or holds a control character or backslash");
            }
        }
    }

    /**
     * The received files, each checked to be a regular file (not a link) inside {@code folder} by its canonical path;
     * C-GET files must carry the names the toolkit was told to make.
     */
    private static List<Path> checkedFiles(Path folder) throws IOException, PacsException {
        Path root = folder.toRealPath();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(p -> !p.equals(folder)).toList()) {
                String rel = folder.relativize(p).toString();
                if (rel.startsWith(".")) {
                    continue; // the storage SCP's own .incoming folder
                }
                if (Files.isSymbolicLink(p)) {
                    throw new PacsException(Reason.FAILED, "a received entry is a symbolic link: " + rel);
                }
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!p.toRealPath().startsWith(root)) {
                    throw new PacsException(Reason.FAILED, "a received file lies outside the retrieval folder: " + rel);
                }
                if (p.getParent().equals(folder) && !RECEIVED_NAME.matcher(p.getFileName().toString()).matches()) {
                    throw new PacsException(Reason.FAILED, "a received file has a name we did not make: " + rel);
                }
                files.add(p);
            }
        }
        return files;
    }

    private static int count(String value) {
        if (blank(value)) {
            return -1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a temporary folder
                }
            });
        } catch (IOException e) {
            // already gone
        }
    }
}
