package org.opensabt.outcomes.ui;

import static org.opensabt.viewer.ui.UiTestSupport.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;

/**
 * UI test of the Outcomes panel on real SWT widgets (run under Xvfb by the product tests):
 * {@code -application org.opensabt.outcomes.ui.selftest COHORT_CSV OUT_DIR}. Opens the cohort (every
 * row in the table), runs the study analysis as a job into OUT_DIR/outcomes-ui (the Kaplan–Meier figure
 * drawn on screen, report.html and report.pdf written), fits a Cox model in the model editor (hazard
 * ratios inside their confidence intervals, forest plot shown) and writes outcomes.png. Exit code 0 only
 * if every check passed.
 */
public final class OutcomesSelfTest implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null || args.length < 2) {
            System.err.println("usage: -application org.opensabt.outcomes.ui.selftest COHORT_CSV OUT_DIR");
            return 2;
        }
        Path csv = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int failures = 0;
        Display display = new Display();
        try {
            Shell shell = new Shell(display);
            shell.setText("OpenSABT outcomes (self-test)");
            shell.setLayout(new FillLayout());
            shell.setSize(1260, 800);
            OutcomesPanel panel = new OutcomesPanel(shell);
            shell.open();
            boolean opened = panel.openCohort(csv);
            long lines = Files.lines(csv).filter(l -> !l.isBlank()).count() - 1;
            boolean rows = opened && panel.cohortTable().getItemCount() == lines && panel.cohortTable().getColumnCount() > 5;
            failures += rows ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s cohort table: %d rows (the CSV has %d), %d columns%n", rows ? "ok  " : "FAIL", panel.cohortTable().getItemCount(), lines,
                    panel.cohortTable().getColumnCount());

            Path dir = out.resolve("outcomes-ui");
            long t0 = System.nanoTime();
            panel.analyse(dir);
            waitFor(display, () -> !panel.busy(), 300);
            Path km = panel.figureFiles().stream().filter(p -> p.getFileName().toString().startsWith("km-")).findFirst().orElse(null);
            boolean report = sizeOf(dir.resolve("report.html")) > 1000 && sizeOf(dir.resolve("report.pdf")) > 1000;
            int drawn = 0;
            if (km != null) {
                // show the Kaplan–Meier figure and count its non-white pixels on screen
                var combo = findFigureCombo(panel);
                combo.select(combo.indexOf(km.getFileName().toString()));
                combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                settle(display, 300);
                drawn = inked(display, panel.figureCanvas());
            }
            boolean analysed = km != null && report && drawn > 2000;
            failures += analysed ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s study analysis (job, %.1f s): %d figures, %s on screen (%d inked pixels), report.html and report.pdf %s; %s%n",
                    analysed ? "ok  " : "FAIL", (System.nanoTime() - t0) / 1e9, panel.figureFiles().size(), km == null ? "no KM figure" : km.getFileName(), drawn,
                    report ? "written" : "MISSING", panel.statusText());
            capture(display, shell, out.resolve("outcomes.png"));

            panel.setModel("os_months", "death", List.of("age", "gtv_cc"));
            panel.fitCox();
            waitFor(display, () -> !panel.busy(), 120);
            boolean fitted = panel.hazardTable().getItemCount() == 2;
            for (TableItem item : panel.hazardTable().getItems()) {
                double hr = Double.parseDouble(item.getText(1));
                String[] ci = item.getText(2).split("–");
                fitted &= Double.parseDouble(ci[0]) < hr && hr < Double.parseDouble(ci[1]);
            }
            boolean forest = panel.figureFiles().stream().anyMatch(p -> p.getFileName().toString().startsWith("forest-model-"));
            failures += fitted && forest ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s Cox model os_months/death ~ age + gtv_cc: %d terms, HR inside its 95 %% CI, forest plot %s; %s%n",
                    fitted && forest ? "ok  " : "FAIL", panel.hazardTable().getItemCount(), forest ? "shown" : "MISSING", panel.statusText());
            settle(display, 300);
            capture(display, shell, out.resolve("outcomes-model.png"));
            System.out.printf(Locale.ROOT, "result failures=%d%n", failures);
            shell.dispose();
        } finally {
            display.dispose();
        }
        return failures == 0 ? IApplication.EXIT_OK : 1;
    }

    @Override
    public void stop() {
    }

    private static long sizeOf(Path file) throws java.io.IOException {
        return Files.isRegularFile(file) ? Files.size(file) : 0;
    }

    private static org.eclipse.swt.widgets.Combo findFigureCombo(org.eclipse.swt.widgets.Composite root) {
        for (var child : root.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Combo c && c.getItemCount() > 0 && c.getItem(0).endsWith(".png")) {
                return c;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite comp) {
                var found = findFigureCombo(comp);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Pixels of a control, as shown on screen, that are not (near) white. */
    private static int inked(Display display, org.eclipse.swt.widgets.Control control) {
        ImageData data = grab(display, control);
        int n = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB p = data.palette.getRGB(data.getPixel(x, y));
                n += p.red + p.green + p.blue < 600 ? 1 : 0;
            }
        }
        return n;
    }
}
