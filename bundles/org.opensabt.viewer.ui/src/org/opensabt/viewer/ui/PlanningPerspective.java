package org.opensabt.viewer.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Planning: the case summary at the left, the three slice views, and the plan (metrics, DVH) below them. */
public final class PlanningPerspective implements IPerspectiveFactory {

    public static final String ID = "org.opensabt.viewer.ui.planningPerspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(SlicesView.ID, IPageLayout.RIGHT, 0.26f, layout.getEditorArea());
        layout.addView("org.opensabt.workbench.caseSummaryView", IPageLayout.LEFT, 0.26f, SlicesView.ID);
        layout.addView(PlanView.ID, IPageLayout.BOTTOM, 0.6f, SlicesView.ID);
    }
}
