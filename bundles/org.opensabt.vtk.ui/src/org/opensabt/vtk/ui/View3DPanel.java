package org.opensabt.vtk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.opengl.GLCanvas;
import org.eclipse.swt.opengl.GLData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.opensabt.viewer.Scene3D;
import org.opensabt.vtk.VtkRuntime;
import org.opensabt.vtk.VtkScene;

import vtk.vtkGenericOpenGLRenderWindow;

/**
 * The 3D view: VTK renders into an SWT {@link GLCanvas} through a {@code vtkGenericOpenGLRenderWindow}
 * (no AWT). Left drag rotates, wheel zooms, a click picks (the object and point, in mm, show in the
 * status line); buttons reset the view and save a PNG. Where VTK or a display is missing the panel
 * says why and creates no render window (Debian's VTK aborts the JVM without a display).
 */
public final class View3DPanel extends Composite {

    private final Label status;
    private final GLCanvas canvas;
    private vtkGenericOpenGLRenderWindow window;
    private VtkScene scene;
    private int[] dragStart;
    private boolean dragged;
    private org.eclipse.swt.graphics.Point cameraSize;
    private boolean autoFramed;
    private boolean shellsTranslucent = true;
    private final java.util.Map<String, Boolean> visible = new java.util.HashMap<>();

    public View3DPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        VtkRuntime.Availability vtk = VtkRuntime.availability();
        if (!vtk.available()) {
            Label why = new Label(this, SWT.WRAP);
            why.setText("3D view unavailable: " + vtk.reason());
            why.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            status = why;
            canvas = null;
            return;
        }
        Composite bar = new Composite(this, SWT.NONE);
        org.eclipse.swt.layout.RowLayout rows = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.center = true;
        bar.setLayout(rows);
        GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false);
        barData.widthHint = 100; // wraps to the view's width instead of widening it
        bar.setLayoutData(barData);
        Button reset = new Button(bar, SWT.PUSH);
        reset.setText("Reset view");
        reset.addListener(SWT.Selection, e -> resetView());
        Button save = new Button(bar, SWT.PUSH);
        save.setText("Save screenshot…");
        save.addListener(SWT.Selection, e -> saveScreenshotDialog());
        String[][] groups = { { Scene3D.Kind.STRUCTURE.name(), "Structures" }, { Scene3D.Kind.SKIN.name(), "Skin" },
                { Scene3D.Kind.ISODOSE.name(), "Isodoses" }, { VtkScene.NEEDLES, "Needles" }, { VtkScene.SEEDS, "Seeds" },
                { VtkScene.TEMPLATE, "Template" } };
        for (String[] group : groups) {
            Button toggle = new Button(bar, SWT.CHECK);
            toggle.setText(group[1]);
            toggle.setSelection(true);
            toggle.addListener(SWT.Selection, e -> setVisible(group[0], toggle.getSelection()));
        }
        Button translucent = new Button(bar, SWT.CHECK);
        translucent.setText("See-through");
        translucent.setToolTipText("Skin, isodose and template shells translucent (slower) or opaque");
        translucent.setSelection(true);
        translucent.addListener(SWT.Selection, e -> setShellsTranslucent(translucent.getSelection()));
        status = new Label(this, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.widthHint = 100;
        status.setLayoutData(statusData);
        GLData data = new GLData();
        data.doubleBuffer = true;
        data.depthSize = 24;
        canvas = new GLCanvas(this, SWT.NO_BACKGROUND, data);
        GridData canvasData = new GridData(SWT.FILL, SWT.FILL, true, true);
        canvasData.widthHint = 100;
        canvasData.heightHint = 100;
        canvas.setLayoutData(canvasData);
        canvas.addListener(SWT.Paint, e -> render());
        canvas.addListener(SWT.Resize, e -> render());
        canvas.addListener(SWT.MouseDown, e -> {
            dragStart = new int[] { e.x, e.y };
            dragged = false;
        });
        canvas.addListener(SWT.MouseMove, this::drag);
        canvas.addListener(SWT.MouseUp, e -> {
            if (dragStart != null && !dragged && e.button == 1) {
                pickAt(e.x, e.y);
            }
            dragStart = null;
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if (scene != null) {
                userMovedCamera();
                scene.zoom(e.count > 0 ? 1.1 : 1 / 1.1);
                render();
            }
        });
        canvas.addListener(SWT.Dispose, e -> {
            if (window != null) {
                window.Finalize();
            }
        });
        setStatus("No case open");
    }

    /** Whether VTK renders here (else the panel shows the reason). */
    public boolean available() {
        return canvas != null;
    }

    public GLCanvas canvas() {
        return canvas;
    }

    public VtkScene scene() {
        return scene;
    }

    public String statusText() {
        return status.getText();
    }

    public void setScene(Scene3D scene3d) {
        setScene(scene3d == null || canvas == null ? null : new VtkScene(scene3d), scene3d);
    }

    /** Shows a scene made beforehand (e.g. off the UI thread) from {@code scene3d}; null clears the view. */
    public void setScene(VtkScene made, Scene3D scene3d) {
        if (canvas == null) {
            return;
        }
        ensureWindow();
        if (scene != null) {
            window.RemoveRenderer(scene.renderer());
        }
        scene = made;
        autoFramed = false;
        cameraSize = null; // framed again at the first render of its real size
        if (scene != null) {
            window.AddRenderer(scene.renderer());
            visible.forEach(scene::setVisible);
            scene.setShellsTranslucent(shellsTranslucent);
            setStatus(scene.describe() + (scene3d.notes().isEmpty() ? "" : "; " + String.join("; ", scene3d.notes())));
        }
        render();
    }

    private void ensureWindow() {
        if (window != null) {
            return;
        }
        canvas.setCurrent();
        window = new vtkGenericOpenGLRenderWindow();
        window.SetMultiSamples(0); // multisampling costs llvmpipe 3× the frame time
        window.SetReadyForRendering(true);
        window.InitializeFromCurrentContext();
        window.SetIsCurrent(true);
    }

    /** Shows or hides one surface by name (see {@link VtkScene#setSurfaceVisible}). */
    public void setSurfaceVisible(String name, boolean visible) {
        if (scene != null) {
            scene.setSurfaceVisible(name, visible);
            render();
        }
    }

    /** Shells translucent or opaque (see {@link VtkScene#setShellsTranslucent}). */
    public void setShellsTranslucent(boolean translucent) {
        shellsTranslucent = translucent;
        if (scene != null) {
            scene.setShellsTranslucent(translucent);
            render();
        }
    }

    /** Turns the camera (degrees) and renders. */
    public void rotate(double azimuthDegrees, double elevationDegrees) {
        if (scene != null) {
            userMovedCamera();
            scene.rotate(azimuthDegrees, elevationDegrees);
            render();
        }
    }

    public void resetView() {
        if (scene != null) {
            autoFramed = false;
            scene.resetCamera();
            render();
        }
    }

    /** Shows or hides a group of objects (see {@link VtkScene#setVisible}). */
    public void setVisible(String group, boolean visible) {
        this.visible.put(group, visible);
        if (scene != null) {
            scene.setVisible(group, visible);
            render();
        }
    }

    /** Renders now into the canvas and shows the frame. */
    public void render() {
        if (canvas == null || canvas.isDisposed() || window == null) {
            return;
        }
        var size = canvas.getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        canvas.setCurrent();
        window.SetSize(size.x, size.y);
        if (scene != null && !autoFramed && !size.equals(cameraSize)) {
            scene.resetCamera(); // the framing depends on the viewport's aspect
            cameraSize = size;
        }
        window.Render();
        canvas.swapBuffers();
    }

    private void userMovedCamera() {
        autoFramed = true; // the user's view is kept from now on, also on resize
    }

    private void drag(Event e) {
        if (dragStart == null || scene == null) {
            return;
        }
        int dx = e.x - dragStart[0];
        int dy = e.y - dragStart[1];
        if (Math.abs(dx) + Math.abs(dy) < 2) {
            return;
        }
        dragged = true;
        userMovedCamera();
        dragStart[0] = e.x;
        dragStart[1] = e.y;
        rotate(-dx * 0.5, dy * 0.5);
    }

    /** Picks at a canvas pixel (SWT coordinates, y down) and shows what was hit; returns it or null. */
    public VtkScene.Pick pickAt(int x, int y) {
        if (scene == null) {
            return null;
        }
        VtkScene.Pick pick = scene.pick(x, canvas.getSize().y - 1 - y);
        setStatus(pick == null ? "nothing there" : String.format(Locale.ROOT, "%s at (%.1f, %.1f, %.1f) mm LPS", pick.name(), pick.positionMm()[0],
                pick.positionMm()[1], pick.positionMm()[2]));
        return pick;
    }

    /** The canvas pixel (SWT coordinates, y down) of a patient point. */
    public int[] canvasPoint(double[] patientMm) {
        double[] d = scene.displayPoint(patientMm);
        return new int[] { (int) Math.round(d[0]), canvas.getSize().y - 1 - (int) Math.round(d[1]) };
    }

    public void saveScreenshot(Path file) throws IOException {
        render();
        VtkScene.writePng(window, file);
    }

    private void saveScreenshotDialog() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png" });
        dialog.setFileName("3d-view.png");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            saveScreenshot(Path.of(file));
            setStatus("saved " + file);
        } catch (IOException e) {
            setStatus("could not save " + file + ": " + e.getMessage());
        }
    }

    private void setStatus(String text) {
        status.setText(text);
        layout(true, true);
    }
}
