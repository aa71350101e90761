package org.opensabt.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Predicted local control against R (reference/lc_prediction.reference.json from releng/cohorts/lc_prediction_reference.R:
 * coxph with Efron ties, survfit.coxph for new patients, conf.type "log"): coefficients, spline knots, and local control
 * with its 95 % interval at 12, 36 and 60 months for every profile, within 1e-6.
 */
class LocalControlModelTest {

    static final Path COHORT = ReferenceComparisonTest.COHORTS.resolve("sabt_synthetic_120.csv");
    static final Path REFERENCE = Path.of("reference/lc_prediction.reference.json").toAbsolutePath();

    @TempDir
    Path tmp;

    private static JsonObject reference() throws Exception {
        return JsonParser.parseString(Files.readString(REFERENCE)).getAsJsonObject();
    }

    private static LocalControlModel fit(LocalControlModel.Kind kind) throws Exception {
        return LocalControlModel.fit(CohortTable.read(COHORT), COHORT, kind, "test", "test");
    }

    private static void compare(LocalControlModel m, JsonObject ref, String d90Key) {
        double[] coef = m.coefficients();
        JsonObject rc = ref.getAsJsonObject("coefficients");
        int k = 0;
        for (String key : rc.keySet()) {
            assertEquals(rc.get(key).getAsDouble(), coef[k++], 1e-6, key);
        }
        assertEquals(rc.size(), coef.length);
        int compared = 0;
        for (JsonElement e : ref.getAsJsonArray("predictions")) {
            JsonObject p = e.getAsJsonObject();
            JsonObject profile = p.getAsJsonObject("profile");
            double gtv = profile.get("gtv_gt60").getAsString().equals(">60") ? 90 : 30;
            double d90 = d90Key.equals("d90_gt135") ? (profile.get("d90_gt135").getAsString().equals(">135") ? 150 : 120) : profile.get("d90_gy").getAsDouble();
            String method = profile.get("method").getAsString();
            JsonArray months = p.getAsJsonArray("months");
            double[] t = new double[months.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = months.get(i).getAsDouble();
            }
            List<LocalControlModel.Point> points = m.predict(gtv, d90, method, t).points();
            for (int i = 0; i < t.length; i++) {
                String at = profile + " at " + t[i] + " months";
                assertEquals(p.getAsJsonArray("surv").get(i).getAsDouble(), points.get(i).localControl(), 1e-6, at);
                assertEquals(p.getAsJsonArray("lower").get(i).getAsDouble(), points.get(i).lower95(), 1e-6, at);
                assertEquals(p.getAsJsonArray("upper").get(i).getAsDouble(), points.get(i).upper95(), 1e-6, at);
                assertEquals(p.getAsJsonArray("stdErrCumHaz").get(i).getAsDouble(), points.get(i).stdErrCumHaz(), 1e-6, at);
                compared++;
            }
        }
        assertTrue(compared >= 24, "compared " + compared);
    }

    @Test
    void dichotomisedModelPredictsAsSurvfitCoxph() throws Exception {
        compare(fit(LocalControlModel.Kind.DICHOTOMISED), reference().getAsJsonObject("dichotomised"), "d90_gt135");
    }

    @Test
    void continuousD90ModelHasRmsKnotsAndPredictsAsSurvfitCoxph() throws Exception {
        LocalControlModel m = fit(LocalControlModel.Kind.CONTINUOUS_D90);
        JsonObject ref = reference().getAsJsonObject("continuous");
        JsonArray knots = ref.getAsJsonArray("knots");
        for (int i = 0; i < 3; i++) {
            assertEquals(knots.get(i).getAsDouble(), m.knotsGy()[i], 1e-9);
        }
        compare(m, ref, "d90_gy");
    }

    @Test
    void theArtefactReadsBackToTheSamePredictions() throws Exception {
        LocalControlModel m = fit(LocalControlModel.Kind.CONTINUOUS_D90);
        Path file = tmp.resolve("m.json");
        m.write(file);
        LocalControlModel back = LocalControlModel.read(file);
        assertEquals(m.predict(45, 128, "CT", 36).points(), back.predict(45, 128, "CT", 36).points());
        assertEquals(120, back.provenance().n());
        assertEquals(46, back.provenance().events());
        assertEquals(64, back.provenance().cohortSha256().length());
        Files.writeString(file, Files.readString(file).replace(LocalControlModel.FORMAT, "something-else/1"));
        assertTrue(assertThrows(OutcomeInputException.class, () -> LocalControlModel.read(file)).getMessage().contains("format"));
    }

    @Test
    void shippedModelsPredictAsAFreshFitOfTheBundledCohort() throws Exception {
        for (String id : LocalControlModels.SHIPPED) {
            LocalControlModel shipped = LocalControlModels.load(id, null);
            LocalControlModel fresh = fit(shipped.kind());
            for (double[] profile : new double[][] { { 30, 120 }, { 90, 150 }, { 45, 136 } }) {
                for (String method : LocalControlModel.METHODS) {
                    assertEquals(fresh.predict(profile[0], profile[1], method, 12, 36, 60).points(), shipped.predict(profile[0], profile[1], method, 12, 36, 60).points(),
                            id);
                }
            }
            assertTrue(shipped.notes().stream().anyMatch(n -> n.contains("synthetic")), id);
            assertEquals(LocalControlModels.predict(shipped, 30, 120, "CT", 0.8).warnings().size(), shipped.warnings(30, 120).size() + shipped.notes().size());
        }
        assertTrue(assertThrows(OutcomeInputException.class, () -> LocalControlModels.load("no-such-model", tmp)).getMessage().contains("neither"));
        Path notAModel = Files.writeString(tmp.resolve("notes.txt"), "root:x:0:0");
        assertThrows(OutcomeInputException.class, () -> LocalControlModels.load(notAModel.toString(), tmp));
    }

    @Test
    void warningsNameTheStepAndTheRange() throws Exception {
        LocalControlModel step = fit(LocalControlModel.Kind.DICHOTOMISED);
        LocalControlModel.Prediction near = step.predict(30, 134, "CT_TEMPLATE", 36);
        assertTrue(near.warnings().stream().anyMatch(w -> w.contains("dichotomised at 135 Gy")), near.warnings().toString());
        double below = near.points().get(0).localControl();
        double above = step.predict(30, 136, "CT_TEMPLATE", 36).points().get(0).localControl();
        assertTrue(above - below > 0.05, below + " → " + above);
        LocalControlModel smooth = fit(LocalControlModel.Kind.CONTINUOUS_D90);
        assertFalse(smooth.predict(30, 134, "CT_TEMPLATE", 36).warnings().stream().anyMatch(w -> w.contains("135 Gy")));
        assertTrue(smooth.predict(30, 400, "CT", 36).warnings().stream().anyMatch(w -> w.contains("outside the model's cohort")));
    }

    @Test
    void whatIfD90IsTheFirstThatReachesTheTarget() throws Exception {
        LocalControlModel m = fit(LocalControlModel.Kind.CONTINUOUS_D90);
        double target = m.predict(30, 150, "CT_TEMPLATE", 36).points().get(0).localControl();
        double d = m.d90ForLocalControl(30, "CT_TEMPLATE", target, 36);
        assertTrue(d <= 150 && m.predict(30, d, "CT_TEMPLATE", 36).points().get(0).localControl() >= target, "D90 " + d);
        assertTrue(m.predict(30, d - 0.5, "CT_TEMPLATE", 36).points().get(0).localControl() < target);
        assertTrue(Double.isNaN(m.d90ForLocalControl(90, "CT", 0.999, 36)));
    }
}
