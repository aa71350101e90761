package org.opensabt.vtk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opensabt.viewer.Scene3D;

import vtk.vtkActor;
import vtk.vtkAppendPolyData;
import vtk.vtkCellArray;
import vtk.vtkCellPicker;
import vtk.vtkCylinderSource;
import vtk.vtkDecimatePro;
import vtk.vtkFloatArray;
import vtk.vtkTypeInt32Array;
import vtk.vtkLineSource;
import vtk.vtkMassProperties;
import vtk.vtkPNGWriter;
import vtk.vtkPoints;
import vtk.vtkPolyData;
import vtk.vtkPolyDataMapper;
import vtk.vtkPolyDataNormals;
import vtk.vtkQuadricClustering;
import vtk.vtkRenderStepsPass;
import vtk.vtkRenderWindow;
import vtk.vtkRenderer;
import vtk.vtkSTLReader;
import vtk.vtkTransform;
import vtk.vtkTransformPolyDataFilter;
import vtk.vtkTubeFilter;
import vtk.vtkWindowToImageFilter;
import vtk.vtkWindowedSincPolyDataFilter;

/**
 * A {@link Scene3D} as VTK actors in one renderer: structures opaque, skin and isodose surfaces
 * translucent (surface-net meshes smoothed by a windowed-sinc filter, which keeps their volume, and
 * decimated to about 200,000 triangles in all, see {@link #TRIANGLE_BUDGET}), needles
 * as 0.5 mm tubes (thinner than the seeds on their tracks), seeds as 4.5 × 0.8 mm cylinders along their axes, template STLs. Knows which
 * object each actor shows, for picking. Call only after {@link VtkRuntime#availability()} said yes. Making one renders nothing, so
 * a view makes it off the UI thread (seconds for a real CT) and only adds its renderer to the window there.
 */
public final class VtkScene {

    public static final double[] NEEDLE_RGB = { 0.85, 0.85, 0.9 };
    public static final double[] SEED_RGB = { 0.0, 1.0, 1.0 };
    public static final double[] TEMPLATE_RGB = { 0.55, 0.75, 0.55 };
    static final double NEEDLE_RADIUS_MM = 0.25; // thinner than a seed (0.4 mm), which is drawn on its track
    /**
     * Surface triangles asked of the decimation when a scene has more: vertex decimation stops short of
     * its target on some meshes, so about 200,000 are drawn (the 3D self-test prints the count).
     */
    public static final long TRIANGLE_BUDGET = 180_000;
    /** Groups that {@link #setVisible} shows or hides besides the {@link Scene3D.Kind}s. */
    public static final String NEEDLES = "NEEDLES";
    public static final String SEEDS = "SEEDS";
    public static final String TEMPLATE = "TEMPLATE";

    /** What a pick hit: the object's name and the picked point (patient mm, LPS). */
    public record Pick(String name, double[] positionMm) {
    }

    private final vtkRenderer renderer = new vtkRenderer();
    private final Map<vtkActor, String> names = new IdentityHashMap<>();
    private final vtkCellPicker picker = new vtkCellPicker();
    private final Map<String, List<vtkActor>> byKind = new java.util.HashMap<>();
    private long sourceTriangles;
    private final Map<vtkActor, Double> shellOpacity = new IdentityHashMap<>();
    private final List<Long> needleCellEnds = new ArrayList<>();
    private final List<String> needleIds = new ArrayList<>();
    private vtkActor needlesActor;
    private long triangles;

    public VtkScene(Scene3D scene) {
        renderer.SetBackground(0.08, 0.08, 0.12);
        renderer.SetBackground2(0.25, 0.25, 0.32);
        renderer.GradientBackgroundOn();
        // the standard render steps, whose translucent step blends the shells in drawing order: VTK 9.1's
        // default order-independent transparency takes 4× the frame time under Mesa's llvmpipe
        if (!Boolean.getBoolean("opensabt.vtk.oit")) {
            renderer.SetPass(new vtkRenderStepsPass());
        }
        // surfaces (and template meshes) first, smoothed; decimated together to the triangle budget
        // each mesh in its own pipeline, so they are smoothed (and below decimated) in parallel
        List<Scene3D.Surface> shown = scene.surfaces().stream().filter(s -> s.triangleCount() > 0).toList();
        List<vtkPolyData> meshes = new ArrayList<>(shown.parallelStream().map(s -> {
            vtkWindowedSincPolyDataFilter smooth = smoothed(polyData(s.verticesMm(), s.triangles()));
            smooth.Update();
            return smooth.GetOutput();
        }).toList());
        for (Path stl : scene.templateStls()) {
            vtkSTLReader reader = new vtkSTLReader();
            reader.SetFileName(stl.toString());
            reader.Update();
            meshes.add(reader.GetOutput());
        }
        long total = meshes.stream().mapToLong(vtkPolyData::GetNumberOfCells).sum();
        sourceTriangles = total;
        List<vtkPolyData> finished = java.util.stream.IntStream.range(0, meshes.size()).parallel().mapToObj(i -> {
            vtkPolyData mesh = meshes.get(i);
            boolean template = i >= shown.size();
            if (total > TRIANGLE_BUDGET && mesh.GetNumberOfCells() > 2000) {
                double target = mesh.GetNumberOfCells() * (double) TRIANGLE_BUDGET / total;
                mesh = template ? clustered(mesh, target) : decimated(mesh, target);
            }
            vtkPolyDataNormals normals = new vtkPolyDataNormals();
            normals.SetInputData(mesh);
            normals.SplittingOff();
            if (template) { // flat shading: clustering leaves some triangles turned, which smooth normals show as dark cracks
                normals.ComputePointNormalsOff();
                normals.ComputeCellNormalsOn();
            }
            normals.Update();
            return normals.GetOutput();
        }).toList();
        for (int i = 0; i < finished.size(); i++) {
            vtkPolyData surface = finished.get(i);
            triangles += surface.GetNumberOfCells();
            if (i < shown.size()) {
                Scene3D.Surface s = shown.get(i);
                vtkActor actor = actor(surface, rgb(s.colorRgb()), s.kind() == Scene3D.Kind.STRUCTURE ? 1.0 : s.kind() == Scene3D.Kind.SKIN ? 0.22 : 0.35);
                if (s.kind() != Scene3D.Kind.STRUCTURE) {
                    shellOpacity.put(actor, actor.GetProperty().GetOpacity());
                }
                names.put(actor, s.name());
                byKind.computeIfAbsent(s.kind().name(), k -> new ArrayList<>()).add(actor);
                if (s.kind() != Scene3D.Kind.STRUCTURE) {
                    actor.PickableOff(); // translucent shells: a click goes through to what they enclose
                }
            } else {
                Path stl = scene.templateStls().get(i - shown.size());
                vtkActor actor = actor(surface, TEMPLATE_RGB, 0.6);
                shellOpacity.put(actor, 0.6);
                names.put(actor, "template " + stl.getFileName());
                byKind.computeIfAbsent(TEMPLATE, k -> new ArrayList<>()).add(actor);
            }
        }
        // needles in one actor (one draw call); a picked cell tells the needle by its cell range
        if (!scene.needles().isEmpty()) {
            vtkAppendPolyData all = new vtkAppendPolyData();
            for (Scene3D.NeedlePath n : scene.needles()) {
                vtkLineSource line = new vtkLineSource();
                line.SetPoint1(n.entryMm());
                line.SetPoint2(n.tipMm());
                vtkTubeFilter tube = new vtkTubeFilter();
                tube.SetInputConnection(line.GetOutputPort());
                tube.SetRadius(NEEDLE_RADIUS_MM);
                tube.SetNumberOfSides(10);
                tube.CappingOn();
                tube.Update();
                all.AddInputData(tube.GetOutput());
                needleCellEnds.add(needleCellEnds.isEmpty() ? tube.GetOutput().GetNumberOfCells() : needleCellEnds.get(needleCellEnds.size() - 1) + tube.GetOutput().GetNumberOfCells());
                needleIds.add(n.needleId());
            }
            all.Update();
            needlesActor = actor(all.GetOutput(), NEEDLE_RGB, 1.0);
            names.put(needlesActor, "needles");
            byKind.computeIfAbsent(NEEDLES, k -> new ArrayList<>()).add(needlesActor);
        }
        if (!scene.seeds().isEmpty()) {
            vtkAppendPolyData all = new vtkAppendPolyData();
            for (Scene3D.SeedRod seed : scene.seeds()) {
                all.AddInputData(seedCylinder(seed));
            }
            all.Update();
            vtkActor actor = actor(all.GetOutput(), SEED_RGB, 1.0);
            names.put(actor, scene.seeds().size() + " seeds");
            byKind.computeIfAbsent(SEEDS, k -> new ArrayList<>()).add(actor);
        }
        picker.SetTolerance(0.002);
        resetCamera();
    }

    public vtkRenderer renderer() {
        return renderer;
    }

    /**
     * Draws the skin, isodose and template shells translucent (their own opacity) or opaque: opaque
     * shells render about 3× faster under a software renderer.
     */
    public void setShellsTranslucent(boolean translucent) {
        shellOpacity.forEach((actor, opacity) -> actor.GetProperty().SetOpacity(translucent ? opacity : 1.0));
    }

    /** Shows or hides one surface by its name (e.g. a structure). */
    public void setSurfaceVisible(String name, boolean visible) {
        names.forEach((actor, n) -> {
            if (n.equals(name)) {
                actor.SetVisibility(visible ? 1 : 0);
                actor.SetPickable(visible && !shellOpacity.containsKey(actor) ? 1 : 0); // a hidden surface is not picked
            }
        });
    }

    /** Shows or hides a group: a {@link Scene3D.Kind}'s name, {@link #NEEDLES}, {@link #SEEDS} or {@link #TEMPLATE}. */
    public void setVisible(String group, boolean visible) {
        for (vtkActor a : byKind.getOrDefault(group, List.of())) {
            a.SetVisibility(visible ? 1 : 0);
            a.SetPickable(visible && !shellOpacity.containsKey(a) ? 1 : 0); // a hidden object is not picked
        }
    }

    /** Triangles of the surfaces and templates drawn (needles and seeds excluded). */
    public long triangleCount() {
        return triangles;
    }

    /** Triangles of the surfaces and templates before decimation. */
    public long sourceTriangleCount() {
        return sourceTriangles;
    }

    /** Views the scene from the patient's front (anterior, −y), head up, everything in view. */
    public void resetCamera() {
        var camera = renderer.GetActiveCamera();
        camera.SetFocalPoint(0, 0, 0);
        camera.SetPosition(0, -1, 0);
        camera.SetViewUp(0, 0, 1);
        renderer.ResetCamera();
        camera.Zoom(1.1);
        renderer.ResetCameraClippingRange();
    }

    /** Turns the camera about the focal point (degrees), as a mouse drag does. */
    public void rotate(double azimuthDegrees, double elevationDegrees) {
        var camera = renderer.GetActiveCamera();
        camera.Azimuth(azimuthDegrees);
        camera.Elevation(elevationDegrees);
        camera.OrthogonalizeViewUp();
        renderer.ResetCameraClippingRange();
    }

    public void zoom(double factor) {
        renderer.GetActiveCamera().Dolly(factor);
        renderer.ResetCameraClippingRange();
    }

    /** The object under a display pixel (x right, y up from the bottom, VTK's convention), or null. */
    public Pick pick(int x, int y) {
        if (picker.Pick(x, y, 0, renderer) == 0) {
            return null;
        }
        vtkActor actor = picker.GetActor();
        String name = names.get(actor);
        if (actor != null && actor == needlesActor) {
            long cell = picker.GetCellId();
            for (int i = 0; i < needleCellEnds.size(); i++) {
                if (cell < needleCellEnds.get(i)) {
                    name = "needle " + needleIds.get(i);
                    break;
                }
            }
        }
        return name == null ? null : new Pick(name, picker.GetPickPosition());
    }

    /** The display pixel (x right, y up) where a patient point is drawn. */
    public double[] displayPoint(double[] patientMm) {
        renderer.SetWorldPoint(patientMm[0], patientMm[1], patientMm[2], 1);
        renderer.WorldToDisplay();
        return renderer.GetDisplayPoint();
    }

    /** Writes what the window shows as PNG, atomically (temporary file, then renamed). */
    public static void writePng(vtkRenderWindow window, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp.png");
        vtkWindowToImageFilter grab = new vtkWindowToImageFilter();
        grab.SetInput(window);
        grab.ReadFrontBufferOff();
        grab.Update();
        vtkPNGWriter png = new vtkPNGWriter();
        png.SetFileName(tmp.toString());
        png.SetInputConnection(grab.GetOutputPort());
        png.Write();
        if (!Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
            throw new IOException("VTK wrote no image to " + tmp);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d objects, %d surface triangles drawn (%d before decimation)", names.size(), triangles, sourceTriangles);
    }

    private vtkActor actor(vtkPolyData data, double[] rgb, double opacity) {
        vtkPolyDataMapper mapper = new vtkPolyDataMapper();
        mapper.SetInputData(data);
        mapper.ScalarVisibilityOff();
        vtkActor actor = new vtkActor();
        actor.SetMapper(mapper);
        actor.GetProperty().SetColor(rgb);
        actor.GetProperty().SetOpacity(opacity);
        actor.GetProperty().SetSpecular(0.2);
        renderer.AddActor(actor);
        return actor;
    }

    private static vtkPolyData polyData(float[] verticesMm, int[] triangles) {
        vtkFloatArray coords = new vtkFloatArray();
        coords.SetNumberOfComponents(3);
        coords.SetJavaArray(verticesMm);
        vtkPoints points = new vtkPoints();
        points.SetData(coords);
        vtkTypeInt32Array connectivity = new vtkTypeInt32Array(); // SetData takes 32- or 64-bit typed arrays
        connectivity.SetJavaArray(triangles);
        vtkCellArray cells = new vtkCellArray();
        cells.SetData(3, connectivity);
        vtkPolyData data = new vtkPolyData();
        data.SetPoints(points);
        data.SetPolys(cells);
        return data;
    }

    /**
     * About {@code targetTriangles} triangles by VTK's vertex decimation (Schroeder 1992, "DecimatePro"),
     * topology not preserved: quadric edge collapse took minutes on the million-triangle skin and
     * meshes; it keeps the surfaces' orientation (smooth shading stays clean).
     */
    private static vtkPolyData decimated(vtkPolyData mesh, double targetTriangles) {
        vtkDecimatePro decimate = new vtkDecimatePro();
        decimate.SetInputData(mesh);
        decimate.SetTargetReduction(Math.max(0, 1 - targetTriangles / mesh.GetNumberOfCells()));
        decimate.PreserveTopologyOff();
        decimate.SplittingOff();
        decimate.BoundaryVertexDeletionOn();
        decimate.Update();
        return decimate.GetOutput();
    }

    /**
     * About {@code targetTriangles} triangles by quadric clustering (Lindstrom 2000, linear time), for the
     * template meshes, whose many holes stop vertex decimation short of the target: cells of size h with
     * 2·area/h² ≈ the target.
     */
    private static vtkPolyData clustered(vtkPolyData mesh, double targetTriangles) {
        vtkMassProperties props = new vtkMassProperties();
        props.SetInputData(mesh);
        props.Update();
        double h = Math.sqrt(2 * props.GetSurfaceArea() / targetTriangles);
        vtkPolyData out = clusteredInCells(mesh, h);
        if (out.GetNumberOfCells() > 1.05 * targetTriangles) { // one correction: triangles scale as 1/h²
            out = clusteredInCells(mesh, h * Math.sqrt(out.GetNumberOfCells() / targetTriangles));
        }
        return out;
    }

    private static vtkPolyData clusteredInCells(vtkPolyData mesh, double h) {
        double[] b = mesh.GetBounds();
        vtkQuadricClustering cluster = new vtkQuadricClustering();
        cluster.SetInputData(mesh);
        cluster.AutoAdjustNumberOfDivisionsOff();
        cluster.SetNumberOfDivisions(Math.max(2, (int) Math.ceil((b[1] - b[0]) / h)), Math.max(2, (int) Math.ceil((b[3] - b[2]) / h)),
                Math.max(2, (int) Math.ceil((b[5] - b[4]) / h)));
        cluster.Update();
        return cluster.GetOutput();
    }

    /** Windowed-sinc smoothing (Taubin-like, no shrinkage) of the voxel-stepped surface nets. */
    private static vtkWindowedSincPolyDataFilter smoothed(vtkPolyData data) {
        vtkWindowedSincPolyDataFilter smooth = new vtkWindowedSincPolyDataFilter();
        smooth.SetInputData(data);
        smooth.SetNumberOfIterations(15);
        smooth.SetPassBand(0.1);
        smooth.BoundarySmoothingOff();
        smooth.NonManifoldSmoothingOn();
        smooth.NormalizeCoordinatesOn();
        return smooth;
    }

    private static vtkPolyData seedCylinder(Scene3D.SeedRod seed) {
        vtkCylinderSource cylinder = new vtkCylinderSource(); // along +y, centred on the origin
        cylinder.SetHeight(Scene3D.SEED_LENGTH_MM);
        cylinder.SetRadius(Scene3D.SEED_DIAMETER_MM / 2);
        cylinder.SetResolution(12);
        double[] d = seed.directionUnit();
        // rotation taking +y to d: about y × d by the angle between them
        double[] axis = { d[2], 0, -d[0] };
        double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, d[1]))));
        vtkTransform t = new vtkTransform();
        t.Translate(seed.centreMm());
        if (Math.hypot(axis[0], axis[2]) > 1e-9) {
            t.RotateWXYZ(angle, axis);
        } else if (d[1] < 0) {
            t.RotateX(180);
        }
        vtkTransformPolyDataFilter f = new vtkTransformPolyDataFilter();
        f.SetTransform(t);
        f.SetInputConnection(cylinder.GetOutputPort());
        f.Update();
        return f.GetOutput();
    }

    private static double[] rgb(int[] rgb) {
        return new double[] { rgb[0] / 255.0, rgb[1] / 255.0, rgb[2] / 255.0 };
    }
}
