package org.opensabt.postplan.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.contour.CaseContents;
import org.opensabt.contour.Mask;
import org.opensabt.contour.StructureGeometry;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.model.geometry.Vec3;
import org.opensabt.phantoms.PostopCtPhantom;
import org.opensabt.phantoms.PostopCtPhantom.Ct;
import org.opensabt.phantoms.PostopCtPhantom.OtherMetal;
import org.opensabt.phantoms.PostopCtPhantom.Spec;
import org.opensabt.phantoms.PostopCtPhantom.TruthSeed;
import org.opensabt.postplan.BoneRegistration;
import org.opensabt.postplan.PostImplantDosimetry;
import org.opensabt.postplan.PostImplantException;
import org.opensabt.postplan.RigidTransform;
import org.opensabt.postplan.SeedDetector;
import org.opensabt.postplan.SeedLayouts;
import org.opensabt.postplan.SeedMatcher;
import org.opensabt.postplan.SyntheticImplantCt.TrueSeed;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 24's benchmark of post-implant detection and registration, on post-operative CTs of the independent generator
 * {@link PostopCtPhantom} (another seed model than the product's own synthetic CT, clips, wires, lost and migrated seeds,
 * touching seeds, streaks, noise) with its truth, and on a case's CT moved into another frame by a known rigid transform.
 */
@Command(name = "postplan", description = { "Benchmark of post-implant detection and registration against a known truth: post-operative CTs of an independent",
        "generator (another seed model, clips, a wire, lost, migrated and touching seeds, streaks, noise) at each slice thickness; with --case,",
        "the case's CT moved by a known rigid transform into another frame (512×512×134), seeds and a wire put in: registration error and",
        "residual, detection, and the time of detection + registration. Prints the issue's goals and whether each row meets them." })
public final class PostplanBenchmark implements CliCommand {

    @Option(names = "--slices", split = ",", defaultValue = "1,1.5,2,3,5", paramLabel = "MM", description = "Slice thicknesses (mm; default: ${DEFAULT-VALUE}).") double[] slicesMm;
    @Option(names = "--cts", defaultValue = "5", paramLabel = "N", description = "Post-operative CTs per slice thickness (default: ${DEFAULT-VALUE}).") int cts;
    @Option(names = "--seeds", defaultValue = "60", paramLabel = "N", description = "Planned seeds per CT; 3 of them lost, 2 migrated (default: ${DEFAULT-VALUE}).") int seeds;
    @Option(names = "--case", paramLabel = "CASE", description = "A case whose CT is moved into another frame for the registration row (e.g. the demo case).") String caseFolder;
    @Option(names = "--target", paramLabel = "ROI", description = "Structure the seeds go into on the case's CT (default: the first GTV).") String target;
    @Option(names = "--repeats", defaultValue = "3", description = "Timed runs of detection and registration on the case's CT (default: ${DEFAULT-VALUE}).") int repeats;
    @Option(names = "--random-seed", defaultValue = "24000", paramLabel = "N", description = "Random seed of the first post-operative CT (default: ${DEFAULT-VALUE}); others give other CTs.") long randomSeed;
    @Option(names = "--details", description = "Also print each false seed and each missed seed with what the truth has there.") boolean details;

    static final int LOST = 3;
    static final int MIGRATED = 2;
    static final int CLIPS = 3;
    static final int TOUCHING_PAIRS = 2;
    /** The goals. */
    static final double GOAL_FOUND = 0.98;
    static final double GOAL_FALSE_PER_60 = 1.0;
    static final double GOAL_RESIDUAL_MM = 1.0;
    static final double GOAL_SECONDS = 5.0;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (repeats < 1 || cts < 0 || seeds < 8) {
            throw new CommandException("--repeats must be at least 1, --cts at least 0 and --seeds at least 8");
        }
        for (double s : slicesMm) {
            if (!(s >= 0.5 && s <= 10)) {
                throw new CommandException("--slices: " + s + " mm is not a slice thickness between 0.5 and 10 mm");
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        if (cts > 0) {
            text.append(String.format(Locale.ROOT, "Detection on independent post-op CTs (128×128, 0.8 mm pixels; %d planned seeds, %d lost, %d migrated, %d touching pairs at ≤ 2 mm,%n"
                    + "%d clips and a 12 mm wire each): found = present seeds found; false per 60-seed implant; position error of the found seeds%n", seeds, LOST, MIGRATED,
                    TOUCHING_PAIRS, CLIPS));
            text.append(String.format(Locale.ROOT, "%-6s %4s %8s %7s %9s %8s %8s %8s %8s %9s %9s %8s  %s%n", "slice", "CTs", "present", "found%", "false/60", "med mm",
                    "p95 mm", "max mm", "axis°", "assumed", "metal", "detect s", "goals"));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (double slice : slicesMm) {
                context.progress(String.format(Locale.ROOT, "bench postplan: %d CTs at %.1f mm slices", cts, slice));
                rows.add(phantomRow(slice, text));
            }
            json.put("phantomRows", rows);
        }
        if (caseFolder != null) {
            json.put("registrationRow", caseRow(context, text));
        }
        if (json.isEmpty()) {
            throw new CommandException("nothing to measure: give --cts above 0 or --case");
        }
        Map<String, Object> goals = new LinkedHashMap<>();
        goals.put("foundPercentAtLeast", 100 * GOAL_FOUND);
        goals.put("falsePer60AtMost", GOAL_FALSE_PER_60);
        goals.put("medianErrorMmAtMost", Map.of("upTo1.5mmSlices", 0.5, "upTo3mmSlices", 1.0));
        goals.put("registrationResidualMmAtMost", GOAL_RESIDUAL_MM);
        goals.put("detectionPlusRegistrationSecondsAtMost", GOAL_SECONDS);
        json.put("goals", goals);
        return CommandResult.of(text.toString().stripTrailing(), json);
    }

    /** The median-error goal at a slice thickness: 0.5 mm up to 1.5 mm, 1.0 mm up to 3 mm, none set beyond. */
    static double medianGoalMm(double sliceMm) {
        return sliceMm <= 1.5 ? 0.5 : sliceMm <= 3 ? 1.0 : Double.NaN;
    }

    private Map<String, Object> phantomRow(double slice, StringBuilder text) {
        int present = 0;
        int paired = 0;
        int falseSeeds = 0;
        int assumed = 0;
        int metalObjects = 0;
        int metalReported = 0;
        List<Double> errors = new ArrayList<>();
        List<Double> axisErrors = new ArrayList<>();
        double[] seconds = new double[cts];
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < cts; i++) {
            long ctSeed = randomSeed + Math.round(slice * 100) * 100 + i;
            Ct ct = PostopCtPhantom.make(new Spec(slice, seeds, LOST, MIGRATED, CLIPS, i % 2 == 0 ? "straight" : "bent", slice <= 2 ? TOUCHING_PAIRS : 0,
                    ctSeed));
            SeedDetector.Detection d = new SeedDetector(SeedDetector.Settings.defaults().withExpectedSeeds(seeds)).detect(ct.hu(), ct.grid());
            seconds[i] = d.seconds();
            List<TruthSeed> truth = ct.truth().present();
            List<double[]> truthMm = truth.stream().map(TruthSeed::positionMm).toList();
            List<double[]> foundMm = d.seeds().stream().map(SeedDetector.FoundSeed::positionMm).toList();
            int[] match = SeedMatcher.match(foundMm, truthMm, 2.5);
            boolean[] truthFound = new boolean[truth.size()];
            present += truth.size();
            for (int f = 0; f < match.length; f++) {
                SeedDetector.FoundSeed s = d.seeds().get(f);
                if (s.axisAssumed()) {
                    assumed++;
                }
                if (match[f] < 0) {
                    falseSeeds++;
                    if (details) {
                        notes.add(String.format(Locale.ROOT, "  false seed at (%.1f, %.1f, %.1f) mm, CT %d (random seed %d): %s", s.positionMm()[0], s.positionMm()[1],
                                s.positionMm()[2], i + 1, ctSeed, whatIsThere(ct, s.positionMm(), d.seeds().get(f).seedsInObject())));
                    }
                    continue;
                }
                paired++;
                truthFound[match[f]] = true;
                errors.add(Vec3.distance(s.positionMm(), truthMm.get(match[f])));
                if (!s.axisAssumed()) {
                    double cos = Math.abs(Vec3.dot(s.directionUnit(), truth.get(match[f]).axisUnit()));
                    axisErrors.add(Math.toDegrees(Math.acos(Math.min(1, cos))));
                }
            }
            for (int t = 0; t < truth.size(); t++) {
                if (!truthFound[t] && details) {
                    double[] p = truth.get(t).positionMm();
                    notes.add(String.format(Locale.ROOT, "  missed seed %s at (%.1f, %.1f, %.1f) mm, CT %d (random seed %d)%s: %s", truth.get(t).seedId(), p[0], p[1], p[2],
                            i + 1, ctSeed, truth.get(t).migrated() ? ", migrated" : "", nearestFound(d, p)));
                }
            }
            for (OtherMetal o : ct.truth().otherMetal()) {
                metalObjects++;
                if (d.rejected().stream().anyMatch(r -> o.distanceMm(r.positionMm()) <= 2.5)) {
                    metalReported++;
                }
            }
        }
        double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] a = axisErrors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Arrays.sort(seconds);
        double foundFraction = (double) paired / present;
        double falsePer60 = 60.0 * falseSeeds / ((double) cts * seeds);
        double median = PostImplantDosimetry.quantile(e, 0.5);
        double medianGoal = medianGoalMm(slice);
        boolean met = foundFraction >= GOAL_FOUND && falsePer60 <= GOAL_FALSE_PER_60 && (Double.isNaN(medianGoal) || median <= medianGoal);
        text.append(String.format(Locale.ROOT, "%4.1f mm %4d %8d %7.1f %9.2f %8.2f %8.2f %8.2f %8.1f %9d %4d/%-4d %8.3f  %s%n", slice, cts, present, 100 * foundFraction,
                falsePer60, median, PostImplantDosimetry.quantile(e, 0.95), e.length == 0 ? Double.NaN : e[e.length - 1], PostImplantDosimetry.quantile(a, 0.5),
                assumed, metalReported, metalObjects, seconds[seconds.length / 2], met ? "met" : "NOT met"));
        notes.forEach(n -> text.append(n).append(System.lineSeparator()));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sliceMm", slice);
        row.put("cts", cts);
        row.put("plannedSeeds", cts * seeds);
        row.put("presentSeeds", present);
        row.put("foundSeeds", paired);
        row.put("foundPercent", 100 * foundFraction);
        row.put("falseSeeds", falseSeeds);
        row.put("falsePer60", falsePer60);
        row.put("medianErrorMm", median);
        row.put("p95ErrorMm", PostImplantDosimetry.quantile(e, 0.95));
        row.put("maxErrorMm", e.length == 0 ? Double.NaN : e[e.length - 1]);
        row.put("medianAxisErrorDeg", PostImplantDosimetry.quantile(a, 0.5));
        row.put("axisAssumedSeeds", assumed);
        row.put("otherMetalObjects", metalObjects);
        row.put("otherMetalReported", metalReported);
        row.put("detectSecondsMedian", seconds[seconds.length / 2]);
        row.put("medianErrorGoalMm", medianGoal);
        row.put("goalsMet", met);
        return row;
    }

    /** What the truth has at a false seed: the nearest other metal and the nearest present seed. */
    private static String whatIsThere(Ct ct, double[] p, int seedsInObject) {
        OtherMetal metal = ct.truth().otherMetal().stream().min((x, y) -> Double.compare(x.distanceMm(p), y.distanceMm(p))).orElse(null);
        TruthSeed seed = ct.truth().present().stream().min((x, y) -> Double.compare(Vec3.distance(x.positionMm(), p), Vec3.distance(y.positionMm(), p))).orElse(null);
        return String.format(Locale.ROOT, "one of %d seeds split from its object; nearest other metal %s, nearest seed %s", seedsInObject,
                metal == null ? "none" : String.format(Locale.ROOT, "%s %.1f mm", metal.kind(), metal.distanceMm(p)),
                seed == null ? "none" : String.format(Locale.ROOT, "%s %.1f mm", seed.seedId(), Vec3.distance(seed.positionMm(), p)));
    }

    private static String nearestFound(SeedDetector.Detection d, double[] p) {
        double best = d.seeds().stream().mapToDouble(s -> Vec3.distance(s.positionMm(), p)).min().orElse(Double.NaN);
        SeedDetector.RejectedObject r = d.rejected().stream().min((x, y) -> Double.compare(Vec3.distance(x.positionMm(), p), Vec3.distance(y.positionMm(), p)))
                .orElse(null);
        return String.format(Locale.ROOT, "nearest found seed %.1f mm%s", best, r == null ? ""
                : String.format(Locale.ROOT, "; nearest other metal %.1f mm (%s)", Vec3.distance(r.positionMm(), p), r.reason()));
    }

    /**
     * The case's CT moved into another frame: a post-operative CT of 512 × 512 × 134 voxels over the planning CT's extent, whose
     * patient frame is the planning one rotated 4° about x and −3° about z and shifted (10, −6, 15) mm, resampled trilinearly
     * (this benchmark's own resampler, not the registration's code); then seeds in the target (3 lost) and a 12 mm wire put in
     * with {@link PostopCtPhantom#insert}. Registration on bone and detection are timed; the registration is compared with the
     * known transform at the seeds, the detection with the seeds put in.
     */
    private Map<String, Object> caseRow(CommandContext context, StringBuilder text) throws CommandException {
        PatientCase c = CaseFolder.open(context, caseFolder).patientCase();
        ImageSeries planning = CaseContents.firstSeries(c).orElseThrow(() -> new CommandException(caseFolder + ": no CT"));
        GridGeometry grid = GridGeometry.of(planning);
        Structure structure = SeedLayouts.target(c, target).orElseThrow(() -> new CommandException(caseFolder + ": no structure " + (target != null ? target : "of type GTV")));
        Mask mask = StructureGeometry.mask(structure, grid);
        context.progress("bench postplan: moving " + caseFolder + "'s CT into another frame");
        RigidTransform postToPlanning = knownTransform();
        int columns = 512;
        int rows = 512;
        int slices = 134;
        double[] sp = grid.spacingMm();
        double[] postSpacing = { sp[0] * grid.columns() / columns, sp[1] * grid.rows() / rows, sp[2] * grid.slices() / slices };
        GridGeometry postGrid = new GridGeometry(grid.originMm().clone(), grid.rowDirection(), grid.columnDirection(), grid.sliceDirection(), postSpacing, columns,
                rows, slices);
        short[] moved = resample(planning.getVoxels(), grid, postGrid, postToPlanning);

        List<TrueSeed> placed;
        try {
            placed = SeedLayouts.inTarget(mask, seeds, 0, 7, new double[] { 0, 1, 0 }, 35, 24);
        } catch (IllegalArgumentException e) {
            throw new CommandException(caseFolder + ": " + e.getMessage(), e);
        }
        RigidTransform planningToPost = postToPlanning.inverse();
        List<double[][]> inPost = new ArrayList<>();
        List<double[]> truthPost = new ArrayList<>();
        List<double[]> truthPlanning = new ArrayList<>();
        for (int k = 0; k < placed.size(); k++) {
            TrueSeed s = placed.get(k);
            truthPlanning.add(s.positionMm());
            if (k % (placed.size() / LOST) == 1 && k / (placed.size() / LOST) < LOST) {
                continue; // one of the lost seeds: the 2nd of each third
            }
            double[] p = planningToPost.applyToPoint(s.positionMm());
            truthPost.add(p);
            inPost.add(new double[][] { p, planningToPost.applyToDirection(s.directionUnit()) });
        }
        double[] centre = new double[3];
        for (double[] p : truthPost) {
            centre = Vec3.add(centre, Vec3.scale(p, 1.0 / truthPost.size()));
        }
        double[][] wire = { { centre[0] + 40, centre[1], centre[2] }, { centre[0] + 52, centre[1], centre[2] }, { 0.4 } };
        short[] postHu = PostopCtPhantom.insert(moved, postGrid, inPost, List.<double[][]>of(wire), 24);
        ImageSeries postop = EcoreUtil.copy(planning);
        postop.setVoxels(postHu);
        postop.setColumns(columns);
        postop.setRows(rows);
        postop.setSlices(slices);
        postop.getSpacingMm().clear();
        for (double v : postSpacing) {
            postop.getSpacingMm().add(v);
        }
        postop.setSeriesInstanceUid(planning.getSeriesInstanceUid() + ".9");
        postop.setFrameOfReferenceUid(planning.getFrameOfReferenceUid() + ".9");

        double[] registerSeconds = new double[repeats];
        double[] detectSeconds = new double[repeats];
        double[] totalSeconds = new double[repeats];
        BoneRegistration.Result registration = null;
        SeedDetector.Detection detection = null;
        for (int r = 0; r < repeats; r++) {
            context.progress("bench postplan: registration and detection " + (r + 1) + "/" + repeats);
            long t0 = System.nanoTime();
            try {
                registration = new BoneRegistration().register(new BoneRegistration.Request(planning, postop, null), null);
            } catch (PostImplantException e) {
                throw new CommandException(caseFolder + ": the registration was refused: " + e.getMessage(), e);
            }
            long t1 = System.nanoTime();
            detection = new SeedDetector(SeedDetector.Settings.defaults().withExpectedSeeds(placed.size())).detect(postHu, postGrid);
            long t2 = System.nanoTime();
            registerSeconds[r] = (t1 - t0) / 1e9;
            detectSeconds[r] = (t2 - t1) / 1e9;
            totalSeconds[r] = (t2 - t0) / 1e9;
        }
        Arrays.sort(registerSeconds);
        Arrays.sort(detectSeconds);
        Arrays.sort(totalSeconds);
        // registration error at the seeds: the estimated post → planning against the known one
        double registrationErrorMax = 0;
        for (double[] p : truthPost) {
            registrationErrorMax = Math.max(registrationErrorMax, Vec3.distance(registration.postToPlanning().applyToPoint(p), postToPlanning.applyToPoint(p)));
        }
        List<double[]> found = detection.seeds().stream().map(SeedDetector.FoundSeed::positionMm).toList();
        int[] match = SeedMatcher.match(found, truthPost, 2.5);
        List<Double> errors = new ArrayList<>();
        List<Double> planningErrors = new ArrayList<>();
        for (int f = 0; f < match.length; f++) {
            if (match[f] >= 0) {
                errors.add(Vec3.distance(found.get(f), truthPost.get(match[f])));
                planningErrors.add(Vec3.distance(registration.postToPlanning().applyToPoint(found.get(f)), postToPlanning.applyToPoint(truthPost.get(match[f]))));
            }
        }
        long paired = Arrays.stream(match).filter(m -> m >= 0).count();
        double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] pe = planningErrors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        boolean wireReported = detection.rejected().stream()
                .anyMatch(o -> PostopCtPhantom.distanceToSegment(o.positionMm(), wire[0], wire[1]) <= 2.5 && o.lengthMm() > 8);
        double total = totalSeconds[totalSeconds.length / 2];
        boolean met = registration.residualMm() <= GOAL_RESIDUAL_MM && total <= GOAL_SECONDS && (double) paired / truthPost.size() >= GOAL_FOUND
                && found.size() - paired <= GOAL_FALSE_PER_60 * seeds / 60.0;
        text.append(String.format(Locale.ROOT, "%nRegistration and detection on %s's CT moved into another frame (4° about x, −3° about z, (10, −6, 15) mm), "
                + "resampled to %d×%d×%d (%.2f×%.2f×%.2f mm), %d seeds put in (%d lost), a 12 mm wire:%n", caseFolder, columns, rows, slices, postSpacing[0],
                postSpacing[1], postSpacing[2], truthPost.size(), LOST));
        text.append(String.format(Locale.ROOT, "  registration: %s%n", registration.summary()));
        text.append(String.format(Locale.ROOT, "  registration residual %.2f mm (goal ≤ %.1f mm), error against the known transform at the seeds ≤ %.2f mm%n",
                registration.residualMm(), GOAL_RESIDUAL_MM, registrationErrorMax));
        text.append(String.format(Locale.ROOT, "  detection: %d of %d present seeds found, %d false, median error %.2f mm (post-op frame), %.2f mm in the planning frame; "
                + "the wire %s%n", paired, truthPost.size(), found.size() - paired, PostImplantDosimetry.quantile(e, 0.5), PostImplantDosimetry.quantile(pe, 0.5),
                wireReported ? "reported as other metal" : "NOT reported as other metal"));
        text.append(String.format(Locale.ROOT, "  time (median of %d): registration %.2f s + detection %.2f s = %.2f s (goal ≤ %.0f s)  %s%n", repeats,
                registerSeconds[repeats / 2], detectSeconds[repeats / 2], total, GOAL_SECONDS, met ? "met" : "NOT met"));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ct", caseFolder);
        row.put("columns", columns);
        row.put("rows", rows);
        row.put("slices", slices);
        row.put("spacingMm", postSpacing);
        row.put("knownPostToPlanning", postToPlanning.rowsOfRt());
        row.put("registration", registration);
        row.put("registrationResidualMm", registration.residualMm());
        row.put("registrationErrorMaxMm", registrationErrorMax);
        row.put("presentSeeds", truthPost.size());
        row.put("lostSeeds", placed.size() - truthPost.size());
        row.put("foundSeeds", paired);
        row.put("falseSeeds", found.size() - paired);
        row.put("medianErrorMm", PostImplantDosimetry.quantile(e, 0.5));
        row.put("medianErrorPlanningFrameMm", PostImplantDosimetry.quantile(pe, 0.5));
        row.put("wireReported", wireReported);
        row.put("registerSecondsMedian", registerSeconds[repeats / 2]);
        row.put("detectSecondsMedian", detectSeconds[repeats / 2]);
        row.put("totalSecondsMedian", total);
        row.put("goalsMet", met);
        return row;
    }

    /** Post-operative → planning frame of the registration row: 4° about x, then −3° about z, then (10, −6, 15) mm. */
    static RigidTransform knownTransform() {
        double a = Math.toRadians(4);
        double b = Math.toRadians(-3);
        double[][] rx = { { 1, 0, 0 }, { 0, Math.cos(a), -Math.sin(a) }, { 0, Math.sin(a), Math.cos(a) } };
        double[][] rz = { { Math.cos(b), -Math.sin(b), 0 }, { Math.sin(b), Math.cos(b), 0 }, { 0, 0, 1 } };
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    r[i][j] += rz[i][k] * rx[k][j];
                }
            }
        }
        return new RigidTransform(r, new double[] { 10, -6, 15 }, "known (benchmark)", Double.NaN);
    }

    /** The CT on {@code from} sampled trilinearly at each voxel of {@code to} mapped by {@code toToFrom}; −1000 HU (air) outside. */
    static short[] resample(short[] hu, GridGeometry from, GridGeometry to, RigidTransform toToFrom) {
        short[] out = new short[to.voxelCount()];
        double[] sp = from.spacingMm();
        int nx = from.columns();
        int ny = from.rows();
        int nz = from.slices();
        java.util.stream.IntStream.range(0, to.slices()).parallel().forEach(s -> {
            for (int r = 0; r < to.rows(); r++) {
                for (int col = 0; col < to.columns(); col++) {
                    double[] g = from.toGridMm(toToFrom.applyToPoint(to.positionMm(col, r, s)));
                    double x = g[0] / sp[0];
                    double y = g[1] / sp[1];
                    double z = g[2] / sp[2];
                    int x0 = (int) Math.floor(x);
                    int y0 = (int) Math.floor(y);
                    int z0 = (int) Math.floor(z);
                    double v = -1000;
                    if (x0 >= 0 && y0 >= 0 && z0 >= 0 && x0 + 1 < nx && y0 + 1 < ny && z0 + 1 < nz) {
                        double fx = x - x0;
                        double fy = y - y0;
                        double fz = z - z0;
                        v = 0;
                        for (int k = 0; k < 8; k++) {
                            int dx = k & 1;
                            int dy = (k >> 1) & 1;
                            int dz = (k >> 2) & 1;
                            double w = (dx == 1 ? fx : 1 - fx) * (dy == 1 ? fy : 1 - fy) * (dz == 1 ? fz : 1 - fz);
                            v += w * hu[from.index(x0 + dx, y0 + dy, z0 + dz)];
                        }
                    }
                    out[to.index(col, r, s)] = (short) Math.round(v);
                }
            }
        });
        return out;
    }
}
