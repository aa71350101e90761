package org.opensabt.viewer.ui;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * The workbench's Edit ▸ Undo and Redo (commands {@code org.eclipse.ui.edit.undo}/{@code redo}, Ctrl+Z and
 * Ctrl+Y / Ctrl+Shift+Z) on the {@link CaseSession}'s command stack: enabled when there is an edit to undo
 * (redo), and the menu item names it ("Undo Add plan ui-plan-1"). Declared in plugin.xml as
 * {@code UndoRedoHandler:undo} and {@code UndoRedoHandler:redo}.
 */
public final class UndoRedoHandler extends AbstractHandler implements IExecutableExtension, IElementUpdater {

    public static final String UNDO = "org.eclipse.ui.edit.undo";
    public static final String REDO = "org.eclipse.ui.edit.redo";

    private boolean redo;
    private final Runnable listener = this::stackChanged;
    private boolean listening;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        redo = "redo".equals(data);
        listen();
    }

    private void listen() {
        if (!listening) {
            listening = true;
            CaseSession.get().addEditListener(listener);
            stackChanged();
        }
    }

    private void stackChanged() {
        CaseSession session = CaseSession.get();
        setBaseEnabled(redo ? session.redoLabel() != null : session.undoLabel() != null);
        if (PlatformUI.isWorkbenchRunning() && Display.getCurrent() != null) {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            if (commands != null) {
                commands.refreshElements(redo ? REDO : UNDO, null);
            }
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (redo) {
            CaseSession.get().redo();
        } else {
            CaseSession.get().undo();
        }
        return null;
    }

    /** "Undo Add plan ui-plan-1" / "Redo …", or plain "Undo"/"Redo" when there is nothing to do. */
    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        element.setText(label(redo, redo ? CaseSession.get().redoLabel() : CaseSession.get().undoLabel()));
    }

    static String label(boolean redo, String edit) {
        String verb = redo ? "&Redo" : "&Undo";
        return edit == null ? verb : verb + " " + edit.replace("&", "&&");
    }

    @Override
    public void dispose() {
        CaseSession.get().removeEditListener(listener);
        listening = false;
        super.dispose();
    }
}
