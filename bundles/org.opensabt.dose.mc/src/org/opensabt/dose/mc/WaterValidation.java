package org.opensabt.dose.mc;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.opensabt.dose.mc.internal.SeedEmission;
import org.opensabt.dose.mc.internal.Tables;
import org.opensabt.dose.mc.internal.WaterReference;
import org.opensabt.dose.source.SeedSource;

/**
 * The engine's seed in the TG-43U1 water phantom against the seed's TG-43 consensus data (its descriptor): the radial
 * dose function g_L(r) and the anisotropy function F(r, θ) that the engine's transport gives, each with its
 * statistical uncertainty and its difference from the consensus.
 */
public final class WaterValidation {

    /** One compared value; {@code consensus} NaN where the descriptor has none at this point. */
    public record Point(double rCm, double thetaDeg, double monteCarlo, double consensus, double uncertaintyPercent) {

        public double differencePercent() {
            return 100 * (monteCarlo / consensus - 1);
        }
    }

    /**
     * @param radial     g_L(r) at the scored radii (θ = 90°)
     * @param anisotropy F(r, θ) at the descriptor's radii and the scored angles
     * @param emission   how the seed emits (spectrum, anisotropy radius)
     */
    public record Report(String seed, List<Point> radial, List<Point> anisotropy, long histories, double seconds, String emission) {

        /** Largest |difference| (%) over points with 0.5 ≤ r ≤ 5 cm and a consensus value. */
        public double maxAbsDifferencePercent(List<Point> points) {
            return points.stream().filter(p -> p.rCm() >= 0.5 - 1e-9 && p.rCm() <= 5 + 1e-9 && Double.isFinite(p.consensus()))
                    .mapToDouble(p -> Math.abs(p.differencePercent())).max().orElse(Double.NaN);
        }
    }

    private WaterValidation() {
    }

    /** Runs the seed in water with {@code histories} photons and compares with its descriptor. */
    public static Report run(SeedSource source, long histories, long randomSeed, int threads, IProgressMonitor monitor) throws InterruptedException {
        SeedEmission emission = SourceCalibrations.emission(source, SourceCalibrations.of(source, threads, monitor));
        WaterReference.Result r = new WaterReference(MonteCarloDoseEngine.physics(), emission).run(histories, randomSeed, threads,
                () -> monitor != null && monitor.isCanceled());
        double l = source.activeLengthCm();
        double[] radii = WaterReference.RADII_CM;
        double[] thetas = WaterReference.THETAS_DEG;
        int t90 = thetas.length - 1;
        int r1 = indexOf(radii, 1.0);
        double g1 = WaterReference.geometryFactorOfBin(1.0, t90, l);
        List<Point> radial = new ArrayList<>();
        for (int k = 0; k < radii.length; k++) {
            double gl = r.doseKeVPerG()[k][t90] / r.doseKeVPerG()[r1][t90] * g1 / WaterReference.geometryFactorOfBin(radii[k], t90, l);
            double u = 100 * Math.hypot(r.relativeUncertainty()[k][t90], k == r1 ? 0 : r.relativeUncertainty()[r1][t90]);
            double[] tabulated = source.radialRCm();
            boolean inTable = radii[k] >= tabulated[0] - 1e-9 && radii[k] <= tabulated[tabulated.length - 1] + 1e-9;
            radial.add(new Point(radii[k], 90, gl, inTable ? Tables.linear(tabulated, source.radialGL(), radii[k]) : Double.NaN, u));
        }
        List<Point> anisotropy = new ArrayList<>();
        for (int k = 0; k < radii.length; k++) {
            int column = indexOf(source.anisotropyRCm(), radii[k]);
            if (column < 0) {
                continue;
            }
            for (int j = 0; j < thetas.length - 1; j++) {
                int row = indexOf(source.anisotropyThetaDeg(), thetas[j]);
                double f = WaterReference.anisotropy(r, k, j, l);
                double u = 100 * Math.hypot(r.relativeUncertainty()[k][j], r.relativeUncertainty()[k][t90]);
                anisotropy.add(new Point(radii[k], thetas[j], f, row < 0 ? Double.NaN : source.anisotropyF()[row][column], u));
            }
        }
        String how = "spectrum " + emission.spectrumName() + (emission.spectrumOfThisSeed() ? "" : " (not this seed's)")
                + ", emission anisotropy fitted to F(" + emission.anisotropyRadiusCm() + " cm, θ), line source " + l + " cm";
        return new Report(source.name(), radial, anisotropy, r.histories(), r.seconds(), how);
    }

    /** The descriptor's F(r, θ) at a tabulated radius, linear in θ; NaN when r is not tabulated. */
    static double consensusF(SeedSource source, double rCm, double thetaDeg) {
        int column = indexOf(source.anisotropyRCm(), rCm);
        if (column < 0) {
            return Double.NaN;
        }
        return Tables.linear(source.anisotropyThetaDeg(), SeedEmission.anisotropyColumn(source, column), Math.min(thetaDeg, 180 - thetaDeg));
    }

    private static int indexOf(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i] - v) < 1e-6) {
                return i;
            }
        }
        return -1;
    }
}
