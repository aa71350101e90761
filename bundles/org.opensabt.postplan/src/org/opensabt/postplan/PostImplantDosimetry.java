package org.opensabt.postplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensabt.contour.CaseContents;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.Implant;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Study;
import org.opensabt.model.geometry.GridGeometry;

/**
 * Plan versus actual: the seeds as implanted (found on the post-implant CT, edited by the user, put into
 * the planning frame) are paired with the planned seeds, and the total dose of both is computed with the
 * same engine on the same grid (the plan's), so that D90, V100, V150 and the OAR doses compare like for
 * like. The planning CT's structures are used (post-implant oedema is not modelled).
 */
public final class PostImplantDosimetry {

    /** A seed as implanted, in the planning frame. {@code origin}: detected, added or moved. */
    public record ActualSeed(String seedId, double[] positionMm, double[] directionUnit, String origin) {
    }

    /** One seed's pairing: planned seed id (null if unmatched), displacement in mm (NaN if unmatched). */
    public record Pairing(String seedId, String plannedSeedId, double displacementMm, double[] displacementVectorMm) {
    }

    /** A metric of the plan and of the implant, with the difference (actual − planned). */
    public record Comparison(String structure, String metric, String unit, double planned, double actual) {
        public double difference() {
            return actual - planned;
        }
    }

    public record Result(Implant implant, List<Pairing> pairings, int unmatchedPlanned, List<String> unmatchedPlannedIds, double medianDisplacementMm,
            double p95DisplacementMm, double maxDisplacementMm, List<Comparison> comparisons, List<String> warnings, double doseSeconds) {
    }

    private final DoseEngine engine;
    private final SeedSource source;

    public PostImplantDosimetry(DoseEngine engine, SeedSource source) {
        this.engine = engine;
        this.source = source;
    }

    /**
     * Evaluates the implant; the case is changed only by the caller storing {@link Result#implant()}.
     *
     * @param seeds         the seeds as implanted, in the planning frame
     * @param matchGateMm   a found seed further than this from every planned seed stays unmatched
     */
    public Result evaluate(PatientCase patientCase, Plan plan, List<ActualSeed> seeds, double matchGateMm, String implantId)
            throws DoseInputException, InterruptedException {
        if (seeds.isEmpty()) {
            throw new DoseInputException("no seeds to evaluate");
        }
        if (plan.getSeeds().isEmpty()) {
            throw new DoseInputException("plan " + plan.getPlanId() + " has no seeds to compare with");
        }
        double strengthU = plan.getAirKermaStrengthU() > 0 ? plan.getAirKermaStrengthU() : plan.getSeeds().get(0).getAirKermaStrengthU();
        if (!(strengthU > 0)) {
            throw new DoseInputException("plan " + plan.getPlanId() + " has no seed strength (airKermaStrengthU)");
        }
        List<SeedPlacement> planned = new ArrayList<>();
        for (Seed s : plan.getSeeds()) {
            planned.add(new SeedPlacement(s.getSeedId(), toArray(s.getPositionMm()), toArray(s.getDirectionUnit()),
                    s.getAirKermaStrengthU() > 0 ? s.getAirKermaStrengthU() : strengthU));
        }
        List<SeedPlacement> actual = new ArrayList<>();
        for (ActualSeed s : seeds) {
            actual.add(new SeedPlacement(s.seedId(), s.positionMm(), s.directionUnit(), strengthU));
        }

        // pairing
        int[] match = SeedMatcher.match(seeds.stream().map(ActualSeed::positionMm).toList(), planned.stream().map(SeedPlacement::positionMm).toList(),
                matchGateMm);
        List<Pairing> pairings = new ArrayList<>();
        boolean[] plannedMatched = new boolean[planned.size()];
        List<Double> displacements = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            if (match[i] < 0) {
                pairings.add(new Pairing(seeds.get(i).seedId(), null, Double.NaN, null));
                continue;
            }
            plannedMatched[match[i]] = true;
            double[] a = seeds.get(i).positionMm();
            double[] p = planned.get(match[i]).positionMm();
            double[] d = { a[0] - p[0], a[1] - p[1], a[2] - p[2] };
            double distance = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            displacements.add(distance);
            pairings.add(new Pairing(seeds.get(i).seedId(), planned.get(match[i]).seedId(), distance, d));
        }
        List<String> unmatchedPlanned = new ArrayList<>();
        for (int j = 0; j < planned.size(); j++) {
            if (!plannedMatched[j]) {
                unmatchedPlanned.add(planned.get(j).seedId());
            }
        }
        double[] sorted = displacements.stream().mapToDouble(Double::doubleValue).sorted().toArray();

        // dose of both on the plan's grid
        GridGeometry grid = plan.getDoseGrid() != null ? GridGeometry.of(plan.getDoseGrid()) : null;
        String target = plan.getTarget() != null ? plan.getTarget().getName() : null;
        double rx = plan.getPrescriptionDoseGy();
        int threads = Runtime.getRuntime().availableProcessors();
        KernelOptions options = KernelOptions.of(DoseMode.LINE_2D);
        long t0 = System.nanoTime();
        CaseDose.Outcome plannedDose = new CaseDose().compute(patientCase, engine,
                new CaseDose.Request(plan.getPlanId(), source, options, planned, grid != null ? grid.spacingMm()[0] : 2, 15, rx, target, threads, grid, null,
                        Double.NaN));
        GridGeometry used = plannedDose.grid();
        CaseDose.Outcome actualDose = new CaseDose().compute(patientCase, engine,
                new CaseDose.Request(implantId, source, options, actual, used.spacingMm()[0], 15, rx, target, threads, used, null, Double.NaN));
        double doseSeconds = (System.nanoTime() - t0) / 1e9;
        List<String> warnings = new ArrayList<>(actualDose.warnings().stream().filter(w -> !w.contains("body outline")).toList());
        int outside = 0;
        for (ActualSeed s : seeds) {
            if (!used.contains(s.positionMm())) {
                outside++;
            }
        }
        if (outside > 0) {
            warnings.add(outside + " implanted seed(s) lie outside the plan's dose grid: their dose counts only inside it");
        }

        List<Comparison> comparisons = new ArrayList<>();
        Map<String, DoseMetric> byKey = new LinkedHashMap<>();
        for (DoseMetric m : actualDose.metrics()) {
            byKey.put(m.structure() + "|" + m.name(), m);
        }
        for (DoseMetric p : plannedDose.metrics()) {
            DoseMetric a = byKey.get(p.structure() + "|" + p.name());
            if (a != null && p.hasValue() && a.hasValue()) {
                comparisons.add(new Comparison(p.structure(), p.name(), p.unit(), p.value(), a.value()));
            }
        }

        Implant implant = ModelFactory.eINSTANCE.createImplant();
        implant.setImplantId(implantId);
        implant.setPlan(plan);
        Plan scratch = actualDose.plan();
        implant.setDoseGrid(scratch.getDoseGrid());
        implant.getMetrics().addAll(new ArrayList<>(scratch.getMetrics()));
        for (int i = 0; i < seeds.size(); i++) {
            ActualSeed s = seeds.get(i);
            Seed seed = ModelFactory.eINSTANCE.createSeed();
            seed.setSeedId(s.seedId());
            for (int k = 0; k < 3; k++) {
                seed.getPositionMm().add(s.positionMm()[k]);
                seed.getDirectionUnit().add(s.directionUnit()[k]);
            }
            seed.setAirKermaStrengthU(strengthU);
            seed.setOrigin(s.origin());
            if (match[i] >= 0) {
                seed.setPlannedSeedId(planned.get(match[i]).seedId());
            }
            implant.getSeeds().add(seed);
        }
        return new Result(implant, pairings, unmatchedPlanned.size(), unmatchedPlanned, quantile(sorted, 0.5), quantile(sorted, 0.95),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], comparisons, warnings, doseSeconds);
    }

    /** Puts the implant into the case (replacing one with the same id) and the post-implant CT as a study of its own, if not there yet. */
    public static void store(PatientCase patientCase, Implant implant, ImageSeries postopSeries, String studyUid) {
        if (postopSeries != null && !org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(patientCase, postopSeries)) {
            ImageSeries existing = null;
            for (Study study : patientCase.getStudies()) {
                for (ImageSeries s : study.getSeries()) {
                    if (s.getSeriesInstanceUid().equals(postopSeries.getSeriesInstanceUid())) {
                        existing = s;
                    }
                }
            }
            if (existing != null) {
                postopSeries = existing;
            } else {
                Study study = ModelFactory.eINSTANCE.createStudy();
                study.setStudyInstanceUid(studyUid != null ? studyUid : "post-implant-" + postopSeries.getSeriesInstanceUid());
                study.setDescription("post-implant CT");
                study.getSeries().add(postopSeries);
                patientCase.getStudies().add(study);
            }
        }
        if (postopSeries != null) {
            implant.setPostImplantSeries(postopSeries);
        }
        patientCase.getImplants().removeIf(i -> implant.getImplantId().equals(i.getImplantId()));
        patientCase.getImplants().add(implant);
    }

    /** The planning CT of the case (first series), for messages about frames. */
    public static ImageSeries planningCt(PatientCase patientCase) throws DoseInputException {
        return CaseContents.firstSeries(patientCase).orElseThrow(() -> new DoseInputException("case " + patientCase.getCaseId() + " has no CT series"));
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Linear-interpolated quantile of sorted values (type 7, as R's default). */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
