package org.opensabt.dicom.pixelmed;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.opensabt.dicom.StorageReceiver;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.StoredFilePathStrategy;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.network.ReceivedObjectHandler;
import com.pixelmed.network.StorageSOPClassSCPDispatcher;
import com.pixelmed.network.UnencapsulatedExplicitStoreFindMoveGetPresentationContextSelectionPolicy;

/**
 * C-STORE and C-ECHO SCP on PixelMed's storage dispatcher. PixelMed writes each instance whole into
 * {@code <store>/.incoming}; it is then moved atomically to {@code <store>/<study>/<series>/<sop>.dcm}.
 * A failed write (disk full) fails that C-STORE only: files already moved stay, the partial one is
 * removed, the SCP keeps running. With an allowed-AE list an {@link AssociationGate} sits in front.
 */
final class PixelMedReceiver implements StorageReceiver {

    private final StorageSOPClassSCPDispatcher dispatcher;
    private final AssociationGate gate;
    private final Path incoming;
    private final Listener listener;
    private final java.io.PrintStream originalErr;

    PixelMedReceiver(Settings settings, Listener listener) throws IOException {
        Path root = settings.store();
        this.incoming = root.resolve(".incoming");
        this.listener = listener;
        Files.createDirectories(incoming);
        removePartialTransfers("left by an earlier listener");
        try (ServerSocket probe = new ServerSocket(settings.port())) {
            probe.setReuseAddress(true);
        }
        boolean gated = settings.allowedAe() != null && !settings.allowedAe().isEmpty();
        int scpPort = settings.port();
        if (gated) {
            try (ServerSocket free = new ServerSocket(0)) {
                scpPort = free.getLocalPort();
            }
        }
        ReceivedObjectHandler handler = new ReceivedObjectHandler() {
            @Override
            public void sendReceivedObjectIndication(String fileName, String transferSyntax, String callingAe) {
                Path file = Path.of(fileName);
                try {
                    if (gated && !settings.allowedAe().contains(callingAe == null ? "" : callingAe.trim())) {
                        // PixelMed's own port is reachable too: an object that came round the gate is not kept
                        Files.deleteIfExists(file);
                        listener.rejected(callingAe);
                        return;
                    }
                    AttributeList header = new AttributeList();
                    header.read(new File(fileName), TagFromName.PixelData);
                    String study = safe(Attribute.getSingleStringValueOrDefault(header, TagFromName.StudyInstanceUID, "unknown-study"));
                    String series = safe(Attribute.getSingleStringValueOrDefault(header, TagFromName.SeriesInstanceUID, "unknown-series"));
                    String sop = safe(Attribute.getSingleStringValueOrDefault(header, TagFromName.SOPInstanceUID, file.getFileName().toString()));
                    Path folder = root.resolve(study).resolve(series);
                    Files.createDirectories(folder);
                    Path target = folder.resolve(sop + ".dcm");
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    listener.stored(Attribute.getSingleStringValueOrDefault(header, TagFromName.Modality, "?"), study, series, target);
                } catch (Exception e) {
                    listener.failed("could not file " + fileName + ": " + e.getMessage());
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // left in .incoming, never in the store proper
                    }
                }
            }
        };
        dispatcher = new StorageSOPClassSCPDispatcher(scpPort, settings.aeTitle(), incoming.toFile(), StoredFilePathStrategy.BYSOPINSTANCEUIDINSINGLEFOLDER,
                handler, null, null, null, null, new UnencapsulatedExplicitStoreFindMoveGetPresentationContextSelectionPolicy(), false);
        originalErr = PixelMedLog.install(message -> listener.failed("an association was aborted (" + message
                + "); the instance in transfer was not stored, those stored before stay"));
        Thread thread = new Thread(dispatcher, "opensabt-listen");
        thread.setDaemon(true);
        thread.start();
        gate = gated ? new AssociationGate(settings.port(), scpPort, settings.allowedAe(), listener::rejected) : null;
    }

    private static String safe(String uid) {
        return uid.trim().replaceAll("[^0-9A-Za-z._-]", "_");
    }

    @Override
    public void close() {
        if (gate != null) {
            gate.close();
        }
        dispatcher.shutdown();
        System.setErr(originalErr);
        removePartialTransfers("of aborted associations");
    }

    /** Files left in {@code .incoming} are transfers that never completed: never part of the store. */
    private void removePartialTransfers(String why) {
        try (java.util.stream.Stream<Path> files = Files.list(incoming)) {
            long removed = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.deleteIfExists(f);
                } catch (IOException e) {
                    return false;
                }
            }).count();
            if (removed > 0) {
                listener.failed("removed " + removed + " partial transfer(s) " + why + " from " + incoming);
            }
        } catch (IOException e) {
            listener.failed("cannot clean " + incoming + ": " + e.getMessage());
        }
    }
}
