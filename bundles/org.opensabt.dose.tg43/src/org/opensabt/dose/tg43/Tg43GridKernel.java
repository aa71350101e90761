package org.opensabt.dose.tg43;

/**
 * The fast path of the grid calculation: one seed's dose rate per U tabulated on a 2D grid in the
 * seed's cylindrical coordinates (ρ², z²), both spaced pseudo-logarithmically by the IEEE-754 bits of
 * the squared lengths: the exponent and the top {@value #SUB_BITS} mantissa bits of a float give the
 * cell (16 cells per octave, each at most 6.25% wide). Each cell stores its bilinear interpolant in
 * the squared lengths themselves, v = A + B·z² + ρ²·(C + D·z²), so an evaluation needs no square
 * root, division, fraction or branch: multiply-adds for z² and ρ², two shifts and a multiply-add for
 * the cell, one 16-byte read and three multiply-adds.
 * <p>
 * Why this layout: the dose varies as 1/r² over several decades of r², so relative (log) spacing
 * keeps the interpolation error even; cylindrical coordinates resolve the seed axis (ρ → 0) and the
 * transverse plane (z → 0) as finely as needed, where F(r,θ) has its steepest slopes. The table is
 * built from {@link Tg43Formalism} itself, so it follows every table rule of the formalism. Squared
 * lengths are offset by {@link #MIN_SQUARED_MM2} (2⁻²⁰ mm²), which moves a point on the axis by 1 µm:
 * below 0.03° at 2 mm.
 */
final class Tg43GridKernel {

    static final int SUB_BITS = 4;
    private static final int SHIFT = 23 - SUB_BITS;
    /** 2⁻²⁰ mm²: a power of two, so cells start on octave boundaries. */
    static final float MIN_SQUARED_MM2 = 0x1p-20f;
    private static final int BASE = Float.floatToRawIntBits(MIN_SQUARED_MM2);

    private final float[] table;
    private final int stride;
    /** Cell index of (MIN, MIN) when computed from the raw bits: (BASE >> SHIFT)·(stride + 1). */
    private final int offset;
    private final float maxSquaredMm2;

    /** Tabulates {@code formalism} for squared distances up to {@code maxSquaredMm2}. */
    Tg43GridKernel(Tg43Formalism formalism, double maxSquaredMm2) {
        float max = (float) Math.max(maxSquaredMm2, 1.0);
        int cells = ((Float.floatToRawIntBits(max) - BASE) >> SHIFT) + 1;
        this.stride = cells + 1;
        this.maxSquaredMm2 = nodeValue(cells);
        this.offset = (BASE >> SHIFT) * (stride + 1);
        double[] nodeCm = new double[stride];
        for (int i = 0; i < stride; i++) {
            nodeCm[i] = Math.sqrt(nodeValue(i)) / 10.0;
        }
        double[] values = new double[stride * stride];
        for (int ip = 0; ip < stride; ip++) {
            for (int iz = 0; iz < stride; iz++) {
                values[ip * stride + iz] = formalism.doseRateCylindrical(nodeCm[ip], nodeCm[iz]);
            }
        }
        // Per cell the bilinear interpolant written in the squared lengths themselves,
        // v = A + B·z² + ρ²·(C + D·z²), four coefficients side by side (16 contiguous bytes), so that
        // an evaluation needs no fraction inside the cell: the floats it already has are the inputs.
        this.table = new float[4 * stride * stride];
        for (int ip = 0; ip < stride - 1; ip++) {
            double p0 = nodeValue(ip);
            double hp = nodeValue(ip + 1) - p0;
            for (int iz = 0; iz < stride - 1; iz++) {
                double z0 = nodeValue(iz);
                double hz = nodeValue(iz + 1) - z0;
                int i = ip * stride + iz;
                double a = values[i];
                double b = (values[i + 1] - a) / hz;
                double c = (values[i + stride] - a) / hp;
                double d = (values[i + stride + 1] - values[i + stride] - values[i + 1] + a) / (hp * hz);
                table[4 * i] = (float) (a - b * z0 - c * p0 + d * p0 * z0);
                table[4 * i + 1] = (float) (b - d * p0);
                table[4 * i + 2] = (float) (c - d * z0);
                table[4 * i + 3] = (float) d;
            }
        }
    }

    /** The largest squared distance (mm²) this table covers. */
    float maxSquaredMm2() {
        return maxSquaredMm2;
    }

    int tableEntries() {
        return table.length / 4;
    }

    private static float nodeValue(int node) {
        return Float.intBitsToFloat(BASE + (node << SHIFT));
    }

    /** Dose rate per U at squared cylindrical coordinates (mm²): one point (the many-point evaluation, tests). */
    float lookup(float rhoSquaredMm2, float zSquaredMm2) {
        float p2 = Math.abs(rhoSquaredMm2) + MIN_SQUARED_MM2;
        float z2 = zSquaredMm2 + MIN_SQUARED_MM2;
        int i = ((Float.floatToRawIntBits(p2) >> SHIFT) * stride + (Float.floatToRawIntBits(z2) >> SHIFT) - offset) << 2;
        return Math.fma(p2, Math.fma(table[i + 3], z2, table[i + 2]), Math.fma(table[i + 1], z2, table[i]));
    }

    /**
     * Adds strength × dose rate per U to {@code acc[c]} for columns {@code from ≤ c < to} of one grid
     * row. In the grid frame (mm): column c is at x = c·spacing; {@code seedX} is the seed's x,
     * {@code offAxisSquared} = dy² + dz² and {@code alongOffset} = dy·uy + dz·uz for the row, where
     * (dy, dz) is the row's offset from the seed and u the seed's unit axis.
     */
    void accumulate(float[] acc, int from, int to, float spacing, float seedX, float ux, float offAxisSquared,
            float alongOffset, float strength) {
        final float[] t = table;
        final int n = stride;
        final int off = offset;
        float dx = from * spacing - seedX;
        for (int c = from; c < to; c++, dx += spacing) {
            float z = Math.fma(dx, ux, alongOffset);
            float z2 = Math.fma(z, z, MIN_SQUARED_MM2);
            // |ρ²| + MIN: no branch, and rounding can make r² − z² slightly negative
            float p2 = Math.abs(Math.fma(dx, dx, offAxisSquared) - z * z) + MIN_SQUARED_MM2;
            int i = ((Float.floatToRawIntBits(p2) >> SHIFT) * n + (Float.floatToRawIntBits(z2) >> SHIFT) - off) << 2;
            float value = Math.fma(p2, Math.fma(t[i + 3], z2, t[i + 2]), Math.fma(t[i + 1], z2, t[i]));
            acc[c] = Math.fma(strength, value, acc[c]);
        }
    }
}
