package org.opensabt.dicom;

import java.nio.file.Path;
import java.util.Set;

/**
 * A running DICOM C-STORE / C-ECHO SCP. Each received instance is written whole into
 * {@code <store>/.incoming} and then moved atomically to {@code <store>/<study>/<series>/<sop>.dcm}.
 */
public interface StorageReceiver extends AutoCloseable {

    /**
     * @param aeTitle   our AE title
     * @param port      TCP port
     * @param store     folder to store into
     * @param allowedAe calling AE titles whose associations are accepted; null or empty accepts any
     */
    record Settings(String aeTitle, int port, Path store, Set<String> allowedAe) {
    }

    /** What the receiver reports as it works (called from its threads). */
    interface Listener {
        /** An instance was stored at {@code file}. */
        void stored(String modality, String studyUid, String seriesUid, Path file);

        /** An association from this calling AE was rejected (not in the allowed list). */
        void rejected(String callingAe);

        /** An instance could not be stored (the message names it and why); what was stored before stays. */
        void failed(String message);
    }

    /** Stops accepting associations; instances already stored stay. */
    @Override
    void close();
}
