package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** tg43, sources and dose through the command line (formerly tests/product-tests.sh, "TG-43 points" to "zero strength"). */
class DoseCommandsTest {

    private static final String SEEDS = "seed_id,needle,x_mm,y_mm,z_mm\n1,A,65,10,-800\n2,A,65,10,-790\n3,B,75,10,-800\n4,B,75,12,-790\n";

    @TempDir
    Path tmp;

    private Path points() {
        return Fixtures.write(tmp.resolve("points.csv"), "x_cm,y_cm,z_cm\n0,1,0\n0,0,0\n0,0,2\n");
    }

    /** The reference point gives Λ (0.965 cGy/(h·U) for the 6711, consensus data), the centre a finite documented value. */
    @Test
    void tg43PointsGiveLambdaAtTheReferencePointAndAFiniteValueAtTheCentre() {
        Cli.Run r = Cli.run(tmp, "tg43", "--source", "CIAE-6711", "--points", points()).ok();
        assertEquals("0,1,0,0.965000", r.out().split("\\R")[1], r::toString);
        assertFalse(r.out().toLowerCase().contains("nan"), r::toString);
        assertTrue(r.err().contains("closer than 0.20 cm"), r::toString);
    }

    /** 1D on the transverse axis = Λ·φan(1 cm) = 0.965 × 0.944. */
    @Test
    void tg43JsonOneDimensional() {
        JsonArray rows = Cli.json(tmp, "tg43", "--source", "6711", "--points", points(), "--mode", "1d").ok().resultArray();
        assertEquals(3, rows.size());
        assertEquals(0.965 * 0.944, rows.get(0).getAsJsonObject().get("dose_rate_cGy_per_h_per_U").getAsDouble(), 1e-9);
    }

    @Test
    void doseJsonMetricsWithUnitsAndThePlanSavedBesideTheOthers() {
        Path c = Fixtures.copyCase(Fixtures.plannedCase(), tmp.resolve("case"));
        Path seeds = Fixtures.write(tmp.resolve("seeds.csv"), SEEDS);
        JsonObject r = Cli.json(tmp, "dose", "--case", c, "--seeds", seeds, "--activity-mCi", 0.6, "--prescription-Gy", 120, "--plan-id", "check",
                "--dvh-csv", tmp.resolve("dvh.csv")).ok().result();
        assertEquals(0.762, r.get("airKermaStrengthU").getAsDouble(), 1e-9);
        assertEquals(0.6, r.get("apparentActivityMCi").getAsDouble(), 1e-9);
        JsonObject g = r.getAsJsonObject("metrics").getAsJsonObject(Fixtures.TARGET);
        assertEquals("Gy", g.getAsJsonObject("D90").get("unit").getAsString());
        assertEquals("%", g.getAsJsonObject("V100").get("unit").getAsString());
        assertTrue(g.getAsJsonObject("D90").get("value").getAsDouble() > 0, g::toString);
        Map<String, String> first = Fixtures.csv(tmp.resolve("dvh.csv")).stream().filter(row -> row.get("structure").equals(Fixtures.TARGET)).findFirst()
                .orElseThrow();
        double volume = g.getAsJsonObject("volume").get("value").getAsDouble();
        assertEquals(volume, Double.parseDouble(first.get("cumulative_volume_cc")), 1e-3 * volume);

        Cli.Run info = Cli.run(tmp, "info", c).ok();
        assertTrue(info.out().contains("Plans 2") && info.out().contains("Plan check: 4 seeds"), info::toString);
    }

    /** Dose up to one half-life is half the total; a strength decays from its reference date (I-125, T½ 59.4 d). */
    @Test
    void doseTimeOptions() {
        Path c = Fixtures.copyCase(Fixtures.stsCase(), tmp.resolve("case"));
        Path seeds = Fixtures.write(tmp.resolve("seeds.csv"), SEEDS);
        JsonObject half = Cli.json(tmp, "dose", "--case", c, "--seeds", seeds, "--strength-U", 0.762, "--plan-id", "half", "--days-after-implant", 59.4,
                "--strength-date", "2026-01-01", "--implant-date", "2026-01-01").ok().result();
        JsonObject decayed = Cli.json(tmp, "dose", "--case", c, "--seeds", seeds, "--strength-U", 0.762, "--plan-id", "decayed", "--strength-date",
                "2026-01-01", "--implant-date", "2026-03-01").ok().result();
        double dHalf = half.getAsJsonObject("metrics").getAsJsonObject(Fixtures.TARGET).getAsJsonObject("Dmean").get("value").getAsDouble();
        double dDec = decayed.getAsJsonObject("metrics").getAsJsonObject(Fixtures.TARGET).getAsJsonObject("Dmean").get("value").getAsDouble();
        double s = decayed.get("airKermaStrengthU").getAsDouble();
        assertEquals(0.762 * Math.pow(0.5, 59 / 59.4), s, 1e-9);
        // same seeds: Dmean scales with strength × time factor
        assertEquals(0.5 * 0.762 / s, dHalf / dDec, 1e-3 * dHalf / dDec);
    }

    /** Exactly the grid of an RTDOSE (pydicom sample: 10 × 10 × 15 at 10 × 10 × 5 mm, another frame of reference). */
    @Test
    void doseOnTheGridOfAnRtDose() {
        Path c = Fixtures.copyCase(Fixtures.stsCase(), tmp.resolve("case"));
        Path seeds = Fixtures.write(tmp.resolve("seeds.csv"), SEEDS);
        Path rtdose = Fixtures.repo().resolve("bundles/org.opensabt.dicom.pixelmed.tests/data/pydicom-samples/rtdose.dcm");
        JsonObject r = Cli.json(tmp, "dose", "--case", c, "--seeds", seeds, "--strength-U", 0.5, "--plan-id", "rtdose-grid", "--grid-from-rtdose", rtdose)
                .ok().result();
        JsonObject g = r.getAsJsonObject("grid");
        assertEquals(List.of(10, 10, 15), List.of(g.get("columns").getAsInt(), g.get("rows").getAsInt(), g.get("slices").getAsInt()));
        JsonArray spacing = g.getAsJsonArray("spacingMm");
        assertEquals(List.of(10.0, 10.0, 5.0), List.of(spacing.get(0).getAsDouble(), spacing.get(1).getAsDouble(), spacing.get(2).getAsDouble()));
        assertEquals(189.43125, g.getAsJsonArray("originMm").get(0).getAsDouble(), 1e-9);
        assertEquals(-761.87, g.getAsJsonArray("originMm").get(2).getAsDouble(), 1e-9);
        assertTrue(r.getAsJsonArray("warnings").asList().stream().anyMatch(w -> w.getAsString().contains("frame of reference")), r::toString);
    }

    @Test
    void seedOutsideTheCtIsNamedAndTheCaseUnchanged() {
        Path c = Fixtures.copyCase(Fixtures.stsCase(), tmp.resolve("case"));
        String before = Fixtures.sha256(c.resolve("case.xmi"));
        Path outside = Fixtures.write(tmp.resolve("outside.csv"), "x_mm,y_mm,z_mm\n65,10,-100\n");
        Cli.run(tmp, "dose", "--case", c, "--seeds", outside, "--strength-U", 0.5).refused("seed 1 at (65.0, 10.0, -100.0) mm lies outside the CT");
        assertEquals(before, Fixtures.sha256(c.resolve("case.xmi")));
    }

    @Test
    void zeroStrengthIsRefusedWithItsLine() {
        Path c = Fixtures.copyCase(Fixtures.stsCase(), tmp.resolve("case"));
        Path zero = Fixtures.write(tmp.resolve("zero.csv"), "x_mm,y_mm,z_mm,strength_U\n65,10,-800,0\n");
        Cli.run(tmp, "dose", "--case", c, "--seeds", zero).failed(1, false, "zero.csv line 2: strength_U must be positive");
    }
}
