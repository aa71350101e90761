package org.opensabt.template.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.model.ModelFactory;
import org.opensabt.model.NeedleTemplate;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.template.SyntheticPlans;

import picocli.CommandLine;

/** The `template` command in process on a saved phantom case: its text, JSON, refusals, and the case it saves. */
class TemplateCommandTest {

    @TempDir
    Path tmp;
    Path caseDir;
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void savedCase() throws Exception {
        PatientCase c = new Phantom(60, Double.NaN, false, 1, 2).build();
        SyntheticPlans.anteriorGrid(c, "p", 4, 0, 0);
        Plan none = ModelFactory.eINSTANCE.createPlan();
        none.setPlanId("none");
        c.getPlans().add(none);
        caseDir = tmp.resolve("case");
        new CaseStore("test").save(c, caseDir);
    }

    CommandResult run(String... args) throws CommandException {
        TemplateCommand command = new TemplateCommand();
        new CommandLine(command).parseArgs(args);
        return command.run(new CommandContext(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), tmp, false,
                false, "test"));
    }

    @Test
    void designsExportsAndRecordsTheTemplateInTheSavedCase() throws Exception {
        CommandResult r = run("--case", "case", "--plan", "p", "--out", "t", "--needle-gauge", "17", "--thickness-mm", "6");
        Path out = tmp.resolve("t");
        List<String> lines = r.toText().lines().toList();
        assertTrue(lines.get(0).matches("Template p-template for plan p: 4 guide holes Ø1\\.67 mm \\(17 G\\), plate 6\\.0 mm, \\d+ triangles, [0-9.]+ cm³, "
                + "1 part\\(s\\), closed 2-manifold; designed in [0-9.]+ s"), lines.get(0));
        assertEquals("Wrote template.stl, needles.csv, needles.json, drawing.png in " + out, lines.get(1));
        assertTrue(lines.get(2).startsWith("Laser reference (x, z) = ("), lines.get(2));
        assertEquals(4, lines.stream().filter(l -> l.matches("  hole \\S+ +needle N\\d +depth +[0-9.]+ mm from the guide top, +[0-9.]+° to the plate axis, 3 seeds"))
                .count(), r.toText());
        assertEquals("template: designing the plate for 4 needles of plan p" + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        Map<?, ?> json = (Map<?, ?>) r.toJson();
        assertEquals("p", json.get("planId"));
        assertEquals("p-template", json.get("templateId"));
        assertEquals(out.resolve("template.stl").toString(), json.get("stlFile"));
        assertEquals(Boolean.TRUE, json.get("closedOrientedManifold"));
        assertEquals(4, ((List<?>) json.get("holes")).size());
        for (String f : List.of("template.stl", "needles.csv", "needles.json", "drawing.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }

        PatientCase saved = new CaseStore("test").load(caseDir);
        NeedleTemplate t = saved.getTemplates().get(0);
        assertEquals("p-template", t.getTemplateId());
        assertEquals(out.resolve("template.stl").toAbsolutePath().toString(), t.getStlFile());
        assertEquals(6, t.getThicknessMm(), 0);
        Plan p = saved.getPlans().stream().filter(x -> x.getPlanId().equals("p")).findFirst().orElseThrow();
        assertTrue(p.getNeedles().stream().allMatch(n -> n.getGuideHoleId() != null));
        new CaseStore("test").lockForWrite(caseDir).close(); // the command released the case's lock
    }

    @Test
    void badInputIsOneLineAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(caseDir.resolve("case.xmi"));
        CommandException noPlan = assertThrows(CommandException.class, () -> run("--case", "case", "--plan", "x", "--out", "t"));
        assertEquals(caseDir + ": no plan x (plans: p, none)", noPlan.getMessage());
        CommandException noNeedles = assertThrows(CommandException.class, () -> run("--case", "case", "--plan", "none", "--out", "t"));
        assertTrue(noNeedles.getMessage().startsWith(caseDir + ", plan none: plan none has no needles"), noNeedles.getMessage());
        assertEquals("template: designing the plate for 0 needles of plan none" + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        CommandException thin = assertThrows(CommandException.class, () -> run("--case", "case", "--plan", "p", "--out", "t", "--thickness-mm", "1"));
        assertEquals("template thickness must be 2–20 mm, is 1.0 mm", thin.getMessage());
        assertFalse(Files.exists(tmp.resolve("t")), "nothing written");
        assertArrayEquals(before, Files.readAllBytes(caseDir.resolve("case.xmi")), "the case is unchanged");
    }
}
