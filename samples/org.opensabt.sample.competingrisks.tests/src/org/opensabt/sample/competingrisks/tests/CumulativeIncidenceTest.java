package org.opensabt.sample.competingrisks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.sample.competingrisks.AalenJohansen;
import org.opensabt.sample.competingrisks.CumulativeIncidenceAnalysis;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The sample analysis against R's survival package (survfit on a multi-state Surv, i.e. Aalen–Johansen;
 * reference/cuminc.reference.json was written by releng/cohorts/cuminc_reference.R), on the demo cohort.
 */
class CumulativeIncidenceTest {

    static final Path COHORT = Path.of("../../demo-data/cohorts/sabt_synthetic_120.csv").toAbsolutePath().normalize();
    static final Path REFERENCE = Path.of("reference/cuminc.reference.json").toAbsolutePath();

    @SuppressWarnings("unchecked")
    private static void compare(JsonObject expected, Map<String, Object> ours, String label) {
        assertEquals(expected.get("n").getAsInt(), ours.get("n"), label + " n");
        assertEquals(expected.get("localProgressions").getAsInt(), ours.get("localProgressions"), label + " local progressions");
        assertEquals(expected.get("deathsWithoutProgression").getAsInt(), ours.get("deathsWithoutProgression"), label + " deaths");
        List<Map<String, Object>> at = (List<Map<String, Object>>) ours.get("at");
        JsonArray refAt = expected.getAsJsonArray("at");
        assertEquals(refAt.size(), at.size());
        for (int i = 0; i < refAt.size(); i++) {
            JsonObject r = refAt.get(i).getAsJsonObject();
            assertEquals(r.get("cifLocalProgression").getAsDouble(), (double) at.get(i).get("cifLocalProgression"), 1e-12,
                    label + " CIF(LP) at " + r.get("months"));
            assertEquals(r.get("cifDeath").getAsDouble(), (double) at.get(i).get("cifDeath"), 1e-12, label + " CIF(death) at " + r.get("months"));
        }
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ours.get("steps");
        JsonArray refSteps = expected.getAsJsonArray("steps");
        assertEquals(refSteps.size(), steps.size(), label + " number of event times");
        for (int i = 0; i < refSteps.size(); i++) {
            JsonObject r = refSteps.get(i).getAsJsonObject();
            assertEquals(r.get("months").getAsDouble(), (double) steps.get(i).get("months"), 1e-12, label + " event time " + i);
            assertEquals(r.get("atRisk").getAsInt(), steps.get(i).get("atRisk"), label + " at risk at " + r.get("months"));
            assertEquals(r.get("cifLocalProgression").getAsDouble(), (double) steps.get(i).get("cifLocalProgression"), 1e-12,
                    label + " CIF(LP) step " + r.get("months"));
            assertEquals(r.get("cifDeath").getAsDouble(), (double) steps.get(i).get("cifDeath"), 1e-12, label + " CIF(death) step " + r.get("months"));
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void matchesRSurvivalOverallAndPerGroup() throws Exception {
        JsonObject reference = JsonParser.parseString(Files.readString(REFERENCE)).getAsJsonObject();
        CohortTable cohort = CohortTable.read(COHORT);
        Map<String, Object> all = (Map<String, Object>) new CumulativeIncidenceAnalysis().analyse(cohort, Map.of()).json();
        compare(reference.getAsJsonObject("all"), ((List<Map<String, Object>>) all.get("groups")).get(0), "all");
        Map<String, Object> byMethod = (Map<String, Object>) new CumulativeIncidenceAnalysis().analyse(cohort, Map.of("group", "method")).json();
        List<Map<String, Object>> groups = (List<Map<String, Object>>) byMethod.get("groups");
        JsonObject refGroups = reference.getAsJsonObject("method");
        assertEquals(refGroups.size(), groups.size());
        for (Map<String, Object> g : groups) {
            compare(refGroups.getAsJsonObject((String) g.get("group")), g, "method=" + g.get("group"));
        }
    }

    @Test
    void withoutCompetingEventsTheIncidenceIsOneMinusKaplanMeier() {
        // no cause-2 events: CIF_1 = 1 - S_KM; hand-checkable: 5 subjects, events at 1 and 3, censored at 2
        AalenJohansen aj = new AalenJohansen(new double[] { 1, 2, 3, 4, 5 }, new int[] { 1, 0, 1, 0, 0 });
        assertEquals(0.2, aj.cif1(1), 1e-15);
        assertEquals(1 - 0.8 * (1 - 1.0 / 3), aj.cif1(3.5), 1e-15);
        assertEquals(0, aj.cif2(10), 0);
        assertEquals(0, aj.cif1(0.5), 0);
    }

    @Test
    void theTwoIncidencesAndSurvivalAddUpToOne() throws Exception {
        AalenJohansen aj = new AalenJohansen(new double[] { 1, 1, 2, 3, 3, 4, 6, 7 }, new int[] { 1, 2, 0, 2, 1, 1, 0, 2 });
        for (AalenJohansen.Step s : aj.steps()) {
            assertEquals(1.0, s.cif1() + s.cif2() + s.eventFreeSurvival(), 1e-12, "at " + s.timeMonths());
        }
    }

    @Test
    void badInputIsNamed() throws Exception {
        CohortTable cohort = CohortTable.read(COHORT);
        OutcomeInputException e = assertThrows(OutcomeInputException.class,
                () -> new CumulativeIncidenceAnalysis().analyse(cohort, Map.of("progression", "no_such_column")));
        assertTrue(e.getMessage().contains("no_such_column"), e.getMessage());
        e = assertThrows(OutcomeInputException.class, () -> new CumulativeIncidenceAnalysis().analyse(cohort, Map.of("tims", "12")));
        assertTrue(e.getMessage().contains("unknown option 'tims'"), e.getMessage());
    }

}
