package org.opensabt.dicom.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.opensabt.viewer.ui.CaseSession;

/** The DICOM view: import into a new case (which the workbench then shows) and the listener. */
public final class DicomView extends ViewPart {

    public static final String ID = "org.opensabt.dicom.ui.view";

    private DicomPanel panel;

    @Override
    public void createPartControl(Composite parent) {
        panel = new DicomPanel(parent, CaseSession.get());
    }

    @Override
    public void setFocus() {
        panel.setFocus();
    }

    @Override
    public void dispose() {
        panel.stopListener();
        super.dispose();
    }
}
