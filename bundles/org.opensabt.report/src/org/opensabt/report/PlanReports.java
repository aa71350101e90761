package org.opensabt.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.plan.GoalCheck;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanGoals;
import org.opensabt.report.internal.PlanReportWriter;

/**
 * The plan report PDF of one plan, for the operating room and the record: patient, case, plan and its
 * status (a draft says "DRAFT — not for treatment" on every page), prescription and source with its
 * calibration date, the goals met or not ({@link GoalCheck}), the metrics, a DVH, axial/coronal/sagittal
 * isodose snapshots through the target centre, the needle table, the template drawing (if the case has a
 * template of the plan with a drawing.png beside its STL) and an approval block. Shared by the
 * {@code report} command and the workbench's Plan ▸ Plan report PDF….
 * <p>
 * The file is written atomically (a temporary file beside it, then moved): a failure or a cancel leaves
 * no file and no half-written PDF. The case is never changed, so there is nothing to apply.
 */
public final class PlanReports {

    /**
     * A report to make.
     *
     * @param planId     the plan (its id in the case)
     * @param outputFile the PDF to write (replaced if it exists; its folder must exist)
     * @param goals      the target goals to check (V100 at least, V150 and V200 at most)
     * @param oarLimits  organ-at-risk limits to check (a plan does not store them; empty: none checked)
     * @param metricsOutOfDate null when the plan's stored metrics are current; else why not (e.g. the workbench's
     *                   "\"Widen GTV\" (structures changed)"), printed on page 1 as "Metrics out of date since …"
     * @param prediction the plan's predicted local control to print (null: none) @since 1.3
     * @since 1.1
     */
    public record Request(String planId, Path outputFile, PlanGoals goals, List<OarLimit> oarLimits, String metricsOutOfDate,
            LocalControlModels.PlanPrediction prediction, String comparePlanId) {

        /** Without a compared plan. @since 1.3 */
        public Request(String planId, Path outputFile, PlanGoals goals, List<OarLimit> oarLimits, String metricsOutOfDate,
                LocalControlModels.PlanPrediction prediction) {
            this(planId, outputFile, goals, oarLimits, metricsOutOfDate, prediction, null);
        }

        /** A report of a plan whose metrics are current. */
        public Request(String planId, Path outputFile, PlanGoals goals, List<OarLimit> oarLimits) {
            this(planId, outputFile, goals, oarLimits, null, null);
        }

        /** A report without a prediction. @since 1.1 */
        public Request(String planId, Path outputFile, PlanGoals goals, List<OarLimit> oarLimits, String metricsOutOfDate) {
            this(planId, outputFile, goals, oarLimits, metricsOutOfDate, null);
        }

        public Request {
            if (planId == null || planId.isBlank()) {
                throw new IllegalArgumentException("a plan report needs a plan id");
            }
            if (outputFile == null) {
                throw new IllegalArgumentException("a plan report needs an output file");
            }
            goals = goals == null ? PlanGoals.CLINICAL : goals;
            oarLimits = oarLimits == null ? List.of() : List.copyOf(oarLimits);
        }

        /** The clinical goals ({@link PlanGoals#CLINICAL}), no OAR limits. */
        public static Request of(String planId, Path outputFile) {
            return new Request(planId, outputFile, PlanGoals.CLINICAL, List.of());
        }

        public Request withOarLimits(List<OarLimit> limits) {
            return new Request(planId, outputFile, goals, limits, metricsOutOfDate, prediction, comparePlanId);
        }

        /** The same report with the plan's predicted local control (see {@link LocalControlModels#predict(org.opensabt.outcomes.LocalControlModel, Plan, String, double)}). @since 1.3 */
        public Request withPrediction(LocalControlModels.PlanPrediction p) {
            return new Request(planId, outputFile, goals, oarLimits, metricsOutOfDate, p, comparePlanId);
        }

        /** The same report, saying on page 1 that the metrics are out of date and why (null: current). @since 1.1 */
        public Request withMetricsOutOfDate(String why) {
            return new Request(planId, outputFile, goals, oarLimits, why, prediction, comparePlanId);
        }

        /**
         * The same report with the stored metrics of another plan of the same seeds side by side, e.g. the plan
         * re-evaluated by the model-based engine ({@code dose --from-plan P --engine mc}). @since 1.4
         */
        public Request withComparePlan(String id) {
            return new Request(planId, outputFile, goals, oarLimits, metricsOutOfDate, prediction, id);
        }
    }

    /**
     * The report written.
     *
     * @param file    the PDF
     * @param pages   its page count
     * @param status  the plan's status as printed (DRAFT, APPROVED, RETIRED)
     * @param goals   the goals as checked and printed
     * @param needles rows of the needle table
     * @param seeds   seeds of the plan
     * @param notes   what the report left out and why (e.g. no template drawing)
     */
    public record Result(Path file, int pages, String planId, String status, List<GoalCheck> goals, int needles, int seeds, List<String> notes) {
    }

    private PlanReports() {
    }

    /**
     * Writes the report of {@code request.planId()} of {@code c} to {@code request.outputFile()}.
     *
     * @throws ReportException            no such plan, a plan without dose, an output folder that does not exist, or the file cannot be written (one line)
     * @throws OperationCanceledException cancelled through the monitor; no file was written
     */
    public static Result write(PatientCase c, Request request, IProgressMonitor monitor) throws ReportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Plan report " + request.planId(), 100);
        Plan plan = plan(c, request.planId());
        if (plan.getDoseGrid() == null || plan.getDoseGrid().getDoseValues() == null) {
            throw new ReportException("plan " + plan.getPlanId() + " has no dose: compute its dose first");
        }
        Plan compared = request.comparePlanId() == null ? null : plan(c, request.comparePlanId());
        if (compared != null) {
            sameSeeds(plan, compared);
        }
        Path out = ReportOutput.checked(request.outputFile());
        Path tmp = null;
        try {
            tmp = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".tmp");
            PlanReportWriter.Written written = new PlanReportWriter(c, plan, request.goals(), request.oarLimits(), request.metricsOutOfDate(), request.prediction())
                    .comparedWith(compared).write(tmp, progress.split(95));
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask("Saving " + out.getFileName());
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            progress.worked(5);
            return new Result(out, written.pages(), plan.getPlanId(), written.status(), written.goals(), written.needles(), plan.getSeeds().size(),
                    written.notes());
        } catch (IOException e) {
            throw new ReportException(out + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        } finally {
            ReportOutput.deleteQuietly(tmp);
        }
    }

    /** Refuses a compared plan that is not a dose of the same seeds (positions within 0.01 mm). */
    private static void sameSeeds(Plan plan, Plan other) throws ReportException {
        boolean same = plan.getSeeds().size() == other.getSeeds().size();
        for (int i = 0; same && i < plan.getSeeds().size(); i++) {
            for (int k = 0; k < 3; k++) {
                same &= Math.abs(plan.getSeeds().get(i).getPositionMm().get(k) - other.getSeeds().get(i).getPositionMm().get(k)) <= 0.01;
            }
        }
        if (!same) {
            throw new ReportException("plan " + other.getPlanId() + " does not hold the seeds of plan " + plan.getPlanId()
                    + ": compare a dose of the same seeds (dose --from-plan " + plan.getPlanId() + " --engine mc)");
        }
    }

    /** The plan with this id, or a one-line refusal listing the case's plans. */
    public static Plan plan(PatientCase c, String planId) throws ReportException {
        for (Plan p : c.getPlans()) {
            if (planId.equals(p.getPlanId())) {
                return p;
            }
        }
        String ids = c.getPlans().stream().map(Plan::getPlanId).collect(Collectors.joining(", "));
        throw new ReportException("case " + c.getCaseId() + " has no plan '" + planId + "'" + (ids.isEmpty() ? " (it has no plans)" : " (plans: " + ids + ")"));
    }
}
