package org.opensabt.workbench;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window ▸ Preferences ▸ Cases: the case explorer's workspace folder ({@link CaseWorkspace}). */
public final class CasesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public CasesPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, RecentCases.NODE));
        setDescription("The case explorer lists the case folders under this folder (default ~/OpenSABT-cases, or -Dopensabt.workspace).");
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(CaseWorkspace.KEY, "Workspace folder:", getFieldEditorParent()));
    }

    @Override
    public void init(IWorkbench workbench) {
    }
}
