package org.opensabt.postplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.cli.api.CaseFolder;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.PatientCase;
import org.opensabt.postplan.DetectionAccuracy;
import org.opensabt.postplan.PostImplant;
import org.opensabt.postplan.PostImplantException;
import org.opensabt.postplan.RigidTransform;
import org.opensabt.postplan.SeedTables;
import org.opensabt.report.PostImplantReports;
import org.opensabt.report.ReportException;

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
    @Option(names = "--no-auto-register", description = "When the post-operative CT is in another frame of reference and neither --transform nor "
            + "--landmarks is given: refuse instead of registering the scans automatically on bone.") boolean noAutoRegister;
    @Option(names = "--threshold-hu", defaultValue = "2000", paramLabel = "HU", description = "Metal threshold (default: ${DEFAULT-VALUE} HU).") double thresholdHu;
    @Option(names = "--expected-seeds", paramLabel = "N", description = "Seeds implanted (default: the plan's count; 0: not used).") Integer expectedSeeds;
    @Option(names = "--match-gate-mm", defaultValue = "10", paramLabel = "MM", description = "A seed further than this from every planned seed stays unmatched (default: ${DEFAULT-VALUE} mm).") double gateMm;
    @Option(names = "--add-seed", paramLabel = "X,Y,Z[,DX,DY,DZ]", description = "Add a seed the detection missed (repeatable).") List<String> addSeeds = new ArrayList<>();
    @Option(names = "--move-seed", paramLabel = "ID=X,Y,Z", description = "Move a seed (repeatable).") List<String> moveSeeds = new ArrayList<>();
    @Option(names = "--delete-seed", paramLabel = "ID", description = "Delete a seed (repeatable).") List<String> deleteSeeds = new ArrayList<>();
    @Option(names = "--seeds-csv", paramLabel = "FILE", description = "Write the implanted seeds (planning frame) with their planned partners.") String seedsCsv;
    @Option(names = "--engine", paramLabel = "ID", description = "Dose engine of the plan's and the implant's dose (default: the preference org.opensabt.dose/engine, else tg43).") String engineId;
    @Option(names = "--report", paramLabel = "FILE.pdf", description = "Also write the post-implant report of the implant just stored "
            + "(the PDF, and a JSON file beside it; see report --implant).") String reportPdf;
    @Option(names = "--truth", paramLabel = "CSV", description = "Known seed positions (synthetic CT, post-op frame): report the detection's accuracy.") String truthCsv;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if ((postop == null) == (fromImplant == null)) {
            throw new CommandException("give the post-operative CT as --postop DICOM_DIR, or --from-implant ID to re-evaluate a stored implant");
        }
        if (transformFile != null && landmarksCsv != null) {
            throw new CommandException("give the frames' relation as --transform FILE or --landmarks CSV, not both");
        }
        List<PostImplant.SeedEdit> edits = SeedEdits.parse(addSeeds, moveSeeds, deleteSeeds);
        Path report = reportPdf == null ? null : context.resolve(reportPdf).toAbsolutePath();
        if (report != null && (report.getParent() == null || !java.nio.file.Files.isDirectory(report.getParent()))) {
            throw new CommandException("--report " + report + ": the folder " + report.getParent() + " does not exist; nothing stored");
        }
        RigidTransform transform = postop != null ? transform(context) : null;
        PostImplant.SeedsFrom from = postop != null ? new PostImplant.PostopDicom(context.resolve(postop), seriesUid) : new PostImplant.StoredImplant(fromImplant);
        PostImplant.Request request = new PostImplant.Request(from, planId, implantId, transform, thresholdHu, expectedSeeds, gateMm, edits, engineId, null, !noAutoRegister);
        try (CaseFolder opened = CaseFolder.openForWrite(context, caseFolder)) {
            Path dir = opened.dir();
            PatientCase c = opened.patientCase();
            PostImplant.Result result;
            try {
                result = new PostImplant(context.workingDirectory()).evaluate(c, request, context.progressMonitor("postplan: "));
            } catch (PostImplantException e) {
                throw new CommandException(message(dir, e), e);
            }
            PostImplant.apply(c, result);
            if (seedsCsv != null) {
                try {
                    SeedTables.writeImplant(context.resolve(seedsCsv), result.dosimetry());
                } catch (IOException e) {
                    throw new CommandException(seedsCsv + ": " + e.getMessage() + "; nothing stored", e);
                }
            }
            opened.save();
            DetectionAccuracy accuracy = null;
            if (truthCsv != null) {
                try {
                    accuracy = DetectionAccuracy.of(SeedTables.readTruth(context.resolve(truthCsv)),
                            result.postopFrameSeeds().stream().map(s -> new double[][] { s.positionMm(), s.directionUnit() }).toList(), 2.5);
                } catch (IOException | IllegalArgumentException e) {
                    throw new CommandException(truthCsv + ": " + e.getMessage(), e);
                }
            }
            CommandResult out = PostplanReport.result(dir, result, accuracy);
            if (report == null) {
                return out;
            }
            // after the save, still under the case lock: the report of the implant just stored
            PostImplantReports.Result written;
            try {
                written = PostImplantReports.write(c, PostImplantReports.Request.of(result.implantId(), report).withPlan(result.plan().getPlanId()),
                        context.progressMonitor("postplan: report: "));
            } catch (ReportException e) {
                throw new CommandException("--report: " + e.getMessage() + " (implant " + result.implantId() + " is stored)", e);
            }
            return PostplanReport.withReport(out, written);
        }
    }

    /** The facade's refusal in the command line's words: its options as hints, the case folder before messages about the case. */
    static String message(Path dir, PostImplantException e) {
        String m = e.getMessage()
                .replace(PostImplant.HINT_REGISTRATION, "Register the scans and give --transform FILE (post-op → planning, 12 or 16 numbers) or --landmarks CSV")
                .replace(PostImplant.HINT_NO_SEEDS, "(--threshold-hu sets the metal threshold; --add-seed adds seeds by hand)");
        return e.concernsCase() ? dir + ": " + m : m;
    }

    /** The post-op → planning transform given as a file or landmarks; null: none given (the frames must be the same). */
    private RigidTransform transform(CommandContext context) throws CommandException {
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
        return null;
    }
}
