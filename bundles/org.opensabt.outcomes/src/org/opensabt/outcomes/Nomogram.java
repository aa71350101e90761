package org.opensabt.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A nomogram of a Cox model with categorical predictors, scaled as R's rms {@code nomogram} does:
 * each predictor's points are its level's Xβ minus the predictor's smallest, times 100 / (the largest
 * single-predictor range), so the widest predictor spans 0–100 points. The total points map to the
 * centred linear predictor lp = Xβ − mean(Xβ) and to survival S(t | lp) = exp(−H₀(t) e^lp), with
 * H₀ the Efron-type baseline cumulative hazard at the mean linear predictor (as survfit.coxph).
 */
public final class Nomogram {

    /** A predictor: its levels (reference first) with their Xβ. */
    public record Predictor(String variable, String label, List<String> levels, double[] xbeta) {

        double min() {
            return java.util.Arrays.stream(xbeta).min().orElse(0);
        }

        double max() {
            return java.util.Arrays.stream(xbeta).max().orElse(0);
        }
    }

    private final List<Predictor> predictors;
    private final double center;
    private final double scale;
    private final double sumMin;
    private final double[] eventTimes;
    private final double[] cumulativeHazard;

    /**
     * @param time     survival times of the fitted data
     * @param event    events (1) of the fitted data
     * @param linearPredictor Xβ of each subject (uncentred)
     */
    public Nomogram(List<Predictor> predictors, double[] time, int[] event, double[] linearPredictor) {
        this.predictors = predictors;
        double mean = 0;
        for (double v : linearPredictor) {
            mean += v;
        }
        this.center = mean / linearPredictor.length;
        double widest = 0;
        double lowest = 0;
        for (Predictor p : predictors) {
            widest = Math.max(widest, p.max() - p.min());
            lowest += p.min();
        }
        this.scale = 100 / widest;
        this.sumMin = lowest;
        // Efron baseline hazard at the mean: Σ over tied deaths l = 0..d−1 of 1 / (S₀ − l/d · D₀), risk scores exp(Xβ − centre)
        int[] order = Order.ascending(time);
        int n = time.length;
        List<Double> times = new ArrayList<>();
        List<Double> hazard = new ArrayList<>();
        double riskSum = 0;
        for (double lp : linearPredictor) {
            riskSum += Math.exp(lp - center);
        }
        double h = 0;
        int i = 0;
        while (i < n) {
            double t = time[order[i]];
            double deathRisk = 0;
            double leaving = 0;
            int deaths = 0;
            int j = i;
            while (j < n && time[order[j]] == t) {
                double r = Math.exp(linearPredictor[order[j]] - center);
                leaving += r;
                if (event[order[j]] == 1) {
                    deaths++;
                    deathRisk += r;
                }
                j++;
            }
            for (int l = 0; l < deaths; l++) {
                h += 1 / (riskSum - (double) l / deaths * deathRisk);
            }
            if (deaths > 0) {
                times.add(t);
                hazard.add(h);
            }
            riskSum -= leaving;
            i = j;
        }
        this.eventTimes = times.stream().mapToDouble(Double::doubleValue).toArray();
        this.cumulativeHazard = hazard.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public List<Predictor> predictors() {
        return predictors;
    }

    public double center() {
        return center;
    }

    /** Points of a predictor's level. */
    public double points(Predictor p, int level) {
        return (p.xbeta()[level] - p.min()) * scale;
    }

    /** Centred linear predictor of a total score. */
    public double linearPredictor(double totalPoints) {
        return totalPoints / scale + sumMin - center;
    }

    /** Total points of a centred linear predictor. */
    public double pointsOf(double lp) {
        return (lp + center - sumMin) * scale;
    }

    /** H₀(t) at the mean linear predictor. */
    public double baselineHazard(double t) {
        double h = 0;
        for (int k = 0; k < eventTimes.length && eventTimes[k] <= t; k++) {
            h = cumulativeHazard[k];
        }
        return h;
    }

    /** S(t | lp). */
    public double survival(double t, double lp) {
        return Math.exp(-baselineHazard(t) * Math.exp(lp));
    }

    /** Total points at which S(t) equals {@code probability}. */
    public double pointsForSurvival(double t, double probability) {
        return pointsOf(Math.log(-Math.log(probability) / baselineHazard(t)));
    }

    /** JSON-ready nomogram in the key layout of the rms reference; survival at {@code months} (e.g. 12, 36) for every profile. */
    public Map<String, Object> toJson(double[] months, String endpointPrefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> coefficients = new LinkedHashMap<>();
        Map<String, Object> points = new LinkedHashMap<>();
        for (Predictor p : predictors) {
            for (int l = 1; l < p.levels().size(); l++) {
                coefficients.put(p.variable() + "=" + p.levels().get(l), p.xbeta()[l]);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", p.label());
            m.put("levels", p.levels());
            m.put("xbeta", p.xbeta());
            double[] pts = new double[p.levels().size()];
            for (int l = 0; l < pts.length; l++) {
                pts[l] = points(p, l);
            }
            m.put("points", pts);
            points.put(p.variable(), m);
        }
        out.put("coefficients", coefficients);
        out.put("center", center); // rms's f$center: mean Xβ over the data, subtracted to give lp
        out.put("points", points);
        List<Object> profiles = new ArrayList<>();
        int combinations = 1;
        for (Predictor p : predictors) {
            combinations *= p.levels().size();
        }
        for (int c = 0; c < combinations; c++) {
            Map<String, Object> profile = new LinkedHashMap<>();
            int rest = c;
            double total = 0;
            for (Predictor p : predictors) {
                int level = rest % p.levels().size();
                rest /= p.levels().size();
                profile.put(p.variable(), p.levels().get(level));
                total += points(p, level);
            }
            double lp = linearPredictor(total);
            profile.put("total_points", total);
            profile.put("lp_rms", lp);
            for (double t : months) {
                profile.put(endpointPrefix + "_" + (int) t + "m_survfit_coxph", survival(t, lp));
                profile.put(endpointPrefix + "_" + (int) t + "m_rms", survival(t, lp));
            }
            profiles.add(profile);
        }
        out.put("profiles", profiles);
        return out;
    }
}
