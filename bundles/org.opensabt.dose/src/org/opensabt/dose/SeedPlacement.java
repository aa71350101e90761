package org.opensabt.dose;

import java.util.Arrays;

import org.opensabt.model.geometry.Vec3;

/**
 * One seed of a calculation: centre in patient coordinates (DICOM LPS, mm), unit direction of its
 * axis, air-kerma strength in U at the time the dose rate refers to.
 */
public record SeedPlacement(String seedId, double[] positionMm, double[] directionUnit, double airKermaStrengthU) {

    /** Checks and normalises; the message names the seed and the field. */
    public SeedPlacement {
        if (positionMm == null || positionMm.length != 3 || !Arrays.stream(positionMm).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("seed " + seedId + ": positionMm must be three finite numbers (mm)");
        }
        if (directionUnit == null || directionUnit.length != 3 || !Arrays.stream(directionUnit).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("seed " + seedId + ": directionUnit must be three finite numbers");
        }
        double norm = Vec3.norm(directionUnit);
        if (!(norm > 1e-9)) {
            throw new IllegalArgumentException("seed " + seedId + ": directionUnit is the zero vector");
        }
        if (!(airKermaStrengthU > 0) || !Double.isFinite(airKermaStrengthU)) {
            throw new IllegalArgumentException("seed " + seedId + ": air-kerma strength must be positive (U), is " + airKermaStrengthU);
        }
        positionMm = positionMm.clone();
        directionUnit = new double[] { directionUnit[0] / norm, directionUnit[1] / norm, directionUnit[2] / norm };
    }
}
