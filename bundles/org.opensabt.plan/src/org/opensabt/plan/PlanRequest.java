package org.opensabt.plan;

import java.util.List;

/**
 * What to plan: the target and prescription, the seed strength and spacing, the needle geometry and
 * the goals the planner pursues: D90 ≥ Rx and V100 ≥ {@code v100Goal} (95 % in the SABT literature).
 * V150 and V200 are reported, not constrained (the planner penalises dose above 200 % of Rx).
 *
 * @param needleDirection unit insertion direction of the parallel (template grid) needles, patient LPS
 * @param gridMm          spacing of the needle grid (mm), 5 for the classic template
 */
public record PlanRequest(String targetName, double rxGy, double strengthU, double seedSpacingMm, double[] needleDirection, double gridMm,
        int maxNeedles, List<OarLimit> oarLimits, double v100Goal) {

    public PlanRequest {
        if (!(rxGy > 0)) {
            throw new IllegalArgumentException("the prescription must be positive (Gy), is " + rxGy);
        }
        if (!(strengthU > 0)) {
            throw new IllegalArgumentException("the seed strength must be positive (U), is " + strengthU);
        }
        if (!(seedSpacingMm >= 5)) {
            throw new IllegalArgumentException("seeds must be at least 5 mm apart along a needle, asked " + seedSpacingMm + " mm");
        }
        double n = Math.sqrt(needleDirection[0] * needleDirection[0] + needleDirection[1] * needleDirection[1] + needleDirection[2] * needleDirection[2]);
        if (!(n > 0)) {
            throw new IllegalArgumentException("the needle direction must not be zero");
        }
        needleDirection = new double[] { needleDirection[0] / n, needleDirection[1] / n, needleDirection[2] / n };
    }
}
