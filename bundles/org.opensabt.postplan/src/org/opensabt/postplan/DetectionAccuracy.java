package org.opensabt.postplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.model.geometry.Vec3;

/**
 * Found seeds against the truth: paired by optimal assignment within {@code gateMm}; sensitivity = paired
 * true seeds / true seeds; false seeds per 100 = unpaired found seeds per 100 true seeds; position errors
 * of the pairs (median, 95th percentile, largest) and axis errors in degrees.
 */
public record DetectionAccuracy(int trueSeeds, int foundSeeds, int paired, double sensitivity, double falsePer100, double medianErrorMm,
        double p95ErrorMm, double maxErrorMm, double medianAxisErrorDeg) {

    public static DetectionAccuracy of(List<double[][]> truth, List<double[][]> found, double gateMm) {
        List<double[]> t = truth.stream().map(s -> s[0]).toList();
        List<double[]> f = found.stream().map(s -> s[0]).toList();
        int[] match = SeedMatcher.match(f, t, gateMm);
        List<Double> errors = new ArrayList<>();
        List<Double> axisErrors = new ArrayList<>();
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                errors.add(Vec3.distance(f.get(i), t.get(match[i])));
                double cos = Math.abs(Vec3.dot(found.get(i)[1], truth.get(match[i])[1]));
                axisErrors.add(Math.toDegrees(Math.acos(Math.min(1, cos))));
            }
        }
        double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] a = axisErrors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int paired = e.length;
        return new DetectionAccuracy(t.size(), f.size(), paired, t.isEmpty() ? Double.NaN : (double) paired / t.size(),
                t.isEmpty() ? Double.NaN : 100.0 * (f.size() - paired) / t.size(), PostImplantDosimetry.quantile(e, 0.5),
                PostImplantDosimetry.quantile(e, 0.95), e.length == 0 ? Double.NaN : e[e.length - 1], PostImplantDosimetry.quantile(a, 0.5));
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d/%d true seeds found (sensitivity %.1f %%), %d false (%.1f per 100), position error median %.2f mm, "
                + "95th percentile %.2f mm, max %.2f mm; axis error median %.1f°", paired, trueSeeds, 100 * sensitivity, foundSeeds - paired, falsePer100,
                medianErrorMm, p95ErrorMm, maxErrorMm, medianAxisErrorDeg);
    }
}
