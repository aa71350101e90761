package org.opensabt.viewer.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Planning: the case summary at the left, the three slice views, and the plan (metrics, DVH) below them (55 % : 45 % of the height). */
public final class PlanningPerspective implements IPerspectiveFactory {

    public static final String ID = "org.opensabt.viewer.ui.planningPerspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(SlicesView.ID, IPageLayout.RIGHT, 0.26f, layout.getEditorArea());
        layout.addView("org.opensabt.workbench.caseSummaryView", IPageLayout.LEFT, 0.26f, SlicesView.ID);
        layout.addView(PlanView.ID, IPageLayout.BOTTOM, 0.55f, SlicesView.ID); // 55:45: the Plan view's DVH gets room at 1366x768 (0.5 left the slices 140 px high)
    }
}
