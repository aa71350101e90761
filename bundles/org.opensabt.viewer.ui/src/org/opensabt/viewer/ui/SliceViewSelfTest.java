package org.opensabt.viewer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.store.CaseStore;
import org.opensabt.viewer.Orientation;
import org.opensabt.viewer.SliceScene;

/**
 * UI test and scrolling benchmark of the slice views on real SWT widgets (run under Xvfb by the product
 * tests): {@code -application org.opensabt.viewer.ui.selftest CASE PLAN STRUCTURE OUT_DIR}. Opens the
 * case, centres the views on the structure, checks on the pixels drawn on screen that its outline, the
 * 100 % isodose and seeds are visible, scrolls the axial view through every slice with mouse-wheel events
 * (each followed by a synchronous repaint) and prints the rate; writes slices.png. Exit code 0 only if
 * every check passed.
 */
public final class SliceViewSelfTest implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        if (args == null || args.length < 4) {
            System.err.println("usage: -application org.opensabt.viewer.ui.selftest CASE PLAN STRUCTURE OUT_DIR");
            return 2;
        }
        PatientCase c = new CaseStore().load(Path.of(args[0]));
        Plan plan = c.getPlans().stream().filter(p -> p.getPlanId().equals(args[1])).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no plan " + args[1]));
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        Display display = new Display();
        int failures = 0;
        try {
            Shell shell = new Shell(display);
            shell.setText("OpenSABT slice views (self-test)");
            shell.setLayout(new FillLayout());
            shell.setSize(1260, 800);
            SashForm sash = new SashForm(shell, SWT.VERTICAL);
            SlicesPanel panel = new SlicesPanel(sash);
            PlanPanel planPanel = new PlanPanel(sash);
            sash.setWeights(560, 240);
            SliceScene scene = new SliceScene(c, plan);
            panel.setScene(scene);
            planPanel.setCase(c, plan);
            shell.open();
            double[] centre = scene.centroidMm(args[2]);
            if (centre == null) {
                throw new IllegalArgumentException("no structure " + args[2] + " (have " + scene.structureNames() + ")");
            }
            panel.showPoint(centre);
            settle(display, 800);

            SliceCanvas axial = panel.views().get(0);
            RGB structure = structureColor(c, args[2]);
            for (RGB other : new RGB[] { SliceCanvas.ISODOSE_COLORS[1], SliceCanvas.SEED_COLOR }) {
                if (Math.abs(other.red - structure.red) + Math.abs(other.green - structure.green) + Math.abs(other.blue - structure.blue) < 120) {
                    throw new IllegalArgumentException(args[2] + "'s colour " + structure + " is too close to " + other + " to tell them apart on screen");
                }
            }
            for (SliceCanvas view : panel.views()) {
                int[] counts = count(display, view, structure, SliceCanvas.ISODOSE_COLORS[1], SliceCanvas.SEED_COLOR);
                boolean ok = counts[0] > 50 && counts[1] > 50 && counts[2] > 10;
                failures += ok ? 0 : 1;
                System.out.printf(Locale.ROOT, "%s %s view, slice %d: %d %s outline pixels, %d pixels of the 100 %% isodose, %d seed pixels%n",
                        ok ? "ok  " : "FAIL", view.orientation().label(), view.slice() + 1, counts[0], args[2], counts[1], counts[2]);
            }
            // the plan panel: the metrics table has the target's D90 in Gy; the DVH shows the structure's curve
            boolean d90 = false;
            for (TableItem item : planPanel.metricsTable().getItems()) {
                d90 |= item.getText(0).equalsIgnoreCase(args[2]) && item.getText(1).equals("D90") && item.getText(3).equals("Gy");
            }
            int dvhPixels = count(display, planPanel.dvhCanvas(), structure)[0];
            boolean planOk = d90 && dvhPixels > 100;
            failures += planOk ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s plan panel: %d metrics rows (%s D90 in Gy: %s), %d pixels of its DVH curve%n", planOk ? "ok  " : "FAIL",
                    planPanel.metricsTable().getItemCount(), args[2], d90 ? "yes" : "no", dvhPixels);
            capture(display, shell, out.resolve("slices.png"));

            // scrolling: wheel events through every axial slice and back, each repainted before the next
            int n = scene.slicer().count(Orientation.AXIAL);
            axial.setSlice(0);
            axial.update();
            double[] rates = new double[3];
            for (int pass = 0; pass < 3; pass++) {
                long t0 = System.nanoTime();
                int steps = 0;
                for (int direction : new int[] { 1, -1 }) {
                    for (int i = 0; i < n - 1; i++) {
                        int before = axial.slice();
                        long paintsBefore = axial.paints();
                        Event e = new Event();
                        e.count = direction;
                        axial.notifyListeners(SWT.MouseVerticalWheel, e);
                        axial.update();
                        long deadline = System.nanoTime() + 2_000_000_000L;
                        while (axial.paints() == paintsBefore && System.nanoTime() < deadline) {
                            if (!display.readAndDispatch()) {
                                Thread.onSpinWait();
                            }
                        }
                        if (axial.slice() != before + direction || axial.paints() == paintsBefore) {
                            failures++;
                            System.out.println("FAIL wheel event at axial slice " + before + ": now slice " + axial.slice() + ", repainted "
                                    + (axial.paints() - paintsBefore) + " times");
                        }
                        steps++;
                    }
                }
                rates[pass] = steps / ((System.nanoTime() - t0) / 1e9);
            }
            Arrays.sort(rates);
            boolean fast = rates[1] >= 30;
            System.out.printf(Locale.ROOT, "%s axial scrolling with repaint: median %.0f slices/s over 3 passes of %d slices (%s; target >= 30)%n",
                    fast ? "ok  " : "SLOW", rates[1], 2 * (n - 1), Arrays.toString(Arrays.stream(rates).map(r -> Math.round(r)).toArray()));
            System.out.printf(Locale.ROOT, "result failures=%d scrollSlicesPerSecond=%.1f%n", failures, rates[1]);
            shell.dispose();
        } finally {
            display.dispose();
        }
        return failures == 0 ? IApplication.EXIT_OK : 1;
    }

    @Override
    public void stop() {
    }

    private static void settle(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static RGB structureColor(PatientCase c, String name) {
        for (var s : org.opensabt.contour.CaseContents.structures(c)) {
            if (s.getName().equalsIgnoreCase(name) && s.getColorRgb().size() == 3) {
                return new RGB(s.getColorRgb().get(0), s.getColorRgb().get(1), s.getColorRgb().get(2));
            }
        }
        return new RGB(255, 255, 0);
    }

    /** Pixels of each colour (within 40 per channel, as antialiasing blends edges) on the control as shown on screen. */
    private static int[] count(Display display, Control control, RGB... colors) {
        ImageData data = grab(display, control.toDisplay(0, 0), control.getSize());
        int[] counts = new int[colors.length];
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB p = data.palette.getRGB(data.getPixel(x, y));
                for (int i = 0; i < colors.length; i++) {
                    if (Math.abs(p.red - colors[i].red) < 40 && Math.abs(p.green - colors[i].green) < 40 && Math.abs(p.blue - colors[i].blue) < 40) {
                        counts[i]++;
                    }
                }
            }
        }
        return counts;
    }

    private static ImageData grab(Display display, Point origin, Point size) {
        Image image = new Image(display, size.x, size.y);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void capture(Display display, Shell shell, Path file) {
        Rectangle b = shell.getBounds();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { grab(display, new Point(b.x, b.y), new Point(b.width, b.height)) };
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }
}
