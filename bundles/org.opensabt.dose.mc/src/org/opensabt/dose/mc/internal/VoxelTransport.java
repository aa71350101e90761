package org.opensabt.dose.mc.internal;

import java.util.List;
import java.util.SplittableRandom;

import org.opensabt.dose.SeedPlacement;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Photon histories of a set of seeds through a {@link VoxelPhantom}, scored with the track-length estimator of
 * collision kerma (Williamson, Med Phys 14:567, 1987): in each voxel a photon of energy E crossing a length l adds
 * l·E·(μen/ρ) per unit volume, with the voxel's tissue (dose to medium, D(m,m)) and with water (dose to water in
 * medium, D(w,m)), TG-186's two quantities; below 50 keV collision kerma equals dose. Voxels are crossed with the
 * algorithm of Amanatides and Woo (Eurographics 1987). Not thread-safe: one instance per thread.
 */
final class VoxelTransport {

    private final PhotonPhysics physics;
    private final int nx;
    private final int ny;
    private final int nz;
    private final double sx;
    private final double sy;
    private final double sz;
    private final byte[] material;
    private final float[] density;
    private final int water;
    private final int materials;
    private final double cutoffKeV;
    private final double[] muRho;
    private final double[] kermaMedium;

    // seeds in the phantom frame (cm from the corner of voxel 0)
    private final double[][] seedCentre;
    private final double[][] seedAxis;
    private final double[][] seedPerp1;
    private final double[][] seedPerp2;
    private final double[] seedCumulative;
    private final SeedEmission emission;

    VoxelTransport(PhotonPhysics physics, VoxelPhantom phantom, List<SeedPlacement> seeds, SeedEmission emission) {
        this.physics = physics;
        GridGeometry g = phantom.grid;
        nx = g.columns();
        ny = g.rows();
        nz = g.slices();
        sx = g.spacingMm()[0] / 10;
        sy = g.spacingMm()[1] / 10;
        sz = g.spacingMm()[2] / 10;
        material = phantom.material;
        density = phantom.densityGPerCm3;
        water = physics.materialIndex("water");
        materials = physics.materialKeys().size();
        cutoffKeV = physics.minEnergyKeV();
        muRho = new double[materials];
        kermaMedium = new double[materials];
        this.emission = emission;
        int n = seeds.size();
        seedCentre = new double[n][];
        seedAxis = new double[n][];
        seedPerp1 = new double[n][];
        seedPerp2 = new double[n][];
        seedCumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            SeedPlacement seed = seeds.get(i);
            double[] local = g.toGridMm(seed.positionMm());
            seedCentre[i] = new double[] { local[0] / 10 + sx / 2, local[1] / 10 + sy / 2, local[2] / 10 + sz / 2 };
            double[] a = g.directionToGrid(seed.directionUnit());
            seedAxis[i] = a;
            double[] helper = Math.abs(a[0]) < 0.9 ? new double[] { 1, 0, 0 } : new double[] { 0, 1, 0 };
            double[] p1 = cross(a, helper);
            normalise(p1);
            seedPerp1[i] = p1;
            seedPerp2[i] = cross(a, p1);
            total += seed.airKermaStrengthU();
            seedCumulative[i] = total;
        }
        for (int i = 0; i < n; i++) {
            seedCumulative[i] /= total;
        }
    }

    /** Runs {@code histories} photons, adding E·l·(μen/ρ) (keV·cm³/g) per voxel into the two scores. */
    void run(long histories, SplittableRandom random, double[] scoreMedium, double[] scoreWater, java.util.function.BooleanSupplier cancelled) {
        double[] p = new double[3];
        double[] u = new double[3];
        for (long h = 0; h < histories; h++) {
            if ((h & 0x3fff) == 0 && cancelled.getAsBoolean()) {
                return;
            }
            int seed = pickSeed(random.nextDouble());
            double along = emission.sampleAlongCm(random);
            double cosT = emission.sampleCosTheta(random);
            double sinT = Math.sqrt(Math.max(0, 1 - cosT * cosT));
            double phi = 2 * Math.PI * random.nextDouble();
            double cp = Math.cos(phi) * sinT;
            double sp = Math.sin(phi) * sinT;
            double[] c = seedCentre[seed];
            double[] a = seedAxis[seed];
            double[] b1 = seedPerp1[seed];
            double[] b2 = seedPerp2[seed];
            for (int k = 0; k < 3; k++) {
                p[k] = c[k] + along * a[k];
                u[k] = cosT * a[k] + cp * b1[k] + sp * b2[k];
            }
            track(p, u, emission.sampleEnergyKeV(random), random, scoreMedium, scoreWater);
        }
    }

    private int pickSeed(double u) {
        int lo = 0;
        int hi = seedCumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seedCumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Follows one photon from p along u until it is absorbed, falls below the cut-off or leaves the phantom. */
    private void track(double[] p, double[] u, double eKeV, SplittableRandom random, double[] scoreMedium, double[] scoreWater) {
        double x = p[0];
        double y = p[1];
        double z = p[2];
        while (eKeV >= cutoffKeV) {
            for (int m = 0; m < materials; m++) {
                muRho[m] = physics.totalCm2PerG(m, eKeV);
                kermaMedium[m] = eKeV * physics.energyAbsorptionCm2PerG(m, eKeV);
            }
            double kermaWater = kermaMedium[water];
            int ix = (int) Math.floor(x / sx);
            int iy = (int) Math.floor(y / sy);
            int iz = (int) Math.floor(z / sz);
            if (ix < 0 || iy < 0 || iz < 0 || ix >= nx || iy >= ny || iz >= nz) {
                return;
            }
            double ux = u[0];
            double uy = u[1];
            double uz = u[2];
            int stepX = ux > 0 ? 1 : -1;
            int stepY = uy > 0 ? 1 : -1;
            int stepZ = uz > 0 ? 1 : -1;
            double tMaxX = ux > 0 ? ((ix + 1) * sx - x) / ux : ux < 0 ? (ix * sx - x) / ux : Double.POSITIVE_INFINITY;
            double tMaxY = uy > 0 ? ((iy + 1) * sy - y) / uy : uy < 0 ? (iy * sy - y) / uy : Double.POSITIVE_INFINITY;
            double tMaxZ = uz > 0 ? ((iz + 1) * sz - z) / uz : uz < 0 ? (iz * sz - z) / uz : Double.POSITIVE_INFINITY;
            double dX = ux != 0 ? sx / Math.abs(ux) : Double.POSITIVE_INFINITY;
            double dY = uy != 0 ? sy / Math.abs(uy) : Double.POSITIVE_INFINITY;
            double dZ = uz != 0 ? sz / Math.abs(uz) : Double.POSITIVE_INFINITY;
            int strideY = nx * stepY;
            int strideZ = nx * ny * stepZ;
            int idx = (iz * ny + iy) * nx + ix;
            double tau = -Math.log(1 - random.nextDouble());
            double t = 0;
            boolean interacted = false;
            while (true) {
                int m = material[idx];
                double mu = muRho[m] * density[idx];
                double tNext = Math.min(tMaxX, Math.min(tMaxY, tMaxZ));
                double d = tNext - t;
                if (mu * d > tau) {
                    double l = tau / mu;
                    scoreMedium[idx] += l * kermaMedium[m];
                    scoreWater[idx] += l * kermaWater;
                    t += l;
                    interacted = true;
                    x += t * ux;
                    y += t * uy;
                    z += t * uz;
                    eKeV = physics.interact(m, eKeV, u, random);
                    break;
                }
                scoreMedium[idx] += d * kermaMedium[m];
                scoreWater[idx] += d * kermaWater;
                tau -= mu * d;
                t = tNext;
                if (tMaxX <= tMaxY && tMaxX <= tMaxZ) {
                    ix += stepX;
                    if (ix < 0 || ix >= nx) {
                        return;
                    }
                    idx += stepX;
                    tMaxX += dX;
                } else if (tMaxY <= tMaxZ) {
                    iy += stepY;
                    if (iy < 0 || iy >= ny) {
                        return;
                    }
                    idx += strideY;
                    tMaxY += dY;
                } else {
                    iz += stepZ;
                    if (iz < 0 || iz >= nz) {
                        return;
                    }
                    idx += strideZ;
                    tMaxZ += dZ;
                }
            }
            if (!interacted || eKeV <= 0) {
                return;
            }
            // the interaction point may sit on a face: keep it inside the voxel it was scored in
            x = clamp(x, ix * sx, (ix + 1) * sx);
            y = clamp(y, iy * sy, (iy + 1) * sy);
            z = clamp(z, iz * sz, (iz + 1) * sz);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        double eps = 1e-9;
        return Math.max(lo + eps, Math.min(hi - eps, v));
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
    }

    private static void normalise(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        v[0] /= n;
        v[1] /= n;
        v[2] /= n;
    }
}
