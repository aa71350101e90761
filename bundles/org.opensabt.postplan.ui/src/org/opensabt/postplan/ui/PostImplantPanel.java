package org.opensabt.postplan.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.opensabt.dose.cases.PlanComparison;
import org.opensabt.model.DoseGrid;
import org.opensabt.model.Implant;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.postplan.PostImplant;
import org.opensabt.postplan.PostImplantDosimetry;
import org.opensabt.postplan.RigidTransform;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.DvhCanvas;
import org.opensabt.viewer.ui.FacadeJob;
import org.opensabt.viewer.ui.PlanComparisonPanel;

/**
 * Post-implant review of the open case: an implant and its plan, the planned vs actual DVHs overlaid and
 * the metric table with differences ({@link PlanComparison}), the seed pairing list (implanted seed, planned
 * partner, displacement in mm with its L, P, S components, all in the planning frame), and seed edits (move
 * to typed coordinates, add, delete). Every edit re-evaluates the implant with {@link PostImplant} in a
 * {@link FacadeJob} and applies the result as one undoable change of the case; undo restores the implant.
 */
public final class PostImplantPanel extends Composite {

    private final CaseSession session;
    private final Combo implants;
    private final Button evaluateCt;
    private final Label status;
    private final Table metrics;
    private final DvhCanvas dvh;
    private final Table pairing;
    private final Text[] positionMm = new Text[3];
    private final Button move;
    private final Button add;
    private final Button delete;
    private final Button cancel;
    private Job job;
    private final Label pairingSummary;
    private final TabFolder tabs;
    private final List<Implant> listed = new ArrayList<>();
    private final Map<DoseGrid, List<PlanComparison.StructureDvh>> dvhCache = new IdentityHashMap<>();
    private final Runnable edited = this::refreshLater;
    private PatientCase patientCase;
    private String chosenId;
    private PlanComparison.Table table;
    private boolean busy;
    private boolean stale;

    public PostImplantPanel(Composite parent, CaseSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(5, false));
        new Label(this, SWT.NONE).setText("Implant");
        implants = new Combo(this, SWT.READ_ONLY);
        implants.addListener(SWT.Selection, e -> {
            int i = implants.getSelectionIndex();
            if (i >= 0 && i < listed.size()) {
                chosenId = listed.get(i).getImplantId();
                show(listed.get(i));
            }
        });
        evaluateCt = new Button(this, SWT.PUSH);
        evaluateCt.setText("Evaluate post-op CT…");
        evaluateCt.setToolTipText("Find the seeds on a post-implant CT (DICOM folder; a scan in another frame of reference is registered on bone automatically) and compare them with the chosen plan");
        evaluateCt.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setText("Post-implant CT (DICOM folder)");
            String folder = dialog.open();
            if (folder != null) {
                evaluateFolder(Path.of(folder));
            }
        });
        cancel = new Button(this, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setToolTipText("Stop the evaluation; nothing is changed");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
            }
        });
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        // two tabs, so that each has the view's whole width at 1366×768: the dose (metrics, DVHs) and the seeds (pairing, edits)
        tabs = new TabFolder(this, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        TabItem doseTab = new TabItem(tabs, SWT.NONE);
        doseTab.setText("Plan vs actual");
        SashForm sash = new SashForm(tabs, SWT.HORIZONTAL);
        doseTab.setControl(sash);
        metrics = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        metrics.setHeaderVisible(true);
        dvh = new DvhCanvas(sash);
        dvh.setEmptyText("No implant dose to show");
        sash.setWeights(4, 5);

        TabItem seedsTab = new TabItem(tabs, SWT.NONE);
        seedsTab.setText("Seeds: pairing and edits");
        Composite seeds = new Composite(tabs, SWT.NONE);
        seedsTab.setControl(seeds);
        GridLayout seedsLayout = new GridLayout(9, false);
        seedsLayout.marginWidth = 0;
        seeds.setLayout(seedsLayout);
        pairing = new Table(seeds, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        pairing.setHeaderVisible(true);
        pairing.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 9, 1));
        for (String[] c : new String[][] { { "Seed", "50" }, { "Origin", "62" }, { "Planned", "62" }, { "Displ. (mm)", "74" }, { "ΔL", "42" }, { "ΔP", "42" },
                { "ΔS", "42" }, { "L (mm)", "52" }, { "P (mm)", "52" }, { "S (mm)", "52" } }) {
            TableColumn column = new TableColumn(pairing, c[0].equals("Seed") || c[0].equals("Origin") || c[0].equals("Planned") ? SWT.LEFT : SWT.RIGHT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        pairing.addListener(SWT.Selection, e -> selected());
        String[] axes = { "L", "P", "S" };
        for (int k = 0; k < 3; k++) {
            new Label(seeds, SWT.NONE).setText(axes[k]);
            positionMm[k] = new Text(seeds, SWT.BORDER | SWT.RIGHT);
            GridData data = new GridData();
            data.widthHint = 50;
            positionMm[k].setLayoutData(data);
            positionMm[k].setToolTipText("Seed position in the planning CT's frame, patient " + axes[k] + " (mm)");
        }
        move = button(seeds, "Move", "Move the selected seed to the L, P, S position (mm, planning frame) and re-evaluate");
        add = button(seeds, "Add", "Add a seed the detection missed at the L, P, S position (mm, planning frame) and re-evaluate");
        delete = button(seeds, "Delete", "Delete the selected seed (not a seed) and re-evaluate");
        move.addListener(SWT.Selection, e -> moveSelected());
        add.addListener(SWT.Selection, e -> addAtPosition());
        delete.addListener(SWT.Selection, e -> deleteSelected());
        pairingSummary = new Label(seeds, SWT.WRAP);
        pairingSummary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 9, 1));

        session.addEditListener(edited);
        addListener(SWT.Dispose, e -> session.removeEditListener(edited));
        addListener(SWT.Paint, e -> { // shown again after edits made while hidden
            if (stale) {
                getDisplay().asyncExec(() -> {
                    if (!isDisposed() && stale) {
                        refresh();
                    }
                });
            }
        });
        setCase(session.patientCase());
    }

    private static Button button(Composite parent, String text, String tip) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        return b;
    }

    /** Shows the tab of the dose (0: plan vs actual) or of the seeds (1: pairing and edits). */
    public void showTab(int index) {
        tabs.setSelection(index);
    }

    public Table metricTable() {
        return metrics;
    }

    public Table pairingTable() {
        return pairing;
    }

    public DvhCanvas dvhCanvas() {
        return dvh;
    }

    public Text[] positionFields() {
        return positionMm.clone();
    }

    public Button moveButton() {
        return move;
    }

    public Button addButton() {
        return add;
    }

    public Button deleteButton() {
        return delete;
    }

    public Button cancelButton() {
        return cancel;
    }

    public String statusText() {
        return status.getText();
    }

    /** Whether a re-evaluation is running. */
    public boolean busy() {
        return busy;
    }

    /** The implant shown, or null. */
    public Implant implant() {
        return listed.stream().filter(i -> i.getImplantId().equals(chosenId)).findFirst().orElse(null);
    }

    /** The plan-versus-implant comparison shown (null without an implant). */
    public PlanComparison.Table comparison() {
        return table;
    }

    /** Shows the case's implants (the one shown before, else the last). */
    public void setCase(PatientCase c) {
        if (c != patientCase) {
            dvhCache.clear();
            chosenId = null;
            say("");
        }
        patientCase = c;
        refresh();
    }

    /**
     * After an edit of the case (undo, redo, structures): shows it again once the edits pause (300 ms) and only
     * while the panel is on screen (else when it is painted next); the structures may have changed, so the DVHs too.
     */
    private void refreshLater() {
        if (stale || isDisposed()) {
            return;
        }
        stale = true;
        getDisplay().timerExec(300, () -> {
            if (!isDisposed() && stale && isVisible()) {
                refresh();
            }
        });
    }

    private void refresh() {
        if (isDisposed()) {
            return;
        }
        if (stale) {
            dvhCache.clear();
        }
        stale = false;
        listed.clear();
        implants.removeAll();
        if (patientCase != null) {
            for (Implant i : patientCase.getImplants()) {
                listed.add(i);
                implants.add(i.getImplantId() + " (" + i.getSeeds().size() + " seeds" + (i.getPlan() != null ? ", plan " + i.getPlan().getPlanId() : "") + ")");
            }
        }
        Implant shown = implant();
        if (shown == null && !listed.isEmpty()) {
            shown = listed.get(listed.size() - 1);
            chosenId = shown.getImplantId();
        }
        if (shown != null) {
            implants.select(listed.indexOf(shown));
        }
        show(shown);
    }

    private void show(Implant implant) {
        metrics.setRedraw(false);
        metrics.removeAll();
        for (TableColumn c : metrics.getColumns()) {
            c.dispose();
        }
        pairing.removeAll();
        evaluateCt.setEnabled(!busy && patientCase != null);
        if (implant == null || implant.getPlan() == null) {
            table = null;
            metrics.setRedraw(true);
            dvh.setCurveSets(List.of(), 0);
            pairingSummary.setText(patientCase == null ? "No case open"
                    : implant == null ? "The case has no implant: evaluate a post-implant CT (or run 'opensabt postplan')" : "The implant names no plan");
            enableEdits(false);
            layout(true, true);
            return;
        }
        Plan plan = implant.getPlan();
        double uPerMCi = PlanComparisonPanel.uPerMCi(plan);
        table = PlanComparison.compare(List.of(PlanComparison.of(plan, uPerMCi), PlanComparison.of(implant, uPerMCi)));
        PlanComparisonPanel.fillMetrics(metrics, table, List.of("planned", "actual"));
        metrics.setRedraw(true);
        double bin = Math.max(0.5, plan.getPrescriptionDoseGy() / 100);
        dvh.setCurveSets(List.of(new DvhCanvas.CurveSet("planned " + plan.getPlanId(), DvhCanvas.LineStyle.SOLID, curves(plan.getDoseGrid(), bin)),
                new DvhCanvas.CurveSet("implant " + implant.getImplantId(), DvhCanvas.LineStyle.DASHED, curves(implant.getDoseGrid(), bin))),
                plan.getPrescriptionDoseGy());

        List<Double> displacements = new ArrayList<>();
        for (Seed s : implant.getSeeds()) {
            double[] p = array(s.getPositionMm());
            Seed partner = s.getPlannedSeedId() == null ? null
                    : plan.getSeeds().stream().filter(x -> s.getPlannedSeedId().equals(x.getSeedId())).findFirst().orElse(null);
            String[] cells = new String[10];
            cells[0] = s.getSeedId();
            cells[1] = s.getOrigin() == null ? "" : s.getOrigin();
            if (partner != null) {
                double[] q = array(partner.getPositionMm());
                double[] d = { p[0] - q[0], p[1] - q[1], p[2] - q[2] };
                double distance = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                displacements.add(distance);
                cells[2] = partner.getSeedId();
                cells[3] = String.format(Locale.ROOT, "%.2f", distance);
                for (int k = 0; k < 3; k++) {
                    cells[4 + k] = String.format(Locale.ROOT, "%+.1f", d[k]);
                }
            } else {
                cells[2] = "unmatched";
                cells[3] = "—";
                cells[4] = cells[5] = cells[6] = "";
            }
            for (int k = 0; k < 3; k++) {
                cells[7 + k] = String.format(Locale.ROOT, "%.1f", p[k]);
            }
            TableItem item = new TableItem(pairing, SWT.NONE);
            item.setText(cells);
            item.setData(s);
        }
        double[] sorted = displacements.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long unmatchedPlanned = plan.getSeeds().stream()
                .filter(p -> implant.getSeeds().stream().noneMatch(s -> p.getSeedId().equals(s.getPlannedSeedId()))).count();
        pairingSummary.setText(String.format(Locale.ROOT, "%d implanted seeds, %d paired with %s's %d (%d planned unmatched); displacement median %s mm, max %s mm",
                implant.getSeeds().size(), sorted.length, plan.getPlanId(), plan.getSeeds().size(), unmatchedPlanned,
                sorted.length == 0 ? "—" : String.format(Locale.ROOT, "%.1f", PostImplantDosimetry.quantile(sorted, 0.5)),
                sorted.length == 0 ? "—" : String.format(Locale.ROOT, "%.1f", sorted[sorted.length - 1])));
        enableEdits(!busy);
        layout(true, true);
    }

    private List<DvhCanvas.Curve> curves(DoseGrid grid, double binGy) {
        if (grid == null) {
            return List.of();
        }
        if (dvhCache.size() > 8) {
            dvhCache.clear(); // grids of implants replaced by edits
        }
        return PlanComparisonPanel.curves(dvhCache.computeIfAbsent(grid, g -> PlanComparison.dvhs(patientCase, g, binGy)));
    }

    private void enableEdits(boolean enabled) {
        cancel.setEnabled(busy);
        move.setEnabled(enabled);
        add.setEnabled(enabled);
        delete.setEnabled(enabled);
        evaluateCt.setEnabled(!busy && patientCase != null);
    }

    private void selected() {
        TableItem[] items = pairing.getSelection();
        if (items.length == 1 && items[0].getData() instanceof Seed s) {
            for (int k = 0; k < 3; k++) {
                positionMm[k].setText(String.format(Locale.ROOT, "%.1f", s.getPositionMm().get(k)));
            }
        }
    }

    private Seed selectedSeed() {
        TableItem[] items = pairing.getSelection();
        return items.length == 1 && items[0].getData() instanceof Seed s ? s : null;
    }

    /** The L, P, S fields (planning frame, mm), or null after saying what is wrong. */
    private double[] typedPosition() {
        double[] p = new double[3];
        String[] axes = { "L", "P", "S" };
        for (int k = 0; k < 3; k++) {
            try {
                p[k] = Double.parseDouble(positionMm[k].getText().trim());
            } catch (NumberFormatException e) {
                say(axes[k] + ": \"" + positionMm[k].getText() + "\" is not a number (mm)");
                return null;
            }
        }
        return p;
    }

    /** Edits are given in the post-operative CT's frame: the stored transform (post-op → planning), inverted. */
    private static double[] toPostop(Implant implant, double[] planningMm) {
        return transform(implant).inverse().applyToPoint(planningMm);
    }

    private static RigidTransform transform(Implant implant) {
        List<Double> v = implant.getPostToPlanningTransform();
        return v.isEmpty() ? RigidTransform.IDENTITY : RigidTransform.fromRowsOfRt(v, implant.getRegistration());
    }

    private void moveSelected() {
        Implant implant = implant();
        Seed s = selectedSeed();
        double[] p = typedPosition();
        if (implant == null || s == null) {
            say("Choose the seed to move in the list");
        } else if (p != null) {
            edit(implant, new PostImplant.MoveSeed(s.getSeedId(), toPostop(implant, p)), "Move seed " + s.getSeedId());
        }
    }

    private void addAtPosition() {
        Implant implant = implant();
        double[] p = typedPosition();
        if (implant != null && p != null) {
            Seed like = selectedSeed();
            double[] axis = like == null ? null : transform(implant).inverse().applyToDirection(array(like.getDirectionUnit()));
            edit(implant, new PostImplant.AddSeed(toPostop(implant, p), axis), "Add seed");
        }
    }

    private void deleteSelected() {
        Implant implant = implant();
        Seed s = selectedSeed();
        if (implant == null || s == null) {
            say("Choose the seed to delete in the list");
        } else {
            edit(implant, new PostImplant.DeleteSeed(s.getSeedId()), "Delete seed " + s.getSeedId());
        }
    }

    /** Re-evaluates the stored implant with one edit in a job, then applies it as one undoable change. */
    private void edit(Implant implant, PostImplant.SeedEdit edit, String label) {
        PatientCase c = patientCase;
        String target = implant.getPlan().getTarget() == null ? null : implant.getPlan().getTarget().getName();
        double d90Before = table == null || target == null ? Double.NaN : table.row(target, "D90") == null ? Double.NaN : table.row(target, "D90").values()[1];
        PostImplant.Request request = PostImplant.Request.of(new PostImplant.StoredImplant(implant.getImplantId())).withEdits(List.of(edit));
        run(label, c, request, result -> {
            double d90After = result.implant().getMetrics().stream()
                    .filter(m -> m.getStructure() != null && m.getStructure().getName().equals(target) && m.getName().equals("D90")).mapToDouble(m -> m.getValue())
                    .findFirst().orElse(Double.NaN);
            return String.format(Locale.ROOT, "%s: %s; %s D90 %s → %s Gy (Edit ▸ Undo restores it)", label, String.join("; ", result.edits()), target,
                    PlanComparisonPanel.format(d90Before, "Gy"), PlanComparisonPanel.format(d90After, "Gy"));
        });
    }

    /**
     * Finds the seeds on a post-implant CT (DICOM folder in the planning CT's frame of reference), compares
     * them with the session's plan (else the case's last) and adds the implant as one undoable change.
     */
    public void evaluateFolder(Path folder) {
        PatientCase c = patientCase;
        if (c == null) {
            say("Open a case first");
            return;
        }
        Plan plan = session.plan();
        PostImplant.Request request = PostImplant.Request.of(new PostImplant.PostopDicom(folder, null));
        if (plan != null) {
            request = request.withPlan(plan.getPlanId());
        }
        run("Add implant", c, request, result -> String.format(Locale.ROOT, "%s: %d seeds found on %s, paired with %s (median displacement %.1f mm)%s",
                result.implantId(), result.postopFrameSeeds().size(), folder.getFileName(), result.plan().getPlanId(),
                result.dosimetry().medianDisplacementMm(), result.warnings().isEmpty() ? "" : "; " + String.join("; ", result.warnings())));
    }

    private void run(String label, PatientCase c, PostImplant.Request request, java.util.function.Function<PostImplant.Result, String> summary) {
        busy = true;
        enableEdits(false);
        say(label + ": evaluating…");
        Runnable cancelled = () -> {
            if (busy) {
                busy = false;
                say(label + ": cancelled; nothing changed");
                refresh();
            }
        };
        job = FacadeJob.schedule("Post-implant: " + label, session.rule(), this, monitor -> new PostImplant().evaluate(c, request, monitor),
                FacadeJob.handler(result -> {
                    busy = false;
                    if (session.patientCase() != c) {
                        say("Another case was opened meanwhile; nothing changed");
                        refresh();
                        return;
                    }
                    chosenId = result.implantId();
                    String line = summary.apply(result);
                    if (!session.change(label.startsWith("Add implant") ? "Add implant " + result.implantId() : label,
                            () -> PostImplant.apply(c, result))) {
                        say(label + ": the implant could not be stored in the case");
                    } else {
                        say(line);
                    }
                    refresh();
                }, message -> {
                    busy = false;
                    say(label + " failed: " + message);
                    refresh();
                }, cancelled, line -> say(label + ": " + line)));
        // cancelled before it ran: the facade never started, so no handler is told
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult() != null && event.getResult().getSeverity() == IStatus.CANCEL && !isDisposed()) {
                    getDisplay().asyncExec(() -> {
                        if (!isDisposed()) {
                            cancelled.run();
                        }
                    });
                }
            }
        });
    }

    private void say(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            layout(true, true);
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
