package org.opensabt.dicom.ui;

import org.eclipse.swt.widgets.Composite;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.SessionView;

/**
 * The DICOM view: import into a new case (which the workbench then shows) and the listener. A
 * {@link SessionView}: the patient banner names the open case, so an import is never mistaken for it.
 */
public final class DicomView extends SessionView {

    public static final String ID = "org.opensabt.dicom.ui.view";

    private DicomPanel panel;

    @Override
    protected Composite create(Composite parent) {
        panel = new DicomPanel(parent, CaseSession.get());
        return panel;
    }

    @Override
    protected void show(CaseSession session) {
        // the panel imports into a new case; nothing of the open case to show but the banner
    }

    @Override
    public void dispose() {
        if (panel != null) {
            panel.stopListener();
        }
        super.dispose();
    }
}
