package org.opensabt.postplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Finds I-125 seeds on a post-implant CT.
 *
 * <ol>
 * <li>Metal: voxels above {@code thresholdHu}, far above bone (I-125 seeds hold a silver or
 * other high-Z marker and saturate the CT scale), grouped into 26-connected objects.</li>
 * <li>Each object's metal amount (Σ HU above the weight floor over the object and its one-voxel shell,
 * which unlike the volume above a threshold hardly depends on where a seed lies between slices) in
 * units of a single seed's: the median
 * object (most objects are single seeds) or, with fewer than five objects, total ÷ the expected count.
 * An object of about n seeds is split into n by weighted k-means started along its principal axis:
 * seeds touching end to end or at an angle (two seeds lying side by side, closer than a voxel,
 * cannot be told apart at CT resolution).</li>
 * <li>Centre: the centroid of the object and its one-voxel shell weighted by HU above
 * {@link Settings#weightFloorHu()}; since the blur of the CT spreads a seed over neighbouring
 * voxels and slices in proportion to how close it is, this places the seed within a voxel.
 * Axis: principal axis of the weighted second moments.</li>
 * <li>Objects smaller than a third of a seed, larger than {@link Settings#maxSeedsPerObject()} seeds or
 * longer than a chain of their seeds (wires, needles, clips) are rejected and reported.</li>
 * <li>Shape (issue 24: clips and wires in the tumour bed): a single seed must hold at least
 * {@link #MIN_SINGLE_SEED_METAL} of a seed's metal, be straight (at most {@link #MAX_SEED_WIDTH_MM} across) and
 * at most {@link #MAX_SEED_LENGTHS} seed lengths long; a straight object of several seeds must show a dip in its
 * metal profile along the axis at each gap and the length of that many seeds end to end (on slices too thick to
 * show a gap: that length alone); the parts of a bent one must each be seed-shaped; a piece within
 * {@link #NEAR_OTHER_METAL_MM} of other metal is part of it. Objects that fail are "other metal" (position, size,
 * reason) and never seeds.</li>
 * </ol>
 * The expected count (the plan's) is a hint, not a quota: objects whose count is ambiguous are rounded towards it
 * only where their shape agrees, missing seeds are reported ({@link Detection#missingSeeds()}), never invented.
 * A seed lying steeply across thick slices has its axis flagged {@link FoundSeed#axisAssumed()}.
 * The method follows the threshold–connected-component–centroid approach of the post-implant
 * dosimetry literature (e.g. Brinkmann &amp; Kline, Med Phys 25:1591, 1998; Liu et al., Med Phys
 * 30:1521, 2003 for splitting clusters by volume).
 */
public final class SeedDetector {

    /**
     * @param thresholdHu       metal threshold (HU); above bone and below the saturation of the CT scale
     * @param weightFloorHu     HU above which voxels weigh in a seed's centroid
     * @param seedLengthMm      seed capsule length
     * @param seedDiameterMm    seed capsule diameter
     * @param expectedSeeds     seeds implanted (e.g. the plan's count); 0 when unknown
     * @param maxSeedsPerObject objects of more seeds than this are rejected as other metal
     */
    public record Settings(double thresholdHu, double weightFloorHu, double seedLengthMm, double seedDiameterMm, int expectedSeeds,
            int maxSeedsPerObject) {

        public Settings {
            if (!(weightFloorHu < thresholdHu) || !(seedLengthMm > 0) || !(seedDiameterMm > 0) || expectedSeeds < 0 || maxSeedsPerObject < 1) {
                throw new IllegalArgumentException("seed detection settings: weight floor must be below the threshold, seed length and diameter "
                        + "positive, expected seeds ≥ 0, seeds per object ≥ 1");
            }
        }

        /** 2000 HU metal threshold, 500 HU weight floor, 4.5 × 0.8 mm seeds (6711 and its kind), at most 4 seeds per object. */
        public static Settings defaults() {
            return new Settings(2000, 500, 4.5, 0.8, 0, 4);
        }

        public Settings withExpectedSeeds(int n) {
            return new Settings(thresholdHu, weightFloorHu, seedLengthMm, seedDiameterMm, n, maxSeedsPerObject);
        }

        public Settings withThresholdHu(double t) {
            return new Settings(t, Math.min(weightFloorHu, t / 2), seedLengthMm, seedDiameterMm, expectedSeeds, maxSeedsPerObject);
        }
    }

    /**
     * A seed found: centre and axis (patient LPS), the object it came from and how many seeds that object held;
     * {@code axisAssumed}: the slices are too thick for this seed's axis to be measured (it lies across them), the
     * direction is a poor estimate and a client should take the needle's axis from the plan instead.
     */
    public record FoundSeed(double[] positionMm, double[] directionUnit, int objectId, int seedsInObject, boolean axisAssumed) {
        public FoundSeed(double[] positionMm, double[] directionUnit, int objectId, int seedsInObject) {
            this(positionMm, directionUnit, objectId, seedsInObject, false);
        }
    }

    /**
     * A metal object that is not taken for seeds ("other metal": clips, wires, needles, markers, specks), with the reason.
     *
     * @param centroidMm     centre in grid voxel units (column, row, slice), as printed by the CLI's text output
     * @param metalVolumeMm3 volume above the metal threshold
     * @param lengthMm       extent of its metal along its longest axis
     * @param positionMm     centre in patient LPS mm
     * @param widthMm        its metal's spread across that axis (√(12 × second moment), the scanner's blur taken out)
     */
    public record RejectedObject(int objectId, double[] centroidMm, double metalVolumeMm3, double lengthMm, String reason, double[] positionMm,
            double widthMm) {
        public RejectedObject(int objectId, double[] centroidMm, double metalVolumeMm3, double lengthMm, String reason) {
            this(objectId, centroidMm, metalVolumeMm3, lengthMm, reason, null, Double.NaN);
        }

        static RejectedObject of(int objectId, double[] centroidMm, double metalVolumeMm3, double lengthMm, double[] positionMm, double widthMm, String reason) {
            return new RejectedObject(objectId, centroidMm, metalVolumeMm3, lengthMm, reason, positionMm, widthMm);
        }
    }

    /**
     * @param singleSeedHuMm3 metal amount of one seed (Σ HU above the weight floor × voxel volume, HU·mm³), and {@code singleSeedFrom} how it was found
     * @param objects             metal objects found
     * @param expectedSeeds       the expected count given (a hint, never a quota; 0: none)
     * @param missingSeeds        expected seeds not found (never invented: lost, migrated out of the scan, or hidden in other metal)
     */
    public record Detection(List<FoundSeed> seeds, List<RejectedObject> rejected, int objects, double singleSeedHuMm3, String singleSeedFrom,
            List<String> notes, double seconds, int expectedSeeds, int missingSeeds) {
        public Detection(List<FoundSeed> seeds, List<RejectedObject> rejected, int objects, double singleSeedHuMm3, String singleSeedFrom,
                List<String> notes, double seconds) {
            this(seeds, rejected, objects, singleSeedHuMm3, singleSeedFrom, notes, seconds, 0, 0);
        }

        /** Objects not taken for seeds: other metal. */
        public List<RejectedObject> otherMetal() {
            return rejected;
        }
    }

    /**
     * Objects wider than this across their axis (blur taken out) are not a single seed (a seed measures up to 1.6 mm on 1–5 mm slices
     * with a 1 mm blur; clips are U/V-shaped); raised to the median + 4 robust σ of the single-seed objects' widths on blurrier CTs.
     */
    static final double MAX_SEED_WIDTH_MM = 1.8;
    /** A single seed's metal is at most this many seed lengths long (√(12 × second moment)); longer and straight: a wire or needle. */
    static final double MAX_SEED_LENGTHS = 1.3;
    /**
     * A single seed holds at least this fraction of the single-seed metal amount (which hardly depends on where a seed lies between
     * slices); less is a clip, marker, calcification or a piece of other metal.
     */
    static final double MIN_SINGLE_SEED_METAL = 0.6;
    /**
     * When most single seeds saturate the CT (a 12-bit CT clips at 3071 HU; seed markers of silver, tungsten or gold are the densest
     * metal in the body), an object whose brightest voxel is below this fraction of the saturation value is not a seed: thin steel or
     * titanium clips and wires in partial volume mostly stay below it. CTs on an extended HU scale: no such rule.
     */
    static final double MIN_PEAK_FRACTION = 0.9;
    /**
     * ... and whose metal amount is below this fraction of a seed's (or is counted as several seeds: seeds together are never fainter
     * than one): a seed between two slices loses its peak but keeps its metal (the amount hardly depends on where it lies), a thin
     * clip has less.
     */
    static final double FAINT_MAX_METAL = 0.75;
    /** Metal cores this close (voxel centre to voxel centre) to other metal are pieces of it. */
    static final double NEAR_OTHER_METAL_MM = 2.0;
    /** An end-to-end gap between seeds: the axial metal profile drops below this fraction of the peaks on both sides. */
    static final double DIP_FRACTION = 0.8;
    /** A clear gap (seeds apart, not touching): below this fraction of the peaks on both sides. */
    static final double DEEP_DIP_FRACTION = 0.3;

    private final Settings settings;
    /** Median length (√(12 × second moment)) of single-seed objects on the CT being searched. */
    private double singleSeedLengthMm;
    /** Widest a seed may be on the CT being searched: {@link #MAX_SEED_WIDTH_MM}, or more where the seeds' own widths spread further. */
    private double maxSeedWidthMm;

    public SeedDetector(Settings settings) {
        this.settings = settings;
    }

    /** Seeds in a CT of {@code hu} (column fastest, then row, then slice) on {@code grid}. */
    public Detection detect(short[] hu, GridGeometry grid) {
        long t0 = System.nanoTime();
        if (hu.length != grid.voxelCount()) {
            throw new IllegalArgumentException("CT has " + hu.length + " voxels, its geometry " + grid.voxelCount());
        }
        List<MetalObject> objects = metalObjects(hu, grid);
        List<String> notes = new ArrayList<>();
        double voxelMm3 = grid.voxelVolumeCc() * 1000;
        double single;
        String from;
        double[] volumes = objects.stream().mapToDouble(o -> o.amount() * voxelMm3).sorted().toArray();
        if (objects.isEmpty()) {
            return new Detection(List.of(), List.of(), 0, Double.NaN, "no metal", notes, (System.nanoTime() - t0) / 1e9, settings.expectedSeeds(),
                    settings.expectedSeeds());
        } else if (objects.size() >= 5) {
            single = volumes[volumes.length / 2];
            from = "median of " + objects.size() + " metal objects";
        } else if (settings.expectedSeeds() > 0) {
            single = Arrays.stream(volumes).sum() / settings.expectedSeeds();
            from = "total metal / " + settings.expectedSeeds() + " expected seeds";
        } else {
            single = volumes[0];
            from = "smallest of " + objects.size() + " metal objects (too few for a median; give the expected count)";
        }

        // seeds per object: nearest whole number of single-seed volumes, then towards the expected count
        int[] count = new int[objects.size()];
        double[] ratio = new double[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            ratio[i] = objects.get(i).amount() * voxelMm3 / single;
            count[i] = ratio[i] < 1.0 / 3 ? 0 : Math.max(1, (int) Math.round(ratio[i]));
        }
        int[] rounded = count.clone();
        if (settings.expectedSeeds() > 0) {
            towardsExpected(count, ratio, objects, notes);
        }

        // the length a single seed's metal shows on this CT (blur, slices and the seed model make it shorter than the capsule)
        // and how wide: a seed's width depends on the scanner's blur and the seed model; clips stand out of the seeds' spread
        double[] singleLengths = new double[objects.size()];
        double[] singleWidths = new double[objects.size()];
        int singles = 0;
        for (int i = 0; i < objects.size(); i++) {
            if (count[i] == 1) {
                MetalObject o = objects.get(i);
                double[] c = o.centroid(o.all, o.weights);
                double[] spread = o.spreadMm(o.all, o.weights, c, o.axis(o.all, o.weights, c));
                singleLengths[singles] = spread[0];
                singleWidths[singles++] = spread[1];
            }
        }
        Arrays.sort(singleLengths, 0, singles);
        singleSeedLengthMm = singles >= 3 ? singleLengths[singles / 2] : 0.75 * settings.seedLengthMm();
        maxSeedWidthMm = MAX_SEED_WIDTH_MM;
        if (singles >= 5) {
            double[] w = Arrays.copyOf(singleWidths, singles);
            Arrays.sort(w);
            double median = w[singles / 2];
            double[] deviation = new double[singles];
            for (int k = 0; k < singles; k++) {
                deviation[k] = Math.abs(w[k] - median);
            }
            Arrays.sort(deviation);
            maxSeedWidthMm = Math.max(MAX_SEED_WIDTH_MM, median + 4 * 1.4826 * deviation[singles / 2]); // median + 4 robust σ
        }

        // how bright a seed's metal is at its brightest: seed markers (silver, tungsten, gold) are the densest metal in the body
        // and saturate a 12-bit CT (3071 HU); clips and wires of thinner, lighter metal often stay below the seeds' peak
        double minSeedPeakHu = Double.NEGATIVE_INFINITY;
        if (singles >= 5) {
            double[] peaks = new double[singles];
            int k = 0;
            for (int i = 0; i < objects.size(); i++) {
                if (count[i] == 1) {
                    peaks[k++] = objects.get(i).peakHu(settings.weightFloorHu());
                }
            }
            Arrays.sort(peaks);
            double top = peaks[singles - 1];
            int atTop = 0;
            for (double p : peaks) {
                atTop += p >= top - 0.5 ? 1 : 0;
            }
            if (atTop >= 0.75 * singles) { // the seeds saturate the CT's range (else partial volume spreads their peaks: no rule)
                minSeedPeakHu = MIN_PEAK_FRACTION * top;
                notes.add(String.format(Locale.ROOT, "%d of %d single seeds saturate at %.0f HU: metal objects peaking below %.0f HU are not seeds", atTop, singles, top,
                        minSeedPeakHu));
            }
        }

        List<FoundSeed> seeds = new ArrayList<>();
        List<RejectedObject> rejected = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            MetalObject o = objects.get(i);
            double volume = o.core.length * voxelMm3;
            double[] centroid = o.centroid(o.all, o.weights);
            double[] axis = o.axis(o.all, o.weights, centroid);
            double length = o.extentAlong(axis, centroid);
            double[] positionMm = grid.positionMm(centroid[0], centroid[1], centroid[2]);
            double[] spread = o.spreadMm(o.all, o.weights, centroid, axis);
            double peakHu = o.peakHu(settings.weightFloorHu());
            String notSeeds = count[i] == 0 || count[i] > settings.maxSeedsPerObject() ? null
                    : peakHu < minSeedPeakHu && (ratio[i] < FAINT_MAX_METAL || count[i] >= 2) ? String.format(Locale.ROOT, "fainter than the seeds "
                            + "(brightest voxel %.0f HU; the seeds saturate the CT at %.0f HU) with %.2f of a seed's metal: a clip, wire or marker of "
                            + "thinner or lighter metal, not %s", peakHu, minSeedPeakHu / MIN_PEAK_FRACTION, ratio[i], count[i] >= 2 ? "seeds" : "a seed")
                    : notSeedLike(o, count, rounded, ratio[i], i, axis, centroid, spread);
            if (notSeeds != null) {
                rejected.add(new RejectedObject(i + 1, centroid, volume, length, notSeeds, positionMm, spread[1]));
                continue;
            }
            if (count[i] == 0) {
                rejected.add(RejectedObject.of(i + 1, centroid, volume, length, positionMm, spread[1], String.format(Locale.ROOT,
                        "too small for a seed (%.2f of a seed's metal; %.1f mm³ above %.0f HU)", ratio[i], volume, settings.thresholdHu())));
                continue;
            }
            if (count[i] > settings.maxSeedsPerObject()) {
                rejected.add(RejectedObject.of(i + 1, centroid, volume, length, positionMm, spread[1], String.format(Locale.ROOT,
                        "metal of %.1f seed volumes, more than %d seeds touching: not taken for seeds (clip, wire or other metal?); add its seeds by hand",
                        ratio[i], settings.maxSeedsPerObject())));
                continue;
            }
            double chainMm = count[i] * (settings.seedLengthMm() + 1) + 2 * maxSpacing(grid) + settings.seedDiameterMm();
            if (length > chainMm) {
                rejected.add(RejectedObject.of(i + 1, centroid, volume, length, positionMm, spread[1], String.format(Locale.ROOT,
                        "%.1f mm long, longer than %d seed(s) end to end (%.1f mm): a wire or needle, not seeds", length, count[i], chainMm)));
                continue;
            }
            // a piece of other metal (a wire or clip broken up by partial volume) close to another piece is no seed
            RejectedObject near = nextTo(o, objects, rejected, grid);
            if (near != null) {
                rejected.add(RejectedObject.of(i + 1, centroid, volume, length, positionMm, spread[1], String.format(Locale.ROOT,
                        "within %.1f mm of other metal (object %d): a piece of the same wire or clip, not a seed", NEAR_OTHER_METAL_MM, near.objectId())));
                continue;
            }
            if (count[i] == 1) {
                seeds.add(new FoundSeed(positionMm, toPatient(grid, axis), i + 1, 1, axisAssumed(grid, axis)));
            } else {
                for (double[][] part : o.split(count[i], axis, centroid)) {
                    seeds.add(new FoundSeed(grid.positionMm(part[0][0], part[0][1], part[0][2]), toPatient(grid, part[1]), i + 1, count[i],
                            axisAssumed(grid, part[1])));
                }
            }
        }
        // pieces found next to other metal only after they were taken for seeds (objects are visited in scan order)
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int j = 0; j < seeds.size(); j++) {
                int id = seeds.get(j).objectId();
                MetalObject o = objects.get(id - 1);
                RejectedObject near = nextTo(o, objects, rejected, grid);
                if (near != null) {
                    double[] centroid = o.centroid(o.all, o.weights);
                    double[] axis = o.axis(o.all, o.weights, centroid);
                    rejected.add(RejectedObject.of(id, centroid, o.core.length * voxelMm3, o.extentAlong(axis, centroid),
                            grid.positionMm(centroid[0], centroid[1], centroid[2]), o.spreadMm(o.all, o.weights, centroid, axis)[1], String.format(Locale.ROOT,
                                    "within %.1f mm of other metal (object %d): a piece of the same wire or clip, not a seed", NEAR_OTHER_METAL_MM,
                                    near.objectId())));
                    seeds.removeIf(s -> s.objectId() == id);
                    changed = true;
                    break;
                }
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(RejectedObject::objectId));
        int missing = Math.max(0, settings.expectedSeeds() - seeds.size());
        if (settings.expectedSeeds() > 0 && seeds.size() != settings.expectedSeeds()) {
            notes.add(String.format(Locale.ROOT, "%d seeds found, %d expected", seeds.size(), settings.expectedSeeds()));
        }
        return new Detection(seeds, rejected, objects.size(), single, from, notes, (System.nanoTime() - t0) / 1e9, settings.expectedSeeds(), missing);
    }

    /**
     * Why an object of {@code count[i]} seeds' metal is not seeds, or null if its shape agrees; may lower {@code count[i]} to its
     * rounded metal count when the expected count raised it without the shape's support. A single seed is straight and at most
     * {@link #MAX_SEED_LENGTHS} seed lengths long; several seeds end to end show a dip in the metal profile along the axis at
     * each gap (a wire or needle does not); seeds at an angle are each seed-shaped after the split (a bent wire or clip is not).
     */
    private String notSeedLike(MetalObject o, int[] count, int[] rounded, double ratio, int i, double[] axis, double[] centroid, double[] spread) {
        double seedMm = settings.seedLengthMm();
        double lengthMm = spread[0];
        double widthMm = spread[1];
        boolean straight = widthMm <= maxSeedWidthMm;
        if (count[i] == 1) {
            if (ratio < MIN_SINGLE_SEED_METAL) {
                return String.format(Locale.ROOT, "too little metal for a seed (%.2f of a seed's): a clip, marker or calcification, not a seed", ratio);
            }
            if (!straight) {
                return String.format(Locale.ROOT, "bent or wide (%.1f mm across, %.1f mm long; a seed is %.1f mm across): a clip or other metal, not a seed",
                        widthMm, lengthMm, settings.seedDiameterMm());
            }
            double maxMm = maxSingleSeedLengthMm(o, axis);
            if (lengthMm > maxMm) {
                return String.format(Locale.ROOT, "%.1f mm long with one seed's metal (a seed is %.1f mm, at most %.1f mm on these slices): a wire or needle, not a seed",
                        lengthMm, seedMm, maxMm);
            }
            return null;
        }
        if (straight) {
            int dips = o.dips(axis, centroid, DIP_FRACTION);
            // n seeds end to end (centres a seed length apart) measure √((n² − 1) ℓ² + single²) along the axis
            double chainMm = Math.sqrt((count[i] * count[i] - 1) * seedMm * seedMm + singleSeedLengthMm * singleSeedLengthMm);
            boolean chainLength = Math.abs(lengthMm - chainMm) <= 0.2 * chainMm;
            double stepMm = o.latticeStepMm(axis);
            if (stepMm >= 2.5 && o.dips(axis, centroid, DEEP_DIP_FRACTION) >= count[i] - 1 // seeds apart, merged by thick slices: clear gaps
                    || dips >= count[i] - 1 && chainLength // touching: shallow gaps, and the length of a chain (partial volume modulates a wire too)
                    || dips == 0 && stepMm > 1.5 && Math.abs(lengthMm - chainMm) <= 0.12 * chainMm) { // gaps the slices cannot show
                return null;
            }
            if (lengthMm > Math.max(MAX_SEED_LENGTHS, count[i] - 0.5) * seedMm) {
                return dips >= count[i] - 1
                        ? String.format(Locale.ROOT, "straight, %.1f mm long with %d seeds' metal, not the %.1f mm of %d seeds end to end: a wire or needle, not seeds",
                                lengthMm, count[i], chainMm, count[i])
                        : String.format(Locale.ROOT, "straight, %.1f mm long with %d seeds' metal but no gap between seeds along it: a wire or needle, not seeds",
                                lengthMm, count[i]);
            }
            if (lengthMm <= 1.3 * singleSeedLengthMm && ratio < 1.9) {
                count[i] = 1; // one seed's size and shape: a seed with more metal than most (partial volume), not two
            } else {
                count[i] = Math.min(count[i], Math.max(1, rounded[i])); // compact (seeds side by side?): no more than its metal says
            }
            return null;
        }
        for (double[][] part : o.split(count[i], axis, centroid)) {
            double[] p = part[2];
            if (p[1] > maxSeedWidthMm || p[0] > MAX_SEED_LENGTHS * seedMm) {
                return String.format(Locale.ROOT, "bent (%.1f mm across, %.1f mm long) and its parts are not seed-shaped (%.1f × %.1f mm): a clip or bent wire, "
                        + "not seeds", widthMm, lengthMm, p[0], p[1]);
            }
        }
        return null;
    }

    /**
     * The longest a single seed may measure along {@code axis} (grid mm): {@link #MAX_SEED_LENGTHS} times a seed's length as the
     * slices show it: a rod of length ℓ across slices of thickness T (rectangular profile) measures √(ℓ² + (T·a_z)²) as
     * √12 × its standard deviation, a_z the axis's component across the slices.
     */
    private double maxSingleSeedLengthMm(MetalObject o, double[] axis) {
        double across = o.grid.spacingMm()[2] * axis[2];
        return MAX_SEED_LENGTHS * Math.sqrt(Math.pow(settings.seedLengthMm(), 2) + across * across);
    }

    /**
     * Whether a seed's axis cannot be measured: the slices are thicker than 1.5 voxels in plane and the seed lies so steeply
     * across them that its in-plane extent is under 2.5 mm (the slice blur then dominates the second moments).
     */
    static boolean axisAssumed(GridGeometry grid, double[] gridAxis) {
        double[] sp = grid.spacingMm();
        double inPlane = Math.hypot(gridAxis[0], gridAxis[1]) * SEED_LENGTH_FOR_AXIS_MM;
        return sp[2] > 1.5 * Math.max(sp[0], sp[1]) && inPlane < 2.5;
    }

    private static final double SEED_LENGTH_FOR_AXIS_MM = 4.5;

    /** Adjusts ambiguous objects (ratio within 0.35 of a rounding boundary) one seed at a time towards the expected total. */
    private void towardsExpected(int[] count, double[] ratio, List<MetalObject> objects, List<String> notes) {
        int total = Arrays.stream(count).filter(c -> c <= settings.maxSeedsPerObject()).sum();
        int changed = 0;
        while (total != settings.expectedSeeds()) {
            int step = total < settings.expectedSeeds() ? 1 : -1;
            int best = -1;
            double bestCost = 0.35;
            for (int i = 0; i < count.length; i++) {
                int next = count[i] + step;
                if (next < 1 && step < 0 || count[i] == 0 && ratio[i] < 0.25 || next > settings.maxSeedsPerObject()) {
                    continue;
                }
                double cost = Math.abs(ratio[i] - next) - Math.abs(ratio[i] - count[i]); // how much worse the fit gets
                if (cost < bestCost) {
                    bestCost = cost;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            count[best] += step;
            total += step;
            changed++;
        }
        if (changed > 0) {
            notes.add(changed + " ambiguous object(s) counted towards the expected " + settings.expectedSeeds() + " seeds");
        }
    }

    /**
     * The other-metal object (of at least a quarter of a seed's metal, not a speck) whose metal core comes within
     * {@link #NEAR_OTHER_METAL_MM} of {@code o}'s, or null.
     */
    private static RejectedObject nextTo(MetalObject o, List<MetalObject> objects, List<RejectedObject> rejected, GridGeometry grid) {
        for (RejectedObject r : rejected) {
            if (r.reason().startsWith("too small")) {
                continue;
            }
            MetalObject other = objects.get(r.objectId() - 1);
            if (other == o) {
                continue;
            }
            for (int v : o.core) {
                double[] p = o.mm(v);
                for (int w : other.core) {
                    double[] q = other.mm(w);
                    double d2 = (p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]);
                    if (d2 <= NEAR_OTHER_METAL_MM * NEAR_OTHER_METAL_MM) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /** Eigenvector of the largest eigenvalue of a symmetric 3×3 matrix (Hipparchus). */
    static double[] principalAxis(double[][] m) {
        EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(m));
        double[] values = e.getEigenvalues();
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return e.getEigenvector(best).toArray();
    }

    private static double maxSpacing(GridGeometry grid) {
        return Math.max(grid.spacingMm()[0], Math.max(grid.spacingMm()[1], grid.spacingMm()[2]));
    }

    private static double[] toPatient(GridGeometry grid, double[] gridAxisMm) {
        double[] d = new double[3];
        for (int k = 0; k < 3; k++) {
            d[k] = gridAxisMm[0] * grid.rowDirection()[k] + gridAxisMm[1] * grid.columnDirection()[k] + gridAxisMm[2] * grid.sliceDirection()[k];
        }
        double n = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        // one sign convention for an axis: its largest component positive
        int big = Math.abs(d[0]) >= Math.abs(d[1]) && Math.abs(d[0]) >= Math.abs(d[2]) ? 0 : Math.abs(d[1]) >= Math.abs(d[2]) ? 1 : 2;
        double sign = d[big] < 0 ? -1 : 1;
        return new double[] { sign * d[0] / n, sign * d[1] / n, sign * d[2] / n };
    }

    /** 26-connected objects of voxels above the threshold, each with its one-voxel shell above the weight floor. */
    private List<MetalObject> metalObjects(short[] hu, GridGeometry grid) {
        int nc = grid.columns();
        int nr = grid.rows();
        int ns = grid.slices();
        int threshold = (int) Math.ceil(settings.thresholdHu());
        int floor = (int) Math.floor(settings.weightFloorHu());
        BitSet taken = new BitSet(hu.length);
        List<MetalObject> objects = new ArrayList<>();
        int[] stack = new int[1024];
        for (int start = 0; start < hu.length; start++) {
            if (hu[start] < threshold || taken.get(start)) {
                continue;
            }
            // flood fill of the metal core
            IntList core = new IntList();
            int top = 0;
            stack[top++] = start;
            taken.set(start);
            while (top > 0) {
                int v = stack[--top];
                core.add(v);
                int c = v % nc;
                int r = (v / nc) % nr;
                int s = v / (nc * nr);
                for (int ds = -1; ds <= 1; ds++) {
                    int ss = s + ds;
                    if (ss < 0 || ss >= ns) {
                        continue;
                    }
                    for (int dr = -1; dr <= 1; dr++) {
                        int rr = r + dr;
                        if (rr < 0 || rr >= nr) {
                            continue;
                        }
                        for (int dc = -1; dc <= 1; dc++) {
                            int cc = c + dc;
                            if (cc < 0 || cc >= nc) {
                                continue;
                            }
                            int n = (ss * nr + rr) * nc + cc;
                            if (hu[n] >= threshold && !taken.get(n)) {
                                taken.set(n);
                                if (top == stack.length) {
                                    stack = Arrays.copyOf(stack, stack.length * 2);
                                }
                                stack[top++] = n;
                            }
                        }
                    }
                }
            }
            objects.add(new MetalObject(core.toArray(), grid));
        }
        // shells after all cores are known, so that no voxel is counted in two objects
        BitSet shellTaken = (BitSet) taken.clone();
        for (MetalObject o : objects) {
            IntList all = new IntList();
            for (int v : o.core) {
                all.add(v);
            }
            for (int v : o.core) {
                int c = v % nc;
                int r = (v / nc) % nr;
                int s = v / (nc * nr);
                for (int ds = -1; ds <= 1; ds++) {
                    for (int dr = -1; dr <= 1; dr++) {
                        for (int dc = -1; dc <= 1; dc++) {
                            int cc = c + dc;
                            int rr = r + dr;
                            int ss = s + ds;
                            if (cc < 0 || rr < 0 || ss < 0 || cc >= nc || rr >= nr || ss >= ns) {
                                continue;
                            }
                            int n = (ss * nr + rr) * nc + cc;
                            if (hu[n] > floor && !shellTaken.get(n)) {
                                shellTaken.set(n);
                                all.add(n);
                            }
                        }
                    }
                }
            }
            o.all = all.toArray();
            o.weights = new double[o.all.length];
            for (int i = 0; i < o.all.length; i++) {
                o.weights[i] = hu[o.all[i]] - settings.weightFloorHu();
            }
        }
        return objects;
    }

    /** A metal object: its core voxels (above the threshold) and, with the shell, all weighted voxels; positions in grid mm. */
    private static final class MetalObject {
        final int[] core;
        final GridGeometry grid;
        int[] all;
        double[] weights;

        /** Metal amount: Σ (HU − floor) over the object and its shell, in HU·voxels; unlike the volume above a threshold it hardly depends on where the seed lies between slices. */
        double amount() {
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            return sum;
        }

        /** The brightest voxel's HU (the weights are HU above {@code floorHu}). */
        double peakHu(double floorHu) {
            double peak = 0;
            for (double w : weights) {
                peak = Math.max(peak, w);
            }
            return peak + floorHu;
        }

        MetalObject(int[] core, GridGeometry grid) {
            this.core = core;
            this.grid = grid;
        }

        /** Grid-frame mm of a voxel. */
        double[] mm(int v) {
            int nc = grid.columns();
            int nr = grid.rows();
            return new double[] { (v % nc) * grid.spacingMm()[0], ((v / nc) % nr) * grid.spacingMm()[1], (v / (nc * nr)) * grid.spacingMm()[2] };
        }

        /** Weighted centroid, returned in voxel index units (column, row, slice). */
        double[] centroid(int[] voxels, double[] w) {
            double[] mm = centroidMm(voxels, w);
            return new double[] { mm[0] / grid.spacingMm()[0], mm[1] / grid.spacingMm()[1], mm[2] / grid.spacingMm()[2] };
        }

        double[] centroidMm(int[] voxels, double[] w) {
            double[] sum = new double[3];
            double total = 0;
            for (int i = 0; i < voxels.length; i++) {
                double[] p = mm(voxels[i]);
                for (int k = 0; k < 3; k++) {
                    sum[k] += w[i] * p[k];
                }
                total += w[i];
            }
            return new double[] { sum[0] / total, sum[1] / total, sum[2] / total };
        }

        /** Principal axis (grid frame, unit) of the weighted second moments about {@code centroid} (voxel index units). */
        double[] axis(int[] voxels, double[] w, double[] centroid) {
            double[] c = { centroid[0] * grid.spacingMm()[0], centroid[1] * grid.spacingMm()[1], centroid[2] * grid.spacingMm()[2] };
            double[][] m = new double[3][3];
            for (int i = 0; i < voxels.length; i++) {
                double[] p = mm(voxels[i]);
                for (int a = 0; a < 3; a++) {
                    for (int b = a; b < 3; b++) {
                        m[a][b] += w[i] * (p[a] - c[a]) * (p[b] - c[b]);
                    }
                }
            }
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < a; b++) {
                    m[a][b] = m[b][a]; // exactly symmetric, as the eigen-solver requires
                }
            }
            // the scanner's blur spreads even a point over about a voxel along each axis (a slice thickness across
            // slices): take that spread (σ ≈ spacing / 2.355, FWHM = spacing) out before looking for the long axis
            double total = 0;
            for (double x : w) {
                total += x;
            }
            for (int k = 0; k < 3; k++) {
                double sigma = grid.spacingMm()[k] / 2.3548;
                m[k][k] -= total * sigma * sigma;
            }
            return principalAxis(m);
        }

        /**
         * {length, width} (mm) of the weighted metal: √(12 × second moment) along {@code axis} and across it (largest), with the
         * scanner's blur (σ ≈ spacing / 2.355 per axis) taken out as in {@link #axis}; a uniform rod of length L gives L.
         */
        double[] spreadMm(int[] voxels, double[] w, double[] centroid, double[] axis) {
            double[] c = { centroid[0] * grid.spacingMm()[0], centroid[1] * grid.spacingMm()[1], centroid[2] * grid.spacingMm()[2] };
            double total = 0;
            double along = 0;
            double[][] m = new double[3][3];
            for (int i = 0; i < voxels.length; i++) {
                double[] p = mm(voxels[i]);
                double[] d = { p[0] - c[0], p[1] - c[1], p[2] - c[2] };
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        m[a][b] += w[i] * d[a] * d[b];
                    }
                }
                total += w[i];
            }
            for (int k = 0; k < 3; k++) {
                double sigma = grid.spacingMm()[k] / 2.3548;
                m[k][k] -= total * sigma * sigma;
            }
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    m[a][b] /= total;
                    along += axis[a] * m[a][b] * axis[b];
                }
            }
            // across: the largest eigenvalue of the moments projected onto the plane normal to the axis, P M P with P = I − a aᵀ
            double[][] pm = new double[3][3];
            double[][] proj = new double[3][3];
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    proj[a][b] = (a == b ? 1 : 0) - axis[a] * axis[b];
                }
            }
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    for (int k = 0; k < 3; k++) {
                        for (int l = 0; l < 3; l++) {
                            pm[a][b] += proj[a][k] * m[k][l] * proj[l][b];
                        }
                    }
                }
            }
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < a; b++) {
                    pm[a][b] = pm[b][a];
                }
            }
            double across = Arrays.stream(new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(pm)).getEigenvalues()).max().orElse(0);
            double[] sp = grid.spacingMm();
            if (sp[2] > 2.5 * Math.max(sp[0], sp[1])) {
                // slices much thicker than the pixels: the spread across them is mostly blur and tells a steep seed from a clip poorly; the width
                // is the smaller spread within the slices' plane (a seed's cross-section or its in-plane length, a clip's V)
                double xx = m[0][0];
                double yy = m[1][1];
                double xy = m[0][1];
                across = (xx + yy) / 2 - Math.sqrt((xx - yy) * (xx - yy) / 4 + xy * xy);
            }
            return new double[] { Math.sqrt(12 * Math.max(0, along)), Math.sqrt(12 * Math.max(0, across)) };
        }

        /**
         * Gaps along the axis: minima of the weighted metal profile along it (a triangle kernel as wide as the voxel
         * lattice's step along the axis, so that the lattice makes no dips) below {@link #DIP_FRACTION} of the peaks on both sides.
         */
        int dips(double[] axis, double[] centroid, double fraction) {
            double h = Math.max(0.6 * latticeStepMm(axis), 0.5);
            double[] t = new double[all.length];
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int i = 0; i < all.length; i++) {
                double[] p = mm(all[i]);
                t[i] = p[0] * axis[0] + p[1] * axis[1] + p[2] * axis[2];
                lo = Math.min(lo, t[i]);
                hi = Math.max(hi, t[i]);
            }
            double step = 0.25;
            int n = (int) Math.ceil((hi - lo) / step) + 1;
            double[] profile = new double[n];
            for (int i = 0; i < all.length; i++) {
                int b0 = Math.max(0, (int) Math.floor((t[i] - h - lo) / step));
                int b1 = Math.min(n - 1, (int) Math.ceil((t[i] + h - lo) / step));
                for (int b = b0; b <= b1; b++) {
                    double k = 1 - Math.abs(lo + b * step - t[i]) / h;
                    if (k > 0) {
                        profile[b] += k * weights[i];
                    }
                }
            }
            int count = 0;
            double leftMax = profile[0];
            int b = 1;
            while (b < n - 1) {
                leftMax = Math.max(leftMax, profile[b - 1]);
                if (profile[b] <= profile[b - 1] && profile[b] < profile[b + 1]) {
                    double rightMax = 0;
                    for (int j = b + 1; j < n; j++) {
                        rightMax = Math.max(rightMax, profile[j]);
                    }
                    if (profile[b] < fraction * Math.min(leftMax, rightMax)) {
                        count++;
                        leftMax = profile[b]; // the next gap is measured against the peak after this one
                    }
                }
                b++;
            }
            return count;
        }

        /** The voxel lattice's largest step along an axis (mm): how finely the CT samples an object along it. */
        double latticeStepMm(double[] axis) {
            double[] sp = grid.spacingMm();
            return Math.max(Math.abs(axis[0]) * sp[0], Math.max(Math.abs(axis[1]) * sp[1], Math.abs(axis[2]) * sp[2]));
        }

        /** Length of the core along an axis (grid mm), from voxel centre to voxel centre plus one voxel. */
        double extentAlong(double[] axis, double[] centroid) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int v : core) {
                double[] p = mm(v);
                double t = p[0] * axis[0] + p[1] * axis[1] + p[2] * axis[2];
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
            double voxelAlong = Math.abs(axis[0]) * grid.spacingMm()[0] + Math.abs(axis[1]) * grid.spacingMm()[1] + Math.abs(axis[2]) * grid.spacingMm()[2];
            return hi - lo + voxelAlong;
        }

        /** Weighted k-means into n parts, started at even quantiles along the principal axis; each part's centroid and axis (voxel units, grid axis). */
        List<double[][]> split(int n, double[] axis, double[] centroid) {
            double[][] p = new double[all.length][];
            double[] t = new double[all.length];
            for (int i = 0; i < all.length; i++) {
                p[i] = mm(all[i]);
                t[i] = p[i][0] * axis[0] + p[i][1] * axis[1] + p[i][2] * axis[2];
            }
            double[] sortedT = t.clone();
            Arrays.sort(sortedT);
            double[] c0 = { centroid[0] * grid.spacingMm()[0], centroid[1] * grid.spacingMm()[1], centroid[2] * grid.spacingMm()[2] };
            double tc = c0[0] * axis[0] + c0[1] * axis[1] + c0[2] * axis[2];
            double[][] centres = new double[n][];
            for (int j = 0; j < n; j++) {
                double tj = sortedT[(int) ((j + 0.5) / n * (sortedT.length - 1))] - tc;
                centres[j] = new double[] { c0[0] + tj * axis[0], c0[1] + tj * axis[1], c0[2] + tj * axis[2] };
            }
            int[] label = new int[all.length];
            for (int iteration = 0; iteration < 30; iteration++) {
                boolean moved = false;
                for (int i = 0; i < all.length; i++) {
                    int best = 0;
                    double bestD = Double.MAX_VALUE;
                    for (int j = 0; j < n; j++) {
                        double d = sq(p[i][0] - centres[j][0]) + sq(p[i][1] - centres[j][1]) + sq(p[i][2] - centres[j][2]);
                        if (d < bestD) {
                            bestD = d;
                            best = j;
                        }
                    }
                    moved |= label[i] != best;
                    label[i] = best;
                }
                double[][] sum = new double[n][3];
                double[] total = new double[n];
                for (int i = 0; i < all.length; i++) {
                    for (int k = 0; k < 3; k++) {
                        sum[label[i]][k] += weights[i] * p[i][k];
                    }
                    total[label[i]] += weights[i];
                }
                for (int j = 0; j < n; j++) {
                    if (total[j] > 0) {
                        centres[j] = new double[] { sum[j][0] / total[j], sum[j][1] / total[j], sum[j][2] / total[j] };
                    }
                }
                if (!moved && iteration > 0) {
                    break;
                }
            }
            List<double[][]> parts = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                IntList members = new IntList();
                List<Double> w = new ArrayList<>();
                for (int i = 0; i < all.length; i++) {
                    if (label[i] == j) {
                        members.add(all[i]);
                        w.add(weights[i]);
                    }
                }
                double[] ws = w.stream().mapToDouble(Double::doubleValue).toArray();
                int[] vs = members.toArray();
                double[] c = { centres[j][0] / grid.spacingMm()[0], centres[j][1] / grid.spacingMm()[1], centres[j][2] / grid.spacingMm()[2] };
                double[] partAxis = vs.length >= 2 ? axis(vs, ws, c) : axis;
                parts.add(new double[][] { c, partAxis, vs.length >= 2 ? spreadMm(vs, ws, c, partAxis) : new double[] { 0, 0 } });
            }
            return parts;
        }

        private static double sq(double x) {
            return x * x;
        }
    }

    /** A growable int array. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
