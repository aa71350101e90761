package org.opensabt.dose.dvh;

import java.util.Arrays;

import org.opensabt.contour.VoxelFractions;

/**
 * Dose-volume histogram of one structure: its voxels' doses (Gy) weighted by their inside fractions.
 * D(x) follows the clinical definition, the minimum dose to the hottest x of the volume; V(d) is the
 * volume receiving at least d.
 */
public final class Dvh {

    private final float[] doseGy;      // ascending
    private final double[] cumulative; // volume (cc) with dose ≥ doseGy[i]
    private final double totalCc;
    private final double meanGy;

    public Dvh(float[] gridDoseGy, VoxelFractions mask) {
        int n = mask.size();
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            // sort by dose, keep the original position (doses are ≥ 0, so their bits sort like the values)
            packed[i] = ((long) Float.floatToRawIntBits(Math.max(0f, gridDoseGy[mask.index()[i]])) << 32) | i;
        }
        Arrays.sort(packed);
        doseGy = new float[n];
        double[] volume = new double[n];
        double weighted = 0;
        double total = 0;
        for (int k = 0; k < n; k++) {
            int i = (int) packed[k];
            doseGy[k] = Float.intBitsToFloat((int) (packed[k] >>> 32));
            volume[k] = mask.fraction()[i] * mask.voxelVolumeCc();
            total += volume[k];
            weighted += volume[k] * doseGy[k];
        }
        cumulative = new double[n];
        double running = 0;
        for (int k = n - 1; k >= 0; k--) {
            running += volume[k];
            cumulative[k] = running;
        }
        totalCc = total;
        meanGy = total > 0 ? weighted / total : Double.NaN;
    }

    public double volumeCc() {
        return totalCc;
    }

    public boolean isEmpty() {
        return doseGy.length == 0;
    }

    public double meanGy() {
        return meanGy;
    }

    public double minGy() {
        return doseGy.length == 0 ? Double.NaN : doseGy[0];
    }

    public double maxGy() {
        return doseGy.length == 0 ? Double.NaN : doseGy[doseGy.length - 1];
    }

    /** Volume (cc) receiving at least {@code doseGy}. */
    public double volumeAtLeastCc(double dose) {
        int k = lowerBound(dose);
        return k < doseGy.length ? cumulative[k] : 0.0;
    }

    /** Percentage of the structure receiving at least {@code dose}. */
    public double volumeAtLeastPercent(double dose) {
        return totalCc > 0 ? 100.0 * volumeAtLeastCc(dose) / totalCc : Double.NaN;
    }

    /** Minimum dose (Gy) to the hottest {@code percent} % of the volume (D90 = dosePercent(90)). */
    public double doseToPercentGy(double percent) {
        return doseToVolumeGy(totalCc * percent / 100.0);
    }

    /** Minimum dose (Gy) to the hottest {@code cc}; NaN when the structure is smaller than that. */
    public double doseToVolumeGy(double cc) {
        if (doseGy.length == 0 || cc > totalCc * (1 + 1e-9)) {
            return Double.NaN;
        }
        // the highest k whose cumulative volume (dose ≥ doseGy[k]) still reaches cc
        int lo = 0;
        int hi = doseGy.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cumulative[mid] >= cc * (1 - 1e-12)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return doseGy[lo];
    }

    /** Cumulative DVH sampled at {@code binGy} steps: rows of (dose Gy, volume cc ≥ dose). */
    public double[][] cumulative(double binGy) {
        int bins = (int) Math.ceil(maxGy() / binGy) + 1;
        double[][] out = new double[Math.max(bins, 1)][2];
        for (int b = 0; b < out.length; b++) {
            out[b][0] = b * binGy;
            out[b][1] = volumeAtLeastCc(b * binGy);
        }
        return out;
    }

    /** Differential DVH: rows of (bin start Gy, volume cc with dose in [start, start + bin)). */
    public double[][] differential(double binGy) {
        double[][] cum = cumulative(binGy);
        double[][] out = new double[cum.length][2];
        for (int b = 0; b < cum.length; b++) {
            out[b][0] = cum[b][0];
            out[b][1] = cum[b][1] - (b + 1 < cum.length ? cum[b + 1][1] : 0.0);
        }
        return out;
    }

    private int lowerBound(double dose) {
        int lo = 0;
        int hi = doseGy.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (doseGy[mid] < dose) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
