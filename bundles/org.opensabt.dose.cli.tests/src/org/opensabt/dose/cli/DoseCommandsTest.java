package org.opensabt.dose.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import picocli.CommandLine;

/**
 * The tg43 and dose commands in process: their text, JSON and refusals (one line; the case unchanged),
 * with the engine chosen by --engine. The seed model is read from the built-in descriptor file, so the
 * tests do not depend on the extension registry.
 */
class DoseCommandsTest {

    static final List<ServiceRegistration<DoseEngine>> REGISTERED = new ArrayList<>();

    @TempDir
    Path tmp;
    ByteArrayOutputStream err;

    @BeforeAll
    static void registerTg43() {
        if (!DoseEngines.ids().contains("tg43")) { // no SCR in the test runtime
            REGISTERED.add(FrameworkUtil.getBundle(DoseEngines.class).getBundleContext().registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
    }

    @BeforeEach
    void descriptor() throws Exception {
        try (InputStream in = Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json")) {
            Files.copy(in, tmp.resolve("6711.json"));
        }
    }

    CommandResult run(CliCommand command, String... args) throws Exception {
        new CommandLine(command).parseArgs(args);
        err = new ByteArrayOutputStream();
        return command.run(new CommandContext(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), tmp, false,
                false, "test"));
    }

    @Test
    void tg43PrintsTheRowsWithTheDoseRateAndNotesClampedPoints() throws Exception {
        Files.writeString(tmp.resolve("p.csv"), "x_cm,y_cm,z_cm\n1,0,0\n0,0,0\n");
        CommandResult r = run(new Tg43Command(), "--source", "6711.json", "--points", "p.csv");
        // TG-43U1 (Rivard et al. 2004) for the 6711: Λ = 0.965 cGy h⁻¹ U⁻¹ at the reference point (1 cm, 90°)
        assertEquals("x_cm,y_cm,z_cm,dose_rate_cGy_per_h_per_U", r.toText().lines().findFirst().orElseThrow());
        assertEquals("1,0,0,0.965000", r.toText().lines().skip(1).findFirst().orElseThrow());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 point(s) closer than 0.20 cm"), err.toString(StandardCharsets.UTF_8));
        r = run(new Tg43Command(), "--source", "6711.json", "--points", "p.csv", "--mode", "1d", "--engine", "tg43");
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) r.toJson()).get(0);
        assertEquals(1.0, row.get("x_cm"));
        assertEquals(0.965 * 0.944, (Double) row.get("dose_rate_cGy_per_h_per_U"), 1e-9); // 1D: Λ·φan(1 cm), φan(1 cm) = 0.944
    }

    @Test
    void anUnknownEngineIsOneLineListingTheInstalledOnes() throws Exception {
        Files.writeString(tmp.resolve("p.csv"), "x_cm,y_cm,z_cm\n1,0,0\n");
        CommandException e = assertThrows(CommandException.class, () -> run(new Tg43Command(), "--source", "6711.json", "--points", "p.csv", "--engine",
                "mc"));
        assertEquals("no dose engine \"mc\" is installed (installed: " + DoseEngines.ids() + ")", e.getMessage());

        Path caseDir = tmp.resolve("case");
        new CaseStore("test").save(new Phantom(20, Double.NaN, false, 2, 2).build(), caseDir);
        Files.writeString(tmp.resolve("seeds.csv"), "x_mm,y_mm,z_mm\n0,0,0\n5,0,0\n");
        e = assertThrows(CommandException.class, () -> run(new DoseCommand(), "--case", "case", "--seeds", "seeds.csv", "--strength-U", "0.5", "--source",
                "6711.json", "--engine", "mc"));
        assertTrue(e.getMessage().startsWith("no dose engine \"mc\" is installed") && !e.getMessage().contains("\n"), e.getMessage());
        assertTrue(new CaseStore("test").load(caseDir).getPlans().isEmpty(), "nothing stored");
    }

    @Test
    void doseStoresThePlanWithItsSeedModelAndReportsMetricsWithUnits() throws Exception {
        Path caseDir = tmp.resolve("case");
        new CaseStore("test").save(new Phantom(20, Double.NaN, false, 2, 2).build(), caseDir);
        Files.writeString(tmp.resolve("seeds.csv"), "x_mm,y_mm,z_mm\n0,0,0\n5,0,0\n-5,0,0\n0,5,0\n");
        CommandResult r = run(new DoseCommand(), "--case", "case", "--seeds", "seeds.csv", "--strength-U", "0.5", "--prescription-Gy", "100", "--source",
                "6711.json", "--grid-mm", "2");
        assertTrue(r.toText().startsWith("Plan dose-1: 4 seeds of I-125 model 6711 at 0.500 U (0.394 mCi), TG-43U1 2d"), r.toText());
        assertTrue(r.toText().endsWith("Saved in " + caseDir), r.toText());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) r.toJson();
        assertEquals("dose-1", json.get("planId"));
        assertEquals(4, json.get("seeds"));
        assertEquals("Gy", json.get("doseUnit"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> gtv = ((Map<String, Map<String, Map<String, Object>>>) json.get("metrics")).get("GTV");
        assertEquals("Gy", gtv.get("D90").get("unit"));
        assertEquals("%", gtv.get("V100").get("unit"));
        PatientCase saved = new CaseStore("test").load(caseDir);
        assertEquals(1, saved.getPlans().size());
        assertEquals("I-125 model 6711", saved.getPlans().get(0).getSourceModel().getModelId());
        assertTrue(saved.getSourceModels().contains(saved.getPlans().get(0).getSourceModel()));
        assertFalse(saved.getPlans().get(0).getMetrics().isEmpty());
    }

    @Test
    void anApprovedPlanIsNeverReplaced() throws Exception {
        Path caseDir = tmp.resolve("case");
        PatientCase c = new Phantom(20, Double.NaN, false, 2, 2).build();
        org.opensabt.model.Plan approved = org.opensabt.model.ModelFactory.eINSTANCE.createPlan();
        approved.setPlanId("dose-1");
        approved.setStatus(org.opensabt.model.PlanStatus.APPROVED);
        approved.setApprovedBy("Dr Roe");
        approved.setApprovedDateTime("2026-12-06T09:05:07");
        c.getPlans().add(approved);
        new CaseStore("test").save(c, caseDir);
        Files.writeString(tmp.resolve("seeds.csv"), "x_mm,y_mm,z_mm\n0,0,0\n5,0,0\n");
        CommandException e = assertThrows(CommandException.class, () -> run(new DoseCommand(), "--case", "case", "--seeds", "seeds.csv", "--strength-U", "0.5",
                "--source", "6711.json"));
        assertEquals(caseDir + ": plan dose-1 is approved by Dr Roe on 2026-12-06T09:05:07 and is never replaced; give another --plan-id", e.getMessage());
        assertEquals("Dr Roe", new CaseStore("test").load(caseDir).getPlans().get(0).getApprovedBy());
        // another id is fine
        run(new DoseCommand(), "--case", "case", "--seeds", "seeds.csv", "--strength-U", "0.5", "--source", "6711.json", "--plan-id", "dose-2");
        assertEquals(2, new CaseStore("test").load(caseDir).getPlans().size());
    }
}
