package org.opensabt.postplan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.MetalObject;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Study;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.postplan.PostImplantDosimetry.ActualSeed;

/**
 * Post-implant dosimetry of a case as a typed API, used alike by {@code opensabt postplan}, the workbench
 * and the tests: the seeds are found on the post-operative CT (or taken from a stored implant), corrected
 * by the user's edits, put into the planning frame, paired with the plan's seeds, and the dose of the
 * implant is compared with the plan's ({@link PostImplantDosimetry}). {@link #evaluate} changes nothing
 * in the case; {@link #apply} stores the implant (and the post-operative CT) into it.
 */
public final class PostImplant {

    public static final double DEFAULT_THRESHOLD_HU = 2000;
    public static final double DEFAULT_MATCH_GATE_MM = 10;
    /** The seed model when neither the request nor the plan names one. */
    public static final String DEFAULT_SEED_SOURCE = "6711";

    /** What the user can do when the post-operative CT's frame differs and no transform is given; clients may say it in their own words. */
    public static final String HINT_REGISTRATION = "Register the scans and give the post-op → planning transform (12 or 16 numbers) or landmarks";
    /** What the user can do when no seed is found; clients may say it in their own words. */
    public static final String HINT_NO_SEEDS = "(a lower metal threshold, or seeds added by hand)";

    /** Where the implanted seeds come from. */
    public sealed interface SeedsFrom permits PostopDicom, PostopSeries, StoredImplant {
    }

    /** A post-operative CT as DICOM files or a folder tree; {@code seriesUid} chooses the CT series when there are several (null: the only one). */
    public record PostopDicom(Path folder, String seriesUid) implements SeedsFrom {
    }

    /** A post-operative CT already in memory, not part of the case; {@code studyUid} of its study (null: one is made up). */
    public record PostopSeries(ImageSeries series, String studyUid) implements SeedsFrom {
    }

    /** The seeds of an implant stored in the case, re-evaluated (typically after edits), with its CT and transform. */
    public record StoredImplant(String implantId) implements SeedsFrom {
    }

    /** A correction of the found seeds, in the post-operative CT's frame (patient LPS mm); {@code label} names it in messages. */
    public sealed interface SeedEdit permits DeleteSeed, MoveSeed, AddSeed {
        String label();
    }

    public record DeleteSeed(String seedId, String label) implements SeedEdit {
        public DeleteSeed(String seedId) {
            this(seedId, "delete seed " + seedId);
        }
    }

    public record MoveSeed(String seedId, double[] positionMm, String label) implements SeedEdit {
        public MoveSeed(String seedId, double[] positionMm) {
            this(seedId, positionMm, "move seed " + seedId);
        }
    }

    /** A seed the detection missed; {@code directionUnit} null: along z. Its id is the first free A001, A002, … */
    public record AddSeed(double[] positionMm, double[] directionUnit, String label) implements SeedEdit {
        public AddSeed(double[] positionMm, double[] directionUnit) {
            this(positionMm, directionUnit, "add seed");
        }
    }

    /**
     * What to evaluate.
     *
     * @param seedsFrom      the post-operative CT, or a stored implant
     * @param planId         the plan to compare with (null: the stored implant's plan, else the case's last plan)
     * @param implantId      the implant's id (null: the stored implant's id, else {@code <plan>-implant})
     * @param postToPlanning the rigid transform post-operative CT → planning CT (null: the two must share a frame of
     *                       reference); not used for a stored implant, which keeps its own
     * @param thresholdHu    metal threshold of the detection
     * @param expectedSeeds  seeds implanted, a hint for splitting touching seeds (null: the plan's count; 0: not used)
     * @param matchGateMm    an implanted seed further than this from every planned seed stays unmatched
     * @param edits          corrections applied in this order after the detection
     * @param doseEngineId   the dose engine (null: the preference org.opensabt.dose/engine, else tg43; see {@link DoseEngines#find})
     * @param seedSource     seed model name or descriptor file (null: the plan's seed model, else {@value #DEFAULT_SEED_SOURCE})
     * @param autoRegister   when the frames of reference differ and no transform is given: register the CT on bone
     *                       ({@link BoneRegistration}); false: refuse as before
     */
    public record Request(SeedsFrom seedsFrom, String planId, String implantId, RigidTransform postToPlanning, double thresholdHu, Integer expectedSeeds,
            double matchGateMm, List<SeedEdit> edits, String doseEngineId, String seedSource, boolean autoRegister) {
        public Request {
            if (seedsFrom == null) {
                throw new IllegalArgumentException("seedsFrom: give the post-operative CT or a stored implant");
            }
            edits = edits == null ? List.of() : List.copyOf(edits);
        }

        /** Automatic registration on. */
        public Request(SeedsFrom seedsFrom, String planId, String implantId, RigidTransform postToPlanning, double thresholdHu, Integer expectedSeeds,
                double matchGateMm, List<SeedEdit> edits, String doseEngineId, String seedSource) {
            this(seedsFrom, planId, implantId, postToPlanning, thresholdHu, expectedSeeds, matchGateMm, edits, doseEngineId, seedSource, true);
        }

        public Request withAutoRegister(boolean on) {
            return new Request(seedsFrom, planId, implantId, postToPlanning, thresholdHu, expectedSeeds, matchGateMm, edits, doseEngineId, seedSource, on);
        }

        /** Defaults for everything but where the seeds come from. */
        public static Request of(SeedsFrom seedsFrom) {
            return new Request(seedsFrom, null, null, null, DEFAULT_THRESHOLD_HU, null, DEFAULT_MATCH_GATE_MM, List.of(), null, null);
        }

        public Request withPlan(String plan) {
            return new Request(seedsFrom, plan, implantId, postToPlanning, thresholdHu, expectedSeeds, matchGateMm, edits, doseEngineId, seedSource, autoRegister);
        }

        public Request withImplantId(String id) {
            return new Request(seedsFrom, planId, id, postToPlanning, thresholdHu, expectedSeeds, matchGateMm, edits, doseEngineId, seedSource, autoRegister);
        }

        public Request withTransform(RigidTransform transform) {
            return new Request(seedsFrom, planId, implantId, transform, thresholdHu, expectedSeeds, matchGateMm, edits, doseEngineId, seedSource, autoRegister);
        }

        public Request withExpectedSeeds(Integer n) {
            return new Request(seedsFrom, planId, implantId, postToPlanning, thresholdHu, n, matchGateMm, edits, doseEngineId, seedSource, autoRegister);
        }

        public Request withEdits(List<SeedEdit> list) {
            return new Request(seedsFrom, planId, implantId, postToPlanning, thresholdHu, expectedSeeds, matchGateMm, list, doseEngineId, seedSource, autoRegister);
        }

        public Request withDoseEngine(String id) {
            return new Request(seedsFrom, planId, implantId, postToPlanning, thresholdHu, expectedSeeds, matchGateMm, edits, id, seedSource, autoRegister);
        }
    }

    /**
     * The evaluation, not yet stored.
     *
     * @param plan             the plan compared with
     * @param detection        the seed detection (null for a stored implant)
     * @param importSeconds    time to read the post-operative DICOM files (NaN when none were read)
     * @param postopSeries     the post-operative CT (null for a stored implant without one)
     * @param postopStudyUid   its study's UID (null: made up when stored)
     * @param transform        post-operative → planning frame
     * @param edits            one line per edit done
     * @param postopFrameSeeds the seeds evaluated, in the post-operative CT's frame (for comparison with a known truth)
     * @param dosimetry        pairing and plan-versus-actual dose; {@code dosimetry().implant()} is the implant to store
     * @param doseEngineId     the dose engine used
     * @param warnings         for the user
     * @param registration     the automatic registration on bone that gave {@code transform} (null: none was done)
     * @param axisAssumedSeedIds detected seeds whose axis the slices did not show (they lie steeply across thick slices): their
     *                         axis is the nearest planned seed's (its needle's), not measured
     */
    public record Result(Plan plan, String implantId, SeedDetector.Detection detection, double importSeconds, ImageSeries postopSeries,
            String postopStudyUid, RigidTransform transform, List<String> edits, List<ActualSeed> postopFrameSeeds, PostImplantDosimetry.Result dosimetry,
            String doseEngineId, List<String> warnings, BoneRegistration.Result registration, List<String> axisAssumedSeedIds) {

        /** Without an automatic registration. */
        public Result(Plan plan, String implantId, SeedDetector.Detection detection, double importSeconds, ImageSeries postopSeries, String postopStudyUid,
                RigidTransform transform, List<String> edits, List<ActualSeed> postopFrameSeeds, PostImplantDosimetry.Result dosimetry, String doseEngineId,
                List<String> warnings) {
            this(plan, implantId, detection, importSeconds, postopSeries, postopStudyUid, transform, edits, postopFrameSeeds, dosimetry, doseEngineId, warnings,
                    null);
        }

        /** No axis assumed. */
        public Result(Plan plan, String implantId, SeedDetector.Detection detection, double importSeconds, ImageSeries postopSeries, String postopStudyUid,
                RigidTransform transform, List<String> edits, List<ActualSeed> postopFrameSeeds, PostImplantDosimetry.Result dosimetry, String doseEngineId,
                List<String> warnings, BoneRegistration.Result registration) {
            this(plan, implantId, detection, importSeconds, postopSeries, postopStudyUid, transform, edits, postopFrameSeeds, dosimetry, doseEngineId, warnings,
                    registration, List.of());
        }

        public Implant implant() {
            return dosimetry.implant();
        }

        /** Metal objects on the post-operative CT not taken for seeds (clips, wires, needles, markers), with position, size and reason; empty without a detection. */
        public List<SeedDetector.RejectedObject> otherMetal() {
            return detection == null ? List.of() : detection.rejected();
        }

        /** Seeds of the plan (the count expected) not found on the post-operative CT: never invented, reported (0 without a detection). */
        public int missingSeeds() {
            return detection == null ? 0 : Math.max(0, plan.getSeeds().size() - detection.seeds().size());
        }
    }

    private final Function<String, DoseEngine> engines;
    private final Function<String, SeedSource> sources;

    /** Dose engines and seed models of the running platform; seed descriptor files relative to the process's working directory. */
    public PostImplant() {
        this(Path.of("").toAbsolutePath());
    }

    /** Dose engines and seed models of the running platform; seed descriptor files relative to {@code workingDirectory}. */
    public PostImplant(Path workingDirectory) {
        this(DoseEngines::find, name -> librarySource(name, workingDirectory));
    }

    /**
     * For tests: engines and seed models from elsewhere; each function throws IllegalArgumentException for an unknown name.
     * The engine function is given the request's id, or the preferred engine's id ({@link DoseEngines#preferredId()}).
     */
    PostImplant(Function<String, DoseEngine> engines, Function<String, SeedSource> sources) {
        this.engines = engines;
        this.sources = sources;
    }

    /**
     * Evaluates the implant; the case is not changed (see {@link #apply}).
     *
     * @throws PostImplantException one line naming the input at fault; nothing was changed
     * @throws OperationCanceledException if the monitor was cancelled (checked between the steps)
     */
    public Result evaluate(PatientCase patientCase, Request request, IProgressMonitor monitor) throws PostImplantException {
        SubMonitor progress = SubMonitor.convert(monitor, "Post-implant dosimetry", 4);
        Plan plan = plan(patientCase, request.planId());
        ImageSeries planningCt;
        try {
            planningCt = PostImplantDosimetry.planningCt(patientCase);
        } catch (DoseInputException e) {
            throw new PostImplantException(e.getMessage(), true, e);
        }
        List<String> warnings = new ArrayList<>();
        List<ActualSeed> postopFrameSeeds = new ArrayList<>();
        List<String> axisAssumed = new ArrayList<>();
        ImageSeries postopSeries;
        String postopStudyUid = null;
        RigidTransform transform;
        SeedDetector.Detection detection = null;
        double importSeconds = Double.NaN;
        String storedId = null;
        BoneRegistration.Result registration = null;
        Implant storedImplant = null;
        if (request.seedsFrom() instanceof StoredImplant stored) {
            storedId = stored.implantId();
            Implant implant = patientCase.getImplants().stream().filter(i -> stored.implantId().equals(i.getImplantId())).findFirst()
                    .orElseThrow(() -> new PostImplantException("no implant " + stored.implantId() + " (implants: "
                            + String.join(", ", patientCase.getImplants().stream().map(Implant::getImplantId).toList()) + ")", true, null));
            if (request.planId() == null && implant.getPlan() != null) {
                plan = implant.getPlan();
            }
            storedImplant = implant;
            postopSeries = implant.getPostImplantSeries();
            transform = storedTransform(implant);
            RigidTransform back = transform.inverse();
            for (Seed s : implant.getSeeds()) {
                double[] p = PostImplantDosimetry.toArray(s.getPositionMm());
                double[] d = PostImplantDosimetry.toArray(s.getDirectionUnit());
                postopFrameSeeds.add(new ActualSeed(s.getSeedId(), back.applyToPoint(p), back.applyToDirection(d), s.getOrigin()));
            }
            progress.worked(2);
        } else {
            String where;
            if (request.seedsFrom() instanceof PostopDicom dicom) {
                where = dicom.folder().toString();
                long t0 = System.nanoTime();
                try {
                    var imported = DicomToolkits.get().importCase(List.of(dicom.folder()), new ImportOptions("postop", dicom.seriesUid(), false));
                    Study study = imported.patientCase().getStudies().get(0);
                    postopSeries = study.getSeries().get(0);
                    postopStudyUid = study.getStudyInstanceUid();
                    imported.warnings().forEach(w -> warnings.add("post-operative CT: " + w));
                } catch (DicomImportException e) {
                    throw new PostImplantException("post-operative CT " + where + ": " + e.getMessage(), false, e);
                }
                importSeconds = (System.nanoTime() - t0) / 1e9;
            } else {
                PostopSeries series = (PostopSeries) request.seedsFrom();
                postopSeries = series.series();
                postopStudyUid = series.studyUid();
                where = "post-operative CT " + postopSeries.getSeriesInstanceUid();
            }
            checkCanceled(progress);
            if (postopSeries.getSeriesInstanceUid() != null && postopSeries.getSeriesInstanceUid().equals(planningCt.getSeriesInstanceUid())) {
                throw new PostImplantException(where + ": this is the planning CT itself (series " + planningCt.getSeriesInstanceUid()
                        + "), not a post-operative CT");
            }
            if (request.postToPlanning() == null && request.autoRegister() && !sameFrame(planningCt, postopSeries)) {
                progress.subTask("registering the post-operative CT on the planning CT's bone");
                try {
                    registration = new BoneRegistration().register(new BoneRegistration.Request(planningCt, postopSeries, null), progress.newChild(0));
                } catch (PostImplantException e) {
                    throw new PostImplantException(where + ": the post-operative CT is in another frame of reference (" + postopSeries.getFrameOfReferenceUid()
                            + ") than the planning CT (" + planningCt.getFrameOfReferenceUid() + ") and " + e.getMessage() + ". " + HINT_REGISTRATION
                            + "; nothing stored", false, e);
                }
                transform = registration.postToPlanning();
            } else {
                transform = relateFrames(planningCt, postopSeries, request.postToPlanning(), where);
            }
            int expected = request.expectedSeeds() != null ? request.expectedSeeds() : plan.getSeeds().size();
            SeedDetector.Settings settings;
            try {
                settings = SeedDetector.Settings.defaults().withThresholdHu(request.thresholdHu()).withExpectedSeeds(expected);
            } catch (IllegalArgumentException e) {
                throw new PostImplantException(e.getMessage(), false, e);
            }
            progress.subTask("finding seeds on " + postopSeries.getColumns() + "×" + postopSeries.getRows() + "×" + postopSeries.getSlices() + " CT");
            detection = new SeedDetector(settings).detect(postopSeries.getVoxels(), GridGeometry.of(postopSeries));
            progress.worked(2);
            checkCanceled(progress);
            boolean adds = request.edits().stream().anyMatch(AddSeed.class::isInstance);
            if (detection.seeds().isEmpty() && !adds) {
                String why = detection.objects() == 0
                        ? String.format(Locale.ROOT, "no voxel reaches %.0f HU (largest %d HU)", request.thresholdHu(), max(postopSeries.getVoxels()))
                        : detection.objects() + " metal object(s), none seed-like: "
                                + String.join("; ", detection.rejected().stream().map(SeedDetector.RejectedObject::reason).toList());
                throw new PostImplantException(where + ": no seeds found on the post-operative CT: " + why + ". Is this the post-implant scan? "
                        + HINT_NO_SEEDS + "; nothing stored");
            }
            int n = 0;
            RigidTransform back = transform.inverse();
            for (SeedDetector.FoundSeed s : detection.seeds()) {
                String seedId = String.format(Locale.ROOT, "D%03d", ++n);
                double[] direction = s.directionUnit();
                double[] planned = s.axisAssumed() ? nearestPlannedDirection(plan, transform.applyToPoint(s.positionMm())) : null;
                if (planned != null && planned.length == 3) {
                    direction = back.applyToDirection(planned);
                    axisAssumed.add(seedId);
                }
                postopFrameSeeds.add(new ActualSeed(seedId, s.positionMm(), direction, "detected"));
            }
            if (!axisAssumed.isEmpty()) {
                warnings.add(axisAssumed.size() + " seed(s) lie steeply across the " + String.format(Locale.ROOT, "%.1f", postopSeries.getSpacingMm().get(2))
                        + " mm slices: their axis is taken from the plan's nearest seed (its needle), not measured");
            }
        }
        List<String> edits = applyEdits(postopFrameSeeds, request.edits());
        if (postopFrameSeeds.isEmpty()) {
            throw new PostImplantException("no seeds left to evaluate after the edits; nothing stored");
        }

        // into the planning frame
        List<ActualSeed> seeds = new ArrayList<>();
        for (ActualSeed s : postopFrameSeeds) {
            seeds.add(new ActualSeed(s.seedId(), transform.applyToPoint(s.positionMm()), transform.applyToDirection(s.directionUnit()), s.origin()));
        }
        String id = request.implantId() != null ? request.implantId() : storedId != null ? storedId : plan.getPlanId() + "-implant";
        String sourceName = request.seedSource() != null ? request.seedSource()
                : plan.getSourceModel() != null ? plan.getSourceModel().getModelId() : DEFAULT_SEED_SOURCE;
        DoseEngine engine = engine(request.doseEngineId());
        SeedSource source;
        try {
            source = sources.apply(sourceName);
        } catch (IllegalArgumentException e) {
            throw new PostImplantException(e.getMessage(), false, e);
        }
        checkCanceled(progress);
        PostImplantDosimetry.Result result;
        try {
            result = new PostImplantDosimetry(engine, source).evaluate(patientCase, plan, seeds, request.matchGateMm(), id);
        } catch (DoseInputException e) {
            throw new PostImplantException(e.getMessage() + "; nothing stored", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PostImplantException("interrupted; nothing stored", false, e);
        }
        progress.worked(2);
        warnings.addAll(result.warnings());
        Implant implant = result.implant();
        implant.getPostToPlanningTransform().addAll(transform == RigidTransform.IDENTITY ? List.of() : transform.rowsOfRt());
        implant.setRegistration(transform.description());
        record(implant, detection, axisAssumed, edits, registration != null ? registration.residualMm() : transform.residualMm(), storedImplant);
        return new Result(plan, id, detection, importSeconds, postopSeries, postopStudyUid, transform, List.copyOf(edits), List.copyOf(postopFrameSeeds),
                result, engine.id(), List.copyOf(warnings), registration, List.copyOf(axisAssumed));
    }

    /**
     * Keeps with the implant what the detection found beyond the seeds (case schema 1.5): the count expected, the other metal,
     * the seeds whose axis was assumed, the edits and the registration's residual; a stored implant's carried over, this run's
     * edits added.
     */
    private static void record(Implant implant, SeedDetector.Detection detection, List<String> axisAssumed, List<String> edits, double residualMm,
            Implant stored) {
        java.util.Set<String> assumed = new java.util.HashSet<>(axisAssumed);
        if (detection != null) {
            implant.setSeedsExpected(detection.expectedSeeds());
            for (SeedDetector.RejectedObject o : detection.rejected()) {
                MetalObject m = ModelFactory.eINSTANCE.createMetalObject();
                if (o.positionMm() != null) {
                    for (double v : o.positionMm()) {
                        m.getPositionMm().add(v);
                    }
                }
                m.setLengthMm(o.lengthMm());
                m.setWidthMm(o.widthMm());
                m.setDescription(o.reason());
                implant.getOtherMetal().add(m);
            }
            if (Double.isFinite(residualMm) && residualMm >= 0) {
                implant.setRegistrationResidualMm(residualMm);
            }
        } else if (stored != null) {
            implant.setSeedsExpected(stored.getSeedsExpected());
            implant.getOtherMetal().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(stored.getOtherMetal()));
            implant.getEdits().addAll(stored.getEdits());
            implant.setRegistrationResidualMm(stored.getRegistrationResidualMm());
            stored.getSeeds().stream().filter(Seed::isAxisAssumed).forEach(s -> assumed.add(s.getSeedId()));
        }
        implant.getEdits().addAll(edits);
        for (Seed s : implant.getSeeds()) {
            s.setAxisAssumed(assumed.contains(s.getSeedId()));
        }
    }

    /** The axis of the planned seed nearest to a point (planning frame); null without planned seeds. */
    private static double[] nearestPlannedDirection(Plan plan, double[] planningMm) {
        Seed best = null;
        double bestD = Double.MAX_VALUE;
        for (Seed s : plan.getSeeds()) {
            double[] p = PostImplantDosimetry.toArray(s.getPositionMm());
            double d = (p[0] - planningMm[0]) * (p[0] - planningMm[0]) + (p[1] - planningMm[1]) * (p[1] - planningMm[1])
                    + (p[2] - planningMm[2]) * (p[2] - planningMm[2]);
            if (d < bestD) {
                bestD = d;
                best = s;
            }
        }
        return best == null ? null : PostImplantDosimetry.toArray(best.getDirectionUnit());
    }

    /**
     * Stores the evaluated implant in the case, replacing one of the same id, with the post-operative CT as a study of
     * its own if the case does not hold it yet.
     */
    public static Implant apply(PatientCase patientCase, Result result) {
        PostImplantDosimetry.store(patientCase, result.implant(), result.postopSeries(), result.postopStudyUid());
        return result.implant();
    }

    /** The plan to compare with: by id, or the case's last plan. */
    static Plan plan(PatientCase c, String planId) throws PostImplantException {
        if (c.getPlans().isEmpty()) {
            throw new PostImplantException("the case has no plan to compare the implant with (make one with 'opensabt plan' or 'opensabt dose')", true, null);
        }
        if (planId == null) {
            return c.getPlans().get(c.getPlans().size() - 1);
        }
        return c.getPlans().stream().filter(p -> p.getPlanId().equals(planId)).findFirst().orElseThrow(() -> new PostImplantException("no plan " + planId
                + " (plans: " + String.join(", ", c.getPlans().stream().map(Plan::getPlanId).toList()) + ")", true, null));
    }

    private static boolean sameFrame(ImageSeries planning, ImageSeries postop) {
        String a = planning.getFrameOfReferenceUid();
        return a != null && !a.isBlank() && a.equals(postop.getFrameOfReferenceUid());
    }

    /** The transform given; without one, the frames of reference must be the same. */
    private static RigidTransform relateFrames(ImageSeries planning, ImageSeries postop, RigidTransform given, String where) throws PostImplantException {
        if (given != null) {
            return given;
        }
        String a = planning.getFrameOfReferenceUid();
        String b = postop.getFrameOfReferenceUid();
        if (a == null || a.isBlank() || !a.equals(b)) {
            throw new PostImplantException(where + ": the post-operative CT is in another frame of reference (" + (b == null ? "none" : b)
                    + ") than the planning CT (" + (a == null ? "none" : a) + ") and no transform was given: the seeds cannot be placed in the planning "
                    + "anatomy. " + HINT_REGISTRATION + "; nothing stored");
        }
        return RigidTransform.IDENTITY;
    }

    private static RigidTransform storedTransform(Implant implant) throws PostImplantException {
        List<Double> v = implant.getPostToPlanningTransform();
        if (v.isEmpty()) {
            return RigidTransform.IDENTITY;
        }
        try {
            return RigidTransform.fromRowsOfRt(v, implant.getRegistration());
        } catch (IllegalArgumentException e) {
            throw new PostImplantException("implant " + implant.getImplantId() + ": " + e.getMessage(), false, e);
        }
    }

    /** Applies the edits in order to the seeds (post-operative frame); one line per edit. */
    static List<String> applyEdits(List<ActualSeed> seeds, List<SeedEdit> edits) throws PostImplantException {
        List<String> done = new ArrayList<>();
        int added = 0;
        for (SeedEdit edit : edits) {
            if (edit instanceof DeleteSeed delete) {
                String id = delete.seedId().trim();
                if (!seeds.removeIf(s -> s.seedId().equals(id))) {
                    throw new PostImplantException(delete.label() + ": no such seed (seeds: " + ids(seeds) + "); nothing stored");
                }
                done.add("deleted " + id);
            } else if (edit instanceof MoveSeed move) {
                String id = move.seedId().trim();
                double[] p = move.positionMm();
                int index = -1;
                for (int i = 0; i < seeds.size(); i++) {
                    if (seeds.get(i).seedId().equals(id)) {
                        index = i;
                    }
                }
                if (index < 0) {
                    throw new PostImplantException(move.label() + ": no seed " + id + " (seeds: " + ids(seeds) + "); nothing stored");
                }
                if (p == null || p.length != 3) {
                    throw new PostImplantException(move.label() + ": the position needs 3 numbers (mm)");
                }
                ActualSeed old = seeds.get(index);
                seeds.set(index, new ActualSeed(id, p.clone(), old.directionUnit(), "moved"));
                done.add(String.format(Locale.ROOT, "moved %s from (%.1f, %.1f, %.1f) to (%.1f, %.1f, %.1f) mm", id, old.positionMm()[0], old.positionMm()[1],
                        old.positionMm()[2], p[0], p[1], p[2]));
            } else if (edit instanceof AddSeed add) {
                double[] p = add.positionMm();
                double[] axis = add.directionUnit() != null ? add.directionUnit() : new double[] { 0, 0, 1 };
                if (p == null || p.length != 3 || axis.length != 3) {
                    throw new PostImplantException(add.label() + ": the position and axis need 3 numbers each");
                }
                double norm = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
                if (!(norm > 0)) {
                    throw new PostImplantException(add.label() + ": the axis is zero");
                }
                String id;
                do {
                    id = String.format(Locale.ROOT, "A%03d", ++added);
                } while (contains(seeds, id));
                seeds.add(new ActualSeed(id, p.clone(), new double[] { axis[0] / norm, axis[1] / norm, axis[2] / norm }, "added"));
                done.add(String.format(Locale.ROOT, "added %s at (%.1f, %.1f, %.1f) mm", id, p[0], p[1], p[2]));
            }
        }
        return done;
    }

    private static boolean contains(List<ActualSeed> seeds, String id) {
        return seeds.stream().anyMatch(s -> s.seedId().equals(id));
    }

    private static String ids(List<ActualSeed> seeds) {
        List<String> ids = seeds.stream().map(ActualSeed::seedId).toList();
        return ids.size() <= 12 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 12)) + ", … (" + ids.size() + ")";
    }

    /** The dose engine of the request, or the preferred one (the dose preference, else TG-43). */
    private DoseEngine engine(String id) throws PostImplantException {
        try {
            return engines.apply(id != null ? id : DoseEngines.preferredId());
        } catch (IllegalArgumentException e) {
            throw new PostImplantException(e.getMessage(), false, e);
        }
    }

    /** A seed model by name, or a descriptor file relative to {@code workingDirectory}. */
    private static SeedSource librarySource(String nameOrFile, Path workingDirectory) {
        try {
            return SourceLibraries.resolve(nameOrFile, workingDirectory);
        } catch (SourceDescriptorException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static int max(short[] v) {
        int m = Short.MIN_VALUE;
        for (short x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
