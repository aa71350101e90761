package org.opensabt.plan;

import java.util.List;
import java.util.Set;

/**
 * What to plan: the target and prescription, the seed strength and spacing, the needle geometry, the
 * goals and OAR limits, and the optimiser's random seed (a plan is reproducible for a fixed seed).
 *
 * @param seedSpacingMm      distance between seed positions along a needle (mm, at least 5)
 * @param maxNeedles         needle limit (0 = none)
 * @param passThroughOars    OARs needles may cross, beside those traversable by default ({@link OrganTraversal}); AVOID
 *                           structures, bone and every other OAR are no-pass
 * @param maxNeedleLengthMm  longest needle path from skin to tip (mm)
 * @param skinInCtOnly       planning for a template: leave out needles whose skin entry lies beyond the CT's field of view
 *                           (a template is fitted to the skin the needles pass) and, with free needles, entries one plate cannot
 *                           hold (under the body seen along the cone's axis, or with skin steeper than 50° to it within 12 mm)
 * @param noTraverseOars     OARs no needle may cross, even when their organ is traversable by default (lung, liver, muscle…)
 * @param minSkinDistanceMm  no seed centre closer than this to the BODY surface (mm; {@link PlanDefaults#MIN_SKIN_DISTANCE_MM})
 * @param boneMarginMm       no seed centre inside a BONE or AVOID structure nor closer than this to it (mm;
 *                           {@link PlanDefaults#BONE_MARGIN_MM}); no seed inside any other no-pass structure either
 */
public record PlanRequest(String targetName, double rxGy, double strengthU, double seedSpacingMm, NeedleGeometry needles, int maxNeedles,
        List<OarLimit> oarLimits, PlanGoals goals, Set<String> passThroughOars, double maxNeedleLengthMm, long randomSeed, boolean skinInCtOnly,
        Set<String> noTraverseOars, double minSkinDistanceMm, double boneMarginMm) {

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
        if (!(minSkinDistanceMm >= 0 && minSkinDistanceMm <= 50) || !(boneMarginMm >= 0 && boneMarginMm <= 50)) {
            throw new IllegalArgumentException("the minimum skin distance and the bone margin must be 0–50 mm, are " + minSkinDistanceMm + " and " + boneMarginMm
                    + " mm");
        }
        if (maxNeedles < 0 || !(maxNeedleLengthMm > 0)) {
            throw new IllegalArgumentException("the needle limit must be ≥ 0 and the needle length positive");
        }
        oarLimits = List.copyOf(oarLimits);
        passThroughOars = Set.copyOf(passThroughOars);
        noTraverseOars = Set.copyOf(noTraverseOars);
        for (String name : passThroughOars) {
            if (noTraverseOars.contains(name)) {
                throw new IllegalArgumentException(name + " is named both as pass-through and as no-traverse");
            }
        }
    }

    /** A request with the default seed clearances ({@link PlanDefaults#MIN_SKIN_DISTANCE_MM}, {@link PlanDefaults#BONE_MARGIN_MM}). */
    public PlanRequest(String targetName, double rxGy, double strengthU, double seedSpacingMm, NeedleGeometry needles, int maxNeedles,
            List<OarLimit> oarLimits, PlanGoals goals, Set<String> passThroughOars, double maxNeedleLengthMm, long randomSeed, boolean skinInCtOnly,
            Set<String> noTraverseOars) {
        this(targetName, rxGy, strengthU, seedSpacingMm, needles, maxNeedles, oarLimits, goals, passThroughOars, maxNeedleLengthMm, randomSeed, skinInCtOnly,
                noTraverseOars, PlanDefaults.MIN_SKIN_DISTANCE_MM, PlanDefaults.BONE_MARGIN_MM);
    }

    /** A request without no-traverse OARs (organs traversable by default may be crossed). */
    public PlanRequest(String targetName, double rxGy, double strengthU, double seedSpacingMm, NeedleGeometry needles, int maxNeedles,
            List<OarLimit> oarLimits, PlanGoals goals, Set<String> passThroughOars, double maxNeedleLengthMm, long randomSeed, boolean skinInCtOnly) {
        this(targetName, rxGy, strengthU, seedSpacingMm, needles, maxNeedles, oarLimits, goals, passThroughOars, maxNeedleLengthMm, randomSeed, skinInCtOnly,
                Set.of());
    }

    /** Clinical defaults: V100 ≥ 95 %, V150 ≤ 60 %, V200 ≤ 25 %, 200 mm needles, random seed 1. */
    public static PlanRequest of(String targetName, double rxGy, double strengthU, double seedSpacingMm, NeedleGeometry needles, int maxNeedles,
            List<OarLimit> oarLimits) {
        return new PlanRequest(targetName, rxGy, strengthU, seedSpacingMm, needles, maxNeedles, oarLimits, PlanGoals.CLINICAL, Set.of(), PlanDefaults.MAX_NEEDLE_LENGTH_MM,
                PlanDefaults.RANDOM_SEED, false);
    }

    public PlanRequest withGoals(PlanGoals g) {
        return new PlanRequest(targetName, rxGy, strengthU, seedSpacingMm, needles, maxNeedles, oarLimits, g, passThroughOars, maxNeedleLengthMm, randomSeed, skinInCtOnly, noTraverseOars,
                minSkinDistanceMm, boneMarginMm);
    }

    public PlanRequest withNeedles(NeedleGeometry n) {
        return new PlanRequest(targetName, rxGy, strengthU, seedSpacingMm, n, maxNeedles, oarLimits, goals, passThroughOars, maxNeedleLengthMm, randomSeed, skinInCtOnly,
                noTraverseOars, minSkinDistanceMm, boneMarginMm);
    }

    /** The same request with these OARs crossable ({@code passThrough}) and these never crossed ({@code noTraverse}). */
    public PlanRequest withTraversal(Set<String> passThrough, Set<String> noTraverse) {
        return new PlanRequest(targetName, rxGy, strengthU, seedSpacingMm, needles, maxNeedles, oarLimits, goals, passThrough, maxNeedleLengthMm, randomSeed,
                skinInCtOnly, noTraverse, minSkinDistanceMm, boneMarginMm);
    }

    /**
     * The same request with these seed clearances: the smallest distance of a seed centre to the skin and to a BONE or
     * AVOID structure (mm).
     *
     * @since 1.3
     */
    public PlanRequest withSeedClearances(double minSkinDistance, double boneMargin) {
        return new PlanRequest(targetName, rxGy, strengthU, seedSpacingMm, needles, maxNeedles, oarLimits, goals, passThroughOars, maxNeedleLengthMm, randomSeed,
                skinInCtOnly, noTraverseOars, minSkinDistance, boneMargin);
    }
}
