package org.opensabt.viewer;

import java.util.List;

/** A CT display window (HU): values below centre − width/2 are black, above centre + width/2 white. */
public record WindowLevel(String name, double centreHu, double widthHu) {

    public WindowLevel {
        if (!(widthHu > 0)) {
            throw new IllegalArgumentException("window width must be positive, is " + widthHu + " HU");
        }
    }

    public static final WindowLevel SOFT_TISSUE = new WindowLevel("Soft tissue", 40, 400);
    public static final WindowLevel LUNG = new WindowLevel("Lung", -600, 1500);
    public static final WindowLevel BONE = new WindowLevel("Bone", 400, 1800);
    public static final WindowLevel SEEDS = new WindowLevel("Seeds (metal)", 1000, 4000);

    public static List<WindowLevel> presets() {
        return List.of(SOFT_TISSUE, LUNG, BONE, SEEDS);
    }

    /** Name of a window set by dragging (not a preset). */
    public static final String CUSTOM = "Custom";

    /**
     * The window after a mouse drag of (dx, dy) screen pixels from this one: horizontal changes the width
     * (right wider: ×2 per 200 px, so it never becomes zero), vertical the level (down raises it by a
     * quarter of the width per 100 px, so the image darkens; up brightens). Width stays within 1–65536 HU.
     */
    public WindowLevel dragged(double dxPx, double dyPx) {
        double width = Math.max(1, Math.min(65536, widthHu * Math.pow(2, dxPx / 200)));
        double centre = Math.max(-32768, Math.min(32767, centreHu + dyPx * widthHu / 400));
        return new WindowLevel(CUSTOM, Math.round(centre), Math.round(width));
    }

    /** Grey levels 0–255 of HU values, through a 64 Ki-entry table (one lookup per pixel). */
    public byte[] toGray(short[] hu, byte[] out) {
        byte[] table = table();
        for (int i = 0; i < hu.length; i++) {
            out[i] = table[hu[i] + 32768];
        }
        return out;
    }

    private byte[] table() {
        byte[] t = new byte[65536];
        double low = centreHu - widthHu / 2;
        for (int i = 0; i < t.length; i++) {
            double g = (i - 32768 - low) / widthHu * 255;
            t[i] = (byte) (int) Math.max(0, Math.min(255, Math.round(g)));
        }
        return t;
    }
}
