package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
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

/** A plan of the case: chooser, its stored metrics (value and unit) and the DVH of every structure. */
public final class PlanPanel extends Composite {

    private final Combo plans;
    private final Label summary;
    private final Table metrics;
    private final DvhCanvas dvh;
    private PatientCase patientCase;
    private final List<Plan> shown = new ArrayList<>();
    private PlanChoiceListener listener = p -> {
    };

    /** Told when the user chooses another plan. */
    public interface PlanChoiceListener {
        void chosen(Plan plan);
    }

    public PlanPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(2, false));
        plans = new Combo(this, SWT.READ_ONLY);
        summary = new Label(this, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        metrics = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        metrics.setHeaderVisible(true);
        for (String title : new String[] { "Structure", "Metric", "Value", "Unit" }) {
            TableColumn column = new TableColumn(metrics, title.equals("Value") ? SWT.RIGHT : SWT.LEFT);
            column.setText(title);
            column.setWidth(title.equals("Structure") ? 110 : 60);
        }
        dvh = new DvhCanvas(sash);
        sash.setWeights(1, 2);
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
        metrics.removeAll();
        if (plan == null) {
            summary.setText(patientCase == null ? "No case open" : "No plan");
            dvh.setCurves(List.of(), 0);
            return;
        }
        summary.setText(String.format(Locale.ROOT, "%d seeds of %s, %.3f U each; Rx %.1f Gy", plan.getSeeds().size(),
                plan.getSourceModel() == null ? "?" : plan.getSourceModel().getModelId(), plan.getAirKermaStrengthU(), plan.getPrescriptionDoseGy()));
        for (DoseMetric m : plan.getMetrics()) {
            TableItem item = new TableItem(metrics, SWT.NONE);
            item.setText(new String[] { m.getStructure() == null ? "" : m.getStructure().getName(), m.getName(),
                    String.format(Locale.ROOT, m.getUnit().equals("Gy") || m.getUnit().equals("%") || m.getUnit().equals("cc") ? "%.1f" : "%.2f", m.getValue()),
                    m.getUnit() });
        }
        dvh.setCurves(curves(plan), plan.getPrescriptionDoseGy());
    }

    private List<DvhCanvas.Curve> curves(Plan plan) {
        DoseGrid grid = plan.getDoseGrid();
        if (grid == null || grid.getDoseValues() == null) {
            return List.of();
        }
        List<Structure> structures = CaseContents.structures(patientCase);
        double ctSlice = CaseContents.firstSeries(patientCase).map(s -> s.getSpacingMm().get(2)).orElse(grid.getSpacingMm().get(2));
        Map<Structure, Dvh> dvhs = CaseDose.dvhs(structures, GridGeometry.of(grid), ctSlice, grid.getDoseValues(), new ArrayList<>());
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
            out.add(new DvhCanvas.Curve(e.getKey().getName(), rgb.size() == 3 ? new int[] { rgb.get(0), rgb.get(1), rgb.get(2) } : new int[] { 0, 0, 0 },
                    percent));
        }
        return out;
    }
}
