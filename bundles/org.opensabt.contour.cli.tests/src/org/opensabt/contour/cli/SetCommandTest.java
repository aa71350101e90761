package org.opensabt.contour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.PatientCase;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;

import picocli.CommandLine;

/** {@code contour set} in process: type, name and colour changed and saved; each bad input refused in one line with the case untouched. */
class SetCommandTest {

    @TempDir
    Path tmp;

    CommandResult run(String... args) throws Exception {
        SetCommand command = new SetCommand();
        new CommandLine(command).parseArgs(args);
        return command.run(new CommandContext(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), tmp, false, false,
                "test"));
    }

    Path phantomCase() throws Exception {
        Path dir = tmp.resolve("case");
        PatientCase c = new Phantom(10, 5, false, 3, 5).build(); // BODY, GTV, OAR
        new CaseStore("test").save(c, dir);
        return dir;
    }

    static Structure named(PatientCase c, String name) {
        return c.getStudies().get(0).getStructureSets().get(0).getStructures().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void typeNameAndColourAreChangedAndSaved() throws Exception {
        Path dir = phantomCase();
        CommandResult r = run("--case", "case", "--structure", "OAR", "--type", "gtv", "--name", "GTV-2", "--color", "10, 20,30");
        assertEquals("Rename OAR to GTV-2, type OAR → GTV, colour 10,20,30\nSaved in " + dir, r.toText());
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) ((Map<String, Object>) r.toJson()).get("structure");
        assertEquals("GTV-2", s.get("name"));
        assertEquals("OAR", s.get("previousName"));
        assertEquals("GTV", s.get("type"));
        assertEquals(List.of(10, 20, 30), s.get("colorRgb"));
        PatientCase saved = new CaseStore("test").load(dir);
        Structure gtv2 = named(saved, "GTV-2");
        assertEquals(RoiType.GTV, gtv2.getType());
        assertEquals(List.of(10, 20, 30), gtv2.getColorRgb());
        assertEquals(3, gtv2.getRoiNumber(), "the same ROI");
        // DICOM's terms are accepted as types
        run("--case", "case", "--structure", "GTV-2", "--type", "ORGAN");
        assertEquals(RoiType.OAR, named(new CaseStore("test").load(dir), "GTV-2").getType());
    }

    @Test
    void badInputIsRefusedInOneLineAndNothingIsSaved() throws Exception {
        Path dir = phantomCase();
        byte[] before = Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE));
        assertRefused(dir + ": no structure Heart in the case (have: BODY, GTV, OAR)", "--case", "case", "--structure", "Heart", "--type", "OAR");
        assertRefused("unknown --type 'TUMOUR' (GTV, CTV, PTV, OAR, BODY, AVOID, OTHER)", "--case", "case", "--structure", "OAR", "--type", "TUMOUR");
        assertRefused("--color takes R,G,B: three whole numbers 0–255, not '1,2'", "--case", "case", "--structure", "OAR", "--color", "1,2");
        assertRefused("--color takes R,G,B: three whole numbers 0–255, not '1,2,256'", "--case", "case", "--structure", "OAR", "--color", "1,2,256");
        assertRefused("--color takes R,G,B: three whole numbers 0–255, not 'red'", "--case", "case", "--structure", "OAR", "--color", "red");
        assertRefused(dir + ": the case already has a structure named GTV; give another --name", "--case", "case", "--structure", "OAR", "--name", "gtv");
        assertRefused(dir + ": nothing to change for OAR: give a new name, type or colour", "--case", "case", "--structure", "OAR");
        CommandException tooLong = assertThrows(CommandException.class, () -> run("--case", "case", "--structure", "OAR", "--name", "x".repeat(65)));
        assertTrue(tooLong.getMessage().contains("at most 64 characters"), tooLong.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE))), "the case is unchanged");
    }

    void assertRefused(String message, String... args) {
        CommandException e = assertThrows(CommandException.class, () -> run(args));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
