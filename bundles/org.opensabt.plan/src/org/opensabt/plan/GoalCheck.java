package org.opensabt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.dose.dvh.DoseMetric;

/**
 * One goal of a plan request checked against the dose engine's metrics (the numbers the clinician sees).
 *
 * @param relation ">=" (at least) or "<=" (at most)
 * @param unit     "Gy" or "%"
 * @param required D90, V100 and OAR limits are required; V150 and V200 are sought
 * @param evaluated whether the engine reported the metric
 * @param value    the engine's value (NaN when not evaluated, or when the engine could not compute it)
 */
public record GoalCheck(String structure, String metric, String relation, double goal, String unit, boolean required, boolean evaluated,
        double value) {

    /** Met within 1e-9; false when not evaluated. */
    public boolean met() {
        return evaluated() && (relation.equals(">=") ? value >= goal - 1e-9 : value <= goal + 1e-9);
    }

    /** How far the value misses the goal (0 when met or not evaluated). */
    public double gaveWayBy() {
        return met() || !evaluated ? 0.0 : Math.abs(value - goal);
    }

    /** The goal as text, e.g. "&gt;= 140.0 Gy". */
    public String goalText() {
        return relation + " " + format(goal, unit);
    }

    /** Each goal of the request (D90 ≥ Rx, V100, V150, V200 of the target, the OAR limits) against the engine's metrics. */
    public static List<GoalCheck> of(PlanRequest request, List<DoseMetric> metrics) {
        return of(request, metrics, java.util.Map.of());
    }

    /**
     * As {@link #of(PlanRequest, List)}, with the limits of the OARs in {@code evaluatedOn} checked on the
     * metrics of another structure name (an OAR overlapping the target: "OAR outside TARGET").
     */
    public static List<GoalCheck> of(PlanRequest request, List<DoseMetric> metrics, java.util.Map<String, String> evaluatedOn) {
        List<GoalCheck> out = new ArrayList<>();
        String t = request.targetName();
        out.add(check(metrics, t, "D90", ">=", request.rxGy(), "Gy", true));
        out.add(check(metrics, t, "V100", ">=", 100 * request.goals().v100Min(), "%", true));
        out.add(check(metrics, t, "V150", "<=", 100 * request.goals().v150Max(), "%", false));
        out.add(check(metrics, t, "V200", "<=", 100 * request.goals().v200Max(), "%", false));
        for (OarLimit l : request.oarLimits()) {
            out.add(check(metrics, evaluatedOn.getOrDefault(l.structure(), l.structure()), l.metric(), "<=", l.limitGy(), "Gy", true));
        }
        return out;
    }

    /** The required goals the engine evaluated and found unmet, each with its value and goal. */
    public static List<String> unmetRequired(List<GoalCheck> goals) {
        List<String> out = new ArrayList<>();
        for (GoalCheck g : goals) {
            if (g.required() && g.evaluated() && !g.met()) {
                out.add(String.format(Locale.ROOT, "%s %s %s (goal %s)", g.structure(), g.metric(), format(g.value(), g.unit()), g.goalText()));
            }
        }
        return out;
    }

    /** A value with its unit, one decimal. */
    public static String format(double value, String unit) {
        return String.format(Locale.ROOT, "%.1f %s", value, unit);
    }

    private static GoalCheck check(List<DoseMetric> metrics, String structure, String name, String relation, double goal, String unit, boolean required) {
        DoseMetric m = metrics.stream().filter(x -> x.structure().equals(structure) && x.name().equals(name)).findFirst().orElse(null);
        return new GoalCheck(structure, name, relation, goal, unit, required, m != null, m == null ? Double.NaN : m.value());
    }
}
