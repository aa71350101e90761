package org.opensabt.phantoms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The core bundle depends on no command line and no UI and exports no internal package: its manifest as installed in the running framework is read. */
class CoreManifestTest {

    static final List<String> FORBIDDEN = List.of("picocli", "org.opensabt.cli", "org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui");

    @Test
    void coreBundlesImportNoCommandLineOrUiAndExportNoInternals() {
        for (Class<?> type : List.of(Phantoms.class)) {
            Bundle bundle = FrameworkUtil.getBundle(type);
            assertNotNull(bundle, type.getName());
            for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
                String value = bundle.getHeaders("").get(header);
                for (String forbidden : FORBIDDEN) {
                    assertFalse(value != null && value.contains(forbidden), bundle.getSymbolicName() + " " + header + " names " + forbidden + ": " + value);
                }
            }
            String exports = bundle.getHeaders("").get("Export-Package");
            assertFalse(exports != null && exports.contains(".internal"), bundle.getSymbolicName() + " exports an internal package: " + exports);
        }
    }
}
