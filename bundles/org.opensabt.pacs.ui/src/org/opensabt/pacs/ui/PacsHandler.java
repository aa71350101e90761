package org.opensabt.pacs.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.opensabt.viewer.ui.CaseSession;
import org.opensabt.viewer.ui.HandlerShells;

/** File ▸ Query/Retrieve from PACS… opens the {@link PacsDialog}. */
public final class PacsHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        new PacsDialog(HandlerShells.live(event), CaseSession.get()).open();
        return null;
    }
}
