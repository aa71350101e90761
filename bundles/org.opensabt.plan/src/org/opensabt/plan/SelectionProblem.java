package org.opensabt.plan;

import java.util.List;

/**
 * The seed-selection problem a {@link SeedOptimiser} solves, in precomputed form: which of the
 * candidate seed positions to load. Dose is linear in the loaded seeds, so the dose at evaluation
 * point i is Σ_j x_j · K[j][i] for the 0/1 loading x.
 *
 * @param targetKernelGy     total dose (Gy) of candidate j at target point i, K[j][i]
 * @param oars               per organ at risk: kernel at its points and its limits
 * @param needleOfCandidate  the candidate needle each candidate seed lies on
 * @param previousOnNeedle   the neighbouring candidate towards the skin (−1 at the first)
 * @param nextOnNeedle       the neighbouring candidate towards the tip (−1 at the last)
 * @param needles            the needle rules: count, which are open already, which pairs may coexist
 * @param rxGy               prescription dose
 * @param goals              dosimetric goals (fractions of the target points); {@link PlanGoals#maxSeeds()} is the seed limit
 *                           (a total strength limit already converted at the request's strength per seed)
 * @param v100Aim            the V100 the optimiser aims for on its point grid (a little above the goal,
 *                           so the dose engine's finer evaluation meets the goal)
 * @param pointCc            volume each evaluation point stands for (cc)
 * @param randomSeed         seed of any randomised step: equal problems and seeds give equal plans
 * @param initialLoading     a loading to start from (e.g. the planned seeds when re-planning), or null
 */
public record SelectionProblem(float[][] targetKernelGy, List<OarTerm> oars, int[] needleOfCandidate, int[] previousOnNeedle, int[] nextOnNeedle,
        NeedleRules needles, double rxGy, PlanGoals goals, double v100Aim, double pointCc, long randomSeed, boolean[] initialLoading) {

    /** An organ at risk: dose of candidate j at its point i (Gy), and its limits. */
    public record OarTerm(String name, float[][] kernelGy, List<OarLimit> limits) {
    }

    /** Needle rules: how many candidate needles there are, which ones are in already, the needle limit and compatibility. */
    public interface NeedleRules {
        int count();

        /** Inserted already (re-planning): free to use, never counted against the limit. */
        boolean alreadyInserted(int needle);

        /** Most needles a plan may use (0 = no limit). */
        int maxNeedles();

        /** Whether two candidate needles may both be used (not crossing, far enough apart in angle). */
        boolean compatible(int a, int b);
    }

    public int candidates() {
        return targetKernelGy.length;
    }

    public int targetPoints() {
        return targetKernelGy.length == 0 ? 0 : targetKernelGy[0].length;
    }
}
