package org.opensabt.dose.mc.internal;

import org.opensabt.model.geometry.GridGeometry;

/**
 * The transport geometry: a box of voxels with a tissue and a mass density each, in the frame of {@code grid}
 * (lengths along its row, column and slice directions). Outside the box there is nothing: photons that leave it are
 * not followed.
 */
public final class VoxelPhantom {

    final GridGeometry grid;
    final byte[] material;
    final float[] densityGPerCm3;

    public VoxelPhantom(GridGeometry grid, byte[] material, float[] densityGPerCm3) {
        if (material.length != grid.voxelCount() || densityGPerCm3.length != grid.voxelCount()) {
            throw new IllegalArgumentException("phantom arrays do not match the grid");
        }
        this.grid = grid;
        this.material = material;
        this.densityGPerCm3 = densityGPerCm3;
    }

    public GridGeometry grid() {
        return grid;
    }

    public byte[] material() {
        return material;
    }

    public float[] densityGPerCm3() {
        return densityGPerCm3;
    }

    /** One tissue at one density everywhere. */
    public static VoxelPhantom uniform(GridGeometry grid, int material, double densityGPerCm3) {
        byte[] m = new byte[grid.voxelCount()];
        float[] d = new float[grid.voxelCount()];
        java.util.Arrays.fill(m, (byte) material);
        java.util.Arrays.fill(d, (float) densityGPerCm3);
        return new VoxelPhantom(grid, m, d);
    }

    /**
     * The tissues of a CT on {@code grid}: each voxel takes the CT number of the CT voxel nearest its centre;
     * outside the CT, air.
     */
    public static VoxelPhantom fromCt(GridGeometry grid, GridGeometry ctGrid, short[] hu, CtCalibration calibration, int air, double airDensity) {
        int n = grid.voxelCount();
        byte[] m = new byte[n];
        float[] d = new float[n];
        // the lookup table of all CT numbers a short can hold
        byte[] tissueOf = new byte[65536];
        float[] densityOf = new float[65536];
        for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
            tissueOf[v & 0xffff] = calibration.material(v);
            densityOf[v & 0xffff] = calibration.density(v);
        }
        double[] sp = ctGrid.spacingMm();
        for (int s = 0; s < grid.slices(); s++) {
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    double[] local = ctGrid.toGridMm(grid.positionMm(c, r, s));
                    int cc = (int) Math.round(local[0] / sp[0]);
                    int cr = (int) Math.round(local[1] / sp[1]);
                    int cs = (int) Math.round(local[2] / sp[2]);
                    int i = grid.index(c, r, s);
                    if (cc < 0 || cr < 0 || cs < 0 || cc >= ctGrid.columns() || cr >= ctGrid.rows() || cs >= ctGrid.slices()) {
                        m[i] = (byte) air;
                        d[i] = (float) airDensity;
                    } else {
                        int value = hu[ctGrid.index(cc, cr, cs)] & 0xffff;
                        m[i] = tissueOf[value];
                        d[i] = densityOf[value];
                    }
                }
            }
        }
        return new VoxelPhantom(grid, m, d);
    }
}
