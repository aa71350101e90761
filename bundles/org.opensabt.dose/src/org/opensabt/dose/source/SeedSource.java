package org.opensabt.dose.source;

import java.util.List;
import java.util.Locale;

/**
 * One seed model's TG-43 consensus data, as read from a seed descriptor (JSON). Lengths in cm as in
 * the TG-43 tables; the dose-rate constant in cGy h⁻¹ U⁻¹ (1 U = 1 cGy cm² h⁻¹).
 *
 * @param anisotropyF F(r, θ): one row per {@code anisotropyThetaDeg} entry, one column per
 *                    {@code anisotropyRCm} entry
 * @param phiAnRCm    radii of φan(r); {@code null} when the descriptor has none (then derived from F)
 * @param uPerMCi     air-kerma strength per apparent activity (U/mCi); NaN when not given
 * @param origin      where the descriptor came from (file or bundle entry), for messages
 */
public record SeedSource(String name, List<String> aliases, String isotope, double lambdaCGyPerHourPerU,
        double activeLengthCm, double halfLifeDays, double uPerMCi, double[] radialRCm, double[] radialGL,
        double[] anisotropyRCm, double[] anisotropyThetaDeg, double[][] anisotropyF, double[] phiAnRCm,
        double[] phiAnValues, String citation, String origin) {

    /** Mean life τ = T½ / ln 2 in hours (TG-43U1: a permanent implant delivers Ḋ₀·τ). */
    public double meanLifeHours() {
        return halfLifeDays * 24.0 / Math.log(2.0);
    }

    public boolean hasPhiAn() {
        return phiAnRCm != null;
    }

    public boolean hasUPerMCi() {
        return !Double.isNaN(uPerMCi);
    }

    /** True when {@code query} is this seed's name or one of its aliases (case and spacing ignored). */
    public boolean answersTo(String query) {
        String key = normalise(query);
        if (normalise(name).equals(key)) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> normalise(alias).equals(key));
    }

    static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }

    @Override
    public String toString() {
        return name + " (" + isotope + ", Λ = " + lambdaCGyPerHourPerU + " cGy/h/U, L = " + activeLengthCm + " cm, from " + origin + ")";
    }
}
