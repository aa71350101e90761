package org.opensabt.plan.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanMonitor;
import org.opensabt.plan.PlanningException;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.Selection;
import org.opensabt.plan.SelectionProblem;

/**
 * Seed selection in three steps.
 * <ol>
 * <li><b>Lazy greedy</b>, from the problem's initial loading when it has one. Repeatedly load the candidate with the largest gain in prescription
 * coverage, Σ min(Rx, D + d) − min(Rx, D) over the target points, less penalties for target dose
 * above 2·Rx and OAR dose above its limit. Coverage capped at Rx is monotone submodular, so a stale
 * gain is an upper bound and a priority queue re-evaluates only its top (Minoux's accelerated
 * greedy; Nemhauser–Wolsey–Fisher 1978 give the (1 − 1/e) bound of greedy coverage). A candidate on a
 * needle not yet used pays {@link #NEEDLE_COST_POINTS} points of full coverage, so seeds go onto
 * needles already placed first; dose above 1.5·Rx costs {@link #GREEDY_V150_WEIGHT} per Gy·point, so the greedy
 * prefers seeds that add no hot spot. Stops when V100 and D90 meet the aim, or at the seed limit
 * ({@link PlanGoals#maxSeeds()}). When every candidate together cannot reach the aim (a bone blocking
 * needles, say) the greedy does not keep every candidate it loaded: it starts again aiming at what was reached less
 * {@link #UNREACHABLE_AIM_SLACK} of the target, never below the required V100 and D90.</li>
 * <li><b>Pruning.</b> Seeds whose removal keeps the required goals are unloaded.</li>
 * <li><b>Simulated annealing</b> (Kirkpatrick et al. 1983; the approach of Pouliot et al. 1996 and
 * Lessard and Pouliot 2001 for brachytherapy) over the loading, minimising
 * E = seeds + {@link #NEEDLE_WEIGHT}·needles + penalties for V100 below the aim, V150 above its goal
 * less {@link #V150_AIM_MARGIN} ({@link #V150_PENALTY_PER_PERCENT} seeds' worth per percent), V200 above its goal ({@link #V200_PENALTY_PER_PERCENT}),
 * seeds above the seed limit and OAR limits exceeded: unloading or moving a seed wins as soon as it lowers V150 or
 * V200 above their goals by half a percent while V100 keeps its aim. Moves: shift a seed to the next position on its needle,
 * unload a seed, load a position on a needle in use, or swap a seed for one of its {@link #NEIGHBOURS} nearest candidates
 * (now and then any candidate; either may open a needle). Metropolis acceptance with a geometric cooling schedule over
 * {@link #MOVES_PER_SEED} moves per seed, returning {@link #RESTARTS} times to the
 * best state meeting the required goals; that state is kept and pruned again. When no state meets the aim and the
 * OAR limits together, the best one meeting the required V100, D90 and OAR limits without the aim's margin is annealed
 * again with the V100 it reached as the aim, so that the aim's penalty no longer outweighs the hot-spot goals.</li>
 * </ol>
 * Every step costs O(points) per seed changed thanks to incremental dose and count updates.
 * Deterministic for a fixed random seed.
 */
public final class GreedyAnnealingOptimiser implements SeedOptimiser {

    /** Opening a needle costs as much as full coverage of this many target points (greedy step). */
    static final double NEEDLE_COST_POINTS = 10;
    /** The greedy step's needle cost when the loading at {@link #NEEDLE_COST_POINTS} misses the required goals (an OAR limit, say). */
    static final double GREEDY_RETRY_NEEDLE_COST_POINTS = 30;
    /**
     * A needle weighs as much as this many seeds in the annealing energy. (Issue 26, {@code bench plan --quality}: at 3 the plans
     * used 3–8 % more seeds than the exact optimiser's, which seeks the fewest seeds first, for 1–3 fewer needles; at 1 they are within
     * 4 % and use 0–6 needles more than at 3.)
     */
    static final double NEEDLE_WEIGHT = 1;
    /** Seeds' worth of one percent of the target short of the V100 aim. */
    static final double V100_PENALTY_PER_PERCENT = 40;
    /**
     * Seeds' worth of one percent of the target above the V150 goal (sought): a seed more pays for half a percent
     * of V150 less above the goal. (Issue 26: 4 gave the phantoms slightly lower V150, but drew the annealing of the
     * 60 cc phantom with OAR and bone slab away from plans meeting V100 with the OAR limit.)
     */
    static final double V150_PENALTY_PER_PERCENT = 2;
    /** Seeds' worth of one percent of the target above the V200 goal (sought). */
    static final double V200_PENALTY_PER_PERCENT = 2;
    /** Greedy step: coverage points (Gy·point) lost per Gy·point a seed adds above 1.5·Rx. */
    static final double GREEDY_V150_WEIGHT = 0.03;
    /** Greedy step: coverage points lost per Gy·point a seed adds above 2·Rx (on top of {@link #GREEDY_V150_WEIGHT}). */
    static final double GREEDY_V200_WEIGHT = 0.2;
    /** Seeds' worth of each seed above the seed limit in the annealing energy (the limit is never kept when broken). */
    static final double SEED_LIMIT_PENALTY = 50;
    /**
     * Fraction of the target below the coverage every candidate reaches that an unreachable aim is lowered
     * to (never below the required V100 and D90): the last seeds of a full loading add little coverage and much dose.
     */
    static final double UNREACHABLE_AIM_SLACK = 0.005;
    /** Seeds' worth of an OAR metric exceeding its limit by 100 %. */
    static final double OAR_PENALTY = 500;
    /** The annealing returns to its best state meeting the required goals this many times (when it has wandered off to a worse one). */
    static final int RESTARTS = 10;
    /** Move mix of the annealing (cumulative): shift along the needle, unload, load on a needle in use, then swaps. */
    static final double P_SHIFT = 0.40;
    static final double P_UNLOAD = 0.60;
    static final double P_LOAD = 0.85;
    /** Swaps below this draw go to one of the {@link #NEIGHBOURS} nearest candidates, the rest to any candidate. */
    static final double NEAR_SWAP_UNTIL = 0.97;
    /** Candidates a swap may move a seed to (nearest first, judged by their kernels). */
    static final int NEIGHBOURS = 24;
    /** Annealing moves per seed of the starting loading, at most {@link #MAX_MOVES} and within {@link #ANNEAL_POINT_UPDATES}. */
    static final long MOVES_PER_SEED = 1000;
    static final long MAX_MOVES = 300_000;
    /**
     * The annealing penalises V150 above its goal less this fraction of the target, as the V100 aim lies above its goal: the dose engine's
     * finer grid then keeps the goal.
     */
    static final double V150_AIM_MARGIN = 0.01;
    /** Work budget of the annealing: moves × target points. */
    static final long ANNEAL_POINT_UPDATES = 3_000_000_000L;

    @Override
    public String id() {
        return "greedy-annealing";
    }

    @Override
    public String description() {
        return "lazy greedy coverage, pruning, then simulated annealing of the loading (deterministic for a fixed seed)";
    }

    @Override
    public Selection optimise(SelectionProblem p, PlanMonitor monitor) throws PlanningException {
        List<String> notes = new ArrayList<>();
        Loading state = greedyStart(p, NEEDLE_COST_POINTS, notes, monitor);
        if (!state.meetsRequired()) {
            // the greedy loading breaks an OAR limit (or misses the aim): needles cost more, so seeds gather on fewer needles, which
            // may keep clear of the organ; the start meeting the required goals (else the better covering one) is annealed
            List<String> retryNotes = new ArrayList<>();
            Loading retry = greedyStart(p, GREEDY_RETRY_NEEDLE_COST_POINTS, retryNotes, monitor);
            if (retry.meetsRequired() || !state.meetsFallback() && retry.c100 > state.c100 && retry.oarExcess() <= state.oarExcess()) {
                notes.add(String.format(Locale.ROOT, "the greedy loading with a needle costing %.0f points missed the required goals; started again at %.0f points",
                        NEEDLE_COST_POINTS, GREEDY_RETRY_NEEDLE_COST_POINTS));
                notes.addAll(retryNotes);
                state = retry;
            }
        }
        int aim = state.aimCount;
        int[][] near = neighbours(p);
        Loading result = loadingOf(p, anneal(p, state, near, monitor), aim);
        if (!result.meetsFallback()) {
            // no state the annealing visited kept the required V100 and the OAR limits together: repair the lowest-energy one
            int before = result.seeds;
            int changed = repair(result, monitor);
            notes.add(String.format(Locale.ROOT, "no annealed loading met the required V100 and the OAR limits together; repaired (%d seed changes, "
                    + "%d → %d seeds): V100 %.1f %% on the optimiser grid, OAR limits %s", changed, before, result.seeds, 100.0 * result.c100 / result.m,
                    result.oarExcess() == 0 ? "kept" : "still exceeded"));
        }
        if (!result.meetsRequired() && result.meetsFallback()) {
            // the aim and the OAR limits cannot be met together: the coverage reached becomes the aim, so that the V100 penalty no longer
            // outweighs the hot-spot goals, and the annealing runs again from there
            int lowered = Math.max(result.requiredCount, result.c100);
            notes.add(String.format(Locale.ROOT, "the V100 aim %.1f %% and the OAR limits cannot be met together on the optimiser grid; "
                    + "annealed again aiming at the V100 %.1f %% reached", 100.0 * aim / result.m, 100.0 * lowered / result.m));
            result.aimCount = lowered;
            result = loadingOf(p, anneal(p, result, near, monitor), lowered);
        }
        prune(p, result);
        notes.add(String.format(Locale.ROOT, "simulated annealing: %d seeds on %d needles, V100 %.1f %%, V150 %.1f %%, V200 %.1f %% on the optimiser grid",
                result.seeds, result.needlesInUse(), 100.0 * result.c100 / result.m, 100.0 * result.c150 / result.m, 100.0 * result.c200 / result.m));
        return new Selection(result.loaded.clone(), notes);
    }

    /**
     * Brings a loading back within the OAR limits and up to the required V100 where it can: unloads, one at a time, the seed whose removal
     * lowers the OAR excess most, then loads, largest coverage gain first, seeds that keep every OAR limit and needle rule. Returns the
     * seeds changed.
     */
    private static int repair(Loading s, PlanMonitor monitor) throws PlanningException {
        SelectionProblem p = s.p;
        int changed = 0;
        while (s.seeds > 0 && s.oarExcess() > 0) {
            int[] loaded = java.util.Arrays.copyOf(s.loadedList, s.seeds);
            int worst = -1;
            double lowest = s.oarExcess();
            for (int j : loaded) {
                s.apply(j, -1);
                double e = s.oarExcess();
                s.apply(j, 1);
                if (e < lowest) {
                    lowest = e;
                    worst = j;
                }
            }
            if (worst < 0) {
                break;
            }
            s.apply(worst, -1);
            changed++;
        }
        if (s.oarExcess() > 0) {
            return changed;
        }
        boolean[] banned = new boolean[p.candidates()];
        while (s.c100 < s.requiredCount && !s.atSeedLimit()) {
            if (monitor.isCancelled()) {
                throw cancelled();
            }
            int best = -1;
            double bestGain = 0;
            for (int j = 0; j < p.candidates(); j++) {
                if (s.loaded[j] || banned[j] || !s.mayOpen(p.needleOfCandidate()[j])) {
                    continue;
                }
                s.gain(j);
                if (s.lastCoverageGain > bestGain) {
                    bestGain = s.lastCoverageGain;
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            s.apply(best, 1);
            if (s.oarExcess() > 0) { // dose only grows here: a seed breaking a limit now always would
                s.apply(best, -1);
                banned[best] = true;
            } else {
                changed++;
            }
        }
        return changed;
    }

    /** The greedy loading (from the problem's initial loading), its aim lowered when out of reach, then pruned. */
    private static Loading greedyStart(SelectionProblem p, double needleCostPoints, List<String> notes, PlanMonitor monitor) throws PlanningException {
        Loading state = initial(p);
        List<Integer> picks = new ArrayList<>();
        greedy(p, state, needleCostPoints, picks, monitor);
        if (!state.meetsAim() && !state.atSeedLimit()) {
            // every candidate the rules allow is loaded and the aim is still out of reach: aim at what can be reached instead
            int reached = state.c100;
            int lowered = Math.max(state.requiredCount, reached - (int) Math.ceil(UNREACHABLE_AIM_SLACK * state.m));
            if (reached >= state.requiredCount && lowered < state.aimCount) {
                notes.add(String.format(Locale.ROOT, "the V100 aim %.1f %% is out of reach on the optimiser grid (%.1f %% with %d seeds, every candidate "
                        + "the needle rules allow); aimed at %.1f %% instead", 100.0 * state.aimCount / state.m, 100.0 * reached / state.m, state.seeds,
                        100.0 * lowered / state.m));
                // the greedy's picks do not depend on the aim, only its stop does: the loading aiming lower is the first picks up to the aim
                state = initial(p);
                state.aimCount = lowered;
                for (int j : picks) {
                    if (state.meetsAim() || state.atSeedLimit()) {
                        break;
                    }
                    state.apply(j, 1);
                }
            }
        }
        prune(p, state);
        notes.add(String.format(Locale.ROOT, "greedy + pruning: %d seeds on %d needles, V100 %.1f %% on the optimiser grid%s", state.seeds,
                state.needlesInUse(), 100.0 * state.c100 / state.m, state.oarExcess() > 0 ? ", an OAR limit exceeded" : ""));
        return state;
    }

    private static Loading initial(SelectionProblem p) {
        Loading state = new Loading(p);
        if (p.initialLoading() != null) {
            for (int j = 0; j < p.candidates(); j++) {
                if (p.initialLoading()[j]) {
                    state.apply(j, 1);
                }
            }
        }
        return state;
    }

    private static Loading loadingOf(SelectionProblem p, boolean[] loaded, int aimCount) {
        Loading l = new Loading(p);
        l.aimCount = aimCount;
        for (int j = 0; j < loaded.length; j++) {
            if (loaded[j]) {
                l.apply(j, 1);
            }
        }
        return l;
    }

    /** Loads seeds greedily until the aim or the seed limit is met; adds the candidates loaded to picks, in order. */
    private static void greedy(SelectionProblem p, Loading s, double needleCostPoints, List<Integer> picks, PlanMonitor monitor)
            throws PlanningException {
        int n = p.candidates();
        double needleCost = needleCostPoints * p.rxGy();
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        for (int j = 0; j < n; j++) {
            queue.add(new double[] { s.gain(j) - (s.needleOpen(p.needleOfCandidate()[j]) ? 0 : needleCost), j });
        }
        int polls = 0;
        while (!queue.isEmpty() && !s.meetsAim() && !s.atSeedLimit()) {
            if (++polls % 64 == 0 && monitor.isCancelled()) {
                throw cancelled();
            }
            double[] top = queue.poll();
            int j = (int) top[1];
            if (s.loaded[j]) {
                continue; // loaded from the start
            }
            int needle = p.needleOfCandidate()[j];
            double raw = s.gain(j);
            double fresh = raw - (s.needleOpen(needle) ? 0 : needleCost);
            if (!queue.isEmpty() && fresh < queue.peek()[0] - 1e-9) {
                top[0] = fresh;
                queue.add(top);
                continue;
            }
            if (s.lastCoverageGain <= 0 || !s.mayOpen(needle)) {
                continue; // coverage gains only fall as dose is added, and a needle that cannot open now never can
            }
            s.apply(j, 1);
            picks.add(j);
        }
        monitor.progress(String.format(Locale.ROOT, "plan: greedy loading %d seeds on %d needles", s.seeds, s.needlesInUse()));
    }

    private static void prune(SelectionProblem p, Loading s) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int j = 0; j < p.candidates(); j++) {
                if (!s.loaded[j]) {
                    continue;
                }
                s.apply(j, -1);
                if (s.meetsRequired()) {
                    changed = true;
                } else {
                    s.apply(j, 1);
                }
            }
        }
    }

    /**
     * Per candidate, the {@link #NEIGHBOURS} other candidates nearest to it, judged by their kernels (no positions needed): candidate k is
     * near j when its dose at j's hottest target point is high.
     */
    static int[][] neighbours(SelectionProblem p) {
        int n = p.candidates();
        float[][] k = p.targetKernelGy();
        int[][] near = new int[n][];
        int keep = Math.min(NEIGHBOURS, Math.max(0, n - 1));
        for (int j = 0; j < n; j++) {
            int hottest = 0;
            float[] kj = k[j];
            for (int i = 1; i < kj.length; i++) {
                if (kj[i] > kj[hottest]) {
                    hottest = i;
                }
            }
            // keep the largest K[c][hottest] (c ≠ j) in a small sorted array
            int[] idx = new int[keep];
            float[] val = new float[keep];
            int filled = 0;
            for (int c = 0; c < n && keep > 0; c++) {
                if (c == j) {
                    continue;
                }
                float v = k[c][hottest];
                if (filled == keep && v <= val[keep - 1]) {
                    continue;
                }
                int at = filled < keep ? filled++ : keep - 1; // insertion into the sorted array, the smallest falling off when full
                while (at > 0 && val[at - 1] < v) {
                    val[at] = val[at - 1];
                    idx[at] = idx[at - 1];
                    at--;
                }
                val[at] = v;
                idx[at] = c;
            }
            near[j] = java.util.Arrays.copyOf(idx, filled);
        }
        return near;
    }

    private static boolean[] anneal(SelectionProblem p, Loading s, int[][] near, PlanMonitor monitor) throws PlanningException {
        SplittableRandom random = new SplittableRandom(p.randomSeed());
        int n = p.candidates();
        // about 150 moves per seed, within a budget of point updates so large targets stay fast
        int iterations = (int) Math.max(2000, Math.min(Math.min(MAX_MOVES, MOVES_PER_SEED * Math.max(1, s.seeds)), ANNEAL_POINT_UPDATES / Math.max(1, s.m)));
        double t0 = 1.0;
        double tEnd = 0.01;
        double energy = s.energy();
        boolean[] best = s.loaded.clone();
        double bestEnergy = s.meetsRequired() ? energy : Double.POSITIVE_INFINITY;
        boolean[] lowest = s.loaded.clone(); // the lowest energy, in case no state meets the required goals
        double lowestEnergy = energy;
        // the lowest energy meeting the required V100 and D90 (not the aim above them) and the OAR limits, in case none meets the aim
        boolean[] fallback = null;
        double fallbackEnergy = s.meetsFallback() ? energy : Double.POSITIVE_INFINITY;
        if (Double.isFinite(fallbackEnergy)) {
            fallback = s.loaded.clone();
        }
        int[] changed = new int[2];
        int[] signs = new int[2];
        for (int it = 0; it < iterations; it++) {
            if (it % 200 == 0 && monitor.isCancelled()) {
                throw cancelled();
            }
            if (it > 0 && it % (iterations / 5) == 0) {
                monitor.progress(String.format(Locale.ROOT, "plan: annealing %d %% (%d seeds on %d needles, V100 %.1f %%)", 100 * it / iterations, s.seeds,
                        s.needlesInUse(), 100.0 * s.c100 / s.m));
            }
            boolean[] back = Double.isFinite(bestEnergy) && energy > bestEnergy ? best : fallback != null && energy > fallbackEnergy ? fallback : null;
            if (it > 0 && it % (iterations / RESTARTS) == 0 && back != null) {
                // back to the best state meeting the required goals: hot-spot penalties must not draw the chain away from them for good
                for (int j = 0; j < n; j++) {
                    if (s.loaded[j] && !back[j]) {
                        s.apply(j, -1);
                    }
                }
                for (int j = 0; j < n; j++) {
                    if (!s.loaded[j] && back[j]) {
                        s.apply(j, 1);
                    }
                }
                energy = s.energy();
            }
            double temperature = t0 * Math.pow(tEnd / t0, (double) it / iterations);
            int moves = propose(p, s, near, random, n, changed, signs);
            if (moves == 0) {
                continue;
            }
            s.tryMove(moves, changed, signs);
            double proposed = s.energy();
            double delta = proposed - energy;
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                s.commitMove();
                energy = proposed;
                if (energy < lowestEnergy) {
                    lowestEnergy = energy;
                    lowest = s.loaded.clone();
                }
                if (energy < bestEnergy && s.meetsRequired()) {
                    bestEnergy = energy;
                    best = s.loaded.clone();
                }
                if (!Double.isFinite(bestEnergy) && energy < fallbackEnergy && s.meetsFallback()) {
                    fallbackEnergy = energy;
                    fallback = s.loaded.clone();
                }
            } else {
                s.undoMove();
            }
        }
        return Double.isFinite(bestEnergy) ? best : fallback != null ? fallback : lowest;
    }

    /** Fills changed/signs with one move's seed changes (unload first); returns their count, 0 if the move is not possible. */
    private static int propose(SelectionProblem p, Loading s, int[][] near, SplittableRandom random, int n, int[] changed, int[] signs) {
        double kind = random.nextDouble();
        if (s.seeds == 0) { // nothing loaded (e.g. no needle the rules allow helped the greedy): load any candidate that may be loaded
            int k = random.nextInt(n);
            if (s.atSeedLimit() || !s.mayOpen(p.needleOfCandidate()[k])) {
                return 0;
            }
            changed[0] = k;
            signs[0] = 1;
            return 1;
        }
        if (kind < P_SHIFT) { // shift a seed along its needle
            int j = s.randomLoaded(random);
            int k = random.nextBoolean() ? p.previousOnNeedle()[j] : p.nextOnNeedle()[j];
            if (k < 0 || s.loaded[k]) {
                return 0;
            }
            changed[0] = j;
            signs[0] = -1;
            changed[1] = k;
            signs[1] = 1;
            return 2;
        }
        if (kind < P_UNLOAD) { // unload a seed
            changed[0] = s.randomLoaded(random);
            signs[0] = -1;
            return 1;
        }
        if (kind < P_LOAD) { // load a free position on a needle in use
            if (s.atSeedLimit()) {
                return 0;
            }
            int j = s.randomLoaded(random);
            int k = j;
            int steps = 1 + random.nextInt(4);
            boolean deeper = random.nextBoolean();
            for (int i = 0; i < steps && k >= 0; i++) {
                k = deeper ? p.nextOnNeedle()[k] : p.previousOnNeedle()[k];
            }
            if (k < 0 || s.loaded[k]) {
                return 0;
            }
            changed[0] = k;
            signs[0] = 1;
            return 1;
        }
        // swap a seed for a nearby candidate (or, now and then, any candidate), possibly on a new needle
        int j = s.randomLoaded(random);
        int k = kind < NEAR_SWAP_UNTIL && near[j].length > 0 ? near[j][random.nextInt(near[j].length)] : random.nextInt(n);
        if (s.loaded[k] || !s.mayOpenAfterUnloading(p.needleOfCandidate()[k], j)) {
            return 0;
        }
        changed[0] = j;
        signs[0] = -1;
        changed[1] = k;
        signs[1] = 1;
        return 2;
    }

    private static PlanningException cancelled() {
        return new PlanningException("planning cancelled; no plan was made");
    }

    /** A loading and its incrementally kept dose, counts and needle use. */
    private static final class Loading {
        final SelectionProblem p;
        final int m;
        final boolean[] loaded;
        final double[] dose;
        final double[][] oarDose;
        /** The lowest limit of each OAR, applied point by point in the greedy gain. */
        final double[] oarPointLimitGy;
        final int[] seedsOnNeedle;
        final int[] loadedList;
        final int[] positionInList;
        /** Target points at or above Rx aimed at (V100 aim and D90); lowered when out of reach. */
        int aimCount;
        /** Target points at or above Rx the required V100 and D90 need. */
        final int requiredCount;
        /** Most seeds (0: no limit). */
        final int seedLimit;
        final double rx;
        int seeds;
        int c100;
        int c150;
        int c200;
        int newNeedlesInUse;
        /** The coverage part of the last {@link #gain} (Gy·points), before penalties. */
        double lastCoverageGain;
        final List<Integer> needlesInUseList = new ArrayList<>();
        /** The move tried and not yet committed or undone ({@link #tryMove}), and the counts before it. */
        private int pendingMoves;
        private int[] pendingChanged;
        private int[] pendingSigns;
        private int before100;
        private int before150;
        private int before200;

        Loading(SelectionProblem p) {
            this.p = p;
            this.m = p.targetPoints();
            this.rx = p.rxGy();
            int n = p.candidates();
            loaded = new boolean[n];
            dose = new double[m];
            oarDose = new double[p.oars().size()][];
            oarPointLimitGy = new double[oarDose.length];
            for (int o = 0; o < oarDose.length; o++) {
                oarDose[o] = new double[p.oars().get(o).kernelGy().length == 0 ? 0 : p.oars().get(o).kernelGy()[0].length];
                oarPointLimitGy[o] = p.oars().get(o).limits().stream().mapToDouble(l -> l.limitGy()).min().orElse(Double.POSITIVE_INFINITY);
            }
            seedsOnNeedle = new int[p.needles().count()];
            loadedList = new int[n];
            positionInList = new int[n];
            // D90 ≥ Rx ⇔ at most floor(0.1 m) points below Rx; V100 ≥ aim ⇔ at least ceil(aim m) points at or above
            aimCount = Math.max((int) Math.ceil(p.v100Aim() * m - 1e-9), m - (int) Math.floor(0.1 * m));
            requiredCount = Math.min(aimCount, Math.max((int) Math.ceil(p.goals().v100Min() * m - 1e-9), m - (int) Math.floor(0.1 * m)));
            seedLimit = p.goals().maxSeeds();
        }

        /** Loads (sign +1) or unloads (−1) candidate j: dose, counts, needles. */
        void apply(int j, int sign) {
            // two passes (count, then write): apply serves the greedy, pruning and restarts, a few thousand calls
            countMove(p.targetKernelGy()[j], sign, null, 0);
            writeMove(p.targetKernelGy()[j], sign, null, 0);
            book(j, sign);
        }

        /**
         * Makes a move's seed changes everywhere but in the target dose, whose counts c100, c150 and c200 become the move's:
         * {@link #commitMove} then adds its dose, {@link #undoMove} takes it back. A rejected move (most of the annealing's) so costs one
         * read-only pass over the target points instead of two writing ones.
         */
        void tryMove(int moves, int[] changed, int[] signs) {
            pendingMoves = moves;
            pendingChanged = changed;
            pendingSigns = signs;
            before100 = c100;
            before150 = c150;
            before200 = c200;
            float[][] kernels = p.targetKernelGy();
            countMove(kernels[changed[0]], signs[0], moves > 1 ? kernels[changed[1]] : null, moves > 1 ? signs[1] : 0);
            for (int k = 0; k < moves; k++) {
                book(changed[k], signs[k]);
            }
        }

        void commitMove() {
            float[][] kernels = p.targetKernelGy();
            int moves = pendingMoves;
            writeMove(kernels[pendingChanged[0]], pendingSigns[0], moves > 1 ? kernels[pendingChanged[1]] : null, moves > 1 ? pendingSigns[1] : 0);
            pendingMoves = 0;
        }

        void undoMove() {
            for (int k = pendingMoves - 1; k >= 0; k--) {
                book(pendingChanged[k], -pendingSigns[k]);
            }
            c100 = before100;
            c150 = before150;
            c200 = before200;
            pendingMoves = 0;
        }

        /**
         * The counts c100, c150 and c200 after adding sign0·kernel0 (+ sign1·kernel1 when kernel1 is not null) to the target dose, which is
         * left as it is; {@link #writeMove} adds the same with the same arithmetic.
         */
        private void countMove(float[] kernel0, int sign0, float[] kernel1, int sign1) {
            // one loop per number of kernels: the annealing's hot loop, one pass per move tried
            double r15 = 1.5 * rx;
            double r2 = 2 * rx;
            double[] d = dose;
            int d100 = 0;
            int d150 = 0;
            int d200 = 0;
            if (kernel1 == null) {
                for (int i = 0; i < m; i++) {
                    double before = d[i];
                    double after = before + sign0 * kernel0[i];
                    d100 += (after >= rx ? 1 : 0) - (before >= rx ? 1 : 0);
                    d150 += (after >= r15 ? 1 : 0) - (before >= r15 ? 1 : 0);
                    d200 += (after >= r2 ? 1 : 0) - (before >= r2 ? 1 : 0);
                }
            } else {
                for (int i = 0; i < m; i++) {
                    double before = d[i];
                    double after = before + sign0 * kernel0[i] + sign1 * kernel1[i];
                    d100 += (after >= rx ? 1 : 0) - (before >= rx ? 1 : 0);
                    d150 += (after >= r15 ? 1 : 0) - (before >= r15 ? 1 : 0);
                    d200 += (after >= r2 ? 1 : 0) - (before >= r2 ? 1 : 0);
                }
            }
            c100 += d100;
            c150 += d150;
            c200 += d200;
        }

        /** Adds sign0·kernel0 (+ sign1·kernel1) to the target dose; the counts are {@link #countMove}'s. */
        private void writeMove(float[] kernel0, int sign0, float[] kernel1, int sign1) {
            double[] d = dose;
            if (kernel1 == null) {
                for (int i = 0; i < m; i++) {
                    d[i] = d[i] + sign0 * kernel0[i];
                }
            } else {
                for (int i = 0; i < m; i++) {
                    d[i] = d[i] + sign0 * kernel0[i] + sign1 * kernel1[i];
                }
            }
        }

        /** Everything of loading (sign +1) or unloading (−1) candidate j but its target dose: OAR dose, the loaded set, needles in use. */
        private void book(int j, int sign) {
            for (int o = 0; o < oarDose.length; o++) {
                float[] ko = p.oars().get(o).kernelGy()[j];
                double[] od = oarDose[o];
                for (int i = 0; i < od.length; i++) {
                    od[i] += sign * ko[i];
                }
            }
            int needle = p.needleOfCandidate()[j];
            if (sign > 0) {
                loaded[j] = true;
                positionInList[j] = seeds;
                loadedList[seeds++] = j;
                if (seedsOnNeedle[needle]++ == 0) {
                    needlesInUseList.add(needle);
                    if (!p.needles().alreadyInserted(needle)) {
                        newNeedlesInUse++;
                    }
                }
            } else {
                loaded[j] = false;
                int last = loadedList[--seeds];
                loadedList[positionInList[j]] = last;
                positionInList[last] = positionInList[j];
                if (--seedsOnNeedle[needle] == 0) {
                    needlesInUseList.remove(Integer.valueOf(needle));
                    if (!p.needles().alreadyInserted(needle)) {
                        newNeedlesInUse--;
                    }
                }
            }
        }

        int needlesInUse() {
            return needlesInUseList.size();
        }

        int randomLoaded(SplittableRandom random) {
            return loadedList[random.nextInt(seeds)];
        }

        boolean needleOpen(int needle) {
            return seedsOnNeedle[needle] > 0 || p.needles().alreadyInserted(needle);
        }

        /** Whether a needle may be used now: in use already, or within the limit and compatible with every needle in use. */
        boolean mayOpen(int needle) {
            return mayOpenAfterUnloading(needle, -1);
        }

        boolean mayOpenAfterUnloading(int needle, int unloading) {
            if (needleOpen(needle)) {
                return true;
            }
            int freed = unloading >= 0 && seedsOnNeedle[p.needleOfCandidate()[unloading]] == 1 ? 1 : 0;
            int max = p.needles().maxNeedles();
            if (max > 0 && newNeedlesInUse - freed >= max) {
                return false;
            }
            for (int other : needlesInUseList) {
                if (!(freed == 1 && other == p.needleOfCandidate()[unloading]) && !p.needles().compatible(needle, other)) {
                    return false;
                }
            }
            return true;
        }

        /** Greedy gain: capped coverage, less hot-spot and OAR penalties. */
        double gain(int j) {
            double g = 0;
            double coverage = 0;
            float[] k = p.targetKernelGy()[j];
            double hot = 2 * rx;
            double warm = 1.5 * rx;
            for (int i = 0; i < m; i++) {
                double before = dose[i];
                double after = before + k[i];
                coverage += Math.min(rx, after) - Math.min(rx, before);
                if (after > warm) {
                    g -= GREEDY_V150_WEIGHT * (after - Math.max(before, warm));
                    if (after > hot) {
                        g -= GREEDY_V200_WEIGHT * (after - Math.max(before, hot));
                    }
                }
            }
            lastCoverageGain = coverage;
            g += coverage;
            for (int o = 0; o < oarDose.length; o++) {
                double limit = oarPointLimitGy[o];
                float[] ko = p.oars().get(o).kernelGy()[j];
                double[] od = oarDose[o];
                for (int i = 0; i < od.length; i++) {
                    g -= 20 * (Math.max(0, od[i] + ko[i] - limit) - Math.max(0, od[i] - limit));
                }
            }
            return g;
        }

        boolean meetsAim() {
            return c100 >= aimCount;
        }

        boolean meetsRequired() {
            return c100 >= aimCount && (seedLimit == 0 || seeds <= seedLimit) && oarExcess() == 0;
        }

        /** The required goals without the aim's margin: V100 and D90 on the optimiser grid, the OAR limits, the seed limit. */
        boolean meetsFallback() {
            return c100 >= requiredCount && (seedLimit == 0 || seeds <= seedLimit) && oarExcess() == 0;
        }

        boolean atSeedLimit() {
            return seedLimit > 0 && seeds >= seedLimit;
        }

        /** Σ over OAR limits of (metric − limit)/limit where exceeded. */
        double oarExcess() {
            double excess = 0;
            for (int o = 0; o < oarDose.length; o++) {
                float[] od = new float[oarDose[o].length];
                for (int i = 0; i < od.length; i++) {
                    od[i] = (float) oarDose[o][i];
                }
                for (var l : p.oars().get(o).limits()) {
                    double v = l.evaluate(od, p.pointCc());
                    if (v > l.limitGy()) {
                        excess += (v - l.limitGy()) / l.limitGy();
                    }
                }
            }
            return excess;
        }

        double energy() {
            double percent = m / 100.0;
            double e = seeds + NEEDLE_WEIGHT * needlesInUse();
            e += V100_PENALTY_PER_PERCENT * Math.max(0, aimCount - c100) / percent;
            e += V150_PENALTY_PER_PERCENT * Math.max(0, c150 - (p.goals().v150Max() - V150_AIM_MARGIN) * m) / percent;
            e += V200_PENALTY_PER_PERCENT * Math.max(0, c200 - p.goals().v200Max() * m) / percent;
            if (seedLimit > 0 && seeds > seedLimit) {
                e += SEED_LIMIT_PENALTY * (seeds - seedLimit);
            }
            return e + OAR_PENALTY * oarExcess();
        }
    }
}
