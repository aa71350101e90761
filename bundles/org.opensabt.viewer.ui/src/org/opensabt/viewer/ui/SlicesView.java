package org.opensabt.viewer.ui;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseLoadException;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.SliceScene;

/** The slice views in the workbench; opens the case given as -Dopensabt.case at start. */
public final class SlicesView extends ViewPart {

    public static final String ID = "org.opensabt.viewer.ui.slicesView";

    private SlicesPanel panel;

    @Override
    public void createPartControl(Composite parent) {
        panel = new SlicesPanel(parent);
        String initial = System.getProperty("opensabt.case");
        if (initial != null) {
            try {
                PatientCase c = new CaseStore().load(Path.of(initial));
                SliceScene scene = new SliceScene(c, SliceScene.lastPlan(c));
                panel.setScene(scene);
                if (scene.plan() != null && scene.plan().getTarget() != null) {
                    double[] centre = scene.centroidMm(scene.plan().getTarget().getName());
                    if (centre != null) {
                        panel.showPoint(centre);
                    }
                }
                setContentDescription(c.getCaseId());
            } catch (CaseLoadException | IllegalArgumentException e) {
                setContentDescription("Cannot show " + initial + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void setFocus() {
        panel.setFocus();
    }
}
