package org.opensabt.outcomes;


/**
 * Kaplan–Meier estimate with Greenwood's variance, as R's {@code survfit(Surv(time, event) ~ 1)}:
 * S(t) = Π (1 − dᵢ/nᵢ) over event times tᵢ ≤ t; Var(log S) = Σ dᵢ / (nᵢ (nᵢ − dᵢ)). Confidence
 * intervals on the log scale (R's default) or the log-log scale; the median is the first time S ≤ 0.5
 * (the midpoint to the next event time when S equals 0.5 exactly over an interval, as R does) and its
 * limits are where the confidence bounds cross 0.5.
 */
public final class KaplanMeier {

    /** Confidence interval scale. */
    public enum ConfType {
        LOG("log"), LOG_LOG("log-log");

        public final String label;

        ConfType(String label) {
            this.label = label;
        }
    }

    private final double[] times;     // distinct times (events or censorings), ascending
    private final int[] atRisk;
    private final int[] events;
    private final double[] surv;
    private final double[] varLog;    // cumulative Greenwood sum
    private final int n;
    private final int totalEvents;

    public KaplanMeier(double[] time, int[] event) {
        int len = time.length;
        int[] order = Order.ascending(time);
        double[] tBuf = new double[len];
        int[] riskBuf = new int[len];
        int[] eventBuf = new int[len];
        int distinctTimes = 0;
        int i = 0;
        int remaining = len;
        int total = 0;
        while (i < len) {
            double ti = time[order[i]];
            int d = 0;
            int c = 0;
            while (i < len && time[order[i]] == ti) {
                if (event[order[i]] == 1) {
                    d++;
                } else {
                    c++;
                }
                i++;
            }
            tBuf[distinctTimes] = ti;
            riskBuf[distinctTimes] = remaining;
            eventBuf[distinctTimes] = d;
            distinctTimes++;
            total += d;
            remaining -= d + c;
        }
        this.n = len;
        this.totalEvents = total;
        this.times = java.util.Arrays.copyOf(tBuf, distinctTimes);
        this.atRisk = java.util.Arrays.copyOf(riskBuf, distinctTimes);
        this.events = java.util.Arrays.copyOf(eventBuf, distinctTimes);
        this.surv = new double[times.length];
        this.varLog = new double[times.length];
        double s = 1;
        double v = 0;
        for (int k = 0; k < times.length; k++) {
            if (events[k] > 0) {
                s *= 1 - (double) events[k] / atRisk[k];
                v += atRisk[k] == events[k] ? Double.POSITIVE_INFINITY : (double) events[k] / ((double) atRisk[k] * (atRisk[k] - events[k]));
            }
            surv[k] = s;
            varLog[k] = v;
        }
    }

    public int n() {
        return n;
    }

    public int events() {
        return totalEvents;
    }

    public double[] times() {
        return times.clone();
    }

    public int[] atRisk() {
        return atRisk.clone();
    }

    public int[] eventCounts() {
        return events.clone();
    }

    public double[] survival() {
        return surv.clone();
    }

    /** Index of the last time ≤ t, or −1 before the first. */
    private int last(double t) {
        int k = -1;
        while (k + 1 < times.length && times[k + 1] <= t) {
            k++;
        }
        return k;
    }

    /** S(t). */
    public double survivalAt(double t) {
        int k = last(t);
        return k < 0 ? 1 : surv[k];
    }

    /** SE of log S(t) (Greenwood). */
    public double stdErrLogAt(double t) {
        int k = last(t);
        return k < 0 ? 0 : Math.sqrt(varLog[k]);
    }

    /** Number at risk at time t, as summary.survfit(times = t) reports it: subjects with time ≥ t. */
    public int atRiskAt(double t) {
        for (int k = 0; k < times.length; k++) {
            if (times[k] >= t) {
                return atRisk[k];
            }
        }
        return 0;
    }

    /** {lower, upper} 95 % (or {@code level}) limits of S(t). */
    public double[] interval(double t, ConfType type, double level) {
        double s = survivalAt(t);
        double se = stdErrLogAt(t);
        return interval(s, se, type, level);
    }

    static double[] interval(double s, double seLog, ConfType type, double level) {
        double z = Tails.normalQuantile(1 - (1 - level) / 2);
        if (s <= 0 || !Double.isFinite(seLog)) {
            return new double[] { Double.NaN, Double.NaN };
        }
        if (seLog == 0 || s >= 1) {
            return new double[] { s, s };
        }
        if (type == ConfType.LOG) {
            return new double[] { Math.exp(Math.log(s) - z * seLog), Math.min(1, Math.exp(Math.log(s) + z * seLog)) };
        }
        // log-log: log(−log S) ± z · se(log S) / |log S|
        double ll = Math.log(-Math.log(s));
        double w = z * seLog / Math.abs(Math.log(s));
        return new double[] { Math.exp(-Math.exp(ll + w)), Math.exp(-Math.exp(ll - w)) };
    }

    /** Median survival time, or NaN when S never falls to 0.5. */
    public double median() {
        return quantileTime(surv);
    }

    /** {lower, upper} limits of the median from the confidence bands (NaN where a band never reaches 0.5). */
    public double[] medianInterval(ConfType type, double level) {
        double[] lower = new double[times.length];
        double[] upper = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            double[] ci = interval(surv[k], Math.sqrt(varLog[k]), type, level);
            lower[k] = ci[0]; // NaN where S = 0: R leaves the band undefined there, so it cannot cross 0.5
            upper[k] = ci[1];
        }
        return new double[] { quantileTime(lower), quantileTime(upper) };
    }

    /** First event time where the curve ≤ 0.5; R averages with the next time when the curve sits exactly at 0.5 (within 1e-10). */
    private double quantileTime(double[] curve) {
        for (int k = 0; k < times.length; k++) {
            if (!Double.isNaN(curve[k]) && curve[k] <= 0.5 + 1e-10 && (events[k] > 0 || curve != surv)) {
                if (Math.abs(curve[k] - 0.5) < 1e-10) {
                    for (int j = k + 1; j < times.length; j++) {
                        if (curve[j] < curve[k] - 1e-10) {
                            return (times[k] + times[j]) / 2;
                        }
                    }
                    return times[k];
                }
                return times[k];
            }
        }
        return Double.NaN;
    }
}
