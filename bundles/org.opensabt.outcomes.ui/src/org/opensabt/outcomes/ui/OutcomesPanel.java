package org.opensabt.outcomes.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Text;
import org.opensabt.outcomes.CohortAnalysis;
import org.opensabt.outcomes.CohortTable;
import org.opensabt.outcomes.OutcomeInputException;
import org.opensabt.outcomes.StudyAnalysis;
import org.opensabt.outcomes.figures.ForestPlot;
import org.opensabt.viewer.ui.FacadeJob;

/**
 * Outcomes of a cohort CSV: the cohort as a table; "Analyse" runs the study analysis ({@link StudyAnalysis},
 * as the `outcomes` command: response, Kaplan–Meier, log-rank, Cox and logistic models, nomogram) as a
 * background job into a folder and shows its figures, with the report (HTML and PDF) written beside them;
 * the model editor fits a Cox model of any time/event columns and covariates and shows its hazard ratios
 * (95 % CI, Wald p) and their forest plot; the analyses contributed through the
 * {@code org.opensabt.outcomes.analyses} extension point are listed and run on the cohort (as `opensabt analyse`).
 * Every run is a job with progress and Cancel; the results are the facade's typed records.
 */
public final class OutcomesPanel extends Composite {

    private final Label cohortLabel;
    private final Button analyse;
    private final Button cancel;
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
    private final Combo contributed;
    private final Text contributedOptions;
    private final Button runContributed;
    private final Text contributedResult;
    private final List<StudyAnalysis.AnalysisInfo> analyses = new ArrayList<>();
    private final List<Path> figureFiles = new ArrayList<>();
    private Path cohortFile;
    private CohortTable cohort;
    private Image figure;
    private volatile boolean running;
    private Job job;
    private int models;

    public OutcomesPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(6, false));
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
        cancel = new Button(bar, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
                say("cancelling…");
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
        Group others = new Group(right, SWT.NONE);
        others.setText("Contributed analyses");
        others.setLayout(new GridLayout(4, false));
        contributed = new Combo(others, SWT.READ_ONLY);
        contributed.setToolTipText("analyses contributed through the org.opensabt.outcomes.analyses extension point");
        contributedOptions = new Text(others, SWT.BORDER);
        contributedOptions.setMessage("key=value; …");
        contributedOptions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        runContributed = new Button(others, SWT.PUSH);
        runContributed.setText("Run analysis");
        runContributed.setEnabled(false);
        runContributed.addListener(SWT.Selection, e -> runContributed());
        new Label(others, SWT.NONE);
        contributedResult = new Text(others, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        contributedResult.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        listAnalyses();
        sash.setWeights(2, 3);
        right.setWeights(3, 2, 2);
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
        runContributed.setEnabled(!analyses.isEmpty());
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

    /** The contributed analyses (id, name, bundle) the view lists. */
    public List<StudyAnalysis.AnalysisInfo> contributedAnalyses() {
        return List.copyOf(analyses);
    }

    public String contributedResultText() {
        return contributedResult.getText();
    }

    /** Chooses a contributed analysis by id and its options ({@code key=value; …}); false if it is not installed. */
    public boolean chooseAnalysis(String id, String options) {
        for (int i = 0; i < analyses.size(); i++) {
            if (analyses.get(i).id().equals(id)) {
                contributed.select(i);
                contributedOptions.setText(options == null ? "" : options);
                return true;
            }
        }
        return false;
    }

    /** Lists the installed contributed analyses again (e.g. after a feature was installed). */
    public void listAnalyses() {
        analyses.clear();
        analyses.addAll(StudyAnalysis.analyses());
        contributed.setItems(analyses.stream().map(a -> a.name() + " (" + a.id() + ")").toArray(String[]::new));
        if (!analyses.isEmpty()) {
            contributed.select(0);
        }
        contributedResult.setText(analyses.isEmpty() ? "No contributed analysis is installed" : "");
        runContributed.setEnabled(cohort != null && !analyses.isEmpty());
    }

    /** Runs the study analysis into {@code dir} in the background; its figures appear when it is done. */
    public void analyse(Path dir) {
        StudyAnalysis.Request request = StudyAnalysis.Request.study(StudyAnalysis.Cohort.csv(cohortFile), dir);
        run("Study analysis of " + cohortFile.getFileName(), monitor -> StudyAnalysis.run(request, monitor), (StudyAnalysis.Result result) -> {
            figureFiles.clear();
            figures.removeAll();
            for (Path f : result.pngFigures()) {
                figureFiles.add(f);
                figures.add(f.getFileName().toString());
            }
            showFigure(0);
            say(String.format(Locale.ROOT, "N = %d; %d figures and the report (report.html, report.pdf) in %s", result.n(), figureFiles.size(), dir));
        });
    }

    /** Fits the model chosen in the editor in the background. */
    public void fitCox() {
        if (covariates.getSelectionCount() == 0 || timeColumn.getSelectionIndex() < 0 || eventColumn.getSelectionIndex() < 0) {
            say("Choose the time and event columns and at least one covariate");
            return;
        }
        List<String> terms = List.of(covariates.getSelection());
        String model = String.join(" + ", terms);
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
        StudyAnalysis.Request request = new StudyAnalysis.Request(StudyAnalysis.Cohort.csv(cohortFile), dir, Map.of(), List.of(), Map.of(), 0.05, null,
                new StudyAnalysis.CustomModel(time, event, terms), Map.of());
        run("Cox model " + model, monitor -> StudyAnalysis.run(request, monitor), (StudyAnalysis.Result result) -> {
            StudyAnalysis.CoxModel cox = result.model();
            hazards.removeAll();
            if (cox == null) {
                say("Cox model " + number + ": not fitted (N = " + result.n() + ")");
                return;
            }
            List<ForestPlot.Row> rows = new ArrayList<>();
            for (StudyAnalysis.CoxTerm t : cox.terms()) {
                TableItem item = new TableItem(hazards, SWT.NONE);
                item.setText(new String[] { t.term(), String.format(Locale.ROOT, "%.3f", t.hazardRatio()),
                        String.format(Locale.ROOT, "%.3f–%.3f", t.lower95(), t.upper95()), String.format(Locale.ROOT, "%.3g", t.pWald()) });
                rows.add(new ForestPlot.Row(t.term(), t.hazardRatio(), t.lower95(), t.upper95(), t.pWald()));
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
            say(String.format(Locale.ROOT, "Cox model %d (Efron ties): N = %d, %d events; %d terms%s", number, cox.n(), cox.events(), cox.terms().size(),
                    cox.warnings().isEmpty() ? "" : "; " + String.join("; ", cox.warnings())));
        });
    }

    /** Runs the chosen contributed analysis on the cohort in the background; its text appears below. */
    public void runContributed() {
        int i = contributed.getSelectionIndex();
        if (cohortFile == null || i < 0 || i >= analyses.size()) {
            say(analyses.isEmpty() ? "No contributed analysis is installed" : "Open a cohort and choose an analysis");
            return;
        }
        String id = analyses.get(i).id();
        Map<String, String> options = new LinkedHashMap<>();
        for (String part : contributedOptions.getText().split("[;,]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                say("Option '" + part.trim() + "' is not key=value");
                return;
            }
            options.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        Path csv = cohortFile;
        run("Analysis " + id + " of " + csv.getFileName(), monitor -> StudyAnalysis.runAnalysis(id, csv, options, monitor), (CohortAnalysis.Result result) -> {
            contributedResult.setText(result.text() == null ? "" : result.text());
            say("Analysis " + id + " done");
        });
    }

    /** Runs a facade call as a job; the handler gets its typed result on the UI thread. */
    private <T> void run(String name, FacadeJob.Work<T> work, java.util.function.Consumer<T> handler) {
        if (running) {
            say("An analysis is running");
            return;
        }
        running = true;
        job = FacadeJob.schedule(name, null, this, work, FacadeJob.handler(result -> {
            finish();
            handler.accept(result);
        }, message -> {
            finish();
            say(name + " failed: " + message);
        }, () -> {
            finish();
            say(name + ": cancelled");
        }, this::say));
        progress.setVisible(true);
        analyse.setEnabled(false);
        fit.setEnabled(false);
        runContributed.setEnabled(false);
        cancel.setEnabled(true);
        say(name + "…");
    }

    private void finish() {
        running = false;
        if (isDisposed()) {
            return;
        }
        progress.setVisible(false);
        cancel.setEnabled(false);
        analyse.setEnabled(cohort != null);
        fit.setEnabled(cohort != null);
        runContributed.setEnabled(cohort != null && !analyses.isEmpty());
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
