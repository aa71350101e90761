package org.opensabt.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.Needle;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.phantoms.Phantom;

/** The 3D scene's surfaces enclose the phantom's analytic volumes; needles and seeds are carried as planned. */
class Scene3DTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    /** The skin's lattice merges pairs of columns/rows narrower than 1.5 mm and keeps the CT's extent, axes and slices. */
    @Test
    void skinLatticeMergesNarrowColumnsAndRowsOverTheSameExtent() {
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        GridGeometry ct = new GridGeometry(new double[] { -100, 20, 7 }, new double[] { c, s, 0 }, new double[] { -s, c, 0 }, new double[] { 0, 0, 1 },
                new double[] { 0.8, 1.6, 3 }, 511, 40, 9);
        GridGeometry skin = Scene3D.skinGrid(ct);
        assertArrayEquals(new double[] { 1.6, 1.6, 3 }, skin.spacingMm(), 1e-12, "columns merged (0.8 mm), rows kept (1.6 mm)");
        assertEquals(256, skin.columns(), "511 columns → 256 pairs, the last one half outside");
        assertEquals(40, skin.rows());
        assertEquals(9, skin.slices());
        assertArrayEquals(ct.rowDirection(), skin.rowDirection());
        // a merged voxel's centre halfway between the two it merges: the first and the last CT columns lie within the lattice
        assertArrayEquals(ct.positionMm(0.5, 0, 0), skin.positionMm(0, 0, 0), 1e-9);
        assertArrayEquals(ct.positionMm(510.5, 39, 8), skin.positionMm(255, 39, 8), 1e-9);
        GridGeometry coarse = GridGeometry.axisAligned(new double[] { 0, 0, 0 }, new double[] { 1.5, 2, 2 }, 10, 10, 10);
        assertEquals(coarse, Scene3D.skinGrid(coarse), "nothing merged at 1.5 mm and above");
    }

    @Test
    void surfacesEncloseTheAnalyticVolumes() {
        PatientCase c = new Phantom(60, 5, false, 1, 2).build();
        Plan plan = F.createPlan();
        plan.setPlanId("P1");
        plan.setPrescriptionDoseGy(100);
        // a radial dose field 200 − 5 r (Gy): 100 % of Rx at r = 20 mm, 150 % at r = 10 mm
        GridGeometry g = GridGeometry.axisAligned(new double[] { -30, -30, -30 }, new double[] { 1, 1, 1 }, 61, 61, 61);
        float[] dose = new float[g.voxelCount()];
        for (int s = 0; s < 61; s++) {
            for (int r = 0; r < 61; r++) {
                for (int col = 0; col < 61; col++) {
                    double[] p = g.positionMm(col, r, s);
                    dose[g.index(col, r, s)] = (float) (200 - 5 * Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]));
                }
            }
        }
        DoseGrid grid = F.createDoseGrid();
        for (int k = 0; k < 3; k++) {
            grid.getOriginMm().add(g.originMm()[k]);
            grid.getSpacingMm().add(1.0);
            grid.getRowDirection().add(k == 0 ? 1.0 : 0.0);
            grid.getColumnDirection().add(k == 1 ? 1.0 : 0.0);
            grid.getSliceDirection().add(k == 2 ? 1.0 : 0.0);
        }
        grid.setColumns(61);
        grid.setRows(61);
        grid.setSlices(61);
        grid.setDoseValues(dose);
        plan.setDoseGrid(grid);
        Needle needle = F.createNeedle();
        needle.setNeedleId("N1");
        needle.getEntryPointMm().addAll(List.of(0.0, -65.0, 0.0));
        needle.getTipPointMm().addAll(List.of(0.0, 10.0, 0.0));
        plan.getNeedles().add(needle);
        Seed seed = F.createSeed();
        seed.setSeedId("S1");
        seed.getPositionMm().addAll(List.of(0.0, 5.0, 0.0));
        seed.getDirectionUnit().addAll(List.of(0.0, 1.0, 0.0));
        plan.getSeeds().add(seed);
        c.getPlans().add(plan);

        Scene3D scene = Scene3D.of(c, plan);
        assertEquals(60, volumeCc(surface(scene, "GTV")), 60 * 0.05, "GTV surface volume (cc)");
        double box = 2 * Phantom.BODY_HALF_X * 2 * Phantom.BODY_HALF_Y * 2 * Phantom.BODY_HALF_Z / 1000;
        Scene3D.Surface skin = scene.surfaces().stream().filter(s -> s.kind() == Scene3D.Kind.SKIN).findFirst().orElseThrow();
        assertEquals(box, volumeCc(skin), box * 0.03, "skin (" + skin.name() + ") volume (cc)");
        assertEquals(4 * Math.PI * 20 * 20 * 20 / 3000, volumeCc(surface(scene, "100 % isodose (100.0 Gy)")), 1.5, "V100 surface (cc)");
        assertEquals(4 * Math.PI * 10 * 10 * 10 / 3000, volumeCc(surface(scene, "150 % isodose (150.0 Gy)")), 0.4, "V150 surface (cc)");
        // 2D and 3D agree: the slice views' 100 % yellow and 150 % orange, never the magenta that looked like a red GTV
        assertArrayEquals(new int[] { 255, 230, 0 }, surface(scene, "100 % isodose (100.0 Gy)").colorRgb());
        assertArrayEquals(new int[] { 255, 150, 40 }, surface(scene, "150 % isodose (150.0 Gy)").colorRgb());
        for (IsodoseStyle style : IsodoseStyle.DEFAULTS) {
            if (style.percentOfRx() == 100 || style.percentOfRx() == 150) {
                String name = String.format(java.util.Locale.ROOT, "%.0f %% isodose (%.1f Gy)", style.percentOfRx(), style.percentOfRx());
                assertArrayEquals(style.colorRgb(), surface(scene, name).colorRgb(), name);
            }
        }
        assertEquals(1, scene.needles().size());
        assertEquals(-65, scene.needles().get(0).entryMm()[1]);
        assertEquals(1, scene.seeds().get(0).directionUnit()[1]);
        assertTrue(scene.notes().isEmpty(), scene.notes().toString());

        plan.setDoseGrid(null);
        Scene3D noDose = Scene3D.of(c, plan);
        assertTrue(noDose.surfaces().stream().noneMatch(s -> s.kind() == Scene3D.Kind.ISODOSE));
        assertTrue(noDose.notes().get(0).contains("no dose grid"), noDose.notes().toString());
    }

    private static Scene3D.Surface surface(Scene3D scene, String name) {
        return scene.surfaces().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no surface " + name + " in " + scene.surfaces().stream().map(Scene3D.Surface::name).toList()));
    }

    /** Enclosed volume by the divergence theorem (signed tetrahedra from the origin), cc. */
    private static double volumeCc(Scene3D.Surface s) {
        float[] v = s.verticesMm();
        int[] t = s.triangles();
        double sum = 0;
        for (int i = 0; i < t.length; i += 3) {
            int a = 3 * t[i], b = 3 * t[i + 1], c = 3 * t[i + 2];
            sum += v[a] * (v[b + 1] * v[c + 2] - v[b + 2] * v[c + 1]) - v[a + 1] * (v[b] * v[c + 2] - v[b + 2] * v[c]) + v[a + 2] * (v[b] * v[c + 1] - v[b + 1] * v[c]);
        }
        return sum / 6 / 1000;
    }
}
