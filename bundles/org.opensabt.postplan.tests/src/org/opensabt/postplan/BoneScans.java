package org.opensabt.postplan;

import java.util.List;
import java.util.Random;

import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Test data for the bone registration, written from scratch for these tests (nothing shared with the product's
 * synthetic CTs): analytic anatomies with smooth (partial-volume) bone edges, CTs sampled from them in any frame under a
 * known rigid transform, an independent trilinear resampler, seeds with blooming, metal streaks and noise.
 */
final class BoneScans {

    private BoneScans() {
    }

    /** CT number (HU) at a point of the anatomy's own frame (patient LPS mm). */
    interface Anatomy {
        double hu(double x, double y, double z);
    }

    static final double BONE_HU = 700;
    static final double TISSUE_HU = 40;

    /** Bone occupancy of a signed distance (mm, negative inside): a logistic edge of 0.5 mm, as a CT's blur. */
    static double occupancy(double sdfMm) {
        return 1 / (1 + Math.exp(sdfMm / 0.5));
    }

    static double segment(double x, double y, double z, double[] a, double[] b, double radius) {
        double[] ab = { b[0] - a[0], b[1] - a[1], b[2] - a[2] };
        double f = ((x - a[0]) * ab[0] + (y - a[1]) * ab[1] + (z - a[2]) * ab[2]) / (ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2]);
        f = Math.max(0, Math.min(1, f));
        double dx = x - a[0] - f * ab[0], dy = y - a[1] - f * ab[1], dz = z - a[2] - f * ab[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz) - radius;
    }

    /** A vertebral column along z: cylinders of {@code radius} at (cx, cy), {@code height} tall, one every {@code period} mm. */
    static double spine(double x, double y, double z, double cx, double cy, double radius, double period, double height) {
        double zz = Math.floorMod((long) Math.floor((z + 1000) * 1000), (long) (period * 1000)) / 1000.0;
        double radial = Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) - radius;
        double axial = Math.abs(zz - period / 2) - height / 2;
        return Math.max(radial, axial);
    }

    /** Patient A: trunk, a vertebral column, an oblique long bone, a femoral-head-like sphere and a rib along x. */
    static Anatomy patientA() {
        double[] rodA = { -110, -30, -90 }, rodB = { -50, 40, 90 }, ribA = { 20, -40, 30 }, ribB = { 120, -40, 30 };
        return (x, y, z) -> {
            if ((x * x) / (150.0 * 150) + (y * y) / (110.0 * 110) > 1) {
                return -1000;
            }
            double d = spine(x, y, z, 0, 60, 18, 30, 24);
            d = Math.min(d, segment(x, y, z, rodA, rodB, 8));
            d = Math.min(d, Math.sqrt((x - 85) * (x - 85) + (y - 5) * (y - 5) + (z + 20) * (z + 20)) - 22);
            d = Math.min(d, segment(x, y, z, ribA, ribB, 6));
            return TISSUE_HU + (BONE_HU - TISSUE_HU) * occupancy(d);
        };
    }

    /** Patient B: another body with other bones (spine elsewhere and thinner, sphere and long bone on the other side). */
    static Anatomy patientB() {
        double[] rodA = { 60, -40, -80 }, rodB = { 100, 30, 60 };
        return (x, y, z) -> {
            if ((x * x) / (140.0 * 140) + (y * y) / (100.0 * 100) > 1) {
                return -1000;
            }
            double d = spine(x, y, z, 0, 45, 14, 34, 28);
            d = Math.min(d, segment(x, y, z, rodA, rodB, 7));
            d = Math.min(d, Math.sqrt((x + 80) * (x + 80) + (y - 10) * (y - 10) + (z - 25) * (z - 25)) - 18);
            return TISSUE_HU + (BONE_HU - TISSUE_HU) * occupancy(d);
        };
    }

    /** One straight bone through the whole scan: a shift along it and a turn about it are not fixed by bone. */
    static Anatomy straightBone() {
        return (x, y, z) -> {
            if ((x * x) / (150.0 * 150) + (y * y) / (110.0 * 110) > 1) {
                return -1000;
            }
            double d = Math.sqrt((x - 30) * (x - 30) + (y - 20) * (y - 20)) - 15;
            return TISSUE_HU + (BONE_HU - TISSUE_HU) * occupancy(d);
        };
    }

    /** Soft tissue only. */
    static Anatomy noBone() {
        return (x, y, z) -> (x * x) / (150.0 * 150) + (y * y) / (110.0 * 110) > 1 ? -1000 : TISSUE_HU;
    }

    /** Rotation about the patient axes: first {@code xDeg} about x, then {@code yDeg} about y, then {@code zDeg} about z. */
    static double[][] rotation(double xDeg, double yDeg, double zDeg) {
        double a = Math.toRadians(xDeg), b = Math.toRadians(yDeg), c = Math.toRadians(zDeg);
        double[][] rx = { { 1, 0, 0 }, { 0, Math.cos(a), -Math.sin(a) }, { 0, Math.sin(a), Math.cos(a) } };
        double[][] ry = { { Math.cos(b), 0, Math.sin(b) }, { 0, 1, 0 }, { -Math.sin(b), 0, Math.cos(b) } };
        double[][] rz = { { Math.cos(c), -Math.sin(c), 0 }, { Math.sin(c), Math.cos(c), 0 }, { 0, 0, 1 } };
        return multiply(rz, multiply(ry, rx));
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return out;
    }

    /** r·p + t. */
    static double[] apply(double[][] r, double[] t, double[] p) {
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            out[k] = r[k][0] * p[0] + r[k][1] * p[1] + r[k][2] * p[2] + t[k];
        }
        return out;
    }

    /** The inverse point map of p ↦ r·p + t, applied. */
    static double[] applyInverse(double[][] r, double[] t, double[] q) {
        double[] d = { q[0] - t[0], q[1] - t[1], q[2] - t[2] };
        return new double[] { r[0][0] * d[0] + r[1][0] * d[1] + r[2][0] * d[2], r[0][1] * d[0] + r[1][1] * d[1] + r[2][1] * d[2],
                r[0][2] * d[0] + r[1][2] * d[1] + r[2][2] * d[2] };
    }

    /** An empty axial CT series (HU), voxels to be set. */
    static ImageSeries series(String uid, String frameUid, double[] originMm, double pixelMm, double sliceMm, int columns, int rows, int slices) {
        ImageSeries s = ModelFactory.eINSTANCE.createImageSeries();
        s.setSeriesInstanceUid(uid);
        s.setFrameOfReferenceUid(frameUid);
        s.setModality("CT");
        s.setVoxelUnit("HU");
        for (int k = 0; k < 3; k++) {
            s.getOriginMm().add(originMm[k]);
            s.getRowDirection().add(k == 0 ? 1.0 : 0.0);
            s.getColumnDirection().add(k == 1 ? 1.0 : 0.0);
            s.getSliceDirection().add(k == 2 ? 1.0 : 0.0);
        }
        s.getSpacingMm().add(pixelMm);
        s.getSpacingMm().add(pixelMm);
        s.getSpacingMm().add(sliceMm);
        s.setColumns(columns);
        s.setRows(rows);
        s.setSlices(slices);
        return s;
    }

    /**
     * Fills the series with the anatomy seen in the series' own frame: the voxel at p holds {@code anatomy(r·p + t)},
     * i.e. (r, t) maps the series' frame onto the anatomy's. Gaussian noise of {@code noiseHu}.
     */
    static ImageSeries sample(ImageSeries s, Anatomy anatomy, double[][] r, double[] t, double noiseHu, long randomSeed) {
        GridGeometry g = GridGeometry.of(s);
        short[] v = new short[g.voxelCount()];
        Random random = new Random(randomSeed);
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    double[] q = apply(r, t, g.positionMm(i, j, k));
                    v[g.index(i, j, k)] = clamp(anatomy.hu(q[0], q[1], q[2]) + noiseHu * random.nextGaussian());
                }
            }
        }
        s.setVoxels(v);
        return s;
    }

    /**
     * Trilinear resampling of {@code source} onto {@code target}'s grid, the target voxel at p taking the source's value
     * at r·p + t (air, −1000 HU, outside the source).
     */
    static ImageSeries resample(ImageSeries source, ImageSeries target, double[][] r, double[] t) {
        GridGeometry gs = GridGeometry.of(source), gt = GridGeometry.of(target);
        short[] in = source.getVoxels();
        short[] out = new short[gt.voxelCount()];
        double[] sp = gs.spacingMm();
        for (int k = 0; k < gt.slices(); k++) {
            for (int j = 0; j < gt.rows(); j++) {
                for (int i = 0; i < gt.columns(); i++) {
                    double[] g = gs.toGridMm(apply(r, t, gt.positionMm(i, j, k)));
                    double fx = g[0] / sp[0], fy = g[1] / sp[1], fz = g[2] / sp[2];
                    int x0 = (int) Math.floor(fx), y0 = (int) Math.floor(fy), z0 = (int) Math.floor(fz);
                    double value = -1000;
                    if (x0 >= 0 && y0 >= 0 && z0 >= 0 && x0 + 1 < gs.columns() && y0 + 1 < gs.rows() && z0 + 1 < gs.slices()) {
                        double ax = fx - x0, ay = fy - y0, az = fz - z0;
                        value = 0;
                        for (int c = 0; c < 8; c++) {
                            int dx = c & 1, dy = (c >> 1) & 1, dz = (c >> 2) & 1;
                            double w = (dx == 1 ? ax : 1 - ax) * (dy == 1 ? ay : 1 - ay) * (dz == 1 ? az : 1 - az);
                            value += w * in[gs.index(x0 + dx, y0 + dy, z0 + dz)];
                        }
                    }
                    out[gt.index(i, j, k)] = clamp(value);
                }
            }
        }
        target.setVoxels(out);
        return target;
    }

    /**
     * Seeds as this test sees them (not the product's model): 3000 HU within 1 mm of a 4.5 mm axis (on at least the nearest slice), blooming to 900 HU
     * out to 2.5 mm, and on the seeds' slices a horizontal metal streak of +400 HU across the body.
     */
    static void addSeeds(ImageSeries s, List<double[]> centresMm) {
        GridGeometry g = GridGeometry.of(s);
        short[] v = s.getVoxels();
        for (double[] c : centresMm) {
            double[] a = { c[0], c[1] - 2.25, c[2] }, b = { c[0], c[1] + 2.25, c[2] };
            for (int k = 0; k < g.slices(); k++) {
                for (int j = 0; j < g.rows(); j++) {
                    for (int i = 0; i < g.columns(); i++) {
                        double[] p = g.positionMm(i, j, k);
                        if (Math.abs(p[2] - c[2]) > 4 || Math.abs(p[0] - c[0]) > 4 || Math.abs(p[1] - c[1]) > 6) {
                            continue;
                        }
                        double d = segment(p[0], p[1], p[2], a, b, 0);
                        double inPlane = segment(p[0], p[1], c[2], a, b, 0);
                        int index = g.index(i, j, k);
                        // the dense marker shows as metal on the slice nearest to it whatever the slice thickness (partial volume)
                        if (inPlane <= 1.0 && Math.abs(p[2] - c[2]) <= Math.max(1.0, g.spacingMm()[2] / 2)) {
                            v[index] = 3000;
                        } else if (d <= 2.5) {
                            v[index] = (short) Math.max(v[index], 900);
                        }
                    }
                }
            }
        }
        // streaks: +400 HU along the row through the first seed on its slice (two voxels wide)
        if (!centresMm.isEmpty()) {
            double[] grid = g.toGridMm(centresMm.get(0));
            int k = (int) Math.round(grid[2] / g.spacingMm()[2]), j = (int) Math.round(grid[1] / g.spacingMm()[1]);
            for (int jj = j + 3; jj <= j + 4 && jj < g.rows(); jj++) {
                for (int i = 0; i < g.columns(); i++) {
                    int index = g.index(i, jj, Math.max(0, Math.min(g.slices() - 1, k)));
                    if (v[index] > -500 && v[index] < 2000) {
                        v[index] = clamp(v[index] + 400);
                    }
                }
            }
        }
    }

    /** A couch top in the scan's own frame: {@code hu} over y ∈ [yMm, yMm + 8] (|x| < 200 mm) where the scan shows air; carbon couches can exceed the bone threshold. */
    static void addCouch(ImageSeries s, double yMm, double hu) {
        GridGeometry g = GridGeometry.of(s);
        short[] v = s.getVoxels();
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    double[] p = g.positionMm(i, j, k);
                    int index = g.index(i, j, k);
                    if (p[1] >= yMm && p[1] <= yMm + 8 && Math.abs(p[0]) < 200 && v[index] < -500) {
                        v[index] = clamp(hu);
                    }
                }
            }
        }
    }

    static short clamp(double hu) {
        return (short) Math.max(-1024, Math.min(4000, Math.round(hu)));
    }
}
