package org.opensabt.postplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.postplan.DetectionAccuracy;
import org.opensabt.postplan.PostImplant;
import org.opensabt.postplan.PostImplantDosimetry;
import org.opensabt.postplan.RigidTransform;
import org.opensabt.postplan.SeedDetector;

/** Text and JSON of a post-implant evaluation; every dose carries its unit. */
final class PostplanReport {

    private static final java.util.Set<String> SHOWN = java.util.Set.of("D90", "V100", "V150", "V200", "Dmax", "D0.1cc", "D2cc", "Dmean");

    private PostplanReport() {
    }

    static CommandResult result(Path dir, PostImplant.Result evaluation, DetectionAccuracy accuracy) {
        Plan plan = evaluation.plan();
        String implantId = evaluation.implantId();
        SeedDetector.Detection detection = evaluation.detection();
        double importSeconds = evaluation.importSeconds();
        RigidTransform transform = evaluation.transform();
        List<String> edits = evaluation.edits();
        PostImplantDosimetry.Result r = evaluation.dosimetry();
        List<String> warnings = evaluation.warnings();
        Map<String, Object> json = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        json.put("caseFolder", dir.toString());
        json.put("planId", plan.getPlanId());
        json.put("implantId", implantId);
        text.append(String.format(Locale.ROOT, "Implant %s of plan %s (%s)%n", implantId, plan.getPlanId(), dir));
        if (detection != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("metalObjects", detection.objects());
            d.put("seedsFound", detection.seeds().size());
            d.put("seedsPlanned", plan.getSeeds().size());
            d.put("objectsSplit", detection.seeds().stream().filter(s -> s.seedsInObject() > 1).map(SeedDetector.FoundSeed::objectId).distinct().count());
            d.put("singleSeedHuMm3", detection.singleSeedHuMm3());
            d.put("singleSeedFrom", detection.singleSeedFrom());
            List<Map<String, Object>> rejected = new ArrayList<>();
            for (SeedDetector.RejectedObject o : detection.rejected()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("objectId", o.objectId());
                m.put("centroidMm", o.centroidMm());
                m.put("metalVolumeMm3", o.metalVolumeMm3());
                m.put("lengthMm", o.lengthMm());
                m.put("reason", o.reason());
                m.put("positionMm", o.positionMm());
                m.put("widthMm", o.widthMm());
                rejected.add(m);
            }
            d.put("rejected", rejected);
            d.put("seedsMissing", evaluation.missingSeeds());
            d.put("axisAssumedSeedIds", evaluation.axisAssumedSeedIds());
            d.put("notes", detection.notes());
            d.put("importSeconds", importSeconds);
            d.put("detectSeconds", detection.seconds());
            json.put("detection", d);
            text.append(String.format(Locale.ROOT, "Seeds found: %d in %d metal object(s) (%s split), planned %d; detection %.2f s (import %.2f s)%n",
                    detection.seeds().size(), detection.objects(), d.get("objectsSplit"), plan.getSeeds().size(), detection.seconds(), importSeconds));
            for (SeedDetector.RejectedObject o : detection.rejected()) {
                text.append(String.format(Locale.ROOT, "  rejected metal object %d at (%.1f, %.1f, %.1f) grid: %s%n", o.objectId(), o.centroidMm()[0],
                        o.centroidMm()[1], o.centroidMm()[2], o.reason()));
            }
            detection.notes().forEach(n -> text.append("  note: ").append(n).append('\n'));
        }
        Map<String, Object> reg = new LinkedHashMap<>();
        reg.put("description", transform.description());
        reg.put("residualMm", transform.residualMm());
        reg.put("postToPlanningRowsOfRt", transform.rowsOfRt());
        reg.put("automatic", evaluation.registration() != null);
        if (evaluation.registration() != null) {
            var a = evaluation.registration();
            reg.put("rotationDeg", a.rotationDeg());
            reg.put("rotationAxisUnit", a.rotationAxisUnit());
            reg.put("translationMm", a.translationMm());
            reg.put("inlierFraction", a.inlierFraction());
            reg.put("coverageFraction", a.coverageFraction());
            reg.put("constraint", a.constraint());
            reg.put("matchedBonePoints", a.matchedPoints());
            reg.put("registrationSeconds", a.seconds());
        }
        json.put("registration", reg);
        text.append("Frames: ").append(transform.description()).append('\n');
        json.put("edits", edits);
        edits.forEach(e -> text.append("  edit: ").append(e).append('\n'));

        long matched = r.pairings().stream().filter(p -> p.plannedSeedId() != null).count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("implantedSeeds", r.pairings().size());
        m.put("matched", matched);
        m.put("unmatchedImplanted", r.pairings().size() - matched);
        m.put("unmatchedPlanned", r.unmatchedPlanned());
        m.put("unmatchedPlannedIds", r.unmatchedPlannedIds());
        m.put("displacementMedianMm", r.medianDisplacementMm());
        m.put("displacementP95Mm", r.p95DisplacementMm());
        m.put("displacementMaxMm", r.maxDisplacementMm());
        json.put("matching", m);
        text.append(String.format(Locale.ROOT, "Matched %d of %d implanted seeds to %d planned (%d implanted and %d planned unmatched); displacement median %.1f mm, "
                + "95th percentile %.1f mm, max %.1f mm%n", matched, r.pairings().size(), plan.getSeeds().size(), r.pairings().size() - matched, r.unmatchedPlanned(),
                r.medianDisplacementMm(), r.p95DisplacementMm(), r.maxDisplacementMm()));

        List<Map<String, Object>> seeds = new ArrayList<>();
        int i = 0;
        for (Seed s : r.implant().getSeeds()) {
            PostImplantDosimetry.Pairing p = r.pairings().get(i++);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seedId", s.getSeedId());
            row.put("origin", s.getOrigin());
            row.put("positionMm", s.getPositionMm());
            row.put("directionUnit", s.getDirectionUnit());
            row.put("plannedSeedId", p.plannedSeedId());
            row.put("displacementMm", p.displacementMm());
            seeds.add(row);
        }
        json.put("seeds", seeds);

        List<Map<String, Object>> comparison = new ArrayList<>();
        text.append(String.format(Locale.ROOT, "%-12s %-8s %12s %12s %12s%n", "structure", "metric", "planned", "actual", "difference"));
        for (PostImplantDosimetry.Comparison c : r.comparisons()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("structure", c.structure());
            row.put("metric", c.metric());
            row.put("unit", c.unit());
            row.put("planned", c.planned());
            row.put("actual", c.actual());
            row.put("difference", c.difference());
            comparison.add(row);
            if (SHOWN.contains(c.metric())) {
                text.append(String.format(Locale.ROOT, "%-12s %-8s %9.1f %-2s %9.1f %-2s %+9.1f %-2s%n", c.structure(), c.metric(), c.planned(), unit(c.unit()),
                        c.actual(), unit(c.unit()), c.difference(), unit(c.unit())));
            }
            if (c.metric().equals("D90")) {
                json.putIfAbsent("d90PlannedGy", c.planned());
                json.putIfAbsent("d90ActualGy", c.actual());
            }
        }
        json.put("comparison", comparison);
        json.put("doseSeconds", r.doseSeconds());
        if (accuracy != null) {
            json.put("accuracy", accuracy);
            text.append("Against the truth: ").append(accuracy.summary()).append('\n');
        }
        json.put("warnings", warnings);
        warnings.forEach(w -> text.append("warning: ").append(w).append('\n'));
        text.append("Stored as implant ").append(implantId).append(" in the case.");
        return CommandResult.of(text.toString(), json);
    }

    /** The evaluation's output with the report written: a last line, and "report" in the JSON. */
    static CommandResult withReport(CommandResult out, org.opensabt.report.PostImplantReports.Result r) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) out.toJson());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", r.pdf().toString());
        report.put("jsonFile", r.json().toString());
        report.put("pages", r.pages());
        json.put("report", report);
        return CommandResult.of(out.toText() + String.format(Locale.ROOT, "%nWrote the post-implant report %s (%d pages) and %s", r.pdf(), r.pages(), r.json().getFileName()),
                json);
    }

    private static String unit(String u) {
        return u == null ? "" : u;
    }
}
