package org.opensabt.workbench;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The folder the case explorer lists: the preference "workspace" of org.opensabt.workbench (Window ▸
 * Preferences ▸ Cases), else -Dopensabt.workspace, else ~/OpenSABT-cases.
 */
public final class CaseWorkspace {

    public static final String PROPERTY = "opensabt.workspace";
    static final String KEY = "workspace";

    private CaseWorkspace() {
    }

    public static Path folder() {
        String pref = InstanceScope.INSTANCE.getNode(RecentCases.NODE).get(KEY, "");
        if (!pref.isBlank()) {
            return Path.of(pref);
        }
        return Path.of(System.getProperty(PROPERTY, Path.of(System.getProperty("user.home"), "OpenSABT-cases").toString()));
    }

    /** Sets the folder (null or blank: back to the default). */
    public static void setFolder(Path folder) {
        var node = InstanceScope.INSTANCE.getNode(RecentCases.NODE);
        if (folder == null) {
            node.remove(KEY);
        } else {
            node.put(KEY, folder.toAbsolutePath().toString());
        }
        try {
            node.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // kept for this session
        }
    }
}
