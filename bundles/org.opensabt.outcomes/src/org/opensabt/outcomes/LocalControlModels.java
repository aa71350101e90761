package org.opensabt.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The local-control models a plan can be predicted with: those shipped in this bundle ({@code models/<id>.json},
 * fitted on the bundled synthetic cohort by {@code opensabt outcomes --lc-model-out}) and any artefact file. The
 * preference {@link #PREFERENCE_KEY} of node {@link #PREFERENCE_NODE} names the default (an id or a file).
 */
public final class LocalControlModels {

    public static final String PREFERENCE_NODE = "org.opensabt.outcomes";
    public static final String PREFERENCE_KEY = "localControlModel";
    /** The default: D90 as a spline (no step at 135 Gy). */
    public static final String DEFAULT_ID = "sabt-synthetic-120-continuous";
    public static final List<String> SHIPPED = List.of("sabt-synthetic-120-continuous", "sabt-synthetic-120-dichotomised");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private LocalControlModels() {
    }

    /** A shipped model by id, or an artefact file (a path relative to {@code workingDirectory}); one line naming it when it cannot be read. */
    public static LocalControlModel load(String idOrFile, Path workingDirectory) throws OutcomeInputException {
        String which = idOrFile == null || idOrFile.isBlank() ? DEFAULT_ID : idOrFile.strip();
        if (SHIPPED.contains(which)) {
            try (InputStream in = LocalControlModels.class.getResourceAsStream("/models/" + which + ".json")) {
                if (in == null) {
                    throw new OutcomeInputException("local-control model " + which + " is missing from the outcomes bundle");
                }
                return LocalControlModel.read(which, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new OutcomeInputException("local-control model " + which + ": " + e.getMessage());
            }
        }
        Path file = workingDirectory == null ? Path.of(which) : workingDirectory.resolve(which);
        if (!Files.isRegularFile(file)) {
            throw new OutcomeInputException("local-control model '" + which + "': neither a shipped model (" + String.join(", ", SHIPPED) + ") nor a file");
        }
        return LocalControlModel.read(file);
    }

    /** Whether a text is a valid model id (for ids written into files and preferences). */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * A plan's prediction: local control at 1, 3 and 5 years for the plan's GTV, D90 and method; the 3-year figure with
     * and without a template; the D90 that would reach {@code target3y} (NaN when none in the cohort's range would);
     * and the warnings (outside the cohort's ranges, a dichotomised covariate near its step, the model's notes).
     */
    public record PlanPrediction(String modelId, LocalControlModel.Kind kind, String formula, String method, double gtvCc, double d90Gy,
            List<LocalControlModel.Point> points, LocalControlModel.Point withTemplate36, LocalControlModel.Point withoutTemplate36, double target3y,
            double d90ForTargetGy, List<String> warnings) {

        /** The prediction as JSON: percentages with the unit in the key, months, the what-if and the warnings. */
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", modelId);
            m.put("modelKind", kind.name().toLowerCase(Locale.ROOT));
            m.put("formula", formula);
            m.put("method", method);
            m.put("gtvCc", gtvCc);
            m.put("d90Gy", d90Gy);
            List<Map<String, Object>> list = new ArrayList<>();
            for (LocalControlModel.Point pt : points) {
                list.add(point(pt));
            }
            m.put("localControl", list);
            m.put("at36MonthsWithTemplate", point(withTemplate36));
            m.put("at36MonthsWithoutTemplate", point(withoutTemplate36));
            m.put("targetLocalControl36MonthsPercent", 100 * target3y);
            m.put("d90ForTargetGy", Double.isNaN(d90ForTargetGy) ? null : d90ForTargetGy);
            m.put("warnings", warnings);
            return m;
        }

        private static Map<String, Object> point(LocalControlModel.Point pt) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("months", pt.months());
            m.put("percent", 100 * pt.localControl());
            m.put("lower95Percent", 100 * pt.lower95());
            m.put("upper95Percent", 100 * pt.upper95());
            return m;
        }

        /** The prediction as lines for a person, percentages with their 95 % intervals. */
        public String text() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Predicted local control (model %s, %s; GTV %.1f cc, D90 %.1f Gy, %s):", modelId,
                    kind == LocalControlModel.Kind.DICHOTOMISED ? "D90 > 135 Gy as a step" : "D90 as a spline", gtvCc, d90Gy,
                    method.equals("CT_TEMPLATE") ? "template" : "CT-guided, no template"));
            for (LocalControlModel.Point p : points) {
                b.append(String.format(Locale.ROOT, "%n  %2.0f months  %5.1f %%  (95 %% CI %.1f–%.1f %%)", p.months(), 100 * p.localControl(), 100 * p.lower95(),
                        100 * p.upper95()));
            }
            b.append(String.format(Locale.ROOT, "%n  at 36 months with a template %.1f %%, without %.1f %%", 100 * withTemplate36.localControl(),
                    100 * withoutTemplate36.localControl()));
            b.append(Double.isNaN(d90ForTargetGy)
                    ? String.format(Locale.ROOT, "%n  no D90 in the cohort's range reaches %.0f %% at 36 months", 100 * target3y)
                    : String.format(Locale.ROOT, "%n  D90 for %.0f %% at 36 months: %.1f Gy", 100 * target3y, d90ForTargetGy));
            for (String w : warnings) {
                b.append("\n  warning: ").append(w);
            }
            return b.toString();
        }
    }

    /**
     * The prediction of a stored plan with metrics: its target's volume (planimetric, cc) and D90 (Gy); null when the
     * plan has no target or no D90 of it. A target that is not a GTV stands in for the GTV, with a warning.
     */
    public static PlanPrediction predict(LocalControlModel model, org.opensabt.model.Plan plan, String method, double target3y) {
        org.opensabt.model.Structure target = plan.getTarget();
        if (target == null) {
            return null;
        }
        double d90 = Double.NaN;
        for (org.opensabt.model.DoseMetric m : plan.getMetrics()) {
            if ("D90".equals(m.getName()) && m.getStructure() == target) {
                d90 = m.getValue();
            }
        }
        if (!(d90 > 0)) {
            return null;
        }
        PlanPrediction p = predict(model, org.opensabt.model.store.CaseSummaries.planimetricVolumeCm3(target), d90, method, target3y);
        if (target.getType() != org.opensabt.model.RoiType.GTV) {
            List<String> warnings = new ArrayList<>(p.warnings());
            warnings.add(0, "the model is of the GTV; the plan's target " + target.getName() + " is a " + target.getType().getLiteral()
                    + ": its volume and D90 stand in for the GTV's");
            p = new PlanPrediction(p.modelId(), p.kind(), p.formula(), p.method(), p.gtvCc(), p.d90Gy(), p.points(), p.withTemplate36(), p.withoutTemplate36(),
                    p.target3y(), p.d90ForTargetGy(), warnings);
        }
        return p;
    }

    /** The prediction of a plan (months 12, 36, 60). */
    public static PlanPrediction predict(LocalControlModel model, double gtvCc, double d90Gy, String method, double target3y) {
        LocalControlModel.Prediction p = model.predict(gtvCc, d90Gy, method, 12, 36, 60);
        List<String> warnings = new ArrayList<>(p.warnings());
        warnings.addAll(model.notes());
        return new PlanPrediction(model.id(), model.kind(), model.formula(), method, gtvCc, d90Gy, p.points(),
                model.predict(gtvCc, d90Gy, "CT_TEMPLATE", 36).points().get(0), model.predict(gtvCc, d90Gy, "CT", 36).points().get(0), target3y,
                model.d90ForLocalControl(gtvCc, method, target3y, 36), warnings);
    }
}
