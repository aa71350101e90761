package org.opensabt.plan;

/**
 * The dosimetric goals of a plan, as fractions of the target volume (clinical defaults of SABT and
 * permanent-implant practice: V100 ≥ 95 %, V150 ≤ 60 %, V200 ≤ 25 %; D90 ≥ Rx always).
 * D90 ≥ Rx, V100 and the OAR limits are <em>required</em>: a plan missing one is not offered unless
 * the user keeps it. V150 and V200 are <em>sought</em>: the optimiser trades seeds for them, and a
 * plan that exceeds them says by how much.
 */
public record PlanGoals(double v100Min, double v150Max, double v200Max) {

    public static final PlanGoals CLINICAL = new PlanGoals(PlanDefaults.V100_PERCENT / 100.0, PlanDefaults.V150_PERCENT / 100.0,
            PlanDefaults.V200_PERCENT / 100.0);

    public PlanGoals {
        if (!(v100Min > 0 && v100Min <= 1) || !(v150Max > 0 && v150Max <= 1) || !(v200Max > 0 && v200Max <= 1)) {
            throw new IllegalArgumentException("V100, V150 and V200 goals are percentages in (0, 100]");
        }
    }
}
