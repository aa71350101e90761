package org.opensabt.dose;

import java.util.Locale;

/** The TG-43U1 dose-calculation formalism. */
public enum DoseMode {
    /** 2D line source: G_L(r,θ), g_L(r), F(r,θ) (TG-43U1 eq. 1); the consensus choice for seeds. */
    LINE_2D("2d"),
    /**
     * 1D: Ḋ(r) = S_K Λ [G_L(r,θ₀)/G_L(r₀,θ₀)] g_L(r) φan(r), TG-43U1 eq. 11 with the line-source
     * geometry function (so the descriptor's g_L applies unchanged), as many LDR planning systems do.
     */
    POINT_1D("1d");

    private final String label;

    DoseMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static DoseMode parse(String text) {
        for (DoseMode mode : values()) {
            if (mode.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown dose mode \"" + text + "\" (use 1d or 2d)");
    }
}
