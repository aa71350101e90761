package org.opensabt.report.ui;

import static org.opensabt.ui.testing.UiHarness.settle;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/** The workbench's Plan menu and status line, stood in by a shell for the report actions' UI tests. */
final class PlanMenuStandIn {

    private PlanMenuStandIn() {
    }

    /**
     * A Plan menu with one item {@code itemText} that calls {@code action} with a status consumer (as the handler does), and
     * the status line it writes to.
     */
    static Label stand(Shell shell, String itemText, Consumer<Consumer<String>> action) {
        shell.setLayout(new GridLayout(1, false));
        Menu bar = new Menu(shell, SWT.BAR);
        shell.setMenuBar(bar);
        MenuItem planMenu = new MenuItem(bar, SWT.CASCADE);
        planMenu.setText("&Plan");
        Menu menu = new Menu(shell, SWT.DROP_DOWN);
        planMenu.setMenu(menu);
        Label status = new Label(shell, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.END, true, true));
        MenuItem report = new MenuItem(menu, SWT.PUSH);
        report.setText(itemText);
        report.addListener(SWT.Selection, e -> action.accept(message -> {
            status.setText(message);
            shell.layout(true, true);
        }));
        shell.open();
        settle(100);
        return status;
    }

    /** Chooses the menu item labelled {@code label}. */
    static void select(Shell shell, String label) {
        for (MenuItem top : shell.getMenuBar().getItems()) {
            for (MenuItem item : top.getMenu().getItems()) {
                if (item.getText().equals(label)) {
                    item.notifyListeners(SWT.Selection, new Event());
                    settle(50);
                    return;
                }
            }
        }
        throw new AssertionError("no menu item " + label);
    }
}
