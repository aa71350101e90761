package org.opensabt.viewer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** What the workbench's self-test applications share: event pumping, screen grabs, case folder copies. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Dispatches events for a while. */
    public static void settle(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                sleep(10);
            }
        }
    }

    /** Dispatches events until the condition holds or the time is up, then a little longer. */
    public static void waitFor(Display display, BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
        settle(display, 200);
    }

    /** The pixels of a control as shown on screen. */
    public static ImageData grab(Display display, Control control) {
        return grab(display, control.toDisplay(0, 0), control.getSize());
    }

    public static ImageData grab(Display display, Point origin, Point size) {
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

    /** A screenshot of a shell as PNG. */
    public static void capture(Display display, Shell shell, Path file) {
        shell.update();
        Rectangle b = shell.getBounds();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { grab(display, new Point(b.x, b.y), new Point(b.width, b.height)) };
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** Copies a folder (e.g. a case, to edit it without touching the original). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
