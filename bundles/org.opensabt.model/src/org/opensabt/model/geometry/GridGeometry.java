package org.opensabt.model.geometry;

import static org.opensabt.model.geometry.Vec3.dot;

import java.util.Arrays;
import java.util.List;

import org.opensabt.model.DoseGrid;
import org.opensabt.model.ImageSeries;

/**
 * A regular voxel grid in patient coordinates (DICOM LPS, mm), possibly oblique. Voxel (c, r, s) has
 * its centre at {@code originMm + c·spacingMm[0]·rowDirection + r·spacingMm[1]·columnDirection +
 * s·spacingMm[2]·sliceDirection}; values are stored with the column index fastest:
 * {@code index = (s·rows + r)·columns + c}, as in {@code ImageSeries}.
 */
public record GridGeometry(double[] originMm, double[] rowDirection, double[] columnDirection, double[] sliceDirection,
        double[] spacingMm, int columns, int rows, int slices) {

    public GridGeometry {
        check(originMm, "originMm");
        check(rowDirection, "rowDirection");
        check(columnDirection, "columnDirection");
        check(sliceDirection, "sliceDirection");
        check(spacingMm, "spacingMm");
        for (double s : spacingMm) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("grid spacingMm must be positive, is " + Arrays.toString(spacingMm));
            }
        }
        if (columns < 1 || rows < 1 || slices < 1) {
            throw new IllegalArgumentException("grid size must be at least 1×1×1, is " + columns + "×" + rows + "×" + slices);
        }
        if ((long) columns * rows * slices > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid of " + columns + "×" + rows + "×" + slices + " voxels is too large");
        }
        double[][] axes = { rowDirection, columnDirection, sliceDirection };
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = dot(axes[i], axes[j]);
                if (Math.abs(dot - (i == j ? 1 : 0)) > 1e-4) {
                    throw new IllegalArgumentException("grid directions must be orthonormal (row, column, slice)");
                }
            }
        }
        originMm = originMm.clone();
        rowDirection = rowDirection.clone();
        columnDirection = columnDirection.clone();
        sliceDirection = sliceDirection.clone();
        spacingMm = spacingMm.clone();
    }

    /** The voxel grid of an image series. */
    public static GridGeometry of(ImageSeries series) {
        return new GridGeometry(array(series.getOriginMm()), array(series.getRowDirection()), array(series.getColumnDirection()),
                array(series.getSliceDirection()), array(series.getSpacingMm()), series.getColumns(), series.getRows(), series.getSlices());
    }

    /** The voxel grid of a stored dose grid. */
    public static GridGeometry of(DoseGrid grid) {
        return new GridGeometry(array(grid.getOriginMm()), array(grid.getRowDirection()), array(grid.getColumnDirection()),
                array(grid.getSliceDirection()), array(grid.getSpacingMm()), grid.getColumns(), grid.getRows(), grid.getSlices());
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The same grid with other dimensions and origin (a sub-box or an extension), same axes and spacing. */
    public GridGeometry box(int firstColumn, int firstRow, int firstSlice, int columns, int rows, int slices) {
        return new GridGeometry(positionMm(firstColumn, firstRow, firstSlice), rowDirection, columnDirection, sliceDirection, spacingMm, columns,
                rows, slices);
    }

    /** An axis-aligned grid (identity directions). */
    public static GridGeometry axisAligned(double[] originMm, double[] spacingMm, int columns, int rows, int slices) {
        return new GridGeometry(originMm, new double[] { 1, 0, 0 }, new double[] { 0, 1, 0 }, new double[] { 0, 0, 1 }, spacingMm,
                columns, rows, slices);
    }

    /** Same voxels (arrays compared by value, 1 µm tolerance). */
    public boolean sameAs(GridGeometry other) {
        return columns == other.columns && rows == other.rows && slices == other.slices && close(originMm, other.originMm)
                && close(spacingMm, other.spacingMm) && close(rowDirection, other.rowDirection) && close(columnDirection, other.columnDirection)
                && close(sliceDirection, other.sliceDirection);
    }

    private static boolean close(double[] a, double[] b) {
        for (int k = 0; k < 3; k++) {
            if (Math.abs(a[k] - b[k]) > 1e-3) {
                return false;
            }
        }
        return true;
    }

    public int voxelCount() {
        return columns * rows * slices;
    }

    public double voxelVolumeCc() {
        return spacingMm[0] * spacingMm[1] * spacingMm[2] / 1000.0;
    }

    public int index(int c, int r, int s) {
        return (s * rows + r) * columns + c;
    }

    /** Patient position (mm) of a voxel centre. */
    public double[] positionMm(double c, double r, double s) {
        double[] p = new double[3];
        for (int k = 0; k < 3; k++) {
            p[k] = originMm[k] + c * spacingMm[0] * rowDirection[k] + r * spacingMm[1] * columnDirection[k]
                    + s * spacingMm[2] * sliceDirection[k];
        }
        return p;
    }

    /** Grid-frame coordinates (mm along row, column and slice directions from the origin voxel centre). */
    public double[] toGridMm(double[] patientMm) {
        double[] d = { patientMm[0] - originMm[0], patientMm[1] - originMm[1], patientMm[2] - originMm[2] };
        return new double[] { dot(d, rowDirection), dot(d, columnDirection), dot(d, sliceDirection) };
    }

    /** A direction (unit vector) expressed in the grid frame. */
    public double[] directionToGrid(double[] patientDirection) {
        return new double[] { dot(patientDirection, rowDirection), dot(patientDirection, columnDirection),
                dot(patientDirection, sliceDirection) };
    }

    /** Whether a patient point lies within the grid's box (voxel centres ± half a voxel). */
    public boolean contains(double[] patientMm) {
        double[] g = toGridMm(patientMm);
        int[] n = { columns, rows, slices };
        for (int k = 0; k < 3; k++) {
            double index = g[k] / spacingMm[k];
            if (index < -0.5 || index > n[k] - 0.5) {
                return false;
            }
        }
        return true;
    }

    private static void check(double[] v, String name) {
        if (v == null || v.length != 3 || !Arrays.stream(v).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("grid " + name + " must be three finite numbers");
        }
    }
}
