package org.opensabt.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.phantoms.Phantom;

/** The plan records the date and time its seed strengths apply to (case schema 1.3), for the RT Plan's Source Strength Reference Date. */
class StrengthReferenceDateTest {

    @Test
    void aComputedPlanRecordsItsDateAsTheStrengthsReferenceUnlessGiven() throws Exception {
        PlannerTest.setUp();
        PatientCase c = new Phantom(30, Double.NaN, false, 1, 2).build();
        LocalDateTime before = LocalDateTime.now().withSecond(0).withNano(0);
        List<SeedPlacement> seeds = List.of(new SeedPlacement("S1", new double[] { 0, 0, 0 }, new double[] { 0, 0, 1 }, PlannerTest.strengthU),
                new SeedPlacement("S2", new double[] { 0, 0, 10 }, new double[] { 0, 0, 1 }, PlannerTest.strengthU));
        Plan plan = new CaseDose().compute(c, PlannerTest.engine, CaseDose.Request.automatic("p", PlannerTest.source, KernelOptions.of(DoseMode.LINE_2D),
                seeds, 4, 10, 140, "GTV", 1)).plan();
        String stored = plan.getSourceStrengthReferenceDateTime();
        assertNotNull(stored, "recorded explicitly");
        assertTrue(stored.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"), stored);
        LocalDateTime t = LocalDateTime.parse(stored);
        assertTrue(!t.isBefore(before) && Duration.between(before, t).toMinutes() <= 2, stored + " is the plan's date");

        assertEquals("2026-03-14T00:00", CaseDose.referenceDateTime(CaseDose.parseReferenceDateTime("--calibration-date", "2026-03-14")));
        assertEquals("2026-03-14T09:30", CaseDose.referenceDateTime(CaseDose.parseReferenceDateTime("--calibration-date", "2026-03-14T09:30")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseDose.parseReferenceDateTime("--calibration-date", "14.03.2026"));
        assertTrue(e.getMessage().startsWith("--calibration-date takes YYYY-MM-DD"), e.getMessage());
    }
}
