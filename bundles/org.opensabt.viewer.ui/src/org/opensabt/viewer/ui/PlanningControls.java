package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.opensabt.contour.CaseContents;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.PlanningException;
import org.opensabt.plan.SeedPlanner;

/**
 * The plan request of the Plan view (target, prescription in Gy, seed model and apparent activity in
 * mCi, needle mode, needle limit, OAR limits, V100 goal) and "Optimise": an Eclipse {@link Job} that
 * plans and computes the TG-43 dose in the background, with progress and Cancel here. The new plan is
 * added to the case as an undoable command and shown; nothing is added when the request is not met,
 * the run is cancelled or fails (the status says why).
 */
public final class PlanningControls extends Composite {

    /** Needle modes offered: label, and the geometry (as the `plan` command's --needles). */
    private static final String[] NEEDLE_MODES = { "Free needles within 35° of AP", "Parallel AP grid, 5 mm", "Free needles, any direction" };

    private final CaseSession session;
    private final Combo target;
    private final Spinner rxGy;
    private final Combo seedModel;
    private final Spinner activityMilliCi; // in 0.01 mCi
    private final Combo needles;
    private final Spinner maxNeedles;
    private final Spinner v100;
    private final Text oarLimits;
    private final Button optimise;
    private final Button cancel;
    private final ProgressBar progress;
    private final Label status;
    private final List<SeedSource> sources = new ArrayList<>();
    private Job job;
    private int planNumber = 1;

    public PlanningControls(Composite parent, CaseSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(2, false));
        target = new Combo(labelled("Target"), SWT.READ_ONLY);
        target.setLayoutData(fill());
        Composite rx = row(labelled("Prescription"));
        rxGy = new Spinner(rx, SWT.BORDER);
        rxGy.setValues((int) Math.round(PlanningPreferences.rxGy()), 10, 400, 0, 5, 10);
        new Label(rx, SWT.NONE).setText("Gy");
        seedModel = new Combo(labelled("Seed model"), SWT.READ_ONLY);
        seedModel.setLayoutData(fill());
        var library = SourceLibraries.standard();
        sources.addAll(library.sources());
        for (SeedSource s : sources) {
            seedModel.add(s.name());
        }
        int preferred = 0;
        try {
            preferred = Math.max(0, sources.indexOf(library.find(PlanningPreferences.seedModel())));
        } catch (org.opensabt.dose.source.SourceDescriptorException e) {
            preferred = 0; // an unknown preferred model: the first of the library
        }
        seedModel.select(preferred);
        Composite activity = row(labelled("Apparent activity"));
        activityMilliCi = new Spinner(activity, SWT.BORDER);
        activityMilliCi.setValues((int) Math.round(PlanDefaults.APPARENT_ACTIVITY_MCI * 100), 10, 300, 2, 5, 10);
        new Label(activity, SWT.NONE).setText("mCi per seed");
        needles = new Combo(labelled("Needles"), SWT.READ_ONLY);
        needles.setItems(NEEDLE_MODES);
        needles.select(0);
        needles.setLayoutData(fill());
        maxNeedles = new Spinner(labelled("Needle limit"), SWT.BORDER);
        maxNeedles.setValues(PlanDefaults.MAX_NEEDLES, 0, 200, 0, 1, 10);
        maxNeedles.setToolTipText("0: no limit");
        Composite goal = row(labelled("V100 goal"));
        v100 = new Spinner(goal, SWT.BORDER);
        v100.setValues(PlanDefaults.V100_PERCENT, 50, 100, 0, 1, 5);
        new Label(goal, SWT.NONE).setText("% of the target at least");
        oarLimits = new Text(labelled("OAR limits"), SWT.BORDER);
        oarLimits.setMessage("ROI:D2cc<GY,Dmax<GY; …");
        oarLimits.setLayoutData(fill());
        Composite buttons = row(this);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        optimise = new Button(buttons, SWT.PUSH);
        optimise.setText("Optimise");
        optimise.addListener(SWT.Selection, e -> optimise());
        cancel = new Button(buttons, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
                say("cancelling…");
            }
        });
        progress = new ProgressBar(buttons, SWT.INDETERMINATE);
        progress.setVisible(false);
        status = new Label(this, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        statusData.widthHint = 200;
        status.setLayoutData(statusData);
        refresh();
    }

    /** Follows the session's case: the target list (the plan's target first, else the first GTV). */
    public void refresh() {
        PatientCase c = session.patientCase();
        String chosen = target.getSelectionIndex() >= 0 ? target.getText() : null;
        List<String> names = new ArrayList<>();
        String preferred = null;
        if (c != null) {
            for (Structure s : CaseContents.structures(c)) {
                names.add(s.getName());
                if (preferred == null && (s.getType() == RoiType.GTV || s.getType() == RoiType.PTV)) {
                    preferred = s.getName();
                }
            }
            if (session.plan() != null && session.plan().getTarget() != null) {
                preferred = session.plan().getTarget().getName();
            }
        }
        target.setItems(names.toArray(String[]::new));
        int i = names.indexOf(chosen != null && names.contains(chosen) ? chosen : preferred);
        target.select(Math.max(0, i));
        layout(true, true);
    }

    public Button optimiseButton() {
        return optimise;
    }

    public Button cancelButton() {
        return cancel;
    }

    public String statusText() {
        return status.getText();
    }

    /** The running (or last) planning job, or null. */
    public Job job() {
        return job;
    }

    public void setTarget(String name) {
        int i = target.indexOf(name);
        if (i >= 0) {
            target.select(i);
        }
    }

    private void optimise() {
        PatientCase c = session.patientCase();
        if (c == null || target.getSelectionIndex() < 0 || seedModel.getSelectionIndex() < 0) {
            say("Open a case and choose a target first");
            return;
        }
        SeedSource seed = sources.get(seedModel.getSelectionIndex());
        double mCi = activityMilliCi.getSelection() / 100.0;
        if (!seed.hasUPerMCi()) {
            say(seed.name() + " has no U/mCi factor; choose another seed model");
            return;
        }
        double strengthU = PermanentImplant.strengthFromApparentActivityU(mCi, seed.uPerMCi());
        PlanRequest request;
        try {
            List<OarLimit> limits = new ArrayList<>();
            for (String part : oarLimits.getText().split(";")) {
                if (!part.isBlank()) {
                    limits.addAll(OarLimit.parse(part.trim()));
                }
            }
            request = new PlanRequest(target.getText(), rxGy.getSelection(), strengthU, PlanDefaults.SEED_SPACING_MM, geometry(needles.getSelectionIndex()),
                    maxNeedles.getSelection(), limits, new PlanGoals(v100.getSelection() / 100.0, PlanDefaults.V150_PERCENT / 100.0,
                            PlanDefaults.V200_PERCENT / 100.0), Set.of(), PlanDefaults.MAX_NEEDLE_LENGTH_MM, PlanDefaults.RANDOM_SEED,
                    needles.getSelectionIndex() != 2);
        } catch (IllegalArgumentException e) {
            say("Cannot plan: " + e.getMessage());
            return;
        }
        String planId = nextPlanId(c);
        double gridMm = PlanningPreferences.doseGridMm();
        Display display = getDisplay();
        job = new Job("Optimise " + planId + " for " + request.targetName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                // progress lines (subtasks) also go to the status line
                IProgressMonitor lines = new org.eclipse.core.runtime.ProgressMonitorWrapper(monitor) {
                    @Override
                    public void subTask(String line) {
                        super.subTask(line);
                        display.asyncExec(() -> say(line));
                    }
                };
                CasePlanning.Request planning = CasePlanning.Request.of(request, seed, planId).withDoseGridMm(gridMm);
                try {
                    CasePlanning.Result planned = CasePlanning.plan(c, planning, lines);
                    SeedPlanner.Result result = planned.optimised();
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    if (planned.dosed() == null) {
                        display.asyncExec(() -> finished("No plan meets the request: " + String.join("; ", result.unmet()) + "; nothing added"));
                        return Status.OK_STATUS;
                    }
                    display.asyncExec(() -> added(c, planned.dosed(), result));
                    return Status.OK_STATUS;
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (PlanningException e) {
                    display.asyncExec(() -> finished(monitor.isCanceled() ? "Cancelled; nothing added" : "Planning failed: " + e.getMessage()));
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (Exception e) {
                    display.asyncExec(() -> finished("Planning failed: " + e));
                    return Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
            }
        };
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.CANCEL) {
                    display.asyncExec(() -> finished("Cancelled; nothing added"));
                }
            }
        });
        job.setUser(true);
        job.setRule(session.rule()); // one job at a time on this case
        optimise.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        say("Optimising " + planId + "…");
        job.schedule();
    }

    private void added(PatientCase c, CasePlanning.DosePlan planned, SeedPlanner.Result result) {
        if (isDisposed()) {
            return;
        }
        Plan plan = planned.plan();
        if (session.patientCase() != c) {
            finished("Another case was opened meanwhile; nothing added");
            return;
        }
        // one undoable edit: the plan and, if new to the case, its seed model
        if (!session.change("Add plan " + plan.getPlanId(), () -> CasePlanning.apply(c, planned))) {
            finished("The plan could not be added to the case");
            return;
        }
        session.setPlan(plan);
        double d90 = plan.getMetrics().stream().filter(m -> m.getName().equals("D90") && m.getStructure() != null
                && m.getStructure().getName().equals(target.getText())).mapToDouble(m -> m.getValue()).findFirst().orElse(Double.NaN);
        finished(String.format(Locale.ROOT, "%s: %d seeds on %d needles, %s D90 %.1f Gy (Rx %d Gy)%s", plan.getPlanId(), result.seeds().size(),
                result.needles().size(), target.getText(), d90, rxGy.getSelection(),
                planned.engineUnmet().isEmpty() ? "" : "; the dose engine finds " + String.join("; ", planned.engineUnmet())));
    }

    private void finished(String message) {
        if (isDisposed()) {
            return;
        }
        optimise.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
        say(message);
    }

    private String nextPlanId(PatientCase c) {
        while (true) {
            String id = "ui-plan-" + planNumber++;
            if (c.getPlans().stream().noneMatch(p -> p.getPlanId().equals(id))) {
                return id;
            }
        }
    }

    private static NeedleGeometry geometry(int mode) {
        double[] ap = { 0, 1, 0 }; // from the anterior skin towards posterior (+y in LPS)
        return switch (mode) {
        case 1 -> new NeedleGeometry.TemplateGrid(ap, PlanDefaults.TEMPLATE_GRID_MM);
        case 2 -> NeedleGeometry.Free.around(null, 180);
        default -> NeedleGeometry.Free.around(ap, 35);
        };
    }

    private void say(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            layout(true, true);
        }
    }

    /** A label in the first column; returns the parent of the field. */
    private Composite labelled(String text) {
        new Label(this, SWT.NONE).setText(text);
        return this;
    }

    private static Composite row(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.marginLeft = 0;
        layout.marginTop = 0;
        layout.marginBottom = 0;
        c.setLayout(layout);
        return c;
    }

    private static GridData fill() {
        return new GridData(SWT.FILL, SWT.CENTER, true, false);
    }
}
