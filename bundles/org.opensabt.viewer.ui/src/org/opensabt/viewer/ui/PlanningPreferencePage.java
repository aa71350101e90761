package org.opensabt.viewer.ui;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window ▸ Preferences ▸ Planning: default prescription (Gy), seed model and dose grid (mm). */
public final class PlanningPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public PlanningPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, PlanningPreferences.NODE));
        setDescription("Defaults of new plans");
    }

    @Override
    protected void createFieldEditors() {
        getPreferenceStore().setDefault(PlanningPreferences.RX_GY, PlanningPreferences.DEFAULT_RX_GY);
        getPreferenceStore().setDefault(PlanningPreferences.SEED_MODEL, PlanningPreferences.DEFAULT_SEED_MODEL);
        getPreferenceStore().setDefault(PlanningPreferences.DOSE_GRID_MM, PlanningPreferences.DEFAULT_DOSE_GRID_MM);
        addField(new NumberField(PlanningPreferences.RX_GY, "Prescription (Gy):", 10, 400));
        addField(new StringFieldEditor(PlanningPreferences.SEED_MODEL, "Seed model:", getFieldEditorParent()));
        addField(new NumberField(PlanningPreferences.DOSE_GRID_MM, "Dose grid spacing (mm):", 0.5, 5));
    }

    @Override
    public void init(IWorkbench workbench) {
    }

    /** A decimal number within bounds. */
    private final class NumberField extends StringFieldEditor {
        private final double min;
        private final double max;

        NumberField(String key, String label, double min, double max) {
            super(key, label, getFieldEditorParent());
            this.min = min;
            this.max = max;
            setEmptyStringAllowed(false);
            setErrorMessage(label.replace(":", "") + " must be a number from " + min + " to " + max);
        }

        @Override
        protected boolean doCheckState() {
            try {
                double v = Double.parseDouble(getStringValue().trim());
                return v >= min && v <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
