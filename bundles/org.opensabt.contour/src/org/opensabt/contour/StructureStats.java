package org.opensabt.contour;

import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Volume (partial-volume, cc), and voxel count, centroid and extent (patient LPS mm) of the binary mask of
 * a structure on the CT grid.
 *
 * @param centroidMm  null when the mask is empty
 * @param extentMinMm null when the mask is empty
 * @param extentMaxMm null when the mask is empty
 */
public record StructureStats(String name, String type, int contours, double volumeCc, long voxels, double[] centroidMm, double[] extentMinMm,
        double[] extentMaxMm) {

    public static StructureStats of(Structure structure, GridGeometry grid) {
        VoxelFractions fractions = StructureGeometry.fractions(structure, grid);
        Mask mask = StructureGeometry.mask(structure, grid); // the binary mask the contour operations work on (voxel centres)
        double[] e = mask.extentMm();
        return new StructureStats(structure.getName(), structure.getType().getLiteral(), structure.getContours().size(), fractions.volumeCc(), mask.count(),
                mask.centroidMm(), e == null ? null : new double[] { e[0], e[1], e[2] }, e == null ? null : new double[] { e[3], e[4], e[5] });
    }
}
