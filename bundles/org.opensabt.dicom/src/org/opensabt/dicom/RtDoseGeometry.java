package org.opensabt.dicom;

/**
 * The dose grid geometry of an RT Dose object (DICOM PS3.3 C.8.8.3): so that a dose can be computed
 * on exactly the grid another planning system exported. Voxel (c, r, f) is at
 * {@code originMm + c·spacingMm[0]·rowDirection + r·spacingMm[1]·columnDirection + f·spacingMm[2]·sliceDirection};
 * frames are evenly spaced (Grid Frame Offset Vector, 3004,000C).
 */
public record RtDoseGeometry(double[] originMm, double[] rowDirection, double[] columnDirection, double[] sliceDirection, double[] spacingMm,
        int columns, int rows, int frames, String frameOfReferenceUid) {
}
