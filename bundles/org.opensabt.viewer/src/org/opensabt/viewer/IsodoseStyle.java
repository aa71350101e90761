package org.opensabt.viewer;

import java.util.List;

/**
 * How an isodose level is drawn in the slice views (and anything that should match them, e.g. a report's
 * snapshots): colour, line width in screen pixels, dashed. Isodoses are dashed and kept apart from the
 * structures' colours by lightness as well as hue (thin red and magenta lines look alike, also to red–green
 * colour-blind readers); the 100 % line is the thickest.
 */
public record IsodoseStyle(double percentOfRx, int[] colorRgb, int widthPx, boolean dashed) {

    /** 50 % pale blue, 100 % yellow (thick), 150 % orange, 200 % white; all dashed. */
    public static final List<IsodoseStyle> DEFAULTS = List.of(new IsodoseStyle(50, new int[] { 130, 180, 255 }, 2, true),
            new IsodoseStyle(100, new int[] { 255, 230, 0 }, 3, true), new IsodoseStyle(150, new int[] { 255, 150, 40 }, 2, true),
            new IsodoseStyle(200, new int[] { 255, 255, 255 }, 1, true));

    /** Dash pattern of dashed lines: on, off (screen pixels). */
    public static final int[] DASH_PX = { 8, 4 };
}
