package org.opensabt.outcomes.ui;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The Outcomes perspective's view; the cohort given as -Dopensabt.cohort opens first. */
public final class OutcomesView extends ViewPart {

    public static final String ID = "org.opensabt.outcomes.ui.view";

    private OutcomesPanel panel;

    @Override
    public void createPartControl(Composite parent) {
        panel = new OutcomesPanel(parent);
        String cohort = System.getProperty("opensabt.cohort");
        if (cohort != null) {
            panel.openCohort(Path.of(cohort));
        }
    }

    @Override
    public void setFocus() {
        panel.setFocus();
    }
}
