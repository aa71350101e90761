package org.opensabt.template;

import java.util.Map;

/**
 * Design parameters of a needle template (mm unless named otherwise).
 *
 * @param thicknessMm      plate thickness between its skin side and its outer face
 * @param skinGapMm        gap between the skin and the plate's skin side
 * @param marginMm         how far the plate reaches beyond the outermost needle entries
 * @param rimWidthMm       width of the stiffening rim along the plate's edge
 * @param rimHeightMm      how much thicker the plate is along the rim
 * @param needleGauge      needle gauge (Birmingham/Stubs, 17–22 G): the hole diameter is its outer diameter + clearance
 * @param clearanceMm      added to the needle's outer diameter
 * @param sleeveMinAngleDeg needles this far or further from the plate's axis get a guide sleeve
 * @param sleeveLengthMm   sleeve length for an oblique needle at 30°; longer when more oblique
 * @param engraveDepthMm   depth of labels, laser grooves and orientation letters in the outer face
 * @param labelHeightMm    height of the needle labels' digits
 * @param resolutionMm     sampling step of the implicit solid (the mesh's detail)
 */
public record TemplateSpec(double thicknessMm, double skinGapMm, double marginMm, double rimWidthMm, double rimHeightMm, int needleGauge, double clearanceMm,
        double sleeveMinAngleDeg, double sleeveLengthMm, double engraveDepthMm, double labelHeightMm, double resolutionMm) {

    /** Outer diameters of common brachytherapy needle gauges (mm). */
    public static final Map<Integer, Double> NEEDLE_OUTER_DIAMETER_MM = Map.of(17, 1.473, 18, 1.270, 19, 1.067, 20, 0.908, 21, 0.819, 22, 0.718);

    public static final TemplateSpec DEFAULT = new TemplateSpec(5, 0.5, 15, 3, 2, 18, 0.2, 10, 10, 0.8, 2.5, 0.4);

    public TemplateSpec {
        if (!(thicknessMm >= 2 && thicknessMm <= 20)) {
            throw new IllegalArgumentException("template thickness must be 2–20 mm, is " + thicknessMm + " mm");
        }
        if (!(skinGapMm >= 0 && skinGapMm <= 5)) {
            throw new IllegalArgumentException("skin gap must be 0–5 mm, is " + skinGapMm + " mm");
        }
        if (!(marginMm >= 5 && marginMm <= 60)) {
            throw new IllegalArgumentException("margin around the needle entries must be 5–60 mm, is " + marginMm + " mm");
        }
        if (!NEEDLE_OUTER_DIAMETER_MM.containsKey(needleGauge)) {
            throw new IllegalArgumentException("needle gauge " + needleGauge + " G is not one of " + new java.util.TreeSet<>(NEEDLE_OUTER_DIAMETER_MM.keySet()));
        }
        if (!(clearanceMm >= 0 && clearanceMm <= 1)) {
            throw new IllegalArgumentException("hole clearance must be 0–1 mm, is " + clearanceMm + " mm");
        }
        if (!(resolutionMm >= 0.1 && resolutionMm <= 1)) {
            throw new IllegalArgumentException("resolution must be 0.1–1 mm, is " + resolutionMm + " mm");
        }
        if (!(engraveDepthMm > 0 && engraveDepthMm < thicknessMm / 2) || !(labelHeightMm >= 1.5 && labelHeightMm <= 10) || rimWidthMm < 0 || rimHeightMm < 0
                || !(sleeveLengthMm >= 0) || !(sleeveMinAngleDeg >= 0)) {
            throw new IllegalArgumentException("engraving depth must be below half the thickness, labels 1.5–10 mm high, rim and sleeve sizes ≥ 0");
        }
    }

    /** Guide hole diameter: the needle's outer diameter plus the clearance (mm). */
    public double holeDiameterMm() {
        return NEEDLE_OUTER_DIAMETER_MM.get(needleGauge) + clearanceMm;
    }

    public TemplateSpec with(double thickness, double gap, int gauge) {
        return new TemplateSpec(thickness, gap, marginMm, rimWidthMm, rimHeightMm, gauge, clearanceMm, sleeveMinAngleDeg, sleeveLengthMm, engraveDepthMm,
                labelHeightMm, resolutionMm);
    }

    public TemplateSpec withMargin(double margin) {
        return new TemplateSpec(thicknessMm, skinGapMm, margin, rimWidthMm, rimHeightMm, needleGauge, clearanceMm, sleeveMinAngleDeg, sleeveLengthMm,
                engraveDepthMm, labelHeightMm, resolutionMm);
    }
}
