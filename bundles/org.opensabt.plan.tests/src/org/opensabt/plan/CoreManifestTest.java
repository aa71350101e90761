package org.opensabt.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The dose and planning core bundles (API and suppliers) depend on no command line and no UI, and export
 * no internal package: their manifests as installed in the running framework are read.
 */
class CoreManifestTest {

    static final List<String> FORBIDDEN = List.of("picocli", "org.opensabt.cli", "org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui");

    @Test
    void coreBundlesImportNoCommandLineOrUiAndExportNoInternals() {
        for (Class<?> type : List.of(DoseEngines.class, Tg43DoseEngine.class, CasePlanning.class, GreedyAnnealingOptimiser.class)) {
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
