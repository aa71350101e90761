package org.opensabt.dicom;

import java.io.IOException;
import java.nio.file.Path;

import org.opensabt.model.Plan;

/**
 * Writes DICOM RT objects of one case (PS3.3 A.19 RT Structure Set, A.20 RT Plan with RT Brachy
 * Application Setups, A.18 RT Dose). Each file is written whole or not at all.
 */
public interface RtExporter {

    /** RT Structure Set of every structure of the case, on the CT's frame of reference. */
    Path exportRtStruct(Path file) throws DicomExportException, IOException;

    /** RT Plan of an LDR seed implant: one channel per seed, total time = mean life. */
    Path exportRtPlan(Plan plan, Path file) throws DicomExportException, IOException;

    /** RT Dose of the plan's total dose in Gy, referring to the RT Plan this exporter writes for it. */
    default Path exportRtDose(Plan plan, Path file) throws DicomExportException, IOException {
        return exportRtDose(plan, file, null);
    }

    /**
     * RT Dose of the plan's total dose in Gy.
     *
     * @param referencedRtPlanUid SOP Instance UID of the RT Plan the dose belongs to (another system's plan
     *                            that was re-computed), or null for the one this exporter writes
     */
    Path exportRtDose(Plan plan, Path file, String referencedRtPlanUid) throws DicomExportException, IOException;

    /** What the user should know about the objects written so far (e.g. a date the case did not hold), one line each. */
    default java.util.List<String> warnings() {
        return java.util.List.of();
    }
}
