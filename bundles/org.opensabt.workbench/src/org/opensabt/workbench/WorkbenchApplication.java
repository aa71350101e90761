package org.opensabt.workbench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.application.IWorkbenchConfigurer;

/**
 * The clinician product's application: an Eclipse workbench opened on the Planning perspective (case
 * summary and slice views).
 */
public final class WorkbenchApplication implements IApplication {

    /** The Planning perspective of bundle org.opensabt.viewer.ui (same feature). */
    static final String PLANNING_PERSPECTIVE = "org.opensabt.viewer.ui.planningPerspective";
    /** The Plan menu's id, for contributions: menu:org.opensabt.menu.plan?after=additions. */
    public static final String PLAN_MENU = "org.opensabt.menu.plan";

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return PLANNING_PERSPECTIVE;
                }

                @Override
                public void initialize(IWorkbenchConfigurer configurer) {
                    configurer.setSaveAndRestore(false);
                    PlatformUI.getPreferenceStore().setValue(IWorkbenchPreferenceConstants.SHOW_TRADITIONAL_STYLE_TABS, false);
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer window) {
                    return new WorkbenchWindowAdvisor(window) {
                        @Override
                        public org.eclipse.ui.application.ActionBarAdvisor createActionBarAdvisor(org.eclipse.ui.application.IActionBarConfigurer bars) {
                            return new Menus(bars);
                        }

                        @Override
                        public void preWindowOpen() {
                            window.setInitialSize(new Point(1270, 790));
                            window.setShowCoolBar(false);
                            window.setShowStatusLine(true);
                            window.setTitle("OpenSABT");
                        }

                        @Override
                        public void postWindowOpen() {
                            InstallDialogsCheck.schedule(window.getWindow());
                        }
                    };
                }
            });
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** File (Save, Quit), Edit (Undo, Redo) and Window (perspectives, Preferences) menus. */
    private static final class Menus extends org.eclipse.ui.application.ActionBarAdvisor {
        private org.eclipse.jface.action.IAction save;
        private org.eclipse.jface.action.IAction quit;
        private org.eclipse.jface.action.IAction preferences;

        Menus(org.eclipse.ui.application.IActionBarConfigurer bars) {
            super(bars);
        }

        @Override
        protected void makeActions(org.eclipse.ui.IWorkbenchWindow window) {
            save = org.eclipse.ui.actions.ActionFactory.SAVE.create(window);
            quit = org.eclipse.ui.actions.ActionFactory.QUIT.create(window);
            preferences = org.eclipse.ui.actions.ActionFactory.PREFERENCES.create(window);
            register(save);
            register(quit);
            register(preferences);
        }

        private org.eclipse.ui.menus.CommandContributionItem command(String commandId, String label) {
            org.eclipse.ui.menus.CommandContributionItemParameter p = new org.eclipse.ui.menus.CommandContributionItemParameter(
                    getActionBarConfigurer().getWindowConfigurer().getWindow(), commandId, commandId, org.eclipse.ui.menus.CommandContributionItem.STYLE_PUSH);
            p.label = label;
            return new org.eclipse.ui.menus.CommandContributionItem(p);
        }

        @Override
        protected void fillMenuBar(org.eclipse.jface.action.IMenuManager bar) {
            org.eclipse.jface.action.MenuManager file = new org.eclipse.jface.action.MenuManager("&File", "file");
            file.add(save);
            // bundles add to File (e.g. open, import, export) at menu:file?after=additions
            file.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
            file.add(new org.eclipse.jface.action.Separator());
            file.add(quit);
            // Edit: Undo/Redo of the case's edits (handlers and Ctrl+Y in org.opensabt.viewer.ui's plugin.xml; the handler
            // names the edit, e.g. "Undo Add plan ui-plan-1")
            org.eclipse.jface.action.MenuManager edit = new org.eclipse.jface.action.MenuManager("&Edit", org.eclipse.ui.IWorkbenchActionConstants.M_EDIT);
            edit.add(command("org.eclipse.ui.edit.undo", "&Undo"));
            edit.add(command("org.eclipse.ui.edit.redo", "&Redo"));
            edit.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
            // Plan: bundles add plan actions (approve, report, needle table, DICOM RT export) at menu:org.opensabt.menu.plan?after=additions
            org.eclipse.jface.action.MenuManager planMenu = new org.eclipse.jface.action.MenuManager("&Plan", PLAN_MENU);
            planMenu.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
            org.eclipse.jface.action.MenuManager windowMenu = new org.eclipse.jface.action.MenuManager("&Window", "window");
            org.eclipse.jface.action.MenuManager perspectives = new org.eclipse.jface.action.MenuManager("Open Perspective");
            perspectives.add(org.eclipse.ui.actions.ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
            windowMenu.add(perspectives);
            windowMenu.add(preferences);
            // p2's install/update dialogs (feature org.opensabt.provisioning.ui.feature) add
            // "Check for Updates" and "Install New Software..." at help/additions
            org.eclipse.jface.action.MenuManager help = new org.eclipse.jface.action.MenuManager("&Help", "help");
            help.add(new org.eclipse.jface.action.GroupMarker(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
            bar.add(file);
            bar.add(edit);
            bar.add(planMenu);
            bar.add(windowMenu);
            bar.add(help);
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> PlatformUI.getWorkbench().close());
    }
}
