package org.opensabt.dicom.pixelmed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The listener's audit log: one line per association and per instance, {@code <ISO time> <event> key=value…},
 * written through java.util.logging's {@link FileHandler} (rotating at 10 MiB, 5 files kept: {@code <file>.0}
 * is the newest). Received identifiers are untrusted: every value is reduced to printable ASCII without
 * spaces so that a crafted AE title or UID cannot forge a line.
 */
final class ScpAudit implements AutoCloseable {

    static final int LIMIT_BYTES = 10 << 20;
    static final int COUNT = 5;

    private final FileHandler handler;
    private final Logger logger;

    /** {@code onError} hears of the first failed write (a full disk), once; java.util.logging's default prints stack traces. */
    ScpAudit(Path file, Consumer<String> onError) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        handler = new FileHandler(file.toAbsolutePath().toString().replace("%", "%%"), LIMIT_BYTES, COUNT, true);
        handler.setErrorManager(new ErrorManager() {
            private boolean reported;

            @Override
            public synchronized void error(String message, Exception e, int code) {
                if (!reported) {
                    reported = true;
                    onError.accept("cannot write the audit log " + file + ": " + (e != null ? e.getMessage() : message));
                }
            }
        });
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return Instant.ofEpochMilli(record.getMillis()) + " " + record.getMessage() + System.lineSeparator();
            }
        });
        logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.INFO);
        logger.addHandler(handler);
    }

    /** Logs {@code event} with alternating keys and values. */
    void log(String event, Object... keyValues) {
        StringBuilder line = new StringBuilder(event);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            line.append(' ').append(keyValues[i]).append('=').append(clean(keyValues[i + 1]));
        }
        logger.info(line.toString());
    }

    static String clean(Object value) {
        if (value == null) {
            return "-";
        }
        String s = value.toString().strip();
        if (s.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), 200));
        for (int i = 0; i < s.length() && out.length() < 200; i++) {
            char c = s.charAt(i);
            out.append(c > 0x20 && c < 0x7F ? c : '_');
        }
        return out.toString();
    }

    @Override
    public void close() {
        handler.close();
    }
}
