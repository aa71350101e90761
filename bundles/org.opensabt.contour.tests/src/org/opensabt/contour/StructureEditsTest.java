package org.opensabt.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.phantoms.Phantom;

/** Create, rename, retype, recolour and delete of structures, and what they refuse (one line each). */
class StructureEditsTest {

    private static PatientCase phantom() {
        return new Phantom(10, 5, false, 3, 5).build(); // BODY, GTV, OAR
    }

    private static Structure named(PatientCase c, String name) {
        return CaseContents.structures(c).stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void createAddsAnEmptyStructureWithTheNextRoiNumberToTheCtsStructureSet() throws ContourException {
        PatientCase c = phantom();
        int n = CaseContents.structures(c).size();
        int maxRoi = CaseContents.structures(c).stream().mapToInt(Structure::getRoiNumber).max().orElseThrow();
        Structure s = StructureEdits.create(c, "  Sciatic nerve ", RoiType.OAR, new int[] { 0, 200, 200 });
        assertEquals(n + 1, CaseContents.structures(c).size());
        assertEquals("Sciatic nerve", s.getName(), "name trimmed");
        assertEquals(RoiType.OAR, s.getType());
        assertEquals(List.of(0, 200, 200), s.getColorRgb());
        assertEquals(maxRoi + 1, s.getRoiNumber());
        assertTrue(s.getContours().isEmpty());
        assertSame(named(c, "GTV").eContainer(), s.eContainer(), "in the planning CT's structure set");
    }

    @Test
    void duplicateBlankLongNamesAndBadColoursAreRefusedInOneLine() throws ContourException {
        PatientCase c = phantom();
        ContourException.NameTaken taken = assertThrows(ContourException.NameTaken.class, () -> StructureEdits.create(c, "gtv", RoiType.OAR, new int[] { 1, 2, 3 }));
        assertEquals("GTV", taken.name(), "names compare ignoring case");
        assertThrows(ContourException.class, () -> StructureEdits.create(c, "   ", RoiType.OAR, new int[] { 1, 2, 3 }));
        ContourException tooLong = assertThrows(ContourException.class, () -> StructureEdits.create(c, "x".repeat(65), RoiType.OAR, new int[] { 1, 2, 3 }));
        assertFalse(tooLong.getMessage().contains("\n"));
        assertThrows(ContourException.class, () -> StructureEdits.create(c, "a\\b", RoiType.OAR, new int[] { 1, 2, 3 }));
        assertThrows(ContourException.class, () -> StructureEdits.create(c, "skin", RoiType.BODY, new int[] { 1, 2, 256 }));
        assertThrows(ContourException.class, () -> StructureEdits.create(c, "skin", RoiType.BODY, new int[] { 1, 2 }));
        StructureEdits.checkName(c, "x".repeat(64), null);
        Structure oar = named(c, "OAR");
        assertThrows(ContourException.NameTaken.class, () -> StructureEdits.rename(c, oar, "Gtv"));
        StructureEdits.rename(c, oar, "oar"); // its own name in another case is fine
        assertEquals("oar", oar.getName());
    }

    @Test
    void renameRetypeAndRecolourChangeOnlyTheirAttribute() throws ContourException {
        PatientCase c = phantom();
        Structure oar = named(c, "OAR");
        int contours = oar.getContours().size();
        StructureEdits.rename(c, oar, "Rectum");
        StructureEdits.setType(oar, RoiType.AVOID);
        StructureEdits.setColour(oar, new int[] { 10, 20, 30 });
        assertEquals("Rectum", oar.getName());
        assertEquals(RoiType.AVOID, oar.getType());
        assertEquals(List.of(10, 20, 30), oar.getColorRgb());
        assertEquals(contours, oar.getContours().size());
    }

    @Test
    void deletingAPlansTargetIsRefusedAndOtherDependentsAreNamedAndDeletedWithIt() throws ContourException {
        PatientCase c = phantom();
        Structure gtv = named(c, "GTV");
        Structure oar = named(c, "OAR");
        Plan plan = ModelFactory.eINSTANCE.createPlan();
        plan.setPlanId("p1");
        plan.setTarget(gtv);
        for (String m : new String[] { "D2cc", "Dmax" }) {
            DoseMetric metric = ModelFactory.eINSTANCE.createDoseMetric();
            metric.setName(m);
            metric.setUnit("Gy");
            metric.setStructure(oar);
            plan.getMetrics().add(metric);
        }
        DoseMetric d90 = ModelFactory.eINSTANCE.createDoseMetric();
        d90.setName("D90");
        d90.setUnit("Gy");
        d90.setStructure(gtv);
        plan.getMetrics().add(d90);
        c.getPlans().add(plan);

        assertEquals(List.of("target of plan p1", "1 dose metric of plan p1"), StructureEdits.dependents(c, gtv));
        ContourException refused = assertThrows(ContourException.class, () -> StructureEdits.delete(c, gtv));
        assertEquals("GTV is the target of plan p1 and cannot be deleted", refused.getMessage());
        assertTrue(CaseContents.structures(c).contains(gtv));

        assertEquals(List.of("2 dose metrics of plan p1"), StructureEdits.dependents(c, oar));
        StructureSet set = (StructureSet) oar.eContainer();
        StructureEdits.delete(c, oar);
        assertFalse(set.getStructures().contains(oar));
        assertEquals(List.of(d90), plan.getMetrics(), "the OAR's metrics went with it, the GTV's stayed");
        assertEquals(List.of(), StructureEdits.dependents(c, named(c, "BODY")));
    }

    @Test
    void suggestedColoursAvoidColoursInUse() throws ContourException {
        PatientCase c = phantom();
        int[] first = StructureEdits.suggestedColour(c, RoiType.OAR);
        StructureEdits.create(c, "one", RoiType.OAR, first);
        int[] second = StructureEdits.suggestedColour(c, RoiType.OAR);
        assertFalse(java.util.Arrays.equals(first, second));
        assertArrayEquals(new int[] { 230, 190, 160 }, StructureEdits.suggestedColour(c, RoiType.BODY));
    }

    @Test
    void aComputedChangeLeavesTheCaseAloneUntilApplied() throws ContourException {
        PatientCase c = phantom();
        Structure oar = named(c, "OAR");
        List<Integer> colour = List.copyOf(oar.getColorRgb());
        StructureEdits.Changed changed = StructureEdits.compute(c, new StructureEdits.Change("OAR", "Lung-Left", RoiType.GTV, new int[] { 1, 2, 3 }), null);
        assertEquals("OAR", oar.getName(), "computing changes nothing");
        assertEquals(RoiType.OAR, oar.getType());
        assertEquals(colour, oar.getColorRgb());
        assertEquals("Rename OAR to Lung-Left, type OAR → GTV, colour 1,2,3", changed.description());
        StructureEdits.apply(c, changed);
        assertSame(oar, named(c, "Lung-Left"));
        assertEquals(RoiType.GTV, oar.getType());
        assertEquals(List.of(1, 2, 3), oar.getColorRgb());
        // only the type: name and colour stay
        StructureEdits.Changed typeOnly = StructureEdits.compute(c, new StructureEdits.Change("Lung-Left", null, RoiType.OAR, null), null);
        assertEquals("Type of Lung-Left GTV → OAR", typeOnly.description());
        assertFalse(typeOnly.renamed() || typeOnly.recoloured());

        ContourException unknown = assertThrows(ContourException.class, () -> StructureEdits.compute(c, new StructureEdits.Change("Heart", null, RoiType.OAR,
                null), null));
        assertEquals("no structure Heart in the case (have: BODY, GTV, Lung-Left)", unknown.getMessage());
        assertThrows(ContourException.NameTaken.class, () -> StructureEdits.compute(c, new StructureEdits.Change("Lung-Left", "body", null, null), null));
        assertThrows(ContourException.class, () -> StructureEdits.compute(c, new StructureEdits.Change("Lung-Left", null, null, new int[] { 0, 0, 300 }), null));
        assertThrows(ContourException.class, () -> StructureEdits.compute(c, new StructureEdits.Change("Lung-Left", null, null, null), null));
    }

    @Test
    void theTargetOfAnApprovedPlanMayBeRetypedAndTheChangeSaysSo() throws ContourException {
        PatientCase c = phantom();
        Plan plan = ModelFactory.eINSTANCE.createPlan();
        plan.setPlanId("p1");
        plan.setTarget(named(c, "GTV"));
        plan.setStatus(org.opensabt.model.PlanStatus.APPROVED);
        c.getPlans().add(plan);
        StructureEdits.Changed changed = StructureEdits.compute(c, new StructureEdits.Change("GTV", "GTV-1", null, null), null);
        assertEquals(List.of("GTV is the target of approved plan p1; the plan, its dose and metrics are unchanged"), changed.notes());
        StructureEdits.apply(c, changed);
        assertSame(plan.getTarget(), named(c, "GTV-1"));
    }
}
