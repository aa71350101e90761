package org.opensabt.pacs.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.CaseExport;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseStore;
import org.opensabt.pacs.PacsClient;
import org.opensabt.pacs.PacsException;
import org.opensabt.pacs.PacsNetwork;
import org.opensabt.pacs.PacsNode;
import org.opensabt.pacs.PacsNodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code opensabt pacs nodes|echo|find|get|send}: the {@link PacsClient} facade on the command line. The PACS is a
 * node of the configuration ({@code --node NAME}, see {@link PacsNodes}) or given by {@code --aet/--host/--port}.
 * Bad input, an unknown node and a refused or unanswered association end with one line and exit 1.
 */
public final class PacsCommands {

    private PacsCommands() {
    }

    /** Options every PACS command shares. */
    abstract static class Base implements CliCommand {

        @Option(names = "--nodes", paramLabel = "FILE", description = "PACS node configuration (default: $" + PacsNodes.ENV
                + ", else ~/.opensabt/pacs-nodes.properties).")
        String nodesFile;

        PacsNodes nodes(CommandContext context) throws CommandException {
            try {
                return nodesFile != null ? PacsNodes.load(context.resolve(nodesFile), false, System::getenv) : PacsNodes.load();
            } catch (PacsException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
    }

    /** Options of the commands that talk to one PACS. */
    abstract static class Remote extends Base {

        @Option(names = "--node", paramLabel = "NAME", description = "The PACS: a node of the configuration.")
        String node;

        @Option(names = "--aet", paramLabel = "AE", description = "The PACS's AE title (instead of --node, with --host and --port).")
        String aet;

        @Option(names = "--host", paramLabel = "HOST", description = "The PACS's host (with --aet).")
        String host;

        @Option(names = "--port", paramLabel = "PORT", description = "The PACS's port (with --aet).")
        Integer port;

        @Option(names = "--calling-ae", paramLabel = "AE", description = "Our AE title (default: calling-ae of the configuration, else OPENSABT).")
        String callingAe;

        @Option(names = "--timeout-s", paramLabel = "S", description = "Connect and idle timeout with --aet (default: 30).")
        Integer timeoutSeconds;

        @Option(names = "--toolkit", paramLabel = "ID", description = "DICOM network toolkit (default: the installed one, e.g. pixelmed).")
        String toolkit;

        PacsNodes config;

        PacsClient.Connection connection(CommandContext context) throws CommandException {
            config = nodes(context);
            PacsNode n;
            if (node != null) {
                if (aet != null || host != null || port != null) {
                    throw new CommandException("give either --node or --aet/--host/--port, not both");
                }
                try {
                    n = config.node(node);
                } catch (PacsException e) {
                    throw new CommandException(e.getMessage(), e);
                }
            } else {
                if (aet == null || host == null || port == null) {
                    throw new CommandException("name the PACS: --node NAME, or --aet AE --host HOST --port PORT");
                }
                String problem = PacsNode.checkAeTitle(aet);
                if (problem != null) {
                    throw new CommandException("--aet: AE title " + problem);
                }
                if (port < 1 || port > 65535) {
                    throw new CommandException("--port must be 1..65535, is " + port);
                }
                if (timeoutSeconds != null && timeoutSeconds < 1) {
                    throw new CommandException("--timeout-s must be positive");
                }
                n = new PacsNode("", aet, host, port, null, timeoutSeconds == null ? PacsNode.DEFAULT_TIMEOUT_MS : timeoutSeconds * 1000);
            }
            String ours = callingAe != null ? callingAe : config.callingAe();
            String problem = PacsNode.checkAeTitle(ours);
            if (problem != null) {
                throw new CommandException("--calling-ae: AE title " + problem);
            }
            return new PacsClient.Connection(n, ours, toolkit);
        }
    }

    @Command(name = "nodes", description = "List the configured PACS nodes and our AE title.")
    public static final class Nodes extends Base {
        @Override
        public CommandResult run(CommandContext context) throws CommandException {
            PacsNodes config = nodes(context);
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "PACS nodes of %s (our AE %s, C-MOVE destination port %d on %s): %d",
                    config.file(), config.callingAe(), config.movePort(), config.moveBind(), config.nodes().size()));
            List<Map<String, Object>> list = new ArrayList<>();
            for (PacsNode n : config.nodes()) {
                text.append(String.format(Locale.ROOT, "%n  %-12s %-16s %s:%d%s", n.name(), n.aeTitle(), n.host(), n.port(), n.tls() == null ? "" : " TLS"));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", n.name());
                m.put("aeTitle", n.aeTitle());
                m.put("host", n.host());
                m.put("port", n.port());
                m.put("tls", n.tls() != null);
                m.put("timeoutS", n.timeoutMs() / 1000);
                list.add(m);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", config.file().toString());
            json.put("callingAe", config.callingAe());
            json.put("movePort", config.movePort());
            json.put("moveBind", config.moveBind());
            json.put("nodes", list);
            return CommandResult.of(text.toString(), json);
        }
    }

    @Command(name = "echo", description = "C-ECHO a PACS: is it there and does it accept our AE title?")
    public static final class Echo extends Remote {
        @Override
        public CommandResult run(CommandContext context) throws CommandException {
            PacsClient.Connection c = connection(context);
            try {
                PacsClient.EchoResult r = PacsClient.echo(c, context.progressMonitor("pacs: "));
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("node", r.node());
                json.put("seconds", r.seconds());
                return CommandResult.of(String.format(Locale.ROOT, "C-ECHO %s: ok (%.2f s)", r.node(), r.seconds()), json);
            } catch (PacsException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
    }

    @Command(name = "find", description = { "C-FIND in a PACS (Study Root): patients, studies or series matching the keys.",
            "Dates as YYYYMMDD or YYYYMMDD-YYYYMMDD; names and IDs may use * and ?." })
    public static final class Find extends Remote {
        @Option(names = "--level", defaultValue = "study", paramLabel = "LEVEL", description = "patient, study or series (default: ${DEFAULT-VALUE}).")
        String level;
        @Option(names = "--patient-id", paramLabel = "ID")
        String patientId;
        @Option(names = "--patient-name", paramLabel = "NAME")
        String patientName;
        @Option(names = "--study-date", paramLabel = "DATE")
        String studyDate;
        @Option(names = "--modality", paramLabel = "MOD", description = "e.g. CT (series: Modality; study: Modalities in Study).")
        String modality;
        @Option(names = "--study-uid", paramLabel = "UID")
        String studyUid;
        @Option(names = "--series-uid", paramLabel = "UID")
        String seriesUid;

        @Override
        public CommandResult run(CommandContext context) throws CommandException {
            PacsClient.Level lvl;
            try {
                lvl = PacsClient.Level.valueOf(level.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandException("--level must be patient, study or series, is " + level);
            }
            PacsClient.Connection c = connection(context);
            PacsClient.FindResult r;
            try {
                r = PacsClient.find(new PacsClient.FindRequest(c, lvl, new PacsClient.Keys(patientId, patientName, studyDate, modality, studyUid, seriesUid)),
                        context.progressMonitor("pacs: "));
            } catch (PacsException e) {
                throw new CommandException(e.getMessage(), e);
            }
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d %s match(es) in %s (%.2f s)", r.matches().size(),
                    lvl.name().toLowerCase(Locale.ROOT), r.node(), r.seconds()));
            List<Map<String, Object>> list = new ArrayList<>();
            for (PacsClient.Match m : r.matches()) {
                text.append(switch (lvl) {
                case PATIENT -> String.format(Locale.ROOT, "%n  %-16s %-28s %3d study(ies) %5s instance(s)", m.patientId(), m.patientName(), m.studies(),
                        m.instances() < 0 ? "?" : m.instances());
                case STUDY -> String.format(Locale.ROOT, "%n  %-16s %-24s %-8s %-8s %5s  %s  %s", m.patientId(), m.patientName(), nz(m.studyDate()),
                        nz(m.modalities()), m.instances() < 0 ? "?" : m.instances(), m.studyUid(), nz(m.studyDescription()));
                case SERIES -> String.format(Locale.ROOT, "%n  %-16s %-8s %-8s #%-4s %5s  %s  %s", m.patientId(), nz(m.studyDate()), nz(m.modality()),
                        nz(m.seriesNumber()), m.instances() < 0 ? "?" : m.instances(), m.seriesUid(), nz(m.seriesDescription()));
                });
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("patientId", m.patientId());
                j.put("patientName", m.patientName());
                if (lvl == PacsClient.Level.PATIENT) {
                    j.put("studies", m.studies());
                } else {
                    j.put("studyUid", m.studyUid());
                    j.put("studyDate", m.studyDate());
                    j.put("studyDescription", m.studyDescription());
                    j.put("modalities", m.modalities());
                }
                if (lvl == PacsClient.Level.SERIES) {
                    j.put("seriesUid", m.seriesUid());
                    j.put("seriesNumber", m.seriesNumber());
                    j.put("modality", m.modality());
                    j.put("seriesDescription", m.seriesDescription());
                }
                j.put("instances", m.instances());
                list.add(j);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("node", r.node());
            json.put("level", lvl.name().toLowerCase(Locale.ROOT));
            json.put("matches", list);
            json.put("seconds", r.seconds());
            return CommandResult.of(text.toString(), json);
        }
    }

    @Command(name = "get", description = { "Retrieve a study or series from a PACS into a new case (C-GET, or C-MOVE with --move).",
            "Instances are received into a temporary folder under names we make, imported, and the case is saved atomically; on cancel or failure nothing is saved.",
            "--move starts our storage SCP for the move only, on loopback (or move.bind) at --move-port, accepting only the PACS's AE." })
    public static final class Get extends Remote {
        @Option(names = "--study-uid", required = true, paramLabel = "UID")
        String studyUid;
        @Option(names = "--series-uid", paramLabel = "UID", description = "One series of the study (default: the whole study).")
        String seriesUid;
        @Option(names = "--into", paramLabel = "CASE", description = "The new case folder (required unless --move-to names another AE).")
        String into;
        @Option(names = "--case-id", paramLabel = "ID", description = "The new case's identifier (default: the folder's name).")
        String caseId;
        @Option(names = "--move", description = "C-MOVE to our temporary storage SCP instead of C-GET.")
        boolean move;
        @Option(names = "--move-port", paramLabel = "PORT", description = "Port of our storage SCP for --move, as the PACS knows our AE (default: move.port of the configuration, else 11113).")
        Integer movePort;
        @Option(names = "--move-bind", paramLabel = "ADDR", description = "Address of our storage SCP for --move (default: move.bind, else 127.0.0.1).")
        String moveBind;
        @Option(names = "--move-to", paramLabel = "AE", description = "C-MOVE to this other AE (nothing is imported here).")
        String moveTo;
        @Option(names = "--resample", description = "Resample a CT with uneven slice spacing instead of refusing it.")
        boolean resample;

        @Override
        public CommandResult run(CommandContext context) throws CommandException {
            PacsClient.Connection c = connection(context);
            boolean foreign = moveTo != null && !moveTo.equals(c.callingAe());
            if (!foreign && into == null) {
                throw new CommandException("--into CASE: the new case folder to retrieve into");
            }
            if (foreign && into != null) {
                throw new CommandException("--move-to " + moveTo + " sends the instances to that AE: nothing comes --into a case here");
            }
            boolean useMove = move || moveTo != null;
            PacsClient.RetrieveRequest request = new PacsClient.RetrieveRequest(c, useMove ? PacsClient.Method.MOVE : PacsClient.Method.GET, studyUid,
                    seriesUid, into == null ? null : context.resolve(into), caseId, moveTo, moveBind != null ? moveBind : config.moveBind(),
                    movePort != null ? movePort : config.movePort(), resample);
            PacsClient.RetrieveResult r;
            try {
                r = PacsClient.retrieve(request, new CaseStore(context.productVersion()), context.progressMonitor("pacs: "));
            } catch (PacsException e) {
                throw new CommandException(e.getMessage(), e);
            } catch (OperationCanceledException e) {
                throw new CommandException("interrupted: nothing was saved", e);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("node", r.node());
            json.put("method", "C-" + r.method());
            json.put("expected", r.expected());
            json.put("received", r.received());
            json.put("completed", r.transfer().completed());
            json.put("failed", r.transfer().failed());
            json.put("warning", r.transfer().warning());
            json.put("caseFolder", r.caseDir() == null ? null : r.caseDir().toString());
            json.put("warnings", r.warnings());
            json.put("seconds", r.seconds());
            String text = String.format(Locale.ROOT, "C-%s from %s: %d instance(s)%s in %.2f s", r.method(), r.node(), r.received(),
                    foreign ? " moved to " + moveTo : " received", r.seconds());
            if (r.imported() != null) {
                text += "\nCase folder: " + r.caseDir() + "\n" + r.imported().summary();
            }
            for (String w : r.warnings()) {
                text += "\nwarning: " + w;
            }
            return CommandResult.of(text, json);
        }
    }

    @Command(name = "send", description = { "Send a case's RT Structure Set, RT Plan and RT Dose (written by the export) and/or DICOM files to a PACS (C-STORE).",
            "Each instance's status is reported; exit 1 when the PACS refused any." })
    public static final class Send extends Remote {
        @Option(names = "--case", paramLabel = "CASE", description = "The case whose RT objects are sent.")
        String caseFolder;
        @Option(names = "--objects", split = ",", paramLabel = "KIND", description = "rtstruct, rtplan, rtdose or all (default: all the plan has).")
        List<String> objects;
        @Option(names = "--plan", paramLabel = "ID", description = "The plan (default: the case's last).")
        String planId;
        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Further DICOM files to send.")
        List<String> files;

        @Override
        public CommandResult run(CommandContext context) throws CommandException {
            PacsClient.Connection c = connection(context);
            PatientCase patientCase = null;
            Plan plan = null;
            Set<CaseExport.Kind> kinds = EnumSet.noneOf(CaseExport.Kind.class);
            if (caseFolder != null) {
                try {
                    patientCase = new CaseStore(context.productVersion()).load(context.resolve(caseFolder));
                } catch (IOException e) {
                    throw new CommandException(e.getMessage(), e);
                }
                for (String o : objects == null ? List.of("all") : objects) {
                    try {
                        kinds.add(CaseExport.Kind.valueOf(o.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new CommandException("--objects: " + o + " is not rtstruct, rtplan, rtdose or all");
                    }
                }
                if (kinds.contains(CaseExport.Kind.ALL)) {
                    kinds = EnumSet.of(CaseExport.Kind.ALL);
                }
                if (planId != null) {
                    final PatientCase pc = patientCase;
                    plan = pc.getPlans().stream().filter(p -> planId.equals(p.getPlanId())).findFirst()
                            .orElseThrow(() -> new CommandException(caseFolder + ": no plan " + planId + " (plans: "
                                    + pc.getPlans().stream().map(Plan::getPlanId).toList() + ")"));
                }
            } else if (objects != null || planId != null) {
                throw new CommandException("--objects and --plan need --case");
            }
            List<Path> paths = files == null ? List.of() : files.stream().map(context::resolve).toList();
            PacsClient.SendResult r;
            try {
                r = PacsClient.send(new PacsClient.SendRequest(c, patientCase, kinds, plan, paths), context.progressMonitor("pacs: "));
            } catch (PacsException e) {
                throw new CommandException(e.getMessage(), e);
            } catch (OperationCanceledException e) {
                throw new CommandException("interrupted", e);
            }
            List<Map<String, Object>> list = new ArrayList<>();
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "C-STORE to %s: %d of %d instance(s) stored (%.2f s)", r.node(),
                    r.instances().size() - r.failed(), r.instances().size(), r.seconds()));
            List<String> refused = new ArrayList<>();
            for (PacsNetwork.Stored s : r.instances()) {
                String status = String.format(Locale.ROOT, "0x%04X %s", s.status() & 0xFFFF, PacsClient.describeStatus(s.status()));
                text.append(String.format(Locale.ROOT, "%n  %-10s %s  %s", s.file().getFileName(), s.sopInstanceUid(), status));
                if (s.status() != 0 && (s.status() & 0xF000) != 0xB000) {
                    refused.add(s.file().getFileName() + " " + status);
                }
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("file", s.file().getFileName().toString());
                j.put("sopClassUid", s.sopClassUid());
                j.put("sopInstanceUid", s.sopInstanceUid());
                j.put("status", s.status());
                j.put("ok", s.status() == 0 || (s.status() & 0xF000) == 0xB000);
                list.add(j);
            }
            if (r.failed() > 0) {
                throw new CommandException(String.format(Locale.ROOT, "%s refused %d of %d instance(s): %s", r.node(), r.failed(), r.instances().size(),
                        String.join("; ", refused)));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("node", r.node());
            json.put("instances", list);
            json.put("failed", r.failed());
            json.put("seconds", r.seconds());
            return CommandResult.of(text.toString(), json);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
