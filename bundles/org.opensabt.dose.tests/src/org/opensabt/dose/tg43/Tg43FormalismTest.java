package org.opensabt.dose.tg43;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.source.SeedSource;

/** The TG-43U1 formula against the shared validation table and the consensus data. */
class Tg43FormalismTest {

    @Test
    void referencePointGivesLambdaForEverySeed() throws Exception {
        for (String file : List.of("i125_6711.json", "i125_best2301.json", "i125_iai125a.json")) {
            SeedSource seed = Sources.builtIn(file);
            for (DoseMode mode : DoseMode.values()) {
                Tg43Formalism f = new Tg43Formalism(seed, KernelOptions.of(mode));
                double expected = seed.lambdaCGyPerHourPerU() * (mode == DoseMode.POINT_1D ? f.phiAn(1.0) : 1.0);
                assertEquals(expected, f.doseRateCGyPerHourPerU(1.0, 90.0), 1e-12, file + " " + mode);
            }
        }
        assertEquals(0.965, new Tg43Formalism(Sources.model6711(), KernelOptions.of(DoseMode.LINE_2D)).doseRateCGyPerHourPerU(1.0, 0, 0), 1e-12);
    }

    @Test
    void model6711MatchesTheAlongAwayTable() throws Exception {
        Tg43Formalism f = new Tg43Formalism(Sources.model6711(), KernelOptions.of(DoseMode.LINE_2D));
        double worstWithin5 = 0;
        double worst = 0;
        int points = 0;
        for (String line : Files.readAllLines(Sources.data("i125_6711_along_away.csv"))) {
            if (line.startsWith("#") || line.startsWith("z_cm")) {
                continue;
            }
            String[] cells = line.split(",");
            double z = Double.parseDouble(cells[0]);
            double y = Double.parseDouble(cells[1]);
            double reference = Double.parseDouble(cells[2]);
            double deviation = Math.abs(f.doseRateCGyPerHourPerU(0, y, z) / reference - 1);
            worst = Math.max(worst, deviation);
            if (Math.hypot(y, z) <= 5.0) {
                worstWithin5 = Math.max(worstWithin5, deviation);
            }
            points++;
        }
        assertTrue(points >= 100, "read " + points + " points");
        assertTrue(worstWithin5 <= 0.005, "r ≤ 5 cm: worst deviation " + worstWithin5);
        assertTrue(worst <= 0.02, "all points: worst deviation " + worst);
    }

    @Test
    void totalDosePerUnitStrengthAtOneCentimetre() throws Exception {
        SeedSource seed = Sources.model6711();
        double rate = new Tg43Formalism(seed, KernelOptions.of(DoseMode.LINE_2D)).doseRateCGyPerHourPerU(1.0, 90.0);
        double totalCGy = PermanentImplant.totalDoseGy(rate, seed.halfLifeDays()) * 100;
        assertEquals(1984.7, totalCGy, 1984.7 * 0.001);
        assertEquals(85.7, PermanentImplant.meanLifeHours(59.4) / 24, 0.05);
        // dose delivered up to t: half of the total after one half-life... of the integral: 1 − 2^(−t/T½)
        assertEquals(totalCGy / 200, PermanentImplant.doseUpToGy(rate, seed.halfLifeDays(), seed.halfLifeDays()), 1e-9);
        assertEquals(0.5, PermanentImplant.decayedStrengthU(1.0, 59.4, 59.4), 1e-12);
    }

    @Test
    void oneAndTwoDimensionalFormsDifferNearTheAxisAndAgreeTransversely() throws Exception {
        SeedSource seed = Sources.model6711();
        Tg43Formalism line = new Tg43Formalism(seed, KernelOptions.of(DoseMode.LINE_2D));
        Tg43Formalism point = new Tg43Formalism(seed, KernelOptions.of(DoseMode.POINT_1D));
        for (double r : new double[] { 1.0, 2.0, 3.5, 5.0, 7.0 }) {
            double ratioTransverse = point.doseRateCGyPerHourPerU(r, 90.0) / line.doseRateCGyPerHourPerU(r, 90.0);
            assertEquals(point.phiAn(r), ratioTransverse, 1e-9, "transverse axis at " + r + " cm: 1D/2D = φan(r)");
            assertTrue(Math.abs(ratioTransverse - 1) < 0.07, "transverse agreement within the φan effect at " + r + " cm");
            double ratioAxis = point.doseRateCGyPerHourPerU(r, 0.0) / line.doseRateCGyPerHourPerU(r, 0.0);
            assertTrue(ratioAxis > 1.4, "near the axis the 1D form ignores the anisotropy: 1D/2D = " + ratioAxis + " at " + r + " cm");
        }
    }

    @Test
    void phiAnDerivedFromAnisotropyMatchesTheConsensusTable() throws Exception {
        SeedSource seed = Sources.model6711();
        SeedSource withoutPhi = new SeedSource(seed.name(), seed.aliases(), seed.isotope(), seed.lambdaCGyPerHourPerU(), seed.activeLengthCm(),
                seed.halfLifeDays(), seed.uPerMCi(), seed.radialRCm(), seed.radialGL(), seed.anisotropyRCm(), seed.anisotropyThetaDeg(),
                seed.anisotropyF(), null, null, "", "test");
        Tg43Formalism consensus = new Tg43Formalism(seed, KernelOptions.of(DoseMode.POINT_1D));
        Tg43Formalism derived = new Tg43Formalism(withoutPhi, KernelOptions.of(DoseMode.POINT_1D));
        assertTrue(derived.phiAnDerived());
        for (int i = 0; i < seed.phiAnRCm().length; i++) {
            double r = seed.phiAnRCm()[i];
            assertEquals(seed.phiAnValues()[i], derived.phiAn(r), 0.01 * seed.phiAnValues()[i], "φan at " + r + " cm");
        }
        assertEquals(consensus.phiAn(1.0), 0.944, 1e-12);
    }

    @Test
    void tableRulesOutsideAndBetweenTheTables() throws Exception {
        SeedSource seed = Sources.model6711();
        Tg43Formalism linear = new Tg43Formalism(seed, KernelOptions.of(DoseMode.LINE_2D));
        Tg43Formalism logLinear = new Tg43Formalism(seed, new KernelOptions(DoseMode.LINE_2D, true, false));
        Tg43Formalism clamped = new Tg43Formalism(seed, new KernelOptions(DoseMode.LINE_2D, false, true));
        // g below r_min: the first value; beyond r_max: exponential through the last two points
        assertEquals(1.055, linear.radialDose(0.05), 1e-12);
        assertEquals(0.0803 * Math.pow(0.0803 / 0.109, 2.0), linear.radialDose(12.0), 1e-12);
        // between nodes: linear vs log-linear
        assertEquals((0.814 + 0.632) / 2, linear.radialDose(2.5), 1e-12);
        assertEquals(Math.sqrt(0.814 * 0.632), logLinear.radialDose(2.5), 1e-12);
        // F beyond 5 cm: linear extrapolation or clamp; symmetric about 90°
        assertEquals(0.550 + (0.550 - 0.520) * 2, linear.anisotropy(7.0, 0.0), 1e-12);
        assertEquals(0.550, clamped.anisotropy(7.0, 0.0), 1e-12);
        assertEquals(linear.anisotropy(2.5, 20.0), linear.anisotropy(2.5, 160.0), 1e-12);
        assertEquals((0.497 + 0.535) / 2, linear.anisotropy(2.5, 5.0), 1e-12);
    }

    @Test
    void neverNaNAndTheCentreHasADocumentedValue() throws Exception {
        for (DoseMode mode : DoseMode.values()) {
            Tg43Formalism f = new Tg43Formalism(Sources.model6711(), KernelOptions.of(mode));
            double atClamp = f.doseRateCGyPerHourPerU(f.clampRadiusCm(), 0, 0);
            assertEquals(atClamp, f.doseRateCGyPerHourPerU(0, 0, 0), 0.0, "r = 0 gives the transverse value at the clamp radius");
            assertEquals(f.doseRateCGyPerHourPerU(0, 0, f.clampRadiusCm()), f.doseRateCGyPerHourPerU(0, 0, 0.1), 0.0, "on the source segment");
            Random random = new Random(3);
            for (int i = 0; i < 100_000; i++) {
                double x = random.nextGaussian() * Math.pow(10, random.nextInt(4) - 3);
                double y = random.nextGaussian() * Math.pow(10, random.nextInt(4) - 3);
                double z = random.nextGaussian() * Math.pow(10, random.nextInt(4) - 3);
                double v = f.doseRateCGyPerHourPerU(x, y, z);
                assertTrue(Double.isFinite(v) && v >= 0, mode + " at " + x + "," + y + "," + z + ": " + v);
            }
        }
    }
}
