package org.opensabt.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opensabt.contour.CaseContents;
import org.opensabt.model.Contour;
import org.opensabt.model.Needle;
import org.opensabt.model.Plan;
import org.opensabt.model.Seed;
import org.opensabt.model.Structure;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;

/**
 * The Plan view's planning on real widgets (issue 22): the action bar inside the view at the size the
 * Planning perspective gives it on 1366×768 and 1920×1080 screens; Cancel at the last moment adds nothing;
 * metrics marked out of date after a contour or seed edit and recomputed; seeds dragged along their needle
 * unless Shift is held; template feasibility before and after planning. One planned phantom (30 cc GTV);
 * each test leaves the case as it was saved. Screenshots: target/ui-test/plan-view-*.png, plan-stale.png,
 * seed-off-track.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanningUiTest {

    static CaseSession session;
    static String planStatus;
    Shell shell;

    @BeforeAll
    static void planAPhantom() throws Exception {
        Path caseDir = outputDir().resolve("planning-case");
        deleteTree(caseDir);
        planStatus = plannedPhantom(caseDir); // Optimise with the panel's defaults: free needles within 35° of AP, for a printed template
        session = CaseSession.get();
        System.out.println("planned: " + planStatus);
    }

    @AfterEach
    void closeShell() {
        if (shell != null) {
            shell.dispose();
        }
        settle(100);
    }

    /**
     * The Planning perspective's layout rebuilt in a shell of the screen's size: window title bar (30 px), menu bar,
     * tool bar and status line (90 px), the case summary at the left (26 % of the width) and the slice views above the
     * Plan view (55 % : 45 % of the height), as PlanningPerspective lays them out; the Plan view in a part stack.
     */
    PlanView.Content planViewAsInThePerspective(int screenWidth, int screenHeight) {
        shell = shell("Planning perspective at " + screenWidth + "×" + screenHeight, screenWidth, screenHeight - 30);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        shell.setLayout(layout);
        Label chrome = new Label(shell, SWT.BORDER);
        chrome.setText(" File  Edit  Plan  Window  Help   (menu, tool bar)");
        GridData chromeData = new GridData(SWT.FILL, SWT.TOP, true, false);
        chromeData.heightHint = 64;
        chrome.setLayoutData(chromeData);
        SashForm page = new SashForm(shell, SWT.HORIZONTAL);
        page.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Label status = new Label(shell, SWT.BORDER);
        status.setText(" status line");
        GridData statusData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        statusData.heightHint = 26;
        status.setLayoutData(statusData);
        stack(page, "Case summary", null);
        SashForm right = new SashForm(page, SWT.VERTICAL);
        page.setWeights(26, 74);
        stack(right, "Slices", null);
        PlanView.Content[] content = new PlanView.Content[1];
        stack(right, "Plan", folder -> content[0] = PlanView.content(folder, session));
        right.setWeights(55, 45);
        content[0].show(session);
        shell.open();
        settle(500);
        return content[0];
    }

    private static void stack(Composite parent, String title, java.util.function.Function<CTabFolder, PlanView.Content> fill) {
        CTabFolder folder = new CTabFolder(parent, SWT.BORDER);
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(title);
        if (fill != null) {
            item.setControl(fill.apply(folder).sash());
        } else {
            Label empty = new Label(folder, SWT.NONE);
            empty.setText(title);
            item.setControl(empty);
        }
        folder.setSelection(item);
    }

    /** The control's bounds in display coordinates. */
    private static Rectangle onDisplay(Control c) {
        Rectangle b = c.getBounds();
        org.eclipse.swt.graphics.Point p = c.getParent().toDisplay(b.x, b.y);
        return new Rectangle(p.x, p.y, b.width, b.height);
    }

    /** The part of {@code c} that its ancestors up to the shell let be seen, in display coordinates. */
    private static Rectangle visible(Control c) {
        Rectangle r = onDisplay(c);
        for (Composite p = c.getParent(); p != null; p = p.getParent()) {
            Rectangle area = p.getClientArea();
            org.eclipse.swt.graphics.Point o = p.toDisplay(area.x, area.y);
            r = r.intersection(new Rectangle(o.x, o.y, area.width, area.height));
        }
        return r;
    }

    @Test
    @Order(1)
    void optimiseCancelProgressAndStatusAreInsideThePlanViewOnBothScreens() {
        for (int[] screen : new int[][] { { 1366, 768 }, { 1920, 1080 } }) {
            PlanView.Content view = planViewAsInThePerspective(screen[0], screen[1]);
            PlanningControls controls = view.controls();
            Control viewArea = view.sash();
            Rectangle client = onDisplay(viewArea);
            for (Control c : List.of(controls.optimiseButton(), controls.cancelButton(), controls.statusLabel())) {
                Rectangle b = onDisplay(c);
                Rectangle seen = visible(c);
                System.out.printf(Locale.ROOT, "%d×%d: Plan view %d×%d px; %s at %s, visible %d×%d%n", screen[0], screen[1], client.width, client.height,
                        c.getClass().getSimpleName(), b, seen.width, seen.height);
                assertTrue(client.contains(b.x, b.y) && client.contains(b.x + b.width - 1, b.y + b.height - 1), c + " " + b + " inside the view " + client);
                assertEquals(b.width * b.height, seen.width * seen.height, c + " wholly visible (not scrolled or clipped away)");
            }
            assertTrue(controls.optimiseButton().getSize().y >= controls.optimiseButton().computeSize(SWT.DEFAULT, SWT.DEFAULT).y, "Optimise at its full height");
            assertTrue(controls.statusLabel().getSize().x > 200, "the status line has room: " + controls.statusLabel().getSize());
            // a long status is cut with "…" to one line; the tooltip has it all
            String longLine = "x".repeat(400);
            controls.say(longLine);
            assertTrue(controls.statusLabel().getText().endsWith("…"), controls.statusLabel().getText());
            assertEquals(longLine, controls.statusLabel().getToolTipText());
            controls.say("Ready");
            // the request fits the view's width (nothing cut at the right) and scrolls down under the bar when the view is short
            Control form = controls.requestArea().getContent();
            int clientWidth = controls.requestArea().getClientArea().width;
            assertTrue(form.getSize().x <= clientWidth, "the request is as wide as the view: " + form.getSize().x + " ≤ " + clientWidth);
            for (Control field : ((Composite) form).getChildren()) {
                Rectangle f = field.getBounds();
                assertTrue(f.x + f.width <= form.getSize().x, field + " cut at the right: " + f + " in " + form.getSize().x + " px");
            }
            Rectangle scroll = onDisplay(controls.requestArea());
            assertTrue(scroll.y >= onDisplay(controls.statusLabel()).y + controls.statusLabel().getSize().y, "the request is below the bar");
            Path png = screenshot(shell, "plan-view-" + screen[0] + "x" + screen[1] + ".png");
            System.out.println("screenshot " + png + "; request area " + scroll.width + "×" + scroll.height + " px, vertical scroll bar "
                    + (controls.requestArea().getVerticalBar().isVisible() ? "shown" : "not needed"));
            shell.dispose();
            shell = null;
        }
    }

    /**
     * Cancel while the finished job is held just before it hands the plan over, and Cancel after the job has ended
     * with the plan on its way to the UI thread (the race of issue 22): no plan, no undo entry, "Cancelled; nothing added".
     */
    @Test
    @Order(2)
    void cancelAtTheLastMomentAddsNothing() throws Exception {
        PlanView.Content view = planViewAsInThePerspective(1366, 768);
        PlanningControls controls = view.controls();
        controls.setTarget("GTV");
        int plans = session.patientCase().getPlans().size();
        String undo = session.undoLabel();
        for (boolean jobEnded : new boolean[] { false, true }) {
            CountDownLatch reached = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            controls.beforeApply(() -> {
                reached.countDown();
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            press(controls.optimiseButton());
            assertTrue(waitFor(() -> reached.getCount() == 0, 300), "the job computed its plan: " + controls.statusText());
            Job job = controls.job();
            if (jobEnded) {
                release.countDown();
                long end = System.nanoTime() + 60_000_000_000L;
                while (job.getState() != Job.NONE && System.nanoTime() < end) {
                    Thread.sleep(10); // no events dispatched: the plan waits in the UI thread's queue
                }
                assertEquals(Job.NONE, job.getState());
                assertTrue(job.getResult().isOK(), "the job ended normally, its plan handed to the UI thread");
                assertTrue(controls.cancelButton().isEnabled(), "Cancel is still offered");
                press(controls.cancelButton());
            } else {
                press(controls.cancelButton());
                release.countDown();
            }
            assertTrue(waitFor(() -> controls.optimiseButton().isEnabled(), 120), controls.statusText());
            settle(300);
            System.out.printf(Locale.ROOT, "Cancel %s: \"%s\"%n", jobEnded ? "after the job ended" : "while the job held its plan", controls.statusText());
            assertEquals("Cancelled; nothing added", controls.statusText());
            assertEquals(plans, session.patientCase().getPlans().size(), "no plan added");
            assertEquals(undo, session.undoLabel(), "no undo entry");
            assertFalse(session.dirty());
        }
        controls.beforeApply(null);
    }

    @Test
    @Order(3)
    void aPrintedTemplateIsCheckedBeforeAndAfterPlanning() {
        assertTrue(planStatus.contains("; template printable ("), "designed after planning: " + planStatus);
        PlanView.Content view = planViewAsInThePerspective(1366, 768);
        PlanningControls controls = view.controls();
        assertTrue(controls.templateCheckbox().getSelection(), "on by default for free needles within 35°");
        controls.selectNeedleMode(1);
        assertTrue(controls.templateCheckbox().getSelection(), "on by default for the template grid");
        controls.selectNeedleMode(2);
        assertFalse(controls.templateCheckbox().getSelection(), "off for needles from any direction");
        controls.templateCheckbox().setSelection(true);
        int plans = session.patientCase().getPlans().size();
        long t0 = System.nanoTime();
        press(controls.optimiseButton());
        assertTrue(waitFor(() -> controls.optimiseButton().isEnabled(), 60), controls.statusText());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "any direction, for a template: \"%s\" after %.1f s%n", controls.statusText(), seconds);
        assertTrue(controls.statusText().startsWith("Not planned, no printed template possible: needles from any direction"), controls.statusText());
        assertTrue(seconds < 10, "refused before the long run");
        assertEquals(plans, session.patientCase().getPlans().size());
        assertFalse(session.dirty());
    }

    /** GTV contours widened by 15 % → stale; Recompute → current, the GTV's volume ×1.15²; Undo/Redo consistent; a seed edit → stale. */
    @Test
    @Order(4)
    void metricsGoOutOfDateAfterAnEditAndRecomputeMakesThemCurrent() {
        PlanView.Content view = planViewAsInThePerspective(1920, 1080);
        PlanPanel panel = view.panel();
        Plan computed = session.plan();
        assertFalse(panel.stale(), panel.freshnessText());
        assertTrue(panel.freshnessText().startsWith("Metrics and DVH computed from the current"), panel.freshnessText());
        double volumeBefore = metric(panel, "GTV", "volume");
        // the plan's predicted local control on the view, as the shipped default model gives it for this GTV and D90
        String predicted = panel.predictionLabel().getText();
        assertTrue(predicted.startsWith("Predicted local control (template):  12 mo"), predicted);
        try {
            org.opensabt.outcomes.LocalControlModel model = org.opensabt.outcomes.LocalControlModels.load(null, null);
            double at36 = org.opensabt.outcomes.LocalControlModels.predict(model, computed, "CT_TEMPLATE", 0.8).points().get(1).localControl();
            assertTrue(predicted.contains(String.format(Locale.ROOT, "36 mo %.0f %%", 100 * at36)), predicted + " vs " + at36);
        } catch (org.opensabt.outcomes.OutcomeInputException e) {
            throw new AssertionError(e);
        }
        assertTrue(panel.predictionLabel().getToolTipText().contains("95 % CI"), panel.predictionLabel().getToolTipText());
        RGB red = new RGB(255, 0, 0);
        assertTrue(waitFor(() -> !panel.curvesPending(), 60), "the DVH computed in the background");
        settle(200);
        int curveBefore = count(panel.dvhCanvas(), red)[0];
        RGB black = new RGB(0, 0, 0);
        int textBefore = count(panel.metricsTable(), black)[0];
        assertTrue(curveBefore > 100, "the GTV's DVH in red: " + curveBefore);

        Structure gtv = CaseContents.structures(session.patientCase()).stream().filter(s -> s.getName().equals("GTV")).findFirst().orElseThrow();
        double scale = 1.15;
        assertTrue(session.change("Widen GTV", () -> {
            for (Contour c : gtv.getContours()) {
                List<Double> p = c.getPointsMm();
                double cx = 0, cy = 0;
                for (int i = 0; i < p.size(); i += 3) {
                    cx += p.get(i) * 3 / p.size();
                    cy += p.get(i + 1) * 3 / p.size();
                }
                for (int i = 0; i < p.size(); i += 3) {
                    p.set(i, cx + scale * (p.get(i) - cx));
                    p.set(i + 1, cy + scale * (p.get(i + 1) - cy));
                }
            }
        }));
        settle(300);
        assertTrue(panel.stale());
        assertEquals("Out of date since \"Widen GTV\" (structures changed): Recompute dose", panel.freshnessText());
        assertEquals("Stale", panel.metricsTable().getColumn(2).getText());
        assertEquals(PlanPanel.STALE_ROW_COLOR, panel.metricsTable().getItem(0).getForeground().getRGB(), "grey rows");
        int textStale = count(panel.metricsTable(), black)[0];
        assertTrue(textStale < textBefore / 2, "the rows greyed on screen: " + textBefore + " → " + textStale + " black pixels (the headers stay black)");
        int curveStale = count(panel.dvhCanvas(), red)[0];
        assertTrue(curveStale < curveBefore / 10, "the DVH greyed: " + curveBefore + " → " + curveStale + " red pixels");
        assertTrue(panel.recomputeButton().isEnabled());
        screenshot(shell, "plan-stale.png");

        press(panel.recomputeButton());
        assertTrue(waitFor(() -> session.plan() != computed && !panel.recomputing(), 120), panel.freshnessText());
        Plan recomputed = session.plan();
        assertFalse(panel.stale(), panel.freshnessText());
        double volumeAfter = metric(panel, "GTV", "volume");
        System.out.printf(Locale.ROOT, "GTV widened ×%.2f: volume %.2f → %.2f cc (×%.3f, expected ×%.3f); %s%n", scale, volumeBefore, volumeAfter,
                volumeAfter / volumeBefore, scale * scale, panel.freshnessText());
        assertEquals(scale * scale, volumeAfter / volumeBefore, 0.05 * scale * scale, "the recomputed volume follows the contours");
        assertEquals("Recompute dose of " + computed.getPlanId(), session.undoLabel());

        session.undo(); // the recompute: the old plan, still out of date
        settle(200);
        assertSame(computed, session.plan());
        assertTrue(panel.stale(), panel.freshnessText());
        session.undo(); // the contour edit: current again
        settle(200);
        assertFalse(panel.stale(), panel.freshnessText());
        assertEquals(volumeBefore, metric(panel, "GTV", "volume"), 1e-9);
        session.redo();
        session.redo();
        settle(200);
        assertSame(recomputed, session.plan());
        assertFalse(panel.stale(), "redone: the recomputed plan and the contours it was computed from");
        session.undo();
        session.undo();
        settle(200);

        Seed first = session.plan().getSeeds().get(0);
        assertTrue(session.change("Nudge seed " + first.getSeedId(), () -> first.getPositionMm().set(0, first.getPositionMm().get(0) + 3)));
        settle(200);
        assertTrue(panel.stale());
        assertTrue(panel.freshnessText().contains("(seeds changed)"), panel.freshnessText());
        session.undo();
        settle(200);
        assertFalse(panel.stale());
        assertFalse(session.dirty(), "back as saved");
    }

    /** Real mouse drags with the Seeds tool: without a modifier the seed stays on its needle; with Shift it leaves it and is marked. */
    @Test
    @Order(5)
    void aDraggedSeedStaysOnItsNeedleUnlessShiftIsHeld() {
        shell = shell("Seeds tool", 1260, 800);
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        SlicesPanel slices = new SlicesPanel(sash);
        PlanView.Content view = PlanView.content(sash, session);
        sash.setWeights(3, 2);
        java.util.function.Consumer<CaseSession> follow = s -> {
            slices.setScene(new SliceScene(s.patientCase(), s.plan()));
            view.show(s);
        };
        session.addListener(follow);
        try {
            follow.accept(session);
            ContourTools tools = slices.enableEditing(session);
            shell.open();
            settle(500);
            tools.setTool(SliceCanvas.Tool.SEEDS);
            SliceCanvas axial = slices.views().get(0);
            Plan before = session.plan();
            // a seed whose needle lies mostly in the axial plane (so a drag in the slice can move it along the needle)
            Seed seed = before.getSeeds().stream().filter(s -> s.getNeedle() != null && inPlane(s.getNeedle()) > 0.8).findFirst().orElseThrow();
            String id = seed.getSeedId();
            Needle needle = seed.getNeedle();
            double[] p0 = position(before, id);
            assertTrue(distanceToLine(p0, needle) < 1e-6, "planned on its needle");
            slices.showPoint(p0);
            settle(200);
            SliceScene scene = slices.scene();
            double[] uv0 = scene.slicer().uv(Orientation.AXIAL, p0);
            int[] xy = axial.toScreen(uv0[0], uv0[1]);
            // 12 px along the needle as drawn (towards its entry, away from the tip's clamp) and 12 px across it
            double[] towardsTip = screenDirection(axial, scene, needle);
            double[] along = { -towardsTip[0], -towardsTip[1] };
            int[] to = { (int) Math.round(xy[0] + 12 * along[0] - 12 * along[1]), (int) Math.round(xy[1] + 12 * along[1] + 12 * along[0]) };
            mouse(axial, SWT.MouseDown, xy, 0);
            mouse(axial, SWT.MouseMove, to, SWT.BUTTON1);
            settle(100);
            assertTrue(tools.statusText().contains("along needle " + needle.getNeedleId()), tools.statusText());
            mouse(axial, SWT.MouseUp, to, 0);
            assertTrue(waitFor(() -> session.plan() != before && !tools.seedEditBusy(), 120), "redosed after the drag: " + tools.statusText());
            Plan onTrack = session.plan();
            double[] p1 = position(onTrack, id);
            double moved = distance(p0, p1);
            System.out.printf(Locale.ROOT, "drag without modifier: seed %s moved %.2f mm, %.4f mm from needle %s; %s%n", id, moved, distanceToLine(p1, needle),
                    needle.getNeedleId(), tools.statusText());
            assertTrue(moved > 2, "the seed moved along its needle: " + moved + " mm");
            assertTrue(distanceToLine(p1, needle) < 0.1, "on the needle line");
            assertTrue(SeedEditing.offTrack(onTrack).isEmpty(), "no seed off its needle");

            // Shift+drag: off the needle, within the slice, marked
            slices.showPoint(p1);
            settle(200);
            double[] uv1 = slices.scene().slicer().uv(Orientation.AXIAL, p1);
            int[] xy1 = axial.toScreen(uv1[0], uv1[1]);
            int[] across = { (int) Math.round(xy1[0] - 15 * along[1]), (int) Math.round(xy1[1] + 15 * along[0]) };
            mouse(axial, SWT.MouseDown, xy1, SWT.SHIFT);
            mouse(axial, SWT.MouseMove, across, SWT.BUTTON1 | SWT.SHIFT);
            settle(100);
            assertTrue(tools.statusText().contains("off-track (Shift held)"), tools.statusText());
            mouse(axial, SWT.MouseUp, across, SWT.SHIFT);
            assertTrue(waitFor(() -> session.plan() != onTrack && !tools.seedEditBusy(), 120), "redosed after the Shift drag: " + tools.statusText());
            Plan offTrack = session.plan();
            double[] p2 = position(offTrack, id);
            settle(300);
            int marks = count(axial, SeedEditing.OFF_TRACK_COLOR)[0];
            System.out.printf(Locale.ROOT, "Shift+drag: seed %s %.2f mm from its needle, %d pixels of the off-track mark; %s%n", id, distanceToLine(p2, needle), marks,
                    tools.statusText());
            assertTrue(distanceToLine(p2, needle) > 2, "off its needle");
            assertEquals(p1[2], p2[2], 1e-9, "within the slice");
            assertEquals(java.util.Set.of(id), SeedEditing.offTrack(offTrack));
            assertTrue(marks > 20, "the off-track seed is marked on screen: " + marks + " pixels");
            screenshot(shell, "seed-off-track.png");
            session.undo();
            session.undo();
            settle(300);
            assertSame(before, session.plan());
            assertFalse(session.dirty());

            // a polygon drawn with the mouse onto the GTV beside it: the Plan view's metrics go out of date; undo: current again
            PlanPanel panel = view.panel();
            assertFalse(panel.stale(), panel.freshnessText());
            double[] c = slices.scene().centroidMm("GTV");
            slices.showPoint(c);
            settle(200);
            tools.selectStructure("GTV");
            tools.setTool(SliceCanvas.Tool.POLYGON);
            double[][] corners = { { 25, -8 }, { 40, -8 }, { 40, 8 }, { 25, 8 }, { 25, -8 } };
            for (double[] corner : corners) {
                double[] uv = slices.scene().slicer().uv(Orientation.AXIAL, new double[] { c[0] + corner[0], c[1] + corner[1], c[2] });
                click(axial, axial.toScreen(uv[0], uv[1]));
            }
            settle(300);
            System.out.println("polygon drawn: " + tools.statusText() + "; Plan view: " + panel.freshnessText());
            assertTrue(session.dirty(), "the polygon was applied: " + tools.statusText());
            assertTrue(panel.stale(), panel.freshnessText());
            assertTrue(panel.freshnessText().startsWith("Out of date since \"") && panel.freshnessText().contains("(structures changed)"), panel.freshnessText());
            screenshot(shell, "plan-stale-after-polygon.png");
            session.undo();
            settle(200);
            assertFalse(panel.stale(), panel.freshnessText());
            assertFalse(session.dirty());
            tools.setTool(SliceCanvas.Tool.NAVIGATE);
        } finally {
            session.removeListener(follow);
        }
    }

    /**
     * An approved plan (PlanApproval): a seed drag with the Seeds tool and Recompute dose (after a contour edit) leave
     * the plan as it was, and their status lines say why: "Plan X is approved by Y on Z; make a new draft to change it".
     */
    @Test
    @Order(6)
    void anApprovedPlanRefusesASeedDragAndRecomputeAndSaysWhy() throws Exception {
        shell = shell("Approved plan", 1260, 800);
        SashForm sash = new SashForm(shell, SWT.VERTICAL);
        SlicesPanel slices = new SlicesPanel(sash);
        PlanView.Content view = PlanView.content(sash, session);
        sash.setWeights(3, 2);
        java.util.function.Consumer<CaseSession> follow = s -> {
            slices.setScene(new SliceScene(s.patientCase(), s.plan()));
            view.show(s);
        };
        session.addListener(follow);
        try {
            follow.accept(session);
            ContourTools tools = slices.enableEditing(session);
            shell.open();
            settle(500);
            Plan plan = session.plan();
            var approval = org.opensabt.plan.PlanApproval.approve(session.patientCase(),
                    new org.opensabt.plan.PlanApproval.Request(plan.getPlanId(), "Dr Refusal", java.time.LocalDateTime.of(2026, 12, 6, 9, 30)), null);
            assertTrue(session.change("Approve plan " + plan.getPlanId(), () -> org.opensabt.plan.PlanApproval.apply(session.patientCase(), approval)));
            session.setPlan(plan);
            settle(200);
            String refusal = "Plan " + plan.getPlanId() + " is approved by Dr Refusal on 2026-12-06T09:30:00; make a new draft to change it";

            // the session itself: an edit of the approved plan is refused, lastRefusal says why
            Seed first = plan.getSeeds().get(0);
            double x = first.getPositionMm().get(0);
            assertFalse(session.change("Nudge seed", () -> first.getPositionMm().set(0, x + 3)));
            assertEquals(refusal, session.lastRefusal());

            // a real Shift+drag of a seed with the Seeds tool: nothing computed, the plan unchanged, the status says why
            tools.setTool(SliceCanvas.Tool.SEEDS);
            SliceCanvas axial = slices.views().get(0);
            String id = first.getSeedId();
            double[] p0 = position(plan, id);
            slices.showPoint(p0);
            settle(200);
            double[] uv0 = slices.scene().slicer().uv(Orientation.AXIAL, p0);
            int[] xy = axial.toScreen(uv0[0], uv0[1]);
            int[] to = { xy[0] + 15, xy[1] };
            mouse(axial, SWT.MouseDown, xy, SWT.SHIFT);
            mouse(axial, SWT.MouseMove, to, SWT.BUTTON1 | SWT.SHIFT);
            mouse(axial, SWT.MouseUp, to, SWT.SHIFT);
            settle(300);
            assertFalse(tools.seedEditBusy(), "no dose job for an approved plan");
            System.out.println("seed drag on an approved plan: " + tools.statusText());
            assertTrue(tools.statusText().endsWith(refusal), tools.statusText());
            assertSame(plan, session.plan());
            assertTrue(java.util.Arrays.equals(p0, position(plan, id)), "the seed did not move");
            screenshot(shell, "approved-seed-drag.png");
            tools.setTool(SliceCanvas.Tool.NAVIGATE);

            // a contour edit (allowed: structures are not the plan's) puts the metrics out of date; Recompute is refused
            PlanPanel panel = view.panel();
            Structure gtv = plan.getTarget();
            Contour contour = gtv.getContours().get(0);
            double y0 = contour.getPointsMm().get(1);
            assertTrue(session.change("Move a GTV point", () -> contour.getPointsMm().set(1, y0 + 3)), String.valueOf(session.lastRefusal()));
            settle(200);
            assertTrue(panel.stale(), panel.freshnessText());
            assertEquals("\"Move a GTV point\" (structures changed)", session.metricsOutOfDate(plan));
            press(panel.recomputeButton());
            settle(300);
            assertFalse(panel.recomputing());
            System.out.println("Recompute dose of an approved plan: " + panel.freshnessText());
            assertEquals("Recompute dose of " + plan.getPlanId() + " refused: " + refusal, panel.freshnessText());
            assertSame(plan, session.plan());
            screenshot(shell, "approved-recompute.png");

            session.undo(); // the contour
            session.undo(); // the approval
            settle(200);
            assertEquals(org.opensabt.model.PlanStatus.DRAFT, plan.getStatus());
            assertFalse(session.dirty());
        } finally {
            session.removeListener(follow);
        }
    }

    private static double metric(PlanPanel panel, String structure, String name) {
        for (TableItem item : panel.metricsTable().getItems()) {
            if (item.getText(0).equals(structure) && item.getText(1).equals(name)) {
                return session.plan().getMetrics().stream().filter(m -> m.getStructure() != null && m.getStructure().getName().equals(structure)
                        && m.getName().equals(name)).findFirst().orElseThrow().getValue();
            }
        }
        throw new IllegalStateException("no metric " + name + " of " + structure + " in the table");
    }

    private static double inPlane(Needle n) {
        double[] d = direction(n);
        return d[0] * d[0] + d[1] * d[1];
    }

    private static double[] direction(Needle n) {
        double[] e = array(n.getEntryPointMm());
        double[] t = array(n.getTipPointMm());
        double[] d = { t[0] - e[0], t[1] - e[1], t[2] - e[2] };
        double l = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        return new double[] { d[0] / l, d[1] / l, d[2] / l };
    }

    /** The needle's direction on screen in the axial view (unit, pixels). */
    private static double[] screenDirection(SliceCanvas axial, SliceScene scene, Needle n) {
        double[] a = scene.slicer().uv(Orientation.AXIAL, array(n.getEntryPointMm()));
        double[] b = scene.slicer().uv(Orientation.AXIAL, array(n.getTipPointMm()));
        int[] p = axial.toScreen(a[0], a[1]);
        int[] q = axial.toScreen(b[0], b[1]);
        double l = Math.hypot(q[0] - p[0], q[1] - p[1]);
        return new double[] { (q[0] - p[0]) / l, (q[1] - p[1]) / l };
    }

    /** Distance (mm) from a point to the needle's infinite line, from the needle's own entry and tip. */
    private static double distanceToLine(double[] p, Needle n) {
        double[] e = array(n.getEntryPointMm());
        double[] d = direction(n);
        double[] q = { p[0] - e[0], p[1] - e[1], p[2] - e[2] };
        double t = q[0] * d[0] + q[1] * d[1] + q[2] * d[2];
        return Math.sqrt(Math.max(0, q[0] * q[0] + q[1] * q[1] + q[2] * q[2] - t * t));
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    private static double[] array(List<Double> v) {
        return new double[] { v.get(0), v.get(1), v.get(2) };
    }

    private static double[] position(Plan plan, String seedId) {
        Seed s = plan.getSeeds().stream().filter(x -> x.getSeedId().equals(seedId)).findFirst().orElse(null);
        assertNotNull(s, "seed " + seedId + " in plan " + plan.getPlanId());
        return array(s.getPositionMm());
    }
}
