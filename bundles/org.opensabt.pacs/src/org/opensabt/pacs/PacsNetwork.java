package org.opensabt.pacs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The DICOM network toolkit behind {@link PacsClient} (DIMSE services of PS3.7, Study Root information model of
 * PS3.4 C.6.2), an OSGi service chosen by {@link #id()} ({@link PacsNetworks}). OpenSABT ships one on PixelMed
 * (bundle {@code org.opensabt.pacs.pixelmed}). It speaks plain DICOM to {@link Peer#host()}:{@link Peer#port()},
 * which is the facade's relay on loopback: TLS, timeouts and cancel are the facade's. A method blocks until the
 * operation ends; a closed connection ends it with an exception. Failures are {@link PacsException}s whose
 * message says what the peer answered (A-ASSOCIATE-RJ and its reason, a DIMSE status in hex).
 */
public interface PacsNetwork {

    /** Short identifier, e.g. "pixelmed". */
    String id();

    /** Where to connect and as whom. */
    record Peer(String host, int port, String calledAe, String callingAe) {
    }

    /**
     * The outcome of a C-GET or C-MOVE: the final DIMSE status and the sub-operation counts of the last response
     * (PS3.7 C.4.2.1.6; -1 where the toolkit or the peer does not say).
     */
    record Transfer(int status, int completed, int failed, int warning) {
    }

    /** The outcome of one C-STORE: the file sent, its SOP class and instance, and the DIMSE status (0 = success). */
    record Stored(Path file, String sopClassUid, String sopInstanceUid, int status) {
    }

    /** C-ECHO (Verification SOP Class). */
    void echo(Peer peer) throws PacsException;

    /**
     * C-FIND in the Study Root model at {@code level} ("PATIENT" means the STUDY level with patient keys, as Study
     * Root has no patient level of its own); {@code keys} maps DICOM keywords (PatientID, StudyDate, ...) to
     * matching values, empty values ask for the attribute to be returned. Each match is passed to {@code match}
     * as keyword to value (multiple values joined with a backslash).
     */
    void find(Peer peer, String level, Map<String, String> keys, Consumer<Map<String, String>> match) throws PacsException;

    /**
     * C-GET: the matching instances come back on the same association and are written into {@code folder} under
     * names the toolkit makes ({@code instance-NNNNNN.dcm}), never from a received UID; each file is passed to
     * {@code received} once complete.
     */
    Transfer get(Peer peer, String level, Map<String, String> keys, Path folder, Consumer<Path> received) throws PacsException;

    /** C-MOVE of the matching instances to the AE {@code destinationAe} (which the PACS must know). */
    Transfer move(Peer peer, String level, Map<String, String> keys, String destinationAe) throws PacsException;

    /** C-STORE of each file, in order, on one association; {@code each} hears each instance's outcome. */
    List<Stored> store(Peer peer, List<Path> files, Consumer<Stored> each) throws PacsException;
}
