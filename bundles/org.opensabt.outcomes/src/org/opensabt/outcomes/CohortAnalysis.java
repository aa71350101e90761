package org.opensabt.outcomes;

import java.util.Map;

/**
 * A statistic or analysis of a cohort table, contributed by any bundle through the
 * {@code org.opensabt.outcomes.analyses} extension point and run with {@code opensabt analyse ID
 * --cohort FILE}. Implementations need a public no-argument constructor and must not keep state
 * between runs.
 */
public interface CohortAnalysis {

    /**
     * Runs the analysis.
     *
     * @param cohort  the cohort (one row per patient; column names as in the CSV header)
     * @param options the {@code --set key=value} options given on the command line
     * @return text for a person and a JSON tree (numbers with units carry them in their keys)
     * @throws OutcomeInputException for a missing column, a bad option or unusable data: the message
     *         names the column or option
     */
    Result analyse(CohortTable cohort, Map<String, String> options) throws OutcomeInputException;

    /** What an analysis reports. */
    record Result(String text, Object json) {
    }
}
