package org.opensabt.workbench;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Case: the case explorer at the left and the open case's summary. */
public final class CasePerspective implements IPerspectiveFactory {

    public static final String ID = "org.opensabt.workbench.casePerspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(CaseSummaryView.ID, IPageLayout.RIGHT, 0.35f, layout.getEditorArea());
        layout.addView(CaseExplorerView.ID, IPageLayout.LEFT, 0.35f, CaseSummaryView.ID);
        layout.addPlaceholder(WelcomeView.ID, IPageLayout.TOP, 0.5f, CaseSummaryView.ID);
    }
}
