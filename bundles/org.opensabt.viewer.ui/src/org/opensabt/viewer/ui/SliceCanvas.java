package org.opensabt.viewer.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;
import org.opensabt.viewer.WindowLevel;

/**
 * One orthogonal slice of a {@link SliceScene}: the CT in a window/level, structure outlines (solid), isodose
 * lines (50/100/150/200 % of Rx, dashed, 100 % thicker), needles and seeds near the plane, the crosshair,
 * orientation letters, a 10 mm ruler and the slice position in mm; what is shown follows the panel's
 * {@link Layers}. Mouse wheel: next/previous slice (Ctrl: zoom); left drag: crosshair (reported to the
 * listener, which links the other views); Shift + left drag: measure a distance; right drag: window/level
 * (horizontal: width, right wider; vertical: level, down higher, so darker); middle drag: pan.
 */
public final class SliceCanvas extends Canvas {

    public static final double[] ISODOSE_PERCENTS = org.opensabt.viewer.IsodoseStyle.DEFAULTS.stream().mapToDouble(org.opensabt.viewer.IsodoseStyle::percentOfRx)
            .toArray();
    /** Isodose colours and widths ({@link org.opensabt.viewer.IsodoseStyle#DEFAULTS}: dashed, apart from the structures' colours). */
    static final RGB[] ISODOSE_COLORS = org.opensabt.viewer.IsodoseStyle.DEFAULTS.stream().map(s -> new RGB(s.colorRgb()[0], s.colorRgb()[1], s.colorRgb()[2]))
            .toArray(RGB[]::new);
    static final int[] ISODOSE_WIDTHS = org.opensabt.viewer.IsodoseStyle.DEFAULTS.stream().mapToInt(org.opensabt.viewer.IsodoseStyle::widthPx).toArray();
    static final int[] ISODOSE_DASH = org.opensabt.viewer.IsodoseStyle.DASH_PX;
    static final RGB SEED_COLOR = new RGB(0, 255, 255);
    static final RGB NEEDLE_COLOR = new RGB(200, 150, 255);

    private final Orientation orientation;
    private SliceScene scene;
    private WindowLevel window = WindowLevel.SOFT_TISSUE;
    private int slice;
    private double[] crosshairUv;
    private double zoom = 1;
    private double panX;
    private double panY;
    private Consumer<double[]> crosshairListener = p -> {
    };
    private Consumer<String> readoutListener = s -> {
    };
    private int[] dragStart;
    private final PaletteData gray;
    private Tool tool = Tool.NAVIGATE;
    private double brushRadiusMm = 5;
    private final List<double[]> stroke = new java.util.ArrayList<>(); // slice pixels (u, v) of the polygon or brush stroke
    private int[] mouse;
    private java.util.function.BiConsumer<Tool, List<double[]>> editListener;

    /** What the left button does: move the crosshair, or one of the contouring tools. */
    public enum Tool {
        NAVIGATE, POLYGON, BRUSH, ERASER, SEEDS
    }

    /**
     * The seed tool's gestures, in slice pixels (u, v): press (with Ctrl: add), release (the canvas draws
     * the drag itself), and the Delete key (with Shift: the whole needle).
     */
    public interface SeedGestures {
        void pressed(double[] uv, boolean ctrl);

        void released(double[] uv);

        void delete(boolean wholeNeedle);
    }

    /** What the views show (view state, shared by the three views of a panel; not saved in the case). */
    public static final class Layers {
        private final java.util.Set<org.opensabt.model.Structure> hidden = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final boolean[] isodoses = { true, true, true, true };
        private boolean seeds = true;
        private boolean needles = true;

        public boolean shows(org.opensabt.model.Structure s) {
            return !hidden.contains(s);
        }

        public void show(org.opensabt.model.Structure s, boolean shown) {
            if (shown) {
                hidden.remove(s);
            } else {
                hidden.add(s);
            }
        }

        public boolean showsIsodose(int i) {
            return isodoses[i];
        }

        public void showIsodose(int i, boolean shown) {
            isodoses[i] = shown;
        }

        public boolean showsSeeds() {
            return seeds;
        }

        public void showSeeds(boolean shown) {
            seeds = shown;
        }

        public boolean showsNeedles() {
            return needles;
        }

        public void showNeedles(boolean shown) {
            needles = shown;
        }

        /** Everything shown again (a new case). */
        public void reset() {
            hidden.clear();
            java.util.Arrays.fill(isodoses, true);
            seeds = true;
            needles = true;
        }
    }

    private Layers layers = new Layers();
    private Consumer<WindowLevel> windowListener = w -> {
    };
    private WindowLevel windowAtDragStart;
    private double[] measureUv; // {u0, v0, u1, v1} on measureSlice
    private int measureSlice = -1;
    private Rectangle rulerLabelBounds;
    private Rectangle measureLabelBounds;
    private SeedGestures seedGestures;
    private String highlightedSeed;
    private double[] seedPreviewUv;
    private long paints;

    public SliceCanvas(Composite parent, Orientation orientation) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.orientation = orientation;
        RGB[] ramp = new RGB[256];
        for (int i = 0; i < 256; i++) {
            ramp[i] = new RGB(i, i, i);
        }
        gray = new PaletteData(ramp);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.KeyDown, e -> {
            if (tool == Tool.SEEDS && seedGestures != null && (e.keyCode == SWT.DEL || e.keyCode == SWT.BS)) {
                seedGestures.delete((e.stateMask & SWT.SHIFT) != 0);
            }
        });
        addListener(SWT.MouseDown, e -> {
            if (seedTool() && e.button == 1) {
                setFocus();
                seedGestures.pressed(toUv(e.x, e.y), (e.stateMask & SWT.CTRL) != 0);
                dragStart = new int[] { e.x, e.y, 1 };
                return;
            }
            if (editing() && e.button == 1) {
                toolDown(e.x, e.y);
                return;
            }
            if (editing() && e.button == 3 && tool == Tool.POLYGON && !stroke.isEmpty()) {
                stroke.clear(); // right click abandons the polygon
                redraw();
                return;
            }
            dragStart = new int[] { e.x, e.y, e.button };
            windowAtDragStart = window;
            if (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0 && scene != null) {
                double[] uv = toUv(e.x, e.y);
                measureUv = new double[] { uv[0], uv[1], uv[0], uv[1] };
                measureSlice = slice;
                dragStart[2] = 4; // measuring
                redraw();
            } else if (e.button == 1) {
                setCrosshairFromScreen(e.x, e.y);
            }
        });
        addListener(SWT.MouseUp, e -> {
            if (seedTool() && e.button == 1 && dragStart != null) {
                dragStart = null;
                seedPreviewUv = null;
                seedGestures.released(toUv(e.x, e.y));
                return;
            }
            dragStart = null;
            if (editing() && e.button == 1 && tool != Tool.POLYGON && !stroke.isEmpty()) {
                finishStroke();
            }
        });
        addListener(SWT.MouseDoubleClick, e -> {
            if (editing() && tool == Tool.POLYGON && stroke.size() >= 3) {
                finishStroke();
            }
        });
        addListener(SWT.MouseExit, e -> {
            mouse = null;
            redraw();
        });
        addListener(SWT.MouseMove, e -> {
            if (dragStart != null && dragStart[2] == 3 && scene != null) {
                setWindow(windowAtDragStart.dragged(e.x - dragStart[0], e.y - dragStart[1]));
                windowListener.accept(window);
                return;
            }
            if (dragStart != null && dragStart[2] == 4) {
                double[] uv = toUv(e.x, e.y);
                measureUv[2] = uv[0];
                measureUv[3] = uv[1];
                redraw();
                readout(e.x, e.y);
                return;
            }
            if (seedTool() && dragStart != null) {
                seedPreviewUv = toUv(e.x, e.y);
                redraw();
                return;
            }
            if (editing()) {
                mouse = new int[] { e.x, e.y };
                if ((e.stateMask & SWT.BUTTON1) != 0 && tool != Tool.POLYGON && !stroke.isEmpty()) {
                    stroke.add(toUv(e.x, e.y));
                }
                redraw();
                readout(e.x, e.y);
                return;
            }
            if (dragStart != null && dragStart[2] == 1) {
                setCrosshairFromScreen(e.x, e.y);
            } else if (dragStart != null) {
                panX += e.x - dragStart[0];
                panY += e.y - dragStart[1];
                dragStart[0] = e.x;
                dragStart[1] = e.y;
                redraw();
            }
            readout(e.x, e.y);
        });
    }

    public Orientation orientation() {
        return orientation;
    }

    public int slice() {
        return slice;
    }

    /** Shows a scene; the slice stays where it was when the new scene has the same CT (e.g. after a plan edit). */
    public void setScene(SliceScene scene) {
        boolean sameCt = this.scene != null && scene != null && this.scene.slicer().grid().sameAs(scene.slicer().grid());
        this.scene = scene;
        if (!sameCt) {
            this.slice = scene == null ? 0 : scene.slicer().count(orientation) / 2;
        }
        redraw();
    }

    public void setWindow(WindowLevel window) {
        this.window = window;
        redraw();
    }

    public WindowLevel window() {
        return window;
    }

    /** Told of the window set by a right-button drag in this view (the panel applies it to the other views). */
    public void onWindowDragged(Consumer<WindowLevel> listener) {
        this.windowListener = listener;
    }

    /** The layers shown (the panel shares one {@link Layers} among its views). */
    public void setLayers(Layers layers) {
        this.layers = layers;
        redraw();
    }

    /**
     * Forgets what belonged to the previous case: crosshair, measurement, zoom and pan, the tool's
     * unfinished stroke, the seed selection, and the window (back to the first preset).
     */
    public void reset() {
        crosshairUv = null;
        measureUv = null;
        measureSlice = -1;
        zoom = 1;
        panX = 0;
        panY = 0;
        stroke.clear();
        dragStart = null;
        highlightedSeed = null;
        seedPreviewUv = null;
        window = WindowLevel.presets().get(0);
        redraw();
    }

    /** The measured distance (mm) shown on this view, or NaN if none. */
    public double measuredMm() {
        if (measureUv == null || scene == null) {
            return Double.NaN;
        }
        double[] mm = scene.slicer().pixelMm(orientation);
        return Math.hypot((measureUv[2] - measureUv[0]) * mm[0], (measureUv[3] - measureUv[1]) * mm[1]);
    }

    /** Where the 10 mm ruler's label was drawn last (its backing box), for tests. */
    Rectangle rulerLabelBounds() {
        return rulerLabelBounds;
    }

    Rectangle measureLabelBounds() {
        return measureLabelBounds;
    }

    /** Shows the slice through a patient point and puts the crosshair on it. */
    public void showPoint(double[] patientMm) {
        if (scene == null) {
            return;
        }
        slice = scene.slicer().sliceThrough(orientation, patientMm);
        crosshairUv = scene.slicer().uv(orientation, patientMm);
        redraw();
    }

    public void setSlice(int k) {
        if (scene == null) {
            return;
        }
        slice = Math.max(0, Math.min(scene.slicer().count(orientation) - 1, k));
        redraw();
    }

    public void onCrosshair(Consumer<double[]> listener) {
        this.crosshairListener = listener;
    }

    /**
     * Contouring tools: the listener gets the tool and its points in slice pixels (u, v) when a polygon
     * is closed (double click, or a click on its first point) or a brush stroke ends (button up).
     */
    public void onEdit(java.util.function.BiConsumer<Tool, List<double[]>> listener) {
        this.editListener = listener;
    }

    public void setTool(Tool tool) {
        this.tool = tool;
        stroke.clear();
        setCursor(getDisplay().getSystemCursor(tool == Tool.NAVIGATE ? SWT.CURSOR_ARROW : tool == Tool.SEEDS ? SWT.CURSOR_HAND : SWT.CURSOR_CROSS));
        if (tool != Tool.SEEDS) {
            highlightedSeed = null;
        }
        redraw();
    }

    public Tool tool() {
        return tool;
    }

    public void setBrushRadiusMm(double radiusMm) {
        this.brushRadiusMm = radiusMm;
        redraw();
    }

    public double brushRadiusMm() {
        return brushRadiusMm;
    }

    private boolean editing() {
        return editListener != null && tool != Tool.NAVIGATE && tool != Tool.SEEDS && scene != null;
    }

    private boolean seedTool() {
        return tool == Tool.SEEDS && seedGestures != null && scene != null;
    }

    public void onSeedGestures(SeedGestures gestures) {
        this.seedGestures = gestures;
    }

    /** Rings a seed (the seed tool's selection); null: none. */
    public void setHighlightedSeed(String seedId) {
        this.highlightedSeed = seedId;
        redraw();
    }

    /** The screen pixel (x, y) in this canvas of slice pixel (u, v). */
    public int[] toScreen(double u, double v) {
        double[] t = transform();
        return new int[] { screenX(u, t), screenY(v, t) };
    }

    private double[] toUv(int x, int y) {
        double[] t = transform();
        return new double[] { (x - t[0]) / t[2] - 0.5, (y - t[1]) / t[3] - 0.5 };
    }

    private void toolDown(int x, int y) {
        if (tool == Tool.POLYGON && stroke.size() >= 3) {
            double[] t = transform();
            double[] first = stroke.get(0);
            double fx = t[0] + (first[0] + 0.5) * t[2], fy = t[1] + (first[1] + 0.5) * t[3];
            if (Math.hypot(x - fx, y - fy) < 8) { // a click on the first point closes the polygon
                finishStroke();
                return;
            }
        }
        if (tool != Tool.POLYGON) {
            stroke.clear();
        }
        stroke.add(toUv(x, y));
        redraw();
    }

    private void finishStroke() {
        List<double[]> points = List.copyOf(stroke);
        stroke.clear();
        redraw();
        editListener.accept(tool, points);
    }

    public void onReadout(Consumer<String> listener) {
        this.readoutListener = listener;
    }

    private void wheel(Event e) {
        if (scene == null) {
            return;
        }
        if ((e.stateMask & SWT.CTRL) != 0) {
            zoom = Math.max(0.5, Math.min(8, zoom * (e.count > 0 ? 1.2 : 1 / 1.2)));
            redraw();
        } else {
            setSlice(slice + (e.count > 0 ? 1 : -1));
        }
    }

    /** Screen transform: pixel (u, v) → screen x = ox + u·sx, y = oy + v·sy (aspect from the mm spacing). */
    private double[] transform() {
        Rectangle area = getClientArea();
        int[] size = scene.slicer().size(orientation);
        double[] mm = scene.slicer().pixelMm(orientation);
        double widthMm = size[0] * mm[0];
        double heightMm = size[1] * mm[1];
        double scale = Math.min(area.width / widthMm, area.height / heightMm) * zoom; // screen px per mm
        double sx = scale * mm[0];
        double sy = scale * mm[1];
        double ox = (area.width - size[0] * sx) / 2 + panX;
        double oy = (area.height - size[1] * sy) / 2 + panY;
        return new double[] { ox, oy, sx, sy };
    }

    private void setCrosshairFromScreen(int x, int y) {
        if (scene == null) {
            return;
        }
        double[] t = transform();
        double u = (x - t[0]) / t[2] - 0.5;
        double v = (y - t[1]) / t[3] - 0.5;
        crosshairUv = new double[] { u, v };
        redraw();
        crosshairListener.accept(scene.slicer().patientMm(orientation, slice, u, v));
    }

    private void readout(int x, int y) {
        if (scene == null) {
            return;
        }
        double[] t = transform();
        double u = (x - t[0]) / t[2] - 0.5;
        double v = (y - t[1]) / t[3] - 0.5;
        int[] size = scene.slicer().size(orientation);
        if (u < -0.5 || v < -0.5 || u > size[0] - 0.5 || v > size[1] - 0.5) {
            readoutListener.accept("");
            return;
        }
        double[] r = scene.readout(orientation, slice, u, v);
        readoutListener.accept(String.format(Locale.ROOT, "%s (%.1f, %.1f, %.1f) mm LPS   %.0f HU%s", orientation.label(), r[0], r[1], r[2], r[3],
                Double.isNaN(r[4]) ? "" : String.format(Locale.ROOT, "   dose %.1f Gy", r[4])));
    }

    /** Paints completed so far (for tests and the scrolling benchmark). */
    public long paints() {
        return paints;
    }

    private void paint(GC gc) {
        paints++;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(area);
        if (scene == null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
            gc.drawText("No case open", 10, 10, true);
            return;
        }
        int[] size = scene.slicer().size(orientation);
        short[] hu = scene.slicer().slice(orientation, slice);
        byte[] pixels = window.toGray(hu, new byte[hu.length]);
        ImageData data = new ImageData(size[0], size[1], 8, gray);
        int stride = data.bytesPerLine;
        for (int v = 0; v < size[1]; v++) {
            System.arraycopy(pixels, v * size[0], data.data, v * stride, size[0]);
        }
        double[] t = transform();
        Image image = new Image(getDisplay(), data);
        try {
            gc.setInterpolation(SWT.LOW);
            gc.drawImage(image, 0, 0, size[0], size[1], (int) Math.round(t[0]), (int) Math.round(t[1]), (int) Math.round(size[0] * t[2]),
                    (int) Math.round(size[1] * t[3]));
        } finally {
            image.dispose();
        }
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(2);
        java.util.Set<String> hidden = new java.util.HashSet<>();
        for (org.opensabt.model.Structure s : org.opensabt.contour.CaseContents.structures(scene.patientCase())) {
            if (!layers.shows(s)) {
                hidden.add(s.getName());
            }
        }
        for (SliceScene.Outline outline : scene.outlines(orientation, slice)) {
            if (hidden.contains(outline.name())) {
                continue;
            }
            Color c = new Color(outline.colorRgb()[0], outline.colorRgb()[1], outline.colorRgb()[2]);
            gc.setForeground(c);
            drawSegments(gc, outline.segments(), t);
        }
        List<SliceScene.Isodose> isodoses = scene.isodoses(orientation, slice, ISODOSE_PERCENTS);
        for (int i = 0; i < isodoses.size(); i++) {
            if (!layers.showsIsodose(i)) {
                continue;
            }
            gc.setForeground(new Color(ISODOSE_COLORS[i]));
            gc.setLineWidth(ISODOSE_WIDTHS[i]);
            if (org.opensabt.viewer.IsodoseStyle.DEFAULTS.get(i).dashed()) {
                gc.setLineDash(ISODOSE_DASH);
            }
            for (double[] line : org.opensabt.viewer.IsoLines.polylines(isodoses.get(i).segments())) {
                int[] xy = new int[line.length];
                for (int j = 0; j < line.length; j += 2) {
                    xy[j] = screenX(line[j], t);
                    xy[j + 1] = screenY(line[j + 1], t);
                }
                gc.drawPolyline(xy);
            }
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        gc.setLineWidth(2);
        gc.setForeground(new Color(NEEDLE_COLOR));
        if (layers.showsNeedles()) {
            for (SliceScene.NeedleTrace n : scene.needles(orientation, slice, 1.5)) {
                gc.drawLine(screenX(n.u0(), t), screenY(n.v0(), t), screenX(n.u1(), t), screenY(n.v1(), t));
            }
        }
        gc.setBackground(new Color(SEED_COLOR));
        for (SliceScene.SeedMark s : layers.showsSeeds() ? scene.seeds(orientation, slice, 1.5) : List.<SliceScene.SeedMark>of()) {
            int x = (int) Math.round(t[0] + (s.u() + 0.5) * t[2]);
            int y = (int) Math.round(t[1] + (s.v() + 0.5) * t[3]);
            gc.fillOval(x - 3, y - 3, 7, 7);
        }
        if (highlightedSeed != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            for (SliceScene.SeedMark s : scene.seeds(orientation, slice, 1.5)) {
                if (s.seedId().equals(highlightedSeed)) {
                    gc.drawOval(screenX(s.u(), t) - 7, screenY(s.v(), t) - 7, 14, 14);
                }
            }
        }
        if (seedPreviewUv != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawOval(screenX(seedPreviewUv[0], t) - 5, screenY(seedPreviewUv[1], t) - 5, 10, 10);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        gc.setLineWidth(1);
        gc.setAntialias(SWT.OFF);
        if (crosshairUv != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GREEN));
            gc.setLineDash(new int[] { 4, 4 });
            int x = (int) Math.round(t[0] + (crosshairUv[0] + 0.5) * t[2]);
            int y = (int) Math.round(t[1] + (crosshairUv[1] + 0.5) * t[3]);
            gc.drawLine(x, 0, x, area.height);
            gc.drawLine(0, y, area.width, y);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        paintMeasure(gc, t);
        paintTool(gc, t);
        annotate(gc, area, t);
    }

    /** The measured distance: a line with end ticks and its length in mm on a black box. */
    private void paintMeasure(GC gc, double[] t) {
        measureLabelBounds = null;
        if (measureUv == null || measureSlice != slice) {
            return;
        }
        int x0 = screenX(measureUv[0], t), y0 = screenY(measureUv[1], t), x1 = screenX(measureUv[2], t), y1 = screenY(measureUv[3], t);
        for (int pass = 0; pass < 2; pass++) { // white on a black halo: visible over air and bone
            gc.setForeground(getDisplay().getSystemColor(pass == 0 ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
            gc.setLineWidth(pass == 0 ? 3 : 1);
            gc.drawLine(x0, y0, x1, y1);
            gc.drawOval(x0 - 2, y0 - 2, 4, 4);
            gc.drawOval(x1 - 2, y1 - 2, 4, 4);
        }
        gc.setLineWidth(1);
        measureLabelBounds = boxedText(gc, String.format(Locale.ROOT, "%.1f mm", measuredMm()), x1 + 6, y1 + 4);
    }

    private static String isodoseLabel(int i, double rxGy) {
        return String.format(Locale.ROOT, "%.0f%% %s Gy", ISODOSE_PERCENTS[i], StructureLegend.gy(rxGy * ISODOSE_PERCENTS[i] / 100));
    }

    /** White text on an opaque black box (readable over bone and metal); returns the box. */
    private Rectangle boxedText(GC gc, String text, int x, int y) {
        org.eclipse.swt.graphics.Point size = gc.textExtent(text);
        Rectangle box = new Rectangle(x - 2, y - 1, size.x + 4, size.y + 2);
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(box);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.drawText(text, x, y, true);
        return box;
    }

    /** The polygon being drawn, or the brush's outline and stroke, in the active tool's colour. */
    private void paintTool(GC gc, double[] t) {
        if (!editing()) {
            return;
        }
        gc.setForeground(getDisplay().getSystemColor(tool == Tool.ERASER ? SWT.COLOR_RED : SWT.COLOR_YELLOW));
        gc.setLineWidth(tool == Tool.POLYGON ? 2 : 1);
        for (int i = 0; i + 1 < stroke.size(); i++) {
            gc.drawLine(screenX(stroke.get(i)[0], t), screenY(stroke.get(i)[1], t), screenX(stroke.get(i + 1)[0], t), screenY(stroke.get(i + 1)[1], t));
        }
        if (tool == Tool.POLYGON && !stroke.isEmpty() && mouse != null) {
            double[] last = stroke.get(stroke.size() - 1);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(screenX(last[0], t), screenY(last[1], t), mouse[0], mouse[1]);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        if (tool != Tool.POLYGON && mouse != null) {
            int rx = (int) Math.round(brushRadiusMm / scene.slicer().pixelMm(orientation)[0] * t[2]);
            int ry = (int) Math.round(brushRadiusMm / scene.slicer().pixelMm(orientation)[1] * t[3]);
            gc.drawOval(mouse[0] - rx, mouse[1] - ry, 2 * rx, 2 * ry);
        }
        gc.setLineWidth(1);
    }

    private static int screenX(double u, double[] t) {
        return (int) Math.round(t[0] + (u + 0.5) * t[2]);
    }

    private static int screenY(double v, double[] t) {
        return (int) Math.round(t[1] + (v + 0.5) * t[3]);
    }

    private static void drawSegments(GC gc, List<double[]> segments, double[] t) {
        for (double[] s : segments) {
            gc.drawLine((int) Math.round(t[0] + (s[0] + 0.5) * t[2]), (int) Math.round(t[1] + (s[1] + 0.5) * t[3]),
                    (int) Math.round(t[0] + (s[2] + 0.5) * t[2]), (int) Math.round(t[1] + (s[3] + 0.5) * t[3]));
        }
    }

    /** Orientation letters, the slice's position in mm, the window and a 10 mm ruler. */
    private void annotate(GC gc, Rectangle area, double[] t) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        String[] letters = orientation.edgeLetters();
        int h = gc.getFontMetrics().getHeight();
        boxedText(gc, letters[0], 4, area.height / 2 - h / 2);
        boxedText(gc, letters[1], area.width - gc.textExtent(letters[1]).x - 4, area.height / 2 - h / 2);
        boxedText(gc, letters[2], area.width / 2 - gc.textExtent(letters[2]).x / 2, 2);
        boxedText(gc, letters[3], area.width / 2 - gc.textExtent(letters[3]).x / 2, area.height - h - 2);
        double[] p = scene.slicer().patientMm(orientation, slice, 0, 0);
        double position = orientation == Orientation.AXIAL ? p[2] : orientation == Orientation.CORONAL ? p[1] : p[0];
        String axis = orientation == Orientation.AXIAL ? "z" : orientation == Orientation.CORONAL ? "y" : "x";
        // on a black ground, readable over bone and metal
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(String.format(Locale.ROOT, "%s %d/%d  %s = %.1f mm", orientation.label(), slice + 1, scene.slicer().count(orientation), axis, position),
                4, 4 + h, false);
        gc.drawText(String.format(Locale.ROOT, "W %.0f / L %.0f HU", window.widthHu(), window.centreHu()), 4, 4 + 2 * h, false);
        // isodose legend at the bottom left on black boxes: each shown level's dash sample, % and Gy (in rows as the width allows)
        if (scene.hasDose() && scene.plan().getPrescriptionDoseGy() > 0) {
            double rx = scene.plan().getPrescriptionDoseGy();
            List<int[]> at = new java.util.ArrayList<>(); // {level, x, row}
            int x = 4;
            int row = 0;
            for (int i = 0; i < ISODOSE_PERCENTS.length; i++) {
                if (!layers.showsIsodose(i)) {
                    continue;
                }
                int w = 22 + gc.textExtent(isodoseLabel(i, rx)).x + 10;
                if (x > 4 && x + w > area.width - 4) {
                    x = 4;
                    row++;
                }
                at.add(new int[] { i, x, row });
                x += w;
            }
            for (int[] a : at) {
                int i = a[0];
                int y = area.height - (row - a[2] + 1) * (h + 4);
                String label = isodoseLabel(i, rx);
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.fillRectangle(a[1] - 2, y - 2, 22 + gc.textExtent(label).x + 8, h + 4);
                gc.setForeground(new Color(ISODOSE_COLORS[i]));
                gc.setLineWidth(ISODOSE_WIDTHS[i]);
                gc.setLineDash(new int[] { 4, 2 });
                gc.drawLine(a[1], y + h / 2, a[1] + 18, y + h / 2);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setLineWidth(1);
                gc.drawText(label, a[1] + 22, y, true);
            }
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        }
        // 10 mm ruler
        double pxPerMm = t[2] / scene.slicer().pixelMm(orientation)[0];
        int length = (int) Math.round(10 * pxPerMm);
        int x1 = area.width - 12;
        int y = 2 * h + 10; // top right, clear of the letters and the isodose legend
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(x1 - length - 3, y - 4, length + 7, 9); // the bar on black too
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.drawLine(x1 - length, y, x1, y);
        gc.drawLine(x1 - length, y - 3, x1 - length, y + 3);
        gc.drawLine(x1, y - 3, x1, y + 3);
        rulerLabelBounds = boxedText(gc, "10 mm", x1 - gc.textExtent("10 mm").x, y - h - 3);
    }
}
