package org.opensabt.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.model.GuideHole;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;

/**
 * The needle table on hand-made geometry: two needles tilted ±10° about z in the x-z plane, entering at
 * z = −50 mm, 60 mm deep; guide tops 12 mm outside the skin; seeds at known distances from the tips.
 */
class NeedleTableTest {

    static final ModelFactory F = ModelFactory.eINSTANCE;
    static final double S = Math.sin(Math.toRadians(10));
    static final double C = Math.cos(Math.toRadians(10));

    static Needle needle(Plan p, String id, double x, double sign) {
        Needle n = F.createNeedle();
        n.setNeedleId(id);
        double[] d = { sign * S, 0, C };
        n.getEntryPointMm().addAll(List.of(x, 0.0, -50.0));
        n.getTipPointMm().addAll(List.of(x + 60 * d[0], 0.0, -50 + 60 * d[2]));
        n.getDirectionUnit().addAll(List.of(d[0], d[1], d[2]));
        p.getNeedles().add(n);
        return n;
    }

    /** A seed {@code fromTipMm} back from the needle's tip; on the needle by reference or (needle null) by its id. */
    static void seed(Plan p, Needle n, String id, double fromTipMm, boolean byReference) {
        Seed s = F.createSeed();
        s.setSeedId(id);
        double[] tip = n.getTipPointMm().stream().mapToDouble(Double::doubleValue).toArray();
        double[] d = n.getDirectionUnit().stream().mapToDouble(Double::doubleValue).toArray();
        s.getPositionMm().addAll(List.of(tip[0] - fromTipMm * d[0], tip[1] - fromTipMm * d[1], tip[2] - fromTipMm * d[2]));
        if (byReference) {
            s.setNeedle(n);
        }
        p.getSeeds().add(s);
    }

    static PatientCase planned(boolean withTemplate) {
        PatientCase c = F.createPatientCase();
        c.setCaseId("c");
        Plan p = F.createPlan();
        p.setPlanId("p1");
        c.getPlans().add(p);
        Needle n1 = needle(p, "N1", 0, 1);
        Needle n2 = needle(p, "N2", 10, -1);
        seed(p, n1, "N1-1", 5, true);
        seed(p, n1, "N1-3", 20, true);
        seed(p, n1, "N1-2", 15, true);
        seed(p, n2, "N2-1", 5, false);
        seed(p, n2, "N2-2", 10, false);
        if (withTemplate) {
            NeedleTemplate t = F.createNeedleTemplate();
            t.setTemplateId("p1-template");
            t.setPlan(p);
            for (Needle n : p.getNeedles()) {
                GuideHole h = F.createGuideHole();
                h.setHoleId(n == n1 ? "A1" : "B2");
                for (int k = 0; k < 3; k++) {
                    h.getCenterMm().add(n.getEntryPointMm().get(k) - 12 * n.getDirectionUnit().get(k));
                    h.getDirectionUnit().add(n.getDirectionUnit().get(k));
                }
                t.getGuideHoles().add(h);
                n.setGuideHoleId(h.getHoleId());
            }
            c.getTemplates().add(t);
        }
        return c;
    }

    @Test
    void withATemplateHolesDepthsFromTheGuideTopAnglesAndLoading() {
        PatientCase c = planned(true);
        NeedleTable.Table t = NeedleTable.of(c, c.getPlans().get(0));
        assertEquals("p1-template", t.templateId());
        NeedleTable.Row r1 = t.rows().get(0);
        assertEquals("A1", r1.hole());
        assertEquals(72.0, r1.depthMm(), 1e-9, "60 mm skin to tip + 12 mm guide");
        assertEquals("guide top", r1.depthFrom());
        assertEquals(10.0, r1.angleToAxisDeg(), 1e-9, "the axis is the holes' mean direction, z");
        assertEquals(3, r1.seeds());
        assertEquals("S-s-S-S", r1.loadingPattern(), "seeds 5, 15, 20 mm from the tip: one empty 5 mm slot");
        NeedleTable.Row r2 = t.rows().get(1);
        assertEquals("B2", r2.hole());
        assertEquals(2, r2.seeds(), "seeds found by their ids' needle prefix");
        assertEquals("S-S", r2.loadingPattern());
        assertEquals(10.0, r2.angleToAxisDeg(), 1e-9);
        assertEquals(NeedleTable.CSV_HEADER + "\n"
                + "A1,N1,0.0,0.0,-50.0,72.0,guide top,10.0,3,S-s-S-S\n"
                + "B2,N2,10.0,0.0,-50.0,72.0,guide top,10.0,2,S-S\n", t.csv());
        String html = t.html("Needles of <p1>");
        assertTrue(html.contains("<h1>Needles of &lt;p1&gt;</h1>") && html.contains("<td>A1</td><td>N1</td>") && html.contains("S-s-S-S"), html);
    }

    @Test
    void withoutATemplateNeedleIdsAndDepthsFromTheSkin() {
        PatientCase c = planned(false);
        NeedleTable.Table t = NeedleTable.of(c, c.getPlans().get(0));
        assertNull(t.templateId());
        assertEquals(List.of("N1", "N2"), t.rows().stream().map(NeedleTable.Row::hole).toList());
        assertEquals(60.0, t.rows().get(0).depthMm(), 1e-9);
        assertEquals("skin entry", t.rows().get(0).depthFrom());
        assertEquals(10.0, t.rows().get(1).angleToAxisDeg(), 1e-9, "the axis is the needles' mean direction");
        assertTrue(t.csv().contains("\nN1,N1,0.0,0.0,-50.0,60.0,skin entry,10.0,3,S-s-S-S\n"), t.csv());
    }

    @Test
    void loadingPatternsCountEmptySlotsAsSpacers() {
        assertEquals("", NeedleTable.loadingPattern(List.of(), 5));
        assertEquals("S", NeedleTable.loadingPattern(List.of(3.0), 5));
        assertEquals("S-s-S-s-s-s-S", NeedleTable.loadingPattern(List.of(30.0, 0.0, 10.0), 5));
        assertEquals("S-s-S", NeedleTable.loadingPattern(List.of(0.0, 9.6), 5), "10 mm spacing, rounded");
    }

    @Test
    void theTableStatesTheSlotAndSpacersAndNeverRoundsASeedOntoTheRaster() {
        PatientCase c = planned(false);
        NeedleTable.Table t = NeedleTable.of(c, c.getPlans().get(0));
        assertEquals(5.0, t.slotMm());
        assertEquals(List.of(1, 0), t.rows().stream().map(NeedleTable.Row::spacers).toList());
        // seeds 7.5 mm apart (plan --seed-spacing-mm 7.5): written in 7.5 mm slots, not rounded to 5 mm ones
        Plan p = F.createPlan();
        p.setPlanId("p2");
        Needle n = needle(p, "N1", 0, 1);
        seed(p, n, "N1-1", 0, true);
        seed(p, n, "N1-2", 7.5, true);
        seed(p, n, "N1-3", 22.5, true);
        NeedleTable.Table t75 = NeedleTable.of(p, null);
        assertEquals(7.5, t75.slotMm());
        assertEquals("S-S-s-S", t75.rows().get(0).loadingPattern());
        assertEquals(1, t75.rows().get(0).spacers());
        assertTrue(t75.html("p2").contains("(7.5 mm slots)"));
        // a seed moved by hand 2 mm off the 5 mm raster: its depths, not a pattern that would load it elsewhere
        Plan q = F.createPlan();
        q.setPlanId("p3");
        Needle m = needle(q, "N1", 0, 1);
        seed(q, m, "N1-1", 0, true);
        seed(q, m, "N1-2", 10, true);
        Needle m2 = needle(q, "N2", 10, -1);
        seed(q, m2, "N2-1", 0, true);
        seed(q, m2, "N2-2", 12, true);
        NeedleTable.Table moved = NeedleTable.of(q, null);
        assertEquals("S-s-S", moved.rows().get(0).loadingPattern());
        assertEquals("off the 5 mm raster: 0.0, 12.0 mm from the tip", moved.rows().get(1).loadingPattern());
        assertTrue(moved.csv().endsWith(",2,\"off the 5 mm raster: 0.0, 12.0 mm from the tip\"\n"), moved.csv());
    }
}
