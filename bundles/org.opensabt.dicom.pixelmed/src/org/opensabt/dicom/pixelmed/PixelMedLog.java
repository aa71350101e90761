package org.opensabt.dicom.pixelmed;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * PixelMed's network code logs an aborted association (peer gone, disk full) as several ERROR lines
 * with stack traces on {@code System.err}, and its logger has no off switch. While a receiver runs,
 * this filter stands in for {@code System.err}: each PixelMed error becomes one call to
 * {@code onError} with its message (the receiver reports it as one line), stack traces are dropped,
 * and any other output passes through unchanged.
 */
final class PixelMedLog extends OutputStream {

    private final PrintStream original;
    private final Consumer<String> onError;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private PixelMedLog(PrintStream original, Consumer<String> onError) {
        this.original = original;
        this.onError = onError;
    }

    /** Installs the filter; the returned stream is what to restore. */
    static PrintStream install(Consumer<String> onError) {
        PrintStream original = System.err;
        System.setErr(new PrintStream(new PixelMedLog(original, onError), true, StandardCharsets.UTF_8));
        return original;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            handle(text);
        } else {
            line.write(b);
        }
    }

    private void handle(String text) {
        if (text.startsWith("\tat ") || text.startsWith("\t... ") || text.startsWith("Caused by: ")
                || text.matches("^(java|javax|com\\.pixelmed)\\.[\\w.$]+(Exception|Error)\\b.*")) {
            return; // stack trace lines and the exception line that repeats the message
        }
        int error = text.indexOf(" ERROR com.pixelmed.network.StorageSOPClassSCP ");
        if (error >= 0) {
            onError.accept(text.substring(error + " ERROR com.pixelmed.network.StorageSOPClassSCP ".length()).strip());
            return;
        }
        if (text.contains(" ERROR com.pixelmed.") || text.contains(" WARN com.pixelmed.")) {
            return; // the same event as seen by a lower layer; reported once above
        }
        original.println(text);
    }
}
