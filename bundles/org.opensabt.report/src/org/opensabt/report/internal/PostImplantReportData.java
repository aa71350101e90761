package org.opensabt.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opensabt.dose.cases.PlanComparison;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.plan.OarLimit;
import org.opensabt.report.PostImplantReports;
import org.opensabt.report.PostImplantReports.DvhCurve;
import org.opensabt.report.PostImplantReports.Findings;
import org.opensabt.report.PostImplantReports.MetricRow;
import org.opensabt.report.PostImplantReports.MissingSeed;
import org.opensabt.report.PostImplantReports.OarCheck;
import org.opensabt.report.PostImplantReports.SeedRow;

/** The content of a post-implant report from the stored case (see {@link PostImplantReports}), and its JSON. */
public final class PostImplantReportData {

    /** The target's metrics reported, in this order. */
    static final List<String> TARGET_METRICS = List.of("D90", "V100", "V150", "V200");
    /** Each organ at risk's metrics reported, in this order. */
    static final List<String> OAR_METRICS = List.of("D2cc", "D0.1cc", "Dmax");
    static final String NOT_RECORDED = "not recorded in the case";

    private static final Pattern RESIDUAL = Pattern.compile("residual ([0-9.]+) mm");
    private static final Pattern INLIERS = Pattern.compile("([0-9.]+) % of [0-9]+ bone points matched");

    private PostImplantReportData() {
    }

    /** What the case keeps of the implant's detection (schema 1.5); {@link Findings#NONE} for an implant stored without it. */
    static Findings recorded(Implant implant) {
        if (implant.getSeedsExpected() < 0) {
            return Findings.NONE;
        }
        List<PostImplantReports.MetalObject> metal = new ArrayList<>();
        for (org.opensabt.model.MetalObject m : implant.getOtherMetal()) {
            metal.add(new PostImplantReports.MetalObject(m.getPositionMm().size() == 3 ? array(m.getPositionMm()) : null, m.getLengthMm(), m.getWidthMm(),
                    m.getDescription()));
        }
        List<String> assumed = implant.getSeeds().stream().filter(Seed::isAxisAssumed).map(Seed::getSeedId).toList();
        return new Findings(implant.getSeedsExpected(), metal, assumed, List.copyOf(implant.getEdits()));
    }

    public static PostImplantReports.Report of(PatientCase c, Plan plan, Implant implant, List<OarLimit> limits, Findings given) {
        Findings stored = recorded(implant);
        Findings findings = new Findings(given.seedsExpected() != null ? given.seedsExpected() : stored.seedsExpected(),
                given.otherMetal() != null ? given.otherMetal() : stored.otherMetal(),
                given.axisAssumedSeedIds() != null ? given.axisAssumedSeedIds() : stored.axisAssumedSeedIds(), given.edits() != null ? given.edits() : stored.edits());
        List<String> notes = new ArrayList<>();
        Patient p = c.getPatient();
        ImageSeries postop = implant.getPostImplantSeries();
        double slice = postop == null || postop.getSpacingMm().size() < 3 ? Double.NaN : postop.getSpacingMm().get(2);
        String target = plan.getTarget() == null ? null : plan.getTarget().getName();

        // seeds and their planned partners
        Map<String, Seed> planned = new LinkedHashMap<>();
        for (Seed s : plan.getSeeds()) {
            planned.put(s.getSeedId(), s);
        }
        Set<String> axisAssumed = findings.axisAssumedSeedIds() == null ? null : new HashSet<>(findings.axisAssumedSeedIds());
        List<SeedRow> seeds = new ArrayList<>();
        Set<String> partnered = new HashSet<>();
        List<String> unpaired = new ArrayList<>();
        List<Double> displacements = new ArrayList<>();
        int detected = 0;
        int added = 0;
        int moved = 0;
        for (Seed s : implant.getSeeds()) {
            double[] pos = array(s.getPositionMm());
            String origin = s.getOrigin() == null ? "detected" : s.getOrigin();
            detected += origin.equals("detected") || origin.equals("moved") ? 1 : 0;
            added += origin.equals("added") ? 1 : 0;
            moved += origin.equals("moved") ? 1 : 0;
            Seed partner = s.getPlannedSeedId() == null ? null : planned.get(s.getPlannedSeedId());
            double[] plannedPos = partner == null ? null : array(partner.getPositionMm());
            double[] d = plannedPos == null ? null : new double[] { pos[0] - plannedPos[0], pos[1] - plannedPos[1], pos[2] - plannedPos[2] };
            double distance = d == null ? Double.NaN : Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            if (partner != null) {
                partnered.add(partner.getSeedId());
                displacements.add(distance);
            } else {
                unpaired.add(s.getSeedId());
            }
            seeds.add(new SeedRow(s.getSeedId(), origin, partner == null ? null : partner.getSeedId(), pos, plannedPos, distance, d,
                    axisAssumed == null ? null : axisAssumed.contains(s.getSeedId())));
        }
        List<MissingSeed> missing = new ArrayList<>();
        for (Seed s : planned.values()) {
            if (!partnered.contains(s.getSeedId())) {
                missing.add(new MissingSeed(s.getSeedId(), array(s.getPositionMm())));
            }
        }
        double[] sorted = displacements.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length == 0 ? Double.NaN
                : sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        double max = sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];

        PostImplantReports.Detection detection = new PostImplantReports.Detection(plan.getSeeds().size(), implant.getSeeds().size(), detected, added, moved,
                findings.seedsExpected(), missing.stream().map(MissingSeed::plannedSeedId).toList(), List.copyOf(unpaired), findings.axisAssumedSeedIds(),
                findings.otherMetal(), findings.edits());
        if (findings.otherMetal() == null) {
            notes.add("other metal (clips, wires, needles) " + NOT_RECORDED + " (implants stored before case schema 1.5 do not keep it: evaluate the "
                    + "post-operative CT again)");
        }
        if (findings.axisAssumedSeedIds() == null) {
            notes.add("which seed axes were assumed from the plan's needles is " + NOT_RECORDED);
        }
        if (findings.edits() == null) {
            notes.add("seeds deleted by hand are " + NOT_RECORDED + " (added and moved seeds are: their origin)");
        }

        // plan versus actual
        Map<String, DoseMetric> plannedMetrics = metrics(plan.getMetrics());
        Map<String, DoseMetric> actualMetrics = metrics(implant.getMetrics());
        List<String> structures = new ArrayList<>();
        for (DoseMetric m : plan.getMetrics()) {
            String name = m.getStructure() == null ? "" : m.getStructure().getName();
            if (!structures.contains(name)) {
                structures.add(name);
            }
        }
        structures.remove(target);
        if (target != null) {
            structures.add(0, target);
        }
        List<MetricRow> rows = new ArrayList<>();
        for (String structure : structures) {
            boolean isTarget = structure.equals(target);
            for (String metric : isTarget ? TARGET_METRICS : OAR_METRICS) {
                DoseMetric a = plannedMetrics.get(structure + "|" + metric);
                DoseMetric b = actualMetrics.get(structure + "|" + metric);
                if (a == null && b == null) {
                    continue;
                }
                String unit = a != null ? a.getUnit() : b.getUnit();
                rows.add(new MetricRow(structure, isTarget ? "target" : "OAR", metric, unit, a == null ? Double.NaN : a.getValue(),
                        b == null ? Double.NaN : b.getValue()));
            }
        }
        List<OarCheck> checks = new ArrayList<>();
        for (OarLimit l : limits) {
            DoseMetric a = plannedMetrics.get(l.structure() + "|" + l.metric());
            DoseMetric b = actualMetrics.get(l.structure() + "|" + l.metric());
            if (a == null && b == null) {
                notes.add("OAR limit " + l + ": the case has no structure '" + l.structure() + "' with " + l.metric());
            }
            checks.add(new OarCheck(l.structure(), l.metric(), l.limitGy(), a == null ? Double.NaN : a.getValue(), b == null ? Double.NaN : b.getValue()));
        }

        // DVHs of both doses
        double rx = plan.getPrescriptionDoseGy();
        double bin = Math.max(0.25, (rx > 0 ? rx : 100) / 200);
        List<DvhCurve> dvhs = new ArrayList<>();
        Map<String, PlanComparison.StructureDvh> actual = new HashMap<>();
        for (PlanComparison.StructureDvh d : PlanComparison.dvhs(c, implant.getDoseGrid(), bin)) {
            actual.put(d.structure(), d);
        }
        for (PlanComparison.StructureDvh d : PlanComparison.dvhs(c, plan.getDoseGrid(), bin)) {
            PlanComparison.StructureDvh a = actual.get(d.structure());
            double cc = volumeCc(plannedMetrics, d.structure());
            dvhs.add(new DvhCurve(d.structure(), "planned", cc, d.doseGyVolumePercent()));
            if (a != null) {
                dvhs.add(new DvhCurve(d.structure(), "actual", volumeCc(actualMetrics, d.structure()), a.doseGyVolumePercent()));
            }
        }

        PostImplantReports.Registration registration = registration(implant);
        return new PostImplantReports.Report(c.getCaseId(), p == null ? null : PlanReportWriter.name(p.getName()), p == null ? null : p.getPatientId(),
                plan.getPlanId(), PlanReportWriter.status(plan), implant.getImplantId(),
                implant.getImplantDate() == null ? null : PlanReportWriter.date(implant.getImplantDate()), postop == null ? null : postop.getSeriesInstanceUid(),
                slice, plan.getSourceModel() == null ? null : plan.getSourceModel().getModelId(), rx, target, registration, detection, rows, checks, seeds,
                missing, median, max, dvhs, notes);
    }

    static PostImplantReports.Registration registration(Implant implant) {
        String text = implant.getRegistration();
        List<Double> rt = List.copyOf(implant.getPostToPlanningTransform());
        String method;
        if (text == null || text.isBlank()) {
            method = rt.isEmpty() ? "same frame of reference (assumed: nothing recorded)" : "transform (how it was found is not recorded)";
        } else if (text.startsWith("registered automatically")) {
            method = "automatic rigid registration on bone";
        } else if (text.startsWith("same frame")) {
            method = "same frame of reference";
        } else if (text.startsWith("transform file")) {
            method = "transform file";
        } else if (text.contains("landmarks")) {
            method = "landmarks";
        } else {
            method = "as recorded";
        }
        double residual = Double.NaN;
        double inliers = Double.NaN;
        if (text != null) {
            Matcher m = RESIDUAL.matcher(text);
            if (m.find()) {
                residual = Double.parseDouble(m.group(1));
            }
            Matcher i = INLIERS.matcher(text);
            if (i.find()) {
                inliers = Double.parseDouble(i.group(1)) / 100;
            }
        }
        if (text != null && text.startsWith("same frame")) {
            residual = 0;
        }
        if (implant.getRegistrationResidualMm() >= 0) {
            residual = implant.getRegistrationResidualMm();
        }
        return new PostImplantReports.Registration(method, text, residual, inliers, rt);
    }

    private static double volumeCc(Map<String, DoseMetric> metrics, String structure) {
        DoseMetric m = metrics.get(structure + "|volume");
        return m == null ? Double.NaN : m.getValue();
    }

    private static Map<String, DoseMetric> metrics(List<DoseMetric> list) {
        Map<String, DoseMetric> out = new LinkedHashMap<>();
        for (DoseMetric m : list) {
            out.put((m.getStructure() == null ? "" : m.getStructure().getName()) + "|" + m.getName(), m);
        }
        return out;
    }

    static double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // ---- JSON

    /** A metric's JSON key with its unit: D90 → d90Gy, V100 → v100Percent, D0.1cc → d0_1ccGy. */
    public static String key(String metric, String unit) {
        String m = metric.replace('.', '_');
        String u = "%".equals(unit) ? "Percent" : "Gy".equals(unit) ? "Gy" : "cc".equals(unit) ? "Cc" : "";
        return Character.toLowerCase(m.charAt(0)) + m.substring(1) + u;
    }

    public static Map<String, Object> json(PostImplantReports.Report r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("caseId", r.caseId());
        j.put("patientName", r.patientName());
        j.put("patientId", r.patientId());
        j.put("planId", r.planId());
        j.put("planStatus", r.planStatus());
        j.put("implantId", r.implantId());
        j.put("implantDate", r.implantDate());
        Map<String, Object> ct = new LinkedHashMap<>();
        ct.put("seriesInstanceUid", r.postopSeriesUid());
        ct.put("sliceThicknessMm", num(r.postopSliceThicknessMm()));
        j.put("postopCt", ct);
        j.put("seedModel", r.seedModel());
        j.put("prescriptionDoseGy", num(r.prescriptionDoseGy()));
        j.put("target", r.target());
        Map<String, Object> reg = new LinkedHashMap<>();
        reg.put("method", r.registration().method());
        reg.put("description", r.registration().description());
        reg.put("residualMm", num(r.registration().residualMm()));
        reg.put("inlierFraction", num(r.registration().inlierFraction()));
        reg.put("postToPlanningRowsOfRt", r.registration().postToPlanningRowsOfRt());
        j.put("registration", reg);
        PostImplantReports.Detection d = r.detection();
        Map<String, Object> det = new LinkedHashMap<>();
        det.put("seedsPlanned", d.seedsPlanned());
        det.put("seedsExpected", d.seedsExpected());
        det.put("seedsImplanted", d.seedsImplanted());
        det.put("seedsDetected", d.seedsDetected());
        det.put("seedsAdded", d.seedsAdded());
        det.put("seedsMoved", d.seedsMoved());
        det.put("missingSeeds", d.missingPlannedSeedIds().size());
        det.put("missingPlannedSeedIds", d.missingPlannedSeedIds());
        det.put("unpairedSeedIds", d.unpairedSeedIds());
        det.put("axisAssumedSeedIds", d.axisAssumedSeedIds());
        List<Map<String, Object>> metal = null;
        if (d.otherMetal() != null) {
            metal = new ArrayList<>();
            for (PostImplantReports.MetalObject o : d.otherMetal()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("positionMm", o.positionMm());
                m.put("lengthMm", num(o.lengthMm()));
                m.put("widthMm", num(o.widthMm()));
                m.put("description", o.description());
                metal.add(m);
            }
        }
        det.put("otherMetal", metal);
        det.put("edits", d.edits());
        j.put("detection", det);
        Map<String, Object> versus = new LinkedHashMap<>();
        for (MetricRow m : r.metrics()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) versus.computeIfAbsent(m.structure(), k -> new LinkedHashMap<String, Object>());
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("planned", num(m.planned()));
            v.put("actual", num(m.actual()));
            v.put("difference", num(m.difference()));
            s.put(key(m.metric(), m.unit()), v);
        }
        j.put("planVsActual", versus);
        List<Map<String, Object>> checks = new ArrayList<>();
        for (OarCheck c : r.oarChecks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("structure", c.structure());
            m.put("metric", c.metric());
            m.put("limitGy", c.limitGy());
            m.put("plannedGy", num(c.plannedGy()));
            m.put("actualGy", num(c.actualGy()));
            m.put("metPlanned", Double.isNaN(c.plannedGy()) ? null : c.metPlanned());
            m.put("metActual", Double.isNaN(c.actualGy()) ? null : c.metActual());
            checks.add(m);
        }
        j.put("oarLimits", checks);
        List<Map<String, Object>> seeds = new ArrayList<>();
        for (SeedRow s : r.seeds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seedId", s.seedId());
            m.put("origin", s.origin());
            m.put("plannedSeedId", s.plannedSeedId());
            m.put("positionMm", s.positionMm());
            m.put("plannedPositionMm", s.plannedPositionMm());
            m.put("displacementMm", num(s.displacementMm()));
            m.put("displacementVectorMm", s.displacementVectorMm());
            m.put("axisAssumed", s.axisAssumed());
            seeds.add(m);
        }
        j.put("seeds", seeds);
        List<Map<String, Object>> missing = new ArrayList<>();
        for (MissingSeed s : r.missingSeeds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("plannedSeedId", s.plannedSeedId());
            m.put("positionMm", s.positionMm());
            missing.add(m);
        }
        j.put("missingSeeds", missing);
        j.put("medianDisplacementMm", num(r.medianDisplacementMm()));
        j.put("maxDisplacementMm", num(r.maxDisplacementMm()));
        List<Map<String, Object>> dvhs = new ArrayList<>();
        for (DvhCurve c : r.dvhs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("structure", c.structure());
            m.put("dose", c.dose());
            m.put("volumeCc", num(c.volumeCc()));
            m.put("doseGyVolumePercent", c.doseGyVolumePercent());
            dvhs.add(m);
        }
        j.put("dvhs", dvhs);
        j.put("notes", r.notes());
        return j;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null;
    }

    static String format(double v, String pattern) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, pattern, v) : "—";
    }
}
