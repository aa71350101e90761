package org.opensabt.batch.steps;

import java.util.List;
import java.util.Map;

import org.opensabt.dose.dvh.DoseMetric;

/** The target's metrics of a dose as table columns named with their unit ({@code D90_Gy}, {@code V100_percent}). */
final class TargetColumns {

    /** The target metrics a row carries. */
    static final List<String> METRICS = List.of("D90", "V100", "V150", "V200", "D100", "Dmean");

    private TargetColumns() {
    }

    static void put(Map<String, Object> columns, String prefix, List<DoseMetric> metrics, String target) {
        for (String name : METRICS) {
            for (DoseMetric m : metrics) {
                if (m.name().equals(name) && target.equals(m.structure()) && m.hasValue()) {
                    columns.put(prefix + name + "_" + ("%".equals(m.unit()) ? "percent" : m.unit()), round(m.value()));
                    break;
                }
            }
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
