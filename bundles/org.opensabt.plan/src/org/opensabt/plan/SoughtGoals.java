package org.opensabt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sought goals of a plan (V150 and V200 of the target at most their goals, and the seed budget) as the
 * dose engine finds them, each met or by how much it is exceeded, and, when a goal of the plan is not met,
 * quick re-plans of the same case with alternatives that might meet it (free needles instead of the
 * grid, another insertion direction, a lower strength per seed), each with its figures on the
 * optimiser's coarse grid. The plan asked for is stored as it is; these are advice.
 *
 * @param goals        the sought goals (V150, V200) checked by the dose engine, or on the optimiser's grid when the plan was not dosed
 * @param evaluatedBy  "dose engine" or "optimiser grid"
 * @param seedLimit    the seed budget as a seed count at the request's strength (0: none)
 * @param notMet       one line per sought goal not met, with its value and by how much
 * @param alternatives the quick re-plans (empty when every goal is met, or when cancelled)
 * @param notes        what was skipped (cancelled, out of time) or why no alternative applies
 * @since 1.3
 */
public record SoughtGoals(List<GoalCheck> goals, String evaluatedBy, int seedLimit, List<String> notMet, List<Alternative> alternatives, List<String> notes) {

    public SoughtGoals {
        goals = List.copyOf(goals);
        notMet = List.copyOf(notMet);
        alternatives = List.copyOf(alternatives);
        notes = List.copyOf(notes);
    }

    /** Whether every sought goal is met. */
    public boolean met() {
        return notMet.isEmpty();
    }

    /**
     * A quick re-plan of the same case with one thing changed, on the optimiser's coarse grid.
     *
     * @param label       what was changed, e.g. "free needles around AP (45° cone)"
     * @param needleSpec  the change as `plan` options, e.g. "--needles free:0,1,0:45" or "--strength-u 0.508"
     * @param unmet       the required goals it misses (empty: it meets them)
     * @param gridMm      the optimiser's evaluation grid (mm)
     */
    public record Alternative(String label, String needleSpec, double strengthU, int seeds, int needles, double v100Percent, double d90Gy,
            double v150Percent, double v200Percent, List<String> unmet, double gridMm, double seconds) {

        public Alternative {
            unmet = List.copyOf(unmet);
        }

        public boolean meetsRequired() {
            return unmet.isEmpty();
        }

        /** Whether V150 and V200 meet these goals on the optimiser's grid. */
        public boolean meetsSought(PlanGoals goals) {
            return v150Percent <= 100 * goals.v150Max() + 1e-9 && v200Percent <= 100 * goals.v200Max() + 1e-9;
        }

        /** One line: "free needles around AP: 48 seeds on 18 needles, V100 97.3 %, D90 161.1 Gy, V150 59.9 %, V200 21.7 % (4 mm grid)". */
        public String text() {
            return String.format(Locale.ROOT, "%s: %d seeds on %d needles, V100 %.1f %%, D90 %.1f Gy, V150 %.1f %%, V200 %.1f %% (%s mm grid)%s", label, seeds,
                    needles, v100Percent, d90Gy, v150Percent, v200Percent, java.math.BigDecimal.valueOf(gridMm).stripTrailingZeros().toPlainString(),
                    unmet.isEmpty() ? "" : "; misses " + String.join("; ", unmet));
        }
    }

    /** The sought goals among {@code checks} (those not required), each not met as one line. */
    static List<String> notMet(List<GoalCheck> checks) {
        List<String> out = new ArrayList<>();
        for (GoalCheck g : checks) {
            if (!g.required() && g.evaluated() && !g.met()) {
                out.add(String.format(Locale.ROOT, "%s %s %s exceeds the goal %s by %s", g.structure(), g.metric(), GoalCheck.format(g.value(), g.unit()),
                        g.goalText(), GoalCheck.format(g.gaveWayBy(), g.unit()).replace(" %", " points")));
            }
        }
        return out;
    }

    /** One line for text output and the stored plan: "sought goals not met: GTV V150 87.6 % exceeds …; …" or "sought goals met". */
    public String summary() {
        return met() ? "sought goals met" : "sought goals not met: " + String.join("; ", notMet);
    }
}
