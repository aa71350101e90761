package org.opensabt.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a report goes: the output file checked before any work, and temporary files cleaned up after it. */
final class ReportOutput {

    private ReportOutput() {
    }

    /** The absolute output file, or a one-line refusal when its folder does not exist or it is a folder. */
    static Path checked(Path requested) throws ReportException {
        Path out = requested.toAbsolutePath();
        Path folder = out.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportException(out + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new ReportException(out + " is a folder, not a PDF file");
        }
        return out;
    }

    /** Deletes a temporary file if there is one (best effort: it is hidden and named after the report). */
    static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // left behind: hidden, and named after the report
            }
        }
    }
}
