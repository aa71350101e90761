package org.opensabt.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.opensabt.model.geometry.Vec3;

/**
 * How a needle is loaded, as a clinician loads it (loose seeds and spacers pushed into the needle, or a Mick
 * applicator stepping the raster): from the needle's tip back towards the skin, slots of {@code slotMm} along
 * the needle, each holding a seed ({@code S}) or a spacer ({@code s}), e.g. {@code S-s-S-S}. The pattern starts
 * at the deepest seed, {@link Loading#deepestSeedFromTipMm()} behind the tip (0 for a planned needle, whose tip
 * is its deepest seed). The slot is {@link #SLOT_MM} (a 4.5 mm I-125 seed and 0.5 mm play, or a spacer) when the
 * seeds' spacing is a whole number of 5 mm, else the spacing itself ({@link #slotMm(double)}): seeds on the raster
 * are always a whole number of spacers apart. Seeds off the raster (moved by hand) get no pattern, only their
 * depths.
 *
 * @since 1.3
 */
public final class NeedleLoading {

    /** One loading slot along the needle (mm): a 4.5 mm I-125 seed with 0.5 mm play, or one spacer. */
    public static final double SLOT_MM = 5;

    /** How far a seed may lie from its slot and from the needle's axis and still be on the raster (mm). */
    public static final double TOLERANCE_MM = 0.05;

    /**
     * A needle's loading.
     *
     * @param pattern              from the deepest seed towards the skin, "S" a seed and "s" a spacer joined by "-";
     *                             null when a seed is off the raster or off the needle
     * @param seeds                seeds on the needle
     * @param spacers              spacers between its seeds (the "s" of the pattern)
     * @param slotMm               length of one slot of the pattern (mm)
     * @param deepestSeedFromTipMm distance from the needle's tip back to the centre of its deepest seed (mm)
     * @param seedsFromTipMm       each seed's distance back from the tip along the needle (mm, increasing)
     */
    public record Loading(String pattern, int seeds, int spacers, double slotMm, double deepestSeedFromTipMm, List<Double> seedsFromTipMm) {

        public boolean onRaster() {
            return pattern != null;
        }

        /** The pattern, or for seeds off the raster their depths ("off the 5 mm raster: 0.0, 7.3 mm from the tip"). */
        public String text() {
            if (pattern != null) {
                return pattern;
            }
            List<String> depths = new ArrayList<>();
            for (double d : seedsFromTipMm) {
                depths.add(String.format(Locale.ROOT, "%.1f", d));
            }
            return String.format(Locale.ROOT, "off the %s mm raster: %s mm from the tip", number(slotMm), String.join(", ", depths));
        }
    }

    private NeedleLoading() {
    }

    /** The slot the loading of seeds {@code seedSpacingMm} apart is written in: 5 mm when the spacing is a multiple of it, else the spacing. */
    public static double slotMm(double seedSpacingMm) {
        double n = Math.rint(seedSpacingMm / SLOT_MM);
        return n >= 1 && Math.abs(seedSpacingMm - n * SLOT_MM) <= 1e-6 ? SLOT_MM : seedSpacingMm;
    }

    /**
     * The slot of a stored plan's loadings, from the gaps between neighbouring seeds on its needles (mm): 5 mm when
     * every gap is a whole number of 5 mm, else the smallest gap when every gap is a whole number of it, else 5 mm
     * (some needles are then off the raster).
     */
    public static double slotOfGaps(List<Double> gapsMm) {
        if (multiples(gapsMm, SLOT_MM)) {
            return SLOT_MM;
        }
        double smallest = gapsMm.stream().mapToDouble(Double::doubleValue).min().orElse(SLOT_MM);
        double rounded = Math.rint(smallest * 10) / 10;
        return rounded >= SLOT_MM && multiples(gapsMm, rounded) ? rounded : SLOT_MM;
    }

    private static boolean multiples(List<Double> gapsMm, double slot) {
        for (double g : gapsMm) {
            double n = Math.rint(g / slot);
            if (n < 1 || Math.abs(g - n * slot) > TOLERANCE_MM) {
                return false;
            }
        }
        return true;
    }

    /**
     * The loading of a needle with this tip and direction (from the skin inwards, need not be unit) and these seed
     * centres (any order), in slots of {@code slotMm}.
     */
    public static Loading of(double[] tipMm, double[] direction, List<double[]> seedsMm, double slotMm) {
        double[] d = Vec3.unit(direction);
        List<Double> back = new ArrayList<>();
        boolean onAxis = true;
        for (double[] s : seedsMm) {
            double[] v = Vec3.sub(tipMm, s);
            double along = Vec3.dot(v, d);
            back.add(along);
            double off = Vec3.norm(Vec3.sub(v, Vec3.scale(d, along)));
            onAxis &= off <= TOLERANCE_MM;
        }
        Collections.sort(back);
        if (back.isEmpty()) {
            return new Loading("", 0, 0, slotMm, 0, List.of());
        }
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < back.size(); i++) {
            gaps.add(back.get(i) - back.get(i - 1));
        }
        String pattern = null;
        int spacers = 0;
        if (onAxis && multiples(gaps, slotMm)) {
            List<String> parts = new ArrayList<>();
            parts.add("S");
            for (double g : gaps) {
                long empty = Math.round(g / slotMm) - 1;
                for (long k = 0; k < empty; k++) {
                    parts.add("s");
                }
                spacers += (int) empty;
                parts.add("S");
            }
            pattern = String.join("-", parts);
        }
        return new Loading(pattern, back.size(), spacers, slotMm, back.get(0), List.copyOf(back));
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
