package org.opensabt.outcomes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.opensabt.outcomes.CohortAnalysis;
import org.opensabt.outcomes.StudyAnalysis;

/**
 * The Outcomes view lists the analyses contributed to org.opensabt.outcomes.analyses (here one registered by the
 * test) and runs the chosen one on the open cohort with its key=value options, as a job, showing its text.
 */
class ContributedAnalysesUiTest {

    @Test
    void aContributedAnalysisIsListedAndRunsOnTheCohort() throws Exception {
        Path dir = outputDir().resolve("contributed");
        deleteTree(dir);
        Files.createDirectories(dir);
        Path csv = Files.write(dir.resolve("cohort.csv"), List.of("patient_id,age", "P1,50", "P2,60", "P3,70"));
        CohortAnalysis rows = (cohort, options) -> new CohortAnalysis.Result("rows " + cohort.size() + ", scale " + options.get("scale"),
                Map.of("rows", cohort.size()));
        Shell shell = shell("OpenSABT contributed analyses (UI test)", 1000, 700);
        try (AutoCloseable registered = StudyAnalysis.register(new StudyAnalysis.AnalysisInfo("test-rows", "Row count (test)", "test"), () -> rows)) {
            OutcomesPanel panel = new OutcomesPanel(shell);
            shell.open();
            assertTrue(panel.contributedAnalyses().stream().anyMatch(a -> a.id().equals("test-rows")), "listed: " + panel.contributedAnalyses());
            assertFalse(button(panel, "Run analysis").isEnabled(), "nothing to run before a cohort is open");
            assertTrue(panel.openCohort(csv), panel.statusText());
            assertTrue(panel.chooseAnalysis("test-rows", "scale=2"));
            press(button(panel, "Run analysis"));
            assertTrue(waitFor(() -> !panel.busy(), 60), "the analysis ends: " + panel.statusText());
            assertEquals("rows 3, scale 2", panel.contributedResultText());

            assertTrue(panel.chooseAnalysis("test-rows", "scale"));
            press(button(panel, "Run analysis"));
            assertTrue(panel.statusText().contains("not key=value"), panel.statusText());
            screenshot(shell, "contributed.png");
        } finally {
            shell.dispose();
        }
    }
}
