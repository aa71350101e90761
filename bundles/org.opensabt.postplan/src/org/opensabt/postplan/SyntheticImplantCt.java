package org.opensabt.postplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.geometry.Vec3;

/**
 * Test data with known truth: I-125 seeds put into a CT as a scanner would show them, so that seed
 * detection is measured against the positions they were put at.
 *
 * <p>Each seed is a titanium capsule (4.5 × 0.8 mm, 0.05 mm wall) around a silver marker rod
 * (3.0 × 0.5 mm), as in the 6711 design. Their attenuation above tissue is expressed in HU at an
 * effective CT energy of about 70 keV (silver μ ≈ 3 cm²/g × 10.5 g/cm³ ≈ 31 cm⁻¹, i.e. ~150 000 HU;
 * titanium ≈ 7 000 HU). The seed is sampled at 0.1 mm and blurred with the scanner's response: a
 * Gaussian point-spread function in plane ({@link Settings#inPlaneFwhmMm()}) and a Gaussian slice
 * sensitivity profile whose FWHM is the slice thickness; the image is sampled at voxel centres. Then
 * metal streaks (dark and bright lines through each seed in its slices, decaying with distance),
 * Gaussian noise, and clipping to the scanner's largest value (3071 HU on a 12-bit scale).
 */
public final class SyntheticImplantCt {

    /** A seed put into the CT (patient LPS mm, unit axis). */
    public record TrueSeed(String seedId, double[] positionMm, double[] directionUnit) {
    }

    /**
     * @param sliceFwhmMm NaN: the slice spacing
     */
    public record Settings(double capsuleDeltaHu, double markerDeltaHu, double inPlaneFwhmMm, double sliceFwhmMm, double streakHu, double noiseHu,
            double maxHu, long randomSeed) {

        /** Titanium 7 000 HU, silver 150 000 HU, 1.3 mm in-plane FWHM (a soft kernel), slice FWHM = spacing, streaks ±250 HU, noise 12 HU, clipped at 3071 HU. */
        public static Settings defaults(long randomSeed) {
            return new Settings(7000, 150000, 1.3, Double.NaN, 250, 12, 3071, randomSeed);
        }
    }

    public static final double SEED_LENGTH_MM = 4.5;
    public static final double SEED_DIAMETER_MM = 0.8;
    public static final double WALL_MM = 0.05;
    public static final double MARKER_LENGTH_MM = 3.0;
    public static final double MARKER_DIAMETER_MM = 0.5;

    private SyntheticImplantCt() {
    }

    /** A copy of {@code baseHu} with the seeds, streaks and noise. */
    public static short[] insert(short[] baseHu, GridGeometry grid, List<TrueSeed> seeds, Settings settings) {
        double[] image = new double[baseHu.length];
        for (int i = 0; i < baseHu.length; i++) {
            image[i] = baseHu[i];
        }
        double sigmaXy = settings.inPlaneFwhmMm() / 2.3548;
        double sigmaZ = (Double.isNaN(settings.sliceFwhmMm()) ? grid.spacingMm()[2] : settings.sliceFwhmMm()) / 2.3548;
        List<double[]> samples = seedSamples(settings);
        Random random = new Random(settings.randomSeed());
        for (TrueSeed seed : seeds) {
            blurInto(image, grid, seed, samples, sigmaXy, sigmaZ);
        }
        for (TrueSeed seed : seeds) {
            streaks(image, grid, seed, settings.streakHu(), sigmaZ, random);
        }
        short[] out = new short[baseHu.length];
        for (int i = 0; i < image.length; i++) {
            double v = image[i] + settings.noiseHu() * random.nextGaussian();
            out[i] = (short) Math.round(Math.max(-1024, Math.min(settings.maxHu(), v)));
        }
        return out;
    }

    /** Sample points of one seed in its own frame (axis along z): {along-axis x, y, z mm, HU·mm³ above tissue}. */
    static List<double[]> seedSamples(Settings settings) {
        double step = 0.1;
        double volume = step * step * step;
        double rOut = SEED_DIAMETER_MM / 2;
        double rIn = rOut - WALL_MM;
        double rMarker = MARKER_DIAMETER_MM / 2;
        List<double[]> samples = new ArrayList<>();
        for (double z = -SEED_LENGTH_MM / 2 + step / 2; z < SEED_LENGTH_MM / 2; z += step) {
            for (double x = -rOut + step / 2; x < rOut; x += step) {
                for (double y = -rOut + step / 2; y < rOut; y += step) {
                    double r = Math.hypot(x, y);
                    if (r > rOut) {
                        continue;
                    }
                    double delta;
                    if (r <= rMarker && Math.abs(z) <= MARKER_LENGTH_MM / 2) {
                        delta = settings.markerDeltaHu();
                    } else if (r >= rIn || Math.abs(z) >= SEED_LENGTH_MM / 2 - 0.3) {
                        delta = settings.capsuleDeltaHu(); // wall and welded ends
                    } else {
                        continue; // air inside the capsule: about tissue, neglected
                    }
                    samples.add(new double[] { x, y, z, delta * volume });
                }
            }
        }
        return samples;
    }

    private static void blurInto(double[] image, GridGeometry grid, TrueSeed seed, List<double[]> samples, double sigmaXy, double sigmaZ) {
        double[] axis = grid.directionToGrid(seed.directionUnit());
        double[] u = Vec3.perpendicular(axis);
        double[] w = Vec3.cross(axis, u);
        double[] centre = grid.toGridMm(seed.positionMm());
        double[] sp = grid.spacingMm();
        double[] sigma = { sigmaXy, sigmaXy, sigmaZ };
        int[] n = { grid.columns(), grid.rows(), grid.slices() };
        double norm = 1 / (Math.pow(2 * Math.PI, 1.5) * sigma[0] * sigma[1] * sigma[2]);
        for (double[] q : samples) {
            double[] p = new double[3];
            for (int k = 0; k < 3; k++) {
                p[k] = centre[k] + q[0] * u[k] + q[1] * w[k] + q[2] * axis[k];
            }
            int[] lo = new int[3];
            int[] hi = new int[3];
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.max(0, (int) Math.floor((p[k] - 3 * sigma[k]) / sp[k]));
                hi[k] = Math.min(n[k] - 1, (int) Math.ceil((p[k] + 3 * sigma[k]) / sp[k]));
            }
            double mass = q[3] * norm;
            for (int s = lo[2]; s <= hi[2]; s++) {
                double gz = Math.exp(-sq(s * sp[2] - p[2]) / (2 * sigma[2] * sigma[2]));
                for (int r = lo[1]; r <= hi[1]; r++) {
                    double gy = gz * Math.exp(-sq(r * sp[1] - p[1]) / (2 * sigma[1] * sigma[1]));
                    int row = (s * n[1] + r) * n[0];
                    for (int c = lo[0]; c <= hi[0]; c++) {
                        image[row + c] += mass * gy * Math.exp(-sq(c * sp[0] - p[0]) / (2 * sigma[0] * sigma[0]));
                    }
                }
            }
        }
    }

    /** Four lines through the seed in each slice it shows in, alternately dark and bright, fading over 20 mm. */
    private static void streaks(double[] image, GridGeometry grid, TrueSeed seed, double amplitudeHu, double sigmaZ, Random random) {
        if (amplitudeHu <= 0) {
            return;
        }
        double[] centre = grid.toGridMm(seed.positionMm());
        double[] sp = grid.spacingMm();
        int radius = 50;
        double phase = random.nextDouble() * Math.PI;
        double[][] lines = new double[4][];
        for (int k = 0; k < 4; k++) {
            double angle = phase + k * Math.PI / 4 + 0.2 * random.nextGaussian();
            double sign = k % 2 == 0 ? -1 : 1;
            lines[k] = new double[] { Math.cos(angle), Math.sin(angle), sign * amplitudeHu * (0.6 + 0.4 * random.nextDouble()) };
        }
        int s0 = Math.max(0, (int) Math.floor((centre[2] - 2 * sigmaZ) / sp[2]));
        int s1 = Math.min(grid.slices() - 1, (int) Math.ceil((centre[2] + 2 * sigmaZ) / sp[2]));
        int c0 = Math.max(0, (int) Math.floor((centre[0] - radius) / sp[0]));
        int c1 = Math.min(grid.columns() - 1, (int) Math.ceil((centre[0] + radius) / sp[0]));
        int r0 = Math.max(0, (int) Math.floor((centre[1] - radius) / sp[1]));
        int r1 = Math.min(grid.rows() - 1, (int) Math.ceil((centre[1] + radius) / sp[1]));
        for (int s = s0; s <= s1; s++) {
            double gz = Math.exp(-sq(s * sp[2] - centre[2]) / (2 * sigmaZ * sigmaZ));
            for (int r = r0; r <= r1; r++) {
                double dy = r * sp[1] - centre[1];
                for (int c = c0; c <= c1; c++) {
                    double dx = c * sp[0] - centre[0];
                    double distance = Math.hypot(dx, dy);
                    if (distance < 1.5 || distance > radius) {
                        continue;
                    }
                    double fade = gz * Math.exp(-distance / 20);
                    double add = 0;
                    for (double[] line : lines) {
                        double across = Math.abs(dx * line[1] - dy * line[0]);
                        add += line[2] * Math.exp(-across * across / (2 * 0.6 * 0.6));
                    }
                    image[(s * grid.rows() + r) * grid.columns() + c] += add * fade;
                }
            }
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
