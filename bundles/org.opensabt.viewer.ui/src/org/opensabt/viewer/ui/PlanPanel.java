package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.opensabt.contour.CaseContents;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.dvh.Dvh;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.DoseMetric;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Structure;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.outcomes.LocalControlModel;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.plan.CasePlanning;

/**
 * A plan of the case: chooser, its stored metrics (value and unit) and the DVH of every structure. After an
 * edit of a structure's contours or of the plan's seeds (see {@link DoseInputs}) the metrics and DVH are marked
 * out of date (a line naming the edit, the value column's header, grey rows and curves) until "Recompute dose"
 * computes the plan's dose again in a background job and replaces the plan as one undoable change.
 */
public final class PlanPanel extends Composite {

    /** Colour of the out-of-date line. */
    static final RGB STALE_COLOR = new RGB(200, 80, 0);
    private static final int STRUCTURE_COLUMN_PX = 80;
    /** Colour of the metrics' rows while out of date. */
    static final RGB STALE_ROW_COLOR = new RGB(165, 165, 165);

    private final CaseSession session;
    private final Combo plans;
    private final Label summary;
    private final Label freshness;
    private final Label prediction;
    private final Button recompute;
    private final Table metrics;
    private final DvhCanvas dvh;
    private PatientCase patientCase;
    private Plan current;
    private Plan stalePlan;
    private String staleSince;
    private boolean stale;
    private Job redose;
    private final Runnable editListener = this::updateFreshness;
    private final List<Plan> shown = new ArrayList<>();
    /** The DVHs last computed, of a plan's dose over copies of the structures (greyed or coloured again without computing). */
    private record Computed(Plan plan, Map<Structure, Dvh> dvhs, List<org.opensabt.dose.dvh.DoseMetric> outsideTarget) {
    }

    private Computed computed;
    /** Whether the structure column was widened for "OAR outside TARGET" rows (back to its width for the next plan). */
    private boolean widened;
    /** The newest DVH computation; an older one finishing later is dropped. */
    private int dvhRequest;
    private boolean curvesPending;
    private PlanChoiceListener listener = p -> {
    };

    /** Told when the user chooses another plan. */
    public interface PlanChoiceListener {
        void chosen(Plan plan);
    }

    /** A panel that shows plans without following edits (no "Recompute dose"). */
    public PlanPanel(Composite parent) {
        this(parent, null);
    }

    /** A panel that follows the session's edits: metrics marked out of date, "Recompute dose". */
    public PlanPanel(Composite parent, CaseSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(2, false));
        plans = new Combo(this, SWT.READ_ONLY);
        summary = new Label(this, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite freshRow = new Composite(this, SWT.NONE);
        freshRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout freshLayout = new GridLayout(2, false);
        freshLayout.marginHeight = 0;
        freshLayout.marginWidth = 0;
        freshRow.setLayout(freshLayout);
        freshness = new Label(freshRow, SWT.NONE);
        GridData freshData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        freshData.widthHint = 60;
        freshness.setLayoutData(freshData);
        freshness.setForeground(new Color(STALE_COLOR));
        recompute = new Button(freshRow, SWT.PUSH);
        recompute.setText("Recompute dose");
        recompute.setToolTipText("Compute the plan's dose, metrics and DVH again from the current contours and seeds (undoable)");
        recompute.setEnabled(false);
        recompute.setVisible(session != null);
        recompute.addListener(SWT.Selection, e -> recompute());
        prediction = new Label(this, SWT.WRAP);
        GridData predictionData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        predictionData.widthHint = 200;
        prediction.setLayoutData(predictionData);
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        metrics = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        metrics.setHeaderVisible(true);
        for (String title : new String[] { "Structure", "Metric", "Value", "Unit" }) {
            TableColumn column = new TableColumn(metrics, title.equals("Value") ? SWT.RIGHT : SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals("Structure") ? STRUCTURE_COLUMN_PX : title.equals("Unit") ? 40 : 66);
        }
        dvh = new DvhCanvas(sash); // (weights below: the table's four columns fit at 1366 px)
        dvh.addListener(SWT.Paint, e -> {
            if (stale) { // over the greyed curves
                e.gc.setForeground(new Color(STALE_COLOR));
                String text = "out of date";
                org.eclipse.swt.graphics.Point extent = e.gc.textExtent(text);
                e.gc.drawText(text, dvh.getClientArea().width - extent.x - 12, extent.y + 8, true);
            }
        });
        sash.setWeights(2, 3);
        if (session != null) {
            session.addEditListener(editListener);
            addDisposeListener(e -> session.removeEditListener(editListener));
        }
        plans.addListener(SWT.Selection, e -> {
            int i = plans.getSelectionIndex();
            if (i >= 0 && i < shown.size()) {
                show(shown.get(i));
                listener.chosen(shown.get(i));
            }
        });
    }

    public void onPlanChosen(PlanChoiceListener l) {
        this.listener = l;
    }

    public Table metricsTable() {
        return metrics;
    }

    public DvhCanvas dvhCanvas() {
        return dvh;
    }

    /** Whether the shown plan's metrics and DVH are out of date. */
    public boolean stale() {
        return stale;
    }

    /** The line saying whether the metrics are current ("" when no plan with a dose is shown). */
    public String freshnessText() {
        return freshness.getText();
    }

    Button recomputeButton() {
        return recompute;
    }

    boolean recomputing() {
        return redose != null && redose.getState() != Job.NONE;
    }

    /** Forgets the previous patient (another case was opened): its out-of-date line and the plan it was about. */
    public void clear() {
        dvhRequest++;
        computed = null;
        curvesPending = false;
        stalePlan = null;
        staleSince = null;
        stale = false;
        current = null;
        if (!isDisposed()) {
            freshness.setText("");
            freshness.setToolTipText(null);
        }
    }

    /** Shows a case's plans and one of them (null: none). */
    public void setCase(PatientCase c, Plan selected) {
        this.patientCase = c;
        shown.clear();
        plans.removeAll();
        if (c != null) {
            for (Plan p : c.getPlans()) {
                shown.add(p);
                plans.add(p.getPlanId() + " (" + p.getSeeds().size() + " seeds)");
            }
        }
        if (selected != null && shown.contains(selected)) {
            plans.select(shown.indexOf(selected));
        }
        show(selected);
        layout(true, true);
    }

    private void show(Plan plan) {
        current = plan;
        metrics.removeAll();
        if (widened) {
            widened = false;
            metrics.getColumn(0).setWidth(STRUCTURE_COLUMN_PX);
        }
        stale = plan != null && patientCase != null && DoseInputs.changedSince(patientCase, plan) != null;
        showPrediction(plan);
        if (plan == null) {
            dvhRequest++;
            curvesPending = false;
            updateFreshness();
            summary.setText(patientCase == null ? "No case open" : "No plan");
            dvh.setCurves(List.of(), 0);
            return;
        }
        summary.setText(String.format(Locale.ROOT, "%d seeds of %s, %.3f U each; Rx %.1f Gy", plan.getSeeds().size(),
                plan.getSourceModel() == null ? "?" : plan.getSourceModel().getModelId(), plan.getAirKermaStrengthU(), plan.getPrescriptionDoseGy()));
        for (DoseMetric m : plan.getMetrics()) {
            row(-1, m.getStructure() == null ? "" : m.getStructure().getName(), m.getName(), m.getValue(), m.getUnit());
        }
        showCurves(plan);
        updateFreshness();
    }

    /** The plan's predicted local control (model of the Planning preferences, template-assisted), or why there is none. */
    private void showPrediction(Plan plan) {
        String text = "";
        String tip = null;
        if (plan != null) {
            try {
                LocalControlModels.PlanPrediction p = LocalControlModels.predict(PlanningPreferences.localControlModel(), plan, "CT_TEMPLATE", 0.8);
                if (p != null) {
                    StringBuilder b = new StringBuilder("Predicted local control (template):");
                    for (LocalControlModel.Point pt : p.points()) {
                        b.append(String.format(Locale.ROOT, "  %.0f mo %.0f %% (%.0f–%.0f)", pt.months(), 100 * pt.localControl(), 100 * pt.lower95(),
                                100 * pt.upper95()));
                    }
                    b.append(String.format(Locale.ROOT, ";  36 mo without a template %.0f %%", 100 * p.withoutTemplate36().localControl()));
                    if (!p.warnings().isEmpty()) {
                        b.append("  ⚠ ").append(p.warnings().size()).append(p.warnings().size() == 1 ? " warning" : " warnings");
                    }
                    text = b.toString();
                    tip = p.text();
                } else {
                    text = "No predicted local control: the plan has no target D90";
                }
            } catch (org.opensabt.outcomes.OutcomeInputException e) {
                text = "No predicted local control: " + e.getMessage();
            }
        }
        prediction.setText(text);
        prediction.setToolTipText(tip);
    }

    /** The predicted local control line (for tests). */
    public Label predictionLabel() {
        return prediction;
    }

    private TableItem row(int index, String structure, String name, double value, String unit) {
        TableItem item = index < 0 ? new TableItem(metrics, SWT.NONE) : new TableItem(metrics, SWT.NONE, index);
        item.setText(new String[] { structure, name,
                String.format(Locale.ROOT, unit.equals("Gy") || unit.equals("%") || unit.equals("cc") ? "%.1f" : "%.2f", value), unit });
        return item;
    }

    /**
     * The metrics of each organ overlapping the target outside it ("Lung-Left outside GTV", as the planner checks
     * its limits: {@link CasePlanning#overlappingOrgansOutsideTarget}), each after the organ's own rows.
     */
    private void showOutsideTarget(List<org.opensabt.dose.dvh.DoseMetric> outside) {
        Color grey = stale ? new Color(STALE_ROW_COLOR) : null;
        for (org.opensabt.dose.dvh.DoseMetric m : outside) {
            String organ = m.structure().substring(0, m.structure().lastIndexOf(" outside "));
            int at = metrics.getItemCount();
            for (int i = 0; i < metrics.getItemCount(); i++) {
                String name = metrics.getItem(i).getText(0);
                at = name.equals(organ) || name.equals(m.structure()) ? i + 1 : at;
            }
            row(at, m.structure(), m.name(), m.value(), m.unit()).setForeground(grey);
        }
        if (!outside.isEmpty() && !widened) {
            widened = true;
            metrics.getColumn(0).pack(); // the longer names in full
        }
    }

    /** Whether the DVH curves of the shown plan are still being computed (in the background). */
    public boolean curvesPending() {
        return curvesPending;
    }

    /**
     * The DVH curves of the plan: from the last computation if it was of this plan, else computed off the UI thread
     * (the structures copied here first, so an edit meanwhile cannot disturb it) and shown unless another plan or case
     * was shown meanwhile. The curves are empty until then.
     */
    private void showCurves(Plan plan) {
        int request = ++dvhRequest;
        double rxGy = plan.getPrescriptionDoseGy();
        DoseGrid grid = plan.getDoseGrid();
        if (grid == null || grid.getDoseValues() == null || patientCase == null) {
            curvesPending = false;
            dvh.setCurves(List.of(), rxGy);
            return;
        }
        if (computed != null && computed.plan() == plan) {
            curvesPending = false;
            dvh.setCurves(curves(plan, computed.dvhs()), rxGy);
            showOutsideTarget(computed.outsideTarget());
            return;
        }
        String targetName = plan.getTarget() == null ? null : plan.getTarget().getName();
        List<Structure> copies = new ArrayList<>(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(CaseContents.structures(patientCase)));
        double ctSlice = CaseContents.firstSeries(patientCase).map(s -> s.getSpacingMm().get(2)).orElse(grid.getSpacingMm().get(2));
        GridGeometry geometry = GridGeometry.of(grid);
        float[] doseGy = grid.getDoseValues();
        curvesPending = true;
        dvh.setCurves(List.of(), rxGy);
        org.eclipse.swt.widgets.Display display = getDisplay();
        Thread worker = new Thread(() -> {
            Map<Structure, Dvh> dvhs;
            List<org.opensabt.dose.dvh.DoseMetric> outsideTarget;
            try {
                dvhs = CaseDose.dvhs(copies, geometry, ctSlice, doseGy, new ArrayList<>());
                outsideTarget = targetName == null ? List.of() : CasePlanning.overlappingOrgansOutsideTarget(copies, targetName, ctSlice, geometry, doseGy);
            } catch (RuntimeException e) {
                dvhs = Map.of(); // no curves rather than a broken view; the metrics table still shows the plan
                outsideTarget = List.of();
            }
            Map<Structure, Dvh> result = dvhs;
            List<org.opensabt.dose.dvh.DoseMetric> outside = outsideTarget;
            StartTimes.mark("DVH of " + plan.getPlanId() + " computed (background)");
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!isDisposed() && request == dvhRequest) {
                        computed = new Computed(plan, result, outside);
                        curvesPending = false;
                        dvh.setCurves(curves(plan, result), rxGy);
                        showOutsideTarget(outside);
                    }
                });
            }
        }, "OpenSABT: DVH of " + plan.getPlanId());
        worker.setDaemon(true);
        worker.start();
    }

    /** Marks the metrics and DVH out of date, or current, after an edit, undo, redo or another plan shown. */
    private void updateFreshness() {
        if (isDisposed()) {
            return;
        }
        Plan plan = current;
        String changed = plan == null || patientCase == null || !patientCase.getPlans().contains(plan) ? null : DoseInputs.changedSince(patientCase, plan);
        boolean wasStale = stale;
        stale = changed != null;
        if (!stale) {
            stalePlan = null;
            staleSince = null;
            freshness.setText(plan == null || !DoseInputs.hasDose(plan) ? "" : "Metrics and DVH computed from the current contours and seeds");
            freshness.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        } else {
            if (stalePlan != plan || staleSince == null) {
                stalePlan = plan;
                staleSince = lastEdit();
            }
            freshness.setText("Out of date since " + staleSince + " (" + changed + " changed): Recompute dose");
            freshness.setForeground(new Color(STALE_COLOR));
        }
        freshness.setToolTipText(freshness.getText());
        metrics.getColumn(2).setText(stale ? "Stale" : "Value");
        metrics.getColumn(2).setToolTipText(stale ? "Computed before the last edit: Recompute dose" : null);
        Color grey = new Color(STALE_ROW_COLOR);
        metrics.setForeground(stale ? grey : null); // the table's own colour: item colours alone do not show on every GTK theme
        for (TableItem item : metrics.getItems()) {
            item.setForeground(stale ? grey : null);
        }
        metrics.redraw();
        if (wasStale != stale && plan != null && computed != null && computed.plan() == plan) {
            dvh.setCurves(curves(plan, computed.dvhs()), plan.getPrescriptionDoseGy()); // greyed or coloured again
        }
        recompute.setEnabled(session != null && stale && !recomputing());
        layout(true, true);
    }

    /** The edit just made, undone or redone, as the user saw it in Edit ▸ Undo/Redo. */
    private String lastEdit() {
        if (session == null || session.commands().getMostRecentCommand() == null) {
            return "an edit";
        }
        var recent = session.commands().getMostRecentCommand();
        String label = recent.getLabel() == null ? "an edit" : recent.getLabel();
        return recent == session.commands().getUndoCommand() ? "\"" + label + "\"" : "undo of \"" + label + "\"";
    }

    private void recompute() {
        Plan plan = current;
        if (session == null || plan == null || recomputing()) {
            return;
        }
        recompute.setEnabled(false);
        redose = PlanRedose.schedule(session, this, plan, PlanRedose.seedsOf(plan), java.util.Set.of(), "recompute dose of " + plan.getPlanId(), text -> {
            if (!isDisposed()) {
                freshness.setText(text);
                freshness.setToolTipText(text);
                layout(true, true);
            }
        }, (redosed, seconds) -> {
            if (!isDisposed()) {
                freshness.setText(String.format(Locale.ROOT, "Dose, metrics and DVH recomputed in %.1f s from the current contours and seeds", seconds));
                freshness.setToolTipText(freshness.getText());
            }
        });
        if (redose == null) { // refused (an approved plan, an unknown seed model): the line says why until the next edit
            recompute.setEnabled(stale);
        } else {
            redose.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
                @Override
                public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                    if (!isDisposed()) {
                        getDisplay().asyncExec(() -> {
                            if (!isDisposed()) {
                                recompute.setEnabled(session != null && stale && !recomputing());
                            }
                        });
                    }
                }
            });
        }
    }

    /** The curves of computed DVHs, in the structures' colours (greyed while out of date). */
    private List<DvhCanvas.Curve> curves(Plan plan, Map<Structure, Dvh> dvhs) {
        List<DvhCanvas.Curve> out = new ArrayList<>();
        double bin = Math.max(0.5, plan.getPrescriptionDoseGy() / 100);
        for (Map.Entry<Structure, Dvh> e : dvhs.entrySet()) {
            Dvh d = e.getValue();
            double[][] cum = d.cumulative(bin);
            double[][] percent = new double[cum.length][2];
            for (int i = 0; i < cum.length; i++) {
                percent[i][0] = cum[i][0];
                percent[i][1] = 100 * cum[i][1] / d.volumeCc();
            }
            List<Integer> rgb = e.getKey().getColorRgb();
            int[] color = rgb.size() == 3 ? new int[] { rgb.get(0), rgb.get(1), rgb.get(2) } : new int[] { 0, 0, 0 };
            if (stale) { // greyed: mostly light grey, a hint of the structure's colour
                for (int k = 0; k < 3; k++) {
                    color[k] = (color[k] + 3 * 190) / 4;
                }
            }
            out.add(new DvhCanvas.Curve(e.getKey().getName() + (stale ? " (out of date)" : ""), color, percent));
        }
        return out;
    }
}
