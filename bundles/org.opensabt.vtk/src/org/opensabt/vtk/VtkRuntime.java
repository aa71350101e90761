package org.opensabt.vtk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vtk.vtkNativeLibrary;

/**
 * Loads VTK's native libraries once, and only where rendering can work: Debian's VTK 9.1 build renders
 * through GLX alone and calls abort() (killing the JVM) when it opens a render window without an X
 * display, so the display is checked first and every failure comes back as a reason in words.
 */
public final class VtkRuntime {

    /** Where Debian's libvtk9-java puts the JNI libraries (overridden by -Dvtk.lib.dir). */
    public static final String DEBIAN_LIB_DIR = "/usr/lib/x86_64-linux-gnu/java/vtk-Linux-x86_64";

    /** Libraries the 3D view needs; the rest of VTK's 118 wrappers are not loaded. */
    private static final vtkNativeLibrary[] NEEDED = { vtkNativeLibrary.vtkCommonCore, vtkNativeLibrary.vtkCommonMath,
            vtkNativeLibrary.vtkCommonMisc, vtkNativeLibrary.vtkCommonSystem, vtkNativeLibrary.vtkCommonTransforms,
            vtkNativeLibrary.vtkCommonDataModel, vtkNativeLibrary.vtkCommonExecutionModel, vtkNativeLibrary.vtkFiltersCore,
            vtkNativeLibrary.vtkFiltersGeneral, vtkNativeLibrary.vtkFiltersSources, vtkNativeLibrary.vtkFiltersModeling,
            vtkNativeLibrary.vtkImagingCore, vtkNativeLibrary.vtkIOCore, vtkNativeLibrary.vtkIOImage, vtkNativeLibrary.vtkIOGeometry,
            vtkNativeLibrary.vtkRenderingCore, vtkNativeLibrary.vtkRenderingOpenGL2, vtkNativeLibrary.vtkRenderingUI,
            vtkNativeLibrary.vtkInteractionStyle };

    /** Whether 3D rendering is possible here, and if not, why. */
    public record Availability(boolean available, String reason) {
    }

    private static Availability availability;

    private VtkRuntime() {
    }

    /** Checks the display and loads the libraries on the first call; later calls answer the same. */
    public static synchronized Availability availability() {
        if (availability == null) {
            availability = load();
        }
        return availability;
    }

    private static Availability load() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return new Availability(false, "the 3D view uses Debian's VTK build and runs on Linux only");
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return new Availability(false, "no X display (DISPLAY is not set): VTK renders through GLX only, so the 3D view is off; "
                    + "the slice views and everything else still work");
        }
        String dir = System.getProperty("vtk.lib.dir");
        if (dir == null) {
            dir = DEBIAN_LIB_DIR;
            System.setProperty("vtk.lib.dir", dir);
        }
        if (!Files.isRegularFile(Path.of(dir, System.mapLibraryName("vtkCommonCoreJava")))) {
            return new Availability(false, "VTK's native libraries are not installed (none in " + dir + "): install the Debian package libvtk9-java");
        }
        try {
            // the wrappers link libjawt.so, which is not on the loader's search path (BUILD-FACTS)
            Path jawt = Path.of(System.getProperty("java.home"), "lib", "libjawt.so");
            if (Files.isRegularFile(jawt)) {
                System.load(jawt.toString());
            }
            List<String> failed = new ArrayList<>();
            for (vtkNativeLibrary lib : NEEDED) {
                try {
                    lib.LoadLibrary();
                } catch (UnsatisfiedLinkError e) {
                    failed.add(lib.GetLibraryName());
                    if (failed.size() == 1) {
                        failed.set(0, lib.GetLibraryName() + " (" + e.getMessage() + ")");
                    }
                }
            }
            if (!failed.isEmpty()) {
                return new Availability(false, "VTK libraries failed to load: " + String.join("; ", failed));
            }
            vtkNativeLibrary.DisableOutputWindow(null);
            return new Availability(true, "VTK " + new vtk.vtkVersion().GetVTKVersion() + " on display " + display);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return new Availability(false, "VTK could not be loaded: " + e);
        }
    }
}
