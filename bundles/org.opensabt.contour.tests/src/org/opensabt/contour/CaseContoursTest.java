package org.opensabt.contour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.StructureSet;
import org.opensabt.model.Study;
import org.opensabt.model.geometry.GridGeometry;

/**
 * The contour facade on a synthetic case: a 1 mm CT of a 61 mm water cube (0 HU) in air with an 11 mm bone
 * cube (700 HU) in it, and a GTV sphere of 8 mm radius. Volumes are checked against the analytic shapes.
 */
class CaseContoursTest {

    static final double GTV_RADIUS_MM = 8;

    /** The case: CT grid −40…40 mm on each axis (81³ voxels of 1 mm³). */
    static PatientCase synthetic() {
        GridGeometry grid = GridGeometry.axisAligned(new double[] { -40, -40, -40 }, new double[] { 1, 1, 1 }, 81, 81, 81);
        short[] hu = new short[grid.voxelCount()];
        Mask gtv = new Mask(grid);
        for (int s = 0; s < 81; s++) {
            for (int r = 0; r < 81; r++) {
                for (int c = 0; c < 81; c++) {
                    double[] p = grid.positionMm(c, r, s);
                    boolean water = Math.abs(p[0]) <= 30 && Math.abs(p[1]) <= 30 && Math.abs(p[2]) <= 30;
                    boolean bone = p[0] >= 10 && p[0] <= 20 && Math.abs(p[1]) <= 5 && Math.abs(p[2]) <= 5;
                    hu[grid.index(c, r, s)] = (short) (bone ? 700 : water ? 0 : -1000);
                    if (p[0] * p[0] + p[1] * p[1] + p[2] * p[2] <= GTV_RADIUS_MM * GTV_RADIUS_MM) {
                        gtv.set(grid.index(c, r, s), true);
                    }
                }
            }
        }
        PatientCase c = ModelFactory.eINSTANCE.createPatientCase();
        c.setCaseId("synthetic");
        Study study = ModelFactory.eINSTANCE.createStudy();
        c.getStudies().add(study);
        ImageSeries ct = ModelFactory.eINSTANCE.createImageSeries();
        ct.setModality("CT");
        for (int k = 0; k < 3; k++) {
            ct.getOriginMm().add(-40.0);
            ct.getRowDirection().add(k == 0 ? 1.0 : 0.0);
            ct.getColumnDirection().add(k == 1 ? 1.0 : 0.0);
            ct.getSliceDirection().add(k == 2 ? 1.0 : 0.0);
            ct.getSpacingMm().add(1.0);
        }
        ct.setColumns(81);
        ct.setRows(81);
        ct.setSlices(81);
        ct.setVoxels(hu);
        study.getSeries().add(ct);
        StructureSet set = ModelFactory.eINSTANCE.createStructureSet();
        Structure s = StructureGeometry.toStructure(gtv, "GTV", RoiType.GTV, new int[] { 255, 0, 0 });
        s.setRoiNumber(1);
        set.getStructures().add(s);
        study.getStructureSets().add(set);
        return c;
    }

    /** Radius (mm) of the sphere of this volume: on 1 mm voxels it is the analytic radius within half a voxel. */
    private static double equivalentRadiusMm(double cc) {
        return Math.cbrt(3 * cc * 1000 / (4 * Math.PI));
    }

    @Test
    void aMarginIsComputedWithoutTouchingTheCaseAndAppliedSeparately() throws Exception {
        PatientCase c = synthetic();
        CaseContours.Result result = CaseContours.compute(new CaseContours.Request(c, new CaseContours.Margin("GTV", 5, 5, 5, false, null, "PTV"), false), null);
        assertEquals(1, CaseContents.structures(c).size(), "compute must not add the structure");
        assertEquals(RoiType.PTV, result.structure().getType());
        CaseContours.Applied applied = CaseContours.apply(c, result);
        List<Structure> all = CaseContents.structures(c);
        assertEquals(2, all.size());
        assertSame(applied.structure(), all.get(1));
        assertEquals(2, applied.structure().getRoiNumber());
        assertEquals(GTV_RADIUS_MM + 5, equivalentRadiusMm(applied.stats().volumeCc()), 0.5, "PTV = 13 mm sphere");
        assertEquals("GTV expanded by (5.0, 5.0, 5.0) mm", applied.notes().get(0));
    }

    @Test
    void aTakenNameIsRefusedUnlessReplacedAndAReplacedStructureKeepsItsObjectAndNamesThePlansThatUseIt() throws Exception {
        PatientCase c = synthetic();
        Structure gtv = CaseContents.structures(c).get(0);
        CaseContours.Margin shrink = new CaseContours.Margin("GTV", 3, 3, 3, true, null, "gtv");
        ContourException.NameTaken taken = assertThrows(ContourException.NameTaken.class,
                () -> CaseContours.compute(new CaseContours.Request(c, shrink, false), null));
        assertEquals("gtv", taken.name());
        Plan plan = ModelFactory.eINSTANCE.createPlan();
        plan.setPlanId("p1");
        plan.setTarget(gtv);
        c.getPlans().add(plan);
        CaseContours.Applied applied = CaseContours.apply(c, CaseContours.compute(new CaseContours.Request(c, shrink, true), null));
        assertSame(gtv, applied.structure(), "plans refer to the object: it must stay");
        assertEquals(1, CaseContents.structures(c).size());
        assertEquals(GTV_RADIUS_MM - 3, equivalentRadiusMm(applied.stats().volumeCc()), 0.5, "GTV − 3 mm = 5 mm sphere");
        assertTrue(applied.notes().stream().anyMatch(n -> n.startsWith("plan p1 refers to GTV")), applied.notes().toString());
    }

    @Test
    void bodyAndBoneFromTheCtNumbers() throws Exception {
        PatientCase c = synthetic();
        CaseContours.Applied body = CaseContours.apply(c, CaseContours.compute(
                new CaseContours.Request(c, new CaseContours.Body(AutoStructures.BODY_THRESHOLD_HU, "BODY"), false), null));
        assertEquals(61 * 61 * 61, body.stats().voxels(), 0.03 * 61 * 61 * 61, "the water cube, 61 voxels a side");
        CaseContours.Applied bone = CaseContours.apply(c, CaseContours.compute(
                new CaseContours.Request(c, new CaseContours.Bone(AutoStructures.BONE_THRESHOLD_HU, "BODY", "BONE"), false), null));
        assertEquals(RoiType.AVOID, bone.structure().getType());
        assertEquals(11 * 11 * 11, bone.stats().voxels(), 0.05 * 11 * 11 * 11, "the bone cube, 11 voxels a side");
        assertEquals(List.of(), bone.notes(), "BODY exists: no automatic outline");
        assertEquals(List.of("GTV", "BODY", "BONE"), CaseContours.stats(c).stream().map(StructureStats::name).toList());
    }

    @Test
    void badInputIsOneLineNamingTheStructureOrPoint() {
        PatientCase c = synthetic();
        ContourException unknown = assertThrows(ContourException.class,
                () -> CaseContours.compute(new CaseContours.Request(c, new CaseContours.Margin("NOPE", 5, 5, 5, false, null, "X"), false), null));
        assertEquals("no structure named \"NOPE\" (have: GTV)", unknown.getMessage());
        ContourException outside = assertThrows(ContourException.class,
                () -> CaseContours.compute(new CaseContours.Request(c, new CaseContours.Grow(new double[] { 100, 0, 0 }, -100, 100, "G"), false), null));
        assertEquals("seed point (100.0, 0.0, 0.0) mm lies outside the CT", outside.getMessage());
        ContourException empty = assertThrows(ContourException.class,
                () -> CaseContours.compute(new CaseContours.Request(c, new CaseContours.Threshold(3000, 4000, "METAL"), false), null));
        assertEquals("the result is empty: no structure METAL was added", empty.getMessage());
        PatientCase noCt = ModelFactory.eINSTANCE.createPatientCase();
        assertEquals("the case has no CT series with voxels", assertThrows(ContourException.class, () -> CaseContours.stats(noCt)).getMessage());
    }

    @Test
    void aGrownRegionAndTheMeshOfAStructure() throws Exception {
        PatientCase c = synthetic();
        CaseContours.Result grown = CaseContours.compute(new CaseContours.Request(c, new CaseContours.Grow(new double[] { 15, 0, 0 }, 500, 1000, "G"), false), null);
        assertEquals(11 * 11 * 11, StructureGeometry.mask(grown.structure(), GridGeometry.of(CaseContours.planningCt(c))).count(), 0.05 * 11 * 11 * 11);
        CaseContours.Mesh mesh = CaseContours.mesh(c, "gtv", null);
        assertTrue(mesh.surface().isClosed());
        assertEquals(GTV_RADIUS_MM, equivalentRadiusMm(mesh.maskVolumeCc()), 0.5);
    }
}
