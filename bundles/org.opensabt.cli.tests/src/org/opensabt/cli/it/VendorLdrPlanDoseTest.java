package org.opensabt.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opensabt.testing.LdrPlanFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.testing.LdrPlanFixtures.Pattern;
import org.opensabt.testing.LdrPlanFixtures.Seed;

import com.google.gson.JsonObject;

/**
 * LDR seed plans as commercial planning systems write them (issue 23, part 1), each written here with PixelMed, read by
 * {@code opensabt dose --rtplan} and re-checked against an independent "planning system" RT Dose
 * (python/tg43_ldr_rtdose.py: TG-43U1 line source from the consensus data, pydicom): at least 95 % of the voxels above
 * 50 % of the prescription within 2 %, the PTV's D90 within 1.5 %. A deliberately wrong plan (strength × 1.1, one seed
 * moved 5 mm) must fail the criteria; a true HDR stepping plan is refused with its type, movement and dwell count.
 */
class VendorLdrPlanDoseTest {

    static final double STRENGTH_U = 0.5;
    static final double RX_GY = 100;
    static final double TILT = Math.toRadians(20);
    /** Voxel centres at odd mm from −29 to 29: no voxel centre on a seed (seeds at multiples of 10 mm). */
    static final String GRID = "-29,-29,-29,30,30,30,2";

    @TempDir
    static Path dir;
    static LdrPlanFixtures patient;
    static Path rtstruct;
    static final List<String> FIGURES = new ArrayList<>();

    @BeforeAll
    static void referenceScriptIsSound() throws Exception {
        Fixtures.tool(dir, "/usr/bin/python3", Fixtures.python("tg43_ldr_rtdose.py"), "--self-test").ok("TG-43 reference self-test");
        patient = LdrPlanFixtures.newPatient();
        rtstruct = LdrPlanFixtures.write(patient.structureSet("PTV", 15, -15, 15, 2.5), dir.resolve("RS.dcm"));
    }

    @AfterAll
    static void figures() {
        System.out.println("VendorLdrPlanDoseTest re-check figures:\n  " + String.join("\n  ", FIGURES));
    }

    /** The plan (pattern, seeds as written) re-checked against the reference dose of {@code truth}; the comparison's JSON. */
    static JsonObject recheck(String name, Pattern pattern, List<Seed> written, double writtenStrengthU, List<Seed> truth) throws Exception {
        Path rp = LdrPlanFixtures.write(patient.plan(pattern, written, writtenStrengthU, RX_GY), dir.resolve(name + "-RP.dcm"));
        Path table = Fixtures.write(dir.resolve(name + "-seeds.csv"), LdrPlanFixtures.table(truth, STRENGTH_U));
        Path rd = dir.resolve(name + "-RD.dcm");
        Fixtures.tool(dir, "/usr/bin/python3", Fixtures.python("tg43_ldr_rtdose.py"), table, rd, "--grid", GRID, "--plan", rp).ok("reference RT Dose");
        Cli.Run run = Cli.json(dir, "dose", "--rtplan", rp, "--rtstruct", rtstruct, "--compare-rtdose", rd, "--target", "PTV").ok();
        JsonObject result = run.result();
        assertEquals(written.size(), result.get("seeds").getAsInt(), name + ": seeds read");
        JsonObject c = result.getAsJsonObject("comparison");
        FIGURES.add(String.format(Locale.ROOT, "%-22s %6.2f %% of %5d voxels above 50 %% Rx within 2 %%; D90 %.2f Gy vs %.2f Gy (%+.2f %%)%s", name,
                c.get("within2PercentAbove50PercentRxPercent").getAsDouble(), c.get("voxelsAbove50PercentRx").getAsLong(), c.get("d90Gy").getAsDouble(),
                c.get("referenceD90Gy").getAsDouble(), c.get("d90DifferencePercent").getAsDouble(), c.get("meetsCriteria").getAsBoolean() ? "" : "  FAILS"));
        assertTrue(c.get("voxelsAbove50PercentRx").getAsLong() > 1000, c::toString);
        Cli.Run text = Cli.run(dir, "dose", "--rtplan", rp, "--rtstruct", rtstruct, "--compare-rtdose", rd, "--target", "PTV").ok();
        assertTrue(text.out().contains("voxels above 50 % of the prescription within 2 %") && text.out().contains("D90 of PTV"), text::toString);
        return c;
    }

    static void agrees(JsonObject c) {
        assertTrue(c.get("within2PercentAbove50PercentRxPercent").getAsDouble() >= 95, c::toString);
        assertTrue(Math.abs(c.get("d90DifferencePercent").getAsDouble()) <= 1.5, c::toString);
        assertTrue(c.get("meetsCriteria").getAsBoolean(), c::toString);
    }

    static List<Seed> tilted() {
        return LdrPlanFixtures.lattice(new double[] { 0, Math.sin(TILT), Math.cos(TILT) });
    }

    static List<Seed> alongZ() {
        return LdrPlanFixtures.lattice(new double[] { 0, 0, 1 });
    }

    /** a) CP0/CP1 at the seed (0/100), CP2/CP3 1 mm along a tilted axis (0/0); a second, unused `---` source of strength 0. */
    @Test
    void vendorFourPointChannels() throws Exception {
        agrees(recheck("a-vendor-4cp", Pattern.VENDOR_4CP, tilted(), STRENGTH_U, tilted()));
    }

    /** b) one control point per seed, weight 0 or the final weight; no axis: the slice direction (z) as the reference has it. */
    @Test
    void onePointPerSeed() throws Exception {
        agrees(recheck("b-one-point", Pattern.ONE_POINT, alongZ(), STRENGTH_U, alongZ()));
    }

    /** c) two control points at one position (weights 0 and 1) with Control Point Orientation, no Source Movement Type. */
    @Test
    void twoPointsAtOnePosition() throws Exception {
        agrees(recheck("c-two-points", Pattern.TWO_POINTS, tilted(), STRENGTH_U, tilted()));
    }

    /** d) strands: three seeds and two spacers per channel; the axis is the strand's line. */
    @Test
    void strands() throws Exception {
        agrees(recheck("d-strands", Pattern.STRANDS, alongZ(), STRENGTH_U, alongZ()));
    }

    /** The re-check can fail: strength × 1.1, or one seed 5 mm away from where the reference dose has it. */
    @Test
    void wrongPlansFailTheCriteria() throws Exception {
        JsonObject strong = recheck("wrong-strength-x1.1", Pattern.VENDOR_4CP, tilted(), 1.1 * STRENGTH_U, tilted());
        assertTrue(strong.get("within2PercentAbove50PercentRxPercent").getAsDouble() < 5, strong::toString);
        assertFalse(strong.get("meetsCriteria").getAsBoolean(), strong::toString);

        List<Seed> moved = new ArrayList<>(tilted());
        Seed centre = moved.get(13);
        moved.set(13, new Seed(new double[] { centre.positionMm()[0] + 5, centre.positionMm()[1], centre.positionMm()[2] }, centre.axis()));
        JsonObject shifted = recheck("wrong-seed-moved-5mm", Pattern.VENDOR_4CP, moved, STRENGTH_U, tilted());
        assertFalse(shifted.get("meetsCriteria").getAsBoolean(), shifted::toString);
    }

    /** f) a real HDR stepping plan is refused as a seed plan, with its type, movement and dwell count. */
    @Test
    void hdrSteppingPlanIsRefusedWithTheReason() {
        Path rp;
        try {
            rp = LdrPlanFixtures.write(patient.plan(Pattern.HDR_STEPPING, alongZ().subList(0, 3), 40000, RX_GY), dir.resolve("f-hdr-RP.dcm"));
        } catch (com.pixelmed.dicom.DicomException e) {
            throw new IllegalStateException(e);
        }
        Cli.run(dir, "dose", "--rtplan", rp).refused("the plan has no fixed sources (seeds); its 12 dwell positions belong to a stepping-source (HDR/PDR) plan",
                "Brachy Treatment Type HDR", "Source Movement Type STEPWISE");
    }

    /** e) a seed plan whose source has no air-kerma strength: one line naming the tag; accepted with --strength-U. */
    @Test
    void unreadableStrengthIsRefusedInOneLine() throws Exception {
        Path rp = LdrPlanFixtures.write(patient.plan(Pattern.VENDOR_4CP, tilted(), 0, RX_GY), dir.resolve("e-no-strength-RP.dcm"));
        Cli.run(dir, "dose", "--rtplan", rp).refused("channel 1: source 1 (I-125) has no air-kerma strength: (300A,022A) Reference Air Kerma Rate is 0",
                "give the seeds' strength with --strength-U");
        assertEquals(0.5, Cli.json(dir, "dose", "--rtplan", rp, "--strength-U", 0.5).ok().result().get("airKermaStrengthU").getAsDouble(), 1e-9);
    }

    /**
     * The vendor plan dosed on a case (the imported demo CT with its GTV): the seeds are stored as the case's plan and
     * re-checked against the reference RT Dose with the GTV's D90.
     */
    @Test
    void vendorPlanOnACase() throws Exception {
        Path c = Fixtures.copyCase(Fixtures.stsCase(), dir.resolve("case"));
        JsonObject extent = Cli.json(dir, "contour", "margin", "--case", c, "--structure", Fixtures.TARGET, "--mm", 1, "--name", "GTV_PLUS_1").ok().result()
                .getAsJsonObject("structure").getAsJsonObject("extentMm");
        double[] centre = new double[3];
        for (int k = 0; k < 3; k++) {
            centre[k] = Math.round((extent.getAsJsonArray("min").get(k).getAsDouble() + extent.getAsJsonArray("max").get(k).getAsDouble()) / 2);
        }
        List<Seed> seeds = new ArrayList<>();
        for (Seed s : tilted()) {
            seeds.add(new Seed(new double[] { s.positionMm()[0] + centre[0], s.positionMm()[1] + centre[1], s.positionMm()[2] + centre[2] }, s.axis()));
        }
        Path rp = LdrPlanFixtures.write(patient.plan(Pattern.VENDOR_4CP, seeds, STRENGTH_U, RX_GY), dir.resolve("case-RP.dcm"));
        Path rd = dir.resolve("case-RD.dcm");
        String grid = String.format(Locale.ROOT, "%.1f,%.1f,%.1f,30,30,30,2", centre[0] - 29, centre[1] - 29, centre[2] - 29);
        Fixtures.tool(dir, "/usr/bin/python3", Fixtures.python("tg43_ldr_rtdose.py"), Fixtures.write(dir.resolve("case-seeds.csv"),
                LdrPlanFixtures.table(seeds, STRENGTH_U)), rd, "--grid", grid, "--plan", rp).ok("reference RT Dose");
        JsonObject r = Cli.json(dir, "dose", "--case", c, "--rtplan", rp, "--compare-rtdose", rd, "--target", Fixtures.TARGET, "--plan-id", "vendor").ok()
                .result();
        assertEquals(27, r.get("seeds").getAsInt());
        JsonObject cmp = r.getAsJsonObject("comparison");
        FIGURES.add(String.format(Locale.ROOT, "%-22s %6.2f %% of %5d voxels above 50 %% Rx within 2 %%; D90 (%s) %.2f Gy vs %.2f Gy (%+.2f %%)", "a-vendor-4cp on case",
                cmp.get("within2PercentAbove50PercentRxPercent").getAsDouble(), cmp.get("voxelsAbove50PercentRx").getAsLong(), cmp.get("target").getAsString(),
                cmp.get("d90Gy").getAsDouble(), cmp.get("referenceD90Gy").getAsDouble(), cmp.get("d90DifferencePercent").getAsDouble()));
        agrees(cmp);
        JsonObject info = Cli.json(dir, "info", c).ok().result();
        assertTrue(info.toString().contains("\"planId\":\"vendor\",\"seeds\":27"), info::toString); // stored in the case
    }
}
