package org.opensabt.contour;

/**
 * The part of each voxel of a grid that lies inside a structure, for the voxels it touches.
 *
 * @param index    voxel indices (column fastest), increasing
 * @param fraction inside fraction of each, 0 < f ≤ 1
 */
public record VoxelFractions(int[] index, float[] fraction, double voxelVolumeCc) {

    public double volumeCc() {
        double sum = 0;
        for (float f : fraction) {
            sum += f;
        }
        return sum * voxelVolumeCc;
    }

    public int size() {
        return index.length;
    }
}
