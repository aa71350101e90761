package org.opensabt.plan;

/**
 * The dosimetric goals of a plan, as fractions of the target volume (clinical defaults of SABT and
 * permanent-implant practice: V100 ≥ 95 %, V150 ≤ 60 %, V200 ≤ 25 %; D90 ≥ Rx always), and an optional
 * seed budget.
 * D90 ≥ Rx, V100 and the OAR limits are <em>required</em>: a plan missing one is not offered unless
 * the user keeps it. V150 and V200 are <em>sought</em>: the optimiser trades seeds for them, and a
 * plan that exceeds them says by how much ({@link SoughtGoals}).
 *
 * @param maxSeeds          most seeds a plan may use (0: no limit); like the needle limit, never exceeded
 * @param maxTotalStrengthU most total air-kerma strength (U) a plan may use (0: no limit); at the request's
 *                          strength per seed it limits the seeds ({@link #seedLimit(double)})
 */
public record PlanGoals(double v100Min, double v150Max, double v200Max, int maxSeeds, double maxTotalStrengthU) {

    public static final PlanGoals CLINICAL = new PlanGoals(PlanDefaults.V100_PERCENT / 100.0, PlanDefaults.V150_PERCENT / 100.0,
            PlanDefaults.V200_PERCENT / 100.0);

    public PlanGoals {
        if (!(v100Min > 0 && v100Min <= 1) || !(v150Max > 0 && v150Max <= 1) || !(v200Max > 0 && v200Max <= 1)) {
            throw new IllegalArgumentException("V100, V150 and V200 goals are percentages in (0, 100]");
        }
        if (maxSeeds < 0) {
            throw new IllegalArgumentException("the seed limit must be at least 1 (0: none), is " + maxSeeds);
        }
        if (!(maxTotalStrengthU >= 0) || Double.isInfinite(maxTotalStrengthU)) {
            throw new IllegalArgumentException("the total strength limit must be positive (U; 0: none), is " + maxTotalStrengthU);
        }
    }

    /** Goals without a seed budget. */
    public PlanGoals(double v100Min, double v150Max, double v200Max) {
        this(v100Min, v150Max, v200Max, 0, 0);
    }

    /**
     * These goals with a seed budget: at most {@code maxSeeds} seeds (0: no limit) and at most
     * {@code maxTotalStrengthU} U in total (0: no limit).
     *
     * @since 1.3
     */
    public PlanGoals withSeedBudget(int maxSeeds, double maxTotalStrengthU) {
        return new PlanGoals(v100Min, v150Max, v200Max, maxSeeds, maxTotalStrengthU);
    }

    /**
     * Most seeds of {@code strengthU} each the budget allows: the smaller of {@link #maxSeeds()} and
     * ⌊{@link #maxTotalStrengthU()} / strengthU⌋ (at least 1); 0 when there is no budget.
     *
     * @since 1.3
     */
    public int seedLimit(double strengthU) {
        int byStrength = maxTotalStrengthU > 0 ? Math.max(1, (int) Math.floor(maxTotalStrengthU / strengthU + 1e-9)) : 0;
        if (maxSeeds > 0 && byStrength > 0) {
            return Math.min(maxSeeds, byStrength);
        }
        return Math.max(maxSeeds, byStrength);
    }
}
