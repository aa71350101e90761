package org.opensabt.postplan.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dicom.CaseImport;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.dicom.DicomToolkits;
import org.opensabt.dicom.ImportOptions;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Study;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.postplan.DetectionAccuracy;
import org.opensabt.postplan.PostImplantDosimetry;
import org.opensabt.postplan.PostImplantDosimetry.ActualSeed;
import org.opensabt.postplan.RigidTransform;
import org.opensabt.postplan.SeedDetector;
import org.opensabt.postplan.SeedTables;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "postplan", description = { "Post-implant dosimetry: find the seeds on the post-operative CT, pair them with the plan's seeds, recompute the",
        "dose with the seeds as implanted and compare D90, V100, V150 and OAR doses with the plan; the implant is stored in the case.",
        "Seed edits (--add-seed, --move-seed, --delete-seed) are in post-operative CT coordinates (patient LPS mm)." })
public final class PostplanCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE") String caseFolder;
    @Option(names = "--postop", paramLabel = "DICOM_DIR", description = "Post-operative CT (files or folder tree).") String postop;
    @Option(names = "--series", paramLabel = "UID", description = "The CT series when the folder holds several.") String seriesUid;
    @Option(names = "--from-implant", paramLabel = "ID", description = "Re-evaluate a stored implant (with edits) instead of detecting again.") String fromImplant;
    @Option(names = "--plan", paramLabel = "PLAN", description = "Plan to compare with (default: the case's last plan).") String planId;
    @Option(names = "--implant-id", paramLabel = "ID", description = "Id of the stored implant (default: <PLAN>-implant, or the --from-implant id).") String implantId;
    @Option(names = "--transform", paramLabel = "FILE", description = "Rigid transform post-op CT → planning CT: 12 numbers (rows of [R|t]) or a 4×4 matrix.") String transformFile;
    @Option(names = "--landmarks", paramLabel = "CSV", description = "Landmarks picked on both CTs: post_x_mm,post_y_mm,post_z_mm,plan_x_mm,plan_y_mm,plan_z_mm (≥ 3 rows).") String landmarksCsv;
    @Option(names = "--threshold-hu", defaultValue = "2000", paramLabel = "HU", description = "Metal threshold (default: ${DEFAULT-VALUE} HU).") double thresholdHu;
    @Option(names = "--expected-seeds", paramLabel = "N", description = "Seeds implanted (default: the plan's count; 0: not used).") Integer expectedSeeds;
    @Option(names = "--match-gate-mm", defaultValue = "10", paramLabel = "MM", description = "A seed further than this from every planned seed stays unmatched (default: ${DEFAULT-VALUE} mm).") double gateMm;
    @Option(names = "--add-seed", paramLabel = "X,Y,Z[,DX,DY,DZ]", description = "Add a seed the detection missed (repeatable).") List<String> addSeeds = new ArrayList<>();
    @Option(names = "--move-seed", paramLabel = "ID=X,Y,Z", description = "Move a seed (repeatable).") List<String> moveSeeds = new ArrayList<>();
    @Option(names = "--delete-seed", paramLabel = "ID", description = "Delete a seed (repeatable).") List<String> deleteSeeds = new ArrayList<>();
    @Option(names = "--seeds-csv", paramLabel = "FILE", description = "Write the implanted seeds (planning frame) with their planned partners.") String seedsCsv;
    @Option(names = "--truth", paramLabel = "CSV", description = "Known seed positions (synthetic CT, post-op frame): report the detection's accuracy.") String truthCsv;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if ((postop == null) == (fromImplant == null)) {
            throw new CommandException("give the post-operative CT as --postop DICOM_DIR, or --from-implant ID to re-evaluate a stored implant");
        }
        if (transformFile != null && landmarksCsv != null) {
            throw new CommandException("give the frames' relation as --transform FILE or --landmarks CSV, not both");
        }
        CaseFolder opened = CaseFolder.open(context, caseFolder);
        Path dir = opened.dir();
        PatientCase c = opened.patientCase();
        Plan plan = plan(c, dir);
        Map<String, Object> json = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        List<String> warnings = new ArrayList<>();
        ImageSeries planningCt;
        try {
            planningCt = PostImplantDosimetry.planningCt(c);
        } catch (DoseInputException e) {
            throw new CommandException(dir + ": " + e.getMessage(), e);
        }

        List<ActualSeed> postopFrameSeeds = new ArrayList<>();   // seeds in the post-op CT frame
        ImageSeries postopSeries = null;
        String postopStudyUid = null;
        RigidTransform transform;
        SeedDetector.Detection detection = null;
        double importSeconds = Double.NaN;
        if (postop != null) {
            Path postopDir = context.resolve(postop);
            long t0 = System.nanoTime();
            CaseImport imported;
            try {
                imported = DicomToolkits.get().importCase(List.of(postopDir), new ImportOptions("postop", seriesUid, false));
            } catch (DicomImportException e) {
                throw new CommandException("post-operative CT " + postopDir + ": " + e.getMessage(), e);
            }
            importSeconds = (System.nanoTime() - t0) / 1e9;
            Study study = imported.patientCase().getStudies().get(0);
            postopSeries = study.getSeries().get(0);
            postopStudyUid = study.getStudyInstanceUid();
            imported.warnings().forEach(w -> warnings.add("post-operative CT: " + w));
            if (postopSeries.getSeriesInstanceUid().equals(planningCt.getSeriesInstanceUid())) {
                throw new CommandException(postopDir + ": this is the planning CT itself (series " + planningCt.getSeriesInstanceUid()
                        + "), not a post-operative CT");
            }
            transform = relateFrames(context, planningCt, postopSeries, postopDir);
            int expected = expectedSeeds != null ? expectedSeeds : plan.getSeeds().size();
            SeedDetector.Settings settings;
            try {
                settings = SeedDetector.Settings.defaults().withThresholdHu(thresholdHu).withExpectedSeeds(expected);
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage(), e);
            }
            context.progress("postplan: finding seeds on " + postopSeries.getColumns() + "×" + postopSeries.getRows() + "×" + postopSeries.getSlices() + " CT");
            detection = new SeedDetector(settings).detect(postopSeries.getVoxels(), GridGeometry.of(postopSeries));
            if (detection.seeds().isEmpty() && addSeeds.isEmpty()) {
                String why = detection.objects() == 0
                        ? String.format(Locale.ROOT, "no voxel reaches %.0f HU (largest %d HU)", thresholdHu, max(postopSeries.getVoxels()))
                        : detection.objects() + " metal object(s), none seed-like: " + String.join("; ", detection.rejected().stream().map(r -> r.reason()).toList());
                throw new CommandException(postopDir + ": no seeds found on the post-operative CT: " + why
                        + ". Is this the post-implant scan? (--threshold-hu sets the metal threshold; --add-seed adds seeds by hand); nothing stored");
            }
            int n = 0;
            for (SeedDetector.FoundSeed s : detection.seeds()) {
                postopFrameSeeds.add(new ActualSeed(String.format(Locale.ROOT, "D%03d", ++n), s.positionMm(), s.directionUnit(), "detected"));
            }
        } else {
            Implant stored = c.getImplants().stream().filter(i -> fromImplant.equals(i.getImplantId())).findFirst().orElseThrow(() -> new CommandException(
                    dir + ": no implant " + fromImplant + " (implants: " + String.join(", ", c.getImplants().stream().map(Implant::getImplantId).toList()) + ")"));
            if (planId == null && stored.getPlan() != null) {
                plan = stored.getPlan();
            }
            postopSeries = stored.getPostImplantSeries();
            transform = storedTransform(stored);
            RigidTransform back = transform.inverse();
            for (Seed s : stored.getSeeds()) {
                double[] p = s.getPositionMm().stream().mapToDouble(Double::doubleValue).toArray();
                double[] d = s.getDirectionUnit().stream().mapToDouble(Double::doubleValue).toArray();
                postopFrameSeeds.add(new ActualSeed(s.getSeedId(), back.applyToPoint(p), back.applyToDirection(d), s.getOrigin()));
            }
        }
        List<String> edits = SeedEdits.apply(postopFrameSeeds, addSeeds, moveSeeds, deleteSeeds);
        if (postopFrameSeeds.isEmpty()) {
            throw new CommandException("no seeds left to evaluate after the edits; nothing stored");
        }

        // into the planning frame
        List<ActualSeed> seeds = new ArrayList<>();
        for (ActualSeed s : postopFrameSeeds) {
            seeds.add(new ActualSeed(s.seedId(), transform.applyToPoint(s.positionMm()), transform.applyToDirection(s.directionUnit()), s.origin()));
        }
        String id = implantId != null ? implantId : fromImplant != null ? fromImplant : plan.getPlanId() + "-implant";
        String sourceName = plan.getSourceModel() != null ? plan.getSourceModel().getModelId() : "6711";
        org.opensabt.dose.source.SeedSource source;
        try {
            source = org.opensabt.dose.source.SourceLibraries.resolve(sourceName, context.workingDirectory());
        } catch (org.opensabt.dose.source.SourceDescriptorException e) {
            throw new CommandException(e.getMessage(), e);
        }
        PostImplantDosimetry.Result result;
        try {
            // the preferred dose engine (org.opensabt.dose/engine, default tg43)
            result = new PostImplantDosimetry(org.opensabt.dose.cases.CaseDose.engine(null), source).evaluate(c, plan, seeds, gateMm, id);
        } catch (DoseInputException e) {
            throw new CommandException(dir + ": " + e.getMessage() + "; nothing stored", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException("interrupted; nothing stored", e);
        }
        warnings.addAll(result.warnings());
        Implant implant = result.implant();
        implant.getPostToPlanningTransform().addAll(transform == RigidTransform.IDENTITY ? List.of() : transform.rowsOfRt());
        implant.setRegistration(transform.description());
        PostImplantDosimetry.store(c, implant, postopSeries, postopStudyUid);
        if (seedsCsv != null) {
            try {
                SeedTables.writeImplant(context.resolve(seedsCsv), result);
            } catch (IOException e) {
                throw new CommandException(seedsCsv + ": " + e.getMessage() + "; nothing stored", e);
            }
        }
        opened.save();
        DetectionAccuracy accuracy = null;
        if (truthCsv != null) {
            try {
                accuracy = DetectionAccuracy.of(SeedTables.readTruth(context.resolve(truthCsv)),
                        postopFrameSeeds.stream().map(s -> new double[][] { s.positionMm(), s.directionUnit() }).toList(), 2.5);
            } catch (IOException | IllegalArgumentException e) {
                throw new CommandException(truthCsv + ": " + e.getMessage(), e);
            }
        }
        return PostplanReport.result(dir, plan, id, detection, importSeconds, transform, edits, result, accuracy, warnings);
    }

    private Plan plan(PatientCase c, Path dir) throws CommandException {
        if (c.getPlans().isEmpty()) {
            throw new CommandException(dir + ": the case has no plan to compare the implant with (make one with 'opensabt plan' or 'opensabt dose')");
        }
        if (planId == null) {
            return c.getPlans().get(c.getPlans().size() - 1);
        }
        return c.getPlans().stream().filter(p -> p.getPlanId().equals(planId)).findFirst().orElseThrow(() -> new CommandException(dir + ": no plan "
                + planId + " (plans: " + String.join(", ", c.getPlans().stream().map(Plan::getPlanId).toList()) + ")"));
    }

    /** Same frame of reference: identity; otherwise the transform or landmarks given, or a clear refusal. */
    private RigidTransform relateFrames(CommandContext context, ImageSeries planning, ImageSeries postopCt, Path postopDir) throws CommandException {
        String a = planning.getFrameOfReferenceUid();
        String b = postopCt.getFrameOfReferenceUid();
        boolean same = a != null && !a.isBlank() && a.equals(b);
        try {
            if (transformFile != null) {
                return RigidTransform.read(context.resolve(transformFile));
            }
            if (landmarksCsv != null) {
                RigidTransform t = SeedTables.landmarks(context.resolve(landmarksCsv));
                if (t.residualMm() > 2) {
                    context.progress(String.format(Locale.ROOT, "postplan: warning: the landmark fit leaves %.1f mm RMS: check the landmarks", t.residualMm()));
                }
                return t;
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
        if (!same) {
            throw new CommandException(postopDir + ": the post-operative CT is in another frame of reference (" + (b == null ? "none" : b)
                    + ") than the planning CT (" + (a == null ? "none" : a) + ") and no transform was given: the seeds cannot be placed in the planning "
                    + "anatomy. Register the scans and give --transform FILE (post-op → planning, 12 or 16 numbers) or --landmarks CSV; nothing stored");
        }
        return RigidTransform.IDENTITY;
    }

    private static RigidTransform storedTransform(Implant implant) throws CommandException {
        List<Double> v = implant.getPostToPlanningTransform();
        if (v.isEmpty()) {
            return RigidTransform.IDENTITY;
        }
        try {
            return RigidTransform.fromRowsOfRt(v, implant.getRegistration());
        } catch (IllegalArgumentException e) {
            throw new CommandException("implant " + implant.getImplantId() + ": " + e.getMessage(), e);
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
