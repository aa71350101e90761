package org.opensabt.dicom.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.StoredFilePathStrategy;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.network.ReceivedObjectHandler;
import com.pixelmed.network.StorageSOPClassSCPDispatcher;
import com.pixelmed.network.UnencapsulatedExplicitStoreFindMoveGetPresentationContextSelectionPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A DICOM C-STORE and C-ECHO SCP (PixelMed's storage dispatcher). Each instance is received whole into
 * {@code <store>/.incoming} and then moved atomically to {@code <store>/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm},
 * so a study folder can be given to {@code opensabt import} and nothing already stored is lost when an
 * association aborts or the disk fills up.
 */
@Command(name = "listen", description = { "Receive images and RT objects from scanners and PACS (C-STORE and C-ECHO SCP), stored by study and series.",
        "Runs until interrupted (Ctrl-C / SIGTERM) or for --duration-s; then prints what arrived per series." })
public final class ListenCommand implements CliCommand {

    @Option(names = "--ae", defaultValue = "OPENSABT", description = "Our AE title (default: ${DEFAULT-VALUE}).")
    String aeTitle;

    @Option(names = "--port", defaultValue = "11112", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Folder to store into.")
    String store;

    @Option(names = "--allow-ae", split = ",", paramLabel = "AE", description = "Only keep objects sent by these calling AE titles (others are discarded and logged).")
    Set<String> allowed;

    @Option(names = "--duration-s", paramLabel = "S", description = "Stop after this many seconds (default: run until interrupted).")
    Double durationSeconds;

    @Override
    public CommandResult run(CommandContext context) throws CommandException, InterruptedException {
        if (port < 1 || port > 65535) {
            throw new CommandException("--port must be 1..65535, is " + port);
        }
        if (aeTitle.isBlank() || aeTitle.length() > 16) {
            throw new CommandException("--ae must be 1..16 characters");
        }
        Path root = context.resolve(store);
        Path incoming = root.resolve(".incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new CommandException(root + ": cannot create the store: " + e.getMessage(), e);
        }
        Map<String, AtomicInteger> perSeries = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ReceivedObjectHandler handler = new ReceivedObjectHandler() {
            @Override
            public void sendReceivedObjectIndication(String fileName, String transferSyntax, String callingAe) {
                Path file = Path.of(fileName);
                try {
                    if (allowed != null && !allowed.contains(callingAe == null ? "" : callingAe.trim())) {
                        Files.deleteIfExists(file);
                        refused.incrementAndGet();
                        context.progress("listen: discarded an object from unknown AE " + callingAe);
                        return;
                    }
                    AttributeList header = new AttributeList();
                    header.read(new File(fileName), TagFromName.PixelData);
                    String study = safe(Attribute.getSingleStringValueOrDefault(header, TagFromName.StudyInstanceUID, "unknown-study"));
                    String series = safe(Attribute.getSingleStringValueOrDefault(header, TagFromName.SeriesInstanceUID, "unknown-series"));
                    String sop = safe(Attribute.getSingleStringValueOrDefault(header, TagFromName.SOPInstanceUID, file.getFileName().toString()));
                    String modality = Attribute.getSingleStringValueOrDefault(header, TagFromName.Modality, "?");
                    Path folder = root.resolve(study).resolve(series);
                    Files.createDirectories(folder);
                    Files.move(file, folder.resolve(sop + ".dcm"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    perSeries.computeIfAbsent(modality + " " + study + "/" + series, k -> new AtomicInteger()).incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                    context.progress("listen: could not file " + fileName + ": " + e.getMessage());
                }
            }
        };
        try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new CommandException("cannot listen on port " + port + ": " + e.getMessage() + " (another listener, or a port below 1024 without rights?)", e);
        }
        StorageSOPClassSCPDispatcher dispatcher;
        try {
            dispatcher = new StorageSOPClassSCPDispatcher(port, aeTitle, incoming.toFile(), StoredFilePathStrategy.BYSOPINSTANCEUIDINSINGLEFOLDER,
                    handler, null, null, null, null, new UnencapsulatedExplicitStoreFindMoveGetPresentationContextSelectionPolicy(), false);
        } catch (IOException e) {
            throw new CommandException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        Thread thread = new Thread(dispatcher, "opensabt-listen");
        thread.setDaemon(true);
        thread.start();
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown);
        Runtime.getRuntime().addShutdownHook(hook);
        context.progress(String.format(Locale.ROOT, "listen: %s on port %d, storing into %s%s", aeTitle, port, root,
                allowed == null ? "" : " (only from " + String.join(", ", allowed) + ")"));
        if (durationSeconds != null) {
            stop.await((long) (durationSeconds * 1000), TimeUnit.MILLISECONDS);
        } else {
            stop.await();
        }
        dispatcher.shutdown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the summary still goes out below
        }
        Map<String, Integer> summary = new TreeMap<>();
        perSeries.forEach((k, v) -> summary.put(k, v.get()));
        int total = summary.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Received %d instance(s) in %d series into %s%s", total, summary.size(), root,
                refused.get() > 0 ? "; discarded " + refused.get() + " from unknown AEs" : ""));
        summary.forEach((k, v) -> text.append(String.format(Locale.ROOT, "%n  %5d  %s", v, k)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("store", root.toString());
        json.put("received", total);
        json.put("series", summary);
        json.put("discarded", refused.get());
        json.put("failed", failed.get());
        return CommandResult.of(text.toString(), json);
    }

    private static String safe(String uid) {
        return uid.trim().replaceAll("[^0-9A-Za-z._-]", "_");
    }

}
