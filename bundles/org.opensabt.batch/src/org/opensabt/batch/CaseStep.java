package org.opensabt.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.opensabt.model.PatientCase;

/**
 * One step of a batch pipeline ({@link CohortBatch}), run on one case at a time: re-plan, re-dose, ... A supplier
 * registers it as an OSGi service; a pipeline names it by {@link #id()}. Steps of one pipeline run on a case in
 * order, in one thread, with the case folder's write lock held; the case is saved once, after its last step, and
 * only when every step succeeded.
 */
public interface CaseStep {

    /** The id a pipeline names the step by ("plan", "redose"). */
    String id();

    /** One line for help listings. */
    String description();

    /** The options the step takes, name → what it means (with its unit and default); any other name is refused. */
    Map<String, String> options();

    /**
     * Checks the options once, before any case is opened, and binds them.
     *
     * @param options          option name → value, as given
     * @param workingDirectory where relative paths among the options (a seed descriptor) are resolved
     * @throws IllegalArgumentException one line naming the option and what is wrong with it
     */
    Prepared prepare(Map<String, String> options, Path workingDirectory);

    /** The step with its options bound; run on many cases, possibly in parallel threads (so it keeps no per-case state). */
    interface Prepared {

        /**
         * Runs on one case, loaded from {@code caseDir} whose write lock this thread holds. It may change the case
         * (in memory); the batch saves it after the last step.
         *
         * @return the step's figures for the case's row of the result table, and whether it changed the case
         * @throws Exception one line saying why the step cannot be done on this case; the case is then not saved
         */
        Outcome run(PatientCase patientCase, Path caseDir, IProgressMonitor monitor) throws Exception;
    }

    /**
     * What a step did on one case.
     *
     * @param columns column name (with its unit: {@code D90_Gy}) → value (number, text or boolean), in table order
     * @param changed whether the case changed and needs saving
     */
    record Outcome(Map<String, Object> columns, boolean changed) {

        public Outcome {
            columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }
    }
}
