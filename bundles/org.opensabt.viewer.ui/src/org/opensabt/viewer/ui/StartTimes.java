package org.opensabt.viewer.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Start-time measurement of the workbench: with {@code -Dopensabt.startTimes=FILE}, each mark appends a line
 * "SECONDS_SINCE_JVM_START mark" to FILE (e.g. "4.21 shown org.opensabt.viewer.ui.slicesView sts-001").
 * Does nothing without the property.
 */
public final class StartTimes {

    public static final String PROPERTY = "opensabt.startTimes";

    private StartTimes() {
    }

    public static void mark(String what) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        long sinceStartMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String line = String.format(java.util.Locale.ROOT, "%.2f %s%n", sinceStartMs / 1000.0, what);
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("start times: cannot write " + file + ": " + e.getMessage());
        }
    }
}
