package org.opensabt.outcomes;

import java.util.Map;

/** A test analysis contributed through fragment.xml: counts the rows with a value in column {@code column} (default: all rows). */
public final class CountingAnalysis implements CohortAnalysis {

    @Override
    public Result analyse(CohortTable cohort, Map<String, String> options) throws OutcomeInputException {
        String column = options.get("column");
        if (column == null) {
            return new Result("N = " + cohort.size(), Map.of("n", cohort.size()));
        }
        if (!cohort.has(column)) {
            throw new OutcomeInputException(cohort.source() + ": no column '" + column + "'");
        }
        int n = 0;
        for (int i = 0; i < cohort.size(); i++) {
            if (!CohortTable.missing(cohort.text(i, column))) {
                n++;
            }
        }
        return new Result(column + ": " + n + " of " + cohort.size(), Map.of("n", n));
    }
}
