package org.opensabt.cli.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Text files a command writes for the user (tables, references): written beside the target and renamed over it, so a
 * reader never sees half a file and a failed write leaves the old file and no temporary behind.
 *
 * @since 1.1
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** Writes {@code text} (UTF-8) to {@code file} atomically; the folder must exist. */
    public static void writeAtomically(Path file, CharSequence text) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
