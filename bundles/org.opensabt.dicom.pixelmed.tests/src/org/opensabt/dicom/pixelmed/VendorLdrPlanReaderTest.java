package org.opensabt.dicom.pixelmed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.opensabt.testing.LdrPlanFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.dicom.BrachyPlan;
import org.opensabt.dicom.DicomImportException;
import org.opensabt.testing.LdrPlanFixtures.Pattern;
import org.opensabt.testing.LdrPlanFixtures.Seed;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.ValueRepresentation;

/**
 * Brachy RT Plans in the patterns planning systems write (issue 23, part 1; PS3.3 C.8.8.15), written with PixelMed here
 * and read by {@link BrachyPlanReader}: seeds where the cumulative time weight increases, axes from Control Point
 * Orientation or the next position, strengths from the referenced source, vendor quirks, HDR plans as dwells. The old
 * reader took a channel for a seed only when all its points shared one position: patterns a and d failed with it.
 */
class VendorLdrPlanReaderTest {

    static final double[] TILTED = { 0, Math.sin(Math.toRadians(20)), Math.cos(Math.toRadians(20)) };

    @TempDir
    Path tmp;
    final LdrPlanFixtures patient = LdrPlanFixtures.newPatient();

    BrachyPlan read(AttributeList plan) throws DicomImportException {
        return new BrachyPlanReader().read(LdrPlanFixtures.write(plan, tmp.resolve("RP-" + System.nanoTime() + ".dcm")));
    }

    AttributeList plan(Pattern pattern, double[] axis) throws Exception {
        return patient.plan(pattern, LdrPlanFixtures.lattice(axis), 0.5, 100);
    }

    static void sameSeeds(List<Seed> expected, BrachyPlan plan, boolean withAxes) {
        assertEquals(expected.size(), plan.seeds().size());
        for (int i = 0; i < expected.size(); i++) {
            BrachyPlan.PlannedSeed s = plan.seeds().get(i);
            assertArrayEquals(expected.get(i).positionMm(), s.positionMm(), 1e-6, "seed " + i);
            assertEquals(0.5, s.strengthU(), 1e-12);
            if (withAxes) {
                assertNotNull(s.directionUnit(), "axis of seed " + i);
                double dot = 0;
                for (int k = 0; k < 3; k++) {
                    dot += expected.get(i).axis()[k] * s.directionUnit()[k];
                }
                assertEquals(1, Math.abs(dot), 1e-6, "axis of seed " + i); // an axis has no sign for TG-43 (F(r, 180° − θ) = F(r, θ))
            } else {
                assertNull(s.directionUnit(), "seed " + i + " has no axis in the plan");
            }
        }
        assertTrue(plan.dwells().isEmpty(), () -> plan.dwells().size() + " dwells");
    }

    /** a) the vendor 4-point channel: one seed per channel at CP1, its axis towards CP2; the unused `---` source of strength 0 is harmless. */
    @Test
    void vendorFourPointChannel() throws Exception {
        BrachyPlan plan = read(plan(Pattern.VENDOR_4CP, TILTED));
        sameSeeds(LdrPlanFixtures.lattice(TILTED), plan, true);
        assertEquals(2, plan.sources().size());
        assertEquals("---", plan.sources().get(1).isotope());
        assertEquals(100, plan.prescriptionGy(), 1e-9);
        assertEquals("LDR", plan.type());
    }

    /** b) one point per seed (weights 0 and final alternate): one seed each, no axis. */
    @Test
    void onePointPerSeed() throws Exception {
        sameSeeds(LdrPlanFixtures.lattice(TILTED), read(plan(Pattern.ONE_POINT, TILTED)), false);
    }

    /** c) two points at one position, Control Point Orientation given, no Source Movement Type (LDR plan). */
    @Test
    void twoPointsWithOrientation() throws Exception {
        sameSeeds(LdrPlanFixtures.lattice(TILTED), read(plan(Pattern.TWO_POINTS, TILTED)), true);
    }

    /** d) strands: three seeds per channel where the weight increases; spacers (no increase) are not seeds; the strand's line is the axis. */
    @Test
    void strands() throws Exception {
        double[] z = { 0, 0, 1 };
        BrachyPlan plan = read(plan(Pattern.STRANDS, z));
        sameSeeds(LdrPlanFixtures.lattice(z), plan, true);
        assertEquals(List.of(1, 2, 3), plan.seeds().subList(0, 3).stream().map(BrachyPlan.PlannedSeed::seedInChannel).toList());
        assertEquals(9, plan.seeds().stream().mapToInt(BrachyPlan.PlannedSeed::channel).distinct().count());
    }

    /** f) an HDR stepping plan: no seeds; dwells with Channel Total Time × weight step / final weight, and the movement type. */
    @Test
    void hdrSteppingPlanGivesDwellsNotSeeds() throws Exception {
        BrachyPlan plan = read(patient.plan(Pattern.HDR_STEPPING, LdrPlanFixtures.lattice(TILTED).subList(0, 3), 40000, 7));
        assertTrue(plan.seeds().isEmpty());
        assertEquals(12, plan.dwells().size());
        plan.dwells().forEach(d -> assertEquals(10, d.seconds(), 1e-9));
        assertEquals("STEPWISE", plan.dwells().get(0).movementType());
        assertEquals("HDR", plan.type());
    }

    /** e) no Final Cumulative Time Weight and weights in 0..1 (some systems): dwell times from the last weight. */
    @Test
    void missingFinalWeightAndWeightsOfOne() throws Exception {
        AttributeList l = patient.plan(Pattern.HDR_STEPPING, LdrPlanFixtures.lattice(TILTED).subList(0, 1), 40000, 7);
        AttributeList channel = channels(l).get(0);
        channel.remove(new AttributeTag(0x300A, 0x02C8));
        for (AttributeList point : items(channel, 0x300A, 0x02D0)) {
            double w = com.pixelmed.dicom.Attribute.getSingleDoubleValueOrDefault(point, new AttributeTag(0x300A, 0x02D6), 0);
            LdrPlanFixtures.put(point, 0x300A, 0x02D6, ValueRepresentation.DS, LdrPlanFixtures.ds(w / 4));
        }
        BrachyPlan plan = read(l);
        assertEquals(4, plan.dwells().size());
        plan.dwells().forEach(d -> assertEquals(10, d.seconds(), 1e-9));
    }

    /** e) Reference Air Kerma Rate 0 but Source Strength (300A,022B) in AIR_KERMA_RATE units: that strength, with a note. */
    @Test
    void strengthFromSourceStrengthInAirKermaUnits() throws Exception {
        AttributeList l = plan(Pattern.VENDOR_4CP, TILTED);
        AttributeList source = items(l, 0x300A, 0x0210).get(0);
        LdrPlanFixtures.put(source, 0x300A, 0x022A, ValueRepresentation.DS, "0");
        LdrPlanFixtures.put(source, 0x300A, 0x0229, ValueRepresentation.CS, "AIR_KERMA_RATE");
        LdrPlanFixtures.put(source, 0x300A, 0x022B, ValueRepresentation.DS, "0.5");
        BrachyPlan plan = read(l);
        sameSeeds(LdrPlanFixtures.lattice(TILTED), plan, true);
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("(300A,022B) Source Strength 0.5")), plan.notes()::toString);
    }

    /** e) no usable strength (0, or a dose rate in water): NaN with the reason naming the tags (the dose command refuses it). */
    @Test
    void unreadableStrengthIsNaNWithTheReason() throws Exception {
        AttributeList l = plan(Pattern.VENDOR_4CP, TILTED);
        LdrPlanFixtures.put(items(l, 0x300A, 0x0210).get(0), 0x300A, 0x022A, ValueRepresentation.DS, "0");
        BrachyPlan plan = read(l);
        assertTrue(Double.isNaN(plan.seeds().get(0).strengthU()));
        String why = plan.seeds().get(0).source().strengthProblem();
        assertTrue(why.contains("(300A,022A) Reference Air Kerma Rate is 0") && why.contains("(300A,022B) Source Strength"), why);

        LdrPlanFixtures.put(items(l, 0x300A, 0x0210).get(0), 0x300A, 0x0229, ValueRepresentation.CS, "DOSE_RATE_WATER");
        LdrPlanFixtures.put(items(l, 0x300A, 0x0210).get(0), 0x300A, 0x022B, ValueRepresentation.DS, "3.1");
        why = read(l).seeds().get(0).source().strengthProblem();
        assertTrue(why.contains("units DOSE_RATE_WATER, not AIR_KERMA_RATE"), why);
    }

    /**
     * e) Nucletron's private (300F,1000) block (catheter ROIs; pyTG43 #6, pymedphys #1824) is not needed; the prescription
     * only as Brachy Application Setup Dose (300A,00A4) in the fraction group is read.
     */
    @Test
    void privateBlockIgnoredAndPrescriptionFromTheFractionGroup() throws Exception {
        AttributeList l = plan(Pattern.VENDOR_4CP, TILTED);
        LdrPlanFixtures.put(l, 0x300F, 0x0010, ValueRepresentation.LO, "NUCLETRON");
        AttributeList privateItem = new AttributeList();
        LdrPlanFixtures.put(privateItem, 0x3006, 0x0084, ValueRepresentation.IS, "1");
        LdrPlanFixtures.sequence(l, 0x300F, 0x1000, privateItem);
        l.remove(new AttributeTag(0x300A, 0x0010));
        AttributeList setupDose = new AttributeList();
        LdrPlanFixtures.put(setupDose, 0x300C, 0x000C, ValueRepresentation.IS, "1");
        LdrPlanFixtures.put(setupDose, 0x300A, 0x00A4, ValueRepresentation.DS, "145");
        AttributeList group = new AttributeList();
        LdrPlanFixtures.put(group, 0x300A, 0x0071, ValueRepresentation.IS, "1");
        LdrPlanFixtures.put(group, 0x300A, 0x0078, ValueRepresentation.IS, "1");
        LdrPlanFixtures.sequence(group, 0x300C, 0x000A, setupDose);
        LdrPlanFixtures.sequence(l, 0x300A, 0x0070, group);
        BrachyPlan plan = read(l);
        sameSeeds(LdrPlanFixtures.lattice(TILTED), plan, true);
        assertEquals(145, plan.prescriptionGy(), 1e-9);
    }

    /** e) only Control Point Relative Position (300A,02D2), no 3D position: refused naming both tags. */
    @Test
    void relativePositionsOnlyAreRefused() throws Exception {
        AttributeList l = plan(Pattern.TWO_POINTS, TILTED);
        items(channels(l).get(4), 0x300A, 0x02D0).get(0).remove(new AttributeTag(0x300A, 0x02D4));
        DicomImportException e = assertThrows(DicomImportException.class, () -> read(l));
        assertTrue(e.getMessage().contains("channel 5: control point 0 lacks (300A,02D4)") && e.getMessage().contains("(300A,02D2)"), e.getMessage());
    }

    /** A fixed channel at several positions whose weights never increase says nothing of where its seeds sit: refused. */
    @Test
    void fixedChannelWithoutWeightsAtSeveralPositionsIsRefused() throws Exception {
        AttributeList l = plan(Pattern.VENDOR_4CP, TILTED);
        for (AttributeList point : items(channels(l).get(2), 0x300A, 0x02D0)) {
            point.remove(new AttributeTag(0x300A, 0x02D6));
        }
        DicomImportException e = assertThrows(DicomImportException.class, () -> read(l));
        assertTrue(e.getMessage().contains("channel 3:") && e.getMessage().contains("(300A,02D6) Cumulative Time Weight is missing"), e.getMessage());
    }

    static List<AttributeList> channels(AttributeList plan) {
        return items(items(plan, 0x300A, 0x0230).get(0), 0x300A, 0x0280);
    }

    static List<AttributeList> items(AttributeList l, int group, int element) {
        SequenceAttribute s = (SequenceAttribute) l.get(new AttributeTag(group, element));
        java.util.List<AttributeList> out = new java.util.ArrayList<>();
        for (int i = 0; i < s.getNumberOfItems(); i++) {
            out.add(s.getItem(i).getAttributeList());
        }
        return out;
    }
}
