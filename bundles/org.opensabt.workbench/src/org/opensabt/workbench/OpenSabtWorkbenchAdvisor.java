package org.opensabt.workbench;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.StartTimes;

/**
 * The clinician workbench: the window on the Planning perspective, its menus (File: Open Case…, Open Recent,
 * Import DICOM…, Save, Quit; Edit: Undo/Redo; Plan; Window: the Planning, Case and Outcomes perspectives,
 * Preferences; Help), the patient banner in the window title, the welcome view while no case is open and
 * the recent-cases list. Public so that tests can run the real workbench with it
 * ({@code PlatformUI.createAndRunWorkbench(display, advisor)}, see org.opensabt.ui.testing.WorkbenchHarness).
 */
public class OpenSabtWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The Planning perspective of bundle org.opensabt.viewer.ui (same feature). */
    public static final String PLANNING_PERSPECTIVE = "org.opensabt.viewer.ui.planningPerspective";
    /** The Outcomes perspective of bundle org.opensabt.outcomes.ui (when installed). */
    public static final String OUTCOMES_PERSPECTIVE = "org.opensabt.outcomes.ui.perspective";
    /** The Plan menu's id, for contributions: menu:org.opensabt.menu.plan?after=additions. */
    public static final String PLAN_MENU = "org.opensabt.menu.plan";
    /** The window title without a case. */
    public static final String TITLE = "OpenSABT";

    @Override
    public String getInitialWindowPerspectiveId() {
        return PLANNING_PERSPECTIVE;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
        PlatformUI.getPreferenceStore().setValue(IWorkbenchPreferenceConstants.SHOW_TRADITIONAL_STYLE_TABS, false);
    }

    /**
     * Before closing: the open case's unsaved edits are saved, discarded or the close cancelled, in one dialog naming
     * the case and its edits ({@link CaseSession#closing()}), instead of a prompt per view.
     */
    @Override
    public boolean preShutdown() {
        return CaseSession.get().closing();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer window) {
        return new WindowAdvisor(window);
    }

    /** "*OpenSABT — Doe^J (STS_001) · case sts-001 · plan plan-1 DRAFT" ('*' while unsaved), or "OpenSABT". */
    public static String title(CaseSession session) {
        if (session.patientCase() == null) {
            return TITLE;
        }
        String banner = session.banner();
        boolean dirty = banner.startsWith("*");
        return (dirty ? "*" : "") + TITLE + " \u2014 " + (dirty ? banner.substring(1) : banner);
    }

    private static final class WindowAdvisor extends WorkbenchWindowAdvisor {
        private final IWorkbenchWindowConfigurer window;
        private Consumer<CaseSession> caseListener;
        private Runnable editListener;

        WindowAdvisor(IWorkbenchWindowConfigurer window) {
            super(window);
            this.window = window;
        }

        @Override
        public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer bars) {
            return new Menus(bars);
        }

        @Override
        public void preWindowOpen() {
            // 1270×790, or the screen's usable area when smaller (a 1366×768 laptop): no part of the window off screen
            org.eclipse.swt.graphics.Rectangle screen = org.eclipse.swt.widgets.Display.getCurrent().getPrimaryMonitor().getClientArea();
            window.setInitialSize(new Point(Math.min(1270, screen.width), Math.min(790, screen.height)));
            window.setShowCoolBar(false);
            window.setShowStatusLine(true);
            window.setTitle(TITLE);
        }

        @Override
        public void postWindowOpen() {
            StartTimes.mark("window open");
            IWorkbenchWindow w = window.getWindow();
            CaseSession session = CaseSession.get();
            Shell shell = w.getShell();
            editListener = () -> {
                if (!shell.isDisposed()) {
                    String title = title(session);
                    if (!title.equals(shell.getText())) {
                        shell.setText(title);
                    }
                }
            };
            caseListener = s -> {
                editListener.run();
                if (s.patientCase() != null && s.problem() == null && s.folder() != null) {
                    RecentCases.add(s.folder());
                }
                WelcomeView.showOrHide(w, s);
            };
            session.addListener(caseListener);
            session.addEditListener(editListener);
            caseListener.accept(session);
            InstallDialogsCheck.schedule(w);
        }

        @Override
        public void postWindowClose() {
            CaseSession.get().removeListener(caseListener);
            CaseSession.get().removeEditListener(editListener);
        }
    }

    /** File, Edit, Plan, Window and Help menus. */
    private static final class Menus extends ActionBarAdvisor {
        private IAction save;
        private IAction quit;
        private IAction preferences;

        Menus(IActionBarConfigurer bars) {
            super(bars);
        }

        @Override
        protected void makeActions(IWorkbenchWindow window) {
            save = ActionFactory.SAVE.create(window);
            quit = ActionFactory.QUIT.create(window);
            preferences = ActionFactory.PREFERENCES.create(window);
            register(save);
            register(quit);
            register(preferences);
        }

        private IWorkbenchWindow window() {
            return getActionBarConfigurer().getWindowConfigurer().getWindow();
        }

        private CommandContributionItem command(String commandId, String label) {
            CommandContributionItemParameter p = new CommandContributionItemParameter(window(), commandId, commandId, CommandContributionItem.STYLE_PUSH);
            p.label = label;
            return new CommandContributionItem(p);
        }

        @Override
        protected void fillMenuBar(IMenuManager bar) {
            IWorkbenchWindow window = window();
            MenuManager file = new MenuManager("&File", "file");
            file.add(OpenCase.openAction(window));
            MenuManager recent = new MenuManager("Open &Recent", "org.opensabt.menu.recent");
            recent.setRemoveAllWhenShown(true);
            recent.addMenuListener(m -> RecentCases.fill(m, window));
            recent.add(new Action("(none)") {
            });
            file.add(recent);
            file.add(OpenCase.importDicomAction(window));
            file.add(new Separator());
            file.add(save);
            // bundles add to File (e.g. open, import, export) at menu:file?after=additions
            file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
            file.add(new Separator());
            file.add(quit);
            // Edit: Undo/Redo of the case's edits (handlers and Ctrl+Y in org.opensabt.viewer.ui's plugin.xml; the handler
            // names the edit, e.g. "Undo Add plan ui-plan-1")
            MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
            edit.add(command("org.eclipse.ui.edit.undo", "&Undo"));
            edit.add(command("org.eclipse.ui.edit.redo", "&Redo"));
            edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
            // Plan: bundles add plan actions (approve, report, needle table, DICOM RT export) at menu:org.opensabt.menu.plan?after=additions
            MenuManager planMenu = new MenuManager("&Plan", PLAN_MENU);
            planMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
            MenuManager windowMenu = new MenuManager("&Window", "window");
            MenuManager perspectives = new MenuManager("Open &Perspective", "org.opensabt.menu.perspectives");
            // the product's perspectives by name (no "Other…" dialog); one not installed is left out
            for (String id : new String[] { PLANNING_PERSPECTIVE, CasePerspective.ID, OUTCOMES_PERSPECTIVE }) {
                IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
                if (perspective != null) {
                    perspectives.add(new Action(perspective.getLabel()) {
                        @Override
                        public void run() {
                            try {
                                window.getWorkbench().showPerspective(id, window);
                            } catch (WorkbenchException e) {
                                org.eclipse.jface.dialogs.MessageDialog.openError(window.getShell(), "Perspective", e.getMessage());
                            }
                        }
                    });
                }
            }
            windowMenu.add(perspectives);
            windowMenu.add(preferences);
            // p2's install/update dialogs (feature org.opensabt.provisioning.ui.feature) add
            // "Check for Updates" and "Install New Software..." at help/additions
            MenuManager help = new MenuManager("&Help", "help");
            help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
            bar.add(file);
            bar.add(edit);
            bar.add(planMenu);
            bar.add(windowMenu);
            bar.add(help);
        }
    }
}
