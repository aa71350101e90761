package org.opensabt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Inverse planning with parallel needles on a template grid.
 * <ol>
 * <li>Candidate needles: lines along the insertion direction through a square grid ({@code gridMm})
 * in the plane perpendicular to it; a line is kept when it meets the target, enters through the BODY
 * surface, and crosses no AVOID structure, bone or OAR between the skin and its deepest seed.</li>
 * <li>Candidate seeds: positions {@code seedSpacingMm} apart along each kept line, inside the target.</li>
 * <li>Dose kernels: the total dose (Gy, Ḋ₀·τ) of each candidate at every evaluation point (target and
 * OAR voxels of a 2–3 mm grid), from the dose engine's TG-43 kernel with the seed along its needle.</li>
 * <li>Greedy selection: repeatedly add the candidate with the largest gain in prescription coverage,
 * Σ min(Rx, D + d) − min(Rx, D), less penalties for dose above 2·Rx in the target and above the OAR
 * limits. Coverage capped at Rx is submodular, so stale gains are upper bounds and a lazy priority
 * queue re-evaluates only the top (Minoux's accelerated greedy). A candidate on a needle not yet used
 * pays a needle cost. Stops when V100 and D90 meet their goals.</li>
 * <li>Pruning: seeds whose removal keeps every goal are removed, least useful first, so the plan has
 * as few seeds as the goals allow.</li>
 * </ol>
 * Deterministic: no randomness is used.
 */
public final class TemplateGridPlanner {

    /** A needle of the plan: entry on the skin, tip at its deepest seed, along the insertion direction. */
    public record PlannedNeedle(String id, double[] entryMm, double[] tipMm, double[] directionUnit) {
    }

    /** The plan: needles, seeds (with their needle ids in the seed ids), goal values from the kernel grid. */
    public record Result(List<PlannedNeedle> needles, List<SeedPlacement> seeds, int candidates, int candidateNeedles, double v100, double d90Gy,
            double v150, double v200, List<String> notes, Baseline baseline) {
    }

    /** Uniform loading of every candidate position: the simple baseline the optimiser is compared with. */
    public record Baseline(int seeds, double v100, double d90Gy, double v150) {
    }

    /** The cost of opening a needle, in target points of full coverage. */
    static final double NEEDLE_COST_POINTS = 30;

    /** How far outside the target a seed may be placed (mm). */
    public static final double SEED_MARGIN_MM = 3;

    private final DoseRateKernel kernel;
    private final SeedSource source;

    public TemplateGridPlanner(DoseRateKernel kernel, SeedSource source) {
        this.kernel = kernel;
        this.source = source;
    }

    public Result plan(PatientCase c, PlanRequest request, Consumer<String> progress) throws PlanningException {
        ImageSeries ct = firstSeries(c);
        List<Structure> structures = structures(c);
        Structure target = structures.stream().filter(s -> s.getName().equals(request.targetName())).findFirst()
                .orElseThrow(() -> new PlanningException("no structure " + request.targetName() + " (have: "
                        + String.join(", ", structures.stream().map(Structure::getName).toList()) + ")"));
        Structure body = structures.stream().filter(s -> s.getType() == RoiType.BODY).findFirst()
                .orElseThrow(() -> new PlanningException("the case has no BODY structure: needles enter through it (opensabt contour body)"));
        List<String> notes = new ArrayList<>();

        GridGeometry ctGrid = GridGeometry.of(ct);
        Mask bodyMask = StructureGeometry.mask(body, ctGrid);
        Mask targetOnCt = StructureGeometry.mask(target, ctGrid);
        double[] targetExtent = targetOnCt.extentMm();
        double targetCc = StructureGeometry.fractions(target, ctGrid).volumeCc();
        if (targetCc <= 0) {
            throw new PlanningException("target " + target.getName() + " is empty on the CT");
        }
        double evalMm = targetCc > 150 ? 3 : 2;
        double margin = 15;
        GridGeometry eval = GridGeometry.axisAligned(new double[] { targetExtent[0] - margin, targetExtent[1] - margin, targetExtent[2] - margin },
                new double[] { evalMm, evalMm, evalMm }, (int) ((targetExtent[3] - targetExtent[0] + 2 * margin) / evalMm) + 1,
                (int) ((targetExtent[4] - targetExtent[1] + 2 * margin) / evalMm) + 1, (int) ((targetExtent[5] - targetExtent[2] + 2 * margin) / evalMm) + 1);
        Mask targetEval = StructureGeometry.mask(target, eval);
        List<double[]> targetPoints = points(targetEval);
        double pointCc = eval.voxelVolumeCc();

        List<Structure> obstacles = new ArrayList<>();
        List<Structure> oars = new ArrayList<>();
        for (Structure s : structures) {
            if (s == target || s == body) {
                continue;
            }
            if (s.getType() == RoiType.AVOID || s.getName().toUpperCase(Locale.ROOT).startsWith("BONE")) {
                obstacles.add(s);
            } else if (s.getType() == RoiType.OAR) {
                oars.add(s);
                obstacles.add(s); // needles do not pass through organs at risk
            }
        }
        List<Mask> obstacleMasks = new ArrayList<>();
        for (Structure s : obstacles) {
            Mask m = StructureGeometry.mask(s, ctGrid);
            if (s.getType() == RoiType.OAR && m.intersection(targetOnCt).count() > 0) {
                throw new PlanningException("OAR " + s.getName() + " overlaps the target " + target.getName() + ": its limits and the prescription conflict");
            }
            obstacleMasks.add(m);
        }
        List<float[]> oarPointsDose = new ArrayList<>();
        List<List<double[]>> oarPoints = new ArrayList<>();
        for (Structure s : oars) {
            oarPoints.add(points(StructureGeometry.mask(s, eval)));
        }

        // 1–2. candidate needles and seeds
        double[] d = request.needleDirection();
        double[] u = perpendicular(d);
        double[] v = cross(d, u);
        double[] centre = { (targetExtent[0] + targetExtent[3]) / 2, (targetExtent[1] + targetExtent[4]) / 2, (targetExtent[2] + targetExtent[5]) / 2 };
        double halfDiagonal = Math.sqrt(sq(targetExtent[3] - targetExtent[0]) + sq(targetExtent[4] - targetExtent[1]) + sq(targetExtent[5] - targetExtent[2])) / 2;
        int steps = (int) Math.ceil((halfDiagonal + SEED_MARGIN_MM) / request.gridMm());
        List<double[]> candidateSeeds = new ArrayList<>();
        List<Integer> candidateNeedle = new ArrayList<>();
        List<PlannedNeedle> needleLines = new ArrayList<>();
        int blocked = 0;
        // seeds may sit up to SEED_MARGIN_MM outside the target (peripheral loading covers its surface)
        Mask targetCt = org.opensabt.contour.Margins.expand(targetOnCt, SEED_MARGIN_MM, SEED_MARGIN_MM, SEED_MARGIN_MM);
        for (int i = -steps; i <= steps; i++) {
            for (int j = -steps; j <= steps; j++) {
                double[] base = add(centre, add(scale(u, i * request.gridMm()), scale(v, j * request.gridMm())));
                List<double[]> seedsOnLine = new ArrayList<>();
                for (int k = (int) Math.floor(-(halfDiagonal + SEED_MARGIN_MM) / request.seedSpacingMm()); k <= Math.ceil((halfDiagonal + SEED_MARGIN_MM)
                        / request.seedSpacingMm()); k++) {
                    double[] p = add(base, scale(d, k * request.seedSpacingMm()));
                    if (inside(targetCt, ctGrid, p)) {
                        seedsOnLine.add(p);
                    }
                }
                if (seedsOnLine.isEmpty()) {
                    continue;
                }
                double[] first = seedsOnLine.get(0);
                double[] tip = seedsOnLine.get(seedsOnLine.size() - 1);
                // walk back from the first seed to the skin
                double[] entry = null;
                boolean crossing = false;
                for (double t = 0; t < 400; t += 0.5) {
                    double[] p = add(first, scale(d, -t));
                    if (!ctGrid.contains(p) || !inside(bodyMask, ctGrid, p)) {
                        entry = add(first, scale(d, -(t - 0.5)));
                        break;
                    }
                    for (Mask m : obstacleMasks) {
                        crossing |= inside(m, ctGrid, p);
                    }
                }
                for (double t = 0; t <= distance(first, tip) && !crossing; t += 0.5) {
                    for (Mask m : obstacleMasks) {
                        crossing |= inside(m, ctGrid, add(first, scale(d, t)));
                    }
                }
                if (entry == null || crossing) {
                    blocked++;
                    continue;
                }
                int needle = needleLines.size();
                needleLines.add(new PlannedNeedle("N" + (needle + 1), entry, tip, d));
                for (double[] p : seedsOnLine) {
                    candidateSeeds.add(p);
                    candidateNeedle.add(needle);
                }
            }
        }
        if (candidateSeeds.isEmpty()) {
            throw new PlanningException("no needle of the " + request.gridMm() + " mm grid reaches the target " + target.getName() + " from the skin without crossing "
                    + "bone, an AVOID structure or an OAR (" + blocked + " blocked); choose another insertion direction");
        }
        if (blocked > 0) {
            notes.add(blocked + " grid needle(s) would cross bone, an AVOID structure or an OAR and were left out");
        }
        progress.accept(String.format(Locale.ROOT, "plan: %d candidate needles, %d candidate seeds, %d target points", needleLines.size(),
                candidateSeeds.size(), targetPoints.size()));

        // 3. kernels (Gy of total dose per candidate at every point)
        double gyPerCGyPerHour = PermanentImplant.totalDoseGy(1.0, source.halfLifeDays());
        float[][] kt = kernels(candidateSeeds, targetPoints, d, request.strengthU() * gyPerCGyPerHour);
        List<float[][]> ko = new ArrayList<>();
        for (List<double[]> pts : oarPoints) {
            ko.add(kernels(candidateSeeds, pts, d, request.strengthU() * gyPerCGyPerHour));
        }
        List<OarLimit> limits = request.oarLimits();
        double[] oarLimitGy = new double[oars.size()];
        java.util.Arrays.fill(oarLimitGy, Double.POSITIVE_INFINITY);
        for (OarLimit l : limits) {
            int idx = -1;
            for (int o = 0; o < oars.size(); o++) {
                if (oars.get(o).getName().equals(l.structure())) {
                    idx = o;
                }
            }
            if (idx < 0) {
                throw new PlanningException("OAR limit for " + l.structure() + ", which is not an OAR structure of the case");
            }
            oarLimitGy[idx] = Math.min(oarLimitGy[idx], l.limitGy());
        }

        // 4. lazy greedy
        int n = candidateSeeds.size();
        int m = targetPoints.size();
        double rx = request.rxGy();
        double[] dose = new double[m];
        List<double[]> oarDose = new ArrayList<>();
        for (List<double[]> pts : oarPoints) {
            oarDose.add(new double[pts.size()]);
        }
        boolean[] chosen = new boolean[n];
        boolean[] needleUsed = new boolean[needleLines.size()];
        int needlesUsed = 0;
        // a new needle costs as much as full coverage of NEEDLE_COST_POINTS points: seeds go onto needles already placed first
        double needleCost = NEEDLE_COST_POINTS * rx;
        // the kernel grid is coarser than the engine's evaluation: aim a little above the goal so the engine's V100 meets it
        double v100Aim = Math.min(1, request.v100Goal() + 0.01);
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        for (int j = 0; j < n; j++) {
            queue.add(new double[] { gain(j, dose, kt, rx, oarDose, ko, oarLimitGy) - needleCost, j });
        }
        int selected = 0;
        while (!queue.isEmpty()) {
            if (coverage(dose, rx) >= v100Aim && d90(dose) >= rx) {
                break;
            }
            double[] top = queue.poll();
            int j = (int) top[1];
            double raw = gain(j, dose, kt, rx, oarDose, ko, oarLimitGy);
            double fresh = raw - (needleUsed[candidateNeedle.get(j)] ? 0 : needleCost);
            if (!queue.isEmpty() && fresh < queue.peek()[0] - 1e-9) {
                top[0] = fresh;
                queue.add(top);
                continue;
            }
            if (raw <= 0) {
                continue; // this candidate no longer improves the plan, and gains only fall as dose is added: drop it
            }
            if (!needleUsed[candidateNeedle.get(j)] && request.maxNeedles() > 0 && needlesUsed >= request.maxNeedles()) {
                continue; // would open a needle beyond the limit
            }
            chosen[j] = true;
            selected++;
            add(j, dose, kt, oarDose, ko, 1);
            if (!needleUsed[candidateNeedle.get(j)]) {
                needleUsed[candidateNeedle.get(j)] = true;
                needlesUsed++;
            }
        }
        // 5. pruning
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int j = 0; j < n; j++) {
                if (!chosen[j]) {
                    continue;
                }
                add(j, dose, kt, oarDose, ko, -1);
                if (coverage(dose, rx) >= v100Aim && d90(dose) >= rx && withinLimits(oarDose, oarLimitGy)) {
                    chosen[j] = false;
                    selected--;
                    changed = true;
                } else {
                    add(j, dose, kt, oarDose, ko, 1);
                }
            }
        }
        double v100 = coverage(dose, rx);
        double d90 = d90(dose);
        if (v100 < request.v100Goal() || d90 < rx) {
            notes.add(String.format(Locale.ROOT, "goal not met: V100 %.1f %% (goal %.1f %%), D90 %.1f Gy (Rx %.1f Gy)%s", 100 * v100, 100 * request.v100Goal(),
                    d90, rx, request.maxNeedles() > 0 && needlesUsed >= request.maxNeedles() ? "; the needle limit " + request.maxNeedles() + " was reached" : ""));
        }
        for (int o = 0; o < oars.size(); o++) {
            float[] od = new float[oarDose.get(o).length];
            for (int i = 0; i < od.length; i++) {
                od[i] = (float) oarDose.get(o)[i];
            }
            for (OarLimit l : limits) {
                if (l.structure().equals(oars.get(o).getName())) {
                    double value = l.evaluate(od, pointCc);
                    if (value > l.limitGy()) {
                        notes.add(String.format(Locale.ROOT, "OAR limit not met: %s is %.1f Gy", l, value));
                    }
                }
            }
        }
        // needles and seeds of the plan
        List<SeedPlacement> seeds = new ArrayList<>();
        List<PlannedNeedle> needles = new ArrayList<>();
        int[] newId = new int[needleLines.size()];
        java.util.Arrays.fill(newId, -1);
        for (int j = 0; j < n; j++) {
            if (!chosen[j]) {
                continue;
            }
            int line = candidateNeedle.get(j);
            if (newId[line] < 0) {
                newId[line] = needles.size();
                PlannedNeedle p = needleLines.get(line);
                needles.add(new PlannedNeedle("N" + (needles.size() + 1), p.entryMm(), p.tipMm(), p.directionUnit()));
            }
            seeds.add(new SeedPlacement(needles.get(newId[line]).id() + "-S" + (seeds.size() + 1), candidateSeeds.get(j), d, request.strengthU()));
        }
        // the baseline: every candidate position loaded
        double[] uniform = new double[m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                uniform[i] += kt[j][i];
            }
        }
        Baseline baseline = new Baseline(n, coverage(uniform, rx), d90(uniform), coverage(uniform, 1.5 * rx));
        return new Result(needles, seeds, n, needleLines.size(), v100, d90, coverage(dose, 1.5 * rx), coverage(dose, 2 * rx), notes, baseline);
    }

    private static double gain(int j, double[] dose, float[][] kt, double rx, List<double[]> oarDose, List<float[][]> ko, double[] oarLimit) {
        double g = 0;
        float[] k = kt[j];
        for (int i = 0; i < dose.length; i++) {
            double before = dose[i];
            double after = before + k[i];
            g += Math.min(rx, after) - Math.min(rx, before);
            if (after > 2 * rx) {
                g -= 0.2 * (after - Math.max(before, 2 * rx)); // hot spots above 200 %
            }
        }
        for (int o = 0; o < ko.size(); o++) {
            if (!Double.isFinite(oarLimit[o])) {
                continue;
            }
            float[] kk = ko.get(o)[j];
            double[] od = oarDose.get(o);
            for (int i = 0; i < od.length; i++) {
                double over = Math.max(0, od[i] + kk[i] - oarLimit[o]) - Math.max(0, od[i] - oarLimit[o]);
                g -= 20 * over; // an OAR point above its limit costs much more than target coverage gains
            }
        }
        return g;
    }

    private static boolean withinLimits(List<double[]> oarDose, double[] limit) {
        for (int o = 0; o < oarDose.size(); o++) {
            for (double v : oarDose.get(o)) {
                if (v > limit[o]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void add(int j, double[] dose, float[][] kt, List<double[]> oarDose, List<float[][]> ko, int sign) {
        for (int i = 0; i < dose.length; i++) {
            dose[i] += sign * kt[j][i];
        }
        for (int o = 0; o < ko.size(); o++) {
            double[] od = oarDose.get(o);
            for (int i = 0; i < od.length; i++) {
                od[i] += sign * ko.get(o)[j][i];
            }
        }
    }

    /** Fraction of points with dose ≥ level. */
    static double coverage(double[] dose, double level) {
        int c = 0;
        for (double v : dose) {
            if (v >= level) {
                c++;
            }
        }
        return dose.length == 0 ? 0 : (double) c / dose.length;
    }

    /** Dose covering 90 % of the points. */
    static double d90(double[] dose) {
        double[] sorted = dose.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(int) Math.floor(0.1 * sorted.length)];
    }

    private float[][] kernels(List<double[]> seeds, List<double[]> points, double[] axis, double gyPerCGyPerHourTimesU) {
        float[][] k = new float[seeds.size()][points.size()];
        java.util.stream.IntStream.range(0, seeds.size()).parallel().forEach(j -> {
            double[] s = seeds.get(j);
            for (int i = 0; i < points.size(); i++) {
                double[] p = points.get(i);
                double dx = (p[0] - s[0]) / 10;
                double dy = (p[1] - s[1]) / 10;
                double dz = (p[2] - s[2]) / 10;
                double along = dx * axis[0] + dy * axis[1] + dz * axis[2];
                double r2 = dx * dx + dy * dy + dz * dz;
                double across = Math.sqrt(Math.max(0, r2 - along * along));
                k[j][i] = (float) (kernel.doseRateCGyPerHourPerU(across, 0, along) * gyPerCGyPerHourTimesU);
            }
        });
        return k;
    }

    private static List<double[]> points(Mask mask) {
        List<double[]> out = new ArrayList<>();
        GridGeometry g = mask.grid();
        for (int s = 0; s < g.slices(); s++) {
            for (int r = 0; r < g.rows(); r++) {
                for (int c = 0; c < g.columns(); c++) {
                    if (mask.get(c, r, s)) {
                        out.add(g.positionMm(c, r, s));
                    }
                }
            }
        }
        return out;
    }

    private static boolean inside(Mask mask, GridGeometry grid, double[] p) {
        double[] local = grid.toGridMm(p);
        int c = (int) Math.round(local[0] / grid.spacingMm()[0]);
        int r = (int) Math.round(local[1] / grid.spacingMm()[1]);
        int s = (int) Math.round(local[2] / grid.spacingMm()[2]);
        return c >= 0 && r >= 0 && s >= 0 && c < grid.columns() && r < grid.rows() && s < grid.slices() && mask.get(c, r, s);
    }

    private static ImageSeries firstSeries(PatientCase c) throws PlanningException {
        for (Study s : c.getStudies()) {
            if (!s.getSeries().isEmpty()) {
                return s.getSeries().get(0);
            }
        }
        throw new PlanningException("the case has no CT series");
    }

    private static List<Structure> structures(PatientCase c) {
        List<Structure> out = new ArrayList<>();
        for (Study s : c.getStudies()) {
            for (StructureSet set : s.getStructureSets()) {
                out.addAll(set.getStructures());
            }
        }
        return out;
    }

    private static double[] perpendicular(double[] d) {
        double[] a = Math.abs(d[0]) < 0.9 ? new double[] { 1, 0, 0 } : new double[] { 0, 1, 0 };
        double[] u = cross(d, a);
        double n = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
        return new double[] { u[0] / n, u[1] / n, u[2] / n };
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] { a[0] + b[0], a[1] + b[1], a[2] + b[2] };
    }

    private static double[] scale(double[] a, double f) {
        return new double[] { a[0] * f, a[1] * f, a[2] * f };
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1]) + sq(a[2] - b[2]));
    }
}
