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
import org.opensabt.report.ReportException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = { "Write the plan report PDF of a plan: patient, plan status (a draft says so on every page), prescription and source,",
        "goals met or not, metrics, DVH, axial/coronal/sagittal isodose snapshots, needle table, template drawing and an approval block.",
        "The case is not changed; the PDF is written atomically." })
public final class ReportCommand implements CliCommand {

    @Option(names = "--case", required = true, paramLabel = "CASE") String caseFolder;
    @Option(names = "--plan", required = true, paramLabel = "PLAN", description = "Plan to report.") String planId;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write (replaced if it exists; its folder must exist).") String out;
    @Option(names = "--oar", paramLabel = "ROI:Dmax<GY,D2cc<GY", description = "OAR limits to check (repeatable); Dmax, D0.1cc, D2cc.") List<String> oar = new ArrayList<>();

    @Override
    public CommandResult run(CommandContext context) throws CommandException {
        List<OarLimit> limits = new ArrayList<>();
        try {
            for (String o : oar) {
                limits.addAll(OarLimit.parse(o));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException("--oar: " + e.getMessage(), e);
        }
        CaseFolder opened = CaseFolder.open(context, caseFolder);
        PlanReports.Result result;
        try {
            result = PlanReports.write(opened.patientCase(), PlanReports.Request.of(planId, context.resolve(out)).withOarLimits(limits),
                    context.progressMonitor("report: "));
        } catch (ReportException e) {
            throw new CommandException(opened.dir() + ": " + e.getMessage(), e);
        }
        return report(result);
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
