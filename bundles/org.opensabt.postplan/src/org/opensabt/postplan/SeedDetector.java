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
 * </ol>
 * With an expected count (the plan's), objects whose count is ambiguous are rounded towards it.
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

    /** A seed found: centre and axis (patient LPS), the object it came from and how many seeds that object held. */
    public record FoundSeed(double[] positionMm, double[] directionUnit, int objectId, int seedsInObject) {
    }

    /** A metal object that is not taken for seeds, with the reason. */
    public record RejectedObject(int objectId, double[] centroidMm, double metalVolumeMm3, double lengthMm, String reason) {
    }

    /**
     * @param singleSeedHuMm3 metal amount of one seed (Σ HU above the weight floor × voxel volume, HU·mm³), and {@code singleSeedFrom} how it was found
     * @param objects             metal objects found
     */
    public record Detection(List<FoundSeed> seeds, List<RejectedObject> rejected, int objects, double singleSeedHuMm3, String singleSeedFrom,
            List<String> notes, double seconds) {
    }

    private final Settings settings;

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
            return new Detection(List.of(), List.of(), 0, Double.NaN, "no metal", notes, (System.nanoTime() - t0) / 1e9);
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
        if (settings.expectedSeeds() > 0) {
            towardsExpected(count, ratio, objects, notes);
        }

        List<FoundSeed> seeds = new ArrayList<>();
        List<RejectedObject> rejected = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            MetalObject o = objects.get(i);
            double volume = o.core.length * voxelMm3;
            double[] centroid = o.centroid(o.all, o.weights);
            double[] axis = o.axis(o.all, o.weights, centroid);
            double length = o.extentAlong(axis, centroid);
            if (count[i] == 0) {
                rejected.add(new RejectedObject(i + 1, centroid, volume, length, String.format(Locale.ROOT,
                        "too small for a seed (%.2f of a seed's metal; %.1f mm³ above %.0f HU)", ratio[i], volume, settings.thresholdHu())));
                continue;
            }
            if (count[i] > settings.maxSeedsPerObject()) {
                rejected.add(new RejectedObject(i + 1, centroid, volume, length, String.format(Locale.ROOT,
                        "metal of %.1f seed volumes, more than %d seeds touching: not taken for seeds (clip, wire or other metal?); add its seeds by hand",
                        ratio[i], settings.maxSeedsPerObject())));
                continue;
            }
            double chainMm = count[i] * (settings.seedLengthMm() + 1) + 2 * maxSpacing(grid) + settings.seedDiameterMm();
            if (length > chainMm) {
                rejected.add(new RejectedObject(i + 1, centroid, volume, length, String.format(Locale.ROOT,
                        "%.1f mm long, longer than %d seed(s) end to end (%.1f mm): a wire or needle, not seeds", length, count[i], chainMm)));
                continue;
            }
            if (count[i] == 1) {
                seeds.add(new FoundSeed(grid.positionMm(centroid[0], centroid[1], centroid[2]), toPatient(grid, axis), i + 1, 1));
            } else {
                for (double[][] part : o.split(count[i], axis, centroid)) {
                    seeds.add(new FoundSeed(grid.positionMm(part[0][0], part[0][1], part[0][2]), toPatient(grid, part[1]), i + 1, count[i]));
                }
            }
        }
        if (settings.expectedSeeds() > 0 && seeds.size() != settings.expectedSeeds()) {
            notes.add(String.format(Locale.ROOT, "%d seeds found, %d expected", seeds.size(), settings.expectedSeeds()));
        }
        return new Detection(seeds, rejected, objects.size(), single, from, notes, (System.nanoTime() - t0) / 1e9);
    }

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
                parts.add(new double[][] { c, vs.length >= 2 ? axis(vs, ws, c) : axis });
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
