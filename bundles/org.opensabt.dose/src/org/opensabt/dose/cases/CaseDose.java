package org.opensabt.dose.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.model.store.CaseSummaries;
import org.opensabt.contour.StructureRasterizer;
import org.opensabt.contour.VoxelFractions;
import org.opensabt.dose.DoseRateGrid;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.MediumDose;
import org.opensabt.dose.MediumDoseEngine;
import org.opensabt.dose.MediumDoseRequest;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.dvh.Dvh;
import org.opensabt.dose.dvh.ImplantMetrics;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.Contour;
import org.opensabt.model.DoseGrid;
import org.opensabt.contour.CaseContents;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.RoiType;
import org.opensabt.model.Seed;
import org.opensabt.model.SourceModel;
import org.opensabt.model.Structure;

/**
 * Total dose of a seed arrangement on a case's CT, stored in the case as a plan: a grid aligned with
 * the CT over the target and the seeds plus a margin, the dose in Gy (Ḋ₀·τ, permanent implant), and
 * the DVH metrics of every structure. Computing never changes the case; {@link #apply} stores the plan.
 */
public final class CaseDose {

    /**
     * What to compute.
     *
     * @param grid             the dose grid to use as is (e.g. an RTDOSE's); null: a CT-aligned grid of
     *                         {@code gridMm} over {@code boxMm} or over target and seeds plus {@code marginMm}
     * @param boxMm            two opposite corners (patient mm, x y z x y z) of the box to cover; null: automatic
     * @param daysAfterImplant dose delivered up to this many days; NaN: total dose (permanent implant)
     * @param engineId         the dose engine; null: the preferred one ({@link DoseEngines#preferredId()})
     */
    public record Request(String planId, SeedSource source, KernelOptions options, List<SeedPlacement> seeds, double gridMm,
            double marginMm, double prescriptionGy, String targetName, int threads, GridGeometry grid, double[] boxMm, double daysAfterImplant,
            String engineId, MediumOptions medium) {

        public Request {
            seeds = List.copyOf(seeds);
            medium = medium == null ? MediumOptions.DEFAULT : medium;
        }

        /** As the canonical constructor, with the default options of a model-based engine. */
        public Request(String planId, SeedSource source, KernelOptions options, List<SeedPlacement> seeds, double gridMm, double marginMm,
                double prescriptionGy, String targetName, int threads, GridGeometry grid, double[] boxMm, double daysAfterImplant, String engineId) {
            this(planId, source, options, seeds, gridMm, marginMm, prescriptionGy, targetName, threads, grid, boxMm, daysAfterImplant, engineId, null);
        }

        /** The same request with these options of a model-based engine. @since 1.5 */
        public Request withMedium(MediumOptions options) {
            return new Request(planId, source, options(), seeds, gridMm, marginMm, prescriptionGy, targetName, threads, grid, boxMm, daysAfterImplant,
                    engineId, options);
        }

        /** As the canonical constructor, with the preferred engine. */
        public Request(String planId, SeedSource source, KernelOptions options, List<SeedPlacement> seeds, double gridMm, double marginMm,
                double prescriptionGy, String targetName, int threads, GridGeometry grid, double[] boxMm, double daysAfterImplant) {
            this(planId, source, options, seeds, gridMm, marginMm, prescriptionGy, targetName, threads, grid, boxMm, daysAfterImplant, null);
        }

        /** A CT-aligned grid over target and seeds plus a margin, total dose, the preferred engine. */
        public static Request automatic(String planId, SeedSource source, KernelOptions options, List<SeedPlacement> seeds, double gridMm,
                double marginMm, double prescriptionGy, String targetName, int threads) {
            return new Request(planId, source, options, seeds, gridMm, marginMm, prescriptionGy, targetName, threads, null, null, Double.NaN, null);
        }

        /** The same request with this engine (null: the preferred one). */
        public Request withEngine(String id) {
            return new Request(planId, source, options, seeds, gridMm, marginMm, prescriptionGy, targetName, threads, grid, boxMm, daysAfterImplant, id,
                    medium);
        }
    }

    /**
     * Options of a model-based engine ({@link MediumDoseEngine}); a TG-43 engine ignores them.
     *
     * @param histories         photon histories; 0: the engine's default
     * @param randomSeed        seed of the random numbers (same seed, same dose)
     * @param ctCalibration     CT-number-to-tissue calibration file; null: the engine's preference or built-in one
     * @param doseToWater       store and evaluate D(w,m), dose to water in medium, instead of D(m,m), dose to medium
     *                          (TG-186 recommends reporting D(m,m) and stating which)
     * @since 1.5
     */
    public record MediumOptions(long histories, long randomSeed, java.nio.file.Path ctCalibration, boolean doseToWater) {

        public static final MediumOptions DEFAULT = new MediumOptions(0, 1, null, false);
    }

    /**
     * The computed plan, not yet in the case ({@link #apply}).
     *
     * @param dvhs     the DVH of every evaluated structure, by name, in the order of the case
     * @param engineId the engine that computed the dose
     */
    public record Outcome(Plan plan, GridGeometry grid, float[] doseGy, List<DoseMetric> metrics, Map<String, Dvh> dvhs,
            List<String> warnings, double calculationSeconds, String notes, String engineId, ModelBasedDose modelBased) {

        /** A TG-43 outcome (no model-based part). */
        public Outcome(Plan plan, GridGeometry grid, float[] doseGy, List<DoseMetric> metrics, Map<String, Dvh> dvhs, List<String> warnings,
                double calculationSeconds, String notes, String engineId) {
            this(plan, grid, doseGy, metrics, dvhs, warnings, calculationSeconds, notes, engineId, null);
        }
    }

    /**
     * What a model-based engine adds to an outcome.
     *
     * @param quantity                     "D(m,m)" or "D(w,m)": what {@link Outcome#doseGy()} and the metrics are
     * @param otherDoseGy                  the other quantity, same grid (Gy)
     * @param relativeUncertainty          per voxel, one standard deviation as a fraction
     * @param meanTargetUncertaintyPercent over the target's voxels (NaN without a target)
     * @param tissues                      voxel counts per tissue of the dose grid
     * @since 1.5
     */
    public record ModelBasedDose(String quantity, float[] otherDoseGy, float[] relativeUncertainty, double meanTargetUncertaintyPercent,
            long histories, double historiesPerSecond, String tissues) {
    }

    /**
     * The facade: the dose of {@code request} on the case's CT with the request's engine, as a plan with
     * metrics. The case is not changed; {@link #apply} puts the plan into it.
     *
     * @param monitor progress and cancel (null allowed); a cancelled run throws {@link OperationCanceledException}
     * @throws DoseInputException bad input or an engine that is not installed, in one line
     */
    public Outcome compute(PatientCase patientCase, Request request, IProgressMonitor monitor) throws DoseInputException {
        SubMonitor progress = SubMonitor.convert(monitor, "Dose of plan " + request.planId(), 10);
        DoseEngine engine = engine(request.engineId());
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        try {
            Outcome outcome = compute(patientCase, engine, request, progress.split(10));
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            return outcome;
        } catch (InterruptedException e) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("dose calculation interrupted");
        }
    }

    /**
     * The installed engine with this id (null or blank: the preferred one).
     *
     * @throws DoseInputException naming the id and listing the installed engines
     */
    public static DoseEngine engine(String id) throws DoseInputException {
        try {
            return DoseEngines.find(id);
        } catch (IllegalArgumentException e) {
            throw new DoseInputException(e.getMessage(), e);
        }
    }

    /**
     * A stored plan's seeds as they are, for another dose of the same seeds; a seed without its own strength has
     * the plan's ({@code airKermaStrengthU}).
     *
     * @since 1.3
     */
    public static List<SeedPlacement> seedsOf(Plan plan) {
        List<SeedPlacement> seeds = new java.util.ArrayList<>();
        for (org.opensabt.model.Seed s : plan.getSeeds()) {
            seeds.add(new SeedPlacement(s.getSeedId(), s.getPositionMm().stream().mapToDouble(Double::doubleValue).toArray(),
                    s.getDirectionUnit().stream().mapToDouble(Double::doubleValue).toArray(),
                    s.getAirKermaStrengthU() > 0 ? s.getAirKermaStrengthU() : plan.getAirKermaStrengthU()));
        }
        return seeds;
    }

    /**
     * Why a plan with this id may not be stored into the case, or null: an approved plan is never replaced
     * ({@link #store} replaces by id). One line, "plan P is approved by X on T and is never replaced"; the caller adds
     * what to do instead. Checked before computing, so no work is spent on a plan that cannot be kept.
     *
     * @since 1.4
     */
    public static String approvedPlanRefusal(PatientCase patientCase, String planId) {
        for (Plan p : patientCase.getPlans()) {
            if (p.getPlanId().equals(planId) && p.getStatus() == org.opensabt.model.PlanStatus.APPROVED) {
                return "plan " + planId + " is approved by " + p.getApprovedBy() + " on " + p.getApprovedDateTime() + " and is never replaced";
            }
        }
        return null;
    }

    /** Puts the outcome's plan (and its seed model, if new) into the case, replacing a plan with the same id. */
    public static void apply(PatientCase patientCase, Outcome outcome) {
        store(patientCase, outcome.plan());
    }

    /**
     * The dose with a given engine instance (the engine id of the request is not used). The case is not
     * changed; {@link #store} puts the plan into it.
     */
    public Outcome compute(PatientCase patientCase, DoseEngine engine, Request request) throws DoseInputException, InterruptedException {
        return compute(patientCase, engine, request, null);
    }

    /**
     * As {@link #compute(PatientCase, DoseEngine, Request)}, with progress and cancel for a long (model-based) calculation.
     *
     * @since 1.5
     */
    public Outcome compute(PatientCase patientCase, DoseEngine engine, Request request, IProgressMonitor monitor)
            throws DoseInputException, InterruptedException {
        if (!(request.gridMm() > 0) || request.gridMm() > 10) {
            throw new DoseInputException("grid spacing must be between 0 and 10 mm, is " + request.gridMm() + " mm");
        }
        ImageSeries ct = firstSeries(patientCase);
        GridGeometry ctGrid = GridGeometry.of(ct);
        for (SeedPlacement seed : request.seeds()) {
            if (!ctGrid.contains(seed.positionMm())) {
                double[] p = seed.positionMm();
                throw new DoseInputException(String.format(Locale.ROOT,
                        "seed %s at (%.1f, %.1f, %.1f) mm lies outside the CT volume; seed positions are patient LPS mm", seed.seedId(),
                        p[0], p[1], p[2]));
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Structure> structures = structuresOf(patientCase);
        Structure target = findTarget(structures, request.targetName());
        if (target == null) {
            warnings.add("no target structure (GTV/CTV/PTV) in the case: target metrics are omitted");
        }

        GridGeometry grid = request.grid() != null ? request.grid() : ctAlignedGrid(request, ctGrid, ct, target);
        long start = System.nanoTime();
        DoseRateGrid rate;
        MediumDose medium = null;
        if (engine instanceof MediumDoseEngine model) {
            MediumOptions o = request.medium();
            try {
                medium = model.doseRate(new MediumDoseRequest(request.source(), request.seeds(), grid, ctGrid, ct.getVoxels(), request.threads(),
                        o.histories(), o.randomSeed(), o.ctCalibration()), monitor);
            } catch (IllegalArgumentException e) {
                throw new DoseInputException(e.getMessage(), e);
            }
            rate = o.doseToWater() ? medium.doseToWaterInMedium() : medium.doseToMedium();
        } else {
            rate = engine.doseRate(request.source(), request.options(), request.seeds(), grid, request.threads());
        }
        float[] doseGy = dose(rate, request);
        double seconds = (System.nanoTime() - start) / 1e9;

        // Volume of the prescription isodose in the whole grid (for CI and COIN).
        double rxCc = 0;
        boolean rxAtEdge = false;
        if (request.prescriptionGy() > 0) {
            for (int s = 0; s < grid.slices(); s++) {
                for (int r = 0; r < grid.rows(); r++) {
                    for (int c = 0; c < grid.columns(); c++) {
                        if (doseGy[grid.index(c, r, s)] >= request.prescriptionGy()) {
                            rxCc += grid.voxelVolumeCc();
                            rxAtEdge |= c == 0 || r == 0 || s == 0 || c == grid.columns() - 1 || r == grid.rows() - 1 || s == grid.slices() - 1;
                        }
                    }
                }
            }
            if (rxAtEdge) {
                warnings.add("the prescription isodose reaches the edge of the dose grid: CI and COIN are underestimated; use a larger --margin-mm");
            }
        }

        List<DoseMetric> metrics = new ArrayList<>();
        Map<String, Dvh> dvhs = new LinkedHashMap<>();
        for (Map.Entry<Structure, Dvh> e : dvhs(structures, grid, ctGrid.spacingMm()[2], doseGy, warnings).entrySet()) {
            Structure structure = e.getKey();
            Dvh dvh = e.getValue();
            dvhs.put(structure.getName(), dvh);
            metrics.addAll(structure == target ? ImplantMetrics.target(structure.getName(), dvh, request.prescriptionGy(), rxCc)
                    : ImplantMetrics.organAtRisk(structure.getName(), dvh));
        }

        Plan plan = buildPlan(patientCase, engine, request, ct, target, grid, doseGy, metrics, structures);
        ModelBasedDose modelBased = null;
        if (medium != null) {
            boolean water = request.medium().doseToWater();
            float[] other = dose(water ? medium.doseToMedium() : medium.doseToWaterInMedium(), request);
            double targetUncertainty = Double.NaN;
            if (target != null && dvhs.containsKey(target.getName())) {
                boolean[] mask = new boolean[grid.voxelCount()];
                VoxelFractions fractions = new StructureRasterizer().rasterize(contoursOf(target), grid, ctGrid.spacingMm()[2]);
                for (int i = 0; i < fractions.size(); i++) {
                    mask[fractions.index()[i]] = fractions.fraction()[i] >= 0.5f;
                }
                targetUncertainty = 100 * medium.meanRelativeUncertainty(mask);
            }
            modelBased = new ModelBasedDose(water ? "D(w,m)" : "D(m,m)", other, medium.relativeUncertainty(), targetUncertainty, medium.histories(),
                    medium.historiesPerSecond(), medium.tissues());
            plan.setLabel(String.format(Locale.ROOT, "Monte Carlo %s dose of %d seeds (%,d histories)", modelBased.quantity(), request.seeds().size(),
                    medium.histories()));
        }
        return new Outcome(plan, grid, doseGy, metrics, dvhs, warnings, seconds, rate.notes(), engine.id(), modelBased);
    }

    private static float[] dose(DoseRateGrid rate, Request request) {
        return Double.isNaN(request.daysAfterImplant()) ? rate.totalDoseGy(request.source().halfLifeDays())
                : rate.doseUpToGy(request.source().halfLifeDays(), request.daysAfterImplant());
    }

    private static List<double[]> contoursOf(Structure structure) {
        List<double[]> contours = new ArrayList<>();
        for (Contour contour : structure.getContours()) {
            contours.add(contour.getPointsMm().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return contours;
    }

    /**
     * The DVH of every structure but the body outline on a dose grid, in the case's order; structures that
     * cannot be evaluated, or only in part, are named in {@code warnings}.
     *
     * @param ctSliceMm the CT's slice spacing, the thickness of a structure drawn on one plane only
     */
    public static Map<Structure, Dvh> dvhs(List<Structure> structures, GridGeometry grid, double ctSliceMm, float[] doseGy, List<String> warnings) {
        Map<Structure, Dvh> out = new LinkedHashMap<>();
        StructureRasterizer rasterizer = new StructureRasterizer();
        for (Structure structure : structures) {
            if (structure.getType() == RoiType.BODY) {
                warnings.add("structure " + structure.getName() + " (body outline) is not evaluated");
                continue;
            }
            List<double[]> contours = new ArrayList<>();
            for (Contour contour : structure.getContours()) {
                contours.add(contour.getPointsMm().stream().mapToDouble(Double::doubleValue).toArray());
            }
            VoxelFractions mask;
            try {
                mask = rasterizer.rasterize(contours, grid, ctSliceMm);
            } catch (IllegalArgumentException e) {
                warnings.add("structure " + structure.getName() + " is not evaluated: " + e.getMessage());
                continue;
            }
            if (mask.size() == 0) {
                warnings.add("structure " + structure.getName() + " lies outside the dose grid: not evaluated");
                continue;
            }
            double planimetric = CaseSummaries.planimetricVolumeCm3(structure); // area × plane spacing: the whole structure
            if (mask.volumeCc() < 0.98 * planimetric) {
                warnings.add(String.format(Locale.ROOT, "structure %s extends beyond the dose grid (%.1f of %.1f cc inside): its DVH covers the part inside",
                        structure.getName(), mask.volumeCc(), planimetric));
            }
            out.put(structure, new Dvh(doseGy, mask));
        }
        return out;
    }

    /** A grid aligned with the CT over the requested box, or over target and seeds plus the margin, clipped to the CT. */
    private static GridGeometry ctAlignedGrid(Request request, GridGeometry ctGrid, ImageSeries ct, Structure target) throws DoseInputException {
        // Box in the CT frame: target and seeds plus the margin, clipped to the CT.
        double[] low = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
        double[] high = { -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        double margin = request.marginMm();
        if (request.boxMm() != null) {
            double[] b = request.boxMm();
            extend(low, high, ctGrid.toGridMm(new double[] { b[0], b[1], b[2] }));
            extend(low, high, ctGrid.toGridMm(new double[] { b[3], b[4], b[5] }));
            margin = 0;
        } else {
            for (SeedPlacement seed : request.seeds()) {
                extend(low, high, ctGrid.toGridMm(seed.positionMm()));
            }
        }
        if (target != null && request.boxMm() == null) {
            for (Contour contour : target.getContours()) {
                List<Double> pts = contour.getPointsMm();
                for (int i = 0; i + 2 < pts.size(); i += 3) {
                    extend(low, high, ctGrid.toGridMm(new double[] { pts.get(i), pts.get(i + 1), pts.get(i + 2) }));
                }
            }
        }
        double[] ctHigh = { (ct.getColumns() - 1) * ctGrid.spacingMm()[0], (ct.getRows() - 1) * ctGrid.spacingMm()[1],
                (ct.getSlices() - 1) * ctGrid.spacingMm()[2] };
        int[] size = new int[3];
        double[] originLocal = new double[3];
        for (int k = 0; k < 3; k++) {
            double a = Math.max(low[k] - margin, 0);
            double b = Math.min(high[k] + margin, ctHigh[k]);
            if (b < a) {
                throw new DoseInputException("the dose box lies outside the CT volume (patient LPS mm)");
            }
            originLocal[k] = a;
            size[k] = (int) Math.floor((b - a) / request.gridMm()) + 1;
        }
        long voxels = (long) size[0] * size[1] * size[2];
        if (voxels > 200_000_000L) {
            throw new DoseInputException("dose grid of " + size[0] + "×" + size[1] + "×" + size[2] + " voxels is too large; use a coarser --grid-mm");
        }
        double[] origin = ctGrid.positionMm(originLocal[0] / ctGrid.spacingMm()[0], originLocal[1] / ctGrid.spacingMm()[1],
                originLocal[2] / ctGrid.spacingMm()[2]);
        return new GridGeometry(origin, ctGrid.rowDirection(), ctGrid.columnDirection(), ctGrid.sliceDirection(),
                new double[] { request.gridMm(), request.gridMm(), request.gridMm() }, size[0], size[1], size[2]);
    }

    /** The form of Plan.sourceStrengthReferenceDateTime: local date and time to the minute, YYYY-MM-DDTHH:MM. */
    public static String referenceDateTime(java.time.LocalDateTime t) {
        return t.withSecond(0).withNano(0).format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16);
    }

    /**
     * Parses a source calibration date as given on a command line: YYYY-MM-DD (midnight) or YYYY-MM-DDTHH:MM.
     *
     * @throws IllegalArgumentException naming the option and the expected form
     */
    public static java.time.LocalDateTime parseReferenceDateTime(String option, String text) {
        try {
            return text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay() : java.time.LocalDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time), not '" + text + "'");
        }
    }

    /** Puts the plan (and its seed model, if new) into the case, replacing a plan with the same id. */
    public static void store(PatientCase patientCase, Plan plan) {
        SourceModel model = plan.getSourceModel();
        if (model != null && !patientCase.getSourceModels().contains(model)) {
            patientCase.getSourceModels().add(model);
        }
        patientCase.getPlans().removeIf(p -> plan.getPlanId().equals(p.getPlanId()));
        patientCase.getPlans().add(plan);
    }

    /** The plan of a dose; a seed model new to the case is created, not added (see {@link #store}). */
    private static Plan buildPlan(PatientCase patientCase, DoseEngine engine, Request request, ImageSeries ct, Structure target, GridGeometry grid,
            float[] doseGy, List<DoseMetric> metrics, List<Structure> structures) {
        ModelFactory f = ModelFactory.eINSTANCE;
        SeedSource source = request.source();
        SourceModel model = patientCase.getSourceModels().stream().filter(m -> source.name().equals(m.getModelId())).findFirst()
                .orElse(null);
        if (model == null) {
            model = f.createSourceModel();
            model.setModelId(source.name());
            model.setRadionuclide(source.isotope());
            model.setHalfLifeDays(source.halfLifeDays());
            model.setDoseRateConstantCGyPerHourPerU(source.lambdaCGyPerHourPerU());
        }
        Plan plan = f.createPlan();
        plan.setPlanId(request.planId());
        plan.setLabel((engine.id().equals(DoseEngines.DEFAULT_ENGINE) ? "TG-43" : engine.id()) + " " + request.options().mode().label() + " dose of " + request.seeds().size() + " seeds");
        plan.setStatus(PlanStatus.DRAFT);
        if (request.prescriptionGy() > 0) {
            plan.setPrescriptionDoseGy(request.prescriptionGy());
        }
        double first = request.seeds().get(0).airKermaStrengthU();
        if (request.seeds().stream().allMatch(s -> s.airKermaStrengthU() == first)) {
            plan.setAirKermaStrengthU(first);
        }
        plan.setSourceModel(model);
        // the strengths apply now (the plan's date) unless the command records the calibration date (--calibration-date)
        plan.setSourceStrengthReferenceDateTime(referenceDateTime(java.time.LocalDateTime.now()));
        plan.setImageSeries(ct);
        plan.setTarget(target);
        for (SeedPlacement placement : request.seeds()) {
            Seed seed = f.createSeed();
            seed.setSeedId(placement.seedId());
            for (int k = 0; k < 3; k++) {
                seed.getPositionMm().add(placement.positionMm()[k]);
                seed.getDirectionUnit().add(placement.directionUnit()[k]);
            }
            seed.setAirKermaStrengthU(placement.airKermaStrengthU());
            plan.getSeeds().add(seed);
        }
        DoseGrid doseGrid = f.createDoseGrid();
        for (int k = 0; k < 3; k++) {
            doseGrid.getOriginMm().add(grid.originMm()[k]);
            doseGrid.getSpacingMm().add(grid.spacingMm()[k]);
            doseGrid.getRowDirection().add(grid.rowDirection()[k]);
            doseGrid.getColumnDirection().add(grid.columnDirection()[k]);
            doseGrid.getSliceDirection().add(grid.sliceDirection()[k]);
        }
        doseGrid.setColumns(grid.columns());
        doseGrid.setRows(grid.rows());
        doseGrid.setSlices(grid.slices());
        doseGrid.setDoseUnit("Gy");
        doseGrid.setDoseValues(doseGy);
        plan.setDoseGrid(doseGrid);
        for (DoseMetric metric : metrics) {
            if (!metric.hasValue()) {
                continue; // the case file holds numbers only; the reason is in the command's output
            }
            org.opensabt.model.DoseMetric stored = f.createDoseMetric();
            stored.setName(metric.name());
            stored.setValue(metric.value());
            stored.setUnit(metric.unit());
            stored.setStructure(structures.stream().filter(s -> s.getName().equals(metric.structure())).findFirst().orElse(null));
            plan.getMetrics().add(stored);
        }
        return plan;
    }

    private static void extend(double[] low, double[] high, double[] p) {
        for (int k = 0; k < 3; k++) {
            low[k] = Math.min(low[k], p[k]);
            high[k] = Math.max(high[k], p[k]);
        }
    }

    static ImageSeries firstSeries(PatientCase patientCase) throws DoseInputException {
        return CaseContents.firstSeries(patientCase).orElseThrow(() -> new DoseInputException("case " + patientCase.getCaseId() + " has no CT series"));
    }

    static List<Structure> structuresOf(PatientCase patientCase) {
        return CaseContents.structures(patientCase);
    }

    static Structure findTarget(List<Structure> structures, String name) throws DoseInputException {
        if (name != null) {
            return structures.stream().filter(s -> s.getName().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new DoseInputException("no structure named \"" + name + "\" (have: "
                            + String.join(", ", structures.stream().map(Structure::getName).toList()) + ")"));
        }
        for (RoiType type : List.of(RoiType.GTV, RoiType.CTV, RoiType.PTV)) {
            for (Structure s : structures) {
                if (s.getType() == type) {
                    return s;
                }
            }
        }
        return structures.stream().filter(s -> s.getName().toUpperCase(Locale.ROOT).contains("GTV")).findFirst().orElse(null);
    }
}
