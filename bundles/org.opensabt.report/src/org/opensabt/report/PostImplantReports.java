package org.opensabt.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.plan.OarLimit;
import org.opensabt.report.internal.PostImplantReportData;
import org.opensabt.report.internal.PostImplantReportWriter;

import com.google.gson.GsonBuilder;

/**
 * The post-implant report of an implant stored in the case (PDF and JSON, same stem): patient and case, plan and
 * implant, post-operative CT, registration quality, detection (seeds planned vs found, missing seeds, hand edits,
 * assumed axes, other metal), plan versus actual D90/V100/V150/V200 and organ doses with OAR limits, a DVH overlay
 * (planned solid, actual dashed), the seed list with pairing and displacement, and an axial snapshot with planned
 * and actual seeds. Shared by {@code opensabt report --implant}, {@code opensabt postplan --report} and the
 * workbench's Plan ▸ Post-implant report PDF….
 * <p>
 * Planned figures are the plan's stored metrics and dose; actual ones the implant's. The detection's other metal, the
 * count expected, the assumed axes and the edits are kept with the implant since case schema 1.5; for an implant stored
 * before, the report says "not recorded" unless the caller gives them as {@link Findings}.
 * <p>
 * Both files are written atomically (temporary files beside them, then moved): a failure or a cancel leaves
 * neither. The case is never changed.
 *
 * @since 1.2
 */
public final class PostImplantReports {

    /** A metal object on the post-operative CT not taken for a seed (clip, wire, needle left in, marker). */
    public record MetalObject(double[] positionMm, double lengthMm, double widthMm, String description) {
    }

    /**
     * What the evaluation found beyond the seeds, overriding what the implant records; each null when not known (then the
     * implant's record is used).
     *
     * @param seedsExpected      the count the detection was given as a hint (the plan's count, or the user's)
     * @param otherMetal         metal objects not taken for seeds
     * @param axisAssumedSeedIds implanted seeds whose axis was taken from the plan's needle, not measured
     * @param edits              the user's edits as done (one line each: added, moved, deleted)
     */
    public record Findings(Integer seedsExpected, List<MetalObject> otherMetal, List<String> axisAssumedSeedIds, List<String> edits) {
        public Findings {
            otherMetal = otherMetal == null ? null : List.copyOf(otherMetal);
            axisAssumedSeedIds = axisAssumedSeedIds == null ? null : List.copyOf(axisAssumedSeedIds);
            edits = edits == null ? null : List.copyOf(edits);
        }

        /** Nothing given: the implant's record. */
        public static final Findings NONE = new Findings(null, null, null, null);
    }

    /**
     * A report to make.
     *
     * @param implantId  the stored implant (null: the case's last)
     * @param planId     the plan it followed (null: the implant's plan)
     * @param outputFile the PDF to write (replaced if it exists; its folder must exist); the JSON goes beside it ({@code .json})
     * @param oarLimits  organ-at-risk limits to check on the planned and the actual dose (empty: none)
     * @param findings   what the evaluation found, overriding the implant's record (null: {@link Findings#NONE}, the record)
     */
    public record Request(String implantId, String planId, Path outputFile, List<OarLimit> oarLimits, Findings findings) {
        public Request {
            if (outputFile == null) {
                throw new IllegalArgumentException("a post-implant report needs an output file");
            }
            oarLimits = oarLimits == null ? List.of() : List.copyOf(oarLimits);
            findings = findings == null ? Findings.NONE : findings;
        }

        /** The case's last implant (or {@code implantId}) against its own plan, no OAR limits. */
        public static Request of(String implantId, Path outputFile) {
            return new Request(implantId, null, outputFile, List.of(), null);
        }

        public Request withPlan(String id) {
            return new Request(implantId, id, outputFile, oarLimits, findings);
        }

        public Request withOarLimits(List<OarLimit> limits) {
            return new Request(implantId, planId, outputFile, limits, findings);
        }

        public Request withFindings(Findings f) {
            return new Request(implantId, planId, outputFile, oarLimits, f);
        }
    }

    /** How the post-operative CT was put into the planning frame, as stored with the implant. */
    public record Registration(String method, String description, double residualMm, double inlierFraction, List<Double> postToPlanningRowsOfRt) {
    }

    /**
     * The detection's figures. Lists and counts that the case does not keep are null when not recorded.
     *
     * @param missingPlannedSeedIds planned seeds without an implanted partner (never invented)
     * @param unpairedSeedIds       implanted seeds without a planned partner within the gate
     */
    public record Detection(int seedsPlanned, int seedsImplanted, int seedsDetected, int seedsAdded, int seedsMoved, Integer seedsExpected,
            List<String> missingPlannedSeedIds, List<String> unpairedSeedIds, List<String> axisAssumedSeedIds, List<MetalObject> otherMetal, List<String> edits) {
    }

    /** A metric planned and actual; {@code role}: target or OAR. */
    public record MetricRow(String structure, String role, String metric, String unit, double planned, double actual) {
        public double difference() {
            return actual - planned;
        }
    }

    /** An OAR limit on the planned and the actual dose. */
    public record OarCheck(String structure, String metric, double limitGy, double plannedGy, double actualGy) {
        public boolean metPlanned() {
            return plannedGy < limitGy;
        }

        public boolean metActual() {
            return actualGy < limitGy;
        }
    }

    /**
     * An implanted seed (planning frame) and its planned partner.
     *
     * @param origin       detected, added or moved
     * @param axisAssumed  null: not recorded
     */
    public record SeedRow(String seedId, String origin, String plannedSeedId, double[] positionMm, double[] plannedPositionMm, double displacementMm,
            double[] displacementVectorMm, Boolean axisAssumed) {
    }

    /** A planned seed without an implanted partner. */
    public record MissingSeed(String plannedSeedId, double[] positionMm) {
    }

    /** A cumulative DVH: {@code dose} is planned or actual; points (dose Gy, volume %). */
    public record DvhCurve(String structure, String dose, double volumeCc, double[][] doseGyVolumePercent) {
    }

    /** The report's content, also written as JSON. */
    public record Report(String caseId, String patientName, String patientId, String planId, String planStatus, String implantId, String implantDate,
            String postopSeriesUid, double postopSliceThicknessMm, String seedModel, double prescriptionDoseGy, String target, Registration registration,
            Detection detection, List<MetricRow> metrics, List<OarCheck> oarChecks, List<SeedRow> seeds, List<MissingSeed> missingSeeds,
            double medianDisplacementMm, double maxDisplacementMm, List<DvhCurve> dvhs, List<String> notes) {

        /** The report as JSON-ready maps and lists (keys with units: {@code d90Gy}, {@code displacementMm}, …). */
        public Map<String, Object> toJson() {
            return PostImplantReportData.json(this);
        }
    }

    /** The files written and their content. */
    public record Result(Path pdf, Path json, int pages, Report report) {
    }

    private PostImplantReports() {
    }

    /** The implant with this id (null: the case's last), or a one-line refusal. */
    public static Implant implant(PatientCase c, String implantId) throws ReportException {
        if (c.getImplants().isEmpty()) {
            throw new ReportException("case " + c.getCaseId() + " has no implant: evaluate one first (opensabt postplan, or the workbench's Post-implant view)");
        }
        if (implantId == null) {
            return c.getImplants().get(c.getImplants().size() - 1);
        }
        for (Implant i : c.getImplants()) {
            if (implantId.equals(i.getImplantId())) {
                return i;
            }
        }
        throw new ReportException("case " + c.getCaseId() + " has no implant '" + implantId + "' (implants: "
                + c.getImplants().stream().map(Implant::getImplantId).collect(Collectors.joining(", ")) + ")");
    }

    /** The report's content without writing anything. */
    public static Report report(PatientCase c, Request request) throws ReportException {
        Implant implant = implant(c, request.implantId());
        Plan plan = request.planId() != null ? PlanReports.plan(c, request.planId()) : implant.getPlan();
        if (plan == null) {
            throw new ReportException("implant " + implant.getImplantId() + " names no plan: give the plan it followed");
        }
        if (implant.getDoseGrid() == null || implant.getDoseGrid().getDoseValues() == null) {
            throw new ReportException("implant " + implant.getImplantId() + " has no dose: evaluate it again (opensabt postplan --from-implant)");
        }
        if (plan.getDoseGrid() == null || plan.getDoseGrid().getDoseValues() == null) {
            throw new ReportException("plan " + plan.getPlanId() + " has no dose: compute its dose first");
        }
        return PostImplantReportData.of(c, plan, implant, request.oarLimits(), request.findings());
    }

    /**
     * Writes the PDF and the JSON of {@code request}.
     *
     * @throws ReportException            no implant or no such implant/plan, no dose, an output folder that does not exist, or a file cannot be written (one line)
     * @throws OperationCanceledException cancelled through the monitor; no file was written
     */
    public static Result write(PatientCase c, Request request, IProgressMonitor monitor) throws ReportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Post-implant report", 100);
        Path out = ReportOutput.checked(request.outputFile());
        Path folder = out.getParent();
        String name = out.getFileName().toString();
        Path json = out.resolveSibling((name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name) + ".json");
        if (json.equals(out)) {
            throw new ReportException(out + ": the report PDF cannot be named .json");
        }
        Implant implant = implant(c, request.implantId());
        Plan plan = request.planId() != null ? PlanReports.plan(c, request.planId()) : implant.getPlan();
        progress.subTask("Plan versus actual");
        Report report = report(c, request);
        progress.worked(15);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        Path tmpPdf = null;
        Path tmpJson = null;
        try {
            tmpPdf = Files.createTempFile(folder, "." + out.getFileName(), ".tmp");
            tmpJson = Files.createTempFile(folder, "." + json.getFileName(), ".tmp");
            int pages = new PostImplantReportWriter(c, plan, implant, report).write(tmpPdf, progress.split(75));
            try (Writer w = Files.newBufferedWriter(tmpJson, StandardCharsets.UTF_8)) {
                new GsonBuilder().setPrettyPrinting().serializeNulls().serializeSpecialFloatingPointValues().disableHtmlEscaping().create()
                        .toJson(report.toJson(), w);
            }
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask("Saving " + out.getFileName());
            Files.move(tmpJson, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmpJson = null;
            try {
                Files.move(tmpPdf, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                ReportOutput.deleteQuietly(json); // neither file, as the PDF could not be put in place
                throw e;
            }
            tmpPdf = null;
            progress.worked(10);
            return new Result(out, json, pages, report);
        } catch (IOException e) {
            throw new ReportException(out + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        } finally {
            ReportOutput.deleteQuietly(tmpPdf);
            ReportOutput.deleteQuietly(tmpJson);
        }
    }
}
