package org.opensabt.dicom;

/**
 * An RT Dose read from DICOM: the grid and the dose of every voxel (pixel value × Dose Grid Scaling),
 * column index fastest, then row, then frame, in {@code doseUnits} (3004,0002): GY or RELATIVE.
 */
public record RtDose(RtDoseGeometry geometry, float[] dose, String doseUnits, String summationType, String sopInstanceUid) {
}
