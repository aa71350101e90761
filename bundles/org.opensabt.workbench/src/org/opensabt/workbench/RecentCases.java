package org.opensabt.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;

/** File ▸ Open Recent: the last {@value #MAX} case folders opened, newest first, kept in the workbench's preferences. */
public final class RecentCases {

    public static final int MAX = 8;
    static final String NODE = "org.opensabt.workbench";
    static final String KEY = "recentCases";

    private RecentCases() {
    }

    /** The recent case folders, newest first. */
    public static List<Path> list() {
        List<Path> cases = new ArrayList<>();
        for (String line : prefs().get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                cases.add(Path.of(line));
            }
        }
        return cases;
    }

    /** Puts a case folder first in the list (at most {@value #MAX}). */
    public static void add(Path caseFolder) {
        Path folder = caseFolder.toAbsolutePath().normalize();
        List<Path> cases = list();
        if (!cases.isEmpty() && cases.get(0).equals(folder)) {
            return;
        }
        cases.remove(folder);
        cases.add(0, folder);
        List<String> lines = cases.stream().limit(MAX).map(Path::toString).toList();
        IEclipsePreferences prefs = prefs();
        prefs.put(KEY, String.join("\n", lines));
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // kept for this session
        }
    }

    public static void clear() {
        prefs().remove(KEY);
    }

    /** Fills the Open Recent menu: "1 sts-001  /path/to/sts-001", … (a folder that is gone is shown disabled). */
    static void fill(IMenuManager menu, IWorkbenchWindow window) {
        List<Path> cases = list();
        if (cases.isEmpty()) {
            Action none = new Action("(no recent cases)") {
            };
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        int n = 1;
        for (Path folder : cases) {
            Action open = new Action("&" + n++ + " " + folder.getFileName() + "  " + folder.toString().replace("&", "&&")) {
                @Override
                public void run() {
                    OpenCase.open(folder);
                }
            };
            open.setEnabled(Files.isDirectory(folder));
            menu.add(open);
        }
    }

    private static IEclipsePreferences prefs() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
