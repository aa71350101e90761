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
                        public void preWindowOpen() {
                            window.setInitialSize(new Point(1100, 700));
                            window.setShowCoolBar(false);
                            window.setShowStatusLine(true);
                            window.setTitle("OpenSABT");
                        }
                    };
                }
            });
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
