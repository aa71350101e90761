package org.opensabt.report.cli;

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
import org.opensabt.plan.GoalCheck;
import org.opensabt.plan.OarLimit;
import org.opensabt.report.PlanReports;
import org.opensabt.report.PostImplantReports;
import org.opensabt.report.ReportException;

import org.opensabt.dose.SupplierPreferences;
import org.opensabt.outcomes.LocalControlModel;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.outcomes.OutcomeInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = { "Write the plan report PDF of a plan: patient, plan status (a draft says so on every page), prescription and source,",
        "goals met or not, metrics, DVH, axial/coronal/sagittal isodose snapshots, needle table, template drawing and an approval block.",
        "With --implant: the post-implant report (PDF and JSON beside it) of a stored implant: registration quality, seeds planned vs found,",
        "missing seeds, plan vs actual D90/V100/V150/V200 and OAR doses, DVH overlay, seed list with pairing and displacement.",
        "The case is not changed; the files are written atomically." })
public final class ReportCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE") String caseFolder;
    @Option(names = "--plan", paramLabel = "PLAN", description = "Plan to report (with --implant: the plan compared with; default the implant's).") String planId;
    @Option(names = "--implant", arity = "0..1", fallbackValue = "", paramLabel = "ID", description = "Write the post-implant report of this stored implant "
            + "(no ID: the case's last) instead of the plan report.") String implantId;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write (replaced if it exists; its folder must exist).") String out;
    @Option(names = "--oar", paramLabel = "ROI:Dmax<GY,D2cc<GY", description = "OAR limits to check (repeatable); Dmax, D0.1cc, D2cc.") List<String> oar = new ArrayList<>();
    @Option(names = "--lc-model", paramLabel = "ID|FILE", description = { "Plan report: local-control model of the predicted local control (default: the preference",
            "org.opensabt.outcomes/localControlModel, else " + LocalControlModels.DEFAULT_ID + ")." }) String lcModel;
    @Option(names = "--implant-method", defaultValue = "CT_TEMPLATE", paramLabel = "CT|CT_TEMPLATE", description = "Plan report: implant method of the prediction (default: ${DEFAULT-VALUE}).") String implantMethod;
    @Option(names = "--lc-target-percent", defaultValue = "80", paramLabel = "PERCENT", description = "Plan report: the what-if's local control at 36 months (default: ${DEFAULT-VALUE} %%).") double lcTargetPercent;
    @Option(names = "--compare-plan", paramLabel = "PLAN", description = { "Plan report: print the stored metrics of this plan of the same seeds beside the plan's,",
            "e.g. the plan re-evaluated by the Monte Carlo engine (dose --from-plan PLAN --engine mc --plan-id PLAN-mc)." }) String comparePlan;
    @Option(names = "--no-prediction", description = "Plan report: leave out the predicted local control.") boolean noPrediction;

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        if (implantId == null && planId == null) {
            throw new CommandException("give --plan PLAN for the plan report, or --implant [ID] for the post-implant report");
        }
        List<OarLimit> limits = new ArrayList<>();
        try {
            for (String o : oar) {
                limits.addAll(OarLimit.parse(o));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException("--oar: " + e.getMessage(), e);
        }
        if (implantId != null && comparePlan != null) {
            throw new CommandException("--compare-plan is for a plan report; a post-implant report compares the implant with its plan (--plan)");
        }
        CaseFolder opened = CaseFolder.open(context, caseFolder);
        if (implantId != null) {
            PostImplantReports.Request request = PostImplantReports.Request.of(implantId.isBlank() ? null : implantId, context.resolve(out)).withPlan(planId)
                    .withOarLimits(limits);
            try {
                return implantReport(PostImplantReports.write(opened.patientCase(), request, context.progressMonitor("report: ")));
            } catch (ReportException e) {
                throw new CommandException(opened.dir() + ": " + e.getMessage(), e);
            }
        }
        PlanReports.Result result;
        try {
            LocalControlModels.PlanPrediction prediction = null;
            if (!noPrediction) {
                if (!LocalControlModel.METHODS.contains(implantMethod) || !(lcTargetPercent > 0 && lcTargetPercent < 100)) {
                    throw new CommandException("--implant-method takes CT or CT_TEMPLATE and --lc-target-percent a value between 0 and 100");
                }
                try {
                    LocalControlModel model = LocalControlModels.load(lcModel != null ? lcModel
                            : SupplierPreferences.get(LocalControlModels.PREFERENCE_NODE, LocalControlModels.PREFERENCE_KEY, LocalControlModels.DEFAULT_ID),
                            context.workingDirectory());
                    prediction = LocalControlModels.predict(model, PlanReports.plan(opened.patientCase(), planId), implantMethod, lcTargetPercent / 100);
                } catch (OutcomeInputException e) {
                    throw new CommandException(e.getMessage(), e);
                }
            }
            result = PlanReports.write(opened.patientCase(), PlanReports.Request.of(planId, context.resolve(out)).withOarLimits(limits).withPrediction(prediction)
                    .withComparePlan(comparePlan),
                    context.progressMonitor("report: "));
        } catch (ReportException e) {
            throw new CommandException(opened.dir() + ": " + e.getMessage(), e);
        }
        return report(result);
    }

    /** The post-implant report's summary line(s); its --json is the report's content with the files written. */
    static CommandResult implantReport(PostImplantReports.Result r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", r.pdf().toString());
        json.put("jsonFile", r.json().toString());
        json.put("pages", r.pages());
        json.putAll(r.report().toJson());
        return CommandResult.of(summary(r), json);
    }

    /** "Wrote F.pdf and F.json: …" with the target's D90 planned and actual, the seeds paired and missing. */
    static String summary(PostImplantReports.Result r) {
        PostImplantReports.Report p = r.report();
        String d90 = p.metrics().stream().filter(m -> m.role().equals("target") && m.metric().equals("D90")).findFirst()
                .map(m -> String.format(Locale.ROOT, "; D90 planned %.1f Gy, actual %.1f Gy", m.planned(), m.actual())).orElse("");
        PostImplantReports.Detection d = p.detection();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Wrote %s and %s: %d pages, implant %s of plan %s (%s)%s; %d implanted seeds, %d of %d planned "
                + "paired, %d missing, %s", r.pdf(), r.json().getFileName(), r.pages(), p.implantId(), p.planId(), p.planStatus(), d90, d.seedsImplanted(),
                d.seedsPlanned() - d.missingPlannedSeedIds().size(), d.seedsPlanned(), d.missingPlannedSeedIds().size(),
                d.otherMetal() == null ? "other metal not recorded" : d.otherMetal().size() + " other metal object(s)"));
        for (PostImplantReports.OarCheck c : p.oarChecks()) {
            if (!Double.isNaN(c.actualGy()) && !c.metActual()) {
                text.append(String.format(Locale.ROOT, "%nOAR limit exceeded: %s %s %.2f Gy (limit %.1f Gy)", c.structure(), c.metric(), c.actualGy(), c.limitGy()));
            }
        }
        return text.toString();
    }

    private static CommandResult report(PlanReports.Result r) {
        List<String> unmet = GoalCheck.unmetRequired(r.goals());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", r.file().toString());
        json.put("pages", r.pages());
        json.put("planId", r.planId());
        json.put("status", r.status());
        json.put("needles", r.needles());
        json.put("seeds", r.seeds());
        List<Map<String, Object>> goals = new ArrayList<>();
        for (GoalCheck g : r.goals()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("structure", g.structure());
            m.put("metric", g.metric());
            m.put("goal", g.goalText());
            m.put("required", g.required());
            m.put("value", g.evaluated() && Double.isFinite(g.value()) ? g.value() : null);
            m.put("unit", g.unit());
            m.put("met", g.evaluated() ? g.met() : null);
            goals.add(m);
        }
        json.put("goals", goals);
        json.put("requiredGoalsUnmet", unmet);
        json.put("notes", r.notes());
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Wrote %s: %d pages, plan %s (%s), %d needles, %d seeds; %s", r.file(), r.pages(),
                r.planId(), r.status(), r.needles(), r.seeds(), unmet.isEmpty() ? "required goals met" : "required goals NOT met: " + String.join("; ", unmet)));
        for (String note : r.notes()) {
            text.append("\nnote: ").append(note);
        }
        return CommandResult.of(text.toString(), json);
    }
}
