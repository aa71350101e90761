package org.opensabt.outcomes.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.outcomes.figures.ForestPlot;
import org.opensabt.outcomes.cli.OutcomesCommand;
import org.opensabt.viewer.ui.CommandJob;

/**
 * Outcomes of a cohort CSV: the cohort as a table; "Analyse" runs the study analysis of the `outcomes`
 * command (response, Kaplan–Meier, log-rank, Cox and logistic models, nomogram) as a background job
 * into a folder and shows its figures, with the report (HTML and PDF) written beside them; the model
 * editor fits a Cox model of any time/event columns and covariates and shows its hazard ratios (95 % CI,
 * Wald p) and their forest plot. The numbers are the command's, so the CLI and the workbench agree.
 */
public final class OutcomesPanel extends Composite {

    private final Label cohortLabel;
    private final Button analyse;
    private final ProgressBar progress;
    private final Label status;
    private final Table cohortTable;
    private final Combo figures;
    private final Canvas figureCanvas;
    private final Combo timeColumn;
    private final Combo eventColumn;
    private final org.eclipse.swt.widgets.List covariates;
    private final Button fit;
    private final Table hazards;
    private final List<Path> figureFiles = new ArrayList<>();
    private Path cohortFile;
    private CohortTable cohort;
    private Image figure;
    private volatile boolean running;
    private int models;

    public OutcomesPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(5, false));
        Button open = new Button(bar, SWT.PUSH);
        open.setText("Open cohort…");
        open.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.csv" });
            String f = d.open();
            if (f != null) {
                openCohort(Path.of(f));
            }
        });
        cohortLabel = new Label(bar, SWT.NONE);
        cohortLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        analyse = new Button(bar, SWT.PUSH);
        analyse.setText("Analyse and write report…");
        analyse.setEnabled(false);
        analyse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setMessage("Folder for the figures, outcomes.json and the report");
            String dir = d.open();
            if (dir != null) {
                analyse(Path.of(dir));
            }
        });
        progress = new ProgressBar(bar, SWT.INDETERMINATE);
        progress.setVisible(false);
        status = new Label(bar, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.widthHint = 300;
        status.setLayoutData(statusData);

        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        cohortTable = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        cohortTable.setHeaderVisible(true);
        cohortTable.setLinesVisible(true);
        cohortTable.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int row = cohortTable.indexOf(item);
            for (int c = 0; c < cohort.columns().size(); c++) {
                try {
                    item.setText(c, cohort.text(row, cohort.columns().get(c)));
                } catch (OutcomeInputException ex) {
                    item.setText(c, "?");
                }
            }
        });
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        Composite figureArea = new Composite(right, SWT.NONE);
        figureArea.setLayout(new GridLayout(1, false));
        figures = new Combo(figureArea, SWT.READ_ONLY);
        figures.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        figures.addListener(SWT.Selection, e -> showFigure(figures.getSelectionIndex()));
        figureCanvas = new Canvas(figureArea, SWT.DOUBLE_BUFFERED);
        figureCanvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        figureCanvas.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        figureCanvas.addListener(SWT.Paint, e -> {
            if (figure == null || figure.isDisposed()) {
                e.gc.drawText("Analyse the cohort or fit a model to see figures", 10, 10, true);
                return;
            }
            Rectangle area = figureCanvas.getClientArea();
            Rectangle b = figure.getBounds();
            double scale = Math.min((double) area.width / b.width, (double) area.height / b.height);
            int w = (int) (b.width * scale);
            int h = (int) (b.height * scale);
            e.gc.setInterpolation(SWT.HIGH);
            e.gc.drawImage(figure, 0, 0, b.width, b.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
        });
        Group editor = new Group(right, SWT.NONE);
        editor.setText("Cox model");
        editor.setLayout(new GridLayout(4, false));
        new Label(editor, SWT.NONE).setText("Time");
        timeColumn = new Combo(editor, SWT.READ_ONLY);
        new Label(editor, SWT.NONE).setText("Event (1 = event, 0 = censored)");
        eventColumn = new Combo(editor, SWT.READ_ONLY);
        Label covariateLabel = new Label(editor, SWT.NONE);
        covariateLabel.setText("Covariates");
        covariateLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        covariates = new org.eclipse.swt.widgets.List(editor, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridData covData = new GridData(SWT.FILL, SWT.FILL, false, true);
        covData.heightHint = 80;
        covData.widthHint = 150;
        covariates.setLayoutData(covData);
        hazards = new Table(editor, SWT.BORDER | SWT.FULL_SELECTION);
        hazards.setHeaderVisible(true);
        hazards.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 2));
        for (String title : new String[] { "Term", "HR", "95 % CI", "p (Wald)" }) {
            TableColumn c = new TableColumn(hazards, title.equals("Term") ? SWT.LEFT : SWT.RIGHT);
            c.setText(title);
            c.setWidth(title.equals("Term") ? 160 : 90);
        }
        fit = new Button(editor, SWT.PUSH);
        fit.setText("Fit Cox model");
        fit.setEnabled(false);
        fit.addListener(SWT.Selection, e -> fitCox());
        sash.setWeights(2, 3);
        right.setWeights(3, 2);
        addListener(SWT.Dispose, e -> {
            if (figure != null) {
                figure.dispose();
            }
        });
    }

    /** Shows a cohort CSV; a file that cannot be read leaves the panel as it was and says why. */
    public boolean openCohort(Path csv) {
        CohortTable read;
        try {
            read = CohortTable.read(csv);
        } catch (OutcomeInputException e) {
            say("Cannot open " + csv + ": " + e.getMessage());
            return false;
        }
        cohort = read;
        cohortFile = csv.toAbsolutePath();
        cohortTable.setRedraw(false);
        cohortTable.removeAll();
        for (TableColumn c : cohortTable.getColumns()) {
            c.dispose();
        }
        for (String column : cohort.columns()) {
            TableColumn c = new TableColumn(cohortTable, SWT.LEFT);
            c.setText(column);
            c.setWidth(Math.max(60, 9 * column.length()));
        }
        cohortTable.setItemCount(cohort.size());
        cohortTable.setRedraw(true);
        String[] columns = cohort.columns().toArray(String[]::new);
        timeColumn.setItems(columns);
        eventColumn.setItems(columns);
        covariates.setItems(columns);
        select(timeColumn, "os_months");
        select(eventColumn, "death");
        cohortLabel.setText(String.format(Locale.ROOT, "%s: %d patients, %d columns", csv, cohort.size(), columns.length));
        analyse.setEnabled(true);
        fit.setEnabled(true);
        say("");
        layout(true, true);
        return true;
    }

    public Table cohortTable() {
        return cohortTable;
    }

    public Table hazardTable() {
        return hazards;
    }

    public List<Path> figureFiles() {
        return List.copyOf(figureFiles);
    }

    public Canvas figureCanvas() {
        return figureCanvas;
    }

    public String statusText() {
        return status.getText();
    }

    /** Whether a job is running or its result is not yet shown. */
    public boolean busy() {
        return running;
    }

    /** Chooses the model: time and event columns and the covariates. */
    public void setModel(String time, String event, List<String> covariateColumns) {
        select(timeColumn, time);
        select(eventColumn, event);
        covariates.deselectAll();
        for (String c : covariateColumns) {
            int i = covariates.indexOf(c);
            if (i >= 0) {
                covariates.select(i);
            }
        }
    }

    /** Runs the study analysis into {@code dir} in the background; its figures appear when it is done. */
    public void analyse(Path dir) {
        run("Study analysis of " + cohortFile.getFileName(), dir, List.of("--cohort", cohortFile.toString(), "--out", dir.toString()), result -> {
            figureFiles.clear();
            figures.removeAll();
            @SuppressWarnings("unchecked")
            List<String> files = (List<String>) result.get("files");
            for (String f : files) {
                if (f.endsWith(".png")) {
                    figureFiles.add(Path.of(f));
                    figures.add(Path.of(f).getFileName().toString());
                }
            }
            showFigure(0);
            say(String.format(Locale.ROOT, "N = %s; %d figures and the report (report.html, report.pdf) in %s", result.get("N"), figureFiles.size(), dir));
        });
    }

    /** Fits the model chosen in the editor in the background. */
    public void fitCox() {
        if (covariates.getSelectionCount() == 0 || timeColumn.getSelectionIndex() < 0 || eventColumn.getSelectionIndex() < 0) {
            say("Choose the time and event columns and at least one covariate");
            return;
        }
        String model = String.join(" + ", covariates.getSelection());
        Path dir;
        try {
            dir = Files.createTempDirectory("opensabt-cox-");
        } catch (IOException e) {
            say("Cannot make a folder for the model: " + e.getMessage());
            return;
        }
        String time = timeColumn.getText();
        String event = eventColumn.getText();
        int number = ++models;
        run("Cox model " + model, dir, List.of("--cohort", cohortFile.toString(), "--out", dir.toString(), "--time", time, "--event", event, "--model", model),
                result -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> efron = (Map<String, Object>) ((Map<String, Object>) result.get("cox")).get("efron");
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> terms = (List<Map<String, Object>>) efron.get("terms");
                    hazards.removeAll();
                    List<ForestPlot.Row> rows = new ArrayList<>();
                    for (Map<String, Object> t : terms) {
                        double hr = (double) t.get("HR");
                        double lo = (double) t.get("lower95");
                        double hi = (double) t.get("upper95");
                        double p = (double) t.get("p_wald");
                        TableItem item = new TableItem(hazards, SWT.NONE);
                        item.setText(new String[] { (String) t.get("term"), String.format(Locale.ROOT, "%.3f", hr), String.format(Locale.ROOT, "%.3f–%.3f", lo, hi),
                                String.format(Locale.ROOT, "%.3g", p) });
                        rows.add(new ForestPlot.Row((String) t.get("term"), hr, lo, hi, p));
                    }
                    try {
                        Path png = new ForestPlot("Cox model " + number + ": Surv(" + time + ", " + event + ") ~ " + model, "Hazard ratio", rows)
                                .write(dir.resolve("forest-model-" + number));
                        figureFiles.add(png);
                        figures.add(png.getFileName().toString());
                        showFigure(figureFiles.size() - 1);
                    } catch (IOException e) {
                        say("Cannot draw the forest plot: " + e.getMessage());
                        return;
                    }
                    say(String.format(Locale.ROOT, "Cox model %d (Efron ties): N = %s, %s events; %d terms", number, result.get("N"), efron.get("nevent"), terms.size()));
                });
    }

    private interface ResultHandler {
        void accept(Map<String, Object> result);
    }

    /** Runs the `outcomes` command with these arguments as a job; the handler gets its JSON result on the UI thread. */
    private void run(String name, Path dir, List<String> args, ResultHandler handler) {
        if (running) {
            say("An analysis is running");
            return;
        }
        Display display = getDisplay();
        running = true;
        CommandJob.schedule(name, new OutcomesCommand(), args, dir, display, (result, text) -> {
            finish();
            if (isDisposed()) {
                return;
            }
            if (result == null) {
                say(name + " failed: " + text);
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) result.toJson();
            handler.accept(json);
        });
        progress.setVisible(true);
        analyse.setEnabled(false);
        fit.setEnabled(false);
        say(name + "…");
    }

    private void finish() {
        running = false;
        if (isDisposed()) {
            return;
        }
        progress.setVisible(false);
        analyse.setEnabled(cohort != null);
        fit.setEnabled(cohort != null);
    }

    private void showFigure(int index) {
        if (index < 0 || index >= figureFiles.size()) {
            return;
        }
        figures.select(index);
        if (figure != null) {
            figure.dispose();
        }
        figure = new Image(getDisplay(), figureFiles.get(index).toString());
        figureCanvas.redraw();
    }

    private static void select(Combo combo, String item) {
        int i = combo.indexOf(item);
        combo.select(Math.max(0, i));
    }

    private void say(String text) {
        status.setText(text);
        status.setToolTipText(text);
        layout(true, true);
    }
}
