package org.opensabt.postplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Automatic rigid registration of a post-operative CT to the planning CT on bone, for scans in different frames of
 * reference.
 *
 * <ol>
 * <li>Bone surface, within the body (the largest connected region of tissue, so a couch or head rest is left out): every edge between two neighbouring voxels where the CT number crosses {@link Settings#boneHu()}
 * gives a point at the linear crossing, with the CT gradient as its normal (marching-cubes vertices). Metal
 * (≥ {@link Settings#metalHu()}: seeds, clips) and everything within {@link Settings#metalMarginMm()} of it (blooming)
 * is left out, so seeds never drive the registration.</li>
 * <li>Coarse alignment, rotation-free: a few starts (the frames as they are, the bone centroids, and the bone-area
 * profiles along the patient's long axis cross-correlated, which copes with different fields of view), each refined
 * by a short ICP on a few points; the start whose surface matches best is kept.</li>
 * <li>ICP (Besl &amp; McKay, IEEE PAMI 14:239, 1992): nearest planning-CT bone point of each post-op bone point
 * (k-d tree), pairs beyond an adaptive gate trimmed (Chetverikov et al. 2002), least-squares rigid fit (Arun et al.
 * 1987); then point-to-plane iterations (Chen &amp; Medioni 1992) on the planning CT's surface normals.</li>
 * <li>Quality: the RMS point-to-plane residual (mm) of the inliers and the fraction of the post-op bone surface inside
 * the planning CT's field of view that lies on the planning bone surface (and, the other way, of the planning bone
 * in the post-op field of view that is matched). The result is refused, in one line, when
 * there is too little bone, the rotation is implausible for a patient lying on a couch, too little of the surface
 * matches, the bone leaves a direction free (a straight bone alone: the smallest eigenvalue of the point-to-plane
 * system) or the residual is too large.</li>
 * </ol>
 * Nothing in the series is changed.
 */
public final class BoneRegistration {

    /**
     * @param boneHu            bone threshold (HU); the bone surface is where the CT number crosses it
     * @param metalHu           voxels at or above this are metal and never bone
     * @param metalMarginMm     bone within this distance of metal is left out (blooming, streaks next to seeds)
     * @param maxPoints         post-op bone points used in the ICP iterations (a uniform random subset)
     * @param maxResidualMm     refuse when the RMS residual on bone is above this
     * @param minInlierFraction refuse when less of the post-op bone surface than this matches the planning bone
     * @param maxRotationDeg    refuse a rotation larger than this (a patient lying on a couch twice)
     * @param minBonePoints     refuse when either CT, or their overlap, has fewer bone surface points than this
     */
    public record Settings(double boneHu, double metalHu, double metalMarginMm, int maxPoints, double maxResidualMm, double minInlierFraction,
            double maxRotationDeg, int minBonePoints) {

        public Settings {
            if (!(boneHu < metalHu) || !(metalMarginMm >= 0) || maxPoints < 100 || !(maxResidualMm > 0) || !(minInlierFraction >= 0 && minInlierFraction <= 1)
                    || !(maxRotationDeg > 0) || minBonePoints < 10) {
                throw new IllegalArgumentException("registration settings: bone threshold below the metal threshold, metal margin ≥ 0, at least 100 points, "
                        + "residual limit > 0, inlier fraction in [0, 1], rotation limit > 0, at least 10 bone points");
            }
        }

        /** Bone ≥ 250 HU, metal ≥ 2000 HU with a 3 mm margin, 6000 points; refused above 1.5 mm RMS, below 60 % inliers, beyond 15°, under 400 bone points. */
        public static Settings defaults() {
            return new Settings(250, 2000, 3, 6000, 1.5, 0.6, 15, 400);
        }
    }

    /** Register {@code postopCt} (moving) onto {@code planningCt} (fixed); {@code settings} null: the defaults. */
    public record Request(ImageSeries planningCt, ImageSeries postopCt, Settings settings) {
        public Request {
            if (planningCt == null || postopCt == null) {
                throw new IllegalArgumentException("registration: give the planning CT and the post-operative CT");
            }
            settings = settings == null ? Settings.defaults() : settings;
        }
    }

    /**
     * The registration.
     *
     * @param postToPlanning     post-operative CT → planning CT (its description says "registered automatically: residual …")
     * @param rotationDeg        the rotation's angle about {@code rotationAxisUnit}
     * @param rotationAxisUnit   its axis (patient LPS)
     * @param translationMm      the translation part (patient LPS mm)
     * @param residualMm         RMS point-to-plane distance of the matching post-op bone points to the planning bone surface
     * @param inlierFraction     fraction of the post-op bone points in the planning CT's field of view that match
     * @param coverageFraction   the other way: fraction of the planning bone points in the post-op field of view that are matched
     * @param constraint         how well the bone fixes all six degrees of freedom: the smallest over the largest eigenvalue of the
     *                           point-to-plane normal matrix, rotations scaled by the bone's radius (0: a direction left free)
     * @param planningBonePoints bone surface points found on the planning CT
     * @param postopBonePoints   bone surface points found on the post-operative CT
     * @param matchedPoints      post-op points evaluated that match
     * @param start              the coarse start kept
     * @param iterations         ICP iterations done (coarse and fine)
     * @param seconds            wall time
     */
    public record Result(RigidTransform postToPlanning, double rotationDeg, double[] rotationAxisUnit, double[] translationMm, double residualMm,
            double inlierFraction, double coverageFraction, double constraint, int planningBonePoints, int postopBonePoints, int matchedPoints, String start, int iterations, double seconds) {

        /** One line for the user. */
        public String summary() {
            return postToPlanning.description();
        }
    }

    private static final double PROFILE_BIN_MM = 2;
    /** The smallest {@link Result#constraint()} accepted: below it one degree of freedom is barely fixed by the bone. */
    static final double MIN_CONSTRAINT = 0.005;
    private static final int MAX_FIXED_POINTS = 80_000;
    private static final int MAX_EVALUATION_POINTS = 20_000;

    /**
     * Registers the post-operative CT onto the planning CT.
     *
     * @throws PostImplantException one line saying why the registration is refused (too little bone, implausible, poor match)
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public Result register(Request request, IProgressMonitor monitor) throws PostImplantException {
        long t0 = System.nanoTime();
        Settings settings = request.settings();
        SubMonitor progress = SubMonitor.convert(monitor, "Registering the post-operative CT on bone", 100);
        progress.subTask("bone surface of the planning CT");
        Surface fixed = Surface.of(request.planningCt(), settings, progress.split(25));
        progress.subTask("bone surface of the post-operative CT");
        Surface moving = Surface.of(request.postopCt(), settings, progress.split(25));
        for (Surface s : new Surface[] { fixed, moving }) {
            if (s.count < settings.minBonePoints()) {
                throw new PostImplantException(String.format(Locale.ROOT,
                        "automatic registration refused: the %s CT has %d bone surface points (≥ %.0f HU, metal left out), at least %d are needed: no bone to register on",
                        s == fixed ? "planning" : "post-operative", s.count, settings.boneHu(), settings.minBonePoints()));
            }
        }
        Random random = new Random(1992);
        float[] fixedPoints = fixed.subset(MAX_FIXED_POINTS, random);
        float[] fixedNormals = fixed.lastNormals;
        KdTree tree = new KdTree(fixedPoints);
        GridGeometry fixedGrid = GridGeometry.of(request.planningCt());
        double fixedSpacing = Math.max(fixedGrid.spacingMm()[0], Math.max(fixedGrid.spacingMm()[1], fixedGrid.spacingMm()[2]));
        double inlierMm = Math.max(2.0, fixedSpacing);
        Icp icp = new Icp(tree, fixedNormals, fixedGrid, progress);
        float[] icpPoints = moving.subset(settings.maxPoints(), random);
        float[] coarsePoints = subset(icpPoints, 1500, random);
        float[] evaluationPoints = moving.subset(MAX_EVALUATION_POINTS, random);

        // coarse: a few rotation-free starts, each refined briefly; keep the best match
        progress.subTask("coarse alignment");
        List<Object[]> starts = new ArrayList<>();
        starts.add(new Object[] { "frames as they are", new double[3] });
        double[] centroids = minus(centroid(fixed.points, fixed.count), centroid(moving.points, moving.count));
        starts.add(new Object[] { "bone centroids", centroids });
        double[] profile = profileShift(fixed, moving);
        if (profile != null) {
            starts.add(new Object[] { "bone profile along the long axis", profile });
        }
        Transform best = null;
        double bestScore = -1;
        String bestStart = null;
        SubMonitor coarseMonitor = progress.split(20).setWorkRemaining(starts.size());
        for (Object[] start : starts) {
            Transform t = icp.pointToPoint(coarsePoints, new Transform(identity(), (double[]) start[1]), 25, 30, inlierMm);
            double score = icp.evaluate(t, coarsePoints, inlierMm).inlierFraction;
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = t;
                bestStart = (String) start[0];
            }
            coarseMonitor.worked(1);
        }
        // fine: ICP on more points, then point-to-plane
        progress.subTask("ICP on " + (icpPoints.length / 3) + " bone points");
        Transform t = icp.pointToPoint(icpPoints, best, 40, 3 * inlierMm, inlierMm);
        t = icp.pointToPlane(icpPoints, t, 15, inlierMm);
        progress.split(25);
        Icp.Quality q = icp.evaluate(t, evaluationPoints, inlierMm);
        checkCanceled(progress);

        double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, (t.r[0][0] + t.r[1][1] + t.r[2][2] - 1) / 2))));
        double[] axis = { t.r[2][1] - t.r[1][2], t.r[0][2] - t.r[2][0], t.r[1][0] - t.r[0][1] };
        double norm = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        axis = norm > 1e-12 ? new double[] { axis[0] / norm, axis[1] / norm, axis[2] / norm } : new double[] { 0, 0, 1 };
        if (q.overlapping < settings.minBonePoints() * Math.min(1.0, evaluationPoints.length / 3.0 / moving.count)) {
            throw new PostImplantException(String.format(Locale.ROOT,
                    "automatic registration refused: after alignment only %d of %d post-operative bone points lie in the planning CT's field of view: the scans hardly overlap",
                    q.overlapping, evaluationPoints.length / 3));
        }
        if (q.inlierFraction < settings.minInlierFraction()) {
            throw new PostImplantException(String.format(Locale.ROOT,
                    "automatic registration refused: only %.0f %% of the post-operative bone surface lies within %.1f mm of the planning CT's bone (at least %.0f %% needed): "
                            + "another patient, or too different anatomy",
                    100 * q.inlierFraction, inlierMm, 100 * settings.minInlierFraction()));
        }
        GridGeometry movingGrid = GridGeometry.of(request.postopCt());
        double movingSpacing = Math.max(movingGrid.spacingMm()[0], Math.max(movingGrid.spacingMm()[1], movingGrid.spacingMm()[2]));
        double coverage = coverage(t, fixedPoints, moving, movingGrid, Math.max(2.0, movingSpacing), random);
        if (coverage < settings.minInlierFraction()) {
            throw new PostImplantException(String.format(Locale.ROOT,
                    "automatic registration refused: only %.0f %% of the planning CT's bone in the post-operative field of view is matched by post-operative bone "
                            + "(at least %.0f %% needed; %.0f %% the other way): another patient, or not bone",
                    100 * coverage, 100 * settings.minInlierFraction(), 100 * q.inlierFraction));
        }
        if (!(icp.constraint >= MIN_CONSTRAINT)) {
            throw new PostImplantException(String.format(Locale.ROOT,
                    "automatic registration refused: the bone does not fix the position in every direction (constraint %.4f, at least %.3f needed), "
                            + "e.g. one straight bone alone: a shift along it or a turn about it would fit as well",
                    icp.constraint, MIN_CONSTRAINT));
        }
        if (angle > settings.maxRotationDeg()) {
            throw new PostImplantException(String.format(Locale.ROOT,
                    "automatic registration refused: the best bone match rotates the scan by %.1f°, more than the plausible %.0f° (residual %.2f mm, %.0f %% inliers)",
                    angle, settings.maxRotationDeg(), q.residualMm, 100 * q.inlierFraction));
        }
        if (q.residualMm > settings.maxResidualMm()) {
            throw new PostImplantException(String.format(Locale.ROOT,
                    "automatic registration refused: residual %.2f mm RMS on bone, above the limit of %.1f mm (%.0f %% inliers)", q.residualMm,
                    settings.maxResidualMm(), 100 * q.inlierFraction));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String description = String.format(Locale.ROOT,
                "registered automatically: residual %.2f mm RMS on bone, %.0f %% of %d bone points matched, rotation %.1f°, translation (%.1f, %.1f, %.1f) mm "
                        + "(bone ≥ %.0f HU, ICP)",
                q.residualMm, 100 * q.inlierFraction, q.overlapping, angle, t.t[0], t.t[1], t.t[2], settings.boneHu());
        RigidTransform transform = new RigidTransform(t.r, t.t.clone(), description, q.residualMm);
        return new Result(transform, angle, axis, t.t.clone(), q.residualMm, q.inlierFraction, coverage, icp.constraint, fixed.count, moving.count, q.inliers, bestStart,
                icp.iterations, seconds);
    }

    // ---------------------------------------------------------------------------------------------- bone surface

    /** Bone surface points and unit normals (patient LPS mm, float triples) and the bone area per z bin. */
    static final class Surface {
        float[] points = new float[3 * 4096];
        float[] normals = new float[3 * 4096];
        int count;
        double[] areaProfile;
        double profileZ0;
        float[] lastNormals;

        void add(double[] p, double[] n) {
            if (3 * count + 3 > points.length) {
                points = Arrays.copyOf(points, 2 * points.length);
                normals = Arrays.copyOf(normals, 2 * normals.length);
            }
            for (int k = 0; k < 3; k++) {
                points[3 * count + k] = (float) p[k];
                normals[3 * count + k] = (float) n[k];
            }
            count++;
        }

        /** Up to {@code max} points chosen uniformly at random (all when fewer); their normals in {@link #lastNormals}. */
        float[] subset(int max, Random random) {
            int n = Math.min(max, count);
            int[] chosen = choose(count, n, random);
            float[] out = new float[3 * n];
            lastNormals = new float[3 * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(points, 3 * chosen[i], out, 3 * i, 3);
                System.arraycopy(normals, 3 * chosen[i], lastNormals, 3 * i, 3);
            }
            return out;
        }

        static Surface of(ImageSeries series, Settings settings, SubMonitor monitor) {
            GridGeometry g = GridGeometry.of(series);
            short[] v = series.getVoxels();
            int nx = g.columns(), ny = g.rows(), nz = g.slices();
            double[] sp = g.spacingMm();
            monitor.setWorkRemaining(nz);
            // metal and its margin
            BitSet excluded = new BitSet(v.length);
            int mx = (int) Math.ceil(settings.metalMarginMm() / sp[0]), my = (int) Math.ceil(settings.metalMarginMm() / sp[1]),
                    mz = (int) Math.ceil(settings.metalMarginMm() / sp[2]);
            for (int i = 0; i < v.length; i++) {
                if (v[i] >= settings.metalHu()) {
                    int c = i % nx, r = (i / nx) % ny, s = i / (nx * ny);
                    for (int ss = Math.max(0, s - mz); ss <= Math.min(nz - 1, s + mz); ss++) {
                        for (int rr = Math.max(0, r - my); rr <= Math.min(ny - 1, r + my); rr++) {
                            int row = (ss * ny + rr) * nx;
                            excluded.set(row + Math.max(0, c - mx), row + Math.min(nx - 1, c + mx) + 1);
                        }
                    }
                }
            }
            Body body = Body.of(v, g, monitor);
            Surface out = new Surface();
            double bone = settings.boneHu(), metal = settings.metalHu();
            double[] zs = new double[nz];
            double[] area = new double[nz];
            double pixelArea = sp[0] * sp[1];
            int[] step = { 1, nx, nx * ny };
            for (int s = 0; s < nz; s++) {
                checkCanceled(monitor);
                int bones = 0;
                zs[s] = g.positionMm(nx / 2.0, ny / 2.0, s)[2];
                for (int r = 0; r < ny; r++) {
                    int row = (s * ny + r) * nx;
                    for (int c = 0; c < nx; c++) {
                        int i = row + c;
                        if (excluded.get(i)) {
                            continue;
                        }
                        boolean bi = v[i] >= bone && v[i] < metal && body.contains(c, r, s);
                        if (bi) {
                            bones++;
                        }
                        for (int axis = 0; axis < 3; axis++) {
                            if (axis == 0 ? c + 1 >= nx : axis == 1 ? r + 1 >= ny : s + 1 >= nz) {
                                continue;
                            }
                            int j = i + step[axis];
                            boolean bj = v[j] >= bone && v[j] < metal
                                    && body.contains(c + (axis == 0 ? 1 : 0), r + (axis == 1 ? 1 : 0), s + (axis == 2 ? 1 : 0));
                            if (bi == bj || excluded.get(j)) {
                                continue;
                            }
                            out.edge(v, g, c, r, s, axis, j, bone);
                        }
                    }
                }
                area[s] = bones * pixelArea;
                monitor.worked(1);
            }
            out.profile(zs, area);
            return out;
        }

        /** A point where the CT number crosses {@code bone} on the edge from voxel (c, r, s) to its neighbour {@code j} along {@code axis}. */
        private void edge(short[] v, GridGeometry g, int c, int r, int s, int axis, int j, double bone) {
            int i = g.index(c, r, s);
            double f = Math.max(0, Math.min(1, (bone - v[i]) / (double) (v[j] - v[i])));
            double[] gi = gradient(v, g, c, r, s);
            double[] gj = gradient(v, g, c + (axis == 0 ? 1 : 0), r + (axis == 1 ? 1 : 0), s + (axis == 2 ? 1 : 0));
            double[] n = new double[3];
            for (int k = 0; k < 3; k++) {
                n[k] = (1 - f) * gi[k] + f * gj[k];
            }
            double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
            if (!(len > 0)) {
                return;
            }
            for (int k = 0; k < 3; k++) {
                n[k] /= len;
            }
            add(g.positionMm(c + (axis == 0 ? f : 0), r + (axis == 1 ? f : 0), s + (axis == 2 ? f : 0)), n);
        }

        /** Bone area (mm²) against patient z in {@value #PROFILE_BIN_MM} mm bins, linear between slices. */
        private void profile(double[] zs, double[] area) {
            int n = zs.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(zs[a], zs[b]));
            double z0 = zs[order[0]], z1 = zs[order[n - 1]];
            int bins = (int) Math.floor((z1 - z0) / PROFILE_BIN_MM) + 1;
            areaProfile = new double[bins];
            profileZ0 = z0;
            int k = 0;
            for (int b = 0; b < bins; b++) {
                double z = z0 + b * PROFILE_BIN_MM;
                while (k < n - 2 && zs[order[k + 1]] < z) {
                    k++;
                }
                if (n == 1) {
                    areaProfile[b] = area[order[0]];
                    continue;
                }
                double za = zs[order[k]], zb = zs[order[k + 1]];
                double f = zb > za ? Math.max(0, Math.min(1, (z - za) / (zb - za))) : 0;
                areaProfile[b] = (1 - f) * area[order[k]] + f * area[order[k + 1]];
            }
        }
    }

    /**
     * The patient's body: the largest 26-connected component of ~4 mm cells holding tissue (> −400 HU). Bone-like
     * objects outside it (a couch top, a head rest, a positioning device) are not bone.
     */
    static final class Body {
        private final int fx, fy, fz, nx, ny;
        private final BitSet cells;

        private Body(int fx, int fy, int fz, int nx, int ny, BitSet cells) {
            this.fx = fx;
            this.fy = fy;
            this.fz = fz;
            this.nx = nx;
            this.ny = ny;
            this.cells = cells;
        }

        boolean contains(int c, int r, int s) {
            return cells.get(((s / fz) * ny + r / fy) * nx + c / fx);
        }

        static Body of(short[] v, GridGeometry g, IProgressMonitor monitor) {
            double[] sp = g.spacingMm();
            int fx = Math.max(1, (int) Math.round(4 / sp[0])), fy = Math.max(1, (int) Math.round(4 / sp[1])), fz = Math.max(1, (int) Math.round(4 / sp[2]));
            int nx = (g.columns() + fx - 1) / fx, ny = (g.rows() + fy - 1) / fy, nz = (g.slices() + fz - 1) / fz;
            BitSet tissue = new BitSet(nx * ny * nz);
            for (int s = 0; s < g.slices(); s++) {
                for (int r = 0; r < g.rows(); r++) {
                    int row = (s * g.rows() + r) * g.columns();
                    int cellRow = ((s / fz) * ny + r / fy) * nx;
                    for (int c = 0; c < g.columns(); c++) {
                        if (v[row + c] > -400) {
                            tissue.set(cellRow + c / fx);
                        }
                    }
                }
            }
            checkCanceled(monitor);
            BitSet seen = new BitSet(nx * ny * nz);
            BitSet largest = new BitSet();
            int largestSize = 0;
            int[] queue = new int[nx * ny * nz];
            for (int start = tissue.nextSetBit(0); start >= 0; start = tissue.nextSetBit(start + 1)) {
                if (seen.get(start)) {
                    continue;
                }
                int head = 0, tail = 0;
                queue[tail++] = start;
                seen.set(start);
                while (head < tail) {
                    int cell = queue[head++];
                    int x = cell % nx, y = (cell / nx) % ny, z = cell / (nx * ny);
                    for (int dz = -1; dz <= 1; dz++) {
                        for (int dy = -1; dy <= 1; dy++) {
                            for (int dx = -1; dx <= 1; dx++) {
                                int xx = x + dx, yy = y + dy, zz = z + dz;
                                if (xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz) {
                                    continue;
                                }
                                int n = (zz * ny + yy) * nx + xx;
                                if (tissue.get(n) && !seen.get(n)) {
                                    seen.set(n);
                                    queue[tail++] = n;
                                }
                            }
                        }
                    }
                }
                if (tail > largestSize) {
                    largestSize = tail;
                    largest = new BitSet(nx * ny * nz);
                    for (int i = 0; i < tail; i++) {
                        largest.set(queue[i]);
                    }
                }
            }
            return new Body(fx, fy, fz, nx, ny, largest);
        }
    }

    /** The CT gradient (HU/mm, patient frame) at a voxel by central differences (one-sided at the edges). */
    private static double[] gradient(short[] v, GridGeometry g, int c, int r, int s) {
        int nx = g.columns(), ny = g.rows(), nz = g.slices();
        double[] sp = g.spacingMm();
        double gx = (v[g.index(Math.min(nx - 1, c + 1), r, s)] - v[g.index(Math.max(0, c - 1), r, s)]) / (sp[0] * Math.max(1, Math.min(nx - 1, c + 1) - Math.max(0, c - 1)));
        double gy = (v[g.index(c, Math.min(ny - 1, r + 1), s)] - v[g.index(c, Math.max(0, r - 1), s)]) / (sp[1] * Math.max(1, Math.min(ny - 1, r + 1) - Math.max(0, r - 1)));
        double gz = (v[g.index(c, r, Math.min(nz - 1, s + 1))] - v[g.index(c, r, Math.max(0, s - 1))]) / (sp[2] * Math.max(1, Math.min(nz - 1, s + 1) - Math.max(0, s - 1)));
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            out[k] = gx * g.rowDirection()[k] + gy * g.columnDirection()[k] + gz * g.sliceDirection()[k];
        }
        return out;
    }

    /**
     * The translation start from the bone-area profiles along patient z: the z shift of the best normalised
     * cross-correlation over an overlap of at least half the shorter scan, and the in-plane shift of the bone centroids
     * within the overlap. Null when the profiles are too short or flat.
     */
    static double[] profileShift(Surface fixed, Surface moving) {
        double[] a = fixed.areaProfile, b = moving.areaProfile;
        int minOverlap = Math.max(5, Math.min(a.length, b.length) / 2);
        double bestCorrelation = -2;
        int bestShift = 0;
        for (int shift = -(b.length - minOverlap); shift <= a.length - minOverlap; shift++) {
            // moving bin j ↔ fixed bin j + shift
            int from = Math.max(0, -shift), to = Math.min(b.length, a.length - shift);
            int n = to - from;
            if (n < minOverlap) {
                continue;
            }
            double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
            for (int j = from; j < to; j++) {
                double x = a[j + shift], y = b[j];
                sa += x;
                sb += y;
                saa += x * x;
                sbb += y * y;
                sab += x * y;
            }
            double va = saa - sa * sa / n, vb = sbb - sb * sb / n;
            if (va <= 1e-9 || vb <= 1e-9) {
                continue;
            }
            double correlation = (sab - sa * sb / n) / Math.sqrt(va * vb);
            if (correlation > bestCorrelation) {
                bestCorrelation = correlation;
                bestShift = shift;
            }
        }
        if (bestCorrelation < 0.3) {
            return null;
        }
        double dz = fixed.profileZ0 + bestShift * PROFILE_BIN_MM - moving.profileZ0;
        // in-plane: centroids of the bone points within the overlapping z range
        double zLo = Math.max(fixed.profileZ0, moving.profileZ0 + dz), zHi = Math.min(fixed.profileZ0 + a.length * PROFILE_BIN_MM,
                moving.profileZ0 + dz + b.length * PROFILE_BIN_MM);
        double[] cf = centroidIn(fixed, zLo, zHi), cm = centroidIn(moving, zLo - dz, zHi - dz);
        if (cf == null || cm == null) {
            return null;
        }
        return new double[] { cf[0] - cm[0], cf[1] - cm[1], dz };
    }

    private static double[] centroidIn(Surface s, double zLo, double zHi) {
        double[] c = new double[3];
        int n = 0;
        for (int i = 0; i < s.count; i++) {
            double z = s.points[3 * i + 2];
            if (z >= zLo && z <= zHi) {
                for (int k = 0; k < 3; k++) {
                    c[k] += s.points[3 * i + k];
                }
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        for (int k = 0; k < 3; k++) {
            c[k] /= n;
        }
        return c;
    }

    // ---------------------------------------------------------------------------------------------- ICP

    /** p' = r·p + t. */
    record Transform(double[][] r, double[] t) {
        double[] apply(float[] points, int i) {
            double x = points[3 * i], y = points[3 * i + 1], z = points[3 * i + 2];
            return new double[] { r[0][0] * x + r[0][1] * y + r[0][2] * z + t[0], r[1][0] * x + r[1][1] * y + r[1][2] * z + t[1],
                    r[2][0] * x + r[2][1] * y + r[2][2] * z + t[2] };
        }
    }

    static final class Icp {
        record Quality(int overlapping, int inliers, double inlierFraction, double residualMm) {
        }

        private final KdTree tree;
        private final float[] normals;
        private final GridGeometry fixedGrid;
        private final IProgressMonitor monitor;
        private final double[] centre;
        int iterations;
        /** How well the last point-to-plane system fixes all six degrees of freedom: its smallest over its largest eigenvalue (rotations scaled by the points' RMS radius). */
        double constraint = Double.NaN;

        Icp(KdTree tree, float[] normals, GridGeometry fixedGrid, IProgressMonitor monitor) {
            this.tree = tree;
            this.centre = centroid(tree.points, tree.points.length / 3);
            this.normals = normals;
            this.fixedGrid = fixedGrid;
            this.monitor = monitor;
        }

        /** Inside the planning CT's box, 2 mm in from its edges (a post-op point beyond has no partner to find). */
        private boolean inside(double[] p) {
            return BoneRegistration.inside(fixedGrid, p);
        }

        /** Besl &amp; McKay point-to-point ICP with a trimming gate shrinking from {@code startGateMm} to 2.5 × the RMS distance (≥ {@code minGateMm}). */
        Transform pointToPoint(float[] points, Transform start, int maxIterations, double startGateMm, double minGateMm) {
            Transform t = start;
            double gate = startGateMm;
            int n = points.length / 3;
            double[][] from = new double[n][];
            double[][] to = new double[n][];
            for (int it = 0; it < maxIterations; it++) {
                checkCanceled(monitor);
                iterations++;
                int m = 0;
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double[] p = t.apply(points, i);
                    if (!inside(p)) {
                        continue;
                    }
                    int j = tree.nearest(p, gate);
                    if (j < 0) {
                        continue;
                    }
                    from[m] = new double[] { points[3 * i], points[3 * i + 1], points[3 * i + 2] };
                    to[m] = tree.point(j);
                    sum += dist2(p, to[m]);
                    m++;
                }
                if (m < 10) {
                    break;
                }
                Transform next = fit(from, to, m);
                double change = change(t, next);
                t = next;
                gate = Math.max(minGateMm, Math.min(gate, 2.5 * Math.sqrt(sum / m)));
                if (change < 1e-3) {
                    break;
                }
            }
            return t;
        }

        /** Point-to-plane iterations (Chen &amp; Medioni 1992): linearised small rotation and translation, 6 × 6 normal equations. */
        Transform pointToPlane(float[] points, Transform start, int maxIterations, double gateMm) {
            Transform t = start;
            int n = points.length / 3;
            for (int it = 0; it < maxIterations; it++) {
                checkCanceled(monitor);
                iterations++;
                double[][] a = new double[6][6];
                double[] b = new double[6];
                int m = 0;
                double r2 = 0;
                for (int i = 0; i < n; i++) {
                    double[] p = t.apply(points, i);
                    if (!inside(p)) {
                        continue;
                    }
                    int j = tree.nearest(p, gateMm);
                    if (j < 0) {
                        continue;
                    }
                    double[] q = tree.point(j);
                    double[] nn = { normals[3 * tree.index(j)], normals[3 * tree.index(j) + 1], normals[3 * tree.index(j) + 2] };
                    double r = (p[0] - q[0]) * nn[0] + (p[1] - q[1]) * nn[1] + (p[2] - q[2]) * nn[2];
                    if (Math.abs(r) > gateMm) {
                        continue;
                    }
                    // small rotation about the planning bone's centroid (well conditioned whatever the frame's origin)
                    double px = p[0] - centre[0], py = p[1] - centre[1], pz = p[2] - centre[2];
                    r2 += px * px + py * py + pz * pz;
                    double[] row = { py * nn[2] - pz * nn[1], pz * nn[0] - px * nn[2], px * nn[1] - py * nn[0], nn[0], nn[1], nn[2] };
                    for (int u = 0; u < 6; u++) {
                        b[u] -= row[u] * r;
                        for (int w = 0; w < 6; w++) {
                            a[u][w] += row[u] * row[w];
                        }
                    }
                    m++;
                }
                if (m < 20) {
                    break;
                }
                constraint = constraint(a, Math.sqrt(r2 / m));
                double[] x;
                try {
                    x = new CholeskyDecomposition(MatrixUtils.createRealMatrix(a), 1e-12, 1e-14).getSolver().solve(MatrixUtils.createRealVector(b)).toArray();
                } catch (RuntimeException e) {
                    break; // degenerate geometry: keep the point-to-point result
                }
                double[][] dr = rodrigues(x[0], x[1], x[2]);
                double[][] r = multiply(dr, t.r);
                double[] tt = new double[3];
                for (int k = 0; k < 3; k++) {
                    tt[k] = dr[k][0] * (t.t[0] - centre[0]) + dr[k][1] * (t.t[1] - centre[1]) + dr[k][2] * (t.t[2] - centre[2]) + centre[k] + x[3 + k];
                }
                Transform next = new Transform(r, tt);
                double change = change(t, next);
                t = next;
                if (change < 1e-4) {
                    break;
                }
            }
            return t;
        }

        /** λmin / λmax of the 6 × 6 normal matrix with its rotation part scaled by {@code radiusMm} (1: all directions equally fixed, 0: one free). */
        static double constraint(double[][] a, double radiusMm) {
            double[][] scaled = new double[6][6];
            for (int u = 0; u < 6; u++) {
                for (int w = 0; w < 6; w++) {
                    scaled[u][w] = a[u][w] / ((u < 3 ? radiusMm : 1) * (w < 3 ? radiusMm : 1));
                }
            }
            double[] e = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(scaled)).getEigenvalues();
            double min = Double.MAX_VALUE, max = 0;
            for (double v : e) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return max > 0 ? Math.max(0, min) / max : 0;
        }

        Quality evaluate(Transform t, float[] points, double inlierMm) {
            int n = points.length / 3, overlapping = 0, inliers = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double[] p = t.apply(points, i);
                if (!inside(p)) {
                    continue;
                }
                overlapping++;
                int j = tree.nearest(p, inlierMm);
                if (j < 0) {
                    continue;
                }
                double[] q = tree.point(j);
                int k = tree.index(j);
                double r = (p[0] - q[0]) * normals[3 * k] + (p[1] - q[1]) * normals[3 * k + 1] + (p[2] - q[2]) * normals[3 * k + 2];
                inliers++;
                sum += r * r;
            }
            return new Quality(overlapping, inliers, overlapping == 0 ? 0 : inliers / (double) overlapping, inliers == 0 ? Double.NaN : Math.sqrt(sum / inliers));
        }
    }

    /** Inside the grid's box, 2 mm in from its edges. */
    static boolean inside(GridGeometry grid, double[] p) {
        double[] g = grid.toGridMm(p);
        int[] n = { grid.columns(), grid.rows(), grid.slices() };
        for (int k = 0; k < 3; k++) {
            double extent = (n[k] - 1) * grid.spacingMm()[k];
            if (g[k] < 2 || g[k] > extent - 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * The other way round: the fraction of the planning CT's bone points (a subset) in the post-operative CT's field of
     * view that have a post-operative bone point within {@code inlierMm} once mapped back. Low when the post-op "bone"
     * is something else (a streak, a couch) that happens to fit a part of the planning bone.
     */
    static double coverage(Transform t, float[] fixedPoints, Surface moving, GridGeometry movingGrid, double inlierMm, Random random) {
        KdTree movingTree = new KdTree(moving.subset(MAX_FIXED_POINTS, random));
        double[][] rt = new double[3][3];
        double[] tt = new double[3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                rt[a][b] = t.r[b][a];
            }
        }
        for (int a = 0; a < 3; a++) {
            tt[a] = -(rt[a][0] * t.t[0] + rt[a][1] * t.t[1] + rt[a][2] * t.t[2]);
        }
        Transform back = new Transform(rt, tt);
        int n = Math.min(fixedPoints.length / 3, MAX_EVALUATION_POINTS), overlapping = 0, matched = 0;
        int stride = Math.max(1, fixedPoints.length / 3 / n);
        for (int i = 0; i < fixedPoints.length / 3; i += stride) {
            double[] p = back.apply(fixedPoints, i);
            if (!inside(movingGrid, p)) {
                continue;
            }
            overlapping++;
            if (movingTree.nearest(p, inlierMm) >= 0) {
                matched++;
            }
        }
        return overlapping == 0 ? 0 : matched / (double) overlapping;
    }

    /** Least-squares rigid transform taking {@code from} onto {@code to} (Arun et al. 1987, reflection excluded). */
    static Transform fit(double[][] from, double[][] to, int n) {
        double[] cf = new double[3], ct = new double[3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                cf[k] += from[i][k] / n;
                ct[k] += to[i][k] / n;
            }
        }
        double[][] h = new double[3][3];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    h[a][b] += (from[i][a] - cf[a]) * (to[i][b] - ct[b]);
                }
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(MatrixUtils.createRealMatrix(h));
        RealMatrix v = svd.getV(), ut = svd.getUT();
        RealMatrix r = v.multiply(ut);
        if (new org.hipparchus.linear.LUDecomposition(r).getDeterminant() < 0) {
            r = v.multiply(MatrixUtils.createRealDiagonalMatrix(new double[] { 1, 1, -1 })).multiply(ut);
        }
        double[][] rot = r.getData();
        double[] t = new double[3];
        for (int k = 0; k < 3; k++) {
            t[k] = ct[k] - (rot[k][0] * cf[0] + rot[k][1] * cf[1] + rot[k][2] * cf[2]);
        }
        return new Transform(rot, t);
    }

    /** How far the two transforms move a point 100 mm from the origin, roughly (mm). */
    private static double change(Transform a, Transform b) {
        double d = 0;
        for (int k = 0; k < 3; k++) {
            d = Math.max(d, Math.abs(a.t[k] - b.t[k]));
            for (int c = 0; c < 3; c++) {
                d = Math.max(d, 100 * Math.abs(a.r[k][c] - b.r[k][c]));
            }
        }
        return d;
    }

    static double[][] rodrigues(double wx, double wy, double wz) {
        double theta = Math.sqrt(wx * wx + wy * wy + wz * wz);
        if (theta < 1e-15) {
            return identity();
        }
        double x = wx / theta, y = wy / theta, z = wz / theta, c = Math.cos(theta), s = Math.sin(theta), C = 1 - c;
        return new double[][] { { c + x * x * C, x * y * C - z * s, x * z * C + y * s }, { y * x * C + z * s, c + y * y * C, y * z * C - x * s },
                { z * x * C - y * s, z * y * C + x * s, c + z * z * C } };
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return out;
    }

    private static double[][] identity() {
        return new double[][] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
    }

    private static double dist2(double[] p, double[] q) {
        return (p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]);
    }

    private static double[] centroid(float[] points, int n) {
        double[] c = new double[3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                c[k] += points[3 * i + k];
            }
        }
        for (int k = 0; k < 3; k++) {
            c[k] /= Math.max(1, n);
        }
        return c;
    }

    private static double[] minus(double[] a, double[] b) {
        return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
    }

    /** {@code n} distinct indices of {@code 0..count-1}, uniformly at random, in increasing order (all when n ≥ count). */
    private static int[] choose(int count, int n, Random random) {
        if (n >= count) {
            int[] all = new int[count];
            for (int i = 0; i < count; i++) {
                all[i] = i;
            }
            return all;
        }
        // Floyd's algorithm
        java.util.HashSet<Integer> set = new java.util.HashSet<>();
        for (int j = count - n; j < count; j++) {
            int r = random.nextInt(j + 1);
            if (!set.add(r)) {
                set.add(j);
            }
        }
        return set.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static float[] subset(float[] points, int max, Random random) {
        int[] chosen = choose(points.length / 3, Math.min(max, points.length / 3), random);
        float[] out = new float[3 * chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            System.arraycopy(points, 3 * chosen[i], out, 3 * i, 3);
        }
        return out;
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    // ---------------------------------------------------------------------------------------------- k-d tree

    /** A static 3-d tree over float points (median splits, implicit layout); nearest neighbour within a radius. */
    static final class KdTree {
        final float[] points;
        private final int[] order;
        private final byte[] axes;

        KdTree(float[] points) {
            this.points = points;
            int n = points.length / 3;
            order = new int[n];
            axes = new byte[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            build(0, n);
        }

        private void build(int lo, int hi) {
            if (hi - lo <= 1) {
                return;
            }
            float[] min = { Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE }, max = { -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE };
            for (int i = lo; i < hi; i++) {
                for (int k = 0; k < 3; k++) {
                    float x = points[3 * order[i] + k];
                    min[k] = Math.min(min[k], x);
                    max[k] = Math.max(max[k], x);
                }
            }
            int axis = 0;
            for (int k = 1; k < 3; k++) {
                if (max[k] - min[k] > max[axis] - min[axis]) {
                    axis = k;
                }
            }
            int mid = (lo + hi) >>> 1;
            select(lo, hi - 1, mid, axis);
            axes[mid] = (byte) axis;
            build(lo, mid);
            build(mid + 1, hi);
        }

        private void select(int lo, int hi, int k, int axis) {
            while (hi > lo) {
                float pivot = points[3 * order[(lo + hi) >>> 1] + axis];
                int i = lo, j = hi;
                while (i <= j) {
                    while (points[3 * order[i] + axis] < pivot) {
                        i++;
                    }
                    while (points[3 * order[j] + axis] > pivot) {
                        j--;
                    }
                    if (i <= j) {
                        int tmp = order[i];
                        order[i] = order[j];
                        order[j] = tmp;
                        i++;
                        j--;
                    }
                }
                if (k <= j) {
                    hi = j;
                } else if (k >= i) {
                    lo = i;
                } else {
                    return;
                }
            }
        }

        /** The tree slot of the point nearest to {@code q} within {@code radiusMm}, or −1. */
        int nearest(double[] q, double radiusMm) {
            best = -1;
            bestD2 = radiusMm * radiusMm;
            search(0, order.length, q);
            return best;
        }

        private int best;
        private double bestD2;

        private void search(int lo, int hi, double[] q) {
            while (hi > lo) {
                int mid = (lo + hi) >>> 1;
                int p = order[mid];
                double dx = points[3 * p] - q[0], dy = points[3 * p + 1] - q[1], dz = points[3 * p + 2] - q[2];
                double d2 = dx * dx + dy * dy + dz * dz;
                if (d2 < bestD2) {
                    bestD2 = d2;
                    best = mid;
                }
                if (hi - lo == 1) {
                    return;
                }
                int axis = axes[mid];
                double diff = q[axis] - points[3 * p + axis];
                if (diff < 0) {
                    search(lo, mid, q);
                    if (diff * diff < bestD2) {
                        lo = mid + 1;
                        continue;
                    }
                    return;
                } else {
                    search(mid + 1, hi, q);
                    if (diff * diff < bestD2) {
                        hi = mid;
                        continue;
                    }
                    return;
                }
            }
        }

        double[] point(int slot) {
            int p = order[slot];
            return new double[] { points[3 * p], points[3 * p + 1], points[3 * p + 2] };
        }

        /** The index of the point in the array the tree was built on. */
        int index(int slot) {
            return order[slot];
        }
    }
}
