package org.opensabt.postplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.geometry.Vec3;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;

/** Where synthetic seeds go: spread through a target (with pairs of touching seeds), or a plan's seeds displaced. */
public final class SeedLayouts {

    private SeedLayouts() {
    }

    /**
     * {@code count} seeds in {@code target}, of which {@code touchingPairs} pairs touch (alternately end to end, as
     * in a strand whose spacer was lost, and at an angle of 30–90°, tip to tip); other seeds are at least
     * {@code minSpacingMm} apart. Axes lie within {@code coneDeg} of {@code direction}.
     */
    public static List<TrueSeed> inTarget(Mask target, int count, int touchingPairs, double minSpacingMm, double[] direction, double coneDeg,
            long randomSeed) {
        if (touchingPairs * 2 > count) {
            throw new IllegalArgumentException(touchingPairs + " touching pairs need at least " + 2 * touchingPairs + " seeds, not " + count);
        }
        GridGeometry grid = target.grid();
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < grid.voxelCount(); i++) {
            if (target.get(i)) {
                inside.add(i);
            }
        }
        if (inside.isEmpty()) {
            throw new IllegalArgumentException("the target is empty");
        }
        Random random = new Random(randomSeed);
        List<TrueSeed> seeds = new ArrayList<>();
        List<double[]> centres = new ArrayList<>(); // one entry per single seed or pair (its midpoint)
        int pairs = 0;
        int attempts = 0;
        while (seeds.size() < count) {
            if (++attempts > 200_000) {
                throw new IllegalArgumentException("cannot place " + count + " seeds " + minSpacingMm + " mm apart in the target (placed " + seeds.size()
                        + "); use fewer seeds or a smaller spacing");
            }
            int v = inside.get(random.nextInt(inside.size()));
            int nc = grid.columns();
            int nr = grid.rows();
            double[] p = grid.positionMm(v % nc + random.nextDouble() - 0.5, (v / nc) % nr + random.nextDouble() - 0.5,
                    v / (nc * nr) + random.nextDouble() - 0.5);
            double[] a = randomInCone(direction, coneDeg, random);
            boolean pair = pairs < touchingPairs && count - seeds.size() >= 2;
            double[][] members;
            if (pair) {
                members = touchingPair(p, a, pairs % 2 == 0, random);
            } else {
                members = new double[][] { p, a };
            }
            double[] mid = pair ? midpoint(members[0], members[2]) : p;
            boolean free = true;
            for (double[] c : centres) {
                if (Vec3.distance(c, mid) < minSpacingMm + (pair ? 5 : 0)) {
                    free = false;
                    break;
                }
            }
            if (!free || pair && !target.containsMm(members[2])) {
                continue;
            }
            centres.add(mid);
            if (pair) {
                int k = pairs + 1;
                seeds.add(new TrueSeed("pair" + k + "a", members[0], members[1]));
                seeds.add(new TrueSeed("pair" + k + "b", members[2], members[3]));
                pairs++;
            } else {
                seeds.add(new TrueSeed("s" + (seeds.size() + 1), members[0], members[1]));
            }
        }
        return seeds;
    }

    /** The structure named {@code name} (any case), or with no name the first of type GTV. */
    public static Optional<Structure> target(PatientCase c, String name) {
        return CaseContents.structures(c).stream().filter(s -> name != null ? s.getName().equalsIgnoreCase(name) : s.getType() == RoiType.GTV).findFirst();
    }

    /** Planned seeds moved by a random displacement (Gaussian, {@code sigmaMm} per axis), axes tilted by up to {@code tiltDeg}. */
    public static List<TrueSeed> displaced(List<TrueSeed> planned, double sigmaMm, double tiltDeg, long randomSeed) {
        Random random = new Random(randomSeed);
        List<TrueSeed> out = new ArrayList<>();
        for (TrueSeed s : planned) {
            double[] p = s.positionMm().clone();
            for (int k = 0; k < 3; k++) {
                p[k] += sigmaMm * random.nextGaussian();
            }
            out.add(new TrueSeed(s.seedId(), p, randomInCone(s.directionUnit(), tiltDeg, random)));
        }
        return out;
    }

    /** {first centre, first axis, second centre, second axis}. */
    private static double[][] touchingPair(double[] p, double[] a, boolean endToEnd, Random random) {
        double length = SyntheticImplantCt.SEED_LENGTH_MM;
        if (endToEnd) {
            double gap = 0.3 * random.nextDouble();
            double[] q = Vec3.addScaled(p, a, length + gap);
            return new double[][] { p, a, q, a.clone() };
        }
        double angle = Math.toRadians(30 + 60 * random.nextDouble());
        double[] perpendicular = Vec3.unit(Vec3.cross(a, randomUnit(random)));
        double[] b = Vec3.unit(Vec3.addScaled(Vec3.scale(a, Math.cos(angle)), perpendicular, Math.sin(angle)));
        double[] tip = Vec3.addScaled(p, a, length / 2);
        double[] q = Vec3.addScaled(Vec3.addScaled(tip, b, length / 2), perpendicular, SyntheticImplantCt.SEED_DIAMETER_MM / 2); // tip to tip, capsules touching
        return new double[][] { p, a, q, b };
    }

    static double[] randomInCone(double[] around, double coneDeg, Random random) {
        double[] axis = Vec3.unit(around);
        if (coneDeg <= 0) {
            return axis;
        }
        double cosMax = Math.cos(Math.toRadians(coneDeg));
        double cos = 1 - random.nextDouble() * (1 - cosMax);
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        double[] u = Vec3.perpendicular(axis);
        double[] w = Vec3.cross(axis, u);
        double phi = 2 * Math.PI * random.nextDouble();
        return Vec3.unit(Vec3.addScaled(Vec3.addScaled(Vec3.scale(axis, cos), u, sin * Math.cos(phi)), w, sin * Math.sin(phi)));
    }

    private static double[] randomUnit(Random random) {
        return Vec3.unit(new double[] { random.nextGaussian(), random.nextGaussian(), random.nextGaussian() });
    }

    private static double[] midpoint(double[] a, double[] b) {
        return new double[] { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2 };
    }
}
