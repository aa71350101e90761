package org.opensabt.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.model.FollowUp;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RecistResponse;

class FollowUpsTest {

    @Test
    void aVisitIsBuiltWithoutTouchingTheCaseThenAddedAndMakesTheCaseACohortRow() throws Exception {
        PatientCase c = ModelFactory.eINSTANCE.createPatientCase();
        c.setCaseId("c1");
        FollowUp f = FollowUps.create(new FollowUps.Visit(12, LocalDate.of(2026, 3, 1), RecistResponse.PARTIAL_RESPONSE, true, false, 80, 90, null, 2));
        assertTrue(c.getFollowUps().isEmpty());
        FollowUps.apply(c, f);
        assertSame(f, FollowUps.of(c).get(0));
        assertEquals(0, f.getPainNrsBefore(), "not recorded");
        CohortTable row = CaseCohort.of("test", List.of(c));
        assertEquals("12.0", row.text(0, "lct_months"));
        assertEquals("1", row.text(0, "local_progression"));
        assertEquals("PR", row.text(0, "response"));
    }

    @Test
    void outOfRangeValuesNameTheirField() {
        assertEquals("kpsBefore must be 0–100, is 120", assertThrows(OutcomeInputException.class,
                () -> FollowUps.create(new FollowUps.Visit(1, null, null, false, false, 120, null, null, null))).getMessage());
        assertEquals("painNrsAfter must be 0–10, is 11", assertThrows(OutcomeInputException.class,
                () -> FollowUps.create(new FollowUps.Visit(1, null, null, false, false, null, null, null, 11))).getMessage());
        assertTrue(assertThrows(OutcomeInputException.class, () -> FollowUps.create(new FollowUps.Visit(-1, null, null, false, false, null, null, null, null)))
                .getMessage().startsWith("monthsSinceImplant must be a number ≥ 0"));
    }
}
