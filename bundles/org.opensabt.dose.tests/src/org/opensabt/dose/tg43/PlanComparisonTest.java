package org.opensabt.dose.tg43;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.cases.PlanComparison;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.Implant;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.phantoms.Phantom;

/**
 * The plan comparison table on plans built by hand with known metrics, seeds and doses: every value is the
 * stored one, every difference the subtraction done here, totals summed here, the voxel comparison counted
 * here; the DVH of a half-dosed sphere is half at the high dose by symmetry.
 */
class PlanComparisonTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private static Structure structure(String name) {
        Structure s = F.createStructure();
        s.setName(name);
        return s;
    }

    private static void metric(List<DoseMetric> to, Structure s, String name, double value, String unit) {
        DoseMetric m = F.createDoseMetric();
        m.setStructure(s);
        m.setName(name);
        m.setValue(value);
        m.setUnit(unit);
        to.add(m);
    }

    /** A plan with {@code needles} needles of {@code perNeedle} seeds of {@code strengthU}, one seed of another strength, and a uniform dose. */
    private static Plan plan(String id, Structure gtv, double rxGy, int needles, int perNeedle, double strengthU, float doseGy) {
        Plan p = F.createPlan();
        p.setPlanId(id);
        p.setTarget(gtv);
        p.setPrescriptionDoseGy(rxGy);
        p.setAirKermaStrengthU(strengthU);
        for (int n = 0; n < needles; n++) {
            Needle needle = F.createNeedle();
            needle.setNeedleId(String.format(Locale.ROOT, "N%02d", n + 1));
            p.getNeedles().add(needle);
            for (int k = 0; k < perNeedle; k++) {
                Seed s = F.createSeed();
                s.setSeedId(needle.getNeedleId() + "-" + k);
                s.setNeedle(needle);
                s.setAirKermaStrengthU(n == 0 && k == 0 ? 2 * strengthU : strengthU);
                p.getSeeds().add(s);
            }
        }
        DoseGrid grid = F.createDoseGrid();
        grid.setColumns(2);
        grid.setRows(2);
        grid.setSlices(1);
        for (int k = 0; k < 3; k++) {
            grid.getOriginMm().add(0.0);
            grid.getSpacingMm().add(1.0);
        }
        grid.setDoseValues(new float[] { doseGy, doseGy, doseGy, 2 * doseGy });
        p.setDoseGrid(grid);
        return p;
    }

    @Test
    void valuesAreTheStoredOnesAndDifferencesAreToTheFirstPlan() throws Exception {
        Structure gtv = structure("GTV");
        Structure rectum = structure("Rectum");
        Structure nerve = structure("Nerve");
        Plan a = plan("A", gtv, 145, 3, 4, 0.5, 100f);
        Plan b = plan("B", gtv, 120, 4, 3, 0.6, 102f);
        metric(a.getMetrics(), gtv, "D90", 150.2, "Gy");
        metric(a.getMetrics(), gtv, "V100", 96.5, "%");
        metric(a.getMetrics(), gtv, "V150", 55.0, "%");
        metric(a.getMetrics(), gtv, "volume", 30.0, "cc"); // not a compared metric
        metric(a.getMetrics(), rectum, "D2cc", 80.0, "Gy");
        metric(a.getMetrics(), rectum, "Dmax", 190.0, "Gy");
        metric(b.getMetrics(), gtv, "D90", 128.7, "Gy");
        metric(b.getMetrics(), gtv, "V100", 97.25, "%");
        metric(b.getMetrics(), gtv, "V150", 49.0, "%");
        metric(b.getMetrics(), gtv, "V200", 20.0, "%"); // only B has it
        metric(b.getMetrics(), rectum, "D2cc", 71.5, "Gy");
        metric(b.getMetrics(), nerve, "Dmax", 33.0, "Gy"); // only B has the nerve

        PlanComparison.Table t = PlanComparison.compare(List.of(PlanComparison.of(a, 1.27), PlanComparison.of(b, 1.27)));
        assertEquals(List.of("A", "B"), t.columnIds());
        // target rows first, in the clinical order, only those some plan has
        assertEquals(List.of("GTV D90", "GTV V100", "GTV V150", "GTV V200", "Rectum D2cc", "Rectum Dmax", "Nerve Dmax", "plan Rx", "plan seeds",
                "plan needles", "plan total strength", "plan total activity"), t.rows().stream().map(r -> r.structure() + " " + r.metric()).toList());
        check(t.row("GTV", "D90"), "Gy", 150.2, 128.7, 128.7 - 150.2);
        check(t.row("GTV", "V100"), "%", 96.5, 97.25, 0.75);
        check(t.row("GTV", "V200"), "%", Double.NaN, 20.0, Double.NaN);
        check(t.row("Rectum", "D2cc"), "Gy", 80.0, 71.5, -8.5);
        check(t.row("Rectum", "Dmax"), "Gy", 190.0, Double.NaN, Double.NaN);
        check(t.row("plan", "Rx"), "Gy", 145, 120, -25);
        check(t.row("plan", "seeds"), "1", 12, 12, 0);
        check(t.row("plan", "needles"), "1", 3, 4, 1);
        double strengthA = 11 * 0.5 + 1.0;
        double strengthB = 11 * 0.6 + 1.2;
        check(t.row("plan", "total strength"), "U", strengthA, strengthB, strengthB - strengthA);
        check(t.row("plan", "total activity"), "mCi", strengthA / 1.27, strengthB / 1.27, (strengthB - strengthA) / 1.27);
        assertNull(t.row("GTV", "volume"));

        PlanComparison.Column columnA = PlanComparison.of(a, Double.NaN);
        assertEquals(4, columnA.seedsPerNeedle().get("N01"));
        assertTrue(Double.isNaN(columnA.totalActivityMCi()), "no U/mCi: activity unknown");

        // doses on the same grid: 100, 100, 100, 200 Gy against 102, 102, 102, 204 Gy: every voxel within 2 %
        assertEquals(1, t.notes().size());
        assertTrue(t.notes().get(0).startsWith("B vs A: 100.0 % of 4 voxels"), t.notes().get(0));
        assertTrue(t.notes().get(0).contains("mean |difference| 2.50 Gy, max 4.00 Gy"), t.notes().get(0)); // (2 + 2 + 2 + 4) / 4
        b.getDoseGrid().getOriginMm().set(0, 5.0);
        assertTrue(PlanComparison.compare(List.of(PlanComparison.of(a, 1.27), PlanComparison.of(b, 1.27))).notes().get(0).contains("dose grid differs"));

        // an implant of plan A: its seeds, its metrics, no needles; the plan's target
        Implant implant = F.createImplant();
        implant.setImplantId("A-implant");
        implant.setPlan(a);
        for (int k = 0; k < 10; k++) {
            Seed s = F.createSeed();
            s.setAirKermaStrengthU(0.5);
            implant.getSeeds().add(s);
        }
        metric(implant.getMetrics(), gtv, "D90", 140.0, "Gy");
        PlanComparison.Table planned = PlanComparison.compare(List.of(PlanComparison.of(a, Double.NaN), PlanComparison.of(implant, Double.NaN)));
        check(planned.row("GTV", "D90"), "Gy", 150.2, 140.0, 140.0 - 150.2);
        check(planned.row("plan", "seeds"), "1", 12, 10, -2);
        check(planned.row("plan", "needles"), "1", 3, Double.NaN, Double.NaN); // an implant's needles are not known
        check(planned.row("plan", "total strength"), "U", strengthA, 5.0, 5.0 - strengthA);
        assertNull(planned.row("plan", "total activity"));
        assertThrows(IllegalArgumentException.class, () -> PlanComparison.compare(List.of()));
    }

    private static void check(PlanComparison.Row row, String unit, double a, double b, double difference) {
        assertEquals(unit, row.unit(), row.metric());
        assertEquals(a, row.values()[0], 1e-9, row.metric());
        assertEquals(b, row.values()[1], 1e-9, row.metric());
        assertEquals(0, Double.isNaN(a) ? 0 : row.differences()[0], 1e-12);
        assertEquals(difference, row.differences()[1], 1e-9, row.metric() + " difference");
    }

    @Test
    void dvhOfASphereHalfInTheHighDoseIsHalfAtThatDose() {
        PatientCase c = new Phantom(30, Double.NaN, false, 1, 2).build(); // GTV: sphere at the origin; BODY not evaluated
        DoseGrid grid = F.createDoseGrid();
        int n = 30;
        grid.setColumns(n);
        grid.setRows(n);
        grid.setSlices(n);
        for (int k = 0; k < 3; k++) {
            grid.getOriginMm().add(-29.0); // voxel centres at odd mm: none on the plane x = 0
            grid.getSpacingMm().add(2.0);
        }
        grid.getRowDirection().addAll(List.of(1.0, 0.0, 0.0));
        grid.getColumnDirection().addAll(List.of(0.0, 1.0, 0.0));
        grid.getSliceDirection().addAll(List.of(0.0, 0.0, 1.0));
        float[] dose = new float[n * n * n];
        for (int i = 0; i < dose.length; i++) {
            double x = -29 + 2 * (i % n);
            dose[i] = x > 0 ? 20f : 5f;
        }
        grid.setDoseValues(dose);
        List<PlanComparison.StructureDvh> dvhs = PlanComparison.dvhs(c, grid, 1.0);
        assertEquals(List.of("GTV"), dvhs.stream().map(PlanComparison.StructureDvh::structure).toList());
        double[][] curve = dvhs.get(0).doseGyVolumePercent();
        assertEquals(20, curve[curve.length - 1][0], 1e-9);
        assertEquals(100, curve[5][1], 1e-9, "every voxel gets at least 5 Gy");
        assertEquals(50, curve[20][1], 1.0, "by symmetry half the sphere is at x > 0");
        assertEquals(List.of(), PlanComparison.dvhs(c, null, 1.0));
    }
}
