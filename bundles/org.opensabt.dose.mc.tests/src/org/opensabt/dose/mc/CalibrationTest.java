package org.opensabt.dose.mc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dose.mc.internal.CtCalibration;
import org.opensabt.dose.mc.internal.PhotonPhysics;

/** CT calibrations: the built-in one's tissues, and one precise line for each kind of bad file. */
class CalibrationTest {

    @TempDir
    Path dir;

    @Test
    void builtInCalibrationAssignsTheTissuesOfTg186() {
        PhotonPhysics physics = MonteCarloDoseEngine.physics();
        CtCalibration c = MonteCarloDoseEngine.calibration(null, physics);
        assertEquals("air", physics.materialKeys().get(c.material(-1000)));
        assertEquals("lung", physics.materialKeys().get(c.material(-700)));
        assertEquals("adipose", physics.materialKeys().get(c.material(-100)));
        assertEquals("soft-tissue", physics.materialKeys().get(c.material(40)));
        assertEquals("cortical-bone", physics.materialKeys().get(c.material(1200)));
        // seeds and streaks in a post-implant CT: tissue, not metal
        assertEquals("soft-tissue", physics.materialKeys().get(c.material(8000)));
        assertEquals(1.0, c.density(0), 1e-6);
        assertEquals(0.00121, c.density(-1024), 1e-6);
        assertTrue(c.density(1200) > 1.7 && c.density(1200) < 1.8, "bone at 1200 HU: " + c.density(1200));
    }

    @Test
    void badFilesAreRefusedNamingTheFileAndTheField() throws Exception {
        PhotonPhysics physics = MonteCarloDoseEngine.physics();
        String curve = "\"densityCurve\": [[-1000, 0.001], [0, 1.0]]";
        String metal = "\"metal\": {\"aboveHu\": 3000, \"tissue\": \"soft-tissue\", \"densityGPerCm3\": 1.03}";
        assertRefused(physics, "{\"format\": \"opensabt-ct-calibration/1\", " + curve + ", \"tissues\": [{\"tissue\": \"marrow\"}], " + metal + "}",
                "tissues[0].tissue");
        assertRefused(physics, "{\"format\": \"opensabt-ct-calibration/1\", \"densityCurve\": [[0, 1.0], [-10, 0.9]], \"tissues\": [{\"tissue\": \"water\"}], "
                + metal + "}", "densityCurve[1]");
        assertRefused(physics, "{\"format\": \"opensabt-ct-calibration/1\", " + curve
                + ", \"tissues\": [{\"tissue\": \"lung\", \"belowHu\": 0}, {\"tissue\": \"water\", \"belowHu\": -100}, {\"tissue\": \"water\"}], " + metal + "}",
                "tissues[1].belowHu");
        assertRefused(physics, "{\"format\": \"opensabt-ct-calibration/1\", " + curve + ", \"tissues\": [{\"tissue\": \"water\"}]}", "metal");
        assertRefused(physics, "{\"format\": \"other\"}", "format");
        assertRefused(physics, "[1, 2", "not JSON");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonteCarloDoseEngine.calibration(dir.resolve("none.json"), physics));
        assertTrue(e.getMessage().contains("none.json") && e.getMessage().contains("no such file"), e.getMessage());
    }

    private void assertRefused(PhotonPhysics physics, String json, String field) throws Exception {
        Path file = TestCts.write(dir, "c.json", json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonteCarloDoseEngine.calibration(file, physics));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(field), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
    }

    @Test
    void theCommittedSeedCalibrationIsCurrent() throws Exception {
        // when tables, spectra, descriptor or fit settings change, run: opensabt mc-calibrate --out bundles/org.opensabt.dose.mc/data/seed-calibration-v1.json
        SourceCalibrations.Calibration c = SourceCalibrations.of(Seeds.model6711(), 2, null);
        assertTrue(c.fromFile(), "data/seed-calibration-v1.json has no current calibration of the 6711: regenerate it with opensabt mc-calibrate");
    }
}
