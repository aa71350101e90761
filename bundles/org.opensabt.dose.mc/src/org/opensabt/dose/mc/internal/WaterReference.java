package org.opensabt.dose.mc.internal;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * One seed in the middle of a liquid-water sphere of 15 cm radius (the TG-43U1 reference phantom), dose to water
 * scored with the track-length estimator in thin spherical shells and polar-angle bins around the seed's axis:
 * TG-43's D(r, θ), from which g_L(r), F(r, θ) and the dose per photon at the reference point (1 cm, 90°) follow
 * (Rivard et al., Med Phys 31:633, 2004, eqs. 1, 4 and 5). The engine normalises patient doses with that reference,
 * so that a seed of S_K in water gives Λ·S_K at (1 cm, 90°).
 */
public final class WaterReference {

    /** Shell radii (cm) at which D(r, θ) is scored. */
    public static final double[] RADII_CM = { 0.5, 0.75, 1, 1.5, 2, 3, 4, 5 };
    /** Polar-angle bin centres (degrees from the seed axis, folded about 90°). */
    public static final double[] THETAS_DEG = { 0, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90 };
    static final double PHANTOM_RADIUS_CM = 15;
    private static final double THETA_HALF_WIDTH_DEG = 2.5;
    private static final double MAX_SUBSTEP_CM = 0.005;
    /** The reference bin: shell of 1 cm ± 0.05 cm, 80–100° (F and the geometry factor are flat there within 0.1 %). */
    private static final double REF_INNER = 0.95;
    private static final double REF_OUTER = 1.05;
    private static final double REF_COS = Math.cos(Math.toRadians(80));

    private final PhotonPhysics physics;
    private final SeedEmission emission;
    private final int water;
    private final double[] inner = new double[RADII_CM.length];
    private final double[] outer = new double[RADII_CM.length];
    private final double[] cosLow = new double[THETAS_DEG.length];  // bin j holds |cos θ| in (cosLow, cosHigh]
    private final double[] cosHigh = new double[THETAS_DEG.length];

    /** D(r, θ) and the reference dose, per photon (keV/g), with one standard deviation each as a fraction. */
    public record Result(double[][] doseKeVPerG, double[][] relativeUncertainty, double referenceKeVPerG, double referenceRelativeUncertainty,
            long histories, double seconds) {
    }

    public WaterReference(PhotonPhysics physics, SeedEmission emission) {
        this.physics = physics;
        this.emission = emission;
        this.water = physics.materialIndex("water");
        for (int k = 0; k < RADII_CM.length; k++) {
            double h = RADII_CM[k] <= 1 ? 0.025 : 0.05;
            inner[k] = RADII_CM[k] - h;
            outer[k] = RADII_CM[k] + h;
        }
        for (int j = 0; j < THETAS_DEG.length; j++) {
            double lo = Math.max(0, THETAS_DEG[j] - THETA_HALF_WIDTH_DEG);
            double hi = Math.min(90, THETAS_DEG[j] + THETA_HALF_WIDTH_DEG);
            cosHigh[j] = Math.cos(Math.toRadians(lo));
            cosLow[j] = Math.cos(Math.toRadians(hi));
        }
    }

    private int bins() {
        return RADII_CM.length * THETAS_DEG.length + 1;
    }

    /** Runs {@code histories} photons in 20 batches. */
    public Result run(long histories, long randomSeed, int threads, BooleanSupplier cancelled) throws InterruptedException {
        Batches.Result r = Batches.run(20, histories, randomSeed, threads, 1, bins(), this::batch, cancelled, b -> {
        });
        double[][] dose = new double[RADII_CM.length][THETAS_DEG.length];
        double[][] rel = new double[RADII_CM.length][THETAS_DEG.length];
        for (int k = 0; k < RADII_CM.length; k++) {
            for (int j = 0; j < THETAS_DEG.length; j++) {
                int bin = k * THETAS_DEG.length + j;
                dose[k][j] = r.meanPerHistory()[0][bin] / volume(inner[k], outer[k], cosLow[j], cosHigh[j]);
                rel[k][j] = r.relativeUncertainty()[bin];
            }
        }
        int ref = bins() - 1;
        double refDose = r.meanPerHistory()[0][ref] / volume(REF_INNER, REF_OUTER, 0, REF_COS);
        return new Result(dose, rel, refDose, r.relativeUncertainty()[ref], histories, r.seconds());
    }

    /** F(r, θ) of shell k and polar bin j of a result (TG-43U1 eq. 5 with the bin-averaged geometry factor). */
    public static double anisotropy(Result r, int k, int j, double activeLengthCm) {
        int t90 = THETAS_DEG.length - 1;
        return r.doseKeVPerG()[k][j] / r.doseKeVPerG()[k][t90] * geometryFactorOfBin(RADII_CM[k], t90, activeLengthCm)
                / geometryFactorOfBin(RADII_CM[k], j, activeLengthCm);
    }

    /** Volume (cm³) of both halves (θ and 180° − θ) of a shell sector with |cos θ| in [cosLow, cosHigh]. */
    static double volume(double r1, double r2, double cosLow, double cosHigh) {
        return 2 * (2 * Math.PI / 3) * (r2 * r2 * r2 - r1 * r1 * r1) * (cosHigh - cosLow);
    }

    private void batch(long histories, SplittableRandom random, double[][] scores, BooleanSupplier cancelled) {
        double[] score = scores[0];
        double[] p = new double[3];
        double[] u = new double[3];
        for (long h = 0; h < histories; h++) {
            if ((h & 0x3fff) == 0 && cancelled.getAsBoolean()) {
                return;
            }
            double along = emission.sampleAlongCm(random);
            double cosT = emission.sampleCosTheta(random);
            double sinT = Math.sqrt(Math.max(0, 1 - cosT * cosT));
            double phi = 2 * Math.PI * random.nextDouble();
            p[0] = 0;
            p[1] = 0;
            p[2] = along;
            u[0] = sinT * Math.cos(phi);
            u[1] = sinT * Math.sin(phi);
            u[2] = cosT;
            double e = emission.sampleEnergyKeV(random);
            while (e >= physics.minEnergyKeV()) {
                double mu = physics.totalCm2PerG(water, e); // density 1 g/cm³ (liquid water, TG-43U1)
                double s = -Math.log(1 - random.nextDouble()) / mu;
                // leave the sphere?
                double pu = p[0] * u[0] + p[1] * u[1] + p[2] * u[2];
                double pp = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
                double exit = -pu + Math.sqrt(Math.max(0, pu * pu - (pp - PHANTOM_RADIUS_CM * PHANTOM_RADIUS_CM)));
                boolean escapes = s >= exit;
                double length = escapes ? exit : s;
                score(p, u, length, pu, pp, e * physics.energyAbsorptionCm2PerG(water, e), score);
                if (escapes) {
                    break;
                }
                p[0] += s * u[0];
                p[1] += s * u[1];
                p[2] += s * u[2];
                e = physics.interact(water, e, u, random);
            }
        }
    }

    /** Adds the track p + t·u, 0 ≤ t ≤ length, to the shell bins it crosses. */
    private void score(double[] p, double[] u, double length, double pu, double pp, double kerma, double[] score) {
        for (int k = 0; k < RADII_CM.length; k++) {
            scoreShell(p, u, length, pu, pp, inner[k], outer[k], kerma, score, k * THETAS_DEG.length, false);
        }
        scoreShell(p, u, length, pu, pp, REF_INNER, REF_OUTER, kerma, score, bins() - 1, true);
    }

    private void scoreShell(double[] p, double[] u, double length, double pu, double pp, double r1, double r2, double kerma, double[] score,
            int offset, boolean reference) {
        double dOuter = pu * pu - (pp - r2 * r2);
        if (dOuter <= 0) {
            return;
        }
        double so = Math.sqrt(dOuter);
        double a = -pu - so;
        double b = -pu + so;
        if (b <= 0 || a >= length) {
            return;
        }
        double dInner = pu * pu - (pp - r1 * r1);
        if (dInner <= 0) {
            segment(p, u, Math.max(0, a), Math.min(length, b), kerma, score, offset, reference);
            return;
        }
        double si = Math.sqrt(dInner);
        segment(p, u, Math.max(0, a), Math.min(length, -pu - si), kerma, score, offset, reference);
        segment(p, u, Math.max(0, -pu + si), Math.min(length, b), kerma, score, offset, reference);
    }

    private void segment(double[] p, double[] u, double t0, double t1, double kerma, double[] score, int offset, boolean reference) {
        if (t1 <= t0) {
            return;
        }
        int pieces = (int) Math.ceil((t1 - t0) / MAX_SUBSTEP_CM);
        double dl = (t1 - t0) / pieces;
        for (int i = 0; i < pieces; i++) {
            double t = t0 + (i + 0.5) * dl;
            double x = p[0] + t * u[0];
            double y = p[1] + t * u[1];
            double z = p[2] + t * u[2];
            double c = Math.abs(z) / Math.sqrt(x * x + y * y + z * z);
            if (reference) {
                if (c <= REF_COS) {
                    score[offset] += dl * kerma;
                }
                continue;
            }
            for (int j = 0; j < THETAS_DEG.length; j++) {
                if (c > cosLow[j] && c <= cosHigh[j]) {
                    score[offset + j] += dl * kerma;
                    break;
                }
            }
        }
    }

    /**
     * TG-43U1's line-source geometry function G_L(r, θ) (cm⁻²), averaged over a polar bin weighted by solid angle, for
     * the bin of centre θ (degrees) as scored here.
     */
    public static double geometryFactorOfBin(double rCm, int thetaBin, double activeLengthCm) {
        double lo = Math.toRadians(Math.max(0, THETAS_DEG[thetaBin] - THETA_HALF_WIDTH_DEG));
        double hi = Math.toRadians(Math.min(90, THETAS_DEG[thetaBin] + THETA_HALF_WIDTH_DEG));
        int n = 200;
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < n; i++) {
            double theta = lo + (i + 0.5) * (hi - lo) / n;
            double w = Math.sin(theta);
            sum += w * geometryFactor(rCm, theta, activeLengthCm);
            weight += w;
        }
        return sum / weight;
    }

    /** G_L(r, θ) = β / (L r sin θ), 1/(r² − L²/4) on the axis (TG-43U1 eq. 4). */
    public static double geometryFactor(double rCm, double thetaRad, double l) {
        double s = Math.sin(thetaRad);
        if (s < 1e-6) {
            return 1 / (rCm * rCm - l * l / 4);
        }
        double x = rCm * s;
        double z = rCm * Math.cos(thetaRad);
        double beta = Math.atan2(z + l / 2, x) - Math.atan2(z - l / 2, x);
        return beta / (l * rCm * s);
    }
}
