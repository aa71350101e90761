package org.opensabt.phantoms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.opensabt.model.geometry.GridGeometry;

import com.google.gson.GsonBuilder;

/**
 * An independent post-operative CT generator for the detection tests and {@code opensabt bench postplan}, written apart from
 * the post-implant bundle's own synthetic CT ({@code org.opensabt.postplan.SyntheticImplantCt}, which writes the demo's
 * post-op CT) and deliberately different from it:
 * <ul>
 * <li>seed model: a titanium capsule (4.5 × 0.8 mm, wall and welds smeared to one mean HU) around a thin
 * tungsten marker rod (3.7 × 0.25 mm, as in a double-walled 2301-type seed) instead of a 3.0 × 0.5 mm silver rod;</li>
 * <li>partial volume by supersampling each voxel at 0.1 mm (through the slice: a rectangular
 * slice profile, not a Gaussian one), then a Gaussian in-plane blur;</li>
 * <li>other metal: steel surgical clips (V and U shapes) and a 12 mm wire (straight or bent);</li>
 * <li>a plan on parallel needles, seeds lost (not in the CT) and migrated (moved several mm);</li>
 * <li>streaks: radial rays from every metal object, alternately bright and dark, decaying with distance;
 * Gaussian noise; a body ellipse with a bone; clipping at 3071 HU.</li>
 * </ul>
 * Deterministic by {@link Spec#randomSeed()}. Grid axis-aligned, LPS, origin at the first voxel.
 */
public final class PostopCtPhantom {

    public static final double SEED_LENGTH_MM = 4.5;
    public static final double SEED_RADIUS_MM = 0.4;
    public static final double TITANIUM_HU = 2500; // capsule wall and ends smeared over the capsule's cross-section
    public static final double TUNGSTEN_HU = 370_000; // tungsten at ~70 keV: μ ≈ 3.7 cm²/g × 19.3 g/cm³ ≈ 71 cm⁻¹
    public static final double STEEL_HU = 15_000;

    /** One other-metal object of the truth: kind, centre (mm), largest extent (mm), its segments {x0, y0, z0, x1, y1, z1} (mm). */
    public record OtherMetal(String kind, double[] centreMm, double sizeMm, double[][] segmentsMm) {

        /** Distance of a point to the object's metal (centre lines). */
        public double distanceMm(double[] p) {
            double best = Double.MAX_VALUE;
            for (double[] s : segmentsMm) {
                best = Math.min(best, distanceToSegment(p, new double[] { s[0], s[1], s[2] }, new double[] { s[3], s[4], s[5] }));
            }
            return best;
        }
    }

    /** A seed of the plan (needle axis) and, if present, where it is in the CT with its own axis. */
    public record TruthSeed(String seedId, double[] plannedMm, double[] needleAxis, boolean lost, boolean migrated, double[] positionMm, double[] axisUnit) {
    }

    public record Truth(List<TruthSeed> seeds, List<OtherMetal> otherMetal, double sliceMm, long randomSeed) {
        public List<TruthSeed> present() {
            return seeds.stream().filter(s -> !s.lost()).toList();
        }
    }

    public record Ct(short[] hu, GridGeometry grid, Truth truth) {
    }

    /**
     * @param plannedSeeds seeds of the plan (on needles 10 mm apart, 10 mm between seeds)
     * @param lost         of them not in the CT
     * @param migrated     of them moved 4–8 mm
     * @param clips        surgical clips in the bed
     * @param wire         "none", "straight" or "bent" (a 12 mm wire)
     * @param endToEnd     pairs of present seeds pushed end to end (touching)
     */
    public record Spec(double sliceMm, int plannedSeeds, int lost, int migrated, int clips, String wire, int endToEnd, long randomSeed) {
    }

    private record Segment(double[] a, double[] b, double radiusMm, double deltaHu) {
    }

    private PostopCtPhantom() {
    }

    public static Ct make(Spec spec) {
        Random random = new Random(spec.randomSeed());
        double pixel = 0.8;
        int n = 128;
        double depthMm = 64;
        int slices = (int) Math.round(depthMm / spec.sliceMm());
        GridGeometry grid = GridGeometry.axisAligned(new double[] { 0, 0, 0 }, new double[] { pixel, pixel, spec.sliceMm() }, n, n, slices);
        double[] centre = { (n - 1) * pixel / 2, (n - 1) * pixel / 2, (slices - 1) * spec.sliceMm() / 2 };

        // the plan: needles along a tilted axis through a box around the centre
        double[] needle = unit(new double[] { 0.25, 0.35, 1 });
        double[] u = unit(cross(needle, new double[] { 1, 0, 0 }));
        double[] w = cross(needle, u);
        List<double[]> planned = new ArrayList<>();
        int perNeedle = 4;
        int needles = (spec.plannedSeeds() + perNeedle - 1) / perNeedle;
        int side = (int) Math.ceil(Math.sqrt(needles));
        for (int k = 0; k < spec.plannedSeeds(); k++) {
            int nd = k / perNeedle;
            int along = k % perNeedle;
            double a = (nd % side - (side - 1) / 2.0) * 10;
            double b = (nd / side - (side - 1) / 2.0) * 10;
            double t = (along - (perNeedle - 1) / 2.0) * 10 + (nd % 2) * 2.5;
            planned.add(add(centre, add(scale(u, a), add(scale(w, b), scale(needle, t)))));
        }
        // which are lost, which migrated
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < planned.size(); k++) {
            order.add(k);
        }
        java.util.Collections.shuffle(order, random);
        boolean[] lost = new boolean[planned.size()];
        boolean[] migrated = new boolean[planned.size()];
        for (int k = 0; k < spec.lost(); k++) {
            lost[order.get(k)] = true;
        }
        for (int k = spec.lost(); k < spec.lost() + spec.migrated(); k++) {
            migrated[order.get(k)] = true;
        }
        List<TruthSeed> seeds = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int pairs = 0;
        double[] previous = null;
        for (int k = 0; k < planned.size(); k++) {
            double[] p = planned.get(k);
            String id = String.format(Locale.ROOT, "P%03d", k + 1);
            if (lost[k]) {
                seeds.add(new TruthSeed(id, p, needle, true, false, null, null));
                previous = null;
                continue;
            }
            double[] axis = unit(add(needle, scale(gauss3(random), 0.12)));
            double[] pos = add(p, scale(gauss3(random), 0.8));
            if (migrated[k]) { // moved 4–8 mm, not onto another seed (at least 6 mm from every planned place)
                double[] from = pos;
                do {
                    pos = add(from, scale(unit(gauss3(random)), 4 + 4 * random.nextDouble()));
                } while (nearest(planned, pos) < 6);
            } else if (pairs < spec.endToEnd() && previous != null && k % perNeedle != 0) {
                // slid along the needle until it touches the seed before
                axis = previous[1] == 0 ? axis : new double[] { previous[2], previous[3], previous[4] };
                pos = add(new double[] { previous[5], previous[6], previous[7] }, scale(axis, SEED_LENGTH_MM + 0.05));
                pairs++;
            }
            seeds.add(new TruthSeed(id, p, needle, false, migrated[k], pos, axis));
            addSeed(segments, pos, axis);
            previous = new double[] { 1, 1, axis[0], axis[1], axis[2], pos[0], pos[1], pos[2] };
        }

        // other metal in the bed, clear of the seeds
        List<OtherMetal> other = new ArrayList<>();
        for (int c = 0; c < spec.clips(); c++) {
            int first = segments.size();
            double[] at = freeSpot(random, centre, seeds, other, 22);
            double[] a1 = unit(gauss3(random));
            double[] a2 = unit(cross(a1, unit(gauss3(random))));
            double leg = 3.5 + 1.5 * random.nextDouble();
            boolean vShape = c % 2 == 0;
            double r = 0.3;
            if (vShape) { // two legs from a hinge at 40–60°
                double angle = Math.toRadians(40 + 20 * random.nextDouble());
                double[] l1 = unit(add(scale(a1, Math.cos(angle / 2)), scale(a2, Math.sin(angle / 2))));
                double[] l2 = unit(add(scale(a1, Math.cos(angle / 2)), scale(a2, -Math.sin(angle / 2))));
                double[] hinge = add(at, scale(a1, -leg / 2));
                segments.add(new Segment(hinge, add(hinge, scale(l1, leg)), r, STEEL_HU));
                segments.add(new Segment(hinge, add(hinge, scale(l2, leg)), r, STEEL_HU));
            } else { // U: two parallel legs 2.5 mm apart and the bridge
                double[] p1 = add(at, scale(a2, -1.25));
                double[] p2 = add(at, scale(a2, 1.25));
                segments.add(new Segment(add(p1, scale(a1, -leg / 2)), add(p1, scale(a1, leg / 2)), r, STEEL_HU));
                segments.add(new Segment(add(p2, scale(a1, -leg / 2)), add(p2, scale(a1, leg / 2)), r, STEEL_HU));
                segments.add(new Segment(add(p1, scale(a1, -leg / 2)), add(p2, scale(a1, -leg / 2)), r, STEEL_HU));
            }
            other.add(new OtherMetal(vShape ? "clip-V" : "clip-U", at, leg, rows(segments.subList(first, segments.size()))));
        }
        if (!"none".equals(spec.wire())) {
            int first = segments.size();
            double[] at = freeSpot(random, centre, seeds, other, 22);
            double[] d = unit(add(gauss3(random), new double[] { 1, 0, 0 }));
            double r = 0.4;
            if ("straight".equals(spec.wire())) {
                segments.add(new Segment(add(at, scale(d, -6)), add(at, scale(d, 6)), r, STEEL_HU));
            } else {
                double[] e = unit(cross(d, unit(gauss3(random))));
                double[] corner = add(at, scale(d, 1));
                double[] bent = unit(add(d, e)); // 45° bend in the middle
                segments.add(new Segment(add(corner, scale(d, -6)), corner, r, STEEL_HU));
                segments.add(new Segment(corner, add(corner, scale(bent, 6)), r, STEEL_HU));
            }
            other.add(new OtherMetal("wire-" + spec.wire(), at, 12, rows(segments.subList(first, segments.size()))));
        }

        double[] image = anatomy(grid, random);
        return new Ct(render(image, grid, segments, random), grid, new Truth(seeds, other, spec.sliceMm(), spec.randomSeed()));
    }

    /**
     * Seeds ({position, axis} in patient mm) and straight wires or needles ({end, end, {radius mm}}, steel) put into a copy of another CT
     * (any axis-aligned or oblique grid), with this generator's seed model, partial volume, blur, streaks and noise.
     */
    public static short[] insert(short[] baseHu, GridGeometry grid, List<double[][]> seeds, List<double[][]> wires, long randomSeed) {
        Random random = new Random(randomSeed);
        List<Segment> segments = new ArrayList<>();
        for (double[][] seed : seeds) {
            addSeed(segments, grid.toGridMm(seed[0]), unit(grid.directionToGrid(seed[1])));
        }
        for (double[][] wire : wires) {
            segments.add(new Segment(grid.toGridMm(wire[0]), grid.toGridMm(wire[1]), wire[2][0], STEEL_HU));
        }
        double[] image = new double[baseHu.length];
        for (int i = 0; i < image.length; i++) {
            image[i] = baseHu[i];
        }
        return render(image, grid, segments, random);
    }

    /** The metal (supersampled, blurred in plane), streaks and noise onto {@code image} (grid mm: voxel index × spacing). */
    private static short[] render(double[] image, GridGeometry grid, List<Segment> segments, Random random) {
        double[] metal = rasterise(segments, grid);
        blurInPlane(metal, grid, 1.0);
        streaks(image, grid, segments, random);
        short[] hu = new short[image.length];
        for (int i = 0; i < image.length; i++) {
            double v = image[i] + metal[i] + 15 * random.nextGaussian();
            hu[i] = (short) Math.round(Math.max(-1024, Math.min(3071, v)));
        }
        return hu;
    }

    /** The truth as JSON (for looking at a failing case, and for other tools). */
    public static void writeTruth(Truth truth, Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sliceMm", truth.sliceMm());
        json.put("randomSeed", truth.randomSeed());
        json.put("seeds", truth.seeds());
        json.put("otherMetal", truth.otherMetal());
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(json));
    }

    private static void addSeed(List<Segment> segments, double[] pos, double[] axis) {
        double h = SEED_LENGTH_MM / 2;
        segments.add(new Segment(add(pos, scale(axis, -h + SEED_RADIUS_MM)), add(pos, scale(axis, h - SEED_RADIUS_MM)), SEED_RADIUS_MM, TITANIUM_HU));
        double rod = 3.7 / 2 - 0.125; // a segment's ends are rounded by its radius
        segments.add(new Segment(add(pos, scale(axis, -rod)), add(pos, scale(axis, rod)), 0.125, TUNGSTEN_HU));
    }

    /** Mean HU above tissue of each voxel, supersampled: the highest segment containing a sample point counts (capsule ends rounded). */
    private static double[] rasterise(List<Segment> segments, GridGeometry grid) {
        double[] out = new double[grid.voxelCount()];
        double[] sp = grid.spacingMm();
        int sub = Math.max(1, (int) Math.ceil(sp[0] / 0.1)); // 0.1 mm samples: finer than the 0.25 mm marker rod
        int subZ = Math.max(1, (int) Math.ceil(sp[2] / 0.1));
        int[] size = { grid.columns(), grid.rows(), grid.slices() };
        // group segments by object bounding box: sample each voxel near any segment once
        Map<Integer, List<Segment>> voxels = new java.util.TreeMap<>();
        for (Segment s : segments) {
            int[] lo = new int[3];
            int[] hi = new int[3];
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.max(0, (int) Math.floor((Math.min(s.a[k], s.b[k]) - s.radiusMm - sp[k]) / sp[k]));
                hi[k] = Math.min(size[k] - 1, (int) Math.ceil((Math.max(s.a[k], s.b[k]) + s.radiusMm + sp[k]) / sp[k]));
            }
            for (int z = lo[2]; z <= hi[2]; z++) {
                for (int y = lo[1]; y <= hi[1]; y++) {
                    for (int x = lo[0]; x <= hi[0]; x++) {
                        voxels.computeIfAbsent(grid.index(x, y, z), key -> new ArrayList<>()).add(s);
                    }
                }
            }
        }
        for (Map.Entry<Integer, List<Segment>> e : voxels.entrySet()) {
            int v = e.getKey();
            int x = v % size[0];
            int y = (v / size[0]) % size[1];
            int z = v / (size[0] * size[1]);
            double sum = 0;
            for (int i = 0; i < sub; i++) {
                for (int j = 0; j < sub; j++) {
                    for (int k = 0; k < subZ; k++) {
                        double[] p = { (x - 0.5 + (i + 0.5) / sub) * sp[0], (y - 0.5 + (j + 0.5) / sub) * sp[1], (z - 0.5 + (k + 0.5) / subZ) * sp[2] };
                        double best = 0;
                        for (Segment s : e.getValue()) {
                            if (s.deltaHu > best && distanceToSegment(p, s.a, s.b) <= s.radiusMm) {
                                best = s.deltaHu;
                            }
                        }
                        sum += best;
                    }
                }
            }
            out[v] = sum / (sub * sub * subZ);
        }
        return out;
    }

    private static void blurInPlane(double[] image, GridGeometry grid, double fwhmMm) {
        double sigma = fwhmMm / 2.3548 / grid.spacingMm()[0];
        int radius = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            total += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= total;
        }
        int nc = grid.columns();
        int nr = grid.rows();
        double[] tmp = new double[image.length];
        for (int s = 0; s < grid.slices(); s++) {
            for (int pass = 0; pass < 2; pass++) {
                double[] from = pass == 0 ? image : tmp;
                double[] to = pass == 0 ? tmp : image;
                for (int r = 0; r < nr; r++) {
                    for (int c = 0; c < nc; c++) {
                        double v = 0;
                        for (int i = -radius; i <= radius; i++) {
                            int cc = pass == 0 ? c + i : c;
                            int rr = pass == 0 ? r : r + i;
                            if (cc >= 0 && cc < nc && rr >= 0 && rr < nr) {
                                v += kernel[i + radius] * from[(s * nr + rr) * nc + cc];
                            }
                        }
                        to[(s * nr + r) * nc + c] = v;
                    }
                }
            }
        }
    }

    /** Air, a soft-tissue ellipse (40 HU) with a bone (1100 HU cortex, 300 HU marrow) to one side. */
    private static double[] anatomy(GridGeometry grid, Random random) {
        double[] image = new double[grid.voxelCount()];
        double[] sp = grid.spacingMm();
        double cx = grid.columns() * sp[0] / 2;
        double cy = grid.rows() * sp[1] / 2;
        double bx = cx - 30 + 4 * random.nextDouble();
        double by = cy + 22;
        for (int s = 0; s < grid.slices(); s++) {
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    double x = c * sp[0];
                    double y = r * sp[1];
                    double e = sq((x - cx) / 48) + sq((y - cy) / 40);
                    double v = e <= 1 ? 40 : -1000;
                    double d = Math.hypot(x - bx, y - by);
                    if (d <= 9) {
                        v = d >= 6.5 ? 1100 : 300;
                    }
                    image[grid.index(c, r, s)] = v;
                }
            }
        }
        return image;
    }

    /** Six rays from each metal object in the slices it is in: alternately +/− 350 HU, decaying over 15 mm, from 2 mm out. */
    private static void streaks(double[] image, GridGeometry grid, List<Segment> segments, Random random) {
        double[] sp = grid.spacingMm();
        for (Segment s : segments) {
            if (s.deltaHu < STEEL_HU) {
                continue; // one set of rays per marker rod or steel part
            }
            double[] m = scale(add(s.a, s.b), 0.5);
            int z0 = Math.max(0, (int) Math.floor((Math.min(s.a[2], s.b[2]) - s.radiusMm) / sp[2] + 0.5));
            int z1 = Math.min(grid.slices() - 1, (int) Math.floor((Math.max(s.a[2], s.b[2]) + s.radiusMm) / sp[2] + 0.5));
            double phase = random.nextDouble() * Math.PI;
            for (int k = 0; k < 6; k++) {
                double angle = phase + k * Math.PI / 3;
                double amplitude = (k % 2 == 0 ? 350 : -350) * (0.5 + 0.5 * random.nextDouble()) * (s.deltaHu >= TUNGSTEN_HU ? 0.7 : 1);
                for (double t = 2; t < 40; t += 0.4) {
                    int c = (int) Math.round((m[0] + t * Math.cos(angle)) / sp[0]);
                    int r = (int) Math.round((m[1] + t * Math.sin(angle)) / sp[1]);
                    if (c < 0 || r < 0 || c >= grid.columns() || r >= grid.rows()) {
                        break;
                    }
                    for (int z = z0; z <= z1; z++) {
                        image[grid.index(c, r, z)] += amplitude * Math.exp(-t / 15) * 0.4; // 0.4: rays overlap in 0.4 mm steps
                    }
                }
            }
        }
    }

    /** A place in the bed at least 12 mm from every present seed and every other-metal object. */
    private static double[] freeSpot(Random random, double[] centre, List<TruthSeed> seeds, List<OtherMetal> other, double radiusMm) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            double[] p = add(centre, new double[] { (random.nextDouble() - 0.5) * 2 * radiusMm, (random.nextDouble() - 0.5) * 2 * radiusMm,
                    (random.nextDouble() - 0.5) * 40 });
            boolean free = true;
            for (TruthSeed s : seeds) {
                if (!s.lost() && distance(p, s.positionMm()) < 12) {
                    free = false;
                }
            }
            for (OtherMetal o : other) {
                if (distance(p, o.centreMm()) < 12) {
                    free = false;
                }
            }
            if (free) {
                return p;
            }
        }
        throw new IllegalStateException("no free place for other metal");
    }

    private static double[][] rows(List<Segment> segments) {
        return segments.stream().map(s -> new double[] { s.a[0], s.a[1], s.a[2], s.b[0], s.b[1], s.b[2] }).toArray(double[][]::new);
    }

    private static double nearest(List<double[]> points, double[] p) {
        return points.stream().mapToDouble(q -> distance(p, q)).min().orElse(Double.MAX_VALUE);
    }

    public static double distanceToSegment(double[] p, double[] a, double[] b) {
        double[] ab = sub(b, a);
        double t = dot(sub(p, a), ab) / Math.max(1e-12, dot(ab, ab));
        t = Math.max(0, Math.min(1, t));
        return distance(p, add(a, scale(ab, t)));
    }

    private static double[] gauss3(Random r) {
        return new double[] { r.nextGaussian(), r.nextGaussian(), r.nextGaussian() };
    }

    public static double distance(double[] a, double[] b) {
        return Math.sqrt(sq(a[0] - b[0]) + sq(a[1] - b[1]) + sq(a[2] - b[2]));
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] { a[0] + b[0], a[1] + b[1], a[2] + b[2] };
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
    }

    private static double[] scale(double[] a, double s) {
        return new double[] { a[0] * s, a[1] * s, a[2] * s };
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
    }

    public static double[] unit(double[] a) {
        double n = Math.sqrt(dot(a, a));
        return scale(a, 1 / n);
    }
}
