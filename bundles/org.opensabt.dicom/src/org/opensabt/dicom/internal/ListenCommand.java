package org.opensabt.dicom.internal;

import java.io.IOException;
import java.nio.file.Path;
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
import org.opensabt.dicom.StorageReceiver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A DICOM C-STORE and C-ECHO SCP (the installed toolkit's {@link StorageReceiver}). Each instance is
 * received whole into {@code <store>/.incoming} and then moved atomically to
 * {@code <store>/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm}, so a study folder can be
 * given to {@code opensabt import} and nothing already stored is lost when an association aborts or
 * the disk fills up.
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

    @Option(names = "--allow-ae", split = ",", paramLabel = "AE", description = "Accept associations only from these calling AE titles (others are rejected: calling AE title not recognized).")
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
        Map<String, AtomicInteger> perSeries = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        StorageReceiver.Listener listener = new StorageReceiver.Listener() {
            @Override
            public void stored(String modality, String studyUid, String seriesUid, Path file) {
                perSeries.computeIfAbsent(modality + " " + studyUid + "/" + seriesUid, k -> new AtomicInteger()).incrementAndGet();
            }

            @Override
            public void rejected(String callingAe) {
                refused.incrementAndGet();
                context.progress("listen: rejected an association from unknown AE " + callingAe);
            }

            @Override
            public void failed(String message) {
                failed.incrementAndGet();
                context.progress("listen: " + message);
            }
        };
        StorageReceiver receiver;
        try {
            receiver = Toolkit.get().receive(new StorageReceiver.Settings(aeTitle, port, root, allowed), listener);
        } catch (java.net.BindException e) {
            throw new CommandException("cannot listen on port " + port + ": " + e.getMessage() + " (another listener, or a port below 1024 without rights?)", e);
        } catch (IOException e) {
            throw new CommandException(root + ": cannot start the listener: " + e.getMessage(), e);
        }
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
        receiver.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the summary still goes out below
        }
        Map<String, Integer> summary = new TreeMap<>();
        perSeries.forEach((k, v) -> summary.put(k, v.get()));
        int total = summary.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Received %d instance(s) in %d series into %s%s", total, summary.size(), root,
                refused.get() > 0 ? "; rejected " + refused.get() + " association(s) from unknown AEs" : "")
                + (failed.get() > 0 ? "; " + failed.get() + " problem(s) reported above (aborted associations, failed writes)" : ""));
        summary.forEach((k, v) -> text.append(String.format(Locale.ROOT, "%n  %5d  %s", v, k)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("store", root.toString());
        json.put("received", total);
        json.put("series", summary);
        json.put("rejected", refused.get());
        json.put("failed", failed.get());
        return CommandResult.of(text.toString(), json);
    }
}
