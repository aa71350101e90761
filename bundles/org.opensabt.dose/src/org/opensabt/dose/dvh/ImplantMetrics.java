package org.opensabt.dose.dvh;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers clinics report for a seed implant, from DVHs of total dose (Gy).
 * <ul>
 * <li>Target: D90, D100 (= Dmin), V100, V150, V200 (% of the target receiving ≥ 100/150/200% of the
 * prescription), Dmean, Dmin, Dmax (Gy).</li>
 * <li>Organs at risk: D0.1cc, D1cc, D2cc, Dmax (Gy).</li>
 * <li>Conformity: CI = V_Rx / V_T (RTOG, Shaw et al. 1993); COIN = (V_T,Rx / V_T)·(V_T,Rx / V_Rx)
 * (Baltas et al. 1998, without organ factors); DNR = V150 / V100 (dose non-uniformity ratio), where
 * V_Rx is the whole grid's volume receiving ≥ Rx and V_T,Rx the target's.</li>
 * </ul>
 */
public final class ImplantMetrics {

    private ImplantMetrics() {
    }

    public static List<DoseMetric> target(String name, Dvh dvh, double prescriptionGy, double prescriptionIsodoseCc) {
        List<DoseMetric> out = new ArrayList<>();
        out.add(DoseMetric.of(name, "volume", dvh.volumeCc(), "cc"));
        out.add(DoseMetric.of(name, "D90", dvh.doseToPercentGy(90), "Gy"));
        out.add(DoseMetric.of(name, "D100", dvh.minGy(), "Gy"));
        out.add(DoseMetric.of(name, "Dmean", dvh.meanGy(), "Gy"));
        out.add(DoseMetric.of(name, "Dmin", dvh.minGy(), "Gy"));
        out.add(DoseMetric.of(name, "Dmax", dvh.maxGy(), "Gy"));
        if (!(prescriptionGy > 0)) {
            String why = "no prescription dose given";
            for (String metric : List.of("V100", "V150", "V200", "CI", "COIN", "DNR")) {
                out.add(new DoseMetric(name, metric, Double.NaN, metric.startsWith("V") ? "%" : "1", why));
            }
            return out;
        }
        double v100 = dvh.volumeAtLeastPercent(prescriptionGy);
        double v150 = dvh.volumeAtLeastPercent(1.5 * prescriptionGy);
        out.add(DoseMetric.of(name, "V100", v100, "%"));
        out.add(DoseMetric.of(name, "V150", v150, "%"));
        out.add(DoseMetric.of(name, "V200", dvh.volumeAtLeastPercent(2 * prescriptionGy), "%"));
        double targetAtRx = dvh.volumeAtLeastCc(prescriptionGy);
        out.add(DoseMetric.of(name, "CI", prescriptionIsodoseCc / dvh.volumeCc(), "1"));
        out.add(prescriptionIsodoseCc > 0
                ? DoseMetric.of(name, "COIN", (targetAtRx / dvh.volumeCc()) * (targetAtRx / prescriptionIsodoseCc), "1")
                : new DoseMetric(name, "COIN", Double.NaN, "1", "no volume receives the prescription"));
        out.add(v100 > 0 ? DoseMetric.of(name, "DNR", v150 / v100, "1")
                : new DoseMetric(name, "DNR", Double.NaN, "1", "V100 is 0"));
        return out;
    }

    public static List<DoseMetric> organAtRisk(String name, Dvh dvh) {
        List<DoseMetric> out = new ArrayList<>();
        out.add(DoseMetric.of(name, "volume", dvh.volumeCc(), "cc"));
        for (double cc : new double[] { 0.1, 1, 2 }) {
            String metric = "D" + (cc == 0.1 ? "0.1" : String.valueOf((int) cc)) + "cc";
            double value = dvh.doseToVolumeGy(cc);
            out.add(Double.isNaN(value)
                    ? new DoseMetric(name, metric, Double.NaN, "Gy", String.format("structure is %.2f cc, smaller than %s cc", dvh.volumeCc(), cc == 0.1 ? "0.1" : String.valueOf((int) cc)))
                    : DoseMetric.of(name, metric, value, "Gy"));
        }
        out.add(DoseMetric.of(name, "Dmax", dvh.maxGy(), "Gy"));
        out.add(DoseMetric.of(name, "Dmean", dvh.meanGy(), "Gy"));
        return out;
    }
}
