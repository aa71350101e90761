package org.opensabt.contour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opensabt.phantoms.TrunkCt;
import org.opensabt.model.geometry.GridGeometry;

/** BODY, BONE and region growing on the benchmark's synthetic CT (trunk, lungs, spine, couch). */
class AutoStructuresTest {

    @Test
    void bodyFillsTheLungsAndLeavesTheCouchBoneIsTheSpineGrowingFindsOneLung() {
        GridGeometry g = GridGeometry.axisAligned(new double[] { -250, -250, -30 }, new double[] { 2, 2, 3 }, 251, 251, 21);
        short[] hu = TrunkCt.hounsfieldUnits(g);
        Mask body = AutoStructures.body(hu, g, AutoStructures.BODY_THRESHOLD_HU);
        double trunk = Math.PI * 170 * 120 * 63 / 1000; // ellipse area × 21 slices × 3 mm
        assertEquals(trunk, body.volumeCc(), trunk * 0.02, "BODY = the whole trunk, lungs included");
        int couch = g.index(125 + 100, 125 + 67, 10); // (200, 134) mm: in the couch plate
        assertTrue(!body.get(couch), "couch excluded");
        int lung = g.index(125 + 35, 125 - 5, 10); // (70, −10) mm: lung centre
        assertTrue(body.get(lung), "lung inside BODY");

        Mask bone = AutoStructures.bone(hu, g, AutoStructures.BONE_THRESHOLD_HU, body);
        double spine = Math.PI * 18 * 18 * 63 / 1000;
        assertEquals(spine, bone.volumeCc(), spine * 0.05, "BONE = the vertebral cylinder, not the couch");

        Mask grown = AutoStructures.regionGrow(hu, g, lung, -1000, -500);
        double oneLung = Math.PI * 45 * 45 * 63 / 1000;
        assertEquals(oneLung, grown.volumeCc(), oneLung * 0.03, "region growing stays in one lung");
    }
}
