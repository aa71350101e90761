package org.opensabt.outcomes;

import java.util.ArrayList;
import java.util.List;

/** Time and event columns checked row by row: positive finite times, events coded 0/1; offending rows are listed. */
public record SurvivalColumns(double[] time, int[] event) {

    public static SurvivalColumns of(CohortTable table, String timeColumn, String eventColumn) throws OutcomeInputException {
        double[] time = table.numbers(timeColumn);
        double[] flag = table.numbers(eventColumn);
        int[] event = new int[flag.length];
        List<String> badTime = new ArrayList<>();
        List<String> badEvent = new ArrayList<>();
        for (int i = 0; i < time.length; i++) {
            if (!(time[i] > 0) || !Double.isFinite(time[i])) {
                badTime.add(table.rowId(i) + " (" + (Double.isNaN(time[i]) ? "missing" : time[i]) + ")");
            }
            if (flag[i] != 0 && flag[i] != 1) {
                badEvent.add(table.rowId(i) + " (" + (Double.isNaN(flag[i]) ? "missing" : flag[i]) + ")");
            }
            event[i] = (int) flag[i];
        }
        if (!badTime.isEmpty()) {
            throw new OutcomeInputException(table.source() + ": " + timeColumn + " must be a positive time; row(s) " + CohortTable.shortList(badTime));
        }
        if (!badEvent.isEmpty()) {
            throw new OutcomeInputException(table.source() + ": " + eventColumn + " must be 0 (censored) or 1 (event); row(s) " + CohortTable.shortList(badEvent));
        }
        return new SurvivalColumns(time, event);
    }

    public int events() {
        int e = 0;
        for (int v : event) {
            e += v;
        }
        return e;
    }
}
