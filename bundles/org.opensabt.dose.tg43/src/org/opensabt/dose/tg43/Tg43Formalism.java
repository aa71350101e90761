package org.opensabt.dose.tg43;

import org.opensabt.dose.DoseMode;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.source.SeedSource;

/**
 * The AAPM TG-43U1 dose-rate formula evaluated directly from a seed's tables (Rivard et al., Med Phys
 * 31:633, 2004). This is the reference that faster kernels are checked against; lengths in cm.
 * <ul>
 * <li>2D (eq. 1): Ḋ(r,θ) = S_K Λ [G_L(r,θ)/G_L(r₀,θ₀)] g_L(r) F(r,θ), r₀ = 1 cm, θ₀ = 90°.</li>
 * <li>1D (eq. 11 with the line-source geometry function): Ḋ(r) = S_K Λ [G_L(r,θ₀)/G_L(r₀,θ₀)] g_L(r) φan(r).</li>
 * <li>G_L = β/(L r sinθ) (eq. 4), written as β = atan2(L·ρ, r² − L²/4) so that it is stable down to
 * the axis, where it tends to 1/(r² − L²/4).</li>
 * <li>g_L: linear (or log-linear) between table radii, the first value below r_min, exponential
 * extrapolation from the last two points beyond r_max (TG-43U1 appendix).</li>
 * <li>F: bilinear in (r, θ), θ folded about 90° when the table stops there, the first column below
 * r_min, linear extrapolation from the last two columns beyond r_max (or clamped), never below 0.</li>
 * <li>φan: linear in r, nearest value outside the table; when the descriptor has none, it is derived
 * from F as φan(r) = ∫₀^π Ḋ(r,θ) sinθ dθ / (2 Ḋ(r,θ₀)) (TG-43U1 eq. 7).</li>
 * </ul>
 * Closer than {@link #clampRadiusCm()} = max(first g_L radius, L/2 + 0.05 cm) to the centre the line
 * source is singular; there the value at the clamp radius in the same direction is returned (the
 * transverse direction at the centre itself), so the result is always finite.
 */
public final class Tg43Formalism implements DoseRateKernel {

    private final SeedSource source;
    private final KernelOptions options;
    private final double lengthCm;
    private final double halfLengthCm;
    private final double geometryAtReference;
    private final double clampRadiusCm;
    private final boolean foldTheta;
    private final double[] phiR;
    private final double[] phiV;
    private final boolean phiDerived;

    public Tg43Formalism(SeedSource source, KernelOptions options) {
        this.source = source;
        this.options = options;
        this.lengthCm = source.activeLengthCm();
        this.halfLengthCm = lengthCm / 2;
        this.geometryAtReference = geometry(1.0, 0.0);
        this.clampRadiusCm = Math.max(source.radialRCm()[0], halfLengthCm + 0.05);
        double[] theta = source.anisotropyThetaDeg();
        this.foldTheta = theta[theta.length - 1] <= 90.0 + 1e-9;
        if (source.hasPhiAn()) {
            phiR = source.phiAnRCm();
            phiV = source.phiAnValues();
            phiDerived = false;
        } else {
            double[][] derived = derivePhiAn();
            phiR = derived[0];
            phiV = derived[1];
            phiDerived = true;
        }
    }

    public SeedSource source() {
        return source;
    }

    public KernelOptions options() {
        return options;
    }

    @Override
    public double clampRadiusCm() {
        return clampRadiusCm;
    }

    /** Whether φan(r) was derived from F(r,θ) because the descriptor has none. */
    public boolean phiAnDerived() {
        return phiDerived;
    }

    @Override
    public double doseRateCGyPerHourPerU(double xCm, double yCm, double zCm) {
        return doseRateCylindrical(Math.sqrt(xCm * xCm + yCm * yCm), zCm);
    }

    /** The table kernel of the bulk evaluations, grown as farther points are asked for. */
    private volatile Tg43GridKernel bulkTable;

    /**
     * The grid calculation's code for many points: the table kernel ({@link Tg43GridKernel}) beyond
     * {@link Tg43GridCalculation#nearRadiusMm(Tg43Formalism)} of the centre, the direct formula within, so the
     * values are the grid engine's. A source whose F(r,θ) table runs to 180° (not symmetric about the transverse
     * plane) is evaluated point by point, as the table kernel folds θ.
     */
    @Override
    public void doseRatesPerU(float[] rhoSquaredMm2, float[] alongMm, int count, float[] out) {
        if (!foldTheta) {
            DoseRateKernel.super.doseRatesPerU(rhoSquaredMm2, alongMm, count, out);
            return;
        }
        float farthest = 0;
        for (int i = 0; i < count; i++) {
            farthest = Math.max(farthest, Math.abs(rhoSquaredMm2[i]) + alongMm[i] * alongMm[i]);
        }
        Tg43GridKernel table = bulkTable(farthest);
        double near = Tg43GridCalculation.nearRadiusMm(this);
        float nearSquared = (float) (near * near);
        for (int i = 0; i < count; i++) {
            float p2 = Math.abs(rhoSquaredMm2[i]);
            float z = alongMm[i];
            float z2 = z * z;
            out[i] = p2 + z2 < nearSquared ? (float) doseRateCylindrical(Math.sqrt(p2) / 10.0, z / 10.0) : table.lookup(p2, z2);
        }
    }

    private Tg43GridKernel bulkTable(float squaredMm2) {
        Tg43GridKernel table = bulkTable;
        if (table == null || table.maxSquaredMm2() < squaredMm2) {
            synchronized (this) {
                table = bulkTable;
                if (table == null || table.maxSquaredMm2() < squaredMm2) {
                    table = new Tg43GridKernel(this, Math.max(squaredMm2 * 1.02 + 4.0, table == null ? 0 : 2.0 * table.maxSquaredMm2()));
                    bulkTable = table;
                }
            }
        }
        return table;
    }

    /** cGy h⁻¹ U⁻¹ at distance ρ (cm) from the seed axis and z (cm) along it. */
    public double doseRateCylindrical(double rhoCm, double zCm) {
        double r = Math.sqrt(rhoCm * rhoCm + zCm * zCm);
        if (r < clampRadiusCm) {
            if (r == 0) {
                rhoCm = clampRadiusCm;
                zCm = 0;
            } else {
                rhoCm *= clampRadiusCm / r;
                zCm *= clampRadiusCm / r;
            }
            r = clampRadiusCm;
        }
        double lambda = source.lambdaCGyPerHourPerU();
        if (options.mode() == DoseMode.POINT_1D) {
            return lambda * geometry(r, 0.0) / geometryAtReference * radialDose(r) * phiAn(r);
        }
        double thetaDeg = Math.toDegrees(Math.atan2(rhoCm, zCm));
        return lambda * geometry(rhoCm, zCm) / geometryAtReference * radialDose(r) * anisotropy(r, thetaDeg);
    }

    /** Line-source geometry function G_L in cm⁻² at (ρ, z) (TG-43U1 eq. 4); 1/r² for a point source. */
    public double geometry(double rhoCm, double zCm) {
        double r2 = rhoCm * rhoCm + zCm * zCm;
        if (lengthCm == 0) {
            return 1.0 / r2;
        }
        double lengthRho = lengthCm * rhoCm;
        double axial = r2 - halfLengthCm * halfLengthCm;
        if (lengthRho < 1e-12 * Math.max(Math.abs(axial), 1e-12)) {
            return 1.0 / axial;
        }
        return Math.atan2(lengthRho, axial) / lengthRho;
    }

    /** g_L(r). */
    public double radialDose(double rCm) {
        double[] r = source.radialRCm();
        double[] g = source.radialGL();
        int n = r.length;
        if (rCm <= r[0] || n == 1) {
            return g[0];
        }
        if (rCm >= r[n - 1]) {
            return g[n - 1] * Math.pow(g[n - 1] / g[n - 2], (rCm - r[n - 1]) / (r[n - 1] - r[n - 2]));
        }
        int i = interval(r, rCm);
        double t = (rCm - r[i]) / (r[i + 1] - r[i]);
        if (options.radialLogLinear()) {
            return g[i] * Math.pow(g[i + 1] / g[i], t);
        }
        return g[i] + t * (g[i + 1] - g[i]);
    }

    /** F(r, θ), θ in degrees from the seed axis. */
    public double anisotropy(double rCm, double thetaDeg) {
        double[] theta = source.anisotropyThetaDeg();
        double[] r = source.anisotropyRCm();
        double[][] f = source.anisotropyF();
        double t = foldTheta && thetaDeg > 90.0 ? 180.0 - thetaDeg : thetaDeg;
        t = Math.min(Math.max(t, theta[0]), theta[theta.length - 1]);
        int ti = Math.min(interval(theta, t), theta.length - 2);
        double tw = (t - theta[ti]) / (theta[ti + 1] - theta[ti]);
        int m = r.length;
        if (m == 1 || rCm <= r[0]) {
            return columnAt(f, ti, tw, 0);
        }
        if (rCm >= r[m - 1]) {
            double last = columnAt(f, ti, tw, m - 1);
            if (options.clampAnisotropy()) {
                return last;
            }
            double before = columnAt(f, ti, tw, m - 2);
            return Math.max(0.0, last + (last - before) * (rCm - r[m - 1]) / (r[m - 1] - r[m - 2]));
        }
        int ri = interval(r, rCm);
        double rw = (rCm - r[ri]) / (r[ri + 1] - r[ri]);
        return (1 - rw) * columnAt(f, ti, tw, ri) + rw * columnAt(f, ti, tw, ri + 1);
    }

    /** φan(r). */
    public double phiAn(double rCm) {
        int n = phiR.length;
        if (n == 1 || rCm <= phiR[0]) {
            return phiV[0];
        }
        if (rCm >= phiR[n - 1]) {
            return phiV[n - 1];
        }
        int i = interval(phiR, rCm);
        double t = (rCm - phiR[i]) / (phiR[i + 1] - phiR[i]);
        return phiV[i] + t * (phiV[i + 1] - phiV[i]);
    }

    private static double columnAt(double[][] f, int ti, double tw, int column) {
        return (1 - tw) * f[ti][column] + tw * f[ti + 1][column];
    }

    /** Index i with a[i] ≤ x < a[i+1], for a[0] ≤ x < a[last]. */
    private static int interval(double[] a, double x) {
        int lo = 0;
        int hi = a.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * φan at the anisotropy table's radii beyond the source's half-length, by TG-43U1 eq. 7 with
     * Ḋ ∝ G_L·F at fixed r (g_L cancels): Simpson's rule over θ in 0.05° steps.
     */
    private double[][] derivePhiAn() {
        double[] r = source.anisotropyRCm();
        java.util.List<double[]> nodes = new java.util.ArrayList<>();
        for (double rc : r) {
            if (rc <= halfLengthCm + 0.01) {
                continue;
            }
            int steps = 3600;
            double h = Math.PI / steps;
            double sum = 0;
            for (int k = 0; k <= steps; k++) {
                double theta = k * h;
                double weight = (k == 0 || k == steps) ? 1 : (k % 2 == 1 ? 4 : 2);
                double rho = rc * Math.sin(theta);
                double z = rc * Math.cos(theta);
                sum += weight * geometry(rho, z) * anisotropy(rc, Math.toDegrees(theta)) * Math.sin(theta);
            }
            double integral = sum * h / 3;
            nodes.add(new double[] { rc, integral / (2 * geometry(rc, 0.0)) });
        }
        if (nodes.isEmpty()) {
            // Every tabulated radius lies within the source: fall back to the transverse value.
            return new double[][] { { r[r.length - 1] }, { 1.0 } };
        }
        double[][] out = new double[2][nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            out[0][i] = nodes.get(i)[0];
            out[1][i] = nodes.get(i)[1];
        }
        return out;
    }
}
