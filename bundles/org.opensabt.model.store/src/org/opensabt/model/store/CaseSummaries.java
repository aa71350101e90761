package org.opensabt.model.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.util.EList;
import org.opensabt.model.Contour;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.schema.CaseDates;

/**
 * The short description of a case that {@code opensabt info} and the demo print: what was imported,
 * with sizes and units. Structure volumes here are planimetric (sum of contour areas, holes
 * subtracted, times the contour plane spacing); the contouring capability computes voxel volumes.
 */
public final class CaseSummaries {

    private CaseSummaries() {
    }

    public static Map<String, Object> toJson(PatientCase c) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("caseId", c.getCaseId());
        doc.put("schemaVersion", c.getSchemaVersion());
        doc.put("modifiedAt", c.getModifiedAt());
        doc.put("writtenBy", c.getWrittenBy());
        Patient p = c.getPatient();
        if (p != null) {
            Map<String, Object> patient = new LinkedHashMap<>();
            patient.put("patientId", p.getPatientId());
            patient.put("name", p.getName());
            patient.put("sex", p.getSex().getLiteral());
            patient.put("birthDate", p.getBirthDate() == null ? null : CaseDates.toLocalDate(p.getBirthDate()).toString());
            patient.put("centre", p.getCentre());
            doc.put("patient", patient);
        }
        List<Object> studies = new ArrayList<>();
        for (Study s : c.getStudies()) {
            Map<String, Object> study = new LinkedHashMap<>();
            study.put("studyInstanceUid", s.getStudyInstanceUid());
            study.put("studyDate", s.getStudyDate() == null ? null : CaseDates.toLocalDate(s.getStudyDate()).toString());
            List<Object> series = new ArrayList<>();
            for (ImageSeries is : s.getSeries()) {
                series.add(seriesJson(is));
            }
            study.put("series", series);
            List<Object> sets = new ArrayList<>();
            for (StructureSet ss : s.getStructureSets()) {
                Map<String, Object> set = new LinkedHashMap<>();
                set.put("label", ss.getLabel());
                set.put("frameOfReferenceUid", ss.getFrameOfReferenceUid());
                List<Object> structures = new ArrayList<>();
                for (Structure st : ss.getStructures()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", st.getName());
                    m.put("type", st.getType().getLiteral());
                    m.put("contours", st.getContours().size());
                    m.put("contourPlanes", planes(st).size());
                    m.put("planimetricVolumeCm3", planimetricVolumeCm3(st));
                    structures.add(m);
                }
                set.put("structures", structures);
                sets.add(set);
            }
            study.put("structureSets", sets);
            studies.add(study);
        }
        doc.put("studies", studies);
        doc.put("plans", c.getPlans().size());
        List<Map<String, Object>> plans = new ArrayList<>();
        for (Plan plan : c.getPlans()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("planId", plan.getPlanId());
            m.put("seeds", plan.getSeeds().size());
            m.put("sourceModel", plan.getSourceModel() == null ? null : plan.getSourceModel().getModelId());
            m.put("prescriptionDoseGy", plan.getPrescriptionDoseGy() > 0 ? plan.getPrescriptionDoseGy() : null);
            List<Map<String, Object>> metrics = new ArrayList<>();
            for (DoseMetric metric : plan.getMetrics()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("structure", metric.getStructure() == null ? null : metric.getStructure().getName());
                entry.put("name", metric.getName());
                entry.put("value", metric.getValue());
                entry.put("unit", metric.getUnit());
                metrics.add(entry);
            }
            m.put("metrics", metrics);
            plans.add(m);
        }
        doc.put("planDetails", plans);
        doc.put("templates", c.getTemplates().size());
        doc.put("implants", c.getImplants().size());
        doc.put("followUps", c.getFollowUps().size());
        return doc;
    }

    private static Map<String, Object> seriesJson(ImageSeries is) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seriesInstanceUid", is.getSeriesInstanceUid());
        m.put("modality", is.getModality());
        m.put("columns", is.getColumns());
        m.put("rows", is.getRows());
        m.put("slices", is.getSlices());
        m.put("spacingMm", List.copyOf(is.getSpacingMm()));
        m.put("originMm", List.copyOf(is.getOriginMm()));
        int[] range = voxelRange(is);
        if (range != null) {
            m.put("voxelUnit", is.getVoxelUnit());
            m.put("voxelMin", range[0]);
            m.put("voxelMax", range[1]);
        }
        return m;
    }

    /** Smallest and largest voxel value, or null when the series holds no voxels in memory. */
    private static int[] voxelRange(ImageSeries is) {
        short[] v = is.getVoxels();
        if (v == null || v.length == 0) {
            return null;
        }
        int min = Short.MAX_VALUE;
        int max = Short.MIN_VALUE;
        for (short x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return new int[] { min, max };
    }

    public static String toText(PatientCase c) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Case %s (case schema %s, saved %s by %s)%n", c.getCaseId(), c.getSchemaVersion(),
                c.getModifiedAt(), c.getWrittenBy()));
        Patient p = c.getPatient();
        if (p != null) {
            b.append(String.format(Locale.ROOT, "Patient   %s  name %s  sex %s  born %s  centre %s%n", p.getPatientId(),
                    dash(p.getName()), p.getSex().getLiteral(),
                    p.getBirthDate() == null ? "-" : CaseDates.toLocalDate(p.getBirthDate()), dash(p.getCentre())));
        }
        for (Study s : c.getStudies()) {
            b.append(String.format(Locale.ROOT, "Study     %s  date %s%n", s.getStudyInstanceUid(),
                    s.getStudyDate() == null ? "-" : CaseDates.toLocalDate(s.getStudyDate())));
            for (ImageSeries is : s.getSeries()) {
                int[] range = voxelRange(is);
                EList<Double> sp = is.getSpacingMm();
                EList<Double> o = is.getOriginMm();
                b.append(String.format(Locale.ROOT, "  %s series %s%n", is.getModality(), is.getSeriesInstanceUid()));
                b.append(String.format(Locale.ROOT, "    %d x %d x %d voxels, spacing %.3f x %.3f x %.3f mm, origin (%.2f, %.2f, %.2f) mm LPS%n",
                        is.getColumns(), is.getRows(), is.getSlices(), sp.get(0), sp.get(1), sp.get(2), o.get(0), o.get(1), o.get(2)));
                if (range != null) {
                    b.append(String.format(Locale.ROOT, "    values %d to %d %s%n", range[0], range[1], is.getVoxelUnit()));
                }
            }
            for (StructureSet ss : s.getStructureSets()) {
                b.append(String.format(Locale.ROOT, "  Structure set \"%s\": %d structure(s)%n", dash(ss.getLabel()), ss.getStructures().size()));
                for (Structure st : ss.getStructures()) {
                    b.append(String.format(Locale.ROOT, "    %-20s %-5s %3d contours on %3d planes, planimetric volume %.2f cm3%n",
                            st.getName(), st.getType().getLiteral(), st.getContours().size(), planes(st).size(), planimetricVolumeCm3(st)));
                }
            }
        }
        b.append(String.format(Locale.ROOT, "Plans %d, templates %d, implants %d, follow-ups %d", c.getPlans().size(),
                c.getTemplates().size(), c.getImplants().size(), c.getFollowUps().size()));
        for (Plan plan : c.getPlans()) {
            b.append(String.format(Locale.ROOT, "%n  Plan %s: %d seeds%s%s", plan.getPlanId(), plan.getSeeds().size(),
                    plan.getSourceModel() == null ? "" : " of " + plan.getSourceModel().getModelId(),
                    plan.getPrescriptionDoseGy() > 0 ? String.format(Locale.ROOT, ", prescription %.1f Gy", plan.getPrescriptionDoseGy()) : ""));
            DoseGrid grid = plan.getDoseGrid();
            if (grid != null) {
                b.append(String.format(Locale.ROOT, "; dose grid %d x %d x %d at %.2f mm (%s)", grid.getColumns(), grid.getRows(), grid.getSlices(),
                        grid.getSpacingMm().isEmpty() ? Double.NaN : grid.getSpacingMm().get(0), grid.getDoseUnit()));
            }
            for (DoseMetric metric : plan.getMetrics()) {
                if (metric.getName().equals("D90") || metric.getName().equals("V100")) {
                    b.append(String.format(Locale.ROOT, "; %s %s %.1f %s", metric.getStructure() == null ? "" : metric.getStructure().getName(),
                            metric.getName(), metric.getValue(), metric.getUnit()));
                }
            }
        }
        for (Implant implant : c.getImplants()) {
            b.append(String.format(Locale.ROOT, "%n  Implant %s: %d seeds%s%s", implant.getImplantId(), implant.getSeeds().size(),
                    implant.getPlan() == null ? "" : " (plan " + implant.getPlan().getPlanId() + ")",
                    implant.getRegistration() == null ? "" : ", frames: " + implant.getRegistration()));
            for (DoseMetric metric : implant.getMetrics()) {
                if (metric.getName().equals("D90") || metric.getName().equals("V100")) {
                    b.append(String.format(Locale.ROOT, "; %s %s %.1f %s", metric.getStructure() == null ? "" : metric.getStructure().getName(),
                            metric.getName(), metric.getValue(), metric.getUnit()));
                }
            }
        }
        return b.toString();
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    /** Distinct contour plane positions along the plane normal (mm, rounded to 0.01 mm). */
    public static TreeSet<Double> planes(Structure st) {
        TreeSet<Double> z = new TreeSet<>();
        for (Contour contour : st.getContours()) {
            if (contour.getPointsMm().size() >= 3) {
                z.add(Math.round(contour.getPointsMm().get(2) * 100.0) / 100.0);
            }
        }
        return z;
    }

    /**
     * Sum over axial contour planes of (area of the polygons, holes subtracted) times the median
     * spacing of the planes. Assumes axial contours (DICOM CLOSED_PLANAR on CT slices).
     */
    public static double planimetricVolumeCm3(Structure st) {
        TreeSet<Double> z = planes(st);
        if (z.size() < 1) {
            return 0;
        }
        double thickness = medianSpacing(new ArrayList<>(z));
        double areaMm2 = 0;
        for (Contour contour : st.getContours()) {
            double a = Math.abs(shoelaceXy(contour.getPointsMm()));
            areaMm2 += contour.isHole() ? -a : a;
        }
        return areaMm2 * thickness / 1000.0;
    }

    private static double medianSpacing(List<Double> sorted) {
        if (sorted.size() < 2) {
            return 0;
        }
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            gaps.add(sorted.get(i) - sorted.get(i - 1));
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
    }

    private static double shoelaceXy(List<Double> p) {
        int n = p.size() / 3;
        double twice = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += p.get(3 * i) * p.get(3 * j + 1) - p.get(3 * j) * p.get(3 * i + 1);
        }
        return twice / 2;
    }
}
