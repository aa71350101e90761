package org.opensabt.workbench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.opensabt.viewer.ui.StartTimes;

/**
 * The clinician product's application: an Eclipse workbench opened on the Planning perspective (see
 * {@link OpenSabtWorkbenchAdvisor}).
 */
public final class WorkbenchApplication implements IApplication {

    /** The Planning perspective of bundle org.opensabt.viewer.ui (same feature). */
    static final String PLANNING_PERSPECTIVE = OpenSabtWorkbenchAdvisor.PLANNING_PERSPECTIVE;
    /** The Plan menu's id, for contributions: menu:org.opensabt.menu.plan?after=additions. */
    public static final String PLAN_MENU = OpenSabtWorkbenchAdvisor.PLAN_MENU;

    @Override
    public Object start(IApplicationContext context) {
        StartTimes.mark("application started");
        Display display = PlatformUI.createDisplay();
        // -Dopensabt.case: start reading the case now, in the background, while the workbench builds its window
        org.opensabt.viewer.ui.CaseSession.get();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new OpenSabtWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
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
