package org.opensabt.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The nomogram against R's rms 6.5-0 (sabt_synthetic_120.nomogram.reference.json), within 1e-4 relative. */
class NomogramTest {

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-4 * Math.max(Math.abs(expected), 1e-3), what);
    }

    @Test
    void pointsAxesAndPredictionsMatchRms() throws Exception {
        JsonObject ref = JsonParser.parseString(Files.readString(ReferenceComparisonTest.COHORTS.resolve("sabt_synthetic_120.nomogram.reference.json")))
                .getAsJsonObject();
        Nomogram nomogram = SabtStudy.nomogram(CohortTable.read(ReferenceComparisonTest.COHORTS.resolve("sabt_synthetic_120.csv")), Map.of());
        Map<String, Object> ours = nomogram.toJson(new double[] { 12, 36 }, "lc");
        close(ref.get("center").getAsDouble(), nomogram.center(), "center");
        @SuppressWarnings("unchecked")
        Map<String, Object> coefficients = (Map<String, Object>) ours.get("coefficients");
        for (Map.Entry<String, JsonElement> e : ref.getAsJsonObject("coefficients").entrySet()) {
            close(e.getValue().getAsDouble(), (double) coefficients.get(e.getKey()), e.getKey());
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> points = (Map<String, Map<String, Object>>) ours.get("points");
        for (Map.Entry<String, JsonElement> e : ref.getAsJsonObject("points").entrySet()) {
            JsonArray expected = e.getValue().getAsJsonObject().getAsJsonArray("points");
            double[] actual = (double[]) points.get(e.getKey()).get("points");
            for (int i = 0; i < expected.size(); i++) {
                close(expected.get(i).getAsDouble(), actual[i], e.getKey() + " points " + i);
            }
        }
        // axes: the points at which the linear predictor and predicted local control take R's tick values
        JsonObject lpAxis = ref.getAsJsonObject("lp_axis");
        for (int i = 0; i < lpAxis.getAsJsonArray("value").size(); i++) {
            close(lpAxis.getAsJsonArray("points").get(i).getAsDouble(), nomogram.pointsOf(lpAxis.getAsJsonArray("value").get(i).getAsDouble()), "lp axis " + i);
        }
        for (int months : new int[] { 12, 36 }) {
            JsonObject axis = ref.getAsJsonObject("lc_" + months + "m_axis");
            for (int i = 0; i < axis.getAsJsonArray("value").size(); i++) {
                close(axis.getAsJsonArray("points").get(i).getAsDouble(), nomogram.pointsForSurvival(months, axis.getAsJsonArray("value").get(i).getAsDouble()),
                        months + " m axis " + i);
            }
        }
        JsonArray profiles = ref.getAsJsonArray("profiles");
        @SuppressWarnings("unchecked")
        java.util.List<Map<String, Object>> mine = (java.util.List<Map<String, Object>>) ours.get("profiles");
        assertEquals(profiles.size(), mine.size());
        for (int i = 0; i < profiles.size(); i++) {
            JsonObject p = profiles.get(i).getAsJsonObject();
            Map<String, Object> m = mine.get(i);
            for (String key : new String[] { "gtv_gt60", "d90_gt135", "method" }) {
                assertEquals(p.get(key).getAsString(), m.get(key), "profile " + i);
            }
            for (String key : new String[] { "total_points", "lp_rms", "lc_12m_rms", "lc_36m_rms", "lc_12m_survfit_coxph", "lc_36m_survfit_coxph" }) {
                close(p.get(key).getAsDouble(), (double) m.get(key), "profile " + i + " " + key);
            }
        }
    }
}
