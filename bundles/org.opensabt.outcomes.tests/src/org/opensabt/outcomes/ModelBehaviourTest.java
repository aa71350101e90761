package org.opensabt.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.FollowUp;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Patient;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RecistResponse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ModelBehaviourTest {

    @TempDir
    Path tmp;

    @Test
    void univariateScreeningAtFivePercentReproducesRsMultivariateLocalControlModel() throws Exception {
        Map<String, Object> ours = SabtStudy.run(CohortTable.read(ReferenceComparisonTest.COHORTS.resolve("sabt_synthetic_120.csv")), Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> screened = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ours.get("cox")).get("lct")).get("screened");
        assertEquals(List.of("gtv_gt60", "d90_gt135", "method"), screened.get("selected"));
        JsonObject r = JsonParser.parseString(Files.readString(ReferenceComparisonTest.COHORTS.resolve("sabt_synthetic_120.reference.json")))
                .getAsJsonObject().getAsJsonObject("cox").getAsJsonObject("lct").getAsJsonObject("multivariate").getAsJsonObject("efron");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> terms = (List<Map<String, Object>>) ((Map<String, Object>) screened.get("model")).get("terms");
        for (int i = 0; i < terms.size(); i++) {
            double expected = r.getAsJsonArray("terms").get(i).getAsJsonObject().get("coef").getAsDouble();
            assertEquals(expected, (double) terms.get(i).get("coef"), 1e-6 * Math.abs(expected));
        }
    }

    @Test
    void aUserCutPointEqualsTheStudysDerivedCovariate() throws Exception {
        CohortTable raw = CohortTable.read(ReferenceComparisonTest.COHORTS.resolve("sabt_synthetic_120.csv"));
        Map<String, String> refs = new java.util.LinkedHashMap<>();
        CohortTable cut = CutPoint.parse("big=gtv_cc>60").apply(raw, refs);
        assertEquals("<=60", refs.get("big"));
        Map<String, Object> ours = SabtStudy.run(cut, refs, Map.of("lct", List.of("big", "d90_gt135", "method"), "os", List.of("location", "grade")), 0.05);
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ours.get("cox")).get("lct"))
                .get("multivariate")).get("efron");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) model.get("terms")).get(0);
        assertEquals("big>60", first.get("term"));
        assertEquals(0.930449977157496, (double) first.get("coef"), 1e-6 * 0.93); // R: gtv_gt60>60 in the multivariate model
        assertThrows(OutcomeInputException.class, () -> CutPoint.parse("big=gtv_cc~60"));
    }

    @Test
    void monotoneLikelihoodWarnsInsteadOfFailing() {
        // every event in group 1, none in group 0: the MLE of the coefficient is infinite
        double[] time = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        int[] event = { 1, 1, 1, 1, 1, 0, 0, 0, 0, 0 };
        double[][] x = { { 1 }, { 1 }, { 1 }, { 1 }, { 1 }, { 0 }, { 0 }, { 0 }, { 0 }, { 0 } };
        CoxRegression.Fit fit = new CoxRegression(time, event, x, CoxRegression.Ties.EFRON).fit();
        assertFalse(fit.warnings().isEmpty());
        assertTrue(fit.warnings().get(0).contains("coefficient may be infinite") || fit.warnings().get(0).contains("did not converge"), fit.warnings().toString());
        assertTrue(fit.coef()[0] > 5, "coefficient runs away: " + fit.coef()[0]);

        int[] y = { 1, 1, 1, 1, 1, 0, 0, 0, 0, 0 };
        double[][] xl = new double[10][];
        for (int i = 0; i < 10; i++) {
            xl[i] = new double[] { 1, 5 - i }; // separates y perfectly
        }
        LogisticRegression.Fit logistic = LogisticRegression.fit(xl, y);
        assertTrue(logistic.warnings().stream().anyMatch(w -> w.contains("fitted probabilities numerically 0 or 1") || w.contains("did not converge")),
                logistic.warnings().toString());
    }

    @Test
    void aCohortFromCasesTakesTheFirstProgressionAndTheBestResponse() throws Exception {
        PatientCase a = patientCase("A", new double[] { 3, 6, 12 }, new boolean[] { false, true, false }, new boolean[] { false, false, true },
                new RecistResponse[] { RecistResponse.PARTIAL_RESPONSE, RecistResponse.COMPLETE_RESPONSE, RecistResponse.PROGRESSIVE_DISEASE });
        PatientCase b = patientCase("B", new double[] { 2, 9 }, new boolean[] { false, false }, new boolean[] { false, false },
                new RecistResponse[] { RecistResponse.NOT_EVALUABLE, RecistResponse.STABLE_DISEASE });
        CohortTable t = CaseCohort.of("test", List.of(a, b));
        assertEquals(2, t.size());
        assertEquals("6.0", t.text(0, "lct_months"));
        assertEquals("1", t.text(0, "local_progression"));
        assertEquals("12.0", t.text(0, "os_months"));
        assertEquals("1", t.text(0, "death"));
        assertEquals("CR", t.text(0, "response"));
        assertEquals("9.0", t.text(1, "lct_months"));
        assertEquals("0", t.text(1, "local_progression"));
        assertEquals("SD", t.text(1, "response"));
        assertEquals("CT", t.text(1, "method"));
        PatientCase none = ModelFactory.eINSTANCE.createPatientCase();
        none.setCaseId("C");
        OutcomeInputException e = assertThrows(OutcomeInputException.class, () -> CaseCohort.of("test", List.of(a, none)));
        assertTrue(e.getMessage().contains("without follow-up") && e.getMessage().contains("C"), e.getMessage());
    }

    private static PatientCase patientCase(String id, double[] months, boolean[] progression, boolean[] death, RecistResponse[] response) {
        PatientCase c = ModelFactory.eINSTANCE.createPatientCase();
        c.setCaseId(id);
        Patient p = ModelFactory.eINSTANCE.createPatient();
        p.setPatientId(id);
        c.setPatient(p);
        for (int i = 0; i < months.length; i++) {
            FollowUp f = ModelFactory.eINSTANCE.createFollowUp();
            f.setMonthsSinceImplant(months[i]);
            f.setLocalProgression(progression[i]);
            f.setDeath(death[i]);
            f.setResponse(response[i]);
            f.setKpsBefore(80);
            f.setKpsAfter(90);
            c.getFollowUps().add(f);
        }
        return c;
    }
}
