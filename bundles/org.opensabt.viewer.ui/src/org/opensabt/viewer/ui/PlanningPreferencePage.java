package org.opensabt.viewer.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.opensabt.dose.DoseEngines;
import org.opensabt.outcomes.LocalControlModels;
import org.opensabt.plan.SeedOptimisers;

/**
 * Window ▸ Preferences ▸ Planning: default prescription (Gy), seed model and dose grid (mm) of new plans,
 * the dose engine and seed optimiser among the installed ones, and the local-control model of the plans' predictions. The engine and optimiser are the capabilities'
 * own preferences ({@link DoseEngines#PREFERENCE_NODE}, {@link SeedOptimisers#PREFERENCE_NODE}), so the
 * workbench's plans, seed edits and the command line use the same supplier unless a request names another.
 */
public final class PlanningPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private final ScopedPreferenceStore doseStore = new ScopedPreferenceStore(InstanceScope.INSTANCE, DoseEngines.PREFERENCE_NODE);
    private final ScopedPreferenceStore planStore = new ScopedPreferenceStore(InstanceScope.INSTANCE, SeedOptimisers.PREFERENCE_NODE);
    private final ScopedPreferenceStore outcomesStore = new ScopedPreferenceStore(InstanceScope.INSTANCE, LocalControlModels.PREFERENCE_NODE);
    private FieldEditor engine;
    private FieldEditor optimiser;
    private FieldEditor lcModel;

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
        doseStore.setDefault(DoseEngines.PREFERENCE_ENGINE, DoseEngines.DEFAULT_ENGINE);
        planStore.setDefault(SeedOptimisers.PREFERENCE_OPTIMISER, SeedOptimisers.DEFAULT_OPTIMISER);
        engine = choice(DoseEngines.PREFERENCE_ENGINE, "Dose engine:",
                DoseEngines.all().stream().map(e -> new String[] { e.id() + ": " + e.description(), e.id() }).toList(), DoseEngines.preferredId());
        optimiser = choice(SeedOptimisers.PREFERENCE_OPTIMISER, "Seed optimiser:",
                SeedOptimisers.all().stream().map(o -> new String[] { o.id() + ": " + o.description(), o.id() }).toList(), SeedOptimisers.preferredId());
        addField(engine);
        addField(optimiser);
        outcomesStore.setDefault(LocalControlModels.PREFERENCE_KEY, LocalControlModels.DEFAULT_ID);
        lcModel = new ComboFieldEditor(LocalControlModels.PREFERENCE_KEY, "Local-control model:",
                LocalControlModels.SHIPPED.stream().map(id -> new String[] { id, id }).toArray(String[][]::new), getFieldEditorParent());
        addField(lcModel);
    }

    /** The engine and optimiser fields keep their values in the capabilities' nodes, not the page's. */
    @Override
    protected void initialize() {
        super.initialize();
        engine.setPreferenceStore(doseStore);
        engine.load();
        optimiser.setPreferenceStore(planStore);
        optimiser.load();
        lcModel.setPreferenceStore(outcomesStore);
        lcModel.load();
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        try {
            doseStore.save();
            planStore.save();
            outcomesStore.save();
        } catch (IOException e) {
            setErrorMessage("Cannot save the engine or optimiser preference: " + e.getMessage());
            return false;
        }
        return ok;
    }

    /** A choice among the installed suppliers (label, id); the current id is kept even if it is not installed now. */
    private FieldEditor choice(String key, String label, List<String[]> installed, String current) {
        List<String[]> entries = new ArrayList<>(installed);
        if (entries.stream().noneMatch(e -> e[1].equalsIgnoreCase(current))) {
            entries.add(new String[] { current + " (not installed)", current });
        }
        return new ComboFieldEditor(key, label, entries.toArray(String[][]::new), getFieldEditorParent());
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
