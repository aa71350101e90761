package org.opensabt.postplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.postplan.PostImplant;
import org.opensabt.postplan.PostImplantException;

import picocli.CommandLine;

/** The post-implant commands' own part: options into typed edits, the facade's refusals in the command line's words. */
class PostplanCommandsTest {

    @TempDir
    Path tmp;

    void run(CliCommand command, String... args) throws Exception {
        new CommandLine(command).parseArgs(args);
        command.run(new CommandContext(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), tmp, false, false, "test"));
    }

    @Test
    void seedEditOptionsBecomeTypedEditsInTheirOrder() throws Exception {
        List<PostImplant.SeedEdit> edits = SeedEdits.parse(List.of("5,5,-850", "1,2,3,0,1,0"), List.of("D002=10,0,-860"), List.of(" D001"));
        assertEquals(4, edits.size());
        PostImplant.DeleteSeed delete = (PostImplant.DeleteSeed) edits.get(0);
        assertEquals("D001", delete.seedId());
        assertEquals("--delete-seed  D001", delete.label());
        PostImplant.MoveSeed move = (PostImplant.MoveSeed) edits.get(1);
        assertEquals("D002", move.seedId());
        assertArrayEquals(new double[] { 10, 0, -860 }, move.positionMm());
        assertEquals("--move-seed D002=10,0,-860", move.label());
        PostImplant.AddSeed add = (PostImplant.AddSeed) edits.get(3);
        assertArrayEquals(new double[] { 1, 2, 3 }, add.positionMm());
        assertArrayEquals(new double[] { 0, 1, 0 }, add.directionUnit());
        assertArrayEquals(new double[] { 0, 0, 1 }, ((PostImplant.AddSeed) edits.get(2)).directionUnit());

        assertEquals("--move-seed takes ID=X,Y,Z (mm), not D002", assertThrows(CommandException.class, () -> SeedEdits.parse(List.of(), List.of("D002"),
                List.of())).getMessage());
        assertEquals("--add-seed 1,2: expected 3 or 6 numbers (mm)", assertThrows(CommandException.class, () -> SeedEdits.parse(List.of("1,2"), List.of(),
                List.of())).getMessage());
        assertEquals("--add-seed 1,x,3: 'x' is not a number", assertThrows(CommandException.class, () -> SeedEdits.parse(List.of("1,x,3"), List.of(),
                List.of())).getMessage());
    }

    @Test
    void refusalsNameTheOptionsAndTheCaseFolder() {
        Path dir = Path.of("/cases/a");
        String frames = "/ct/post: the post-operative CT is in another frame of reference (2) than the planning CT (1) and no transform was given: the seeds "
                + "cannot be placed in the planning anatomy. " + PostImplant.HINT_REGISTRATION + "; nothing stored";
        assertEquals("/ct/post: the post-operative CT is in another frame of reference (2) than the planning CT (1) and no transform was given: the seeds "
                + "cannot be placed in the planning anatomy. Register the scans and give --transform FILE (post-op → planning, 12 or 16 numbers) or "
                + "--landmarks CSV; nothing stored", PostplanCommand.message(dir, new PostImplantException(frames)));
        String none = "/ct/post: no seeds found on the post-operative CT: no voxel reaches 2000 HU (largest 40 HU). Is this the post-implant scan? "
                + PostImplant.HINT_NO_SEEDS + "; nothing stored";
        assertEquals("/ct/post: no seeds found on the post-operative CT: no voxel reaches 2000 HU (largest 40 HU). Is this the post-implant scan? "
                + "(--threshold-hu sets the metal threshold; --add-seed adds seeds by hand); nothing stored", PostplanCommand.message(dir,
                        new PostImplantException(none)));
        assertEquals(dir + ": no plan x (plans: p)", PostplanCommand.message(dir, new PostImplantException("no plan x (plans: p)", true, null)));
    }

    @Test
    void argumentsAndTheCaseAreCheckedBeforeAnythingIsWritten() throws Exception {
        assertEquals("give the post-operative CT as --postop DICOM_DIR, or --from-implant ID to re-evaluate a stored implant",
                assertThrows(CommandException.class, () -> run(new PostplanCommand(), "--case", "c")).getMessage());
        assertEquals("give the frames' relation as --transform FILE or --landmarks CSV, not both", assertThrows(CommandException.class,
                () -> run(new PostplanCommand(), "--case", "c", "--postop", "p", "--transform", "t", "--landmarks", "l")).getMessage());
        assertEquals("give --seeds N (spread through the target) or --from-plan PLAN (its seeds displaced)", assertThrows(CommandException.class,
                () -> run(new SynthesizePostopCommand(), "--case", "c", "--out", "o")).getMessage());
        assertEquals("--shift-mm moves the coordinates of a new frame of reference: give --new-frame too", assertThrows(CommandException.class,
                () -> run(new SynthesizePostopCommand(), "--case", "c", "--out", "o", "--seeds", "3", "--shift-mm", "1,2,3")).getMessage());

        Path caseDir = tmp.resolve("case");
        new CaseStore("test").save(new Phantom(60, Double.NaN, false, 1, 2).build(), caseDir);
        assertEquals(caseDir + ": no structure PTV", assertThrows(CommandException.class,
                () -> run(new SynthesizePostopCommand(), "--case", "case", "--out", "o", "--seeds", "3", "--target", "PTV")).getMessage());
        assertEquals(caseDir + ": no plan p", assertThrows(CommandException.class,
                () -> run(new SynthesizePostopCommand(), "--case", "case", "--out", "o", "--from-plan", "p")).getMessage());
        assertEquals(caseDir + ": the case has no plan to compare the implant with (make one with 'opensabt plan' or 'opensabt dose')",
                assertThrows(CommandException.class, () -> run(new PostplanCommand(), "--case", "case", "--from-implant", "i")).getMessage());
        assertFalse(Files.exists(tmp.resolve("o")));
    }
}
