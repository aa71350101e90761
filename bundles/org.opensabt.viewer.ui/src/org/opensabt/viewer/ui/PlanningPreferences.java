package org.opensabt.viewer.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The workbench's planning defaults (Window ▸ Preferences ▸ Planning), kept in the instance scope. */
public final class PlanningPreferences {

    public static final String NODE = "org.opensabt.viewer.ui";
    public static final String RX_GY = "rxGy";
    public static final String SEED_MODEL = "seedModel";
    public static final String DOSE_GRID_MM = "doseGridMm";
    static final double DEFAULT_RX_GY = org.opensabt.plan.PlanDefaults.RX_GY;
    static final String DEFAULT_SEED_MODEL = org.opensabt.plan.PlanDefaults.SOURCE;
    static final double DEFAULT_DOSE_GRID_MM = org.opensabt.plan.PlanDefaults.DOSE_GRID_MM;

    private PlanningPreferences() {
    }

    static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** Default prescription (Gy). */
    public static double rxGy() {
        return node().getDouble(RX_GY, DEFAULT_RX_GY);
    }

    /** Default seed model (name in the source library). */
    public static String seedModel() {
        return node().get(SEED_MODEL, DEFAULT_SEED_MODEL);
    }

    /**
     * The local-control model of the plans' predictions: the preference {@link org.opensabt.outcomes.LocalControlModels#PREFERENCE_KEY}
     * of node {@link org.opensabt.outcomes.LocalControlModels#PREFERENCE_NODE} (a shipped id or a file), else the default; loaded once per choice.
     */
    public static synchronized org.opensabt.outcomes.LocalControlModel localControlModel() throws org.opensabt.outcomes.OutcomeInputException {
        String id = InstanceScope.INSTANCE.getNode(org.opensabt.outcomes.LocalControlModels.PREFERENCE_NODE)
                .get(org.opensabt.outcomes.LocalControlModels.PREFERENCE_KEY, org.opensabt.outcomes.LocalControlModels.DEFAULT_ID);
        if (!id.equals(loadedId)) {
            loaded = org.opensabt.outcomes.LocalControlModels.load(id, null);
            loadedId = id;
        }
        return loaded;
    }

    private static String loadedId;
    private static org.opensabt.outcomes.LocalControlModel loaded;

    /** Dose grid spacing of new plans (mm). */
    public static double doseGridMm() {
        return node().getDouble(DOSE_GRID_MM, DEFAULT_DOSE_GRID_MM);
    }
}
