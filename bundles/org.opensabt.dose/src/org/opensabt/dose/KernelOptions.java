package org.opensabt.dose;

/**
 * How the TG-43 tables are used.
 *
 * @param radialLogLinear interpolate g_L(r) linearly in log g (default: linearly in g)
 * @param clampAnisotropy beyond the last tabulated radius keep F(r_max, θ) (default: extrapolate
 *                        linearly from the last two radii)
 */
public record KernelOptions(DoseMode mode, boolean radialLogLinear, boolean clampAnisotropy) {

    public static KernelOptions of(DoseMode mode) {
        return new KernelOptions(mode, false, false);
    }
}
