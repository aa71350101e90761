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
