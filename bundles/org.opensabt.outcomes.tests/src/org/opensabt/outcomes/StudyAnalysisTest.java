package org.opensabt.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The outcomes facade: the study analysis with its files, a custom model, and analyses contributed through the extension point. */
class StudyAnalysisTest {

    static final Path COHORT = ReferenceComparisonTest.COHORTS.resolve("sabt_synthetic_120.csv");

    @TempDir
    Path tmp;

    /** The extension registry runs in the products (the command line and the workbench start it); the test runtime starts it here. */
    @BeforeAll
    static void registryRunning() throws BundleException {
        Bundle registry = FrameworkUtil.getBundle(RegistryFactory.class);
        if (registry != null && registry.getState() != Bundle.ACTIVE) {
            registry.start();
        }
    }

    @Test
    void theStudyAnalysisWritesItsTablesFiguresAndReportAndReturnsTheMainFiguresTyped() throws Exception {
        StudyAnalysis.Result r = StudyAnalysis.run(StudyAnalysis.Request.study(StudyAnalysis.Cohort.csv(COHORT), tmp.resolve("out")), null);
        // independent reference: the response column of the CSV counted here
        List<String> lines = Files.readAllLines(COHORT);
        int responseColumn = List.of(lines.get(0).split(",")).indexOf("response");
        long crOrPr = lines.stream().skip(1).map(l -> l.split(",")[responseColumn]).filter(v -> v.equals("CR") || v.equals("PR")).count();
        assertEquals(lines.size() - 1, r.n());
        assertEquals((double) crOrPr / r.n(), (double) r.tree().get("ORR"), 1e-12);
        assertTrue(r.summary().startsWith("N = " + r.n() + "; ORR "), r.summary());
        JsonObject written = JsonParser.parseString(Files.readString(r.outcomesJson())).getAsJsonObject();
        assertEquals(r.n(), written.get("N").getAsInt());
        assertTrue(r.files().contains(tmp.resolve("out/report.pdf")) && r.files().contains(tmp.resolve("out/report.html")), r.files().toString());
        assertFalse(r.pngFigures().isEmpty());
        for (Path f : r.files()) {
            assertTrue(Files.size(f) > 0, f + " written");
        }
        assertEquals(List.of("lct", "os"), r.survival().stream().map(StudyAnalysis.Survival::endpoint).toList());
        for (StudyAnalysis.Survival s : r.survival()) {
            assertEquals(3, s.survival().length);
            assertTrue(s.survival()[0] >= s.survival()[1] && s.survival()[1] >= s.survival()[2], "survival does not increase");
        }
        assertTrue(r.model().formula().endsWith("~ gtv_gt60 + d90_gt135 + method"), r.model().formula());
        assertEquals(r.model().terms().size(), 3);
    }

    @Test
    void aCustomModelOnAnyColumnsWritesOnlyItsJson() throws Exception {
        StudyAnalysis.Request request = new StudyAnalysis.Request(StudyAnalysis.Cohort.csv(COHORT), tmp, Map.of(), List.of("old=age>60"), Map.of(), 0.05, null,
                new StudyAnalysis.CustomModel("os_months", "death", List.of("old", "gtv_cc")), Map.of());
        StudyAnalysis.Result r = StudyAnalysis.run(request, new NullProgressMonitor());
        assertEquals(List.of(), r.files());
        assertEquals(List.of(), r.survival());
        assertEquals("Surv(os_months, death) ~ old + gtv_cc", r.model().formula());
        assertEquals(List.of("old>60", "gtv_cc"), r.model().terms().stream().map(StudyAnalysis.CoxTerm::term).toList());
        assertTrue(Files.exists(tmp.resolve("outcomes.json")));
    }

    @Test
    void badRequestsAreOneLineAndACancelledRunStops() {
        Path missing = tmp.resolve("none");
        OutcomeInputException noCases = assertThrows(OutcomeInputException.class,
                () -> StudyAnalysis.run(StudyAnalysis.Request.study(StudyAnalysis.Cohort.cases(List.of(missing)), tmp), null));
        assertEquals(missing + ": no such case folder", noCases.getMessage());
        OutcomeInputException both = assertThrows(OutcomeInputException.class,
                () -> StudyAnalysis.run(StudyAnalysis.Request.study(new StudyAnalysis.Cohort(COHORT, List.of(tmp)), tmp), null));
        assertFalse(both.getMessage().contains("\n"));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> StudyAnalysis.run(StudyAnalysis.Request.study(StudyAnalysis.Cohort.csv(COHORT), tmp), cancelled));
        assertFalse(Files.exists(tmp.resolve("outcomes.json")), "nothing written after a cancel");
    }

    @Test
    void anAnalysisContributedThroughTheExtensionPointIsListedAndRunByItsId() throws Exception {
        StudyAnalysis.AnalysisInfo info = StudyAnalysis.analyses().stream().filter(a -> a.id().equals("test-count")).findFirst().orElse(null);
        assertNotNull(info, "fragment.xml contributes test-count: " + StudyAnalysis.analyses() + ", registry " + RegistryFactory.getRegistry());
        assertEquals("Rows with a value (test analysis)", info.name());
        CohortAnalysis.Result r = StudyAnalysis.runAnalysis("test-count", COHORT, Map.of("column", "age"), null);
        long withAge = Files.readAllLines(COHORT).size() - 1;
        assertEquals("age: " + withAge + " of " + withAge, r.text());
        OutcomeInputException bad = assertThrows(OutcomeInputException.class, () -> StudyAnalysis.runAnalysis("test-count", COHORT, Map.of("column", "x"), null));
        assertEquals(COHORT + ": no column 'x'", bad.getMessage());
        StudyAnalysis.Result withStudy = StudyAnalysis.run(StudyAnalysis.Request.study(StudyAnalysis.Cohort.csv(COHORT), tmp).withAnalysis("test-count",
                Map.of("column", "age")), null);
        assertEquals(r.text(), withStudy.analyses().get("test-count").text(), "run with the study analysis, on the same cohort");
        assertEquals(COHORT + ": no column 'x'", assertThrows(OutcomeInputException.class, () -> StudyAnalysis.run(
                StudyAnalysis.Request.study(StudyAnalysis.Cohort.csv(COHORT), tmp.resolve("x")).withAnalysis("test-count", Map.of("column", "x")), null))
                .getMessage());
        assertFalse(Files.exists(tmp.resolve("x")), "a failing analysis leaves no files");
    }

    @Test
    void anAnalysisRegisteredInCodeIsListedUntilItsHandleIsClosed() throws Exception {
        StudyAnalysis.AnalysisInfo info = new StudyAnalysis.AnalysisInfo("test-registered", "Registered in code", "test");
        try (AutoCloseable handle = StudyAnalysis.register(info, CountingAnalysis::new)) {
            assertTrue(StudyAnalysis.analyses().contains(info));
            assertEquals("N = " + (Files.readAllLines(COHORT).size() - 1), StudyAnalysis.runAnalysis("test-registered", COHORT, Map.of(), null).text());
        }
        assertFalse(StudyAnalysis.analyses().contains(info));
        OutcomeInputException unknown = assertThrows(OutcomeInputException.class, () -> StudyAnalysis.runAnalysis("test-registered", COHORT, Map.of(), null));
        assertTrue(unknown.getMessage().startsWith("no analysis 'test-registered' is installed (installed: "), unknown.getMessage());
        assertNull(StudyAnalysis.analyses().stream().filter(a -> a.id().equals("test-registered")).findFirst().orElse(null));
    }
}
