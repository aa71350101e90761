package org.opensabt.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.opensabt.model.PatientCase;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.PlanningControls;

/**
 * What every UI test fragment shares (the one harness; tests run on the SWT display's thread, see
 * bundles/ui-tests/pom.xml): event pumping, real mouse/key/selection events, pixels of controls as shown
 * on screen, screenshots under target/ui-test, and a synthetic planned case made through the planning panel.
 */
public final class UiHarness {

    private UiHarness() {
    }

    /**
     * The SWT display, on the thread the tests run on (tycho-surefire runs them on the main thread; the first
     * call creates the display there, as the workbench does).
     */
    public static Display display() {
        Display display = Display.getDefault();
        if (display.getThread() != Thread.currentThread()) {
            throw new IllegalStateException("UI tests must run on the display's thread, not " + Thread.currentThread().getName());
        }
        return display;
    }

    /** A top-level shell with a fill layout, not yet open. */
    public static Shell shell(String title, int widthPx, int heightPx) {
        Shell shell = new Shell(display(), SWT.SHELL_TRIM);
        shell.setText(title);
        shell.setLayout(new FillLayout());
        shell.setSize(widthPx, heightPx);
        return shell;
    }

    /** Dispatches events for a while. */
    public static void settle(long millis) {
        Display display = display();
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
    }

    /** Dispatches events until the condition holds or the time is up, then a little longer; whether it held. */
    public static boolean waitFor(BooleanSupplier condition, int seconds) {
        Display display = display();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                sleep(5);
            }
        }
        settle(200);
        return condition.getAsBoolean();
    }

    /** The pixels of a control as shown on screen. */
    public static ImageData grab(Control control) {
        control.update();
        return grab(control.toDisplay(0, 0), control.getSize());
    }

    private static ImageData grab(Point origin, Point size) {
        Display display = display();
        Image image = new Image(display, Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Pixels of each colour (within 40 per channel, as antialiasing blends edges) on the control as shown on screen. */
    public static int[] count(Control control, RGB... colors) {
        ImageData data = grab(control);
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

    /** Pixels of a control, as shown on screen, that are not (near) white. */
    public static int inked(Control control) {
        ImageData data = grab(control);
        int n = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB p = data.palette.getRGB(data.getPixel(x, y));
                n += p.red + p.green + p.blue < 600 ? 1 : 0;
            }
        }
        return n;
    }

    /** Where the tests write screenshots and files for a person to look at (-Dopensabt.uitest.out, set by bundles/ui-tests/pom.xml). */
    public static Path outputDir() {
        Path dir = Path.of(System.getProperty("opensabt.uitest.out", "target/ui-test")).toAbsolutePath();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A screenshot of the shell as {@code outputDir()/name} (PNG); returns the file. */
    public static Path screenshot(Shell shell, String name) {
        shell.update();
        settle(100);
        Rectangle b = shell.getBounds();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { grab(new Point(b.x, b.y), new Point(b.width, b.height)) };
        Path file = outputDir().resolve(name);
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    /** A mouse event (down, up, move) at control coordinates, as the control's listeners receive it. */
    public static void mouse(Control control, int type, int[] xy, int stateMask) {
        Event e = new Event();
        e.x = xy[0];
        e.y = xy[1];
        e.button = type == SWT.MouseMove ? 0 : 1;
        e.stateMask = stateMask;
        control.notifyListeners(type, e);
    }

    /** A click (down and up) at control coordinates. */
    public static void click(Control control, int[] xy) {
        mouse(control, SWT.MouseDown, xy, 0);
        mouse(control, SWT.MouseUp, xy, 0);
    }

    /** A key press on the control. */
    public static void key(Control control, int keyCode, int stateMask) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.stateMask = stateMask;
        control.notifyListeners(SWT.KeyDown, e);
    }

    /** Presses a button as a user does (its selection listeners run); refuses a disabled one. */
    public static void press(Button button) {
        if (!button.isEnabled()) {
            throw new IllegalStateException("the button \"" + button.getText() + "\" is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The first control of a type under {@code root} (depth first) that matches. */
    public static <T extends Control> T find(Control root, Class<T> type, Predicate<T> matches) {
        if (type.isInstance(root) && matches.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, matches);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every control of {@code type} under {@code root}, in tree order (root included). */
    public static <T extends Control> java.util.List<T> all(Control root, Class<T> type) {
        java.util.List<T> found = new java.util.ArrayList<>();
        find(root, type, c -> {
            found.add(c);
            return false; // keep walking
        });
        return found;
    }

    /** Chooses {@code item} in a combo as a user does (selection, then the Selection event). */
    public static void choose(org.eclipse.swt.widgets.Combo combo, String item) {
        int i = java.util.Arrays.asList(combo.getItems()).indexOf(item);
        if (i < 0) {
            throw new AssertionError(item + " in " + java.util.Arrays.toString(combo.getItems()));
        }
        combo.select(i);
        combo.notifyListeners(SWT.Selection, new Event());
        settle(100);
    }

    /**
     * Runs {@code open} (which opens a modal dialog titled {@code title…}) and, inside the dialog's event loop,
     * {@code action} on its shell; a failure there closes the dialog and is rethrown here, as is a dialog that
     * never opened (10 s).
     */
    public static void inDialog(String title, Runnable open, java.util.function.Consumer<Shell> action) {
        Display display = display();
        Throwable[] failure = new Throwable[1];
        boolean[] found = new boolean[1];
        Runnable[] poll = new Runnable[1];
        int[] tries = new int[1];
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (!s.isDisposed() && s.isVisible() && s.getText().startsWith(title)) {
                    found[0] = true;
                    try {
                        action.accept(s);
                    } catch (Throwable t) {
                        failure[0] = t;
                        if (!s.isDisposed()) {
                            s.close();
                        }
                    }
                    return;
                }
            }
            if (++tries[0] < 400) {
                display.timerExec(25, poll[0]);
            }
        };
        display.timerExec(25, poll[0]);
        open.run();
        settle(100);
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        if (!found[0]) {
            throw new AssertionError("a dialog \"" + title + "…\" opened");
        }
    }

    /** The button labelled {@code text} under {@code root} (a trailing " *" for unsaved edits ignored). */
    public static Button button(Control root, String text) {
        Button b = find(root, Button.class, x -> x.getText().replace(" *", "").replace("&", "").equals(text));
        if (b == null) {
            throw new IllegalStateException("no button \"" + text + "\"");
        }
        return b;
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

    /**
     * A synthetic case planned as a user plans it: a 30 cc spherical GTV in a water phantom (1 mm pixels,
     * 2 mm slices) saved into {@code folder}, opened in the session, planned with the planning panel's
     * Optimise button (its defaults: Rx, seed model, needles within 35° of AP) and saved. Leaves the case
     * open in {@link CaseSession#get()} with the new plan chosen; returns the panel's status line. The test
     * runtime has the TG-43 engine, its seed models and the optimiser (this bundle requires them).
     */
    public static String plannedPhantom(Path folder) throws IOException {
        PatientCase phantom = new Phantom(30, Double.NaN, false, 1, 2).build();
        CaseStore.expectNewFolder(phantom);
        new CaseStore("OpenSABT UI tests").save(phantom, folder);
        CaseSession session = CaseSession.get();
        session.open(folder);
        if (session.problem() != null) {
            throw new IllegalStateException(session.problem());
        }
        Shell shell = shell("Planning a phantom", 520, 640);
        try {
            PlanningControls planning = new PlanningControls(shell, session);
            shell.open();
            planning.setTarget("GTV");
            press(planning.optimiseButton());
            if (planning.optimiseButton().isEnabled()) {
                throw new IllegalStateException("Optimise did not start: " + planning.statusText());
            }
            waitFor(() -> planning.optimiseButton().isEnabled(), 300);
            if (session.plan() == null) {
                throw new IllegalStateException("the phantom was not planned: " + planning.statusText());
            }
            session.save();
            return planning.statusText();
        } finally {
            shell.dispose();
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
