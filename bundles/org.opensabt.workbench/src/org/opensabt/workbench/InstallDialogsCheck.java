package org.opensabt.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Self-test of the install/update dialogs in the real workbench (product tests, under Xvfb), enabled
 * by {@code -Dopensabt.selftest.installDialogs=OUT_DIR} (and {@code ...installDialogs.site=URL}): records
 * the Help menu's items, opens p2's "Install New Software" dialog through its command, types the site
 * into "Work with" as a user would, records the dialog's title and the categories listed, saves a screenshot
 * (OUT_DIR/install-dialog.png), closes everything and exits. Results go to OUT_DIR/install-dialogs.txt.
 */
final class InstallDialogsCheck {

    static final String PROPERTY = "opensabt.selftest.installDialogs";
    static final String INSTALL_COMMAND = "org.eclipse.equinox.p2.ui.sdk.install";

    private InstallDialogsCheck() {
    }

    static void schedule(IWorkbenchWindow window) {
        String out = System.getProperty(PROPERTY);
        if (out == null) {
            return;
        }
        Path folder = Path.of(out);
        String site = System.getProperty(PROPERTY + ".site");
        Display display = window.getShell().getDisplay();
        List<String> report = new ArrayList<>();
        display.timerExec(2000, () -> {
            report.add("help menu: " + String.join(" | ", helpItems(window.getShell())));
            display.timerExec(5000, () -> {
                Shell dialog = dialog(display, window.getShell());
                if (dialog != null && site != null) {
                    // "Work with": what a user types, then Enter; p2 loads the site and lists its categories
                    Combo workWith = find(dialog, Combo.class);
                    if (workWith != null) {
                        workWith.setText(site);
                        Event enter = new Event();
                        enter.keyCode = SWT.CR;
                        enter.character = '\r';
                        workWith.notifyListeners(SWT.KeyDown, enter);
                    }
                }
                display.timerExec(10000, () -> {
                    Shell shell = dialog(display, window.getShell());
                    if (shell != null) {
                        report.add("dialog: " + shell.getText());
                        Tree tree = find(shell, Tree.class);
                        if (tree != null) {
                            List<String> rows = new ArrayList<>();
                            for (TreeItem item : tree.getItems()) {
                                rows.add(item.getText(0));
                            }
                            report.add("site lists: " + String.join(" | ", rows));
                        }
                        report.add("trust service: " + trustService());
                        screenshot(display, folder.resolve("install-dialog.png"));
                        shell.close();
                    }
                    write(folder, report);
                    display.asyncExec(() -> PlatformUI.getWorkbench().close());
                });
            });
            try {
                // opens the modal dialog; the timers above run inside its event loop
                window.getService(IHandlerService.class).executeCommand(INSTALL_COMMAND, null);
                report.add("command " + INSTALL_COMMAND + " ran");
            } catch (Exception e) {
                report.add("command " + INSTALL_COMMAND + " failed: " + e);
                write(folder, report);
            }
        });
    }

    /**
     * The UIServices factory p2's agent picks (the highest ranked; p2's certificate checker asks it about
     * untrusted signers): ours, which decides from trust/, must outrank p2's own prompt.
     */
    private static String trustService() {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(InstallDialogsCheck.class).getBundleContext();
        try {
            org.osgi.framework.ServiceReference<?>[] factories = context.getAllServiceReferences("org.eclipse.equinox.p2.core.spi.IAgentServiceFactory",
                    "(p2.agent.servicename=org.eclipse.equinox.p2.core.UIServices)");
            if (factories == null) {
                return "none";
            }
            return java.util.Collections.max(java.util.Arrays.asList(factories)).getProperty("component.name") + " (of " + factories.length + ")";
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            return e.toString();
        }
    }

    private static Shell dialog(Display display, Shell main) {
        for (Shell shell : display.getShells()) {
            if (shell != main && shell.isVisible()) {
                return shell;
            }
        }
        return null;
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control) && control.isVisible()) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> helpItems(Shell shell) {
        List<String> items = new ArrayList<>();
        Menu bar = shell.getMenuBar();
        for (MenuItem top : bar == null ? new MenuItem[0] : bar.getItems()) {
            if (top.getText().replace("&", "").equals("Help") && top.getMenu() != null) {
                top.getMenu().notifyListeners(SWT.Show, new Event()); // menu managers fill their menus on show
                for (MenuItem item : top.getMenu().getItems()) {
                    if (!item.getText().isEmpty()) {
                        items.add(item.getText().replace("&", "").replaceAll("\t.*", ""));
                    }
                }
                top.getMenu().notifyListeners(SWT.Hide, new Event());
            }
        }
        return items;
    }

    private static void screenshot(Display display, Path file) {
        Image image = new Image(display, display.getBounds());
        GC gc = new GC(display);
        try {
            Files.createDirectories(file.getParent());
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (IOException e) {
            System.err.println("install dialogs self-test: cannot save the screenshot: " + e.getMessage());
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void write(Path folder, List<String> report) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve("install-dialogs.txt"), report);
        } catch (IOException e) {
            System.err.println("install dialogs self-test: cannot write its report: " + e.getMessage());
        }
    }
}
