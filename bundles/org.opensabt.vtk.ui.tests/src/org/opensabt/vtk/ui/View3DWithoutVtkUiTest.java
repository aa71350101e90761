package org.opensabt.vtk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.opensabt.ui.testing.UiHarness.*;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * VTK's libraries missing (the launch "without-vtk" of this fragment's pom points -Dvtk.lib.dir at an empty
 * folder, in a JVM of its own): the 3D view says why in words, and the JVM is not killed (this test ends).
 */
class View3DWithoutVtkUiTest {

    @Test
    void withoutVtksLibrariesTheViewSaysWhyAndTheJvmLives() {
        assumeTrue(Boolean.getBoolean("opensabt.uitest.withoutVtk"), "runs in the launch without-vtk only");
        Shell shell = shell("OpenSABT 3D view without VTK (UI test)", 700, 300);
        try {
            View3DPanel panel = new View3DPanel(shell);
            shell.open();
            settle(300);
            screenshot(shell, "3d-without-vtk.png");
            assertFalse(panel.available());
            assertTrue(panel.statusText().startsWith("3D view unavailable: VTK's native libraries are not installed (none in "), panel.statusText());
            assertTrue(panel.statusText().contains("libvtk9-java"), panel.statusText());
        } finally {
            shell.dispose();
        }
    }
}
