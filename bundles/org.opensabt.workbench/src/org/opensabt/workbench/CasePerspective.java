package org.opensabt.workbench;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

public final class CasePerspective implements IPerspectiveFactory {

    public static final String ID = "org.opensabt.workbench.casePerspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(CaseSummaryView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
    }
}
