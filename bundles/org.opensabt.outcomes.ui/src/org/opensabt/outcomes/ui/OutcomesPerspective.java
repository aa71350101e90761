package org.opensabt.outcomes.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Outcomes: the cohort, the model editor and the study's figures in one view. */
public final class OutcomesPerspective implements IPerspectiveFactory {

    public static final String ID = "org.opensabt.outcomes.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(OutcomesView.ID, false, IPageLayout.LEFT, 0.99f, layout.getEditorArea());
        layout.addPerspectiveShortcut("org.opensabt.viewer.ui.planningPerspective");
    }
}
