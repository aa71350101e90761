package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.opensabt.dose.cases.PlanComparison;
import org.opensabt.dose.source.SourceDescriptorException;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;

/**
 * Two or more plans of the case side by side: a check list of the plans (the first checked is the
 * reference), their DVHs overlaid (structure colours, one line style per plan), the metric table with each
 * plan's difference to the reference ({@link PlanComparison}), and a per-plan needle and seed summary.
 */
public final class PlanComparisonPanel extends Composite {

    private final Table plans;
    private final Table summary;
    private final Table metrics;
    private final DvhCanvas dvh;
    private final Label notes;
    private PatientCase patientCase;
    private final List<Plan> listed = new ArrayList<>();
    private final Set<String> unchecked = new HashSet<>();
    private final Map<Plan, List<PlanComparison.StructureDvh>> dvhCache = new IdentityHashMap<>();
    private PlanComparison.Table table;
    private boolean stale;

    public PlanComparisonPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite left = new Composite(sash, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        left.setLayout(leftLayout);
        new Label(left, SWT.NONE).setText("Plans to compare (the first checked is the reference):");
        plans = new Table(left, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        plans.setHeaderVisible(true);
        column(plans, "Plan", 95, SWT.LEFT);
        column(plans, "Rx (Gy)", 58, SWT.RIGHT);
        column(plans, "Status", 70, SWT.LEFT);
        GridData plansData = new GridData(SWT.FILL, SWT.FILL, true, true);
        plansData.heightHint = 90;
        plans.setLayoutData(plansData);
        plans.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item && item.getData() instanceof Plan p) {
                if (item.getChecked()) {
                    unchecked.remove(p.getPlanId());
                } else {
                    unchecked.add(p.getPlanId());
                }
                compare();
            }
        });
        new Label(left, SWT.NONE).setText("Needles and seeds:");
        summary = new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        summary.setHeaderVisible(true);
        column(summary, "Plan", 75, SWT.LEFT);
        column(summary, "Needles", 55, SWT.RIGHT);
        column(summary, "Seeds", 45, SWT.RIGHT);
        column(summary, "Per needle", 70, SWT.RIGHT); // strength and activity are rows of the metric table
        GridData summaryData = new GridData(SWT.FILL, SWT.FILL, true, true);
        summaryData.heightHint = 70;
        summary.setLayoutData(summaryData);

        metrics = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        metrics.setHeaderVisible(true);
        dvh = new DvhCanvas(sash);
        dvh.setEmptyText("Check two or more plans with a stored dose to overlay their DVHs");
        sash.setWeights(2, 4, 3);

        notes = new Label(this, SWT.WRAP);
        notes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        addListener(SWT.Paint, e -> { // shown again after edits made while hidden
            if (stale) {
                getDisplay().asyncExec(() -> {
                    if (!isDisposed() && stale) {
                        invalidate();
                    }
                });
            }
        });
    }

    private static TableColumn column(Table t, String title, int width, int align) {
        TableColumn c = new TableColumn(t, align);
        c.setText(title);
        c.setWidth(width);
        return c;
    }

    public Table planTable() {
        return plans;
    }

    public Table metricTable() {
        return metrics;
    }

    public Table summaryTable() {
        return summary;
    }

    public DvhCanvas dvhCanvas() {
        return dvh;
    }

    public String notesText() {
        return notes.getText();
    }

    /** The comparison on screen (null when fewer than one plan is checked). */
    public PlanComparison.Table comparison() {
        return table;
    }

    /** Lists the case's plans (new ones checked) and compares the checked ones. */
    public void setCase(PatientCase c) {
        if (c != patientCase) {
            unchecked.clear();
        }
        patientCase = c;
        dvhCache.keySet().removeIf(p -> c == null || !c.getPlans().contains(p));
        listed.clear();
        plans.removeAll();
        if (c != null) {
            for (Plan p : c.getPlans()) {
                listed.add(p);
                TableItem item = new TableItem(plans, SWT.NONE);
                item.setData(p);
                item.setText(new String[] { p.getPlanId(), format(p.getPrescriptionDoseGy(), "Gy"), p.getStatus() == null ? "" : p.getStatus().getLiteral() });
                item.setChecked(!unchecked.contains(p.getPlanId()));
            }
        }
        compare();
    }

    /** Forgets the DVHs computed so far (after an edit of the case's structures or doses) and compares again. */
    public void invalidate() {
        stale = false;
        dvhCache.clear();
        setCase(patientCase);
    }

    /**
     * {@link #invalidate()} once the edits pause (300 ms) and only while the panel is on screen (else when it is
     * painted next): contour strokes do not recompute every plan's DVHs one by one, nor behind another tab.
     */
    public void invalidateLater() {
        if (stale || isDisposed()) {
            return;
        }
        stale = true;
        getDisplay().timerExec(300, () -> {
            if (!isDisposed() && stale && isVisible()) {
                invalidate();
            }
        });
    }

    private List<Plan> checked() {
        List<Plan> out = new ArrayList<>();
        for (TableItem item : plans.getItems()) {
            if (item.getChecked() && item.getData() instanceof Plan p) {
                out.add(p);
            }
        }
        return out;
    }

    private void compare() {
        List<Plan> chosen = checked();
        metrics.setRedraw(false);
        metrics.removeAll();
        for (TableColumn c : metrics.getColumns()) {
            c.dispose();
        }
        summary.removeAll();
        if (chosen.isEmpty()) {
            table = null;
            notes.setText(patientCase == null ? "No case open" : patientCase.getPlans().isEmpty() ? "The case has no plan yet" : "Check the plans to compare");
            dvh.setCurveSets(List.of(), 0);
            metrics.setRedraw(true);
            layout(true, true);
            return;
        }
        List<PlanComparison.Column> columns = new ArrayList<>();
        for (Plan p : chosen) {
            columns.add(PlanComparison.of(p, uPerMCi(p)));
        }
        table = PlanComparison.compare(columns);
        fillMetrics(metrics, table, null);
        metrics.setRedraw(true);

        for (PlanComparison.Column c : columns) {
            TreeMap<Integer, Integer> histogram = new TreeMap<>();
            c.seedsPerNeedle().values().forEach(n -> histogram.merge(n, 1, Integer::sum));
            String perNeedle = histogram.isEmpty() ? "" : histogram.firstKey() + "–" + histogram.lastKey();
            TableItem item = new TableItem(summary, SWT.NONE);
            item.setText(new String[] { c.id(), c.needles() < 0 ? "—" : String.valueOf(c.needles()), String.valueOf(c.seeds()), perNeedle });
        }

        List<DvhCanvas.CurveSet> sets = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Plan p = chosen.get(i);
            sets.add(new DvhCanvas.CurveSet(p.getPlanId(), DvhCanvas.LineStyle.ofIndex(i), curves(p), p.getPrescriptionDoseGy()));
        }
        dvh.setCurveSets(sets, chosen.get(0).getPrescriptionDoseGy());
        List<String> lines = new ArrayList<>();
        if (chosen.size() == 1) {
            lines.add("Check a second plan to see differences to " + chosen.get(0).getPlanId());
        }
        lines.addAll(table.notes());
        notes.setText(String.join("\n", lines));
        layout(true, true);
    }

    /**
     * Fills a table with a comparison: the metric ("GTV D90"; the plan rows by their name alone), its unit, one
     * column per plan, then each plan's difference to the first ("Δ B − A"); {@code titles} name the plans'
     * columns (null: their ids).
     */
    public static void fillMetrics(Table metrics, PlanComparison.Table table, List<String> titles) {
        column(metrics, "Metric", 100, SWT.LEFT);
        column(metrics, "Unit", 36, SWT.LEFT);
        List<String> ids = titles != null ? titles : table.columnIds();
        for (int i = 0; i < ids.size(); i++) {
            column(metrics, ids.get(i), Math.max(62, 8 * ids.get(i).length()), SWT.RIGHT);
        }
        for (int i = 1; i < ids.size(); i++) {
            String title = "Δ " + ids.get(i) + " − " + ids.get(0);
            column(metrics, title, Math.max(90, 13 * title.length() / 2), SWT.RIGHT);
        }
        for (PlanComparison.Row r : table.rows()) {
            String name = r.structure().equals(PlanComparison.PLAN_ROWS) ? r.metric() : r.structure() + " " + r.metric();
            List<String> cells = new ArrayList<>(List.of(name, r.unit().equals("1") ? "" : r.unit()));
            for (double v : r.values()) {
                cells.add(format(v, r.unit()));
            }
            for (int i = 1; i < r.differences().length; i++) {
                double d = r.differences()[i];
                String magnitude = format(Math.abs(d), r.unit());
                boolean zero = magnitude.matches("[0.]+"); // rounds to zero: no sign
                cells.add(Double.isNaN(d) ? "—" : (zero ? "±" : d > 0 ? "+" : "−") + magnitude + (r.unit().equals("1") ? "" : " " + r.unit()));
            }
            new TableItem(metrics, SWT.NONE).setText(cells.toArray(String[]::new));
        }
    }

    /** A value as the tables show it: counts whole, CI and COIN with two decimals, the rest with one; "—" when missing. */
    public static String format(double v, String unit) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (unit.equals("1")) {
            return Math.rint(v) == v ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, unit.equals("U") ? "%.2f" : "%.1f", v);
    }

    private List<DvhCanvas.Curve> curves(Plan p) {
        List<PlanComparison.StructureDvh> dvhs = dvhCache.computeIfAbsent(p,
                plan -> PlanComparison.dvhs(patientCase, plan.getDoseGrid(), Math.max(0.5, plan.getPrescriptionDoseGy() / 100)));
        return curves(dvhs);
    }

    /** DVH curves for the canvas. */
    public static List<DvhCanvas.Curve> curves(List<PlanComparison.StructureDvh> dvhs) {
        return dvhs.stream().map(d -> new DvhCanvas.Curve(d.structure(), d.colorRgb(), d.doseGyVolumePercent())).toList();
    }

    /** U per mCi of the plan's seed model, NaN when unknown. */
    public static double uPerMCi(Plan p) {
        if (p == null || p.getSourceModel() == null) {
            return Double.NaN;
        }
        try {
            var source = SourceLibraries.standard().find(p.getSourceModel().getModelId());
            return source.hasUPerMCi() ? source.uPerMCi() : Double.NaN;
        } catch (SourceDescriptorException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
