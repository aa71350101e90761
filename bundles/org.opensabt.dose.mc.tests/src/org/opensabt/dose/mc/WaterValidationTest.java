package org.opensabt.dose.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.source.SeedSource;

/** The engine's 6711 in the TG-43U1 water phantom against the TG-43U1 consensus data (Rivard et al. 2004). */
class WaterValidationTest {

    @Test
    void radialDoseFunctionWithin3PercentAndAnisotropyAwayFromTheAxis() throws Exception {
        SeedSource seed = Seeds.model6711();
        WaterValidation.Report r = WaterValidation.run(seed, 4_000_000, 11, 2, null);
        assertEquals(8, r.radial().size());
        for (WaterValidation.Point p : r.radial()) {
            assertTrue(Math.abs(p.differencePercent()) <= 3.0, "g_L(" + p.rCm() + " cm) = " + p.monteCarlo() + ", consensus " + p.consensus());
        }
        int checked = 0;
        for (WaterValidation.Point p : r.anisotropy()) {
            if (p.thetaDeg() >= 20) {
                // 3 % plus two standard deviations of this run
                assertTrue(Math.abs(p.differencePercent()) <= 3.0 + 2 * p.uncertaintyPercent(),
                        "F(" + p.rCm() + " cm, " + p.thetaDeg() + "°) = " + p.monteCarlo() + ", consensus " + p.consensus() + " ±" + p.uncertaintyPercent() + " %");
                checked++;
            } else {
                // near the axis the seed's capsule is modelled only through its emission: the limitation stated in the docs
                assertTrue(Math.abs(p.differencePercent()) <= 15 + 2 * p.uncertaintyPercent(),
                        "F(" + p.rCm() + " cm, " + p.thetaDeg() + "°) = " + p.monteCarlo() + ", consensus " + p.consensus());
            }
        }
        assertEquals(6 * 7, checked); // six consensus radii 0.5–5 cm, 20°–80°
    }
}
