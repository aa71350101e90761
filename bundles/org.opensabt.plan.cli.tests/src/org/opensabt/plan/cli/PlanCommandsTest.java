package org.opensabt.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;

import picocli.CommandLine;

/** The plan command in process: defaults shown as before, unknown supplier ids refused in one line, a plan stored and reported. */
class PlanCommandsTest extends PlanCommandTestSupport {

    @Test
    void theHelpShowsTheSharedDefaultsAsWholeNumbers() {
        String usage = new CommandLine(new PlanCommand()).getUsageMessage();
        for (String expected : List.of("Template grid spacing (default: 5 mm)", "Seed spacing along a needle (default: 10 mm", "V100 goal, required (default: 95 %)",
                "(default: at most 60 %)", "(default: at most 25 %)", "Longest path from skin to tip (default: 200 mm)")) {
            assertTrue(usage.replaceAll("\\s+", " ").contains(expected), expected + " in\n" + usage);
        }
    }

    @Test
    void unknownSupplierIdsAreRefusedInOneLineAndNothingIsStored() throws Exception {
        Path caseDir = phantomCase();
        CommandException e = assertThrows(CommandException.class, () -> run("--case", "case", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7",
                "--source", "6711.json", "--engine", "mc"));
        assertEquals("no dose engine \"mc\" is installed (installed: " + DoseEngines.ids() + ")", e.getMessage());
        e = assertThrows(CommandException.class, () -> run("--case", "case", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7", "--source",
                "6711.json", "--optimiser", "milp"));
        assertTrue(e.getMessage().startsWith("no seed optimiser \"milp\" is installed (installed: [greedy-annealing"), e.getMessage());
        assertTrue(new CaseStore("test").load(caseDir).getPlans().isEmpty());
    }

    @Test
    void aPlanIsStoredAndReportedWithTheEngineAndOptimiserUsed() throws Exception {
        Path caseDir = phantomCase();
        CommandResult r = run("--case", "case", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7", "--source", "6711.json");
        assertTrue(r.toText().startsWith("Plan plan-1: "), r.toText());
        assertTrue(r.toText().contains("by greedy-annealing from"), r.toText());
        assertTrue(r.toText().contains("\nGoals (TG-43 engine, 2 mm grid):"), r.toText());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) r.toJson();
        assertEquals("greedy-annealing", json.get("optimiser"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> goals = (List<Map<String, Object>>) json.get("goals");
        assertEquals(List.of("structure", "metric", "goal", "required", "value", "unit", "met", "gaveWayBy"), List.copyOf(goals.get(0).keySet()));
        assertEquals(">= 140.0 Gy", goals.get(0).get("goal"));
        assertEquals(true, goals.get(0).get("met"));
        PatientCase saved = new CaseStore("test").load(caseDir);
        assertEquals("plan-1", saved.getPlans().get(0).getPlanId());
        assertEquals(json.get("needles"), saved.getPlans().get(0).getNeedles().size());
    }

    @Test
    void anApprovedPlanIsNeverReplaced() throws Exception {
        Path caseDir = phantomCase();
        PatientCase c = new CaseStore("test").load(caseDir);
        org.opensabt.model.Plan approved = org.opensabt.model.ModelFactory.eINSTANCE.createPlan();
        approved.setPlanId("plan-1");
        approved.setStatus(org.opensabt.model.PlanStatus.APPROVED);
        approved.setApprovedBy("Dr Roe");
        approved.setApprovedDateTime("2026-12-06T09:05:07");
        c.getPlans().add(approved);
        new CaseStore("test").save(c, caseDir);
        CommandException e = assertThrows(CommandException.class, () -> run("--case", "case", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7",
                "--source", "6711.json"));
        assertEquals(caseDir + ": plan plan-1 is approved by Dr Roe on 2026-12-06T09:05:07 and is never replaced; give another --plan-id", e.getMessage());
        PatientCase saved = new CaseStore("test").load(caseDir);
        assertEquals(1, saved.getPlans().size());
        assertEquals(org.opensabt.model.PlanStatus.APPROVED, saved.getPlans().get(0).getStatus());
        assertEquals("Dr Roe", saved.getPlans().get(0).getApprovedBy());
    }

    /** The phantom's OAR sphere renamed Lung-Left and pushed 12 mm into the 30 cc GTV: an organ crossing the target. */
    Path organCrossingTheTarget() throws Exception {
        Path caseDir = tmp.resolve("lung");
        PatientCase c = new Phantom(30, 0, false, 2, 2).build();
        org.opensabt.model.Structure oar = c.getStudies().get(0).getStructureSets().get(0).getStructures().stream().filter(s -> s.getName().equals("OAR"))
                .findFirst().orElseThrow();
        oar.setName("Lung-Left");
        oar.getContours().forEach(k -> {
            for (int i = 0; i < k.getPointsMm().size(); i += 3) {
                k.getPointsMm().set(i, k.getPointsMm().get(i) - 12);
            }
        });
        new CaseStore("test").save(c, caseDir);
        if (!Files.exists(tmp.resolve("6711.json"))) {
            try (InputStream in = Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json")) {
                Files.copy(in, tmp.resolve("6711.json"));
            }
        }
        return caseDir;
    }

    @Test
    void anOrganOverlappingTheTargetPlansUnlessALimitBelowRxMakesARealConflict() throws Exception {
        Path caseDir = organCrossingTheTarget();
        // issue 23: this used to stop with "OAR Lung-Left overlaps the target GTV: its limits and the prescription conflict"
        CommandResult r = run("--case", "lung", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7", "--source", "6711.json");
        assertTrue(r.toText().contains("\nnote: Lung-Left overlaps the target GTV ("), r.toText());
        assertTrue(r.toText().contains("\nnote: needles may cross Lung-Left"), r.toText());
        CommandException e = assertThrows(CommandException.class, () -> run("--case", "lung", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7",
                "--source", "6711.json", "--oar", "Lung-Left:Dmax<50", "--plan-id", "p2"));
        assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(caseDir + ": OAR Lung-Left: limit Dmax < 50.0 Gy but ")
                + "[0-9.]+ cm³ of Lung-Left lies inside GTV prescribed 140\\.0 Gy"), e.getMessage());
        // a hot-spot limit above Rx applies to the organ outside the target, and is reported there as well as for the whole organ
        CommandResult limited = run("--case", "lung", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7", "--source", "6711.json", "--oar",
                "Lung-Left:Dmax<100000", "--plan-id", "p3");
        assertTrue(limited.toText().contains("\nnote: limits of Lung-Left apply to Lung-Left outside GTV ("), limited.toText());
        assertTrue(limited.toText().contains("\n  Lung-Left outside GTV Dmax "), limited.toText());
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) ((Map<String, Object>) limited.toJson()).get("metrics");
        assertTrue(metrics.containsKey("Lung-Left") && metrics.containsKey("Lung-Left outside GTV"), metrics.keySet()::toString);
    }

    @Test
    void traversalOptionsNameOrgansOfTheCase() throws Exception {
        Path caseDir = organCrossingTheTarget();
        CommandException e = assertThrows(CommandException.class, () -> run("--case", "lung", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7",
                "--source", "6711.json", "--no-traverse", "Liver"));
        assertEquals(caseDir + ": no-traverse Liver is not an OAR structure of the case", e.getMessage());
        e = assertThrows(CommandException.class, () -> run("--case", "lung", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7", "--source",
                "6711.json", "--no-traverse", "Lung-Left", "--pass-through", "Lung-Left"));
        assertEquals("Lung-Left is named both as pass-through and as no-traverse", e.getMessage());
        assertTrue(new CaseStore("test").load(caseDir).getPlans().isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNeedleTableStatesEachLoadingAndThePatternRebuildsTheStoredSeeds() throws Exception {
        Path caseDir = phantomCase();
        CommandResult r = run("--case", "case", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7", "--source", "6711.json");
        String text = r.toText();
        assertTrue(text.contains("\nNeedles (loading from the tip: S seed, s spacer, 5 mm slots):\n  N1 "), text);
        Map<String, Object> json = (Map<String, Object>) r.toJson();
        assertEquals(5.0, json.get("loadingSlotMm"));
        assertEquals(10.0, json.get("seedSpacingMm"));
        assertEquals(5.0, json.get("minSkinDistanceMm"));
        assertEquals(3.0, json.get("boneMarginMm"));
        double slot = (Double) json.get("loadingSlotMm");
        PatientCase saved = new CaseStore("test").load(caseDir);
        org.opensabt.model.Plan plan = saved.getPlans().get(0);
        int seeds = 0;
        for (Map<String, Object> n : (List<Map<String, Object>>) json.get("needleList")) {
            String pattern = (String) n.get("loadingPattern");
            double[] tip = (double[]) n.get("tipMm");
            double[] d = (double[]) n.get("directionUnit");
            double back = (Double) n.get("deepestSeedFromTipMm");
            assertTrue(text.contains("  " + pattern), pattern + " in the text");
            // the pattern, slot by slot from the tip, gives the seeds stored on this needle
            List<double[]> rebuilt = new ArrayList<>();
            int spacers = 0;
            for (String token : pattern.split("-")) {
                if (token.equals("S")) {
                    rebuilt.add(new double[] { tip[0] - back * d[0], tip[1] - back * d[1], tip[2] - back * d[2] });
                } else {
                    assertEquals("s", token);
                    spacers++;
                }
                back += slot;
            }
            assertEquals(spacers, n.get("spacers"));
            assertEquals(((Number) n.get("seeds")).intValue(), rebuilt.size());
            List<double[]> stored = plan.getSeeds().stream().filter(s -> s.getNeedle() != null && s.getNeedle().getNeedleId().equals(n.get("id")))
                    .map(s -> s.getPositionMm().stream().mapToDouble(Double::doubleValue).toArray()).toList();
            assertEquals(stored.size(), rebuilt.size(), (String) n.get("id"));
            for (double[] p : rebuilt) {
                assertTrue(stored.stream().anyMatch(q -> Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2)) <= 0.01),
                        n.get("id") + " " + pattern + ": no stored seed at " + java.util.Arrays.toString(p));
            }
            assertTrue((Double) n.get("insertionDepthMm") > 0);
            seeds += rebuilt.size();
        }
        assertEquals(plan.getSeeds().size(), seeds);
        CommandException e = assertThrows(CommandException.class, () -> run("--case", "case", "--target", "GTV", "--rx", "140", "--strength-mci", "0.7",
                "--source", "6711.json", "--min-skin-distance-mm", "-1"));
        assertEquals("the minimum skin distance and the bone margin must be 0–50 mm, are -1.0 and 3.0 mm", e.getMessage());
        String usage = new CommandLine(new PlanCommand()).getUsageMessage().replaceAll("\\s+", " ");
        assertTrue(usage.contains("No seed closer than this to the BODY surface (default: 5 mm)") && usage.contains("closer than this to it (default: 3 mm)"),
                usage);
    }
}
