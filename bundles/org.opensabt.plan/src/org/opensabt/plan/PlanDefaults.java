package org.opensabt.plan;

/**
 * The planning defaults shared by the `plan` command, `bench plan` and the workbench's Plan view (whole
 * numbers where a command line shows them as its option defaults).
 */
public final class PlanDefaults {

    /** Prescription (Gy) offered by the workbench and used by the benchmark. */
    public static final int RX_GY = 140;
    /** Apparent activity per seed (mCi) offered by the workbench and used by the benchmark. */
    public static final double APPARENT_ACTIVITY_MCI = 0.7;

    /**
     * Seed spacing along a needle (mm): candidate seeds lie this far apart, a whole number of
     * {@link NeedleLoading#SLOT_MM} loading slots (seed and spacer) when it is a multiple of 5 mm.
     */
    public static final int SEED_SPACING_MM = 10;
    /**
     * Smallest distance of a seed centre to the BODY surface (mm): seeds just under the skin cause skin
     * ulceration and necrosis, so CT-guided I-125 implants keep them off the skin. 5 mm is one seed slot
     * ({@link NeedleLoading#SLOT_MM}) and the clinical default the issue names; no guideline figure was verified
     * for it here, so a centre may raise it with {@code plan --min-skin-distance-mm}.
     */
    public static final int MIN_SKIN_DISTANCE_MM = 5;
    /**
     * Smallest distance of a seed centre to a BONE or AVOID structure (mm): half a 4.5 mm seed (2.25 mm), so no
     * part of a seed pointing at the bone enters it, plus 0.75 mm for contouring and placement.
     */
    public static final int BONE_MARGIN_MM = 3;
    /** Spacing of a template grid's holes (mm). */
    public static final int TEMPLATE_GRID_MM = 5;
    /** Free needles: spacing of parallel candidates per direction (mm). */
    public static final int FREE_PITCH_MM = 10;
    /** Free needles: spacing of candidate directions (degrees). */
    public static final int DIRECTION_STEP_DEG = 15;
    /** Free needles: smallest angle between non-parallel needles (degrees). */
    public static final int MIN_ANGLE_DEG = 10;
    /** Free needles: closest approach of two needles (mm). */
    public static final int MIN_SEPARATION_MM = 3;
    /** Free needles around a direction: half-angle of the entry cone (degrees). */
    public static final int FREE_CONE_DEG = 45;
    /** Needle limit (0: none). */
    public static final int MAX_NEEDLES = 0;
    /** Longest needle path from skin to tip (mm). */
    public static final int MAX_NEEDLE_LENGTH_MM = 200;
    /** V100 goal, required (% of the target volume, at least). */
    public static final int V100_PERCENT = 95;
    /** V150 goal, sought (% of the target volume, at most). */
    public static final int V150_PERCENT = 60;
    /** V200 goal, sought (% of the target volume, at most). */
    public static final int V200_PERCENT = 25;
    /** Random seed of the optimiser: equal inputs and seeds give equal plans. */
    public static final int RANDOM_SEED = 1;
    /** Seed model (name or alias in the seed library). */
    public static final String SOURCE = "6711";
    /** Dose grid spacing of a plan's dose (mm). */
    public static final int DOSE_GRID_MM = 2;
    /** Margin of the dose grid around target and seeds (mm). */
    public static final int DOSE_MARGIN_MM = 15;

    private PlanDefaults() {
    }

    /** The default goals ({@link PlanGoals#CLINICAL}). */
    public static PlanGoals goals() {
        return PlanGoals.CLINICAL;
    }
}
