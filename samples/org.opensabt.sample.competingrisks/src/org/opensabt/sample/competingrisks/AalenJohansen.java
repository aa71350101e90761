package org.opensabt.sample.competingrisks;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Cumulative incidence functions with competing risks by the Aalen–Johansen estimator (Aalen &
 * Johansen, Scand J Stat 5:141, 1978; for two absorbing causes it is the estimator of Kalbfleisch &
 * Prentice, and what R's {@code survfit(Surv(time, factor(status)) ~ 1)} reports as {@code pstate}).
 * At each distinct event time t_j with n_j at risk, d_kj events of cause k and S(t) the all-cause
 * Kaplan–Meier survival: CIF_k(t) = sum over t_j ≤ t of S(t_j−) · d_kj / n_j. Subjects censored at
 * t_j are still at risk at t_j.
 */
public final class AalenJohansen {

    /** One step of the estimate: after the events at {@code timeMonths}. */
    public record Step(double timeMonths, int atRisk, int cause1Events, int cause2Events, int censored,
            double cif1, double cif2, double eventFreeSurvival) {
    }

    private final List<Step> steps;

    /**
     * @param timeMonths time of the first event or of censoring
     * @param status     0 censored, 1 cause 1 (e.g. local progression), 2 cause 2 (e.g. death without it)
     */
    public AalenJohansen(double[] timeMonths, int[] status) {
        if (timeMonths.length != status.length) {
            throw new IllegalArgumentException("times and statuses differ in length");
        }
        TreeMap<Double, int[]> byTime = new TreeMap<>();
        for (int i = 0; i < timeMonths.length; i++) {
            if (!(timeMonths[i] >= 0) || Double.isInfinite(timeMonths[i])) {
                throw new IllegalArgumentException("time " + (i + 1) + " must be a finite number ≥ 0, is " + timeMonths[i]);
            }
            if (status[i] < 0 || status[i] > 2) {
                throw new IllegalArgumentException("status " + (i + 1) + " must be 0, 1 or 2, is " + status[i]);
            }
            byTime.computeIfAbsent(timeMonths[i], t -> new int[3])[status[i]]++;
        }
        List<Step> list = new ArrayList<>();
        int atRisk = timeMonths.length;
        double survival = 1;
        double cif1 = 0;
        double cif2 = 0;
        for (var entry : byTime.entrySet()) {
            int[] counts = entry.getValue();
            int events = counts[1] + counts[2];
            if (events > 0) {
                cif1 += survival * counts[1] / atRisk;
                cif2 += survival * counts[2] / atRisk;
                survival *= 1.0 - (double) events / atRisk;
            }
            list.add(new Step(entry.getKey(), atRisk, counts[1], counts[2], counts[0], cif1, cif2, survival));
            atRisk -= events + counts[0];
        }
        this.steps = List.copyOf(list);
    }

    public List<Step> steps() {
        return steps;
    }

    /** The estimate at a time (right-continuous step function; before the first time: 0, 0, 1). */
    public Step at(double timeMonths) {
        Step last = null;
        for (Step step : steps) {
            if (step.timeMonths() > timeMonths) {
                break;
            }
            last = step;
        }
        return last;
    }

    public double cif1(double timeMonths) {
        Step s = at(timeMonths);
        return s == null ? 0 : s.cif1();
    }

    public double cif2(double timeMonths) {
        Step s = at(timeMonths);
        return s == null ? 0 : s.cif2();
    }
}
