package org.opensabt.model.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.opensabt.model.schema.CaseSchema;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.model.ImageSeries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;

class CaseStoreTest {

    @TempDir
    Path tmp;

    /** EMF structural equality that compares the in-memory arrays by content. */
    @SuppressWarnings("serial")
    private static boolean sameCase(EObject a, EObject b) {
        EcoreUtil.EqualityHelper helper = new EcoreUtil.EqualityHelper() {
            @Override
            protected boolean haveEqualAttribute(EObject x, EObject y, EAttribute attribute) {
                Object vx = x.eGet(attribute);
                Object vy = y.eGet(attribute);
                if (vx instanceof short[] sx && vy instanceof short[] sy) {
                    return Arrays.equals(sx, sy);
                }
                if (vx instanceof float[] fx && vy instanceof float[] fy) {
                    return Arrays.equals(fx, fy);
                }
                return super.haveEqualAttribute(x, y, attribute);
            }
        };
        return helper.equals(a, b);
    }

    @Test
    void roundTripEqualsOriginal() throws Exception {
        PatientCase original = SampleCases.fullCase(1);
        Path dir = tmp.resolve("case");
        new CaseStore().save(original, dir);
        PatientCase loaded = new CaseStore().load(dir);
        assertTrue(sameCase(original, loaded), "loaded case differs from the saved one");
        // the cross references survive: plan -> target structure, seed -> needle
        Plan plan = loaded.getPlans().get(0);
        assertEquals("GTV", plan.getTarget().getName());
        assertEquals("N1", plan.getSeeds().get(0).getNeedle().getNeedleId());
        assertEquals("1961-03-14", loaded.getPatient().getBirthDate().toXMLFormat());
        // arrays live beside the XMI, not inside it
        String xmi = Files.readString(dir.resolve(CaseStore.CASE_FILE));
        assertFalse(xmi.contains("voxels="), "voxels must not be serialised into the XMI");
        try (Stream<Path> arrays = Files.list(dir.resolve(CaseStore.ARRAYS_DIR))) {
            assertEquals(2, arrays.count());
        }
        // saving the loaded case again writes the same XMI text
        Path dir2 = tmp.resolve("again");
        loaded.setModifiedAt(null);
        new CaseStore().save(loaded, dir2);
        assertEquals(xmi.replaceAll("modifiedAt=\"[^\"]*\"", ""),
                Files.readString(dir2.resolve(CaseStore.CASE_FILE)).replaceAll("modifiedAt=\"[^\"]*\"", ""));
    }

    @Test
    void aSaveInterruptedAtAnyStepKeepsThePreviousCase() throws Exception {
        List<String> steps = new ArrayList<>();
        new CaseStore("probe", steps::add).save(SampleCases.fullCase(2), tmp.resolve("probe"));
        assertTrue(steps.size() >= 8, "expected the save to report its steps, got " + steps);
        int commit = steps.indexOf("committed");
        assertTrue(commit > 0);

        for (int interruptAt = 0; interruptAt < steps.size(); interruptAt++) {
            Path dir = tmp.resolve("case-" + interruptAt);
            PatientCase before = SampleCases.fullCase(3);
            new CaseStore().save(before, dir);
            PatientCase expectedOld = new CaseStore().load(dir);

            PatientCase changed = new CaseStore().load(dir);
            changed.getPatient().setName("Changed^Name");
            ImageSeries ct = changed.getStudies().get(0).getSeries().get(0);
            short[] voxels = ct.getVoxels().clone();
            voxels[0] = 1234;
            ct.setVoxels(voxels);
            changed.getPlans().get(0).getDoseGrid().setDoseValues(new float[24]);

            String stop = steps.get(interruptAt);
            CaseStore crashing = new CaseStore("crashing", step -> {
                if (step.equals(stop)) {
                    throw new IOException("simulated crash at " + step);
                }
            });
            IOException crash = assertThrows(IOException.class, () -> crashing.save(changed, dir));
            assertTrue(crash.getMessage().contains("simulated crash"), crash.getMessage());

            PatientCase after = new CaseStore().load(dir);
            if (interruptAt < commit) {
                assertEquals("Doe^Jane", after.getPatient().getName(), "interrupted at " + stop);
                assertArrayEquals(expectedOld.getStudies().get(0).getSeries().get(0).getVoxels(),
                        after.getStudies().get(0).getSeries().get(0).getVoxels(), "interrupted at " + stop);
                assertArrayEquals(expectedOld.getPlans().get(0).getDoseGrid().getDoseValues(),
                        after.getPlans().get(0).getDoseGrid().getDoseValues(), "interrupted at " + stop);
            } else {
                assertEquals("Changed^Name", after.getPatient().getName(), "interrupted at " + stop);
                assertEquals(1234, after.getStudies().get(0).getSeries().get(0).getVoxels()[0]);
            }
            // the next save cleans whatever the interrupted one left behind
            new CaseStore().save(after, dir);
            try (Stream<Path> files = Files.walk(dir)) {
                assertFalse(files.anyMatch(f -> f.getFileName().toString().contains(CaseStore.TEMP_MARK)),
                        "temporary files left after a complete save (interrupted at " + stop + ")");
            }
            try (Stream<Path> arrays = Files.list(dir.resolve(CaseStore.ARRAYS_DIR))) {
                assertEquals(2, arrays.count(), "unreferenced arrays kept (interrupted at " + stop + ")");
            }
        }
    }

    @Test
    void theImplantsDetectionRoundTripsAndA14CaseWithoutItLoadsAsNotRecorded() throws Exception {
        PatientCase original = SampleCases.fullCase(2);
        org.opensabt.model.Implant implant = original.getImplants().get(0);
        implant.setSeedsExpected(60);
        implant.setRegistrationResidualMm(0.42);
        implant.getEdits().add("deleted D007");
        org.opensabt.model.MetalObject clip = org.opensabt.model.ModelFactory.eINSTANCE.createMetalObject();
        clip.getPositionMm().addAll(List.of(-28.5, 0.6, 4.0));
        clip.setLengthMm(6);
        clip.setWidthMm(Double.NaN);
        clip.setDescription("bent: a clip");
        implant.getOtherMetal().add(clip);
        org.opensabt.model.Seed seed = org.opensabt.model.ModelFactory.eINSTANCE.createSeed();
        seed.setSeedId("D001");
        seed.setAxisAssumed(true);
        implant.getSeeds().add(seed);
        Path dir = tmp.resolve("implant-1.5");
        new CaseStore().save(original, dir);
        PatientCase loaded = new CaseStore().load(dir);
        assertTrue(sameCase(original, loaded), "the implant's detection survives saving");
        org.opensabt.model.Implant back = loaded.getImplants().get(0);
        assertEquals(60, back.getSeedsExpected());
        assertEquals(0.42, back.getRegistrationResidualMm());
        assertEquals(List.of("deleted D007"), back.getEdits());
        assertEquals(List.of(-28.5, 0.6, 4.0), back.getOtherMetal().get(0).getPositionMm());
        assertTrue(Double.isNaN(back.getOtherMetal().get(0).getWidthMm()));
        assertTrue(back.getSeeds().get(0).isAxisAssumed());

        // a case of schema 1.4 (no such attributes): loads, the detection not recorded
        Path old = tmp.resolve("implant-1.4");
        new CaseStore().save(SampleCases.fullCase(2), old);
        Path xmi = old.resolve(CaseStore.CASE_FILE);
        assertFalse(Files.readString(xmi).contains("seedsExpected"), "nothing written for an implant without a detection");
        rewrite(xmi, "schemaVersion=\"" + CaseSchema.VERSION + "\"", "schemaVersion=\"1.4\"");
        org.opensabt.model.Implant was = new CaseStore().load(old).getImplants().get(0);
        assertEquals(-1, was.getSeedsExpected());
        assertEquals(-1, was.getRegistrationResidualMm());
        assertTrue(was.getOtherMetal().isEmpty() && was.getEdits().isEmpty());
    }

    /** Schema 1.6: the treated lesion and the follow-ups' adverse events are saved and loaded; a 1.5 case without them loads as not recorded. */
    @Test
    void theLesionAndAdverseEventsRoundTripAndAnOlderCaseHasNone() throws Exception {
        PatientCase original = SampleCases.fullCase(3);
        original.setTumourLocation("extremity");
        original.setPathology("liposarcoma");
        original.setGrade("G2");
        original.setLesionType("local_recurrence");
        org.opensabt.model.FollowUp visit = org.opensabt.model.ModelFactory.eINSTANCE.createFollowUp();
        visit.setMonthsSinceImplant(3);
        org.opensabt.model.AdverseEvent ae = org.opensabt.model.ModelFactory.eINSTANCE.createAdverseEvent();
        ae.setCategory("procedure");
        ae.setTerm("pneumothorax");
        ae.setCtcaeGrade(2);
        visit.getAdverseEvents().add(ae);
        original.getFollowUps().add(visit);
        Path dir = tmp.resolve("lesion");
        new CaseStore().save(original, dir);
        PatientCase loaded = new CaseStore().load(dir);
        assertEquals("extremity", loaded.getTumourLocation());
        assertEquals("liposarcoma", loaded.getPathology());
        assertEquals("G2", loaded.getGrade());
        assertEquals("local_recurrence", loaded.getLesionType());
        org.opensabt.model.FollowUp back = loaded.getFollowUps().get(loaded.getFollowUps().size() - 1);
        assertEquals(1, back.getAdverseEvents().size());
        assertEquals("pneumothorax", back.getAdverseEvents().get(0).getTerm());
        assertEquals(2, back.getAdverseEvents().get(0).getCtcaeGrade());
        // the same case as schema 1.5 wrote it: no lesion attributes, no adverse events
        Path old = tmp.resolve("schema-1.5");
        new CaseStore().save(SampleCases.fullCase(3), old);
        Path xmi = old.resolve(CaseStore.CASE_FILE);
        rewrite(xmi, "schemaVersion=\"" + CaseSchema.VERSION + "\"", "schemaVersion=\"1.5\"");
        PatientCase older = new CaseStore().load(old);
        assertEquals(null, older.getPathology());
        assertTrue(older.getFollowUps().stream().allMatch(f -> f.getAdverseEvents().isEmpty()));
    }

    @Test
    void aCaseWrittenByANewerSchemaIsRefusedClearly() throws Exception {
        Path dir = tmp.resolve("newer-minor");
        new CaseStore().save(SampleCases.fullCase(4), dir);
        Path xmi = dir.resolve(CaseStore.CASE_FILE);
        String newer = CaseSchema.MAJOR + "." + (CaseSchema.MINOR + 1);
        rewrite(xmi, "schemaVersion=\"" + CaseSchema.VERSION + "\"", "schemaVersion=\"" + newer + "\"");
        CaseLoadException e = assertThrows(CaseLoadException.class, () -> new CaseStore().load(dir));
        assertTrue(e.getMessage().contains("newer OpenSABT (case schema " + newer + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("up to " + CaseSchema.VERSION), e.getMessage());
        assertTrue(e.getMessage().startsWith(xmi.toString()), e.getMessage());

        Path dir2 = tmp.resolve("newer-major");
        new CaseStore().save(SampleCases.fullCase(4), dir2);
        Path xmi2 = dir2.resolve(CaseStore.CASE_FILE);
        rewrite(xmi2, "http://opensabt.org/schema/case/1", "http://opensabt.org/schema/case/2");
        rewrite(xmi2, "schemaVersion=\"" + CaseSchema.VERSION + "\"", "schemaVersion=\"2.0\"");
        e = assertThrows(CaseLoadException.class, () -> new CaseStore().load(dir2));
        assertTrue(e.getMessage().contains("newer OpenSABT (case schema 2.0)"), e.getMessage());
    }

    @Test
    void unknownContentNamesTheLine() throws Exception {
        Path dir = tmp.resolve("unknown");
        new CaseStore().save(SampleCases.fullCase(5), dir);
        Path xmi = dir.resolve(CaseStore.CASE_FILE);
        rewrite(xmi, "<patient ", "<patient futureField=\"x\" ");
        CaseLoadException e = assertThrows(CaseLoadException.class, () -> new CaseStore().load(dir));
        assertTrue(e.getMessage().contains("line "), e.getMessage());
        assertTrue(e.getMessage().contains("futureField"), e.getMessage());
    }

    @Test
    void damagedOrMissingArraysAreNamed() throws Exception {
        Path dir = tmp.resolve("damaged");
        PatientCase c = SampleCases.fullCase(6);
        new CaseStore().save(c, dir);
        Path voxelFile = dir.resolve(c.getStudies().get(0).getSeries().get(0).getVoxelFile());
        byte[] bytes = Files.readAllBytes(voxelFile);

        Files.write(voxelFile, Arrays.copyOf(bytes, bytes.length - 2));
        CaseLoadException e = assertThrows(CaseLoadException.class, () -> new CaseStore().load(dir));
        assertEquals(voxelFile, e.getFile());
        assertTrue(e.getMessage().contains("expected " + bytes.length), e.getMessage());

        bytes[10] ^= 1;
        Files.write(voxelFile, bytes);
        e = assertThrows(CaseLoadException.class, () -> new CaseStore().load(dir));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());

        Files.delete(voxelFile);
        e = assertThrows(CaseLoadException.class, () -> new CaseStore().load(dir));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void notACaseFolder() throws Exception {
        CaseLoadException e = assertThrows(CaseLoadException.class, () -> new CaseStore().load(tmp.resolve("nothing")));
        assertTrue(e.getMessage().contains("no such case folder"));
        Files.createDirectories(tmp.resolve("empty"));
        e = assertThrows(CaseLoadException.class, () -> new CaseStore().load(tmp.resolve("empty")));
        assertTrue(e.getMessage().contains("not an OpenSABT case"), e.getMessage());
        Files.writeString(tmp.resolve("empty").resolve(CaseStore.CASE_FILE), "<broken");
        e = assertThrows(CaseLoadException.class, () -> new CaseStore().load(tmp.resolve("empty")));
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
    }

    @Test
    void anInvalidCaseIsNotSavedAndNothingIsWritten() throws Exception {
        PatientCase c = SampleCases.fullCase(7);
        c.setCaseId(null);
        ImageSeries ct = c.getStudies().get(0).getSeries().get(0);
        ct.setVoxels(new short[3]);
        Path dir = tmp.resolve("invalid");
        CaseSaveException e = assertThrows(CaseSaveException.class, () -> new CaseStore().save(c, dir));
        assertTrue(e.getMessage().contains("caseId"), e.getMessage());
        assertTrue(e.getMessage().contains("voxels has 3 values"), e.getMessage());
        assertFalse(Files.exists(dir), "nothing may be written for an invalid case");
        assertNotNull(e.getMessage());
    }

    private static void rewrite(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "fixture text not found: " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
