package org.opensabt.dose.mc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.mc.internal.PhotonPhysics;

/**
 * The slab study's physics: inside bone, D(m,m)/D(w,m) is the ratio of mass energy-absorption coefficients bone/water
 * at the local spectrum, so it must lie within that ratio's range over the seed's energies (20–36 keV); bone
 * shields what lies beyond it, lung lets more through than water.
 */
class HeterogeneityTest {

    @Test
    void boneAbsorbsAndShieldsLungTransmits() throws Exception {
        PhotonPhysics physics = MonteCarloDoseEngine.physics();
        int bone = physics.materialIndex("cortical-bone");
        int water = physics.materialIndex("water");
        double low = Double.MAX_VALUE;
        double high = 0;
        for (double e = 15; e <= 36; e += 0.5) {
            double ratio = physics.energyAbsorptionCm2PerG(bone, e) / physics.energyAbsorptionCm2PerG(water, e);
            low = Math.min(low, ratio);
            high = Math.max(high, ratio);
        }
        SlabStudy.Result b = SlabStudy.run(Seeds.model6711(), "cortical-bone", 1.85, 3_000_000, 5, 2, null);
        for (SlabStudy.Point p : b.points()) {
            if (p.inSlab()) {
                double ratio = p.ratioMedium() / p.ratioWaterInMedium();
                assertTrue(ratio >= low && ratio <= high, "in bone D(m,m)/D(w,m) = " + ratio + ", μen ratio range " + low + "–" + high);
            } else if (p.xCm() > 2) {
                assertTrue(p.ratioWaterInMedium() < 0.8, "beyond 1 cm of bone at " + p.xCm() + " cm: " + p.ratioWaterInMedium());
            } else {
                assertTrue(Math.abs(p.ratioWaterInMedium() - 1) < 0.1, "before the slab at " + p.xCm() + " cm: " + p.ratioWaterInMedium());
            }
        }
        SlabStudy.Result l = SlabStudy.run(Seeds.model6711(), "lung", 0.26, 3_000_000, 5, 2, null);
        for (SlabStudy.Point p : l.points()) {
            if (p.xCm() > 2) {
                assertTrue(p.ratioWaterInMedium() > 1.1, "beyond 1 cm of lung at " + p.xCm() + " cm: " + p.ratioWaterInMedium());
            }
        }
    }
}
