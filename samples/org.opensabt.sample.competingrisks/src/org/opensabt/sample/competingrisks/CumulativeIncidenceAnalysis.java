package org.opensabt.sample.competingrisks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.opensabt.outcomes.CohortAnalysis;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.OutcomeInputException;

/**
 * Cumulative incidence of local progression with death as a competing risk (Aalen–Johansen), overall
 * or per group. Coding of the cohort columns (options name other columns):
 * <ul>
 * <li>local progression at {@code lct_months} when {@code local_progression} = 1 (cause 1);</li>
 * <li>otherwise death at {@code os_months} when {@code death} = 1 (cause 2, the competing risk);</li>
 * <li>otherwise censored at {@code lct_months}, the last local assessment.</li>
 * </ul>
 * Point estimates only: this sample reports no confidence intervals.
 */
public final class CumulativeIncidenceAnalysis implements CohortAnalysis {

    @Override
    public Result analyse(CohortTable cohort, Map<String, String> options) throws OutcomeInputException {
        Map<String, String> o = new LinkedHashMap<>(Map.of("progression-time", "lct_months", "progression", "local_progression",
                "death-time", "os_months", "death", "death", "times", "6,12,24,36"));
        for (String key : options.keySet()) {
            if (!o.containsKey(key) && !key.equals("group")) {
                throw new OutcomeInputException("unknown option '" + key + "' (options: " + String.join(", ", o.keySet()) + ", group)");
            }
        }
        o.putAll(options);
        double[] lct = cohort.numbers(o.get("progression-time"));
        double[] lp = cohort.numbers(o.get("progression"));
        double[] os = cohort.numbers(o.get("death-time"));
        double[] died = cohort.numbers(o.get("death"));
        double[] time = new double[cohort.size()];
        int[] status = new int[cohort.size()];
        for (int i = 0; i < time.length; i++) {
            if (lp[i] != 0 && lp[i] != 1 || died[i] != 0 && died[i] != 1) {
                throw new OutcomeInputException(cohort.rowId(i) + ": " + o.get("progression") + " and " + o.get("death") + " must be 0 or 1");
            }
            if (lp[i] == 1) {
                time[i] = lct[i];
                status[i] = 1;
            } else if (died[i] == 1) {
                time[i] = os[i];
                status[i] = 2;
            } else {
                time[i] = lct[i];
            }
        }
        double[] at = parseTimes(o.get("times"));
        Map<String, List<Integer>> groups = new TreeMap<>();
        String group = o.get("group");
        for (int i = 0; i < time.length; i++) {
            groups.computeIfAbsent(group == null ? "all" : cohort.text(i, group), g -> new ArrayList<>()).add(i);
        }
        StringBuilder text = new StringBuilder("Cumulative incidence (Aalen-Johansen) of local progression, death as a competing risk\n");
        text.append(String.format(Locale.ROOT, "%-14s %5s %5s %5s %10s  %s%n", group == null ? "" : group, "n", "LP", "death", "months",
                "CIF local progression | CIF death without LP"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", "Aalen-Johansen");
        json.put("cause1", "local progression");
        json.put("cause2", "death without local progression");
        List<Map<String, Object>> results = new ArrayList<>();
        for (var entry : groups.entrySet()) {
            List<Integer> rows = entry.getValue();
            double[] t = rows.stream().mapToDouble(i -> time[i]).toArray();
            int[] s = rows.stream().mapToInt(i -> status[i]).toArray();
            AalenJohansen estimate;
            try {
                estimate = new AalenJohansen(t, s);
            } catch (IllegalArgumentException e) {
                throw new OutcomeInputException(entry.getKey() + ": " + e.getMessage());
            }
            int lpEvents = (int) java.util.Arrays.stream(s).filter(v -> v == 1).count();
            int deaths = (int) java.util.Arrays.stream(s).filter(v -> v == 2).count();
            List<Map<String, Object>> atTimes = new ArrayList<>();
            for (double m : at) {
                text.append(String.format(Locale.ROOT, "%-14s %5d %5d %5d %10.1f  %.4f | %.4f%n", entry.getKey(), t.length, lpEvents, deaths, m,
                        estimate.cif1(m), estimate.cif2(m)));
                atTimes.add(Map.of("months", m, "cifLocalProgression", estimate.cif1(m), "cifDeath", estimate.cif2(m)));
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("group", entry.getKey());
            r.put("n", t.length);
            r.put("localProgressions", lpEvents);
            r.put("deathsWithoutProgression", deaths);
            r.put("at", atTimes);
            r.put("steps", estimate.steps().stream().filter(st -> st.cause1Events() + st.cause2Events() > 0).map(st -> Map.of(
                    "months", st.timeMonths(), "atRisk", st.atRisk(), "cifLocalProgression", st.cif1(), "cifDeath", st.cif2())).toList());
            results.add(r);
        }
        json.put("groups", results);
        text.append("(point estimates; times in months)\n");
        return new Result(text.toString(), json);
    }

    private static double[] parseTimes(String list) throws OutcomeInputException {
        try {
            return java.util.Arrays.stream(list.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new OutcomeInputException("option times: expected months separated by commas, e.g. 12,24,36; is " + list);
        }
    }
}
