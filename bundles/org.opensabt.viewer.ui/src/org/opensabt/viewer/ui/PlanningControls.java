package org.opensabt.viewer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
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
import org.opensabt.template.TemplateFeasibility;

/**
 * The plan request of the Plan view (target, prescription in Gy, seed model and apparent activity in
 * mCi, needle mode, needle limit, OAR limits, V100 goal, "Plan for a printed template") and "Optimise": an
 * Eclipse {@link Job} that plans and computes the TG-43 dose in the background. Optimise, Cancel, the progress
 * bar and a one-line status (its tooltip the whole text) stay in a bar at the top whatever the view's size;
 * the request scrolls below it. The new plan is added to the case as an undoable command and shown; nothing
 * is added when the request is not met, the run fails, or Cancel was pressed at any moment before the plan was
 * added (the check is made on the UI thread, where the plan is added). For a printed template the request is
 * checked before the long run ({@link TemplateFeasibility#beforePlanning}: refused or warned in one line), and
 * the template is designed in memory after it ({@link TemplateFeasibility#afterPlanning}), the status saying
 * whether it can be printed.
 */
public final class PlanningControls extends Composite {

    /** Needle modes offered: label, and the geometry (as the `plan` command's --needles). */
    private static final String[] NEEDLE_MODES = { "Free needles within 35° of AP", "Parallel AP grid, 5 mm", "Free needles, any direction" };

    private final CaseSession session;
    /** Below this width the request scrolls across instead of shrinking (px). */
    static final int MIN_FORM_WIDTH_PX = 300;

    private final Combo target;
    private final Spinner rxGy;
    private final Combo seedModel;
    private final Spinner activityMilliCi; // in 0.01 mCi
    private final Combo needles;
    private final Spinner maxNeedles;
    private final Spinner v100;
    private final Text oarLimits;
    private final Button forTemplate;
    private final Button optimise;
    private final Button cancel;
    private final ProgressBar progress;
    private final Label status;
    private final ScrolledComposite scroll;
    private final Composite form;
    private final List<SeedSource> sources = new ArrayList<>();
    private String statusText = "";
    private Job job;
    private Run run;
    private int planNumber = 1;
    private volatile Runnable beforeApply = () -> {
    };

    /** One Optimise run: its case, and whether Cancel was pressed (set and read on the UI thread). */
    private static final class Run {
        final PatientCase patientCase;
        final long contoursAtStart;
        boolean cancelled;

        Run(PatientCase patientCase, long contoursAtStart) {
            this.patientCase = patientCase;
            this.contoursAtStart = contoursAtStart;
        }
    }

    public PlanningControls(Composite parent, CaseSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        GridLayout outer = new GridLayout(1, false);
        outer.marginWidth = 0;
        outer.marginHeight = 0;
        outer.verticalSpacing = 2;
        setLayout(outer);
        // the action bar: always visible at the top
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout barLayout = new GridLayout(3, false);
        barLayout.marginHeight = 2;
        bar.setLayout(barLayout);
        optimise = new Button(bar, SWT.PUSH);
        optimise.setText("Optimise");
        optimise.addListener(SWT.Selection, e -> optimise());
        cancel = new Button(bar, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> cancel());
        progress = new ProgressBar(bar, SWT.INDETERMINATE);
        GridData progressData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        progressData.widthHint = 40;
        progress.setLayoutData(progressData);
        progress.setVisible(false);
        status = new Label(bar, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        statusData.widthHint = 40; // the bar's width comes from the view, not from the text
        status.setLayoutData(statusData);
        status.addListener(SWT.Resize, e -> fitStatus());
        Label line = new Label(this, SWT.SEPARATOR | SWT.HORIZONTAL);
        line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // the request, scrolled below the bar
        scroll = new ScrolledComposite(this, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form = new Composite(scroll, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        scroll.setContent(form);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> fitForm());
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
        Composite activity = row(labelled("Activity"));
        activityMilliCi = new Spinner(activity, SWT.BORDER);
        activityMilliCi.setToolTipText("Apparent activity per seed (mCi), converted to air-kerma strength with the seed model's U/mCi");
        activityMilliCi.setValues((int) Math.round(PlanDefaults.APPARENT_ACTIVITY_MCI * 100), 10, 300, 2, 5, 10);
        new Label(activity, SWT.NONE).setText("mCi per seed");
        needles = new Combo(labelled("Needles"), SWT.READ_ONLY);
        needles.setItems(NEEDLE_MODES);
        needles.select(0);
        needles.setLayoutData(fill());
        forTemplate = new Button(form, SWT.CHECK);
        forTemplate.setText("Plan for a printed template");
        forTemplate.setToolTipText("Check before optimising that one printed template can guide the needles, and design it (in memory) after");
        forTemplate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        forTemplate.setSelection(true);
        needles.addListener(SWT.Selection, e -> forTemplate.setSelection(templateByDefault(needles.getSelectionIndex())));
        maxNeedles = new Spinner(labelled("Needle limit"), SWT.BORDER);
        maxNeedles.setValues(PlanDefaults.MAX_NEEDLES, 0, 200, 0, 1, 10);
        maxNeedles.setToolTipText("0: no limit");
        Composite goal = row(labelled("V100 goal ≥"));
        v100 = new Spinner(goal, SWT.BORDER);
        v100.setValues(PlanDefaults.V100_PERCENT, 50, 100, 0, 1, 5);
        new Label(goal, SWT.NONE).setText("% of target");
        oarLimits = new Text(labelled("OAR limits"), SWT.BORDER);
        oarLimits.setMessage("ROI:D2cc<GY,Dmax<GY; …");
        oarLimits.setLayoutData(fill());
        refresh();
        say(READY);
    }

    /** Whether a needle mode plans for a printed template unless the user says otherwise (template grid, the 35° cone). */
    static boolean templateByDefault(int needleMode) {
        return needleMode != 2;
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
        fitForm();
    }

    public Button optimiseButton() {
        return optimise;
    }

    public Button cancelButton() {
        return cancel;
    }

    /** The whole status line (the label shows what fits, its tooltip all of it). */
    public String statusText() {
        return statusText;
    }

    Label statusLabel() {
        return status;
    }

    ScrolledComposite requestArea() {
        return scroll;
    }

    Button templateCheckbox() {
        return forTemplate;
    }

    void selectNeedleMode(int mode) {
        needles.select(mode);
        needles.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** A test's hold on the job between computing the plan and handing it to the UI thread (runs on the job's thread). */
    void beforeApply(Runnable hook) {
        this.beforeApply = hook == null ? () -> {
        } : hook;
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

    private void cancel() {
        if (run != null) {
            run.cancelled = true; // whatever the job's state: its plan, if it comes, is not added
        }
        if (job != null) {
            job.cancel();
        }
        say("cancelling…");
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
        boolean template = forTemplate.getSelection();
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
                    template || needles.getSelectionIndex() != 2); // a template needs the skin entries inside the CT
        } catch (IllegalArgumentException e) {
            say("Cannot plan: " + e.getMessage());
            return;
        }
        String planId = nextPlanId(c);
        double gridMm = PlanningPreferences.doseGridMm();
        Display display = getDisplay();
        Run thisRun = new Run(c, DoseInputs.contours(c));
        Runnable hold = beforeApply;
        job = new Job("Optimise " + planId + " for " + request.targetName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                // progress lines (subtasks) also go to the status line
                IProgressMonitor lines = new org.eclipse.core.runtime.ProgressMonitorWrapper(monitor) {
                    @Override
                    public void subTask(String line) {
                        super.subTask(line);
                        display.asyncExec(() -> {
                            if (run == thisRun && !thisRun.cancelled) {
                                say(line);
                            }
                        });
                    }
                };
                SubMonitor steps = SubMonitor.convert(lines, 100);
                CasePlanning.Request planning = CasePlanning.Request.of(request, seed, planId).withDoseGridMm(gridMm);
                try {
                    String warning = null;
                    if (template) {
                        steps.subTask("checking that a template can guide the needles");
                        TemplateFeasibility.Check check = TemplateFeasibility.beforePlanning(c, request, null);
                        if (check.refused()) {
                            display.asyncExec(() -> finished(thisRun, "Not planned, no printed template possible: " + check.reason() + " (or untick \"Plan for a printed template\")"));
                            return Status.OK_STATUS;
                        }
                        warning = check.verdict() == TemplateFeasibility.Verdict.WARN ? check.reason() : null;
                        if (warning != null) {
                            String w = warning;
                            display.asyncExec(() -> say("Template warning: " + w + "; optimising…"));
                        }
                    }
                    CasePlanning.Result planned = CasePlanning.plan(c, planning, steps.split(template ? 90 : 100));
                    SeedPlanner.Result result = planned.optimised();
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    if (planned.dosed() == null) {
                        display.asyncExec(() -> finished(thisRun, "No plan meets the request: " + String.join("; ", result.unmet()) + "; nothing added"));
                        return Status.OK_STATUS;
                    }
                    TemplateFeasibility.Outcome printable = template ? TemplateFeasibility.afterPlanning(c, planned.dosed().plan(), null, steps.split(10)) : null;
                    hold.run();
                    String w = warning;
                    display.asyncExec(() -> added(thisRun, planned.dosed(), result, printable, w));
                    return Status.OK_STATUS;
                } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (PlanningException e) {
                    display.asyncExec(() -> finished(thisRun, monitor.isCanceled() ? "Cancelled; nothing added" : "Planning failed: " + e.getMessage()));
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (Exception e) {
                    display.asyncExec(() -> finished(thisRun, "Planning failed: " + e));
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
                    display.asyncExec(() -> finished(thisRun, "Cancelled; nothing added"));
                }
            }
        });
        job.setUser(true);
        job.setRule(session.rule()); // one job at a time on this case
        run = thisRun;
        optimise.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        say("Optimising " + planId + "…");
        job.schedule();
    }

    /** On the UI thread: adds the plan unless this run was cancelled meanwhile or another case is open. */
    private void added(Run thisRun, CasePlanning.DosePlan planned, SeedPlanner.Result result, TemplateFeasibility.Outcome printable, String warning) {
        if (isDisposed() || thisRun != run) {
            return;
        }
        Plan plan = planned.plan();
        PatientCase c = thisRun.patientCase;
        if (thisRun.cancelled) {
            finished(thisRun, "Cancelled; nothing added");
            return;
        }
        if (session.patientCase() != c) {
            finished(thisRun, "Another case was opened meanwhile; nothing added");
            return;
        }
        if (c.getPlans().stream().anyMatch(p -> p.getPlanId().equals(plan.getPlanId()))) {
            // never replace a plan (an approved one least of all): its id was taken meanwhile
            finished(thisRun, "A plan " + plan.getPlanId() + " was added to the case meanwhile; nothing added, Optimise again");
            return;
        }
        // one undoable edit: the plan and, if new to the case, its seed model
        if (!session.change("Add plan " + plan.getPlanId(), () -> CasePlanning.apply(c, planned))) {
            finished(thisRun, "The plan could not be added to the case" + (session.lastRefusal() == null ? "" : ": " + session.lastRefusal()));
            return;
        }
        DoseInputs.computed(plan, thisRun.contoursAtStart);
        session.setPlan(plan);
        double d90 = plan.getMetrics().stream().filter(m -> m.getName().equals("D90") && m.getStructure() != null
                && m.getStructure().getName().equals(target.getText())).mapToDouble(m -> m.getValue()).findFirst().orElse(Double.NaN);
        String templateLine = printable == null ? ""
                : printable.printable() ? String.format(Locale.ROOT, "; template printable (%d holes, designed in %.1f s)", printable.holes(), printable.designSeconds())
                        : "; NO printable template: " + printable.reason();
        finished(thisRun, String.format(Locale.ROOT, "%s: %d seeds on %d needles, %s D90 %.1f Gy (Rx %d Gy)%s%s%s", plan.getPlanId(), result.seeds().size(),
                result.needles().size(), target.getText(), d90, rxGy.getSelection(),
                planned.engineUnmet().isEmpty() ? "" : "; the dose engine finds " + String.join("; ", planned.engineUnmet()), templateLine,
                warning == null ? "" : " (warned: " + warning + ")"));
    }

    private void finished(Run thisRun, String message) {
        if (isDisposed() || thisRun != run) {
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

    /**
     * Forgets the previous patient (another case was opened): the status line is back to "Ready"; a run still going
     * for the previous case finishes without adding anything ("Another case was opened meanwhile").
     */
    public void clear() {
        if (run == null || job == null || job.getState() == Job.NONE) {
            say(READY);
        } else {
            say("Optimising for the previous case; its plan will not be added here");
        }
    }

    /** The status line with nothing done yet. */
    public static final String READY = "Ready: set the request below, then Optimise";

    /** Shows a status line. */
    public void say(String text) {
        statusText = text == null ? "" : text;
        if (!status.isDisposed()) {
            status.setToolTipText(statusText);
            fitStatus();
        }
    }

    /** The status in one line: as much as fits, then "…" (the tooltip has it all). */
    private void fitStatus() {
        String line = statusText.replace('\n', ' ');
        int width = status.getSize().x;
        if (width <= 0) {
            status.setText(line);
            return;
        }
        GC gc = new GC(status);
        try {
            if (gc.textExtent(line).x > width) {
                int n = line.length();
                while (n > 0 && gc.textExtent(line.substring(0, n) + "…").x > width) {
                    n--;
                }
                line = line.substring(0, n) + "…";
            }
        } finally {
            gc.dispose();
        }
        status.setText(line);
    }

    private void fitForm() {
        if (!scroll.isDisposed()) {
            // as wide as the view (the fields shrink to it), scrolled across only below MIN_FORM_WIDTH_PX; scrolled down when short
            int width = Math.max(MIN_FORM_WIDTH_PX, scroll.getClientArea().width);
            scroll.setMinSize(Math.min(MIN_FORM_WIDTH_PX, form.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), form.computeSize(width, SWT.DEFAULT).y);
            form.layout(true, true);
        }
    }

    /** A label in the first column; returns the parent of the field. */
    private Composite labelled(String text) {
        new Label(form, SWT.NONE).setText(text);
        return form;
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
