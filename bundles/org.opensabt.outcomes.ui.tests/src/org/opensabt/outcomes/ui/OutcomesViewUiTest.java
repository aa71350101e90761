package org.opensabt.outcomes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

/**
 * The Outcomes view on real SWT widgets, on a cohort written by the test (the layout of the study's CSV,
 * survival drawn with a hazard that grows with the GTV volume): every row in the table, the study analysis
 * as a job (the Kaplan–Meier figure drawn on screen, report.html and report.pdf written), a Cox model from the
 * model editor whose GTV hazard ratio is above 1, as the data were made. Screenshots: target/ui-test/outcomes.png,
 * outcomes-model.png.
 */
class OutcomesViewUiTest {

    static final int PATIENTS = 120;

    @Test
    void cohortTableStudyAnalysisAndCoxModel() throws Exception {
        Path dir = outputDir().resolve("outcomes");
        deleteTree(dir);
        Files.createDirectories(dir);
        Path csv = cohort(dir.resolve("cohort.csv"), PATIENTS);
        Shell shell = shell("OpenSABT outcomes (UI test)", 1260, 800);
        try {
            OutcomesPanel panel = new OutcomesPanel(shell);
            shell.open();
            assertTrue(panel.openCohort(csv), panel.statusText());
            assertEquals(PATIENTS, panel.cohortTable().getItemCount(), "one row per patient");
            assertEquals(25, panel.cohortTable().getColumnCount(), "one column per CSV column");
            assertEquals("gtv_cc", panel.cohortTable().getColumn(13).getText());

            Path out = dir.resolve("analysis");
            long t0 = System.nanoTime();
            panel.analyse(out);
            assertTrue(waitFor(() -> !panel.busy(), 300), "the analysis ends");
            System.out.printf(Locale.ROOT, "study analysis (job, %.1f s): %s%n", (System.nanoTime() - t0) / 1e9, panel.statusText());
            Path km = panel.figureFiles().stream().filter(p -> p.getFileName().toString().startsWith("km-")).findFirst().orElse(null);
            assertNotNull(km, "a Kaplan–Meier figure among " + panel.figureFiles() + ": " + panel.statusText());
            assertTrue(Files.size(out.resolve("report.html")) > 1000 && Files.size(out.resolve("report.pdf")) > 1000, "report.html and report.pdf");
            Combo figures = find(panel, Combo.class, c -> c.getItemCount() > 0 && c.getItem(0).endsWith(".png"));
            assertNotNull(figures, "the figure chooser");
            figures.select(figures.indexOf(km.getFileName().toString()));
            figures.notifyListeners(SWT.Selection, new Event());
            settle(300);
            int inked = inked(panel.figureCanvas());
            assertTrue(inked > 2000, km.getFileName() + " on screen: " + inked + " inked pixels");
            screenshot(shell, "outcomes.png");

            panel.setModel("os_months", "death", List.of("age", "gtv_cc"));
            panel.fitCox();
            assertTrue(waitFor(() -> !panel.busy(), 120), "the Cox fit ends");
            assertEquals(2, panel.hazardTable().getItemCount(), panel.statusText());
            double gtvHr = Double.NaN;
            for (TableItem item : panel.hazardTable().getItems()) {
                double hr = Double.parseDouble(item.getText(1));
                String[] ci = item.getText(2).split("–");
                assertTrue(Double.parseDouble(ci[0]) < hr && hr < Double.parseDouble(ci[1]), item.getText(0) + ": HR " + hr + " outside its CI " + item.getText(2));
                if (item.getText(0).contains("gtv_cc")) {
                    gtvHr = hr;
                }
            }
            assertTrue(gtvHr > 1, "the hazard grows with the GTV volume as the cohort was drawn: HR per cc " + gtvHr);
            assertTrue(panel.figureFiles().stream().anyMatch(p -> p.getFileName().toString().startsWith("forest-model-")), "forest plot");
            settle(300);
            screenshot(shell, "outcomes-model.png");
        } finally {
            shell.dispose();
        }
    }

    /**
     * A synthetic cohort in the study's layout (sabt_synthetic_120.csv's columns): each level of every factor
     * several times; overall survival exponential with a hazard of 0.01/month × exp(0.01 × GTV cc), censored
     * uniformly between 12 and 72 months.
     */
    static Path cohort(Path csv, int n) throws Exception {
        String[] locations = { "extremity", "head_neck", "trunk_wall", "thoracic", "retroperitoneum_abdominal" };
        String[] pathologies = { "spindle_cell", "angiosarcoma", "fibrosarcoma", "leiomyosarcoma", "liposarcoma", "rhabdomyosarcoma", "chondroma", "synovial",
                "other" };
        String[] grades = { "G1", "G2", "G3", "Gx" };
        String[] responses = { "CR", "PR", "SD", "PD" };
        Random random = new Random(21);
        List<String> lines = new ArrayList<>();
        lines.add("patient_id,center,age,sex,kps_before,kps_after,pain_before,pain_after,tumor_size_cm,location,pathology,grade,target,gtv_cc,rx_dose_gy,"
                + "d90_gy,needles,seeds,seed_activity_mci,method,response,lct_months,local_progression,os_months,death");
        for (int i = 0; i < n; i++) {
            double gtvCc = Math.round(Math.exp(1.5 + 3.5 * random.nextDouble()) * 10) / 10.0; // 4.5–148 cc
            double sizeCm = Math.round(2 * Math.cbrt(3 * gtvCc / (4 * Math.PI)) * 10) / 10.0;
            double rx = 110 + 10 * random.nextInt(5);
            double d90 = Math.round((rx * (0.85 + 0.3 * random.nextDouble())) * 10) / 10.0;
            double death = -Math.log(1 - random.nextDouble()) / (0.01 * Math.exp(0.01 * gtvCc));
            double censor = 12 + 60 * random.nextDouble();
            double os = Math.max(0.5, Math.min(death, censor));
            double progression = -Math.log(1 - random.nextDouble()) / 0.02;
            double lct = Math.min(os, progression);
            int kpsBefore = 60 + 10 * random.nextInt(5);
            int painBefore = random.nextInt(10);
            lines.add(String.format(Locale.ROOT, "P%05d,C01,%d,%s,%d,%d,%d,%d,%.1f,%s,%s,%s,%s,%.1f,%.0f,%.1f,%d,%d,%.1f,%s,%s,%.1f,%d,%.1f,%d", i + 1,
                    25 + random.nextInt(60), i % 2 == 0 ? "M" : "F", kpsBefore, Math.min(100, kpsBefore + 10 * random.nextInt(3)), painBefore,
                    Math.max(0, painBefore - random.nextInt(5)), sizeCm, locations[i % locations.length], pathologies[i % pathologies.length],
                    grades[i % grades.length], i % 3 == 0 ? "oligometastasis" : "local_recurrence", gtvCc, rx, d90, 1 + (int) (gtvCc / 8),
                    10 + (int) (gtvCc * 0.8), 0.4 + 0.1 * random.nextInt(6), i % 2 == 0 ? "CT" : "CT_TEMPLATE", responses[random.nextInt(4)], lct,
                    progression < os ? 1 : 0, os, death <= censor ? 1 : 0));
        }
        return Files.write(csv, lines);
    }
}
